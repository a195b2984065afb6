// The searcher over the sample corpus: sort orders, export (for_each_hit), facet typeahead
// (facet_values), similar documents, hit entities.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "corpus_index.h"
#include "index/facet_value.h"
#include "index/searcher.h"
#include "model/errors.h"
#include "sort_checks.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::index {
namespace {

using arsip::testing::TempDir;

const char* const kAgreements[] = {
    "mou-unmul-pupukkaltim-2025-tridharma", "pks-unmul-pupukkaltim-2025-riset-magang",
    "add1-pks-unmul-pupukkaltim-2026", "kb-jatim-kaltim-2025-misi-dagang",
    "kb-kaltim-kaltara-2025-perdagangan-konektivitas",
};

class SearcherCorpusTest : public arsip::testing::CorpusIndexTest {
protected:
    Searcher searcher_{dir_->path(), arsip::testing::analysis()};
};

TEST_F(SearcherCorpusTest, EverySortOrderIsMonotonicWithMissingValuesLast) {
    std::size_t missing_amounts = 0;
    for (const SearchMode mode : {SearchMode::Documents, SearchMode::Clauses}) {
        for (const std::string query : {"", "kerja sama", "misi dagang OR magang"}) {
            std::set<std::string> ids;
            for (const SortOrder order : {SortOrder::Relevance, SortOrder::DateAscending, SortOrder::DateDescending,
                                          SortOrder::AmountDescending}) {
                SCOPED_TRACE(std::string(mode == SearchMode::Clauses ? "clauses" : "documents") + ", q \"" + query +
                             "\", " + arsip::testing::order_name(order));
                SearchRequest request;
                request.query = query;
                request.mode = mode;
                request.sort = order;
                request.size = kMaxPageSize;
                request.count_facets = false;
                const auto result = searcher_.search(request);
                ASSERT_EQ(result.hits.size(), result.total);
                ASSERT_GT(result.total, 1u);
                arsip::testing::expect_sorted(result.hits, order);
                std::set<std::string> these;
                for (const auto& hit : result.hits) {
                    these.insert(hit.id);
                    if (!hit.entities.largest_amount) ++missing_amounts;
                }
                if (ids.empty()) ids = these;
                EXPECT_EQ(these, ids) << "every order returns the same matches";
            }
        }
    }
    EXPECT_GT(missing_amounts, 0u) << "the corpus has documents naming no amount";
}

// A hit's snippet depends on the hit and the query alone, not on the page it comes in or on the
// hits snippeted before it (Xapian's background model cached word weights in a way that did).
TEST_F(SearcherCorpusTest, ASnippetIsTheSameOnEveryPage) {
    struct Case {
        const char* query;
        SearchMode mode;
    };
    const Case cases[] = {
        {"kerja sama", SearchMode::Documents},
        {"kalimantan timur", SearchMode::Documents},
        {"pemprov kaltim", SearchMode::Documents},
        {"\"misi dagang\"", SearchMode::Documents},
        {"pihak", SearchMode::Clauses},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.query);
        SearchRequest request;
        request.query = c.query;
        request.mode = c.mode;
        request.size = kMaxPageSize;
        request.count_facets = false;
        const auto whole = searcher_.search(request);
        ASSERT_GT(whole.hits.size(), 2u);
        // Each hit alone on its page, from the last to the first.
        for (std::size_t i = whole.hits.size(); i-- > 0;) {
            request.offset = i;
            request.size = 1;
            const auto alone = searcher_.search(request);
            ASSERT_EQ(alone.hits.size(), 1u) << "hit " << i;
            EXPECT_EQ(alone.hits[0].id, whole.hits[i].id) << "hit " << i;
            EXPECT_EQ(alone.hits[0].snippet, whole.hits[i].snippet) << "hit " << i;
        }
    }
}

