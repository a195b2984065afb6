#include "index/facet_store.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "corpus_index.h"
#include "index/facet_slot.h"
#include "index/index_writer.h"
#include "index/searcher.h"
#include "index_test_documents.h"
#include "same_facets.h"
#include "store_of_documents.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::index {
namespace {

namespace fs = std::filesystem;
using arsip::testing::TempDir;

// Each document's facet values as the slots hold them: "facet=value" strings.
std::multiset<std::string> slot_values(const Xapian::Document& doc) {
    std::multiset<std::string> out;
    for (const auto& facet : schema::kFacets) {
        for_each_facet_value(facet, doc.get_value(facet.slot),
                             [&](std::string_view v) { out.insert(std::string(facet.name) + "=" + std::string(v)); });
    }
    return out;
}

std::multiset<std::string> store_values(const FacetStore& store, Xapian::docid docid) {
    std::multiset<std::string> out;
    store.for_each_id(docid, [&](std::uint32_t id) {
        for (std::size_t f = 0; f < schema::kFacets.size(); ++f) {
            const auto [first, last] = store.facet_ids(f);
            if (id >= first && id < last) out.insert(std::string(schema::kFacets[f].name) + "=" + std::string(store.value(id)));
        }
    });
    return out;
}

// Every document of `path`: the store holds exactly what its slots hold.
void expect_store_equals_slots(const fs::path& path) {
    const Xapian::Database db(path.string());
    const auto store = FacetStore::open(path, db);
    ASSERT_NE(store, nullptr);
    std::size_t documents = 0;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it, ++documents) {
        SCOPED_TRACE("docid " + std::to_string(*it));
        EXPECT_EQ(store_values(*store, *it), slot_values(db.get_document(*it)));
        // The sort keys: the date slot as a number, the amount slot unserialised.
        const Xapian::Document doc = db.get_document(*it);
        const std::string date = doc.get_value(schema::kDateSlot), amount = doc.get_value(schema::kLargestAmountSlot);
        EXPECT_EQ(store->date(*it), date.empty() ? 0u : static_cast<std::uint32_t>(std::stoul(date)));
        EXPECT_EQ(store->largest_amount(*it), amount.empty() ? FacetStore::kNoAmount : Xapian::sortable_unserialise(amount));
        // One facet's ids alone (for_each_id_in), and has_any, against every id filtered here.
        std::vector<std::uint32_t> all;
        store->for_each_id(*it, [&](std::uint32_t id) { all.push_back(id); });
        EXPECT_TRUE(std::is_sorted(all.begin(), all.end())) << "a document's ids ascend";
        for (std::size_t f = 0; f < schema::kFacets.size(); ++f) {
            SCOPED_TRACE(schema::kFacets[f].name);
            const auto [first, last] = store->facet_ids(f);
            std::multiset<std::uint32_t> expected, got;
            for (const std::uint32_t id : all) {
                if (id >= first && id < last) expected.insert(id);
            }
            store->for_each_id_in(*it, first, last, [&](std::uint32_t id) { got.insert(id); });
            EXPECT_EQ(got, expected);
            if (last > first) {
                // A value the document has (when it has one) with one it may not, and one it may not alone.
                std::vector<std::uint32_t> some{first, last - 1};
                if (!expected.empty()) some.push_back(*expected.rbegin());
                std::sort(some.begin(), some.end());
                some.erase(std::unique(some.begin(), some.end()), some.end());
                const bool has = std::any_of(some.begin(), some.end(), [&](std::uint32_t id) { return expected.count(id) > 0; });
                EXPECT_EQ(store->has_any(*it, some), has);
                EXPECT_EQ(store->has_any(*it, {first}), expected.count(first) > 0);
            }
        }
    }
    EXPECT_GT(documents, 0u);
    // Each value's documents and clauses, as every document's ids add up.
    for (const FacetStore::Kind kind : {FacetStore::Kind::Document, FacetStore::Kind::Clause}) {
        std::vector<std::uint32_t> counted(store->value_count(), 0);
        for (Xapian::docid d = 1; d <= store->last_docid(); ++d) {
            if (store->kind(d) == kind) store->for_each_id(d, [&](std::uint32_t id) { ++counted[id]; });
        }
        const std::uint32_t* stored = store->value_counts(kind);
        EXPECT_EQ(std::vector<std::uint32_t>(stored, stored + store->value_count()), counted)
            << (kind == FacetStore::Kind::Document ? "documents" : "clauses");
    }
    // Ids are grouped by facet and sorted by value within one.
    for (std::size_t f = 0; f < schema::kFacets.size(); ++f) {
        const auto [first, last] = store->facet_ids(f);
        for (std::uint32_t id = first; id + 1 < last; ++id) EXPECT_LT(store->value(id), store->value(id + 1));
    }
}

