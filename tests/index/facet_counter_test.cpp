// Facet counts and filters over the sample corpus, checked against counts computed by brute
// force: the query's matches without any filter (from the searcher), the postings of every facet
// term (from Xapian), and each match's date and largest rupiah amount (from the stored document),
// with the multi-select rule applied by hand.
#include "index/facet_counter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "corpus_index.h"
#include "index/facet_store.h"
#include "index/facet_value.h"
#include "index/searcher.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::index {
namespace {

using arsip::testing::TempDir;
using Filters = std::map<std::string, std::vector<std::string>>;

struct Match {
    std::string date;               // YYYY-MM-DD or empty
    std::optional<double> amount;   // largest rupiah amount
};

class FacetCountTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        arsip::testing::index_corpus(dir_->path());
        postings_ = new arsip::testing::FacetPostings(arsip::testing::read_facet_postings(dir_->path()));
        // The same index without its facet store: counted from the value slots.
        slots_dir_ = new TempDir;
        std::filesystem::copy(dir_->path(), slots_dir_->path(), std::filesystem::copy_options::recursive);
        std::filesystem::remove(*slots_dir_ / std::string(kFacetStoreFile));
    }
    static void TearDownTestSuite() {
        delete postings_;
        delete slots_dir_;
        delete dir_;
    }

    // id -> date and amount of every match of `query` in `mode`, without filters.
    std::map<std::string, Match> unfiltered_matches(Searcher& searcher, const std::string& query, SearchMode mode) {
        SearchRequest request;
        request.query = query;
        request.mode = mode;
        request.size = kMaxPageSize;
        request.count_facets = false;
        const auto result = searcher.search(request);
        EXPECT_EQ(result.hits.size(), result.total) << "the corpus fits one page";
        std::map<std::string, Match> out;
        for (const auto& hit : result.hits) {
            const auto stored = searcher.document(mode == SearchMode::Clauses ? hit.parent_id : hit.id);
            EXPECT_TRUE(stored.has_value()) << hit.id;
            Match m;
            m.date = stored->date;
            for (const auto& amount : stored->entities.amounts) {
                if (amount.currency == "IDR" && amount.value > 0 && (!m.amount || amount.value > *m.amount)) {
                    m.amount = amount.value;
                }
            }
            out.emplace(hit.id, m);
        }
        return out;
    }

    static inline TempDir* dir_ = nullptr;
    static inline TempDir* slots_dir_ = nullptr;
    static inline arsip::testing::FacetPostings* postings_ = nullptr;
};

struct Case {
    const char* name;
    Filters filters;
    std::string date_from, date_to;
    std::optional<double> amount_min, amount_max;
};

std::size_t facet_index(const std::string& name) {
    return static_cast<std::size_t>(schema::find_facet(name) - schema::kFacets.data());
}

