// Exact facet counts: a Xapian::MatchSpy that counts the facet values (schema::kFacets) of every
// match, and what turns its counts into FacetCounts. Internal to index/.
//
// With the database's facet store (facet_store.h) a match costs one array increment per value;
// without it (the store is missing or written for another revision) the counter decodes the
// facet value slots (facet_slot.h), which hold the same values. The spy only sees every match
// when the match runs to the end: get_mset with check_at_least at least the database's document
// count.
#pragma once

#include <xapian.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "index/facet_store.h"
#include "index/schema.h"
#include "index/searcher.h"

namespace arsip::index {

class FacetCounter : public Xapian::MatchSpy {
public:
    // Counts the facets at these indexes of schema::kFacets, from `store` when it is given (the
    // store of the database searched, at its revision), else from the value slots.
    FacetCounter(std::vector<std::size_t> facets, std::shared_ptr<const FacetStore> store);

    void operator()(const Xapian::Document& document, double weight) override;
    // Counts document `docid` from the store (a counter built with one).
    void add(Xapian::docid docid);
    // Counts documents `docids` [0, count) from the store, fetching their values ahead: the
    // values of scattered matches are seldom in the cache, and a batch waits for them once.
    void add(const Xapian::docid* docids, std::size_t count);

    // Adds `matches` matches whose values the store counted: `counts` per value id
    // (FacetStore::value_counts).
    void add_counts(const std::uint32_t* counts, std::size_t matches);

    // Adds the counts of `other` (a counter of the same facets and store, over other matches).
    void merge(const FacetCounter& other);

    // Matches seen.
    std::size_t matches() const { return matches_; }

    // Calls visit(std::string_view key, std::size_t count) for each value of facet `facet` (one
    // counted) with a count, in no particular order.
    void for_each_count(std::size_t facet, const std::function<void(std::string_view, std::size_t)>& visit) const;

    // The count of value `key` (folded) of facet `facet`; 0 when no match has it.
    std::size_t count(std::size_t facet, std::string_view key) const;

    // The values of facet `facet` with a count that `keep` keeps (every one when it is empty):
    // how many there are, and the `limit` most frequent, ties by key ascending.
    struct Ranked {
        std::size_t distinct = 0;
        std::vector<std::pair<std::string_view, std::size_t>> top;
    };
    Ranked top_values(std::size_t facet, std::size_t limit, const std::function<bool(std::string_view)>& keep) const;

private:
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
    };
    using SlotCounts = std::unordered_map<std::string, std::size_t, KeyHash, std::equal_to<>>;

    std::vector<std::size_t> facets_;
    std::shared_ptr<const FacetStore> store_;
    std::vector<std::uint32_t> by_id_;                     // with a store: count per value id
    std::array<SlotCounts, schema::kFacets.size()> by_key_;  // without: folded value -> count
    std::size_t matches_ = 0;
};

// The number of matches of `query`, each visited once with no weight, and `facets` (when given)
// called for each. A MatchDecider that keeps none of them makes the matcher go to the end
// without holding them: get_mset's check_at_least holds every match it checks, about 0.1 µs a
// match more on the benchmark machine.
std::size_t count_matches(const Xapian::Database& db, const Xapian::Query& query, FacetCounter* facets);

// Display forms of facet values, from the database metadata (schema::kDisplayKeyPrefix), cached.
// clear() when the database is reopened on a new revision.
class DisplayNames {
public:
    // The display form of `key` (folded) of facet `facet`; `fallback` when the index has none.
    const std::string& get(const Xapian::Database& db, const schema::Facet& facet, const std::string& key,
                           const std::string& fallback);
    void clear() { cache_.clear(); }

private:
    std::unordered_map<std::string, std::string> cache_;  // term -> display form ("" = none)
};

struct RankOptions {
    std::size_t limit = 10;
    std::vector<std::string> selected;  // folded values always listed (count 0 when absent)
    // Display form for a selected value the index does not know (key -> as requested).
    std::function<std::string(const std::string& key)> requested_form;
    // When set, only the values it keeps are ranked and counted in `distinct`.
    std::function<bool(std::string_view key)> keep;
};

// FacetCounts of facet `facet` (kFacets index) from `counter`: most frequent first, ties by key
// ascending; at most `limit` values, then any selected value not among them.
FacetCounts rank_facet_values(const Xapian::Database& db, std::size_t facet, const FacetCounter& counter,
                              const RankOptions& options, DisplayNames& names);

}  // namespace arsip::index
