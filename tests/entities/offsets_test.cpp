#include "entities/offsets.h"

#include <gtest/gtest.h>

namespace arsip::entities {
namespace {

TEST(CodePointsTest, ByteOffsetsBecomeCodePointOffsets) {
    // Bytes: "Rudy Mas" 0-7, ’ 8-10, "ud " 11-13, — 14-16, " Rp666" 17-22 (23 bytes, 19 code points).
    const std::string text = "Rudy Mas\u2019ud \u2014 Rp666";
    const CodePoints points(text);
    const struct {
        std::size_t byte;
        std::size_t code_point;
    } cases[] = {
        {0, 0}, {5, 5}, {8, 8}, {9, 8}, {10, 8}, {11, 9}, {13, 11}, {14, 12}, {17, 13}, {18, 14}, {text.size(), 19},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.byte);
        EXPECT_EQ(points.at(c.byte), c.code_point);
    }
    EXPECT_EQ(points.mention(18, 23), (model::Mention{14, 19}));  // "Rp666"
}

TEST(CodePointsTest, EmptyText) {
    const CodePoints points("");
    EXPECT_EQ(points.at(0), 0u);
    EXPECT_EQ(points.at(5), 0u);
}

}  // namespace
}  // namespace arsip::entities
