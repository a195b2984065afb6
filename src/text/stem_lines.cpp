#include "text/stem_lines.h"

#include <unicode/unistr.h>

#include <istream>
#include <ostream>
#include <string>
#include <string_view>

namespace arsip::text {

namespace {

std::string_view trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

bool is_lower_ascii(std::string_view s) {
    for (const char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'A' && c <= 'Z')) return false;
    }
    return true;
}

}  // namespace

void stem_lines(std::istream& in, std::ostream& out, IndonesianStemmer& stemmer) {
    std::string line;
    std::string folded;
    while (std::getline(in, line)) {
        const auto word = trim(line);
        if (word.empty()) continue;
        std::string_view lower = word;
        if (!is_lower_ascii(word)) {
            folded.clear();
            icu::UnicodeString::fromUTF8(
                icu::StringPiece(word.data(), static_cast<int32_t>(word.size())))
                .foldCase()
                .toUTF8String(folded);
            lower = folded;
        }
        out << lower << '\t' << stemmer.stem(lower) << '\n';
    }
}

}  // namespace arsip::text
