#include "xml/values.h"

#include "text/whitespace.h"

#include <charconv>
#include <climits>
#include <cstdint>

namespace arsip::xml {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

std::string normalize_space(std::string_view text) { return text::collapse_whitespace(text); }

std::optional<int> duration_months(std::string_view duration) {
    if (duration.size() < 3 || duration.front() != 'P') return std::nullopt;
    std::int64_t months = 0;
    bool in_time = false;
    bool any_part = false;
    std::size_t i = 1;
    while (i < duration.size()) {
        if (duration[i] == 'T') {
            if (in_time || i + 1 == duration.size()) return std::nullopt;
            in_time = true;
            ++i;
            continue;
        }
        std::size_t start = i;
        while (i < duration.size() && (is_digit(duration[i]) || duration[i] == '.')) ++i;
        if (start == i || i == duration.size()) return std::nullopt;
        const std::string_view digits = duration.substr(start, i - start);
        const char unit = duration[i++];
        any_part = true;
        const bool zero = digits.find_first_not_of("0.") == std::string_view::npos;
        if (in_time) {
            if (unit != 'H' && unit != 'M' && unit != 'S') return std::nullopt;
            if (!zero) return std::nullopt;
            continue;
        }
        if (unit == 'D') {
            if (!zero) return std::nullopt;
            continue;
        }
        if (unit != 'Y' && unit != 'M') return std::nullopt;
        if (digits.find('.') != std::string_view::npos || digits.size() > 6) return std::nullopt;
        std::int64_t value = 0;
        std::from_chars(digits.data(), digits.data() + digits.size(), value);
        months += unit == 'Y' ? value * 12 : value;
    }
    if (!any_part || months > INT_MAX) return std::nullopt;
    return static_cast<int>(months);
}

std::optional<std::string> iso_day(std::string_view value) {
    if (value.size() < 10) return std::nullopt;
    for (std::size_t i = 0; i < 10; ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? value[i] != '-' : !is_digit(value[i])) return std::nullopt;
    }
    if (value.size() > 10) {
        const char next = value[10];
        if (next != 'T' && next != 'Z' && next != '+' && next != '-') return std::nullopt;
    }
    return std::string(value.substr(0, 10));
}

std::optional<double> parse_number(std::string_view text) {
    if (text.empty()) return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::size_t replace_xml_invalid_chars(std::string& bytes) {
    std::size_t replaced = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            bytes[i] = ' ';
            ++replaced;
        } else if (c == 0xEF && i + 2 < bytes.size() &&
                   static_cast<unsigned char>(bytes[i + 1]) == 0xBF &&
                   (static_cast<unsigned char>(bytes[i + 2]) == 0xBE ||
                    static_cast<unsigned char>(bytes[i + 2]) == 0xBF)) {
            bytes[i + 2] = static_cast<char>(0xBD);  // U+FFFD
            ++replaced;
            i += 2;
        }
    }
    return replaced;
}

}  // namespace arsip::xml
