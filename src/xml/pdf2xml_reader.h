// poppler's `pdftohtml -xml` output (<pdf2xml>) → readers::PdfText. Internal to src/xml/.
#pragma once

#include <libxml/tree.h>

#include <string>

#include "readers/pdf_page.h"

namespace arsip::xml {

// `root` is a <pdf2xml> element. Fonts come from every <fontspec> (they are written inside the
// page where a font is first used), in order. Each <text> becomes a TextRun: its box and font
// attributes, its text with <b>, <i> and <a> flattened, exactly as written (not trimmed: the
// layout code needs the spaces); bold is set when a <b> holds all of its non-space text.
// Missing numeric attributes keep their defaults; present but non-numeric ones throw
// InputError(name, line, ...).
readers::PdfText read_pdf2xml(const xmlNode* root, const std::string& name);

}  // namespace arsip::xml
