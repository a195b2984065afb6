#include "index/searcher.h"

#include <gtest/gtest.h>

#include <set>

#include "index/index_writer.h"
#include "index_test_documents.h"
#include "model/errors.h"
#include "sort_checks.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::index {
namespace {

using arsip::testing::agreement;
using arsip::testing::article;
using arsip::testing::TempDir;

class SearcherTest : public ::testing::Test {
protected:
    void SetUp() override {
        IndexWriter writer(dir_.path(), arsip::testing::analysis());
        writer.write(article("title-hit", "Misi dagang Kaltim dan Jatim", {"Pelaku usaha bertemu."}));
        writer.write(article("body-hit", "Berita ekonomi",
                             {"Pelaku usaha bertemu.", "Ada misi dagang kecil di sana."}, "2024-03-01"));
        writer.write(article("html", "Teks <b>tebal</b>", {"Kata <script>alert(1)</script> pelabuhan."}));
        writer.write(agreement("mou-unmul", 4));
        writer.commit();
    }

    SearchResult search(const std::string& query, SearchMode mode = SearchMode::Documents) {
        Searcher searcher(dir_.path(), arsip::testing::analysis());
        SearchRequest request;
        request.query = query;
        request.mode = mode;
        return searcher.search(request);
    }

    TempDir dir_;
};

TEST_F(SearcherTest, TitleWordsWeighMoreThanBodyWords) {
    const auto result = search("misi dagang");
    ASSERT_EQ(result.total, 2u);
    EXPECT_EQ(result.hits[0].id, "title-hit");
    EXPECT_EQ(result.hits[1].id, "body-hit");
}

TEST_F(SearcherTest, WordsAreAndedByDefault) {
    EXPECT_EQ(search("pelaku usaha").total, 2u);
    EXPECT_EQ(search("pelaku pelabuhan").total, 0u);
    EXPECT_EQ(search("bertemu OR pelabuhan").total, 3u);
    // Stems join inflected forms: "pelaku" (root laku) also finds the agreement's "berlaku".
    EXPECT_EQ(search("pelaku OR pelabuhan").total, 4u);
}

TEST_F(SearcherTest, FieldPrefixesFilter) {
    const struct {
        const char* query;
        std::size_t total;
    } cases[] = {
        {"jenis:nota-kesepahaman", 1},
        {"jenis:article", 3},
        {"tahun:2024", 2},                      // body-hit and the agreement
        {"judul:dagang", 1},
        {"pelaku tahun:2025", 1},
        {"lembaga:\"universitas mulawarman\"", 1},
        {"pejabat:abdunnur", 1},
        {"tempat:samarinda", 1},
        {"tempat:SAMARINDA", 1},                // values are case-folded like the stored ones
        {"sumber:\"SEPUTAR-IKN.COM\"", 3},
        {"jenis:article type:nota-kesepahaman", 4},  // one field twice: OR
        {"jenis:article tahun:2024", 1},        // two fields: AND
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.query);
        EXPECT_EQ(search(c.query).total, c.total);
    }
}

TEST_F(SearcherTest, SnippetMarksMatchesAndEscapesHtml) {
    const auto result = search("pelabuhan");
    ASSERT_EQ(result.total, 1u);
    const std::string& snippet = result.hits[0].snippet;
    EXPECT_NE(snippet.find("<mark>pelabuhan</mark>"), std::string::npos) << snippet;
    EXPECT_EQ(snippet.find("<script>"), std::string::npos) << snippet;
    EXPECT_NE(snippet.find("&lt;script&gt;"), std::string::npos) << snippet;
}

TEST_F(SearcherTest, ClauseModeReturnsPasalWithParent) {
    const auto result = search("magang", SearchMode::Clauses);
    ASSERT_EQ(result.total, 1u);
    const SearchHit& hit = result.hits[0];
    EXPECT_EQ(hit.parent_id, "mou-unmul");
    EXPECT_EQ(hit.clause_number, "2");
    EXPECT_EQ(hit.clause_heading, "RUANG LINGKUP");
    EXPECT_EQ(hit.id, "mou-unmul#pasal-2");
    EXPECT_EQ(hit.type, model::DocumentType::NotaKesepahaman);
    // In document mode the same word finds the agreement once, not its clauses.
    const auto documents = search("magang");
    ASSERT_EQ(documents.total, 1u);
    EXPECT_EQ(documents.hits[0].id, "mou-unmul");
}

TEST_F(SearcherTest, StoredDocumentComesBackWhole) {
    Searcher searcher(dir_.path(), arsip::testing::analysis());
    const auto document = searcher.document("mou-unmul");
    ASSERT_TRUE(document.has_value());
    EXPECT_EQ(document->clauses.size(), 4u);
    EXPECT_EQ(document->parties[0].institution, "Universitas Mulawarman");
    EXPECT_FALSE(searcher.document("no-such-id").has_value());
}

TEST_F(SearcherTest, PageSizeOverTheLimitIsAQueryError) {
    Searcher searcher(dir_.path(), arsip::testing::analysis());
    SearchRequest request;
    request.size = 100000;
    EXPECT_THROW(searcher.search(request), QueryError);
}

