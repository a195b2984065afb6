#include "readers/pdf_layout.h"

#include "text/whitespace.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>
#include <set>
#include <utility>

namespace arsip::readers {
namespace {

bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_alpha(char c) {
    return is_lower(c) || is_upper(c);
}
char to_lower(char c) {
    return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// Collapses runs of white space (and U+00A0) to one space and trims.
std::string clean(std::string_view s) { return text::collapse_whitespace(s, {.no_break_space = true}); }

bool mostly_upper(std::string_view s) {
    int upper = 0;
    int lower = 0;
    for (char c : s) {
        if (is_upper(c)) ++upper;
        if (is_lower(c)) ++lower;
    }
    return upper >= 3 && lower * 10 <= upper;
}

bool ends_sentence(std::string_view s) {
    while (!s.empty() && (s.back() == '"' || s.back() == ')' || s.back() == '\''))
        s.remove_suffix(1);
    // Closing curly quotes are three bytes: E2 80 9D / E2 80 99.
    if (s.size() >= 3 && static_cast<unsigned char>(s[s.size() - 3]) == 0xE2 &&
        static_cast<unsigned char>(s[s.size() - 2]) == 0x80)
        s.remove_suffix(3);
    if (s.empty()) return false;
    char c = s.back();
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

bool is_bare_heading_marker(std::string_view line) {
    static const std::regex kBare(
        R"(^(Pasal|PASAL|BAB|Bab)\s+([0-9]{1,4}[A-Z]?|[IVXLCDM]{1,8})\s*$)");
    return std::regex_match(line.begin(), line.end(), kBare);
}

bool is_list_marker(std::string_view line) {
    static const std::regex kList(R"(^(\([0-9]{1,2}\)|[a-z]\.|[0-9]{1,2}\.)\s)");
    return std::regex_search(line.begin(), line.end(), kList);
}

double median(std::vector<double> values, double fallback) {
    if (values.empty()) return fallback;
    auto mid = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

struct Run {
    double top, bottom, left, right, size;
    bool bold;
    std::string text;
};

struct Row {
    double top = 0, bottom = 0;
    std::vector<Run> runs;  // sorted by left
};

double font_size_of(const PdfText& text, const TextRun& run) {
    for (const FontSpec& font : text.fonts) {
        if (font.id == run.font && font.id >= 0 && font.size > 0) return font.size;
    }
    return run.height > 0 ? run.height : 10.0;
}

std::vector<Row> group_rows(const PdfText& text, const PdfPage& page) {
    std::vector<Run> runs;
    for (const TextRun& r : page.runs) {
        std::string t = clean(r.text);
        if (t.empty()) continue;
        double h = r.height > 0 ? r.height : font_size_of(text, r);
        runs.push_back({r.top, r.top + h, r.left, r.left + std::max(0.0, r.width),
                        font_size_of(text, r), r.bold, std::move(t)});
    }
    std::stable_sort(runs.begin(), runs.end(),
                     [](const Run& a, const Run& b) { return a.top < b.top; });
    std::vector<Row> rows;
    for (Run& run : runs) {
        Row* home = nullptr;
        // Runs of one line may come out of order: look back over the last few rows.
        for (std::size_t k = rows.size(); k > 0 && k + 4 > rows.size(); --k) {
            Row& row = rows[k - 1];
            double overlap = std::min(row.bottom, run.bottom) - std::max(row.top, run.top);
            double smaller = std::min(row.bottom - row.top, run.bottom - run.top);
            if (smaller > 0 && overlap >= 0.5 * smaller) {
                home = &row;
                break;
            }
        }
        if (home == nullptr) {
            rows.push_back(Row{run.top, run.bottom, {}});
            home = &rows.back();
        }
        home->top = std::min(home->top, run.top);
        home->bottom = std::max(home->bottom, run.bottom);
        home->runs.push_back(std::move(run));
    }
    for (Row& row : rows) {
        std::stable_sort(row.runs.begin(), row.runs.end(),
                         [](const Run& a, const Run& b) { return a.left < b.left; });
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.top < b.top; });
    return rows;
}

LayoutLine make_line(int page, int block, const std::vector<Run>& runs) {
    LayoutLine line;
    line.page = page;
    line.block = block;
    line.top = runs.front().top;
    line.bottom = runs.front().bottom;
    line.left = runs.front().left;
    line.right = runs.front().right;
    line.bold = true;
    const Run* prev = nullptr;
    for (const Run& run : runs) {
        line.top = std::min(line.top, run.top);
        line.bottom = std::max(line.bottom, run.bottom);
        line.left = std::min(line.left, run.left);
        line.right = std::max(line.right, run.right);
        line.font_size = std::max(line.font_size, run.size);
        line.bold = line.bold && run.bold;
        if (prev != nullptr && run.left - prev->right > 0.15 * run.size) line.text += ' ';
        line.text += run.text;
        prev = &run;
    }
    line.text = clean(line.text);
    return line;
}

// The x of a gutter between two columns, or a negative value when the page is one column.
double find_gutter(const std::vector<Row>& rows, double width) {
    if (width <= 0) {
        for (const Row& row : rows) width = std::max(width, row.runs.back().right);
    }
    if (width <= 0 || rows.size() < 3) return -1;
    double best_x = -1;
    int best_support = 0;
    for (double x = 0.35 * width; x <= 0.65 * width; x += width / 200.0) {
        int support = 0;
        for (const Row& row : rows) {
            double left_end = -1;
            double right_start = -1;
            bool crosses = false;
            for (const Run& run : row.runs) {
                if (run.left < x && run.right > x) crosses = true;
                if (run.right <= x) left_end = std::max(left_end, run.right);
                if (run.left >= x && right_start < 0) right_start = run.left;
            }
            if (crosses || left_end < 0 || right_start < 0) continue;
            if (right_start - left_end >= 2.0 * row.runs.front().size) ++support;
        }
        double centre_distance = std::abs(x - width / 2);
        if (support > best_support || (support == best_support && support > 0 &&
                                       centre_distance < std::abs(best_x - width / 2))) {
            best_support = support;
            best_x = x;
        }
    }
    return best_support >= 2 ? best_x : -1;
}

// Lines of one page in reading order; blocks numbered from `block`.
void page_lines(const PdfText& text, const PdfPage& page, const LayoutOptions& options, int& block,
                std::vector<LayoutLine>& out) {
    std::vector<Row> rows = group_rows(text, page);
    if (rows.empty()) return;
    double gutter = options.detect_columns ? find_gutter(rows, page.width) : -1;
    if (gutter < 0) {
        for (const Row& row : rows) out.push_back(make_line(page.number, block, row.runs));
        ++block;
        return;
    }
    std::vector<std::vector<Run>> left;
    std::vector<std::vector<Run>> right;
    auto flush = [&]() {
        if (right.empty()) {
            for (const auto& runs : left) out.push_back(make_line(page.number, block, runs));
        } else {
            ++block;
            for (const auto& runs : left) out.push_back(make_line(page.number, block, runs));
            ++block;
            for (const auto& runs : right) out.push_back(make_line(page.number, block, runs));
            ++block;
        }
        left.clear();
        right.clear();
    };
    for (const Row& row : rows) {
        bool crosses = std::any_of(row.runs.begin(), row.runs.end(), [&](const Run& run) {
            return run.left < gutter && run.right > gutter;
        });
        if (crosses) {
            flush();
            out.push_back(make_line(page.number, block, row.runs));
            continue;
        }
        std::vector<Run> l;
        std::vector<Run> r;
        for (const Run& run : row.runs) (run.right <= gutter ? l : r).push_back(run);
        if (!l.empty()) left.push_back(std::move(l));
        if (!r.empty()) right.push_back(std::move(r));
    }
    flush();
    ++block;
}

std::string header_key(std::string_view text) {
    std::string key;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            if (key.empty() || key.back() != '#') key += '#';
        } else {
            key += to_lower(c);
        }
    }
    return key;
}

void drop_headers_and_footers(const PdfText& text, const LayoutOptions& options,
                              std::vector<LayoutLine>& lines) {
    std::map<int, double> heights;
    for (const PdfPage& page : text.pages) heights[page.number] = page.height;
    auto in_band = [&](const LayoutLine& line) {
        auto it = heights.find(line.page);
        if (it == heights.end() || it->second <= 0) return false;
        double h = it->second;
        return line.top < options.header_band * h || line.bottom > (1.0 - options.footer_band) * h;
    };
    std::map<std::string, std::set<int>> pages_of;
    for (const LayoutLine& line : lines) {
        if (in_band(line)) pages_of[header_key(line.text)].insert(line.page);
    }
    std::set<int> all_pages;
    for (const LayoutLine& line : lines) all_pages.insert(line.page);
    int share = static_cast<int>(
        std::ceil(options.header_page_share * static_cast<double>(all_pages.size())));
    int repeats = std::max({2, options.min_header_repeats, share});
    std::erase_if(lines, [&](const LayoutLine& line) {
        if (!in_band(line)) return false;
        if (is_page_number(line.text)) return true;
        return static_cast<int>(pages_of[header_key(line.text)].size()) >= repeats;
    });
}

bool is_reduplication(std::string_view before, std::string_view after) {
    std::string a;
    std::string b;
    for (char c : before) a += to_lower(c);
    for (char c : after) b += to_lower(c);
    if (a.empty() || b.empty()) return false;
    if (a == b) return true;
    // "berlari-lari", "sebaik-baiknya", "bersama-sama": the end of the first part starts the
    // second.
    for (std::size_t k = 3; k <= a.size(); ++k) {
        if (b.compare(0, k, a, a.size() - k, k) == 0) return true;
    }
    return false;
}

}  // namespace

std::vector<std::string> LaidOutText::texts() const {
    std::vector<std::string> out;
    out.reserve(paragraphs.size());
    for (const LayoutParagraph& p : paragraphs) out.push_back(p.text);
    return out;
}

bool is_page_number(std::string_view line) {
    static const std::regex kPatterns[] = {
        std::regex(R"(^(\s|-|–|—)*[0-9]{1,4}(\s|-|–|—)*$)"),
        std::regex(R"(^(halaman|hal\.?|page)\s*[0-9]{1,4}(\s*(dari|of|/)\s*[0-9]{1,4})?$)",
                   std::regex::icase),
        std::regex(R"(^[0-9]{1,4}\s*/\s*[0-9]{1,4}$)"),
    };
    std::string text = clean(line);
    if (text.empty()) return false;
    for (const std::regex& pattern : kPatterns) {
        if (std::regex_match(text, pattern)) return true;
    }
    return false;
}

bool starts_with_structural_marker(std::string_view line) {
    static const std::regex kMarker(
        R"(^((Pasal|PASAL)\s+[0-9]{1,4}[A-Z]?(\s+[A-Z][A-Z ,/&-]*)?$|BAB\s+([IVXLCDM]{1,8}|[0-9]{1,3})\b|\([0-9]{1,2}\)\s|[a-z]\.\s|[0-9]{1,2}\.\s|NOMOR\b|Nomor\s*:|(Menimbang|Mengingat|Memperhatikan)\b))");
    std::string text = clean(line);
    return std::regex_search(text, kMarker);
}

std::string join_lines(std::string_view before, std::string_view next) {
    if (before.empty()) return std::string(next);
    if (next.empty()) return std::string(before);
    std::string out(before);
    // A soft hyphen (U+00AD) at the end: always a word split.
    if (out.size() >= 2 && static_cast<unsigned char>(out[out.size() - 2]) == 0xC2 &&
        static_cast<unsigned char>(out.back()) == 0xAD) {
        out.resize(out.size() - 2);
        return out + std::string(next);
    }
    if (out.size() >= 2 && out.back() == '-' && is_alpha(out[out.size() - 2])) {
        std::size_t start = out.size() - 1;
        while (start > 0 && is_alpha(out[start - 1])) --start;
        std::string_view first(out.data() + start, out.size() - 1 - start);
        std::size_t end = 0;
        while (end < next.size() && is_alpha(next[end])) ++end;
        std::string_view second = next.substr(0, end);
        bool both_upper = first.size() >= 2 && !second.empty() &&
                          std::all_of(first.begin(), first.end(), is_upper) &&
                          std::all_of(second.begin(), second.end(), is_upper);
        if ((is_lower(next.front()) || both_upper) && !is_reduplication(first, second))
            out.pop_back();
        return out + std::string(next);
    }
    // "2024-" + "2029": a range split at its hyphen.
    if (out.size() >= 2 && out.back() == '-' && out[out.size() - 2] >= '0' &&
        out[out.size() - 2] <= '9' && next.front() >= '0' && next.front() <= '9')
        return out + std::string(next);
    return out + " " + std::string(next);
}

std::vector<LayoutLine> layout_lines(const PdfText& text, const LayoutOptions& options) {
    std::vector<LayoutLine> lines;
    int block = 0;
    for (const PdfPage& page : text.pages) page_lines(text, page, options, block, lines);
    drop_headers_and_footers(text, options, lines);
    return lines;
}

LaidOutText build_paragraphs(const std::vector<LayoutLine>& lines, const LayoutOptions& options) {
    LaidOutText out;
    if (lines.empty()) return out;

    // The usual line pitch, in font sizes, and each block's left and right edges.
    std::vector<double> pitches;
    std::map<std::pair<int, int>, std::pair<double, double>> edges;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const LayoutLine& line = lines[i];
        auto key = std::make_pair(line.page, line.block);
        auto [it, inserted] = edges.try_emplace(key, line.left, line.right);
        if (!inserted) {
            it->second.first = std::min(it->second.first, line.left);
            it->second.second = std::max(it->second.second, line.right);
        }
        if (i == 0) continue;
        const LayoutLine& prev = lines[i - 1];
        double size = std::max(prev.font_size, 1.0);
        double dy = line.top - prev.top;
        if (prev.page == line.page && prev.block == line.block && dy > 0 && dy < 3 * size &&
            std::abs(prev.font_size - line.font_size) < 0.5)
            pitches.push_back(dy / size);
    }
    const double pitch = median(pitches, 1.25);

