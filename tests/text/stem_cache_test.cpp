#include "text/stem_cache.h"

#include <gtest/gtest.h>

#include <string>

namespace arsip::text {
namespace {

TEST(StemCacheTest, FindsWhatWasInserted) {
    StemCache cache(100);
    EXPECT_FALSE(cache.find("menulis"));
    cache.insert("menulis", "tulis");
    cache.insert("penulisan", "tulis");
    cache.insert("buku", "buku");
    const struct {
        const char* key;
        const char* value;  // nullptr: not found
    } cases[] = {
        {"menulis", "tulis"}, {"penulisan", "tulis"}, {"buku", "buku"},
        {"menulisk", nullptr}, {"menuli", nullptr}, {"Menulis", nullptr}, {"", nullptr},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.key);
        const auto found = cache.find(c.key);
        ASSERT_EQ(found.has_value(), c.value != nullptr);
        if (c.value) {
            EXPECT_EQ(*found, c.value);
        }
    }
    EXPECT_EQ(cache.size(), 3u);
}

TEST(StemCacheTest, KeepsTheFirstValueOfAKey) {
    StemCache cache(10);
    cache.insert("kerja", "kerja");
    cache.insert("kerja", "lain");
    EXPECT_EQ(cache.find("kerja"), "kerja");
    EXPECT_EQ(cache.size(), 1u);
}

TEST(StemCacheTest, GrowsAndFindsEveryKey) {
    // Keys of every length from 1 to 40 bytes (the hash reads short and long keys differently),
    // enough of them to grow the table several times.
    StemCache cache(1 << 20);
    const int n = 50000;
    auto key = [](int i) { return std::to_string(i) + std::string(static_cast<std::size_t>(i % 40), 'a'); };
    for (int i = 0; i < n; ++i) cache.insert(key(i), "v" + std::to_string(i));
    EXPECT_EQ(cache.size(), static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const auto found = cache.find(key(i));
        ASSERT_TRUE(found) << key(i);
        EXPECT_EQ(*found, "v" + std::to_string(i));
    }
    EXPECT_FALSE(cache.find(key(n)));
}

TEST(StemCacheTest, EmptiesWhenFull) {
    StemCache cache(3);
    cache.insert("satu", "1");
    cache.insert("dua", "2");
    cache.insert("tiga", "3");
    EXPECT_EQ(cache.size(), 3u);
    cache.insert("empat", "4");  // full: emptied first
    EXPECT_EQ(cache.size(), 1u);
    EXPECT_FALSE(cache.find("satu"));
    EXPECT_EQ(cache.find("empat"), "4");
    cache.clear();
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_FALSE(cache.find("empat"));
}

TEST(StemCacheTest, StoresNothingItCannotHold) {
    StemCache cache(10);
    const std::string huge(StemCache::kMaxBytes + 1, 'a');
    cache.insert("", "kosong");
    cache.insert(huge, "a");
    cache.insert("a", huge);
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_FALSE(cache.find(huge));
    StemCache none(0);
    none.insert("kata", "kata");
    EXPECT_FALSE(none.find("kata"));
}

}  // namespace
}  // namespace arsip::text