TEST_F(FacetCountTest, CountsAndTotalsEqualBruteForce) {
    for (const TempDir* index : {dir_, slots_dir_}) {
        SCOPED_TRACE(index == dir_ ? "counted from the facet store" : "counted from the value slots");
        ASSERT_EQ(std::filesystem::exists(*index / std::string(kFacetStoreFile)), index == dir_);
        Searcher searcher(index->path(), arsip::testing::analysis());
        const std::vector<std::string> queries{"", "kerja sama", "misi dagang", "magang OR perdagangan"};
        const std::vector<Case> cases{
            {"no filter", {}, "", "", {}, {}},
            {"one facet", {{"place", {"Kalimantan Timur"}}}, "", "", {}, {}},
            {"one facet, key form", {{"type", {"article"}}}, "", "", {}, {}},
            {"two values of one facet (OR)", {{"type", {"article", "kesepakatan-bersama"}}}, "", "", {}, {}},
            {"two facets (AND)", {{"place", {"kalimantan timur"}}, {"year", {"2025"}}}, "", "", {}, {}},
            {"three facets, one with two values",
             {{"institution", {"Universitas Mulawarman", "Pemerintah Provinsi Kalimantan Timur"}},
              {"place", {"Samarinda"}},
              {"source", {"Info Nasional", "Link UMKM", "Prudensi.com"}}},
             "", "", {}, {}},
            {"official", {{"official", {"Rudy Mas\u2019ud"}}}, "", "", {}, {}},
            {"a value no document has", {{"place", {"Papua"}}}, "", "", {}, {}},
            {"date range", {}, "2025-05-01", "2025-05-31", {}, {}},
            {"date from", {{"type", {"article"}}}, "2025-05-09", "", {}, {}},
            {"date to", {}, "", "2025-06-10", {}, {}},
            {"amount range", {}, "", "", 1e9, 1e12},
            {"amount min with a facet", {{"year", {"2025"}}}, "", "", 1e8, {}},
            {"amount max", {}, "", "", {}, 5e8},
            {"everything", {{"place", {"Kalimantan Timur"}}, {"type", {"article", "kesepakatan-bersama"}}},
             "2025-01-01", "2025-12-31", 1.0, 1e13},
        };
        std::size_t non_trivial = 0;
        for (const SearchMode mode : {SearchMode::Documents, SearchMode::Clauses}) {
            for (const auto& query : queries) {
                const auto matches = unfiltered_matches(searcher, query, mode);
                for (const auto& c : cases) {
                    SCOPED_TRACE(std::string(mode == SearchMode::Clauses ? "clauses" : "documents") + ", q \"" + query +
                                 "\", " + c.name);
                    SearchRequest request;
                    request.query = query;
                    request.mode = mode;
                    request.filters = c.filters;
                    request.date_from = c.date_from;
                    request.date_to = c.date_to;
                    request.amount_min = c.amount_min;
                    request.amount_max = c.amount_max;
                    request.facet_limit = 1000;
                    request.size = kMaxPageSize;
                    const SearchResult result = searcher.search(request);

                    // Does match `id` pass every filter and range, leaving out facet `skip`'s filter?
                    auto passes = [&](const std::string& id, std::optional<std::size_t> skip) {
                        for (const auto& [name, values] : c.filters) {
                            const std::size_t f = facet_index(name);
                            if (f == skip) continue;
                            const bool any = std::any_of(values.begin(), values.end(), [&](const std::string& v) {
                                const auto& by_value = postings_->at(f);
                                const auto it = by_value.find(normalise_facet_value(v));
                                return it != by_value.end() && it->second.count(id) > 0;
                            });
                            if (!any) return false;
                        }
                        const Match& m = matches.at(id);
                        if (!c.date_from.empty() && (m.date.empty() || m.date < c.date_from)) return false;
                        if (!c.date_to.empty() && (m.date.empty() || m.date > c.date_to)) return false;
                        if (c.amount_min && (!m.amount || *m.amount < *c.amount_min)) return false;
                        if (c.amount_max && (!m.amount || *m.amount > *c.amount_max)) return false;
                        return true;
                    };

                    std::set<std::string> expected_ids;
                    for (const auto& [id, m] : matches) {
                        if (passes(id, std::nullopt)) expected_ids.insert(id);
                    }
                    EXPECT_EQ(result.total, expected_ids.size());
                    std::set<std::string> got_ids;
                    for (const auto& hit : result.hits) got_ids.insert(hit.id);
                    EXPECT_EQ(got_ids, expected_ids);
                    if (!expected_ids.empty() && expected_ids.size() < matches.size()) ++non_trivial;

                    ASSERT_EQ(result.facets.size(), schema::kFacets.size());
                    for (std::size_t f = 0; f < schema::kFacets.size(); ++f) {
                        const FacetCounts& counts = result.facets[f];
                        SCOPED_TRACE(counts.name);
                        EXPECT_EQ(counts.name, schema::kFacets[f].name);
                        std::map<std::string, std::size_t> expected;
                        for (const auto& [key, ids] : postings_->at(f)) {
                            std::size_t n = 0;
                            for (const auto& id : ids) n += matches.count(id) && passes(id, f) ? 1 : 0;
                            if (n > 0) expected[key] = n;
                        }
                        std::set<std::string> selected;
                        if (c.filters.count(counts.name)) {
                            for (const auto& v : c.filters.at(counts.name)) selected.insert(normalise_facet_value(v));
                        }
                        std::map<std::string, std::size_t> got;
                        for (const auto& value : counts.values) {
                            SCOPED_TRACE(value.key);
                            EXPECT_EQ(normalise_facet_value(value.value), value.key) << value.value;
                            EXPECT_EQ(value.selected, selected.count(value.key) > 0);
                            if (value.count > 0) {
                                got[value.key] = value.count;
                            } else {
                                EXPECT_TRUE(value.selected) << "only a selected value is listed with no match";
                            }
                        }
                        EXPECT_EQ(got, expected);
                        EXPECT_EQ(counts.distinct, expected.size());
                        for (const auto& key : selected) {
                            EXPECT_TRUE(std::any_of(counts.values.begin(), counts.values.end(),
                                                    [&](const FacetValue& v) { return v.key == key; }))
                                << key << " is selected but not listed";
                        }
                    }
                }
            }
        }
        EXPECT_GT(non_trivial, 20u) << "the cases should filter the matches, not keep all or none";
    }
}

