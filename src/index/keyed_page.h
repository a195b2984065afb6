// A sorted search's page chosen by its count from the facet store's sort keys. Internal to
// index/.
//
// Xapian orders a search by date or amount (and a search without words, whose matches all weigh
// 0, by date) by reading every match's value slot: "pemerintah" newest first reads about 450,000
// values at 1M documents. The direct count (direct_count.h) visits every match anyway; with the
// store's dates and largest amounts (facet_store.h) it offers each to a KeyedCandidates, which
// keeps the best by the sort's key and every match that ties the last of them. Xapian then
// orders only those (ties by relevance, then docid, as it orders any match), and the page is
// among them (SearchQuery::ranked_among).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "index/facet_store.h"
#include "index/searcher.h"

namespace arsip::index {

// The relevance sort's tie-break (newest first, no date last: apply_sort's key on the date slot)
// from the store's dates, in the same order: Xapian asks it for the key of each match that
// enters the page's running best, and a MultiValueKeyMaker reads the match's date slot for it
// (a value-table lookup each). Only for a store with sort keys (FacetStore::has_sort_keys).
class StoreDateKey : public Xapian::KeyMaker {
public:
    // `store` must outlive the matches it keys.
    explicit StoreDateKey(const FacetStore& store) : store_(store) {}
    std::string operator()(const Xapian::Document& doc) const override;

private:
    const FacetStore& store_;
};

class KeyedCandidates {
public:
    // More candidates than this (a page deep in many ties) are left to Xapian's own sort.
    static constexpr std::size_t kMaxCandidates = 65536;

    // Candidates for the first `keep` hits of `order`; nullopt when the order cannot be keyed from
    // `store` (relevance with words, whose weights Xapian gives; a store without sort keys) or
    // `keep` is over kMaxCandidates.
    static std::optional<KeyedCandidates> make(SortOrder order, bool has_words, std::shared_ptr<const FacetStore> store,
                                               std::size_t keep);

    // Offers a match.
    void add(Xapian::docid docid);
    // Adds the matches `other` kept (the same order and keep, over other matches).
    void merge(KeyedCandidates&& other);
    // The matches kept, docids ascending: the best `keep` by the key and every match that ties the
    // last of them; nullopt when ties made them more than kMaxCandidates.
    std::optional<std::vector<Xapian::docid>> take();

private:
    struct Match {
        double primary;
        std::uint32_t secondary;
        Xapian::docid docid;
    };
    KeyedCandidates(SortOrder order, std::shared_ptr<const FacetStore> store, std::size_t keep);
    // Drops the matches that cannot be among the first `keep` (ties kept).
    void shrink();

    SortOrder order_;
    std::shared_ptr<const FacetStore> store_;
    std::size_t keep_;
    std::size_t limit_;  // matches held before the next shrink
    std::vector<Match> matches_;
    bool too_many_ = false;
};

}  // namespace arsip::index
