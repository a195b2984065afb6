// Maps a request path to a file below the web root, refusing every way out of it: ".." and "."
// segments (also percent-encoded: the segments given are already decoded), segments holding '/'
// or '\' ("..%2fsecret"), empty segments ("//etc/passwd"), and symbolic links that resolve
// outside the root (std::filesystem::weakly_canonical, compared segment by segment).
// "/" and folders map to their index.html. Hidden files (a segment starting with '.') are missing.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace arsip::server {

enum class StaticLookup {
    Found,    // `file` is a regular file inside the root
    Missing,  // nothing there (or a link leading out of the root, which is not told apart)
    Refused,  // the path tries to leave the root or is not a plain relative path
};

struct StaticFile {
    StaticLookup lookup = StaticLookup::Missing;
    std::filesystem::path file;
    std::string reason;  // why it was refused
};

// `segments`: the decoded path segments (request_target.h), e.g. {"css", "style.css"}.
StaticFile resolve_static_file(const std::filesystem::path& root,
                               const std::vector<std::string>& segments);

// "text/html; charset=utf-8" for .html, ... "application/octet-stream" when unknown.
std::string content_type_for(const std::filesystem::path& file);

}  // namespace arsip::server
