#include "entities/amounts.h"

#include "entities/scan.h"

#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "text/number_words.h"

namespace arsip::entities {
namespace {

using scan::ends_token;
using scan::is_alnum;
using scan::is_alpha;
using scan::is_digit;
using scan::lower;
using scan::starts_token;
using scan::word_at;

// `word` exactly as written (case-sensitive) at `pos`, ending at a token boundary.
std::size_t exact_at(std::string_view text, std::size_t pos, std::string_view word) {
    if (text.substr(pos).substr(0, word.size()) != word) return std::string_view::npos;
    std::size_t end = pos + word.size();
    return ends_token(text, end) ? end : std::string_view::npos;
}

// Up to a few spaces, tabs or no-break spaces (U+00A0); never a line break.
std::size_t skip_spaces(std::string_view text, std::size_t pos) {
    for (int n = 0; n < 4 && pos < text.size(); ++n) {
        if (text[pos] == ' ' || text[pos] == '\t') {
            ++pos;
        } else if (text[pos] == '\xC2' && pos + 1 < text.size() && text[pos + 1] == '\xA0') {
            pos += 2;
        } else {
            break;
        }
    }
    return pos;
}

// A figure: mantissa digits with `decimals` of them after the decimal mark.
struct Figure {
    std::int64_t mantissa = 0;
    int decimals = 0;
    std::size_t end = 0;  // byte after the figure
    bool valid = false;
};

// The digits, dots and commas of the figure that starts at the digit at `pos`. A separator
// belongs to the figure only when a digit follows it. `english`: a single comma followed by
// exactly three digits is a thousands separator ("$2,500", "Rp 2,500" with no scale word).
Figure read_figure(std::string_view text, std::size_t pos, bool english) {
    Figure f;
    std::size_t end = pos;
    int dots = 0;
    int commas = 0;
    char last_separator = 0;
    while (end < text.size()) {
        char c = text[end];
        if (is_digit(c)) {
            ++end;
        } else if ((c == '.' || c == ',') && end + 1 < text.size() && is_digit(text[end + 1])) {
            (c == '.' ? dots : commas)++;
            last_separator = c;
            ++end;
        } else {
            break;
        }
    }
    f.end = end;
    if (end - pos > 40) return f;  // not a figure anyone writes; skipped whole
    std::string_view token = text.substr(pos, end - pos);

    char decimal = 0;  // the decimal mark, if any
    if (dots > 0 && commas > 0) {
        decimal = last_separator;
        if ((decimal == '.' ? dots : commas) != 1) return f;
    } else if (dots == 1 || commas == 1) {
        char sep = dots == 1 ? '.' : ',';
        std::size_t at = token.find(sep);
        std::size_t after = token.size() - at - 1;
        bool thousands = after == 3 && at <= 3 && (sep == '.' || english);
        if (!thousands) decimal = sep;
    }
    const char thousands = decimal == '.' ? ',' : decimal == ',' ? '.' : (dots > 0 ? '.' : ',');

    // Thousands groups: the first of 1..3 digits, the others of exactly 3.
    std::size_t integer_end = decimal ? token.find(decimal) : token.size();
    std::size_t group = 0;
    bool grouped = false;
    for (std::size_t k = 0; k < integer_end; ++k) {
        if (token[k] == thousands) {
            if ((grouped && group != 3) || (!grouped && group > 3)) return f;
            grouped = true;
            group = 0;
        } else {
            ++group;
        }
    }
    if (grouped && group != 3) return f;

    std::int64_t mantissa = 0;
    int decimals = 0;
    int significant = 0;
    for (std::size_t k = 0; k < token.size(); ++k) {
        char c = token[k];
        if (!is_digit(c)) continue;
        if (mantissa != 0 || c != '0') ++significant;
        if (significant > 17) return f;  // beyond exact arithmetic; not a real amount
        mantissa = mantissa * 10 + (c - '0');
        if (decimal && k > integer_end) ++decimals;
    }
    while (decimals > 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        --decimals;
    }
    f.mantissa = mantissa;
    f.decimals = decimals;
    f.valid = true;
    return f;
}

// mantissa / 10^decimals * scale, exact when it is a whole number that fits.
double figure_value(const Figure& f, std::int64_t scale) {
    std::int64_t divisor = 1;
    for (int k = 0; k < f.decimals; ++k) divisor *= 10;
    if (scale % divisor == 0) {
        std::int64_t factor = scale / divisor;
        if (factor == 0 || f.mantissa <= std::numeric_limits<std::int64_t>::max() / factor)
            return static_cast<double>(f.mantissa * factor);
    }
    return static_cast<double>(f.mantissa) / static_cast<double>(divisor) *
           static_cast<double>(scale);
}

struct Scale {
    std::int64_t factor = 1;
    std::size_t end = 0;
};

// A scale word right after a figure: "miliar", "juta", "rb", "M" (miliar), "T" (triliun), ...
std::optional<Scale> read_scale(std::string_view text, std::size_t pos) {
    static constexpr std::array<std::pair<std::string_view, std::int64_t>, 13> kWords{{
        {"ribu", 1'000},
        {"rb", 1'000},
        {"juta", 1'000'000},
        {"jt", 1'000'000},
        {"miliar", 1'000'000'000},
        {"milyar", 1'000'000'000},
        {"triliun", 1'000'000'000'000},
        {"trilyun", 1'000'000'000'000},
        {"thousand", 1'000},
        {"million", 1'000'000},
        {"billion", 1'000'000'000},
        {"bn", 1'000'000'000},
        {"trillion", 1'000'000'000'000},
    }};
    // Upper-case shorthand of Indonesian finance: M = miliar, T = triliun; K = ribu.
    static constexpr std::array<std::pair<std::string_view, std::int64_t>, 4> kLetters{{
        {"M", 1'000'000'000},
        {"T", 1'000'000'000'000},
        {"K", 1'000},
        {"k", 1'000},
    }};
    if (pos >= text.size() || !is_alpha(text[pos])) return std::nullopt;
    for (const auto& [word, factor] : kWords) {
        if (std::size_t end = word_at(text, pos, word); end != std::string_view::npos)
            return Scale{factor, end};
    }
    for (const auto& [word, factor] : kLetters) {
        if (std::size_t end = exact_at(text, pos, word); end != std::string_view::npos)
            return Scale{factor, end};
    }
    return std::nullopt;
}

struct Currency {
    std::string_view code;
    std::size_t end = 0;
};

// A currency sign or code before a figure: "Rp", "Rp.", "IDR", "US$", "USD", "$", "€", ...
std::optional<Currency> read_prefix(std::string_view text, std::size_t pos) {
    struct Prefix {
        std::string_view text;
        std::string_view code;
        bool letters;  // must not follow or be followed by a letter
    };
    static constexpr std::array<Prefix, 20> kPrefixes{{
        {"US$", "USD", true},     {"USD", "USD", true},     {"S$", "SGD", true},
        {"SGD", "SGD", true},     {"A$", "AUD", true},      {"AUD", "AUD", true},
        {"Rp", "IDR", true},      {"RP", "IDR", true},      {"rp", "IDR", true},
        {"IDR", "IDR", true},     {"EUR", "EUR", true},     {"\u20AC", "EUR", false},
        {"GBP", "GBP", true},     {"\u00A3", "GBP", false}, {"JPY", "JPY", true},
        {"\u00A5", "JPY", false}, {"MYR", "MYR", true},     {"RM", "MYR", true},
        {"CNY", "CNY", true},     {"$", "USD", false},
    }};
    if (pos >= text.size() || !starts_token(text, pos)) return std::nullopt;
    // Every prefix starts with one of these bytes; most positions are rejected here.
    static constexpr std::string_view kFirstBytes = "UuSsAaRrIiEeGgJjMmCc$\xE2\xC2";
    if (kFirstBytes.find(text[pos]) == std::string_view::npos) return std::nullopt;
    for (const Prefix& p : kPrefixes) {
        if (text.substr(pos).substr(0, p.text.size()) != p.text) continue;
        std::size_t end = pos + p.text.size();
        if (p.letters && end < text.size() && is_alpha(text[end])) continue;
        return Currency{p.code, end};
    }
    return std::nullopt;
}

// A currency word after an amount: "rupiah", "dolar AS", "euro", "ringgit", ...
std::optional<Currency> read_currency_word(std::string_view text, std::size_t pos) {
    if (pos >= text.size() || !is_alpha(text[pos])) return std::nullopt;
    if (std::size_t end = word_at(text, pos, "rupiah"); end != std::string_view::npos)
        return Currency{"IDR", end};
    for (std::string_view dollar : {"dolar", "dollar"}) {
        std::size_t end = word_at(text, pos, dollar);
        if (end == std::string_view::npos) continue;
        std::size_t next = skip_spaces(text, end);
        static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kKinds{{
            {"as", "USD"},
            {"amerika serikat", "USD"},
            {"amerika", "USD"},
            {"us", "USD"},
            {"singapura", "SGD"},
            {"australia", "AUD"},
        }};
        for (const auto& [country, code] : kKinds) {
            if (std::size_t e = word_at(text, next, country); e != std::string_view::npos)
                return Currency{code, e};
        }
        return Currency{"USD", end};
    }
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kWords{{
        {"euro", "EUR"},
        {"ringgit", "MYR"},
        {"yen", "JPY"},
        {"yuan", "CNY"},
    }};
    for (const auto& [word, code] : kWords) {
        if (std::size_t end = word_at(text, pos, word); end != std::string_view::npos)
            return Currency{code, end};
    }
    return std::nullopt;
}

// "%", "persen" or "percent" at `pos`; the end or npos.
std::size_t read_percent_sign(std::string_view text, std::size_t pos) {
    if (pos < text.size() && text[pos] == '%') return pos + 1;
    if (std::size_t end = word_at(text, pos, "persen"); end != std::string_view::npos) return end;
    return word_at(text, pos, "percent");
}

// "(satu miliar lima ratus juta rupiah)" right after an amount of `value`, or "(empat puluh
// persen)" after a percentage: the byte after ")" when the words say the same value, npos
// otherwise.
std::size_t read_repeat_in_words(std::string_view text, std::size_t pos, double value,
                                 bool percent) {
    pos = skip_spaces(text, pos);
    if (pos >= text.size() || text[pos] != '(') return std::string_view::npos;
    pos = skip_spaces(text, pos + 1);
    auto words = text::match_number_words(text.substr(pos));
    if (!words || static_cast<double>(words->value) != value) return std::string_view::npos;
    pos = skip_spaces(text, pos + words->length);
    if (percent) {
        if (std::size_t sign = read_percent_sign(text, pos); sign != std::string_view::npos)
            pos = skip_spaces(text, sign);
    } else if (auto currency = read_currency_word(text, pos)) {
        pos = skip_spaces(text, currency->end);
    }
    if (pos >= text.size() || text[pos] != ')') return std::string_view::npos;
    return pos + 1;
}

struct Found {
    std::size_t begin = 0;
    std::size_t end = 0;
    double value = 0;
    std::string_view currency;  // empty for a percentage
};

// One pass over `text`: every amount and percentage in order. `next` is where scanning goes on.
class Scanner {
public:
    explicit Scanner(std::string_view text) : text_(text) {}

    template <typename Sink>
    void run(Sink&& sink) {
        scan::each_match(text_.size(), [this](std::size_t pos, std::size_t& next) { return at(pos, next); }, sink);
    }

private:
    // A match starting at `pos`, or none; sets `next` past what was read either way.
    std::optional<Found> at(std::size_t pos, std::size_t& next) {
        if (!starts_token(text_, pos)) {
            next = scan::word_end(text_, pos);  // inside a word or figure: jump to its end
            return std::nullopt;
        }
        if (auto prefix = read_prefix(text_, pos)) {
            if (auto found = after_prefix(pos, *prefix, next)) return found;
        }
        char c = text_[pos];
        if (is_digit(c)) return after_figure(pos, next);
        if (is_alpha(c)) return after_words(pos, next);
        return std::nullopt;
    }

    std::optional<Found> after_prefix(std::size_t begin, const Currency& prefix,
                                      std::size_t& next) {
        std::size_t pos = prefix.end;
        if (prefix.code == "IDR" && pos < text_.size() && text_[pos] == '.') ++pos;  // "Rp."
        pos = skip_spaces(text_, pos);
        if (pos >= text_.size()) return std::nullopt;
        double value = 0;
        std::size_t end = 0;
        if (is_digit(text_[pos])) {
            Figure figure = read_figure(text_, pos, !scale_follows(pos));
            if (!figure.valid) {
                next = figure.end;
                return std::nullopt;
            }
            end = figure.end;
            std::int64_t factor = 1;
            if (auto scale = read_scale(text_, skip_spaces(text_, end))) {
                factor = scale->factor;
                end = scale->end;
            } else if (!ends_token(text_, end)) {
                next = end;  // "Rp5x": not an amount
                return std::nullopt;
            }
            value = figure_value(figure, factor);
            // "Rp. 600.000.000,-" and "Rp 600.000.000,--"
            if (end + 1 < text_.size() && text_[end] == ',' && text_[end + 1] == '-') {
                end += 2;
                if (end < text_.size() && text_[end] == '-') ++end;
            }
        } else if (is_alpha(text_[pos])) {
            auto words = text::match_number_words(text_.substr(pos));  // "Rp satu miliar"
            if (!words) return std::nullopt;
            value = static_cast<double>(words->value);
            end = pos + words->length;
        } else {
            return std::nullopt;
        }
        next = end;
        if (std::size_t after = read_repeat_in_words(text_, end, value, false);
            after != std::string_view::npos)
            next = after;
        return Found{begin, end, value, prefix.code};
    }

    // Whether a scale word follows the figure at `pos` ("2,500" is 2500 but "2,500 juta" is
    // 2,5 juta).
    bool scale_follows(std::size_t pos) const {
        Figure probe = read_figure(text_, pos, false);
        return read_scale(text_, skip_spaces(text_, probe.end)).has_value();
    }

    std::optional<Found> after_figure(std::size_t begin, std::size_t& next) {
        Figure figure = read_figure(text_, begin, false);
        next = figure.end;
        if (!figure.valid || !ends_token(text_, figure.end)) return std::nullopt;
        std::size_t pos = skip_spaces(text_, figure.end);
        if (std::size_t sign = read_percent_sign(text_, pos); sign != std::string_view::npos) {
            double value = figure_value(figure, 1);
            next = sign;
            if (std::size_t after = read_repeat_in_words(text_, sign, value, true);
                after != std::string_view::npos)
                next = after;  // "40% (empat puluh persen)" is one mention
            return Found{begin, sign, value, {}};
        }
        std::int64_t factor = 1;
        if (auto scale = read_scale(text_, pos)) {
            factor = scale->factor;
            pos = skip_spaces(text_, scale->end);
        }
        auto currency = read_currency_word(text_, pos);
        if (!currency) return std::nullopt;
        if (factor == 1) figure = read_figure(text_, begin, true);
        double value = figure_value(figure, factor);
        next = currency->end;
        if (std::size_t after = read_repeat_in_words(text_, currency->end, value, false);
            after != std::string_view::npos)
            next = after;
        return Found{begin, currency->end, value, currency->code};
    }

    std::optional<Found> after_words(std::size_t begin, std::size_t& next) {
        auto words = text::match_number_words(text_.substr(begin));
        std::size_t end = begin;
        while (end < text_.size() && is_alnum(text_[end])) ++end;
        next = end;
        if (!words) return std::nullopt;
        next = begin + words->length;
        std::size_t pos = skip_spaces(text_, next);
        if (std::size_t sign = read_percent_sign(text_, pos); sign != std::string_view::npos) {
            next = sign;
            return Found{begin, sign, static_cast<double>(words->value), {}};
        }
        auto currency = read_currency_word(text_, pos);
        if (!currency) return std::nullopt;
        next = currency->end;
        return Found{begin, currency->end, static_cast<double>(words->value), currency->code};
    }

    std::string_view text_;
};

}  // namespace

Figures extract_figures(std::string_view text, const CodePoints& points) {
    Figures out;
    std::map<std::pair<std::string_view, double>, std::size_t> amount_index;
    std::map<double, std::size_t> percentage_index;
    Scanner(text).run([&](const Found& f) {
        if (!f.currency.empty()) {
            auto [it, added] = amount_index.try_emplace({f.currency, f.value}, out.amounts.size());
            if (added) {
                model::Amount amount;
                amount.text = std::string(text.substr(f.begin, f.end - f.begin));
                amount.value = f.value;
                amount.currency = std::string(f.currency);
                out.amounts.push_back(std::move(amount));
            }
            out.amounts[it->second].mentions.push_back(points.mention(f.begin, f.end));
            return;
        }
        auto [it, added] = percentage_index.try_emplace(f.value, out.percentages.size());
        if (added) {
            model::Percentage percentage;
            percentage.text = std::string(text.substr(f.begin, f.end - f.begin));
            percentage.value = f.value;
            out.percentages.push_back(std::move(percentage));
        }
        out.percentages[it->second].mentions.push_back(points.mention(f.begin, f.end));
    });
    return out;
}

std::vector<model::Amount> extract_amounts(std::string_view text, const CodePoints& points) {
    return extract_figures(text, points).amounts;
}

std::vector<model::Percentage> extract_percentages(std::string_view text, const CodePoints& points) {
    return extract_figures(text, points).percentages;
}

}  // namespace arsip::entities
