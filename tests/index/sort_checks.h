// Checks that a hit list is in a SortOrder: dates or amounts monotonic, missing values last.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "index/searcher.h"

namespace arsip::testing {

inline std::string order_name(index::SortOrder order) {
    switch (order) {
        case index::SortOrder::Relevance: return "relevance";
        case index::SortOrder::DateAscending: return "date ascending";
        case index::SortOrder::DateDescending: return "date descending";
        case index::SortOrder::AmountDescending: return "amount descending";
    }
    return "?";
}

// Relevance: scores not increasing; when every score is 0 (no words: weights tie), newest first
// with undated hits last. (Equal percentages need not be equal weights.)
// Dates: monotonic, undated hits after every dated one. Amount: largest first, hits naming no
// amount after every other.
inline void expect_sorted(const std::vector<index::SearchHit>& hits, index::SortOrder order) {
    using index::SortOrder;
    for (std::size_t i = 1; i < hits.size(); ++i) {
        const index::SearchHit& a = hits[i - 1];
        const index::SearchHit& b = hits[i];
        SCOPED_TRACE(a.id + " before " + b.id);
        // May date x come before date y, newest first with missing dates last?
        auto newest_first = [](const std::string& x, const std::string& y) {
            return y.empty() || (!x.empty() && x >= y);
        };
        switch (order) {
            case SortOrder::Relevance:
                EXPECT_GE(a.score, b.score);
                if (hits.front().score == 0 && hits.back().score == 0) {
                    EXPECT_TRUE(newest_first(a.date, b.date)) << a.date << " / " << b.date;
                }
                break;
            case SortOrder::DateAscending:
                EXPECT_TRUE(b.date.empty() || (!a.date.empty() && a.date <= b.date)) << a.date << " / " << b.date;
                break;
            case SortOrder::DateDescending:
                EXPECT_TRUE(newest_first(a.date, b.date)) << a.date << " / " << b.date;
                break;
            case SortOrder::AmountDescending:
                EXPECT_TRUE(!b.entities.largest_amount ||
                            (a.entities.largest_amount && *a.entities.largest_amount >= *b.entities.largest_amount));
                break;
        }
    }
}

}  // namespace arsip::testing
