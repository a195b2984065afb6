#include "ingest/content_hash.h"

#include <gtest/gtest.h>

namespace arsip::ingest {
namespace {

TEST(ContentHashTest, KnownSha256Values) {
    const struct {
        std::string input;
        const char* hex;
    } cases[] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.input);
        EXPECT_EQ(sha256_hex(c.input), c.hex);
    }
}

TEST(ContentHashTest, EmbeddedNulBytesCount) {
    EXPECT_NE(sha256_hex(std::string("a\0b", 3)), sha256_hex("ab"));
}

}  // namespace
}  // namespace arsip::ingest
