#include "readers/text_reader.h"

#include <algorithm>
#include <cstdio>
#include <regex>
#include <vector>

#include "model/errors.h"
#include "text/date_text.h"
#include "text/number_words.h"

namespace arsip::readers {
namespace {

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return std::string(s);
}

const std::regex& dateline_re() {
    static const std::regex re(
        R"(^([A-Z][A-Za-z.']*(?:\s+[A-Z][A-Za-z.']*){0,3})\s*(\([^)]{1,60}\))?\s*(—|–|-)\s)");
    return re;
}

std::string title_case(std::string_view words) {
    std::string out;
    bool start = true;
    for (char c : words) {
        if (c == ' ') {
            start = true;
            out += c;
            continue;
        }
        if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (!start && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        out += c;
        start = false;
    }
    return out;
}

bool is_rubric(std::string_view words) {
    static const char* kRubrics[] = {"INFO",   "NASIONAL",    "LINK",     "UMKM",
                                     "BERITA", "ADVERTORIAL", "RILIS",    "FOTO",
                                     "VIDEO",  "OPINI",       "EKSKLUSIF"};
    std::string upper(words);
    for (char& c : upper) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    std::size_t pos = 0;
    while (pos < upper.size()) {
        std::size_t end = upper.find(' ', pos);
        if (end == std::string::npos) end = upper.size();
        std::string word = upper.substr(pos, end - pos);
        for (const char* rubric : kRubrics) {
            if (word == rubric) return true;
        }
        pos = end + 1;
    }
    return false;
}

struct DateLine {
    std::string date;
    std::string published;
};

std::optional<DateLine> parse_date_line(const std::string& line) {
    static const std::regex re(
        R"(^(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad),?\s+)?([0-9]{1,2})\s+([A-Za-z]{3,9})\.?\s+([0-9]{4})(?:\s*[|,-]?\s*(?:pukul\s+)?([0-9]{1,2})[:.]([0-9]{2})(?:\s*(WIB|WITA|WIT))?)?\s*$)",
        std::regex::icase);
    std::smatch m;
    if (!std::regex_match(line, m, re)) return std::nullopt;
    auto month = text::parse_month(m.str(2));
    if (!month) return std::nullopt;
    auto date = text::make_date(std::stoi(m.str(3)), *month, std::stoi(m.str(1)));
    if (!date) return std::nullopt;
    DateLine out{date->iso(), {}};
    if (m[4].matched) {
        int hour = std::stoi(m.str(4));
        int minute = std::stoi(m.str(5));
        if (hour > 23 || minute > 59) return out;
        std::string zone = m[6].matched ? m.str(6) : "WIB";
        for (char& c : zone) {
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        }
        const char* offset = zone == "WITA" ? "+08:00" : zone == "WIT" ? "+09:00" : "+07:00";
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:00%s", out.date.c_str(), hour, minute,
                      offset);
        out.published = buffer;
    }
    return out;
}

}  // namespace

bool is_valid_utf8(std::string_view text, std::size_t& bad_offset) {
    std::size_t i = 0;
    while (i < text.size()) {
        auto c = static_cast<unsigned char>(text[i]);
        std::size_t len = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, min = 0x10000, cp = c & 0x07;
        } else {
            bad_offset = i;
            return false;
        }
        if (i + len > text.size()) {
            bad_offset = i;
            return false;
        }
        for (std::size_t k = 1; k < len; ++k) {
            auto cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xC0) != 0x80) {
                bad_offset = i;
                return false;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            bad_offset = i;
            return false;
        }
        i += len;
    }
    return true;
}

std::string dateline_place(std::string_view paragraph, const TextReaderOptions& options) {
    std::string text(paragraph);
    std::smatch m;
    if (!std::regex_search(text, m, dateline_re())) return {};
    std::string words = m.str(1);
    if (is_rubric(words)) return {};
    std::string place = title_case(words);
    if (options.is_place && !options.is_place(place)) return {};
    return place;
}

model::Document read_text(std::string_view bytes, const std::string& name,
                          const TextReaderOptions& options) {
    if (bytes.size() > options.max_bytes) {
        throw InputError(name, 0,
                         "file larger than " + std::to_string(options.max_bytes) + " bytes");
    }
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    std::size_t bad = 0;
    if (!is_valid_utf8(bytes, bad)) {
        int line = 1 + static_cast<int>(std::count(
                           bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(bad), '\n'));
        throw InputError(name, line, "invalid UTF-8 at byte " + std::to_string(bad));
    }
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos <= bytes.size()) {
        std::size_t end = bytes.find('\n', pos);
        if (end == std::string_view::npos) end = bytes.size();
        lines.push_back(trim(bytes.substr(pos, end - pos)));
        pos = end + 1;
    }

    model::Document doc;
    doc.type = model::DocumentType::Article;
    doc.format = model::SourceFormat::Text;
    std::size_t i = 0;
    while (i < lines.size() && lines[i].empty()) ++i;
    if (i == lines.size()) throw InputError(name, 0, "no text");
    const std::string& first = lines[i];
    bool first_is_body = first.size() > 120 && std::regex_search(first, dateline_re());
    if (!first_is_body) {
        doc.title = first;
        ++i;
        std::size_t k = i;
        while (k < lines.size() && lines[k].empty()) ++k;
        if (k < lines.size()) {
            if (auto date = parse_date_line(lines[k])) {
                doc.date = date->date;
                doc.published = date->published;
                i = k + 1;
            }
        }
    }
    while (i < lines.size() && lines[i].empty()) ++i;
    std::size_t last = lines.size();
    while (last > i && lines[last - 1].empty()) --last;
    bool blank_separated = std::any_of(lines.begin() + static_cast<std::ptrdiff_t>(i),
                                       lines.begin() + static_cast<std::ptrdiff_t>(last),
                                       [](const std::string& l) { return l.empty(); });
    std::string current;
    for (std::size_t k = i; k < last; ++k) {
        const std::string& line = lines[k];
        if (!blank_separated) {
            doc.paragraphs.push_back(line);
            continue;
        }
        if (line.empty()) {
            if (!current.empty()) doc.paragraphs.push_back(std::move(current));
            current.clear();
        } else {
            current += (current.empty() ? "" : " ") + line;
        }
    }
    if (!current.empty()) doc.paragraphs.push_back(std::move(current));
    if (!doc.paragraphs.empty()) doc.place = dateline_place(doc.paragraphs.front(), options);
    return doc;
}

}  // namespace arsip::readers
