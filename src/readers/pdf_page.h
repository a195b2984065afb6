// Positioned text as poppler's `pdftohtml -xml` writes it: pages of <text> runs with their
// box in points from the page's top-left corner. Filled by xml/pdf2xml_parser, read by
// readers/pdf_layout. Plain structs.
#pragma once

#include <string>
#include <vector>

namespace arsip::readers {

struct TextRun {
    double top = 0;   // distance from the page's top edge
    double left = 0;  // distance from the page's left edge
    double width = 0;
    double height = 0;
    int font = -1;      // font id from <fontspec>, -1 when unknown
    bool bold = false;  // the run was inside <b>
    std::string text;   // UTF-8, entities decoded, inner markup (<b>, <i>, <a>) flattened
};

struct FontSpec {
    int id = -1;
    double size = 0;
    std::string family;
};

struct PdfPage {
    int number = 0;  // 1-based
    double width = 0;
    double height = 0;
    std::vector<TextRun> runs;  // in the order pdftohtml wrote them
};

struct PdfText {
    std::vector<FontSpec> fonts;
    std::vector<PdfPage> pages;
};

}  // namespace arsip::readers
