// Helpers shared by the xml/ tests.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>

#include "xml/xml_reader.h"

namespace arsip::xml::testing {

// tests/fixtures/<relative>. Built from ARSIP_TEST_SOURCE_DIR: ARSIP_TEST_FIXTURES_DIR is set
// from CMAKE_CURRENT_SOURCE_DIR inside arsip_add_test_program, so it names tests/xml/fixtures.
inline std::filesystem::path fixture(const std::string& relative) {
    return std::filesystem::path(ARSIP_TEST_SOURCE_DIR) / "tests" / "fixtures" / relative;
}

inline std::filesystem::path source_file(const std::string& relative) {
    return std::filesystem::path(ARSIP_TEST_SOURCE_DIR) / relative;
}

inline std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in.good()) << "cannot open " << path;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void write_bytes(const std::filesystem::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// `text` with the first occurrence of `from` replaced by `to`; fails the test when absent.
inline std::string replace_once(std::string text, std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << "not found: " << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

// The 1-based line of the first occurrence of `needle` in `text` (0 when absent).
inline int line_of(std::string_view text, std::string_view needle) {
    const auto at = text.find(needle);
    if (at == std::string_view::npos) return 0;
    int line = 1;
    for (std::size_t i = 0; i < at; ++i) line += text[i] == '\n' ? 1 : 0;
    return line;
}

// A fresh temporary directory, removed when the object goes.
class TempDir {
public:
    TempDir() {
        auto base = std::filesystem::temp_directory_path();
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        std::string stem = "arsip-xml-";
        if (info != nullptr) stem += std::string(info->test_suite_name()) + "-" + info->name();
        for (int i = 0;; ++i) {
            path_ = base / (stem + "-" + std::to_string(i));
            if (std::filesystem::create_directory(path_)) break;
        }
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace arsip::xml::testing
