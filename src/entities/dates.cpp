#include "entities/dates.h"

#include "entities/scan.h"

#include <array>
#include <map>

#include "text/date_text.h"
#include "text/number_words.h"

namespace arsip::entities {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

using scan::ends_token;
using scan::is_alnum;
using scan::is_alpha;
using scan::is_digit;
using scan::lower;
using scan::starts_token;
using scan::word_at;

// Up to a few spaces or tabs (and commas when `commas`); line breaks too when `lines`.
std::size_t skip_gap(std::string_view text, std::size_t pos, bool commas = false,
                     bool lines = false) {
    for (int n = 0; n < 6 && pos < text.size(); ++n) {
        char c = text[pos];
        if (c == ' ' || c == '\t' || (commas && c == ',') || (lines && (c == '\n' || c == '\r')))
            ++pos;
        else
            break;
    }
    return pos;
}

struct Digits {
    int value = 0;
    std::size_t length = 0;
};

// The run of digits at `pos` (at most 6 are read into the value).
Digits read_digits(std::string_view text, std::size_t pos) {
    Digits d;
    while (pos + d.length < text.size() && is_digit(text[pos + d.length])) {
        if (d.length < 6) d.value = d.value * 10 + (text[pos + d.length] - '0');
        ++d.length;
    }
    return d;
}

// A numeric date must not continue a longer figure: "120/05/2025/01", "1.08/05/2025".
bool figure_continues(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return false;
    char c = text[pos];
    if (is_alnum(c) || c == '/') return true;
    return (c == '-' || c == '.' || c == ',') && pos + 1 < text.size() && is_digit(text[pos + 1]);
}
bool figure_precedes(std::string_view text, std::size_t pos) {
    if (pos == 0) return false;
    char c = text[pos - 1];
    return is_alnum(c) || c == '/' || c == '-' || c == '.' || c == ',';
}

bool is_weekday_at(std::string_view text, std::size_t pos, std::size_t& end) {
    static constexpr std::array<std::string_view, 10> kDays{
        "senin",  "selasa",      "rabu",  "kamis",  "jumat",
        "jum'at", "jum\u2019at", "sabtu", "minggu", "ahad"};
    for (std::string_view day : kDays) {
        std::size_t e = word_at(text, pos, day);
        if (e != kNone) {
            end = e;
            return true;
        }
    }
    return false;
}

struct Found {
    std::size_t begin = 0;
    std::size_t end = 0;
    text::CivilDate date;
};

class Scanner {
public:
    Scanner(std::string_view text, std::optional<text::CivilDate> document_date)
        : text_(text), document_date_(document_date) {}

    template <typename Sink>
    void run(Sink&& sink) {
        scan::each_match(text_.size(), [this](std::size_t pos, std::size_t& next) { return at(pos, next); }, sink);
    }

private:
    std::optional<Found> at(std::size_t pos, std::size_t& next) {
        if (!starts_token(text_, pos)) {
            next = scan::word_end(text_, pos);  // inside a word or figure: jump to its end
            return std::nullopt;
        }
        char c = text_[pos];
        if (c == '(') {
            auto found = in_parentheses(pos);
            if (found) next = found->end;
            return found;
        }
        if (is_digit(c)) {
            if (auto found = from_digits(pos, false)) {
                next = found->end;
                return found;
            }
            next = pos + read_digits(text_, pos).length;
            return std::nullopt;
        }
        if (!is_alpha(c)) return std::nullopt;
        std::size_t word_end = pos;
        while (word_end < text_.size() && is_alnum(text_[word_end])) ++word_end;
        next = word_end;
        std::size_t weekday_end = 0;
        if (is_weekday_at(text_, pos, weekday_end)) {
            if (auto found = after_weekday(pos, weekday_end)) {
                next = found->end;
                return found;
            }
            return std::nullopt;
        }
        if (word_at(text_, pos, "tanggal") != kNone) {
            if (auto found = written(pos)) {
                next = found->end;
                return found;
            }
        }
        return std::nullopt;
    }

    // "Kamis, 8 Mei 2025", "Kamis (17/4)", "Rabu 31/5", "Senin tanggal dua belas ...".
    std::optional<Found> after_weekday(std::size_t begin, std::size_t pos) {
        pos = skip_gap(text_, pos, true);
        if (pos >= text_.size()) return std::nullopt;
        std::optional<Found> found;
        if (text_[pos] == '(')
            found = in_parentheses(pos);
        else if (is_digit(text_[pos]))
            found = from_digits(pos, true);
        else if (word_at(text_, pos, "tanggal") != kNone)
            found = written(pos);
        if (found) found->begin = begin;
        return found;
    }

