// A small named-entity tagger of our own: an averaged perceptron over BIO tags (PER / ORG /
// LOC), decoded greedily left to right with the previous two tags as features and the BIO rule
// (I-X only after B-X or I-X). Trained on IDNER news (data/eval/ner/train.txt) by
// `arsip-ner-eval --train` (bench/ner_eval.cpp), which writes data/models/ner-idner.tsv.
//
// Features of word i: its lower case, shape (Xxxx, XXX, xxx, d, mixed), 2/3-letter prefixes and
// suffixes, the words and shapes at i-2..i+2, whether it starts the sentence, its classes in a
// name gazetteer (data/models/ner-gazetteer.tsv: words of DBpedia person/place/organisation
// names and Indonesian first names) and those of its neighbours, whether the previous word is a
// position word (Gubernur, Menteri, ...) and whether the word or the previous one heads an
// organisation (PT, Universitas, Kementerian, ...), plus the previous tags.
//
// Model file (UTF-8 text): "# comment" lines, one line "tags<TAB>O<TAB>B-PER<TAB>...", then one
// line per feature "feature<TAB>weight for each tag" (zero weights written as 0). Gazetteer file:
// "word<TAB>PER,LOC,ORG,FIRST" (any subset). Tagging never throws.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace arsip::entities {

struct NerSentence {
    std::vector<std::string> words;
    std::vector<std::string> tags;  // BIO: O, B-PER, I-PER, B-ORG, ...
};

// CoNLL lines "token POS BIO" (or "token BIO"), CRLF or LF, a blank line between sentences.
// Throws InputError("name:line: reason") for a line with fewer than two columns.
std::vector<NerSentence> read_conll(std::string_view text, const std::string& name);

struct NerSpan {
    std::size_t first = 0;  // word index
    std::size_t end = 0;    // exclusive
    std::string type;       // PER, ORG, LOC
    bool operator==(const NerSpan&) const = default;
};

// Spans of a BIO sequence, CoNLL style: an I-X after O or after another type starts a span.
std::vector<NerSpan> bio_spans(const std::vector<std::string>& tags);

// Word -> gazetteer classes (bits of NerGazetteer::Class).
class NerGazetteer {
public:
    enum Class : std::uint8_t { Person = 1, Place = 2, Organisation = 4, FirstName = 8 };
    // Throws InputError for a malformed line or an unknown class.
    static NerGazetteer parse(std::string_view text, const std::string& name);
    static NerGazetteer load(const std::filesystem::path& path);
    std::uint8_t classes(const std::string& lower_word) const;
    std::size_t size() const { return classes_.size(); }

private:
    std::unordered_map<std::string, std::uint8_t> classes_;
};

struct NerTrainOptions {
    int epochs = 8;
    unsigned seed = 1;  // sentence order per epoch
    // Features whose largest averaged weight is below this are left out of the model.
    float prune_below = 0.1f;
};

class NerTagger {
public:
    NerTagger() = default;  // tags every word O

    static NerTagger train(const std::vector<NerSentence>& sentences, NerGazetteer gazetteer,
                           const NerTrainOptions& options = {});
    // A model file's text; throws InputError when it is malformed.
    static NerTagger parse(std::string_view model, NerGazetteer gazetteer, const std::string& name);
    static NerTagger load(const std::filesystem::path& model,
                          const std::filesystem::path& gazetteer);

    // BIO tags for the words of one sentence (tokens as IDNER writes them).
    std::vector<std::string> tag(const std::vector<std::string>& words) const;

    // The model file text (see above).
    std::string serialize() const;
    std::size_t feature_count() const { return weights_.size(); }

private:
    std::vector<std::string> tags_{"O"};
    std::unordered_map<std::string, std::vector<float>> weights_;
    NerGazetteer gazetteer_;
};

}  // namespace arsip::entities
