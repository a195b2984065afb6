#include "server/static_files.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <system_error>

namespace arsip::server {
namespace {

namespace fs = std::filesystem;

StaticFile refused(std::string reason) {
    StaticFile out;
    out.lookup = StaticLookup::Refused;
    out.reason = std::move(reason);
    return out;
}

// True when `path` is `root` or below it (both canonical).
bool is_within(const fs::path& root, const fs::path& path) {
    auto r = root.begin();
    auto p = path.begin();
    for (; r != root.end(); ++r, ++p) {
        if (r->empty()) continue;  // a trailing separator of the root
        if (p == path.end() || *r != *p) return false;
    }
    return true;
}

}  // namespace

StaticFile resolve_static_file(const fs::path& root, const std::vector<std::string>& segments) {
    fs::path relative;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::string& segment = segments[i];
        if (segment.empty()) {
            if (i + 1 == segments.size()) break;  // a trailing '/': the folder itself
            return refused("path: empty segments ('//') are not allowed");
        }
        if (segment == "." || segment == "..") {
            return refused("path: '.' and '..' segments are not allowed");
        }
        if (segment.find_first_of("/\\") != std::string::npos) {
            return refused("path: an encoded '/' or '\\' is not allowed");
        }
        if (segment.front() == '.') return {};  // hidden files (.git, .env) are never served
        relative /= segment;
    }
    std::error_code ec;
    const fs::path base = fs::canonical(root, ec);
    if (ec) return {};
    fs::path file = fs::weakly_canonical(base / relative, ec);
    if (ec || !is_within(base, file)) return {};
    if (fs::is_directory(file, ec)) {
        file = fs::weakly_canonical(file / "index.html", ec);
        if (ec || !is_within(base, file)) return {};
    }
    if (!fs::is_regular_file(file, ec)) return {};
    StaticFile out;
    out.lookup = StaticLookup::Found;
    out.file = file;
    return out;
}

std::string content_type_for(const fs::path& file) {
    struct Type {
        std::string_view extension;
        std::string_view type;
    };
    static constexpr std::array<Type, 14> kTypes{{
        {".html", "text/html; charset=utf-8"},
        {".htm", "text/html; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"},
        {".json", "application/json; charset=utf-8"},
        {".txt", "text/plain; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".jpg", "image/jpeg"},
        {".jpeg", "image/jpeg"},
        {".ico", "image/x-icon"},
        {".woff2", "font/woff2"},
        {".webmanifest", "application/manifest+json"},
    }};
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const auto& t : kTypes) {
        if (t.extension == extension) return std::string(t.type);
    }
    return "application/octet-stream";
}

}  // namespace arsip::server
