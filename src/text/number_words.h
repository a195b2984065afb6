// Indonesian number words and month names.
//
//   parse_number_words("dua ribu dua puluh empat") == 2024
//   parse_number_words("sebelas") == 11, ("seratus") == 100, ("sejuta") == 1000000
//   match_number_words("dua belas bulan Januari") == {12, 9}   (value, bytes consumed)
//   parse_month("Agt") == 8, parse_month("Nopember") == 11
//
// Matching is case-insensitive and ASCII only (the words have no other letters). Words are
// separated by spaces, tabs, newlines or hyphens ("dua-belas"). Scale words must come in
// decreasing order ("dua ratus ribu" but not "ribu dua ratus ribu"); amounts up to
// triliun (10^12) and sums that fit in int64.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace arsip::text {

// The whole of `words` is one number phrase; std::nullopt otherwise (including empty input).
std::optional<std::int64_t> parse_number_words(std::string_view words);

struct NumberWordsMatch {
    std::int64_t value = 0;
    std::size_t length = 0;  // bytes of `text` the phrase covers, up to the end of its last word
};

// The longest number phrase at the very start of `text` (no leading spaces skipped);
// std::nullopt when `text` does not start with a number word. Stops before a word that is not
// a number word or that cannot continue the phrase ("dua belas tiga" matches "dua belas").
// A number word must end at a word boundary ("duanya" does not match "dua").
std::optional<NumberWordsMatch> match_number_words(std::string_view text);

// Decimal digits ("12", "2024"; dots as thousands separators "1.500" allowed) or number
// words; the whole string must be the number. Surrounding spaces are ignored.
std::optional<std::int64_t> parse_number(std::string_view text);

// Month names, Indonesian and English, full or abbreviated, a trailing dot allowed:
// "Januari", "Jan", "Jan.", "Pebruari", "Agustus", "Agu", "Agt", "Ags", "Des", "Nopember",
// "Nop", "Okt", "October". Returns 1..12, or std::nullopt.
std::optional<int> parse_month(std::string_view name);

// Indonesian name of month 1..12 ("Januari"); empty for anything else.
std::string_view month_name(int month);

}  // namespace arsip::text
