// Search hits from stored Xapian documents: the hit's fields, its main entities, the text its
// snippet is cut from, and the stored model::Document (for a clause: its parent agreement).
// Internal to index/.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <map>
#include <memory>
#include <string>

#include "index/searcher.h"
#include "model/document.h"

namespace arsip::index {

// At most this many officials, institutions and places per hit.
inline constexpr std::size_t kMaxHitEntities = 5;

// Officials' names, institutions, places (first seen first, without repeats, at most
// kMaxHitEntities each) and the largest rupiah amount of `document`.
HitEntities hit_entities(const model::Document& document);

struct ReadHit {
    SearchHit hit;  // without snippet and score
    std::string text;  // the text a snippet of this hit is cut from
    std::shared_ptr<const model::Document> document;  // the stored document; a clause's parent
};

// Reads hits of one search; keeps the parents of clause hits it has read (one reader per call).
class HitReader {
public:
    explicit HitReader(const Xapian::Database& db) : db_(db) {}

    // Throws arsip::Error when the stored data is not what the index writer stores.
    ReadHit read(const Xapian::Document& document, SearchMode mode);

private:
    ReadHit read_document(const Xapian::Document& document) const;
    ReadHit read_clause(const Xapian::Document& document);
    // A clause document written before schema version 5 (schema::kClauseRecordStart): its
    // record holds the parent's title, type and date and the clause itself.
    ReadHit read_clause_record(const std::string& data);
    std::shared_ptr<const model::Document> parent(const std::string& id);

    const Xapian::Database& db_;
    std::map<std::string, std::shared_ptr<const model::Document>> parents_;
};

// Snippet of `text` for the matches of `mset`: matched words (and stems) in <mark>, the rest
// HTML-escaped. The window is the one with the most weight of the query's words. Without
// Xapian's background model, which also weighed every other word of the text by its frequency
// in the index (a B-tree lookup per distinct word of each hit, a fifth of a cheap search at 1M
// documents) and cached those weights in the MSet in a way that made a hit's snippet depend on
// the hits snippeted before it.
std::string make_snippet(const Xapian::MSet& mset, const std::string& text, std::size_t length,
                         const Xapian::Stem& stem);

}  // namespace arsip::index