TEST_F(FacetCountTest, ValuesAreMostFrequentFirstAndLimited) {
    // Ranked from the store's ids and from the value slots' keys: the same values in the same order.
    Searcher with_store(dir_->path(), arsip::testing::analysis());
    Searcher from_slots(slots_dir_->path(), arsip::testing::analysis());
    for (const std::size_t limit : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{1000}}) {
        for (const auto& filters : {Filters{{"place", {"Tarakan"}}}, Filters{}, Filters{{"type", {"article"}}}}) {
            SCOPED_TRACE("facet_limit " + std::to_string(limit) + ", " + std::to_string(filters.size()) + " filter(s)");
            SearchRequest request;
            request.facet_limit = limit;
            // A selected value that would not be among the first `limit` still comes after them.
            request.filters = filters;
            const auto result = with_store.search(request);
            const auto slots = from_slots.search(request);
            ASSERT_EQ(result.facets.size(), slots.facets.size());
            for (std::size_t f = 0; f < result.facets.size(); ++f) {
                const FacetCounts& counts = result.facets[f];
                SCOPED_TRACE(counts.name);
                EXPECT_EQ(counts.distinct, slots.facets[f].distinct);
                ASSERT_EQ(counts.values.size(), slots.facets[f].values.size());
                for (std::size_t i = 0; i < counts.values.size(); ++i) {
                    EXPECT_EQ(counts.values[i].key, slots.facets[f].values[i].key) << "at " << i;
                    EXPECT_EQ(counts.values[i].count, slots.facets[f].values[i].count) << "at " << i;
                    EXPECT_EQ(counts.values[i].selected, slots.facets[f].values[i].selected) << "at " << i;
                }
                const std::size_t listed_unselected = static_cast<std::size_t>(std::count_if(
                    counts.values.begin(), counts.values.end(), [](const FacetValue& v) { return !v.selected; }));
                EXPECT_LE(listed_unselected, limit);
                EXPECT_EQ(counts.values.size() >= std::min(limit, counts.distinct), true);
                const std::size_t ranked = std::min(limit, counts.distinct);
                for (std::size_t i = 1; i < ranked; ++i) {
                    const FacetValue& a = counts.values[i - 1];
                    const FacetValue& b = counts.values[i];
                    EXPECT_TRUE(a.count > b.count || (a.count == b.count && a.key < b.key)) << a.key << " before " << b.key;
                }
            }
            if (filters.count("place")) {
                const FacetCounts& place = result.facets[facet_index("place")];
                EXPECT_TRUE(std::any_of(place.values.begin(), place.values.end(),
                                        [](const FacetValue& v) { return v.key == "tarakan" && v.selected && v.count > 0; }));
            }
        }
    }
}

TEST_F(FacetCountTest, DisplayFormsComeFromTheIndex) {
    Searcher searcher(dir_->path(), arsip::testing::analysis());
    SearchRequest request;
    request.facet_limit = 1000;
    request.filters = {{"place", {"KALIMANTAN TIMUR"}}};
    const auto result = searcher.search(request);
    const FacetCounts& place = result.facets[facet_index("place")];
    const auto it = std::find_if(place.values.begin(), place.values.end(),
                                 [](const FacetValue& v) { return v.key == "kalimantan timur"; });
    ASSERT_NE(it, place.values.end());
    EXPECT_EQ(it->value, "Kalimantan Timur");  // as the documents write it, not as the request did
    EXPECT_TRUE(it->selected);
}

}  // namespace
}  // namespace arsip::index
