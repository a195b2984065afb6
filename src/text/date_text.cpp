#include "text/date_text.h"

#include <algorithm>
#include <cstdio>
#include <regex>

#include "text/number_words.h"

namespace arsip::text {
namespace {

bool is_leap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap(year)) return 29;
    return kDays[month - 1];
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

void skip_gap(std::string_view text, std::size_t& pos) {
    while (pos < text.size() &&
           (text[pos] == ' ' || text[pos] == ',' || text[pos] == '\t' || text[pos] == '\n'))
        ++pos;
}

// A number at pos: digits, or number words. Advances pos past it.
std::optional<std::int64_t> read_number(std::string_view text, std::size_t& pos) {
    if (pos < text.size() && is_digit(text[pos])) {
        std::size_t end = pos;
        while (end < text.size() && is_digit(text[end]) && end - pos < 6) ++end;
        if (end < text.size() && (is_digit(text[end]) || is_alpha(text[end]))) return std::nullopt;
        auto value = parse_number(text.substr(pos, end - pos));
        if (value) pos = end;
        return value;
    }
    auto match = match_number_words(text.substr(pos));
    if (!match) return std::nullopt;
    pos += match->length;
    return match->value;
}

bool skip_word(std::string_view lowered, std::size_t& pos, std::string_view word) {
    if (lowered.substr(pos, word.size()) != word) return false;
    std::size_t end = pos + word.size();
    if (end < lowered.size() && is_alpha(lowered[end])) return false;
    pos = end;
    return true;
}

}  // namespace

std::string CivilDate::iso() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

std::optional<CivilDate> make_date(int year, int month, int day) {
    if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
    if (day > days_in_month(year, month)) return std::nullopt;
    return CivilDate{year, month, day};
}

std::optional<CivilDate> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int parts[3] = {0, 0, 0};
    std::size_t starts[3] = {0, 5, 8};
    std::size_t lengths[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i) {
        for (std::size_t k = 0; k < lengths[i]; ++k) {
            char c = text[starts[i] + k];
            if (!is_digit(c)) return std::nullopt;
            parts[i] = parts[i] * 10 + (c - '0');
        }
    }
    return make_date(parts[0], parts[1], parts[2]);
}

std::optional<DateMatch> find_date(std::string_view text) {
    static const std::regex kPattern(
        R"((^|[^0-9])([0-9]{1,2})\s+([A-Za-z]{3,9})\.?\s+([0-9]{4})(?![0-9]))");
    std::string owned(text);
    for (auto it = std::sregex_iterator(owned.begin(), owned.end(), kPattern);
         it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        auto month = parse_month(m.str(3));
        if (!month) continue;
        auto date = make_date(std::stoi(m.str(4)), *month, std::stoi(m.str(2)));
        if (!date) continue;
        auto begin = static_cast<std::size_t>(m.position(2));
        auto end = static_cast<std::size_t>(m.position(4) + m.length(4));
        return DateMatch{*date, begin, end};
    }
    return std::nullopt;
}

std::optional<DateMatch> find_written_date(std::string_view text) {
    const std::string lowered = ascii_lower(text);
    std::size_t from = 0;
    while (true) {
        std::size_t at = lowered.find("tanggal", from);
        if (at == std::string::npos) return std::nullopt;
        from = at + 1;
        if (at > 0 && is_alpha(lowered[at - 1])) continue;
        std::size_t pos = at;
        if (!skip_word(lowered, pos, "tanggal")) continue;
        skip_gap(text, pos);
        auto day = read_number(text, pos);
        if (!day) continue;
        skip_gap(text, pos);
        if (skip_word(lowered, pos, "bulan")) skip_gap(text, pos);
        std::size_t month_end = pos;
        while (month_end < text.size() && is_alpha(text[month_end])) ++month_end;
        auto month = parse_month(text.substr(pos, month_end - pos));
        if (!month) continue;
        pos = month_end;
        if (pos < text.size() && text[pos] == '.') ++pos;
        skip_gap(text, pos);
        if (skip_word(lowered, pos, "tahun")) skip_gap(text, pos);
        auto year = read_number(text, pos);
        if (!year || *day > 31 || *year > 9999) continue;
        auto date = make_date(static_cast<int>(*year), *month, static_cast<int>(*day));
        if (!date) continue;
        return DateMatch{*date, at, pos};
    }
}

CivilDate add_months(const CivilDate& date, int months) {
    int index = date.year * 12 + (date.month - 1) + months;
    CivilDate out;
    out.year = index / 12;
    out.month = index % 12 + 1;
    out.day = std::min(date.day, days_in_month(out.year, out.month));
    return out;
}

}  // namespace arsip::text
