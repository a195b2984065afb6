#include "server/searcher_pool.h"

#include <gtest/gtest.h>

#include "index/index_writer.h"
#include "model/errors.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::server {
namespace {

using arsip::testing::TempDir;

model::Document news(const std::string& id) {
    model::Document d;
    d.id = id;
    d.title = "Berita " + id;
    d.date = "2025-05-08";
    d.paragraphs = {"Pelaku usaha bertemu di Balikpapan."};
    d.content_hash = "hash-" + id;
    return d;
}

void write(const std::filesystem::path& db, const std::vector<std::string>& ids) {
    index::IndexWriter writer(db, arsip::testing::analysis());
    for (const auto& id : ids) writer.write(news(id));
    writer.commit();
}

TEST(SearcherPoolTest, AMissingIndexIsAnIndexErrorUntilItExists) {
    TempDir dir;
    SearcherPool pool(dir / "index", arsip::testing::analysis());
    EXPECT_THROW(pool.checkout(), IndexError);
    EXPECT_THROW(pool.checkout(), IndexError);  // tried again, not remembered
    write(dir / "index", {"a"});
    EXPECT_EQ(pool.checkout()->document_count(), 1u);
}

TEST(SearcherPoolTest, LeasesAreReusedAndSeeNewRevisions) {
    TempDir dir;
    write(dir / "index", {"a"});
    SearcherPool pool(dir / "index", arsip::testing::analysis());
    EXPECT_EQ(pool.idle(), 0u);
    {
        auto first = pool.checkout();
        auto second = pool.checkout();  // in use at once: two searchers
        EXPECT_EQ(first->document_count(), 1u);
        EXPECT_NE(&*first, &*second);
    }
    EXPECT_EQ(pool.idle(), 2u);
    write(dir / "index", {"b", "c"});
    auto again = pool.checkout();
    EXPECT_EQ(pool.idle(), 1u);
    EXPECT_EQ(again->document_count(), 3u);  // reopened at checkout
}

TEST(SearcherPoolTest, AnIndexThatGoesAwayIsOpenedAfresh) {
    TempDir dir;
    write(dir / "index", {"a"});
    SearcherPool pool(dir / "index", arsip::testing::analysis());
    { auto lease = pool.checkout(); }
    std::filesystem::remove_all(dir / "index");
    write(dir / "index", {"x", "y"});  // a new database in the same place
    EXPECT_EQ(pool.checkout()->document_count(), 2u);
}

}  // namespace
}  // namespace arsip::server
