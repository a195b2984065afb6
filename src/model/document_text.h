// The one plain text of a document that entity extraction reads and entity offsets point into:
// the title, summary, paragraphs, preamble, each Pasal ("Pasal N" + heading, then each ayat),
// the closing, in that order, one per line ("\n" between them).
#pragma once

#include <string>

#include "model/document.h"

namespace arsip::model {

std::string document_text(const Document& document);

}  // namespace arsip::model