TEST(FacetStoreTest, CommitWritesWhatTheSlotsHold) {
    TempDir dir;
    arsip::testing::index_corpus(dir.path());
    ASSERT_TRUE(fs::exists(dir / std::string(kFacetStoreFile)));
    expect_store_equals_slots(dir.path());
    const Xapian::Database db(dir.path().string());
    const auto store = FacetStore::open(dir.path(), db);
    EXPECT_EQ(store->id_bytes(), 2u);
    EXPECT_TRUE(store->has_sort_keys());
    std::size_t dated = 0, with_amounts = 0;
    for (Xapian::docid d = 1; d <= store->last_docid(); ++d) {
        dated += store->date(d) > 0;
        with_amounts += store->largest_amount(d) != FacetStore::kNoAmount;
    }
    EXPECT_GT(dated, 0u);
    EXPECT_GT(with_amounts, 0u);
    EXPECT_LT(with_amounts, store->last_docid()) << "the corpus has documents naming no amount";
}

// Sort keys are only kept when they order as the slots do: a date slot that is not 8 digits
// leaves the store without them (sorted searches then read the slots).
TEST(FacetStoreTest, DateSlotsOfAnotherShapeLeaveNoSortKeys) {
    struct Case {
        const char* name;
        std::vector<std::string> dates;
        bool keys;
    };
    const std::vector<Case> cases{
        {"8 digits or none", {"20250101", "", "19991231"}, true},
        {"with dashes", {"20250101", "2025-01-02"}, false},
        {"too short", {"2025"}, false},
        {"all zeros (would read as no date)", {"20250101", "00000000"}, false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        TempDir dir;
        std::vector<Xapian::Document> documents;
        for (const auto& date : c.dates) {
            documents.emplace_back();
            documents.back().add_value(schema::kDateSlot, date);
        }
        const auto store = arsip::testing::store_of_documents(dir.path(), documents);
        ASSERT_NE(store, nullptr);
        EXPECT_EQ(store->has_sort_keys(), c.keys);
    }
}

TEST(FacetStoreTest, LengthsAndKindsAreXapians) {
    TempDir dir;
    arsip::testing::index_corpus(dir.path());
    const Xapian::Database db(dir.path().string());
    const auto store = FacetStore::open(dir.path(), db);
    ASSERT_NE(store, nullptr);
    const std::string document = schema::term(schema::kKind, schema::kKindDocument);
    const std::string clause = schema::term(schema::kKind, schema::kKindClause);
    std::size_t checked = 0;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it, ++checked) {
        SCOPED_TRACE("docid " + std::to_string(*it));
        EXPECT_EQ(store->length(*it), db.get_doclength(*it));
        Xapian::TermIterator t = db.termlist_begin(*it);
        t.skip_to(document);
        const bool is_document = t != db.termlist_end(*it) && *t == document;
        t = db.termlist_begin(*it);
        t.skip_to(clause);
        const bool is_clause = t != db.termlist_end(*it) && *t == clause;
        EXPECT_EQ(store->kind(*it), is_document ? FacetStore::Kind::Document
                                    : is_clause ? FacetStore::Kind::Clause
                                                : FacetStore::Kind::None);
    }
    EXPECT_EQ(checked, db.get_doccount());
    EXPECT_EQ(store->kind_count(FacetStore::Kind::Document), db.get_termfreq(document));
    EXPECT_EQ(store->kind_count(FacetStore::Kind::Clause), db.get_termfreq(clause));
    EXPECT_GT(db.get_termfreq(clause), 0u);
    EXPECT_EQ(store->length(db.get_lastdocid() + 1), 0u) << "past the last docid";
    EXPECT_EQ(store->kind(db.get_lastdocid() + 1), FacetStore::Kind::None);
    EXPECT_DOUBLE_EQ(store->average_length(), db.get_avlength());
}

