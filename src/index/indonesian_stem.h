// Our Indonesian stemmer as a Xapian::StemImplementation, so that the TermGenerator, the
// QueryParser and snippet highlighting all use the same stems. Internal to index/.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>

#include "text/indonesian_stemmer.h"

namespace arsip::index {

class IndonesianStemImplementation : public Xapian::StemImplementation {
public:
    explicit IndonesianStemImplementation(std::shared_ptr<const text::RootDictionary> roots)
        : stemmer_(std::move(roots)) {}

    // Called with one lower-cased word; the stemmer caches (one Xapian::Stem per thread).
    std::string operator()(const std::string& word) override { return stemmer_.stem(word); }
    std::string get_description() const override { return "arsip-indonesian"; }

private:
    text::IndonesianStemmer stemmer_;
};

}  // namespace arsip::index
