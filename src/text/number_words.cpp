#include "text/number_words.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <utility>

namespace arsip::text {
namespace {

enum class WordKind { Unit, Belas, Puluh, Ratus, Big };

struct NumberWord {
    std::string_view word;
    WordKind kind;
    std::int64_t value;  // the unit for Unit, the scale for Big; the implied unit for se- words
    bool se = false;     // "sebelas", "seratus", ...: satu + the multiplier
};

constexpr std::int64_t kRibu = 1000;
constexpr std::int64_t kJuta = 1000 * kRibu;
constexpr std::int64_t kMiliar = 1000 * kJuta;
constexpr std::int64_t kTriliun = 1000 * kMiliar;

constexpr std::array<NumberWord, 26> kWords{{
    {"nol", WordKind::Unit, 0},
    {"satu", WordKind::Unit, 1},
    {"dua", WordKind::Unit, 2},
    {"tiga", WordKind::Unit, 3},
    {"empat", WordKind::Unit, 4},
    {"lima", WordKind::Unit, 5},
    {"enam", WordKind::Unit, 6},
    {"tujuh", WordKind::Unit, 7},
    {"delapan", WordKind::Unit, 8},
    {"sembilan", WordKind::Unit, 9},
    {"belas", WordKind::Belas, 0},
    {"puluh", WordKind::Puluh, 0},
    {"ratus", WordKind::Ratus, 0},
    {"ribu", WordKind::Big, kRibu},
    {"juta", WordKind::Big, kJuta},
    {"miliar", WordKind::Big, kMiliar},
    {"milyar", WordKind::Big, kMiliar},
    {"triliun", WordKind::Big, kTriliun},
    {"sebelas", WordKind::Belas, 0, true},
    {"sepuluh", WordKind::Puluh, 0, true},
    {"seratus", WordKind::Ratus, 0, true},
    {"seribu", WordKind::Big, kRibu, true},
    {"sejuta", WordKind::Big, kJuta, true},
    {"semiliar", WordKind::Big, kMiliar, true},
    {"semilyar", WordKind::Big, kMiliar, true},
    {"setriliun", WordKind::Big, kTriliun, true},
}};

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

constexpr std::size_t kLongestWord = [] {
    std::size_t longest = 0;
    for (const NumberWord& entry : kWords) longest = std::max(longest, entry.word.size());
    return longest;
}();

// The entry `word` (any case) is, or none. The amount scanner asks this of every word of a
// text, and most are longer than any number word: no copy, and lengths compared first.
const NumberWord* find_word(std::string_view word) {
    if (word.size() > kLongestWord) return nullptr;
    for (const NumberWord& entry : kWords) {
        if (entry.word.size() != word.size()) continue;
        std::size_t i = 0;
        while (i < word.size() && lower(word[i]) == entry.word[i]) ++i;
        if (i == word.size()) return &entry;
    }
    return nullptr;
}

// The phrase read so far. Levels inside a group below a thousand: 4 nothing yet, 3 after ratus,
// 2 after puluh, 1 after belas or a final unit.
struct State {
    std::int64_t total = 0;
    std::int64_t group = 0;
    int current = -1;  // pending unit word, -1 when none
    int level = 4;
    std::int64_t last_big = std::numeric_limits<std::int64_t>::max();
    bool zero = false;  // "nol": nothing may follow
    bool any = false;

    std::int64_t value() const { return total + group + (current > 0 ? current : 0); }

    bool unit(int u) {
        if (zero || current != -1 || level <= 1) return false;
        if (u == 0) {
            if (any) return false;
            zero = true;
        }
        current = u;
        any = true;
        return true;
    }

    bool small(WordKind kind) {
        if (zero || current < 1) return false;
        int needed = kind == WordKind::Ratus ? 3 : kind == WordKind::Puluh ? 2 : 1;
        if (level <= needed) return false;
        if (kind == WordKind::Ratus) {
            group += current * 100;
            level = 3;
        } else if (kind == WordKind::Puluh) {
            group += current * 10;
            level = 2;
        } else {
            group += 10 + current;
            level = 1;
        }
        current = -1;
        return true;
    }

    bool big(std::int64_t scale) {
        if (zero) return false;
        std::int64_t g = group + (current > 0 ? current : 0);
        if (g == 0 || scale >= last_big) return false;
        total += g * scale;
        last_big = scale;
        group = 0;
        current = -1;
        level = 4;
        return true;
    }

