#include "server/request_target.h"

#include "model/errors.h"
#include "readers/text_reader.h"

namespace arsip::server {
namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string fail_prefix(std::string_view what) {
    std::string out(what);
    out.append(": ");
    return out;
}

}  // namespace

std::string percent_decode(std::string_view text, bool plus_is_space, std::string_view what) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            const bool complete = i + 2 < text.size();
            const int high = complete ? hex_digit(text[i + 1]) : -1;
            const int low = complete ? hex_digit(text[i + 2]) : -1;
            if (high < 0 || low < 0) {
                throw QueryError(fail_prefix(what) + "a '%' must be followed by two hex digits");
            }
            out.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        } else if (c == '+' && plus_is_space) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    if (out.find('\0') != std::string::npos) {
        throw QueryError(fail_prefix(what) + "NUL bytes are not allowed");
    }
    std::size_t bad = 0;
    if (!readers::is_valid_utf8(out, bad)) {
        throw QueryError(fail_prefix(what) + "not valid UTF-8 (byte " + std::to_string(bad) + ")");
    }
    return out;
}

QueryParameters parse_query_string(std::string_view raw) {
    QueryParameters out;
    std::size_t start = 0;
    while (start <= raw.size()) {
        std::size_t end = raw.find('&', start);
        if (end == std::string_view::npos) end = raw.size();
        const std::string_view pair = raw.substr(start, end - start);
        if (!pair.empty()) {
            const std::size_t eq = pair.find('=');
            std::string name = percent_decode(pair.substr(0, eq), true, "query string");
            const std::string_view value =
                eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
            std::string decoded = percent_decode(value, true, name.empty() ? "query string" : name);
            out.emplace_back(std::move(name), std::move(decoded));
        }
        start = end + 1;
    }
    return out;
}

RequestTarget parse_request_target(std::string_view target) {
    RequestTarget out;
    out.raw = std::string(target);
    std::string_view rest = target;
    // Absolute-form (RFC 9112 3.2.2): drop the scheme and authority.
    if (const std::size_t scheme = rest.find("://");
        scheme != std::string_view::npos && rest.find('/') > scheme) {
        const std::size_t path = rest.find_first_of("/?", scheme + 3);
        rest = path == std::string_view::npos ? std::string_view("/") : rest.substr(path);
    }
    if (rest.empty() || rest.front() != '/') {
        throw QueryError("path: the request target must start with '/'");
    }
    const std::size_t question = rest.find('?');
    std::string_view path = rest.substr(0, question);
    if (question != std::string_view::npos)
        out.query = parse_query_string(rest.substr(question + 1));
    if (const std::size_t hash = path.find('#'); hash != std::string_view::npos) {
        path = path.substr(0, hash);  // a fragment is never sent, but be safe
    }
    std::size_t start = 1;
    while (true) {
        const std::size_t slash = path.find('/', start);
        const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
        out.segments.push_back(percent_decode(path.substr(start, end - start), false, "path"));
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return out;
}

}  // namespace arsip::server
