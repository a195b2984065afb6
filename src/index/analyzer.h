// The text analysis as Xapian sees it: one stemmer, one stopper, normalisation, concept terms
// for synonyms. Built from the shared text::Analysis; one Analyzer per thread (the stemmer
// caches). Internal to index/.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

#include "index/pair_terms.h"
#include "text/analysis.h"
#include "text/words.h"

namespace arsip::text {
class SynonymTable;
}

namespace arsip::index {

class Analyzer {
public:
    explicit Analyzer(const text::Analysis& analysis);

    // The stemmer (shared by copies: use from one thread).
    const Xapian::Stem& stem() const { return stem_; }
    // Another stemmer of the same kind, sharing nothing with stem() (for another thread).
    Xapian::Stem separate_stem() const;

    // A TermGenerator with our stemmer, positions and STEM_SOME.
    Xapian::TermGenerator make_term_generator() const;

    // A QueryParser with our stemmer, stopwords, AND as default and multi-word synonyms.
    void configure(Xapian::QueryParser& parser) const;
    unsigned query_flags() const;

    // Text as the term generator and the query parser should see it (text::normalise_text).
    std::string prepare(std::string_view text) const;

    // Adds one XC term per synonym mention in `text` (shared table and the abbreviations the
    // document itself teaches) and returns the (form key, concept term) pairs the database's
    // synonym table needs for the abbreviations the document taught.
    std::vector<std::pair<std::string, std::string>> add_concept_terms(Xapian::Document& document,
                                                                       std::string_view text) const;

    // (form key, concept term) for every form of the shared synonym table.
    std::vector<std::pair<std::string, std::string>> shared_synonyms() const;

    const text::SynonymTable* synonyms() const { return analysis_.synonyms.get(); }
    // The pair word list of the analysis data (pair_terms.h); empty when it has none.
    PairWords pair_words() const;
    bool is_stopword(std::string_view lower_word) const;

    // True when `lower_word` (or its stem) is an Indonesian root word: never "corrected".
    bool is_known_word(std::string_view lower_word) const;

private:
    text::Analysis analysis_;
    Xapian::Stem stem_;
    Xapian::SimpleStopper stopper_;
    // add_concept_terms' word buffers, reused from document to document (like the stemmer's
    // cache, a reason for one Analyzer per thread).
    mutable text::FoldedWords words_;
};

}  // namespace arsip::index
