// The request target ("/api/documents/a%23pasal-1?size=5") split into decoded path segments and
// decoded query parameters. Percent-decoding is strict: a bad escape, a NUL byte or invalid
// UTF-8 is a QueryError naming "path" or the parameter.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace arsip::server {

// Name/value pairs in the order given; a name may repeat.
using QueryParameters = std::vector<std::pair<std::string, std::string>>;

struct RequestTarget {
    std::string raw;  // as received
    // Decoded segments of the path: "/" -> {""}; "/api/search" -> {"api", "search"};
    // "/docs/" -> {"docs", ""}; "/a%2Fb" -> {"a/b"} (a decoded '/' stays inside its segment).
    std::vector<std::string> segments;
    QueryParameters query;
};

// Accepts origin-form ("/path?query") and absolute-form ("http://host/path?query") targets.
// Throws QueryError for anything else or for bad encoding.
RequestTarget parse_request_target(std::string_view target);

// "a=1&b=x+y&c" -> {{"a","1"},{"b","x y"},{"c",""}}; '+' is a space.
QueryParameters parse_query_string(std::string_view raw);

// Percent-decodes `text` ('+' as a space when plus_is_space); `what` names the part for errors.
std::string percent_decode(std::string_view text, bool plus_is_space, std::string_view what);

}  // namespace arsip::server
