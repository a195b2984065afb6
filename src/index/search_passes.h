// The matches one search runs, and on which thread. Internal to index/.
//
// A search is several matches over the same index: the page of hits (ranked, so the matcher
// may skip what cannot make the page), the exact total with the counts of the facets that have
// no filter of their own (every match visited once, count_search), and one count per facet
// that has a filter (multi-select counts are over the query without that facet's filter).
// Given a second handle on the index at the same revision, they run on two threads: the page
// and half the filtered facets on the caller's, the total and the other half beside it. Each
// thread has its own handle and its own copy of the query: Xapian's databases and queries must
// not be shared between threads. When the counts are walked directly (direct_count.h), both
// threads share them; a filtered search's page is then ranked after them, among the matches
// its own count listed (docid_list_source.h).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>

#include "index/facet_counter.h"
#include "index/facet_store.h"
#include "index/helper_thread.h"
#include "index/search_query.h"
#include "index/searcher.h"

namespace arsip::index {

struct SearchPasses {
    Xapian::MSet page;  // from the first database given
    // The best weight of any match, when the page was ranked among candidates that need not
    // hold the best match (a sorted page chosen by keys: hit scores are percents of it).
    std::optional<double> best_weight;
    std::size_t total = 0;
    std::unique_ptr<FacetCounter> unfiltered;                        // when facets are counted
    std::map<std::size_t, std::unique_ptr<FacetCounter>> filtered;  // kFacets index -> counts
};

// One thread's share: its database and its own copy of the query.
struct PassLane {
    const Xapian::Database& db;
    const SearchQuery& query;
};

// Runs the passes of `request` on `main` (the page always: its hits are read from main's
// database), and on `helper` beside it when given, on `thread` (nullptr: a thread started for
// it). `store`: the facet store of that revision, or nullptr. Exceptions of either thread reach
// the caller.
SearchPasses run_search_passes(const PassLane& main, const PassLane* helper, const SearchRequest& request,
                               const std::shared_ptr<const FacetStore>& store, HelperThread* thread = nullptr);

// Runs `task` on `thread`, or on a thread started for it when `thread` is nullptr.
std::future<void> run_beside(HelperThread* thread, std::function<void()> task);

// The number of matches of `query` (without the filter of `skipped_facet` when given), each
// counted into `facets` when given: walked directly with the store when the query allows it
// (direct_count.h), else through Xapian's matcher (count_matches).
std::size_t count_search(const Xapian::Database& db, const SearchQuery& query, std::optional<std::size_t> skipped_facet,
                         FacetCounter* facets, const std::shared_ptr<const FacetStore>& store);

// Counts of facet `facet` over every match of `query` without that facet's filter.
std::unique_ptr<FacetCounter> count_one_facet(const Xapian::Database& db, const SearchQuery& query, std::size_t facet,
                                              const std::shared_ptr<const FacetStore>& store);

}  // namespace arsip::index
