// Reads a Xapian database: parses an Indonesian query, applies facet filters and ranges, returns
// ranked (or sorted) hits with snippets and exact facet counts, fetches stored documents, finds
// similar documents, lists facet values for typeahead. Does not expose Xapian.
// One Searcher per thread (it owns its Xapian::Database and stemmer cache).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
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

enum class SortOrder {
    Relevance,       // default; ties by date, newest first
    DateAscending,   // oldest first; documents without a date last
    DateDescending,  // newest first; documents without a date last
    AmountDescending,  // largest rupiah amount first; documents naming none last
};

// Facet names, as the API spells them: "type", "year", "place", "institution", "official",
// "source" (schema::kFacets). Every facet is multi-valued except type and year.
struct SearchRequest {
    std::string query;  // words, "phrases", AND / OR / NOT, -word, NEAR, field:value (schema::kFields)
    // Facet filters: facet name -> values (display form or folded; folding is applied).
    // OR within one facet, AND across facets. An unknown facet name throws QueryError.
    std::map<std::string, std::vector<std::string>> filters;
    std::string date_from;  // YYYY-MM-DD, inclusive; empty = open. Bad format throws QueryError.
    std::string date_to;    // YYYY-MM-DD, inclusive; empty = open
    // Rupiah range on the document's largest rupiah amount (schema::kLargestAmountSlot),
    // inclusive; a document naming no amount never passes an amount range.
    std::optional<double> amount_min;
    std::optional<double> amount_max;
    SortOrder sort = SortOrder::Relevance;
    std::size_t offset = 0;
    std::size_t size = 10;  // at most kMaxPageSize
    SearchMode mode = SearchMode::Documents;
    std::size_t snippet_length = 240;  // characters of text in a snippet
    bool match_any_word = false;       // OR between plain words instead of AND (ranked retrieval)
    bool suggest = true;               // compute a spelling suggestion
    bool count_facets = true;          // fill SearchResult::facets
    std::size_t facet_limit = 10;      // values per facet (selected values are always listed too)
};

inline constexpr std::size_t kMaxPageSize = 1000;

// The main entities of a hit, for result lists (display forms), from the document's extracted
// entities (for a clause hit: its parent's): names first mentioned first, without repeats, at
// most 5 of each.
struct HitEntities {
    std::vector<std::string> officials;     // "Rudy Mas'ud (Gubernur)" -> name only: "Rudy Mas'ud"
    std::vector<std::string> institutions;  // canonical names
    std::vector<std::string> places;
    std::optional<double> largest_amount;   // rupiah
};

struct SearchHit {
    std::string id;  // document id, or parent id + "#pasal-" + number for a clause
    model::DocumentType type = model::DocumentType::Article;
    std::string title;  // for a clause: the parent's title
    std::string date;   // YYYY-MM-DD, or empty
    std::string source;
    double score = 0;  // relevance 0-100: the hit's weight in percent of the best match's; still given when sorted otherwise
    // Snippet of the matching text: matched words (stemmed forms too) in <mark>...</mark>,
    // everything else HTML-escaped.
    std::string snippet;
    HitEntities entities;
    // Clause hits only.
    std::string parent_id;
    std::string clause_number;
    std::string clause_heading;
};

struct FacetValue {
    std::string value;  // display form ("Kalimantan Timur")
    std::string key;    // folded value as stored and as accepted by filters ("kalimantan timur")
    std::size_t count = 0;  // matching documents (or clauses in clause mode) with this value
    bool selected = false;  // named in the request's filters
};

struct FacetCounts {
    std::string name;  // "type", "year", ...
    // Most frequent first (ties: key ascending); at most facet_limit, plus any selected
    // values beyond that (a selected value with no match is listed with count 0).
    std::vector<FacetValue> values;
    std::size_t distinct = 0;  // how many distinct values the match set has for this facet
};

