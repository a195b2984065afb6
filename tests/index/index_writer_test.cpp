#include "index/index_writer.h"

#include <gtest/gtest.h>

#include <fstream>

#include "index/searcher.h"
#include "index_test_documents.h"
#include "model/errors.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::index {
namespace {

using arsip::testing::agreement;
using arsip::testing::article;
using arsip::testing::TempDir;

std::size_t count_hits(const std::filesystem::path& db, const std::string& query, SearchMode mode) {
    Searcher searcher(db, arsip::testing::analysis());
    SearchRequest request;
    request.query = query;
    request.mode = mode;
    return searcher.search(request).total;
}

TEST(IndexWriterTest, RewritingTheSameDocumentsKeepsTheCount) {
    TempDir dir;
    const auto a = article("a1", "Misi dagang Kaltim", {"Transaksi mencapai Rp666 miliar."});
    const auto b = agreement("mou-1", 3);
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        EXPECT_EQ(writer.write(a), WriteOutcome::Added);
        EXPECT_EQ(writer.write(b), WriteOutcome::Added);
        writer.commit();
        EXPECT_EQ(writer.document_count(), 2u);
    }
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        EXPECT_EQ(writer.write(a), WriteOutcome::Unchanged);
        EXPECT_EQ(writer.write(b), WriteOutcome::Unchanged);
        writer.commit();
        EXPECT_EQ(writer.document_count(), 2u);
    }
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis(), {.batch_size = 10, .force = true});
        EXPECT_EQ(writer.write(a), WriteOutcome::Replaced);
        writer.commit();
        EXPECT_EQ(writer.document_count(), 2u);
    }
    EXPECT_EQ(count_hits(dir.path(), "", SearchMode::Clauses), 3u);
}

TEST(IndexWriterTest, ChangedDocumentReplacesItsClauses) {
    TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        writer.write(agreement("mou-1", 4));
        writer.commit();
    }
    EXPECT_EQ(count_hits(dir.path(), "jangka waktu", SearchMode::Clauses), 1u);
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        EXPECT_EQ(writer.write(agreement("mou-1", 2)), WriteOutcome::Replaced);
        writer.commit();
    }
    // Pasal 3 and 4 of the old version are gone with it.
    EXPECT_EQ(count_hits(dir.path(), "", SearchMode::Clauses), 2u);
    EXPECT_EQ(count_hits(dir.path(), "jangka waktu", SearchMode::Clauses), 0u);
}

TEST(IndexWriterTest, UncommittedBatchIsAbandonedButEarlierCommitsStay) {
    TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis(), {.batch_size = 100});
        writer.write(article("a1", "Satu", {"pertama"}));
        writer.commit();
        writer.write(article("a2", "Dua", {"kedua"}));
        // Destroyed without commit: as if the process died here.
    }
    Searcher searcher(dir.path(), arsip::testing::analysis());
    EXPECT_EQ(searcher.document_count(), 1u);
    EXPECT_TRUE(searcher.document("a1").has_value());
    EXPECT_FALSE(searcher.document("a2").has_value());
}

TEST(IndexWriterTest, FullBatchesAreCommittedAsTheyFill) {
    TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis(), {.batch_size = 2});
        for (int i = 0; i < 5; ++i) writer.write(article("a" + std::to_string(i), "Judul", {"isi"}));
        // Two full batches (4 documents) are committed; the fifth is not.
    }
    Searcher searcher(dir.path(), arsip::testing::analysis());
    EXPECT_EQ(searcher.document_count(), 4u);
}

TEST(IndexWriterTest, SecondWriterOnTheSameIndexIsRefusedClearly) {
    TempDir dir;
    IndexWriter first(dir.path(), arsip::testing::analysis());
    try {
        IndexWriter second(dir.path(), arsip::testing::analysis());
        FAIL() << "a second writer should be refused";
    } catch (const IndexError& e) {
        EXPECT_NE(std::string(e.what()).find("another process"), std::string::npos) << e.what();
    }
}

TEST(IndexWriterTest, MissingParentFoldersAreCreated) {
    TempDir dir;
    const auto db = dir / "var/archive/index";
    {
        IndexWriter writer(db, arsip::testing::analysis());
        writer.write(article("a1", "Judul", {"isi"}));
        writer.commit();
    }
    EXPECT_EQ(Searcher(db, arsip::testing::analysis()).document_count(), 1u);
}

TEST(IndexWriterTest, IndexPathThatIsAFileIsAnIndexError) {
    TempDir dir;
    const auto file = dir / "not-a-folder";
    { std::ofstream(file) << "x"; }
    EXPECT_THROW(IndexWriter writer(file, arsip::testing::analysis()), IndexError);
}

TEST(IndexWriterTest, DocumentWithoutIdIsRefused) {
    TempDir dir;
    IndexWriter writer(dir.path(), arsip::testing::analysis());
    model::Document d;
    d.source_path = "x.txt";
    EXPECT_THROW(writer.write(d), Error);
}

}  // namespace
}  // namespace arsip::index