    // "(08/05/2025)", "(17/4)", "( 31 / 5 )", "(8 Mei 2025)".
    std::optional<Found> in_parentheses(std::size_t open) {
        std::size_t pos = skip_gap(text_, open + 1);
        if (pos >= text_.size() || !is_digit(text_[pos])) return std::nullopt;
        auto found = from_digits(pos, true);
        if (!found) return std::nullopt;
        std::size_t close = skip_gap(text_, found->end);
        if (close >= text_.size() || text_[close] != ')') return std::nullopt;
        return Found{open, close + 1, found->date};
    }

    // A date starting at the digit at `pos`. `short_form`: day/month alone is allowed.
    std::optional<Found> from_digits(std::size_t pos, bool short_form) {
        if (figure_precedes(text_, pos)) return std::nullopt;
        Digits first = read_digits(text_, pos);
        std::size_t after = pos + first.length;
        if (first.length == 4 && after < text_.size() && text_[after] == '-') return iso(pos);
        if (first.length > 2) return std::nullopt;

        // Numeric: d/m/yyyy, d-m-yyyy, d/m (spaces allowed around '/').
        std::size_t sep_at = after;
        if (sep_at < text_.size() && text_[sep_at] == ' ') sep_at = skip_gap(text_, sep_at);
        if (sep_at < text_.size() && (text_[sep_at] == '/' || text_[sep_at] == '-')) {
            char sep = text_[sep_at];
            if (sep == '-' && sep_at != after) return std::nullopt;
            std::size_t p = sep == '/' ? skip_gap(text_, sep_at + 1) : sep_at + 1;
            if (p >= text_.size() || !is_digit(text_[p])) return std::nullopt;
            Digits month = read_digits(text_, p);
            if (month.length > 2) return std::nullopt;
            std::size_t month_end = p + month.length;
            if (month_end + 1 < text_.size() && text_[month_end] == sep &&
                is_digit(text_[month_end + 1])) {
                Digits year = read_digits(text_, month_end + 1);
                std::size_t end = month_end + 1 + year.length;
                if (year.length != 4 || figure_continues(text_, end)) return std::nullopt;
                return make(pos, end, year.value, month.value, first.value);
            }
            if (!short_form || figure_continues(text_, month_end) || !document_date_)
                return std::nullopt;
            return make(pos, month_end, document_date_->year, month.value, first.value);
        }

        // Day, month name, year: "8 Mei 2025", "7 Agt. 2025", "8 Mei".
        std::size_t m = skip_gap(text_, after);
        if (m == after || m >= text_.size() || !is_alpha(text_[m])) return std::nullopt;
        std::size_t m_end = m;
        while (m_end < text_.size() && is_alpha(text_[m_end]) && m_end - m < 10) ++m_end;
        if (!ends_token(text_, m_end)) return std::nullopt;
        auto month = text::parse_month(text_.substr(m, m_end - m));
        if (!month) return std::nullopt;
        std::size_t end = m_end;
        if (end < text_.size() && text_[end] == '.') ++end;
        std::size_t y = skip_gap(text_, end);
        if (y < text_.size() && is_digit(text_[y])) {
            Digits year = read_digits(text_, y);
            if (year.length != 4 || figure_continues(text_, y + year.length)) return std::nullopt;
            return make(pos, y + year.length, year.value, *month, first.value);
        }
        // No year: only a capitalised month name, and only with a document date.
        if (!document_date_ || !(text_[m] >= 'A' && text_[m] <= 'Z')) return std::nullopt;
        return make(pos, m_end, document_date_->year, *month, first.value);
    }

    // "2025-05-08"
    std::optional<Found> iso(std::size_t pos) {
        if (text_.size() - pos < 10) return std::nullopt;
        auto date = text::parse_iso_date(text_.substr(pos, 10));
        std::size_t end = pos + 10;
        bool with_time = end + 1 < text_.size() && text_[end] == 'T' && is_digit(text_[end + 1]);
        if (!date || (!with_time && figure_continues(text_, end))) return std::nullopt;
        return Found{pos, pos + 10, *date};
    }

