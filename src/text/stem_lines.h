// The core of `arsip-index --stem`: reads words one a line and writes "word<TAB>stem" lines.
//
//   echo "Menandatangani" | arsip-index --stem   →   "menandatangani\ttandatangan"
//
// Each line is trimmed and case-folded (ICU, full Unicode) before stemming; empty lines are
// skipped.
#pragma once

#include <iosfwd>

#include "text/indonesian_stemmer.h"

namespace arsip::text {

void stem_lines(std::istream& in, std::ostream& out, IndonesianStemmer& stemmer);

}  // namespace arsip::text