// Runs of each kind: what a merge of shards writes (every document, then every clause), then
// what later writes append (a document followed by its clauses) and leave (a replaced
// agreement's old clauses are deleted: docids without a document split no run).
TEST(FacetStoreTest, RunsOfKindsFollowTheDocids) {
    TempDir dir;
    IndexWriter writer(dir.path(), arsip::testing::analysis(), {.batch_size = 2});
    {
        auto shard = writer.open_shard(0);
        shard->write(arsip::testing::article("a1", "Satu", {"Isi pertama."}));
        shard->write(arsip::testing::agreement("mou-1", 3));  // docid 2; clauses 4-6
        shard->write(arsip::testing::article("a2", "Dua", {"Isi kedua."}));
        shard->commit();
    }
    writer.merge_shards();
    writer.write(arsip::testing::agreement("mou-2", 2));  // 7; clauses 8-9
    writer.write(arsip::testing::agreement("mou-1", 2));  // stays 2; clauses 4-6 go, 10-11 come
    writer.write(arsip::testing::article("a3", "Tiga", {"Isi ketiga."}));  // 12
    writer.commit();
    const Xapian::Database db(dir.path().string());
    const auto store = FacetStore::open(dir.path(), db);
    ASSERT_NE(store, nullptr);
    using Runs = std::vector<std::pair<Xapian::docid, Xapian::docid>>;
    const auto runs = [&](FacetStore::Kind kind) {
        Runs out;
        for (const auto& run : store->runs(kind)) out.emplace_back(run.first, run.last);
        return out;
    };
    // No clause is left between 1 and 7; none between 9 and 10.
    EXPECT_EQ(runs(FacetStore::Kind::Document), (Runs{{1, 7}, {12, 12}}));
    EXPECT_EQ(runs(FacetStore::Kind::Clause), (Runs{{8, 11}}));
    EXPECT_EQ(store->kind(5), FacetStore::Kind::None);
    EXPECT_EQ(store->kind_count(FacetStore::Kind::Clause), 4u);
}

TEST(FacetStoreTest, ManyValuesTakeFourBytesEach) {
    TempDir dir;
    // 70,000 distinct places on 35 documents: more values than two bytes can number.
    const schema::Facet& place = *schema::find_facet("place");
    const schema::Facet& type = *schema::find_facet("type");
    std::vector<Xapian::Document> documents(35);
    for (int d = 0; d < 35; ++d) {
        std::set<std::string> places;
        for (int p = 0; p < 2000; ++p) places.insert("place " + std::to_string(d * 2000 + p));
        documents[d].add_value(place.slot, encode_facet_values(place, places));
        documents[d].add_value(type.slot, d % 2 ? "article" : "addendum");
    }
    const auto store = arsip::testing::store_of_documents(dir.path(), documents);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(store->id_bytes(), 4u);
    EXPECT_EQ(store->value_count(), 70002u);
    expect_store_equals_slots(dir.path());
}