    // "tanggal dua belas bulan Januari tahun dua ribu dua puluh empat" at `pos` ("tanggal").
    // A day in digits followed by a month name is left to from_digits ("tanggal 7 Mei 2025").
    std::optional<Found> written(std::size_t pos) {
        std::size_t day = skip_gap(text_, word_at(text_, pos, "tanggal"), true);
        if (day < text_.size() && is_digit(text_[day]) && from_digits(day, false))
            return std::nullopt;
        constexpr std::size_t kWindow = 240;
        std::string_view window = text_.substr(pos, kWindow);
        if (window.size() == kWindow) {
            // Do not cut a word: "dua puluh em|pat" would read as another year.
            std::size_t cut = window.find_last_of(" \t\n");
            if (cut == kNone) return std::nullopt;
            window = window.substr(0, cut);
        }
        auto match = text::find_written_date(window);
        if (!match || match->begin != 0) return std::nullopt;
        return Found{pos, pos + match->end, match->date};
    }

    std::optional<Found> make(std::size_t begin, std::size_t end, int year, int month, int day) {
        auto date = text::make_date(year, month, day);
        if (!date) return std::nullopt;
        return Found{begin, end, *date};
    }

    std::string_view text_;
    std::optional<text::CivilDate> document_date_;
};

}  // namespace

std::vector<model::DateMention> extract_dates(std::string_view text, const DateContext& context,
                                              const CodePoints& points) {
    std::optional<text::CivilDate> document_date;
    if (context.document_date) document_date = text::parse_iso_date(*context.document_date);
    std::vector<model::DateMention> out;
    std::map<std::string, std::size_t> index;
    Scanner(text, document_date).run([&](const Found& f) {
        std::string iso = f.date.iso();
        auto [it, added] = index.try_emplace(iso, out.size());
        if (added) {
            model::DateMention date;
            date.text = std::string(text.substr(f.begin, f.end - f.begin));
            date.iso = iso;
            out.push_back(std::move(date));
        }
        out[it->second].mentions.push_back(points.mention(f.begin, f.end));
    });
    return out;
}

std::optional<int> validity_months(std::string_view text) {
    static constexpr std::array<std::string_view, 5> kTriggers{
        "jangka waktu", "berlaku selama", "berlaku untuk", "untuk masa", "masa berlaku"};
    static constexpr std::array<std::string_view, 10> kFillers{
        "selama", "paling", "lama",  "maksimal", "maksimum",
        "untuk",  "masa",   "kurun", "jangka",   "waktu"};
    // "berlaku ..." states the validity; a bare "jangka waktu" may be an extension
    // ("memperpanjang jangka waktu 1 (satu) tahun") and counts only when nothing better is found.
    std::optional<int> weak;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!is_alpha(text[i]) || !starts_token(text, i)) continue;
        std::size_t pos = kNone;
        bool strong = false;
        for (std::string_view trigger : kTriggers) {
            // Triggers of two words: one space (or line break) between them in the text.
            std::size_t space = trigger.find(' ');
            std::size_t first_end = word_at(text, i, trigger.substr(0, space));
            if (first_end == kNone) continue;
            if (space == kNone) {
                pos = first_end;
                break;
            }
            std::size_t second = skip_gap(text, first_end, false, true);
            if (second == first_end) continue;
            std::size_t end = word_at(text, second, trigger.substr(space + 1));
            if (end != kNone) {
                pos = end;
                strong = trigger.find("berlaku") != kNone;
                break;
            }
        }
        if (pos == kNone) continue;
        pos = skip_gap(text, pos, false, true);
        for (int n = 0; n < 4; ++n) {
            bool skipped = false;
            for (std::string_view filler : kFillers) {
                if (std::size_t end = word_at(text, pos, filler); end != kNone) {
                    pos = skip_gap(text, end, false, true);
                    skipped = true;
                    break;
                }
            }
            if (!skipped) break;
        }
        std::optional<std::int64_t> count;
        if (pos < text.size() && is_digit(text[pos])) {
            Digits d = read_digits(text, pos);
            if (d.length > 4) continue;
            count = d.value;
            pos = skip_gap(text, pos + d.length, false, true);
            if (pos < text.size() && text[pos] == '(') {  // "5 (lima)"
                std::size_t close = text.substr(pos, 80).find(')');
                if (close == kNone) continue;
                pos = skip_gap(text, pos + close + 1, false, true);
            }
        } else if (auto words = text::match_number_words(text.substr(pos, 120))) {
            count = words->value;
            pos = skip_gap(text, pos + words->length, false, true);
        }
        if (!count || *count <= 0) continue;
        int factor = 0;
        if (word_at(text, pos, "tahun") != kNone) factor = 12;
        if (word_at(text, pos, "bulan") != kNone) factor = 1;
        if (factor == 0 || *count * factor > 1200) continue;
        if (strong) return static_cast<int>(*count * factor);
        if (!weak) weak = static_cast<int>(*count * factor);
    }
    return weak;
}

}  // namespace arsip::entities