TEST_F(SearcherCorpusTest, ExportGivesEveryHitInOrderWithItsDocument) {
    const struct {
        const char* name;
        SearchMode mode;
        std::map<std::string, std::vector<std::string>> filters;
        SortOrder sort;
    } cases[] = {
        {"place filter", SearchMode::Documents, {{"place", {"Kalimantan Timur"}}}, SortOrder::DateAscending},
        {"two facets", SearchMode::Documents, {{"type", {"article", "nota-kesepahaman"}}, {"year", {"2025"}}},
         SortOrder::Relevance},
        {"clauses", SearchMode::Clauses, {{"institution", {"Universitas Mulawarman"}}}, SortOrder::DateDescending},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        SearchRequest request;
        request.mode = c.mode;
        request.filters = c.filters;
        request.sort = c.sort;
        request.size = kMaxPageSize;
        request.offset = 3;  // ignored by the export, like size
        const auto page = [&] {
            SearchRequest all = request;
            all.offset = 0;
            return searcher_.search(all);
        }();
        ASSERT_GT(page.total, 1u);
        request.size = 1;
        std::vector<std::string> exported;
        const std::size_t n = searcher_.for_each_hit(request, [&](const SearchHit& hit, const model::Document& d) {
            exported.push_back(hit.id);
            EXPECT_EQ(d.id, c.mode == SearchMode::Clauses ? hit.parent_id : hit.id);
            EXPECT_EQ(d.title, hit.title);
            return true;
        });
        EXPECT_EQ(n, page.total);
        std::vector<std::string> searched;
        for (const auto& hit : page.hits) searched.push_back(hit.id);
        EXPECT_EQ(exported, searched);

        std::size_t calls = 0;
        EXPECT_EQ(searcher_.for_each_hit(request, [&](const SearchHit&, const model::Document&) { return ++calls < 2; }), 2u);
    }
}

TEST_F(SearcherCorpusTest, FacetValuesMatchThePrefixAndTheSearchCounts) {
    const struct {
        const char* facet;
        const char* prefix;
        std::map<std::string, std::vector<std::string>> scope_filters;
        std::size_t at_least;  // values expected
    } cases[] = {
        {"place", "kal", {}, 2},            // kalimantan timur, kalimantan utara
        {"place", "TIMUR", {}, 3},          // a later word: jawa timur, kalimantan timur, tanjung palas timur
        {"institution", "pemerintah prov", {}, 3},
        {"institution", "mulawarman", {{"type", {"article"}}}, 0},
        {"official", "", {{"place", {"Tarakan"}}}, 1},
        {"source", "info", {}, 1},
        {"place", "samarinda", {{"place", {"Tarakan"}}}, 1},  // the facet's own filter is ignored
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.facet) + " \"" + c.prefix + "\"");
        FacetValuesRequest request;
        request.facet = c.facet;
        request.prefix = c.prefix;
        request.limit = 1000;
        request.scope.filters = c.scope_filters;
        const FacetCounts values = searcher_.facet_values(request);
        EXPECT_GE(values.values.size(), c.at_least);

        SearchRequest search = request.scope;
        search.facet_limit = 1000;
        const auto result = searcher_.search(search);
        const auto facet = std::find_if(result.facets.begin(), result.facets.end(),
                                        [&](const FacetCounts& f) { return f.name == c.facet; });
        ASSERT_NE(facet, result.facets.end());
        const std::string prefix = normalise_facet_value(c.prefix);
        auto matches = [&](const std::string& key) {
            return key.rfind(prefix, 0) == 0 || key.find(" " + prefix) != std::string::npos;
        };
        std::map<std::string, std::size_t> expected;
        for (const auto& v : facet->values) {
            if (v.count > 0 && matches(v.key)) expected[v.key] = v.count;
        }
        std::map<std::string, std::size_t> got;
        for (const auto& v : values.values) got[v.key] = v.count;
        EXPECT_EQ(got, expected);
        EXPECT_EQ(values.distinct, expected.size());
    }

    FacetValuesRequest limited;
    limited.facet = "place";
    limited.limit = 2;
    const auto two = searcher_.facet_values(limited);
    ASSERT_EQ(two.values.size(), 2u);
    EXPECT_GE(two.values[0].count, two.values[1].count);
    EXPECT_GT(two.distinct, 2u);

    limited.facet = "color";
    EXPECT_THROW(searcher_.facet_values(limited), QueryError);
}

