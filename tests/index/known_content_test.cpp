#include "index/known_content.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace arsip::index {
namespace {

std::array<std::uint8_t, 32> bytes_of(std::uint8_t first, std::uint8_t rest) {
    std::array<std::uint8_t, 32> out{};
    out.fill(rest);
    out[0] = first;
    return out;
}

TEST(KnownContentTest, ParsesHexHashesOnly) {
    const struct {
        std::string hex;
        std::optional<std::array<std::uint8_t, 32>> bytes;
        const char* context;
    } cases[] = {
        {"01" + std::string(62, 'f'), bytes_of(0x01, 0xff), "lower case"},
        {"0A" + std::string(62, 'B'), bytes_of(0x0a, 0xbb), "upper case"},
        {std::string(63, 'a'), std::nullopt, "63 digits"},
        {std::string(65, 'a'), std::nullopt, "65 digits"},
        {"hash-a1", std::nullopt, "not hex at all"},
        {"g" + std::string(63, 'a'), std::nullopt, "a letter past f"},
        {"", std::nullopt, "empty"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.context);
        EXPECT_EQ(KnownContent::parse_hash(c.hex), c.bytes);
    }
}

TEST(KnownContentTest, FindsTheIdOfEachHash) {
    const std::string a(64, 'a'), b = std::string(63, 'b') + "c", c(64, 'c');
    const KnownContent known({
        {*KnownContent::parse_hash(b), "second", {}, {}, {}},
        {*KnownContent::parse_hash(a), "first", {}, {}, {}},
        {*KnownContent::parse_hash(a), "a later copy", {}, {}, {}},
    });
    EXPECT_EQ(known.size(), 2u) << "a hash given twice is held once";
    const struct {
        std::string hash;
        std::optional<std::string_view> id;
        const char* context;
    } cases[] = {
        {a, "first", "the first id given for the hash"},
        {std::string(64, 'A'), "first", "the hash in upper case"},
        {b, "second", "given before the other"},
        {c, std::nullopt, "a hash no document has"},
        {"hash-a1", std::nullopt, "not a hash"},
        {a.substr(1), std::nullopt, "a hash cut short"},
    };
    for (const auto& k : cases) {
        SCOPED_TRACE(k.context);
        const KnownContent::Entry* entry = known.find(k.hash);
        EXPECT_EQ(entry ? std::optional<std::string_view>(entry->id) : std::nullopt, k.id);
    }
    EXPECT_EQ(KnownContent().find(a), nullptr) << "an empty table";
}

}  // namespace
}  // namespace arsip::index
