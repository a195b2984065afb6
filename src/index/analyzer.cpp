#include "index/analyzer.h"

#include <array>

#include "index/indonesian_stem.h"
#include "index/schema.h"
#include "model/errors.h"
#include "text/abbreviations.h"
#include "text/normaliser.h"
#include "text/root_dictionary.h"
#include "text/stopwords.h"
#include "text/synonyms.h"
#include "text/words.h"

namespace arsip::index {
namespace {

Xapian::Stem make_stem(const text::Analysis& analysis) {
    switch (analysis.stemmer) {
        case text::StemmerKind::None: return Xapian::Stem("none");
        case text::StemmerKind::Snowball: return Xapian::Stem("indonesian");
        case text::StemmerKind::Indonesian:
            if (!analysis.roots) throw Error("the Indonesian stemmer needs a root dictionary");
            return Xapian::Stem(new IndonesianStemImplementation(analysis.roots));
    }
    return Xapian::Stem("none");
}

std::string concept_term(const text::SynonymGroup& group) { return schema::term(schema::kConcept, group.key); }

}  // namespace

Analyzer::Analyzer(const text::Analysis& analysis) : analysis_(analysis), stem_(make_stem(analysis)) {
    if (analysis_.stopwords) {
        for (const auto& word : analysis_.stopwords->words()) stopper_.add(word);
    }
}

Xapian::Stem Analyzer::separate_stem() const { return make_stem(analysis_); }

Xapian::TermGenerator Analyzer::make_term_generator() const {
    Xapian::TermGenerator generator;
    generator.set_stemmer(stem_);
    generator.set_stemming_strategy(analysis_.stemmer == text::StemmerKind::None
                                        ? Xapian::TermGenerator::STEM_NONE
                                        : Xapian::TermGenerator::STEM_SOME);
    return generator;
}

void Analyzer::configure(Xapian::QueryParser& parser) const {
    parser.set_stemmer(stem_);
    parser.set_stemming_strategy(analysis_.stemmer == text::StemmerKind::None ? Xapian::QueryParser::STEM_NONE
                                                                              : Xapian::QueryParser::STEM_SOME);
    if (analysis_.stopwords) parser.set_stopper(&stopper_);
    parser.set_default_op(Xapian::Query::OP_AND);
}

unsigned Analyzer::query_flags() const {
    unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PURE_NOT;
    if (analysis_.synonyms) flags |= Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
    return flags;
}

std::string Analyzer::prepare(std::string_view text) const {
    if (!analysis_.normalise) return std::string(text);
    text::NormaliseOptions options;
    options.glued_parts = analysis_.synonyms.get();
    return text::normalise_text(text, options);
}

std::vector<std::pair<std::string, std::string>> Analyzer::add_concept_terms(Xapian::Document& document,
                                                                             std::string_view text) const {
    std::vector<std::pair<std::string, std::string>> taught;
    if (!analysis_.synonyms) return taught;
    words_.assign(text);

    text::SynonymTable learned;
    if (analysis_.learn_abbreviations && text.find('(') != std::string_view::npos) {
        learned = text::document_synonyms(text::learn_document_abbreviations(text), *analysis_.synonyms);
        for (const auto& group : learned.groups()) {
            for (const auto& form : group.forms) taught.emplace_back(form.key, concept_term(group));
        }
    }
    const std::array<const text::SynonymTable*, 2> tables{analysis_.synonyms.get(), &learned};
    for (const auto& match : text::match_synonyms(words_.texts(), tables, {.nested_spelling = true})) {
        // An ambiguous form ("KB") in a document says too little to tag it with a concept; a query
        // for it is still expanded (the synonym table lists it).
        if (match.ambiguous) continue;
        document.add_term(concept_term(*match.group));
    }
    return taught;
}

std::vector<std::pair<std::string, std::string>> Analyzer::shared_synonyms() const {
    std::vector<std::pair<std::string, std::string>> out;
    if (!analysis_.synonyms) return out;
    for (const auto& group : analysis_.synonyms->groups()) {
        for (const auto& form : group.forms) out.emplace_back(form.key, concept_term(group));
    }
    return out;
}

PairWords Analyzer::pair_words() const {
    return analysis_.pair_words ? PairWords(analysis_.pair_words->words()) : PairWords();
}

bool Analyzer::is_stopword(std::string_view lower_word) const {
    return analysis_.stopwords && analysis_.stopwords->contains(lower_word);
}

bool Analyzer::is_known_word(std::string_view lower_word) const {
    if (analysis_.synonyms && analysis_.synonyms->find(lower_word)) return true;  // DPRD, Kaltim
    if (!analysis_.roots) return false;
    const std::string word(lower_word);
    return analysis_.roots->contains(word) || analysis_.roots->contains(stem_(word));
}

}  // namespace arsip::index
