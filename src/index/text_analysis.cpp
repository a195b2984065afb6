#include "index/text_analysis.h"

namespace arsip::index {

Xapian::Stem make_stemmer() { return Xapian::Stem("indonesian"); }

Xapian::TermGenerator make_term_generator() {
    Xapian::TermGenerator generator;
    generator.set_stemmer(make_stemmer());
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    return generator;
}

}  // namespace arsip::index
