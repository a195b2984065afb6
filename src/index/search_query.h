// A SearchRequest as Xapian queries: the text query, the kind of hit, each facet's filter and
// the date and amount ranges, validated; and the request's sort order. Internal to index/.
//
// Filters and ranges are boolean (OP_FILTER): they select, they never change a hit's weight.
//
// With the database's facet store the kind filter reads the store (KindSource) and the query
// that ranks the hits weighs its terms from the store's document lengths (store_weighting.h);
// the queries that count are boolean, so they keep the parsed terms.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "index/direct_count.h"
#include "index/facet_store.h"
#include "index/query_builder.h"
#include "index/searcher.h"

namespace arsip::index {

// One facet's filter: OR of its values' boolean terms.
struct FacetFilter {
    std::size_t facet = 0;          // index in schema::kFacets
    std::vector<std::string> keys;  // folded values, in request order, without repeats
    Xapian::Query query;
    std::vector<std::string> terms;    // the values' facet terms
    std::vector<std::uint32_t> ids;    // with the store: the ids it has of them, sorted
};

class SearchQuery {
public:
    // `text` is the parsed query (empty: every document of the request's kind). Throws
    // arsip::QueryError naming the parameter for an unknown facet, a bad date or amount range.
    SearchQuery(Xapian::Query text, const SearchRequest& request);
    // The same with `store` (nullptr: none) for the kind filter and, when text.ranked is set,
    // the ranking.
    SearchQuery(const BuiltQuery& text, const SearchRequest& request, std::shared_ptr<const FacetStore> store);

    // The query with every filter and range: what is counted (the same matches as ranked(); the
    // text as BuiltQuery::matching when it was given).
    Xapian::Query full() const { return compose(matching_, std::nullopt); }
    // The query that ranks the hits: full() with the terms weighted from the store when it can.
    Xapian::Query ranked() const { return compose(ranked_text_ ? *ranked_text_ : text_, std::nullopt); }
    // The query that ranks the hits among `matches`, a query that matches exactly what full()
    // matches (a DocidListSource of a direct count's matches): it stands for the kind, the
    // filters and the ranges.
    Xapian::Query ranked_among(const Xapian::Query& matches) const;
    // The query with every filter and range except the filter of facet `facet` (kFacets index):
    // what that facet's multi-select counts are over.
    Xapian::Query without_facet(std::size_t facet) const { return compose(matching_, facet); }
    // What full() (no `skipped_facet`) or without_facet(skipped_facet) counts, for a direct
    // count (direct_count.h); nullopt without the facet store or with a date or amount range.
    std::optional<CountPlan> count_plan(std::optional<std::size_t> skipped_facet) const;
    // The text query alone, as parsed: what snippets highlight.
    const Xapian::Query& text() const { return text_; }

    const std::vector<FacetFilter>& filters() const { return filters_; }
    // The filter of facet `facet`, or nullptr when the request has none.
    const FacetFilter* filter_of(std::size_t facet) const;

private:
    Xapian::Query compose(const Xapian::Query& text, std::optional<std::size_t> skipped_facet) const;

    Xapian::Query text_;
    Xapian::Query matching_;
    std::optional<Xapian::Query> ranked_text_;
    Xapian::Query kind_;
    std::optional<FacetStore::Kind> store_kind_;  // with the store
    std::vector<FacetFilter> filters_;
    std::vector<Xapian::Query> ranges_;
};

// Throws arsip::QueryError("size: ...") when the page is too large.
void check_page(const SearchRequest& request);

// "2025-05-08" -> "20250508" (schema::kDateSlot). Throws arsip::QueryError("<parameter>: ...")
// unless `date` is a real calendar date written YYYY-MM-DD.
std::string date_slot_value(const std::string& parameter, const std::string& date);

// Sets the order of `enquire` for `order`. `keys` must outlive the enquire's matches.
void apply_sort(Xapian::Enquire& enquire, SortOrder order, Xapian::MultiValueKeyMaker& keys);

}  // namespace arsip::index