TEST(FacetStoreTest, IdsAscendWhateverOrderTheSlotsHold) {
    TempDir dir;
    // Places written by hand in descending order (the mapper writes them ascending): the store
    // still holds each document's ids ascending, and has_any, which stops at the first id past
    // a filter's, finds every one.
    const schema::Facet& place = *schema::find_facet("place");
    const schema::Facet& type = *schema::find_facet("type");
    const auto slot = [](const std::vector<std::string>& values) {
        std::string out;
        for (const auto& v : values) out += static_cast<char>(v.size()) + v;
        return out;
    };
    std::vector<Xapian::Document> documents(3);
    documents[0].add_value(place.slot, slot({"zamrud", "medan", "ambon"}));
    documents[1].add_value(place.slot, slot({"medan", "bali"}));
    documents[2].add_value(place.slot, slot({"tarakan"}));
    for (auto& d : documents) d.add_value(type.slot, "article");
    const auto store = arsip::testing::store_of_documents(dir.path(), documents);
    ASSERT_NE(store, nullptr);
    expect_store_equals_slots(dir.path());
    const std::size_t place_facet = static_cast<std::size_t>(&place - schema::kFacets.data());
    const auto id = [&](const char* key) { return *store->find(place_facet, key); };
    EXPECT_TRUE(store->has_any(1, {id("ambon")}));
    EXPECT_TRUE(store->has_any(1, {id("zamrud")}));
    EXPECT_TRUE(store->has_any(1, {id("bali"), id("medan")}));
    EXPECT_FALSE(store->has_any(1, {id("bali"), id("tarakan")}));
    EXPECT_TRUE(store->has_any(2, {id("bali")}));
    EXPECT_FALSE(store->has_any(3, {id("ambon"), id("medan")}));
}

TEST(FacetStoreTest, StoreOfAnotherRevisionIsNotUsed) {
    TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis(), {.batch_size = 1});
        writer.write(arsip::testing::article("a1", "Satu", {"Kaltim"}));
        writer.commit();
        // A full batch commits, but only commit() rewrites the store.
        writer.write(arsip::testing::article("a2", "Dua", {"Kaltim"}, "2024-01-01"));
        const Xapian::Database db(dir.path().string());
        EXPECT_EQ(FacetStore::open(dir.path(), db), nullptr);
        EXPECT_FALSE(FacetStore::is_current(dir.path(), db));

        // The searcher counts from the slots meanwhile: both documents.
        Searcher searcher(dir.path(), arsip::testing::analysis());
        const SearchResult result = searcher.search({});
        EXPECT_EQ(result.facets.at(1).values.size(), 2u) << "two years";
        writer.commit();
    }
    const Xapian::Database db(dir.path().string());
    EXPECT_NE(FacetStore::open(dir.path(), db), nullptr);
}

// Searchers of one index that share a store get the same mapping while it serves their
// revision; a new revision gets a new one, and a handle still at the old revision gets none
// rather than the newer store.
TEST(FacetStoreTest, ASharedStoreIsOneMappingARevision) {
    TempDir dir;
    IndexWriter writer(dir.path(), arsip::testing::analysis());
    writer.write(arsip::testing::article("a1", "Satu", {"Kaltim"}));
    writer.commit();
    FacetStoreShare share;
    Xapian::Database first(dir.path().string()), second(dir.path().string());
    const auto a = share.get(dir.path(), first);
    ASSERT_NE(a, nullptr);
    EXPECT_TRUE(a->serves(first));
    EXPECT_EQ(share.get(dir.path(), second), a) << "one mapping for both";

    writer.write(arsip::testing::article("a2", "Dua", {"Kaltim"}, "2024-01-01"));
    writer.commit();
    EXPECT_FALSE(a->serves(Xapian::Database(dir.path().string()))) << "the index moved on";
    first.reopen();
    const auto b = share.get(dir.path(), first);
    ASSERT_NE(b, nullptr);
    EXPECT_NE(b, a) << "a new revision, a new mapping";
    EXPECT_TRUE(b->serves(first));
    EXPECT_EQ(b->last_docid(), 2u);
    EXPECT_EQ(a->last_docid(), 1u) << "the old mapping stays whole for whoever holds it";
    EXPECT_EQ(share.get(dir.path(), second), nullptr) << "the file is the new revision's";
    EXPECT_EQ(share.get(dir.path(), first), b) << "the newer store stays shared";
}

