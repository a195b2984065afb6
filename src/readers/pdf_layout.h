// Positioned PDF text (readers::PdfText, from pdftohtml -xml) → lines and paragraphs in
// reading order.
//
// Per page: runs are grouped into lines by vertical overlap and sorted by left edge; a page
// whose rows show a clear gutter near the middle (several rows with text on both sides of it and
// nothing across it; two such rows suffice, as in a signature block) is read as two columns, left
// before right, between the full-width lines. Running headers and footers (lines in the top or
// bottom band whose text, digits masked, repeats on at least half of the pages) and page numbers
// ("3", "- 3 -", "Halaman 3 dari 7", "Hal. 3") are dropped. Lines are then joined into paragraphs;
// a new paragraph starts at a bigger vertical gap than the usual line spacing, a first-line indent,
// a change of font size or boldness, a line starting with a structural marker ("Pasal 3", "BAB II",
// "(1)", "a.", "2.", "Nomor"), after a short line that ends a sentence, after a line that is only
// "Pasal 3" / "BAB II", and after an upper-case line followed by a line that is not. A word
// hyphenated at a line end is joined
// ("kerja-" + "sama" → "kerjasama") when the next line starts in lower case, except a
// reduplication ("kupu-" + "kupu" → "kupu-kupu", "berlari-" + "lari"); a hyphen before an upper
// case letter or a digit stays ("antar-" + "OPD" → "antar-OPD").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "readers/pdf_page.h"

namespace arsip::readers {

struct LayoutOptions {
    double header_band = 0.12;       // top share of the page height where running headers live
    double footer_band = 0.12;       // bottom share where running footers and page numbers live
    int min_header_repeats = 2;      // pages a header/footer text must appear on to be dropped,
    double header_page_share = 0.5;  // and at least this share of the pages
    bool detect_columns = true;      // look for two-column pages
    double paragraph_gap = 1.2;      // a line pitch this many times the usual one breaks
    double indent_em = 1.0;          // a first-line indent of at least this many font sizes breaks
};

// One line of text after grouping, before paragraphs are built.
struct LayoutLine {
    int page = 0;
    int block = 0;  // reading-order block on the page: 0 single column; columns and bands count up
    double top = 0;
    double bottom = 0;
    double left = 0;
    double right = 0;
    double font_size = 0;
    bool bold = false;  // every run of the line is bold
    std::string text;
};

struct LayoutParagraph {
    std::string text;
    int page = 0;          // page of its first line
    bool bold = false;     // every line bold (headings)
    double font_size = 0;  // largest font size among its lines
};

struct LaidOutText {
    std::vector<LayoutParagraph> paragraphs;

    std::vector<std::string> texts() const;  // the paragraphs' text alone
};

// Lines in reading order, running headers, footers and page numbers removed.
std::vector<LayoutLine> layout_lines(const PdfText& text, const LayoutOptions& options = {});

// Paragraphs built from layout_lines().
LaidOutText lay_out(const PdfText& text, const LayoutOptions& options = {});

// Lines as above → paragraphs (exposed for tests and for callers that filter lines first).
LaidOutText build_paragraphs(const std::vector<LayoutLine>& lines,
                             const LayoutOptions& options = {});

// "3", "- 3 -", "— 3 —", "Halaman 3", "Halaman 3 dari 7", "Hal. 3", "hal 3/7", "3/7", "Page 3 of
// 7".
bool is_page_number(std::string_view line);

// Joins line `next` to the text `before` (the paragraph so far) with the hyphen rules above.
std::string join_lines(std::string_view before, std::string_view next);

// True for a line that starts a structural unit: "Pasal 3", "BAB II", "(1)", "a.", "2.",
// "Nomor", "NOMOR".
bool starts_with_structural_marker(std::string_view line);

}  // namespace arsip::readers
