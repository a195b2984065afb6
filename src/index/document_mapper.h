// model::Document -> Xapian documents: the document itself and one per Pasal. Internal to index/.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "index/analyzer.h"
#include "model/document.h"

namespace arsip::index {

struct MappedDocument {
    std::string id_term;  // the Q term to replace on
    Xapian::Document document;
};

struct MappedSet {
    MappedDocument main;
    std::vector<MappedDocument> clauses;
    // Display form of every facet term written, for the database metadata.
    std::vector<std::pair<std::string, std::string>> displays;
    // (form key, concept term) pairs for abbreviations this document teaches, for the database's
    // synonym table.
    std::vector<std::pair<std::string, std::string>> synonyms;
    // The main document's twin term (twins.h), also written on it; empty when it has none.
    std::string twin_term;
};

// Builds the Xapian documents for `document`. Throws arsip::Error if the document has no id.
// `pair_words`: the words whose adjacent pairs get pair terms (pair_terms.h).
MappedSet map_document(const model::Document& document, Xapian::TermGenerator& generator,
                       const Analyzer& analyzer, const PairWords& pair_words = PairWords());

// "Q" + id for documents; "Q" + parent id + "#pasal-" + number for clauses.
std::string document_id_term(const std::string& id);
std::string clause_id(const std::string& parent_id, const std::string& number);
// Whether `id`, or an id term, names a clause (it holds clause_id's "#pasal-").
bool is_clause_id(std::string_view id);

}  // namespace arsip::index
