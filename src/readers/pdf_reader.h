// Positioned PDF text (from xml::XmlReader::read_pdf2xml) → model::Document.
//
// The text is laid out (readers/pdf_layout.h). When it looks like an agreement (an agreement
// title in the first paragraphs, or a "Pasal 1" paragraph) the agreement structure is read
// (readers/agreement_structure.h); otherwise the document has type Other, the title is the
// paragraph with the largest font on the first page (the first paragraph on a tie), and the
// remaining paragraphs are its body. Neither id, source_path nor content_hash is set: the
// caller knows the file.
#pragma once

#include <string>

#include "model/document.h"
#include "readers/pdf_layout.h"
#include "readers/pdf_page.h"

namespace arsip::readers {

struct PdfReaderOptions {
    model::SourceFormat format = model::SourceFormat::Pdf;  // Pdf or Pdf2Xml, as the caller read it
    LayoutOptions layout;
};

// Throws InputError(name, 0, ...) when the PDF holds no text.
model::Document read_pdf_text(const PdfText& text, const std::string& name,
                              const PdfReaderOptions& options = {});

}  // namespace arsip::readers