    LayoutParagraph current;
    const LayoutLine* first = nullptr;  // first line of the current paragraph
    int line_count = 0;
    double hang_left = -1;  // left edge of the continuation lines of a marked paragraph
    auto finish = [&]() {
        if (!current.text.empty()) out.paragraphs.push_back(std::move(current));
        current = LayoutParagraph{};
        first = nullptr;
        line_count = 0;
        hang_left = -1;
    };

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const LayoutLine& line = lines[i];
        if (line.text.empty()) continue;
        bool brk = first == nullptr;
        if (!brk) {
            const LayoutLine& prev = lines[i - 1];
            double em = std::max({prev.font_size, line.font_size, 1.0});
            bool marked_paragraph = starts_with_structural_marker(first->text);
            // In a marked paragraph ("(2) ..."), a line further right than the marker is a
            // continuation even when it happens to start "(1) berakhir ...".
            bool marker =
                starts_with_structural_marker(line.text) &&
                !(marked_paragraph && is_list_marker(line.text) && line.page == first->page &&
                  line.block == first->block && line.left > first->left + 0.5 * em);
            if (prev.page != line.page || prev.block != line.block) {
                brk = ends_sentence(prev.text) || !is_lower(line.text.front()) || marker;
            } else {
                auto [block_left, block_right] = edges[{line.page, line.block}];
                double dy = line.top - prev.top;
                double indent = line.left - prev.left;
                bool hanging = marked_paragraph &&
                               ((line_count == 1 && indent > 0) ||
                                (hang_left >= 0 && std::abs(line.left - hang_left) < 0.5 * em));
                if (marker || is_bare_heading_marker(prev.text))
                    brk = true;
                else if (std::abs(prev.font_size - line.font_size) > 0.1 * em)
                    brk = true;
                else if (prev.bold != line.bold)
                    brk = true;
                else if (dy <= 0 || dy > pitch * options.paragraph_gap * em)
                    brk = true;
                else if (indent > options.indent_em * em && !hanging &&
                         !(mostly_upper(prev.text) && mostly_upper(line.text)))
                    brk = true;
                else if (hang_left >= 0 && line.left < hang_left - 0.5 * em)
                    brk = true;
                else if (mostly_upper(prev.text) && !mostly_upper(line.text))
                    brk = true;
                else if (ends_sentence(prev.text) &&
                         prev.right <
                             block_right - std::max(0.08 * (block_right - block_left), 2 * em))
                    brk = true;
                if (!brk && marked_paragraph && line_count == 1 && indent > 0)
                    hang_left = line.left;
            }
        }
        if (brk) {
            finish();
            first = &line;
            current.page = line.page;
            current.bold = line.bold;
        }
        current.text = join_lines(current.text, line.text);
        current.bold = current.bold && line.bold;
        current.font_size = std::max(current.font_size, line.font_size);
        ++line_count;
    }
    finish();
    return out;
}

LaidOutText lay_out(const PdfText& text, const LayoutOptions& options) {
    return build_paragraphs(layout_lines(text, options), options);
}

}  // namespace arsip::readers
