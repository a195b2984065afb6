// A search's matches run on two threads give what they give on one; the second thread's
// handle is only used at the revision the searcher has open.
#include "index/search_passes.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "corpus_index.h"
#include "index/index_writer.h"
#include "index/searcher.h"
#include "index_test_documents.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::index {
namespace {

using arsip::testing::TempDir;

void expect_same(const SearchResult& a, const SearchResult& b) {
    EXPECT_EQ(a.total, b.total);
    ASSERT_EQ(a.hits.size(), b.hits.size());
    for (std::size_t i = 0; i < a.hits.size(); ++i) {
        EXPECT_EQ(a.hits[i].id, b.hits[i].id) << "hit " << i;
        EXPECT_EQ(a.hits[i].score, b.hits[i].score) << "hit " << i;
        EXPECT_EQ(a.hits[i].snippet, b.hits[i].snippet) << "hit " << i;
    }
    ASSERT_EQ(a.facets.size(), b.facets.size());
    for (std::size_t f = 0; f < a.facets.size(); ++f) {
        SCOPED_TRACE(a.facets[f].name);
        EXPECT_EQ(a.facets[f].distinct, b.facets[f].distinct);
        ASSERT_EQ(a.facets[f].values.size(), b.facets[f].values.size());
        for (std::size_t v = 0; v < a.facets[f].values.size(); ++v) {
            EXPECT_EQ(a.facets[f].values[v].key, b.facets[f].values[v].key);
            EXPECT_EQ(a.facets[f].values[v].count, b.facets[f].values[v].count);
            EXPECT_EQ(a.facets[f].values[v].selected, b.facets[f].values[v].selected);
        }
    }
}

TEST(SearchPassesTest, OneThreadAndTwoGiveTheSameResults) {
    TempDir dir;
    arsip::testing::index_corpus(dir.path());
    Searcher one(dir.path(), arsip::testing::analysis(), {.threads = 1, .threads_from = 0});
    Searcher two(dir.path(), arsip::testing::analysis(), {.threads = 2, .threads_from = 0});
    struct Case {
        const char* name;
        std::string query;
        std::map<std::string, std::vector<std::string>> filters;
        SearchMode mode = SearchMode::Documents;
        bool count_facets = true;
        std::size_t offset = 0, size = 20;  // the hits are read on both threads, half each
    };
    const std::vector<Case> cases{
        {"no words", "", {}},
        {"words", "kerja sama kaltim", {}},
        {"one filtered facet", "kerja", {{"type", {"article"}}}},
        {"three filtered facets (passes on both threads)", "",
         {{"type", {"article", "kesepakatan-bersama"}}, {"year", {"2025"}}, {"place", {"Kalimantan Timur"}}}},
        {"clauses", "jangka waktu", {}, SearchMode::Clauses},
        {"no facets", "perdagangan", {}, SearchMode::Documents, false},
        {"nothing matches", "zzzzqqq", {{"type", {"article"}}}},
        {"a later page of three", "kerja sama", {}, SearchMode::Documents, true, 4, 3},
        {"a page of one", "kaltim", {}, SearchMode::Documents, true, 0, 1},
        {"clauses, a later page", "pihak", {}, SearchMode::Clauses, true, 5, 5},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        SearchRequest request;
        request.query = c.query;
        request.filters = c.filters;
        request.mode = c.mode;
        request.count_facets = c.count_facets;
        request.facet_limit = 1000;
        request.offset = c.offset;
        request.size = c.size;
        const SearchResult a = one.search(request);
        const SearchResult b = two.search(request);
        expect_same(a, b);
        if (c.query != "zzzzqqq") {
            EXPECT_FALSE(b.hits.empty()) << "the case reads hits";
        }
        if (c.count_facets) {
            EXPECT_EQ(b.facets.size(), schema::kFacets.size());
        } else {
            EXPECT_TRUE(b.facets.empty());
        }
    }
}

TEST(SearchPassesTest, AHandleAtAnotherRevisionIsNotUsed) {
    TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        writer.write(arsip::testing::article("a1", "Banjir di Samarinda", {"Banjir melanda kota."}));
        writer.commit();
    }
    // The searcher opens its second handle at its first search: after this commit.
    Searcher searcher(dir.path(), arsip::testing::analysis(), {.threads = 2, .threads_from = 0});
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        writer.write(arsip::testing::article("a2", "Banjir lagi", {"Banjir kembali melanda."}, "2024-01-01"));
        writer.commit();
    }
    SearchRequest request;
    request.query = "banjir";
    const SearchResult before = searcher.search(request);
    EXPECT_EQ(before.total, 1u) << "the total is the open revision's, like the hits";
    EXPECT_EQ(before.hits.size(), 1u);
    ASSERT_FALSE(before.facets.empty());
    EXPECT_EQ(before.facets.at(1).values.size(), 1u) << "one year";

    EXPECT_TRUE(searcher.reopen());
    const SearchResult after = searcher.search(request);
    EXPECT_EQ(after.total, 2u);
    EXPECT_EQ(after.hits.size(), 2u);
    EXPECT_EQ(after.facets.at(1).values.size(), 2u) << "two years";
}

}  // namespace
}  // namespace arsip::index