TEST_F(SearcherCorpusTest, SimilarFindsTheRelatedAgreementsAndArticles) {
    // Each agreement with a document on the same matter that comes within the first hits: the
    // other agreements between Unmul and Pupuk Kaltim, the articles on the trade mission and on
    // the Kaltim-Kaltara agreement. (The PDFs, their twins, are not in the index to come first.)
    const struct {
        const char* id;
        const char* related;
        std::size_t within;
    } cases[] = {
        {"mou-unmul-pupukkaltim-2025-tridharma", "pks-unmul-pupukkaltim-2025-riset-magang", 2},
        {"pks-unmul-pupukkaltim-2025-riset-magang", "mou-unmul-pupukkaltim-2025-tridharma", 2},
        {"add1-pks-unmul-pupukkaltim-2026", "pks-unmul-pupukkaltim-2025-riset-magang", 2},
        {"kb-jatim-kaltim-2025-misi-dagang", "seputarikn-2025-05-08-misi-dagang-kaltim-jatim", 3},
        {"kb-kaltim-kaltara-2025-perdagangan-konektivitas", "infonasional-2025-08-07-kesepakatan-bersama-kaltim-kaltara", 1},
    };
    ASSERT_EQ(std::size(cases), std::size(kAgreements));
    for (const auto& c : cases) {
        SCOPED_TRACE(c.id);
        ASSERT_TRUE(searcher_.document(c.id).has_value());
        const auto hits = searcher_.similar(c.id, 5);
        ASSERT_FALSE(hits.empty());
        EXPECT_LE(hits.size(), 5u);
        for (const auto& hit : hits) {
            EXPECT_NE(hit.id, c.id);
            EXPECT_TRUE(hit.clause_number.empty() && hit.id.find("#pasal-") == std::string::npos) << hit.id;
            EXPECT_FALSE(hit.id.starts_with("pdf-")) << hit.id;
        }
        const auto related = std::find_if(hits.begin(), hits.end(), [&](const SearchHit& hit) { return hit.id == c.related; });
        EXPECT_LT(static_cast<std::size_t>(related - hits.begin()), c.within) << hits[0].id;
    }
    EXPECT_THROW(searcher_.similar("no-such-document"), NotFoundError);
    EXPECT_THROW(searcher_.similar(kAgreements[0], kMaxPageSize + 1), QueryError);
}

// What a hit should list for stored document `d`: names first seen first, without repeats
// (folded), at most 5 of each; the largest rupiah amount.
HitEntities expected_entities(const model::Document& d) {
    HitEntities out;
    auto add = [](std::vector<std::string>& list, std::set<std::string>& seen, const std::string& name) {
        if (!name.empty() && list.size() < 5 && seen.insert(normalise_facet_value(name)).second) list.push_back(name);
    };
    std::set<std::string> officials, institutions, places;
    for (const auto& o : d.entities.officials) add(out.officials, officials, o.name);
    for (const auto& i : d.entities.institutions) add(out.institutions, institutions, i.name);
    for (const auto& p : d.entities.places) add(out.places, places, p.name);
    for (const auto& a : d.entities.amounts) {
        if (a.currency == "IDR" && a.value > 0) out.largest_amount = std::max(out.largest_amount.value_or(0), a.value);
    }
    return out;
}

TEST_F(SearcherCorpusTest, HitsCarryTheirMainEntities) {
    std::size_t with[4] = {0, 0, 0, 0};
    for (const SearchMode mode : {SearchMode::Documents, SearchMode::Clauses}) {
        SearchRequest request;
        request.mode = mode;
        request.size = kMaxPageSize;
        for (const auto& hit : searcher_.search(request).hits) {
            SCOPED_TRACE(hit.id);
            const auto stored = searcher_.document(mode == SearchMode::Clauses ? hit.parent_id : hit.id);
            ASSERT_TRUE(stored.has_value());
            const HitEntities expected = expected_entities(*stored);
            EXPECT_EQ(hit.entities.officials, expected.officials);
            EXPECT_EQ(hit.entities.institutions, expected.institutions);
            EXPECT_EQ(hit.entities.places, expected.places);
            EXPECT_EQ(hit.entities.largest_amount, expected.largest_amount);
            EXPECT_EQ(hit.source, stored->source);
            with[0] += !hit.entities.officials.empty();
            with[1] += !hit.entities.institutions.empty();
            with[2] += !hit.entities.places.empty();
            with[3] += hit.entities.largest_amount.has_value();
        }
    }
    for (std::size_t kind = 0; kind < 4; ++kind) EXPECT_GT(with[kind], 0u) << "entity kind " << kind;

    SearchRequest request;
    request.query = "transaksi";
    request.filters = {{"source", {"Link UMKM"}}};
    const auto result = searcher_.search(request);
    ASSERT_EQ(result.total, 1u);
    EXPECT_EQ(result.hits[0].entities.largest_amount, 666e9);
}

TEST_F(SearcherCorpusTest, StatsCountDocumentsAndClauses) {
    const IndexStats stats = searcher_.stats();
    EXPECT_EQ(stats.documents, searcher_.document_count());
    EXPECT_EQ(stats.documents, 10u) << "15 files, of which 5 PDFs are their XML's twins";
    std::size_t pasal = 0;
    for (const char* id : kAgreements) pasal += searcher_.document(id)->clauses.size();
    EXPECT_EQ(stats.clauses, pasal);
    EXPECT_GT(stats.clauses, 40u);
    EXPECT_GT(stats.revision, 0u);
    SearchRequest clauses;
    clauses.mode = SearchMode::Clauses;
    EXPECT_EQ(searcher_.search(clauses).total, stats.clauses);
}

}  // namespace
}  // namespace arsip::index
