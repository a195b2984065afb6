// A sorted page's candidates chosen from the facet store's dates and amounts: the best `keep`
// matches by the sort's key and every match that ties the last of them, nothing worse; too many
// ties are left to Xapian.
#include "index/keyed_page.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <string>
#include <vector>

#include "index/facet_store.h"
#include "index/schema.h"
#include "index/search_query.h"
#include "store_of_documents.h"
#include "temp_dir.h"

namespace arsip::index {
namespace {

using arsip::testing::TempDir;

struct Doc {
    std::string date;  // YYYYMMDD or empty
    double amount;     // < 0: none
};

// A database of `docs` (docid i + 1 is docs[i]) with its facet store.
std::shared_ptr<const FacetStore> store_of(const TempDir& dir, const std::vector<Doc>& docs) {
    std::vector<Xapian::Document> documents(docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
        documents[i].add_value(schema::kDateSlot, docs[i].date);
        if (docs[i].amount >= 0) documents[i].add_value(schema::kLargestAmountSlot, Xapian::sortable_serialise(docs[i].amount));
    }
    return arsip::testing::store_of_documents(dir.path(), documents);
}

// What the sort puts first compares larger: the keys apply_sort gives Xapian, as strings.
std::pair<std::string, std::string> key_of(const Doc& d, SortOrder order) {
    const std::string amount = d.amount >= 0 ? Xapian::sortable_serialise(d.amount) : "";
    switch (order) {
        case SortOrder::Relevance:
        case SortOrder::DateDescending:
            return {d.date, ""};
        case SortOrder::DateAscending: {
            // Oldest first, no date last: the complement of each digit.
            std::string inverted;
            for (const char c : d.date) inverted += static_cast<char>('9' - c + '0');
            return {d.date.empty() ? "" : "~" + inverted, ""};
        }
        case SortOrder::AmountDescending:
            return {amount, d.date};
    }
    return {};
}

// Every docid whose key is at least the keep-th best's (all of them when there are fewer).
std::vector<Xapian::docid> expected(const std::vector<Doc>& docs, SortOrder order, std::size_t keep) {
    std::vector<std::pair<std::string, std::string>> keys;
    for (const auto& d : docs) keys.push_back(key_of(d, order));
    std::vector<Xapian::docid> out;
    if (keep == 0) return out;
    auto sorted = keys;
    std::sort(sorted.rbegin(), sorted.rend());
    const auto least = sorted[std::min(keep, sorted.size()) - 1];
    for (std::size_t i = 0; i < docs.size(); ++i) {
        if (keys[i] >= least) out.push_back(static_cast<Xapian::docid>(i + 1));
    }
    return out;
}

TEST(KeyedCandidatesTest, KeepsTheBestAndTheirTies) {
    // Dates with ties and gaps, amounts with ties, a few of neither.
    std::vector<Doc> docs;
    const char* dates[] = {"20250101", "20240505", "", "20250101", "20010203", "20240505", "", "20260101", "20250101"};
    const double amounts[] = {5e9, -1, 1e6, 5e9, -1, 2.5e6, -1, 1e6, 0};
    for (int round = 0; round < 300; ++round) {  // 2,700 documents: several shrinks
        for (std::size_t i = 0; i < std::size(dates); ++i) docs.push_back({dates[i], amounts[(i + round) % std::size(amounts)]});
    }
    TempDir dir;
    const auto store = store_of(dir, docs);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->has_sort_keys());
    for (const SortOrder order : {SortOrder::Relevance, SortOrder::DateAscending, SortOrder::DateDescending,
                                  SortOrder::AmountDescending}) {
        for (const std::size_t keep : {0u, 1u, 3u, 301u, 2000u, 5000u}) {
            SCOPED_TRACE("order " + std::to_string(static_cast<int>(order)) + ", keep " + std::to_string(keep));
            auto candidates = KeyedCandidates::make(order, false, store, keep);
            ASSERT_TRUE(candidates.has_value());
            // Two halves offered apart and merged, as two threads count.
            auto other = KeyedCandidates::make(order, false, store, keep);
            for (Xapian::docid d = 1; d <= docs.size(); ++d) (d % 2 ? *candidates : *other).add(d);
            candidates->merge(std::move(*other));
            const auto taken = candidates->take();
            ASSERT_TRUE(taken.has_value());
            EXPECT_EQ(*taken, expected(docs, order, keep));
        }
    }
}

TEST(KeyedCandidatesTest, DeclinesWhatItCannotKey) {
    TempDir dir;
    const auto store = store_of(dir, {{"20250101", 1}, {"", -1}});
    EXPECT_FALSE(KeyedCandidates::make(SortOrder::Relevance, true, store, 10)) << "weights are Xapian's";
    EXPECT_TRUE(KeyedCandidates::make(SortOrder::Relevance, false, store, 10)) << "no words: newest first";
    EXPECT_TRUE(KeyedCandidates::make(SortOrder::DateDescending, true, store, 10));
    EXPECT_FALSE(KeyedCandidates::make(SortOrder::DateDescending, true, store, KeyedCandidates::kMaxCandidates + 1));
    EXPECT_FALSE(KeyedCandidates::make(SortOrder::DateDescending, true, nullptr, 10));
}

TEST(KeyedCandidatesTest, TooManyTiesAreLeftToXapian) {
    // One more document on the same day than it holds: the first hit ties them all.
    std::vector<Doc> docs(KeyedCandidates::kMaxCandidates + 1, Doc{"20250101", -1});
    docs.push_back({"20240101", -1});
    TempDir dir;
    const auto store = store_of(dir, docs);
    ASSERT_NE(store, nullptr);
    auto tied = KeyedCandidates::make(SortOrder::DateDescending, true, store, 1);
    for (Xapian::docid d = 1; d <= docs.size(); ++d) tied->add(d);
    EXPECT_FALSE(tied->take().has_value());
    // Oldest first, the odd one out is the first hit alone.
    auto oldest = KeyedCandidates::make(SortOrder::DateAscending, true, store, 1);
    for (Xapian::docid d = 1; d <= docs.size(); ++d) oldest->add(d);
    const auto one = oldest->take();
    ASSERT_TRUE(one.has_value());
    EXPECT_EQ(*one, std::vector<Xapian::docid>{static_cast<Xapian::docid>(docs.size())});
}

TEST(StoreDateKeyTest, BreaksTiesAsTheDateSlotsKey) {
    // Every match weighs the same (no words): the relevance sort's order is its tie-break alone,
    // newest first, no date last, then docid. The store's key orders as apply_sort's.
    const std::vector<std::vector<Doc>> cases{
        {{"20250508", -1}, {"", -1}, {"20240101", -1}, {"20250508", -1}, {"19991231", -1}, {"", -1}, {"20261231", -1}},
        {{"", -1}, {"", -1}},
        {{"20000101", -1}, {"20000102", -1}, {"20000101", -1}},
    };
    for (std::size_t c = 0; c < cases.size(); ++c) {
        SCOPED_TRACE("case " + std::to_string(c));
        TempDir dir;
        const auto store = store_of(dir, cases[c]);
        ASSERT_NE(store, nullptr);
        ASSERT_TRUE(store->has_sort_keys());
        const Xapian::Database db(dir.path().string());
        const auto order = [&](Xapian::KeyMaker& keys, bool slots) {
            Xapian::Enquire enquire(db);
            enquire.set_query(Xapian::Query::MatchAll);
            Xapian::MultiValueKeyMaker slot_keys;
            if (slots) {
                apply_sort(enquire, SortOrder::Relevance, slot_keys);
            } else {
                enquire.set_sort_by_relevance_then_key(&keys, false);
            }
            std::vector<Xapian::docid> out;
            const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
            for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
            return out;
        };
        StoreDateKey from_store(*store);
        Xapian::MultiValueKeyMaker unused;
        const auto expected = order(unused, true);
        EXPECT_EQ(order(from_store, false), expected);
        ASSERT_EQ(expected.size(), cases[c].size());
        // Newest first, no date last: the slots' order as the test reads it.
        for (std::size_t i = 1; i < expected.size(); ++i) {
            const std::string& a = cases[c][expected[i - 1] - 1].date;
            const std::string& b = cases[c][expected[i] - 1].date;
            EXPECT_TRUE(b.empty() || (!a.empty() && a >= b)) << a << " before " << b;
        }
    }
}

}  // namespace
}  // namespace arsip::index