// Multi-select ("disjunctive") facets: the counts of a facet are over the matches of the query
// and every filter EXCEPT that facet's own filter, so ticking a value does not hide the others.
// A facet with no filter of its own is counted over exactly the match set (total).
struct SearchResult {
    std::size_t total = 0;  // exact number of matches
    std::vector<SearchHit> hits;
    std::vector<FacetCounts> facets;  // in schema::kFacets order; empty unless count_facets
    std::string suggestion;           // the query with misspelt words corrected; empty when none
};

struct FacetValuesRequest {
    std::string facet;   // a facet name; unknown throws QueryError
    std::string prefix;  // any case; folded; matches the start of the value or of any of its words
    std::size_t limit = 20;
    SearchRequest scope;  // counts are over this search's matches (default: every document)
};

struct IndexStats {
    std::uint64_t revision = 0;  // Xapian revision of the open database (one more per commit)
    std::size_t documents = 0;   // documents (not clauses)
    std::size_t clauses = 0;
};

// The facet store shared by several searchers of one index (facet_store.h).
class FacetStoreShare;
std::shared_ptr<FacetStoreShare> share_facet_store();

struct SearcherOptions {
    // Threads one search may use. A search is several matches (its page of hits, its exact
    // total and facet counts, one count per filtered facet), then its hits are read and
    // snippeted; with 2 both run side by side on a second read-only handle of the index (the
    // counts in shares, half the hits each): lower latency for the same work. 1: one after the
    // other.
    std::size_t threads = 2;
    // ... only in an index of at least this many Xapian documents (documents and clauses):
    // below, a search takes a few milliseconds and the second thread costs more than it saves
    // (sample corpus of 10k documents, 25k Xapian documents: 445 searches/s on one thread a
    // search, 369 on two; 100k, 256k: 149 and 159; docs/benchmarks.md).
    std::size_t threads_from = 100000;
    // Searchers of one index given the same share (share_facet_store()) map its facet store
    // once between them; nullptr: each maps its own.
    std::shared_ptr<FacetStoreShare> facet_stores = nullptr;
};

class Searcher {
public:
    // Opens the database read-only. Throws arsip::IndexError when it cannot.
    Searcher(const std::filesystem::path& path, const text::Analysis& analysis, const SearcherOptions& options = {});
    ~Searcher();
    Searcher(const Searcher&) = delete;
    Searcher& operator=(const Searcher&) = delete;

    // Throws arsip::QueryError for a query or parameter that cannot be used (what() names the
    // parameter: "q: ...", "date_from: ...", "type: unknown facet"), IndexError for index trouble.
    SearchResult search(const SearchRequest& request);

    // Every hit of `request` (offset and size ignored), in the request's order, with the stored
    // document (for a clause hit: its parent), streamed page by page; stops when `sink` returns
    // false. Returns the number of hits passed to `sink`. The hits have no snippet (an export
    // lists metadata and entities); one match orders all hits, then their documents are read
    // 200 at a time. Throws IndexError if the index changes under an export already begun.
    std::size_t for_each_hit(const SearchRequest& request,
                             const std::function<bool(const SearchHit&, const model::Document&)>& sink);

    // Documents most like document `id` (relevance-feedback expansion: an OR of its 40 best
    // free-text terms), without itself; never clauses. Throws NotFoundError for an unknown id,
    // QueryError for size > kMaxPageSize.
    std::vector<SearchHit> similar(const std::string& id, std::size_t size = 10);

    // Values of one facet that start with `prefix`, with their counts, most frequent first.
    // Counted like search's facets: over the scope's matches without the facet's own filter;
    // selected values are marked but not added when they do not match the prefix.
    FacetCounts facet_values(const FacetValuesRequest& request);

    // The stored document with `id`, or nullopt.
    std::optional<model::Document> document(const std::string& id);

    // Documents (not clauses) in the index.
    std::size_t document_count();

    IndexStats stats();

    // Picks up a newer revision written by the indexer, if any. Returns true if it changed.
    bool reopen();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace arsip::index