    bool apply(const NumberWord& word) {
        if (word.se) {
            if (!unit(1)) return false;
        }
        switch (word.kind) {
            case WordKind::Unit:
                return unit(static_cast<int>(word.value));
            case WordKind::Belas:
            case WordKind::Puluh:
            case WordKind::Ratus:
                return small(word.kind);
            case WordKind::Big:
                return big(word.value);
        }
        return false;
    }
};

bool is_separator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() &&
           (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

}  // namespace

std::optional<NumberWordsMatch> match_number_words(std::string_view text) {
    State state;
    std::size_t matched = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t start = pos;
        std::size_t end = start;
        while (end < text.size() && is_letter(text[end])) ++end;
        if (end == start || (end < text.size() && is_digit(text[end]))) break;
        const NumberWord* word = find_word(text.substr(start, end - start));
        if (word == nullptr) break;
        State next = state;
        if (!next.apply(*word)) break;
        state = next;
        matched = end;
        pos = end;
        while (pos < text.size() && is_separator(text[pos])) ++pos;
    }
    if (!state.any) return std::nullopt;
    return NumberWordsMatch{state.value(), matched};
}

std::optional<std::int64_t> parse_number_words(std::string_view words) {
    words = trim(words);
    auto match = match_number_words(words);
    if (!match || match->length != words.size()) return std::nullopt;
    return match->value;
}

std::optional<std::int64_t> parse_number(std::string_view text) {
    text = trim(text);
    if (text.empty()) return std::nullopt;
    if (is_digit(text.front())) {
        std::int64_t value = 0;
        std::size_t digits_in_group = 0;
        bool grouped = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            char c = text[i];
            if (is_digit(c)) {
                if (value > (std::numeric_limits<std::int64_t>::max() - 9) / 10)
                    return std::nullopt;
                value = value * 10 + (c - '0');
                ++digits_in_group;
            } else if (c == '.') {
                // Thousands separator: groups after the first have exactly three digits.
                if ((grouped && digits_in_group != 3) || (!grouped && digits_in_group > 3) ||
                    i + 1 == text.size())
                    return std::nullopt;
                grouped = true;
                digits_in_group = 0;
            } else {
                return std::nullopt;
            }
        }
        if (grouped && digits_in_group != 3) return std::nullopt;
        return value;
    }
    return parse_number_words(text);
}

namespace {

constexpr std::array<std::pair<std::string_view, int>, 38> kMonths{{
    {"januari", 1},   {"jan", 1},     {"january", 1},   {"februari", 2}, {"pebruari", 2},
    {"feb", 2},       {"peb", 2},     {"february", 2},  {"maret", 3},    {"mar", 3},
    {"march", 3},     {"april", 4},   {"apr", 4},       {"mei", 5},      {"may", 5},
    {"juni", 6},      {"jun", 6},     {"june", 6},      {"juli", 7},     {"jul", 7},
    {"july", 7},      {"agustus", 8}, {"agu", 8},       {"agt", 8},      {"ags", 8},
    {"aug", 8},       {"august", 8},  {"september", 9}, {"sep", 9},      {"sept", 9},
    {"oktober", 10},  {"okt", 10},    {"october", 10},  {"oct", 10},     {"november", 11},
    {"nopember", 11}, {"nov", 11},    {"nop", 11},
}};

constexpr std::array<std::pair<std::string_view, int>, 3> kMoreMonths{{
    {"desember", 12},
    {"des", 12},
    {"december", 12},
}};

constexpr std::array<std::string_view, 12> kMonthNames{
    "Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
    "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};

}  // namespace

std::optional<int> parse_month(std::string_view name) {
    name = trim(name);
    if (!name.empty() && name.back() == '.') name.remove_suffix(1);
    if (name.empty() || name.size() > 12) return std::nullopt;
    std::string lowered(name.size(), ' ');
    for (std::size_t i = 0; i < name.size(); ++i) lowered[i] = lower(name[i]);
    for (const auto& [word, month] : kMonths) {
        if (word == lowered) return month;
    }
    for (const auto& [word, month] : kMoreMonths) {
        if (word == lowered) return month;
    }
    return std::nullopt;
}

std::string_view month_name(int month) {
    if (month < 1 || month > 12) return {};
    return kMonthNames[static_cast<std::size_t>(month - 1)];
}

}  // namespace arsip::text
