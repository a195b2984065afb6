#include "index/schema.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace arsip::index::schema
