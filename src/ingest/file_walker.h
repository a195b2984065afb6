// Which files an `arsip-index` run reads: the files named, and the files below the folders
// named, with a supported extension, in a stable (sorted) order.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace arsip::ingest {

struct WalkProblem {
    std::filesystem::path path;
    std::string reason;
};

struct WalkResult {
    // As strings: a million std::filesystem::path objects, each with its parsed components,
    // take half a gigabyte; these take a fifth of that.
    std::vector<std::string> files;
    std::vector<WalkProblem> problems;  // inputs that do not exist or cannot be read
};

// True for .xml, .pdf and .txt (any letter case).
bool is_supported_file(const std::filesystem::path& path);

// Files named explicitly are taken whatever their extension (the loader then says why it cannot
// read one); inside folders only supported files are taken, and hidden files and folders
// (a leading '.') are skipped. Each file appears once.
WalkResult walk_inputs(const std::vector<std::filesystem::path>& inputs);

}  // namespace arsip::ingest