TEST(FacetStoreTest, DamagedOrForeignFilesAreIgnored) {
    TempDir dir;
    arsip::testing::index_corpus(dir.path());
    const fs::path file = dir / std::string(kFacetStoreFile);
    const auto size = fs::file_size(file);
    const Xapian::Database db(dir.path().string());

    EXPECT_TRUE(FacetStore::is_current(dir.path(), db));
    fs::resize_file(file, size - 1);
    EXPECT_EQ(FacetStore::open(dir.path(), db), nullptr) << "truncated";
    EXPECT_FALSE(FacetStore::is_current(dir.path(), db)) << "truncated: the next commit rewrites it";
    {
        std::ofstream(file, std::ios::binary | std::ios::trunc) << "not a facet store";
    }
    EXPECT_EQ(FacetStore::open(dir.path(), db), nullptr) << "not a store";
    EXPECT_FALSE(FacetStore::is_current(dir.path(), db));

    // Another database's store (same layout, another UUID) is not this one's.
    TempDir other;
    arsip::testing::index_corpus(other.path());
    fs::copy_file(other / std::string(kFacetStoreFile), file, fs::copy_options::overwrite_existing);
    EXPECT_EQ(FacetStore::open(dir.path(), db), nullptr) << "another database's";
    fs::remove(file);
    EXPECT_EQ(FacetStore::open(dir.path(), db), nullptr) << "missing";
}

// A store whose header is whole but one of whose ids names no value (a damaged file, a bug in
// a writer) is refused at open: counting reads ids without a bounds check. The searcher counts
// from the slots meanwhile and gives the counts the whole store gives.
TEST(FacetStoreTest, AnIdPastTheValuesIsRefused) {
    TempDir dir;
    arsip::testing::index_corpus(dir.path());
    const fs::path file = dir / std::string(kFacetStoreFile);
    const Xapian::Database db(dir.path().string());
    const auto store = FacetStore::open(dir.path(), db);
    ASSERT_NE(store, nullptr);
    ASSERT_EQ(store->id_bytes(), 2u) << "the sample corpus has fewer than 65,536 values";
    const std::uint32_t values = store->value_count();

    // The first document's ids as the file holds them (16 bits each, native order): found by
    // their bytes, so the test does not restate the file's layout. Enough ids to be found once.
    std::vector<std::uint16_t> ids;
    store->for_each_id(1, [&](std::uint32_t id) { ids.push_back(static_cast<std::uint16_t>(id)); });
    ASSERT_GE(ids.size(), 4u);
    const std::string pattern(reinterpret_cast<const char*>(ids.data()), ids.size() * sizeof(std::uint16_t));
    std::string bytes;
    {
        std::ifstream in(file, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    const std::size_t at = bytes.find(pattern);
    ASSERT_NE(at, std::string::npos);
    ASSERT_EQ(bytes.find(pattern, at + 1), std::string::npos) << "the first document's ids are found once";

    Searcher searcher(dir.path(), arsip::testing::analysis());
    const SearchResult whole = searcher.search({});
    const auto write_first_id = [&](std::uint16_t id) {
        std::fstream out(file, std::ios::binary | std::ios::in | std::ios::out);
        out.seekp(static_cast<std::streamoff>(at));
        out.write(reinterpret_cast<const char*>(&id), sizeof id);
    };

    struct Case {
        const char* what;
        std::uint16_t first_id;
        bool opens;
    };
    const Case cases[] = {
        {"an id one past the last value", static_cast<std::uint16_t>(values), false},
        {"the largest 16-bit id", 0xffff, false},
        {"the last value's id", static_cast<std::uint16_t>(values - 1), true},
        {"the id the writer wrote", ids.front(), true},
    };
    for (const Case& c : cases) {
        write_first_id(c.first_id);
        EXPECT_EQ(FacetStore::open(dir.path(), db) != nullptr, c.opens) << c.what;
        EXPECT_TRUE(FacetStore::is_current(dir.path(), db)) << c.what << ": the header is whole";
        if (c.opens) continue;
        // A new searcher (no shared mapping of the whole store): counted from the slots.
        Searcher from_slots(dir.path(), arsip::testing::analysis());
        const SearchResult result = from_slots.search({});
        SCOPED_TRACE(c.what);
        EXPECT_EQ(result.total, whole.total);
        arsip::testing::expect_same_facets(result, whole);
    }
}

}  // namespace
}  // namespace arsip::index
