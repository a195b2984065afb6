#include "server/request_target.h"

#include <gtest/gtest.h>

#include "model/errors.h"

namespace arsip::server {
namespace {

TEST(RequestTargetTest, SplitsAndDecodesPathSegments) {
    const struct {
        const char* target;
        std::vector<std::string> segments;
    } cases[] = {
        {"/", {""}},
        {"/health", {"health"}},
        {"/api/search?q=x", {"api", "search"}},
        {"/css/", {"css", ""}},
        {"/api/documents/mou-1%23pasal-5", {"api", "documents", "mou-1#pasal-5"}},
        {"/api/documents/a%2Fb/similar", {"api", "documents", "a/b", "similar"}},
        {"/%2e%2e/%2E%2E/etc/passwd", {"..", "..", "etc", "passwd"}},
        {"//etc/passwd", {"", "etc", "passwd"}},
        {"/a+b", {"a+b"}},  // '+' is a space only in the query string
        {"/caf%C3%A9", {"caf\xC3\xA9"}},
        {"http://localhost:8080/api/search?q=1", {"api", "search"}},
        {"http://localhost:8080", {""}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.target);
        EXPECT_EQ(parse_request_target(c.target).segments, c.segments);
    }
}

TEST(RequestTargetTest, DecodesQueryParametersInOrder) {
    const struct {
        const char* raw;
        QueryParameters expected;
    } cases[] = {
        {"q=misi+dagang&type=article&type=addendum",
         {{"q", "misi dagang"}, {"type", "article"}, {"type", "addendum"}}},
        {"q=%22kerja%20sama%22", {{"q", "\"kerja sama\""}}},
        {"q=a%26b%3Dc", {{"q", "a&b=c"}}},
        {"flag&&x=", {{"flag", ""}, {"x", ""}}},
        {"", {}},
        {"q=Rp1.500.000%2C00", {{"q", "Rp1.500.000,00"}}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.raw);
        EXPECT_EQ(parse_query_string(c.raw), c.expected);
    }
}

TEST(RequestTargetTest, RefusesBadEncodingNamingThePart) {
    const struct {
        const char* target;
        const char* named;
    } cases[] = {
        {"/api/search?q=%zz", "q: "}, {"/api/search?q=abc%2", "q: "},
        {"/api/search?q=%00", "q: "}, {"/api/search?q=%FF%FE", "q: "},  // not UTF-8
        {"/a%00b", "path: "},         {"/%C3", "path: "},
        {"api/search", "path: "},     {"*", "path: "},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.target);
        try {
            parse_request_target(c.target);
            ADD_FAILURE() << "accepted";
        } catch (const QueryError& e) {
            EXPECT_EQ(std::string(e.what()).rfind(c.named, 0), 0u) << e.what();
        }
    }
}

}  // namespace
}  // namespace arsip::server
