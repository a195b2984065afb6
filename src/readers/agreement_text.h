// Small string helpers and patterns shared by the agreement reader (agreement_structure.cpp)
// and its party and signature parsing (agreement_parties.cpp). ASCII only: letters outside
// A-Z / a-z are left as they are.
#pragma once

#include <initializer_list>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace arsip::readers {

// True for 'A'..'Z'.
inline bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
// True for 'a'..'z'.
inline bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}

// `s` without leading and trailing white space (space, tab, CR, LF) or characters of `extra`.
std::string trim(std::string_view s, std::string_view extra = "");

// `s` with a-z turned to A-Z.
std::string upper(std::string_view s);

// `s` with A-Z turned to a-z.
std::string lower(std::string_view s);

// True when `s` has at least three upper-case letters and at most one lower-case per ten.
bool mostly_upper(std::string_view s);

// The comma-separated parts of `text`, trimmed, empty parts dropped.
std::vector<std::string> split_commas(const std::string& text);

// `text` up to the first of `stops` (matched case-insensitively), trimmed of " ,;:".
std::string cut_at(std::string_view text, std::initializer_list<std::string_view> stops);

// What follows the first (or, with `last`, the last) `key` in `text` (key in lower case,
// matched case-insensitively); empty when `key` is not there.
std::string after(std::string_view text, std::string_view key, bool last = false);

// "PIHAK KESATU" .. "PIHAK KELIMA"; group 1 is the ordinal.
const std::regex& role_re();

// A whole "Samarinda, 12 Januari 2024" line; group 1 is the place, group 2 the date.
const std::regex& place_date_re();

}  // namespace arsip::readers
