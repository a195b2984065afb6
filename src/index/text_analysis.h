// How text becomes terms, in one place, so that indexing, query parsing and snippets agree.
// Internal to index/ (includes Xapian).
#pragma once

#include <xapian.h>

namespace arsip::index {

// The stemmer used at index and query time. Xapian's Snowball Indonesian stemmer for now; the
// dictionary-checked Indonesian stemmer replaces it here (issue 3).
Xapian::Stem make_stemmer();

// A TermGenerator set up with that stemmer, positions on, and stemming strategy STEM_SOME.
Xapian::TermGenerator make_term_generator();

}  // namespace arsip::index
