#include "index/facet_value.h"

#include <gtest/gtest.h>

namespace arsip::index {
namespace {

TEST(FacetValueTest, FoldsCaseAndSpace) {
    const struct {
        const char* in;
        const char* out;
    } cases[] = {
        {"Pemerintah Provinsi  Kalimantan Timur", "pemerintah provinsi kalimantan timur"},
        {"  Seputar-ikn.com\n", "seputar-ikn.com"},
        {"RUDY MAS'UD", "rudy mas'ud"},
        {"Rudy Mas\u2019ud", "rudy mas'ud"},  // typographic apostrophe
        {"ÉCOLE Straße", "école strasse"},  // Unicode case folding, not ASCII lower-casing
        {"   ", ""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.in);
        EXPECT_EQ(normalise_facet_value(c.in), c.out);
    }
}

TEST(FacetValueTest, LongValuesAreCutOnACharacterBoundary) {
    std::string long_value;
    for (int i = 0; i < 150; ++i) long_value += "é";  // 2 bytes each
    const std::string out = normalise_facet_value(long_value);
    EXPECT_LE(out.size(), kMaxFacetValueBytes);
    EXPECT_EQ(out.size() % 2, 0u);
}

}  // namespace
}  // namespace arsip::index
