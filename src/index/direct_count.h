// Counting a search's matches without Xapian's matcher. Internal to index/.
//
// The count of a search visits every match (the total and the facets are exact): through
// Xapian's matcher each match costs a walk down its posting-list tree, a Document object and a
// MatchDecider call. Most count queries are words (terms, ANDs and ORs of them, a synonym, a
// quoted pair of words as its pair term) with the kind and facet filters, which the facet store
// answers by docid: such a query is walked here over its posting lists (term_postings.h), along
// the store's runs of the kind, and each match is checked against the filters and counted from
// the store, at about half the cost. Anything else (phrases checked by positions, wildcards,
// date and amount ranges) is left to Xapian: count_directly returns nullopt.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "index/facet_counter.h"
#include "index/facet_store.h"
#include "index/keyed_page.h"
#include "index/term_postings.h"

namespace arsip::index {

// A share of the docids: only the matches in [first, last] are counted.
struct DocidRange {
    Xapian::docid first = 1, last = kLastDocid;
};

// What a count is over: the text query's matches of one kind with every filter's values.
struct CountPlan {
    struct Filter {
        std::vector<std::string> terms;   // the selected values' facet terms
        std::vector<std::uint32_t> ids;   // their ids in the store, sorted
        std::size_t facet = 0;            // its kFacets index
    };
    Xapian::Query text;  // as BuiltQuery::matching; empty: every document of the kind
    FacetStore::Kind kind = FacetStore::Kind::Document;
    std::vector<Filter> filters;  // a match has one of each filter's values
};

// The text query as a tree of terms that matches the same documents (an OP_AND_MAYBE as its
// first subquery, OP_MAX and OP_SYNONYM as OR, OP_FILTER as AND); nullopt when it has anything
// else.
std::optional<WeighedTerms> matching_terms(const Xapian::Query& query);

// The number of matches of `plan`, each counted into `facets` (when given; it must count from
// `store`); nullopt when the text query is not one matching_terms takes. `store` is the store
// of `db` at its revision.
// One count of a walk: the matches that have the values of the filters in `required` (a mask
// over CountPlan::filters), counted into `facets` when given.
struct CountPass {
    std::uint32_t required = 0;
    FacetCounter* facets = nullptr;
    std::vector<Xapian::docid>* matches = nullptr;  // when given, each match is appended to it
    KeyedCandidates* keyed = nullptr;               // when given, each match is offered to it
};
// Filters a plan may have (a mask holds them).
inline constexpr std::size_t kMaxCountFilters = 31;

// The counts of several passes over one plan's text and kind in one walk (a search's total and
// its multi-select counts, each without one facet's filter); nullopt when the text query is not
// one matching_terms takes. Filters every pass requires may lead the walk; the others are
// checked in the store for each match of the text.
std::optional<std::vector<std::size_t>> count_passes_directly(const Xapian::Database& db, const CountPlan& plan,
                                                             const std::vector<CountPass>& passes, const FacetStore& store,
                                                             DocidRange docids = {});

// `docids`: only the matches in [first, last] (a share of a count split between threads).
std::optional<std::size_t> count_directly(const Xapian::Database& db, const CountPlan& plan, const FacetStore& store,
                                          FacetCounter* facets, DocidRange docids = {});

}  // namespace arsip::index
