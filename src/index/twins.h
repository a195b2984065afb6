// Twins: the same agreement in the archive twice, from two sources (its structured XML and its
// PDF, or two PDFs of it). Internal to index/.
//
// Archivists add an agreement as XML and often its signed PDF too; indexed side by side, every
// search would list the agreement twice and every facet (who signed, which institutions) would
// count it twice. Two agreements (any type but article) with the same type, date, title and
// parties' institutions (folded: case, spacing and punctuation do not count) are twins when at
// least one of them was read from a PDF or a text file: two records of the archive's own XML
// schema are the archivists' own, each with the id they gave it, and are never twins.
//
// The index keeps the twin from the better source (the archive's XML, then pdftohtml's XML, then
// PDF, then text) and, of twins from equal sources, the one written first. The writer refuses a
// document whose twin from an equal or better source is already in the index
// (IndexWriter::write), and removes the worse of twins written in the other order
// (IndexWriter::resolve_twins).
//
// Each agreement's document (not its clauses) carries its twin term, schema::kTwin.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace arsip::index {

// schema::kTwin + a hash of the document's type, date, folded title and parties' institutions;
// empty for an article and for a document without a date or a title (those are never twins).
std::string twin_term(const model::Document& document);

// How good a source format is (schema::kFormat's value, "agreement-xml"): higher is better; -1
// for a format this program does not write.
int source_rank(std::string_view format);

// The rank of the archive's own XML schemas: documents of this rank are never another's twin.
inline constexpr int kOwnSchemaRank = 3;

// A document of the index that carries a twin term.
struct StoredTwin {
    Xapian::docid docid = 0;
    std::string id;    // the document's id (its schema::kId term without the prefix)
    int rank = -1;     // source_rank of its format
};

// The documents of `db` that carry `term`, in docid order.
std::vector<StoredTwin> stored_twins(const Xapian::Database& db, const std::string& term);

// The source path stored with document `docid` (its JSON's "source_path"); empty when it cannot
// be read.
std::string stored_source_path(const Xapian::Database& db, Xapian::docid docid);

}  // namespace arsip::index
