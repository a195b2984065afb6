// The five seed articles and their hand-made gold (data/eval/entities/seed-entities.json), for the
// entity tests that score against it.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace arsip::testing {

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline std::filesystem::path seed_gold_path() {
    return std::filesystem::path(ARSIP_TEST_SOURCE_DIR) / "data/eval/entities/seed-entities.json";
}

// Seed file name ("002_5aa8994172a9292b.txt") -> the article XML that holds its text (each
// article names its seed in its provenance comment).
inline std::map<std::string, std::filesystem::path> seed_articles() {
    std::map<std::string, std::filesystem::path> out;
    const std::filesystem::path dir =
        std::filesystem::path(ARSIP_TEST_SOURCE_DIR) / "data/corpus/articles";
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string xml = read_file(entry.path());
        const auto at = xml.find("seeds/");
        if (at == std::string::npos) continue;
        const auto end = xml.find(".txt", at);
        if (end == std::string::npos) continue;
        out[xml.substr(at + 6, end + 4 - at - 6)] = entry.path();
    }
    return out;
}

}  // namespace arsip::testing
