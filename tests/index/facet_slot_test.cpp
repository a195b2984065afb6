#include "index/facet_slot.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace arsip::index {
namespace {

std::vector<std::string> decode(const schema::Facet& facet, const std::string& encoded) {
    std::vector<std::string> out;
    for_each_facet_value(facet, encoded, [&](std::string_view v) { out.emplace_back(v); });
    return out;
}

const schema::Facet& facet(std::string_view name) { return *schema::find_facet(name); }

TEST(FacetSlotTest, ValuesComeBackSortedAndWhole) {
    const std::string long_value(200, 'x');
    const struct {
        const char* facet;
        std::set<std::string> values;
        std::vector<std::string> expected;
    } cases[] = {
        {"place", {}, {}},
        {"place", {"samarinda", "kalimantan timur"}, {"kalimantan timur", "samarinda"}},
        // Bytes a separator-based encoding would trip over are just bytes.
        {"official", {"a\x1f" "b", "c,d;e", "mas'ud"}, {"a\x1f" "b", "c,d;e", "mas'ud"}},
        {"institution", {long_value, "z"}, {long_value, "z"}},
        {"type", {"article"}, {"article"}},
        {"year", {}, {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.facet + std::string(" with ") + std::to_string(c.values.size()) + " values");
        EXPECT_EQ(decode(facet(c.facet), encode_facet_values(facet(c.facet), c.values)), c.expected);
    }
    EXPECT_EQ(encode_facet_values(facet("year"), {"2025"}), "2025");  // single-valued: the value itself
}

TEST(FacetSlotTest, TruncatedSlotYieldsTheWholeValuesOnly) {
    const std::string encoded = encode_facet_values(facet("place"), {"bontang", "samarinda"});
    EXPECT_EQ(decode(facet("place"), encoded.substr(0, encoded.size() - 1)), std::vector<std::string>{"bontang"});
    EXPECT_TRUE(decode(facet("place"), std::string(1, '\0')).empty());
}

}  // namespace
}  // namespace arsip::index
