#include "index/schema.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace arsip::index::schema {
namespace {

TEST(SchemaTermTest, ColonOnlyWhenXapianConventionAsksForIt) {
    const struct {
        std::string_view prefix, value, expected;
    } cases[] = {
        {kId, "Abc", "QAbc"},                    // one-letter prefix: never a colon
        {kType, "article", "XTYPEarticle"},      // lower-case value: no colon
        {kSource, "Seputar", "XSRC:Seputar"},    // upper-case first letter: colon
        {kSource, ":x", "XSRC::x"},              // value starting with ':'
        {kYear, "2025", "XYEAR2025"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.prefix) + " + " + std::string(c.value));
        EXPECT_EQ(term(c.prefix, c.value), c.expected);
    }
}

TEST(SchemaFieldsTest, NamesAreUniqueAndPrefixesAreSchemaPrefixes) {
    const std::set<std::string_view> prefixes{kTitle, kType, kYear, kSource, kPlace, kInstitution, kOfficial};
    std::set<std::string_view> names;
    for (const auto& field : kFields) {
        SCOPED_TRACE(std::string(field.name));
        EXPECT_TRUE(names.insert(field.name).second) << "duplicate field name";
        EXPECT_TRUE(prefixes.count(field.prefix)) << "prefix not in the schema";
        EXPECT_EQ(field.boolean, field.prefix != kTitle);
    }
}

TEST(SchemaFacetsTest, FacetsAreQueryFieldsWithTheirOwnSlots) {
    std::set<std::string_view> names;
    std::set<unsigned> slots{kDateSlot, kContentHashSlot, kParentIdSlot, kClauseOrderSlot, kLargestAmountSlot};
    for (const auto& facet : kFacets) {
        SCOPED_TRACE(std::string(facet.name));
        EXPECT_TRUE(names.insert(facet.name).second) << "duplicate facet name";
        EXPECT_TRUE(slots.insert(facet.slot).second) << "slot used twice";
        EXPECT_EQ(find_facet(facet.name), &facet);
        // The facet's English field name filters on the same prefix in a query.
        const auto field = std::find_if(kFields.begin(), kFields.end(), [&](const Field& f) { return f.name == facet.name; });
        ASSERT_NE(field, kFields.end());
        EXPECT_EQ(field->prefix, facet.prefix);
        EXPECT_TRUE(field->boolean);
        EXPECT_EQ(facet.multi_valued, facet.name != "type" && facet.name != "year");
    }
    EXPECT_EQ(find_facet("color"), nullptr);
    EXPECT_EQ(find_facet("Type"), nullptr);
}

}  // namespace
}  // namespace arsip::index::schema
