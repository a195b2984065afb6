#include "text/data_file.h"

#include <gtest/gtest.h>

#include <vector>

#include "model/errors.h"

namespace arsip::text {
namespace {

TEST(DataFileTest, LinesComeWithTheirNumbers) {
    const struct {
        const char* text;
        std::vector<std::string> lines;
    } cases[] = {
        {"a\nb\n", {"1:a", "2:b"}},
        {"a\r\n\r\nc", {"1:a", "2:", "3:c"}},  // CRLF, an empty line, no final newline
        {"", {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        std::vector<std::string> seen;
        for_each_line(c.text, [&](int n, std::string_view line) { seen.push_back(std::to_string(n) + ":" + std::string(line)); });
        EXPECT_EQ(seen, c.lines);
    }
}

TEST(DataFileTest, MissingFileIsAnInputErrorNamingIt) {
    try {
        read_data_file("/nonexistent/stopwords.txt", "stopword file");
        FAIL() << "expected an error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "/nonexistent/stopwords.txt");
        EXPECT_NE(std::string(e.what()).find("cannot read stopword file"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace arsip::text
