// Small ASCII scanning helpers shared by the one-pass extractors (amounts, dates). Internal to
// entities/.
#pragma once

#include <cstddef>
#include <string_view>

namespace arsip::entities::scan {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// No ASCII letter or digit before `pos`.
inline bool starts_token(std::string_view text, std::size_t pos) { return pos == 0 || !is_alnum(text[pos - 1]); }

// No ASCII letter or digit at `pos`.
inline bool ends_token(std::string_view text, std::size_t pos) { return pos >= text.size() || !is_alnum(text[pos]); }

// `word` (lower case) at `pos`, in any case, ending at a token boundary: its end, or npos.
inline std::size_t word_at(std::string_view text, std::size_t pos, std::string_view word) {
    if (pos > text.size() || text.size() - pos < word.size()) return std::string_view::npos;
    for (std::size_t k = 0; k < word.size(); ++k) {
        if (lower(text[pos + k]) != word[k]) return std::string_view::npos;
    }
    const std::size_t end = pos + word.size();
    return ends_token(text, end) ? end : std::string_view::npos;
}

// The end of the ASCII word or figure that contains `pos`.
inline std::size_t word_end(std::string_view text, std::size_t pos) {
    while (pos < text.size() && is_alnum(text[pos])) ++pos;
    return pos;
}

// One pass over a text of `size` bytes: calls `at(pos, next)` at each position, which returns
// an optional match and sets `next` past what it read; every match goes to `sink`.
template <typename At, typename Sink>
void each_match(std::size_t size, At&& at, Sink&& sink) {
    std::size_t i = 0;
    while (i < size) {
        std::size_t next = i + 1;
        if (auto found = at(i, next)) sink(*found);
        i = next > i ? next : i + 1;
    }
}

}  // namespace arsip::entities::scan
