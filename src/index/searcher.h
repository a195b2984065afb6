// Reads a Xapian database: parses an Indonesian query, returns ranked hits with snippets, and
// fetches stored documents. Does not expose Xapian. One Searcher per thread.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "text/analysis.h"

namespace arsip::index {

enum class SearchMode {
    Documents,  // whole documents
    Clauses,    // single Pasal of agreements
};

struct SearchRequest {
    std::string query;      // words, "phrases", AND / OR / NOT, -word, field:value (schema::kFields)
    std::size_t offset = 0;
    std::size_t size = 10;
    SearchMode mode = SearchMode::Documents;
    std::size_t snippet_length = 240;  // characters of text in a snippet
    bool match_any_word = false;       // OR between plain words instead of AND (ranked retrieval)
    bool suggest = true;               // compute a spelling suggestion
};

struct SearchHit {
    std::string id;  // document id, or parent id + "#pasal-" + number for a clause
    model::DocumentType type = model::DocumentType::Article;
    std::string title;  // for a clause: the parent's title
    std::string date;   // YYYY-MM-DD, or empty
    std::string source;
    double score = 0;
    // Snippet of the matching text: matched words (stemmed forms too) in <mark>...</mark>,
    // everything else HTML-escaped.
    std::string snippet;
    // Clause hits only.
    std::string parent_id;
    std::string clause_number;
    std::string clause_heading;
};

struct SearchResult {
    std::size_t total = 0;  // exact number of matches
    std::vector<SearchHit> hits;
    std::string suggestion;  // the query with misspelt words corrected; empty when none
};

class Searcher {
public:
    // Opens the database read-only. Throws arsip::IndexError when it cannot.
    Searcher(const std::filesystem::path& path, const text::Analysis& analysis);
    ~Searcher();
    Searcher(const Searcher&) = delete;
    Searcher& operator=(const Searcher&) = delete;

    // Throws arsip::QueryError for a query that cannot be parsed, IndexError for index trouble.
    SearchResult search(const SearchRequest& request);

    // The stored document with `id`, or nullopt.
    std::optional<model::Document> document(const std::string& id);

    // Documents (not clauses) in the index.
    std::size_t document_count();

    // Picks up a newer revision written by the indexer, if any.
    void reopen();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace arsip::index
