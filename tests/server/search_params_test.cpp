#include "server/search_params.h"

#include <gtest/gtest.h>

#include "model/errors.h"

namespace arsip::server {
namespace {

index::SearchRequest parse(const std::string& raw) {
    return parse_search_request(parse_query_string(raw));
}

TEST(SearchParamsTest, DefaultsFollowTheApi) {
    const index::SearchRequest r = parse("");
    EXPECT_EQ(r.query, "");
    EXPECT_TRUE(r.filters.empty());
    EXPECT_EQ(r.offset, 0u);
    EXPECT_EQ(r.size, 10u);
    EXPECT_EQ(r.facet_limit, 10u);
    EXPECT_EQ(r.sort, index::SortOrder::Relevance);
    EXPECT_EQ(r.mode, index::SearchMode::Documents);
    EXPECT_FALSE(r.amount_min);
    EXPECT_FALSE(r.amount_max);
    EXPECT_TRUE(r.date_from.empty());
}

TEST(SearchParamsTest, ReadsGoodParameters) {
    const index::SearchRequest r = parse(
        "q=misi+dagang&type=article&type=nota-kesepahaman&year=2025&institution=Universitas+"
        "Mulawarman"
        "&date_from=2025-01-01&date_to=2025-12-31&amount_min=1000000&amount_max=666000000000"
        "&sort=-date&page=3&size=20&mode=clauses&facet_limit=50");
    EXPECT_EQ(r.query, "misi dagang");
    const std::map<std::string, std::vector<std::string>> filters{
        {"type", {"article", "nota-kesepahaman"}},
        {"year", {"2025"}},
        {"institution", {"Universitas Mulawarman"}},
    };
    EXPECT_EQ(r.filters, filters);
    EXPECT_EQ(r.date_from, "2025-01-01");
    EXPECT_EQ(r.date_to, "2025-12-31");
    EXPECT_EQ(r.amount_min, 1000000.0);
    EXPECT_EQ(r.amount_max, 666000000000.0);
    EXPECT_EQ(r.sort, index::SortOrder::DateDescending);
    EXPECT_EQ(r.offset, 40u);
    EXPECT_EQ(r.size, 20u);
    EXPECT_EQ(r.mode, index::SearchMode::Clauses);
    EXPECT_EQ(r.facet_limit, 50u);
}

TEST(SearchParamsTest, NamesEachSortAndMode) {
    const struct {
        const char* value;
        index::SortOrder sort;
    } sorts[] = {{"relevance", index::SortOrder::Relevance},
                 {"date", index::SortOrder::DateAscending},
                 {"-date", index::SortOrder::DateDescending},
                 {"amount", index::SortOrder::AmountDescending}};
    for (const auto& s : sorts) {
        SCOPED_TRACE(s.value);
        EXPECT_EQ(parse(std::string("sort=") + s.value).sort, s.sort);
        EXPECT_EQ(sort_name(s.sort), s.value);
    }
    EXPECT_EQ(mode_name(index::SearchMode::Clauses), "clauses");
    EXPECT_EQ(mode_name(index::SearchMode::Documents), "documents");
}

TEST(SearchParamsTest, EmptyOptionalValuesAreAbsent) {
    const index::SearchRequest r = parse("q=&type=&date_from=&amount_min=&sort=&mode=");
    EXPECT_TRUE(r.filters.empty());
    EXPECT_TRUE(r.date_from.empty());
    EXPECT_FALSE(r.amount_min);
}

TEST(SearchParamsTest, BadParametersAreNamed) {
    const struct {
        const char* raw;
        const char* named;
    } cases[] = {
        {"size=abc", "size: "},
        {"size=0", "size: "},
        {"size=101", "size: "},
        {"size=1000", "size: "},
        {"size=-5", "size: "},
        {"size=10.5", "size: "},
        {"size=99999999999999999999999", "size: "},
        {"page=0", "page: "},
        {"page=x", "page: "},
        {"page=100001", "page: "},
        {"facet_limit=0", "facet_limit: "},
        {"facet_limit=101", "facet_limit: "},
        {"mode=pasal", "mode: "},
        {"sort=xyz", "sort: "},
        {"sort=DATE", "sort: "},
        {"date_from=2025-13-01", "date_from: "},
        {"date_from=2025-02-30", "date_from: "},
        {"date_to=2025-5-8", "date_to: "},
        {"date_to=08-05-2025", "date_to: "},
        {"date_from=2025-06-01&date_to=2025-05-01", "date_from: "},
        {"amount_min=12a", "amount_min: "},
        {"amount_min=1.5", "amount_min: "},
        {"amount_max=-1", "amount_max: "},
        {"amount_max=1234567890123456789", "amount_max: "},
        {"amount_min=10&amount_max=5", "amount_min: "},
        {"type=xyz", "type: "},
        {"year=25", "year: "},
        {"q=a&q=b", "q: "},
        {"size=5&size=6", "size: "},
        {"foo=1", "foo: "},
        {"format=csv", "format: "},  // export's own parameter, not search's
        {"=1", "query string: "},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.raw);
        try {
            parse(c.raw);
            ADD_FAILURE() << "accepted";
        } catch (const QueryError& e) {
            EXPECT_EQ(std::string(e.what()).rfind(c.named, 0), 0u) << e.what();
        }
    }
}

TEST(SearchParamsTest, EndpointParametersAreAllowedWhenNamed) {
    const QueryParameters query = parse_query_string("q=x&format=json");
    EXPECT_NO_THROW(parse_search_request(query, {"format"}));
    EXPECT_EQ(single_parameter(query, "format"), "json");
    EXPECT_EQ(single_parameter(query, "prefix"), std::nullopt);
}

TEST(SearchParamsTest, SizeParameterChecksItsRange) {
    const struct {
        const char* raw;
        std::size_t expected;  // 0: refused
    } cases[] = {{"", 5},        {"size=1", 1}, {"size=50", 50},
                 {"size=51", 0}, {"size=", 0},  {"size=+3", 0}};
    for (const auto& c : cases) {
        SCOPED_TRACE(c.raw);
        const QueryParameters query = parse_query_string(c.raw);
        if (c.expected == 0) {
            EXPECT_THROW(size_parameter(query, "size", 1, 50, 5), QueryError);
        } else {
            EXPECT_EQ(size_parameter(query, "size", 1, 50, 5), c.expected);
        }
    }
}

TEST(SearchParamsTest, UnknownNamesAreRefused) {
    EXPECT_NO_THROW(check_parameter_names(parse_query_string("size=3"), {"size"}));
    EXPECT_THROW(check_parameter_names(parse_query_string("size=3&x=1"), {"size"}), QueryError);
    EXPECT_THROW(check_parameter_names(parse_query_string("x"), {}), QueryError);
}

}  // namespace
}  // namespace arsip::server
