// Checks that two searches counted the same facets: the same values, in the same order, with
// the same counts (for comparing a search with and without the facet store).
#pragma once

#include <gtest/gtest.h>

#include <cstddef>

#include "index/searcher.h"

namespace arsip::testing {

inline void expect_same_facets(const index::SearchResult& a, const index::SearchResult& b) {
    ASSERT_EQ(a.facets.size(), b.facets.size());
    for (std::size_t f = 0; f < a.facets.size(); ++f) {
        ASSERT_EQ(a.facets[f].values.size(), b.facets[f].values.size()) << a.facets[f].name;
        for (std::size_t v = 0; v < a.facets[f].values.size(); ++v) {
            EXPECT_EQ(a.facets[f].values[v].key, b.facets[f].values[v].key) << a.facets[f].name;
            EXPECT_EQ(a.facets[f].values[v].count, b.facets[f].values[v].count) << a.facets[f].name;
        }
    }
}

}  // namespace arsip::testing
