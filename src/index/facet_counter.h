// Exact facet counts: a Xapian::MatchSpy that reads the facet value slots (schema::kFacets,
// facet_slot.h) of every match, and what turns its counts into FacetCounts. Internal to index/.
//
// The spy only sees every match when the match runs to the end: get_mset with check_at_least
// at least the database's document count.
#pragma once

#include <xapian.h>

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "index/schema.h"
#include "index/searcher.h"

namespace arsip::index {

using ValueCounts = std::unordered_map<std::string, std::size_t>;  // folded value -> matches

class FacetCounter : public Xapian::MatchSpy {
public:
    // Counts the facets at these indexes of schema::kFacets.
    explicit FacetCounter(std::vector<std::size_t> facets) : facets_(std::move(facets)) {}

    void operator()(const Xapian::Document& document, double weight) override;

    const ValueCounts& counts(std::size_t facet) const { return counts_[facet]; }

private:
    std::vector<std::size_t> facets_;
    std::array<ValueCounts, schema::kFacets.size()> counts_;
};

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
};

// FacetCounts of facet `facet` (kFacets index) from `counts`: most frequent first, ties by key
// ascending; at most `limit` values, then any selected value not among them.
FacetCounts rank_facet_values(const Xapian::Database& db, std::size_t facet, const ValueCounts& counts,
                              const RankOptions& options, DisplayNames& names);

}  // namespace arsip::index