TEST(SearcherEntitiesTest, ExtractedEntitiesAreFacets) {
    TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        auto d = article("misi", "Misi dagang", {"Wakil Gubernur Kalimantan Timur, Seno Aji, membuka misi dagang."});
        d.entities.officials = {{"Seno Aji", "Wakil Gubernur", "Pemerintah Provinsi Kalimantan Timur", {}, {}}};
        d.entities.institutions = {{"Pemerintah Provinsi Kalimantan Timur", {"Pemprov Kaltim"}, "government", {}}};
        d.entities.places = {{"Kalimantan Timur", "province", "Kalimantan Timur", "64", {}}};
        d.entities.amounts = {{"Rp666 miliar", 666e9, "IDR", {}}};
        writer.write(d);
        writer.write(article("lain", "Berita lain", {"Tidak ada pejabat di sini."}));
        writer.commit();
    }
    Searcher searcher(dir.path(), arsip::testing::analysis());
    const struct {
        const char* query;
        std::size_t total;
    } cases[] = {
        {"pejabat:\"Seno Aji\"", 1},
        {"lembaga:\"pemerintah provinsi kalimantan timur\"", 1},
        {"tempat:\"kalimantan timur\"", 1},
        {"tempat:balikpapan", 2},  // the dateline place is kept too
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.query);
        SearchRequest request;
        request.query = c.query;
        EXPECT_EQ(searcher.search(request).total, c.total);
    }
}

// Documents with and without dates and rupiah amounts, articles and agreements.
void write_sort_documents(const std::filesystem::path& db) {
    IndexWriter writer(db, arsip::testing::analysis());
    auto with_amount = [](model::Document d, double value, const char* currency = "IDR") {
        d.entities.amounts.push_back({"", value, currency, {}});
        return d;
    };
    writer.write(with_amount(article("a-dated-big", "Misi dagang", {"Pelaku usaha bertemu."}, "2025-05-08"), 666e9));
    writer.write(with_amount(article("a-undated-small", "Misi dagang kecil", {"Pelaku usaha."}, ""), 5e6));
    writer.write(with_amount(article("a-dollars", "Misi dagang dolar", {"Pelaku usaha asing."}, "2024-03-01"), 100, "USD"));
    writer.write(article("a-undated-none", "Misi lain", {"Pelaku usaha lain bertemu."}, ""));
    writer.write(with_amount(article("a-old", "Misi dagang lama", {"Pelaku usaha dulu."}, "2023-01-01"), 2e9));
    writer.write(with_amount(agreement("mou-dated", 4), 1e9));
    auto undated = agreement("mou-undated", 3);
    undated.date.clear();
    writer.write(undated);
    writer.commit();
}

TEST(SearcherSortTest, EveryOrderPutsMissingValuesLast) {
    TempDir dir;
    write_sort_documents(dir.path());
    Searcher searcher(dir.path(), arsip::testing::analysis());
    for (const SearchMode mode : {SearchMode::Documents, SearchMode::Clauses}) {
        for (const std::string query : {"", "pelaku OR magang OR pembiayaan OR misi", "misi"}) {
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
                const auto result = searcher.search(request);
                ASSERT_EQ(result.hits.size(), result.total);
                arsip::testing::expect_sorted(result.hits, order);
                std::set<std::string> these;
                for (const auto& hit : result.hits) these.insert(hit.id);
                if (ids.empty()) ids = these;
                EXPECT_EQ(these, ids);
            }
        }
    }
    // The documents named in the order each sort gives them (a check of expect_sorted's own rules).
    const struct {
        SortOrder order;
        std::vector<std::string> ids;
    } orders[] = {
        {SortOrder::DateAscending, {"a-old", "mou-dated", "a-dollars", "a-dated-big"}},
        {SortOrder::DateDescending, {"a-dated-big", "a-dollars", "mou-dated", "a-old"}},
        {SortOrder::AmountDescending, {"a-dated-big", "a-old", "mou-dated", "a-undated-small"}},
    };
    for (const auto& o : orders) {
        SCOPED_TRACE(arsip::testing::order_name(o.order));
        SearchRequest request;
        request.sort = o.order;
        const auto result = searcher.search(request);
        ASSERT_EQ(result.total, 7u);
        for (std::size_t i = 0; i < o.ids.size(); ++i) EXPECT_EQ(result.hits[i].id, o.ids[i]) << i;
    }
}

TEST(SearcherRevisionTest, ReopenSeesANewCommitOnce) {
    TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        writer.write(article("a1", "Satu", {"pertama"}));
        writer.commit();
    }
    Searcher searcher(dir.path(), arsip::testing::analysis());
    const IndexStats before = searcher.stats();
    EXPECT_EQ(before.documents, 1u);
    EXPECT_EQ(before.clauses, 0u);
    EXPECT_FALSE(searcher.reopen());
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        writer.write(agreement("mou-1", 3));
        writer.commit();
    }
    EXPECT_EQ(searcher.stats().documents, 1u) << "the open revision until reopen()";
    EXPECT_TRUE(searcher.reopen());
    EXPECT_FALSE(searcher.reopen());
    const IndexStats after = searcher.stats();
    EXPECT_GT(after.revision, before.revision);
    EXPECT_EQ(after.documents, 2u);
    EXPECT_EQ(after.clauses, 3u);
}

TEST(SearcherOpenTest, MissingIndexIsAnIndexError) {
    EXPECT_THROW(Searcher("/nonexistent/arsip-index", arsip::testing::analysis()), IndexError);
}

}  // namespace
}  // namespace arsip::index
