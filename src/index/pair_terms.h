// Pair terms: how the index answers a quoted phrase of two frequent words without reading
// positions. Internal to index/.
//
// Xapian checks a phrase by reading the position lists of every document that holds all its
// words; for two frequent words ("pemerintah provinsi", "kerja sama") that is most of the
// archive's documents. For each two adjacent positions of a document that hold words of the pair
// word list (data/phrases/common-words.txt: frequent words that are no stopwords), the writer
// adds a boolean pair term (schema::kPair), derived from the document's own positions, so it is
// there exactly when the phrase matches. A query's exact two-word phrase of such words becomes
// FILTER(AND(first, second), pair term): the same matches and the same weights (Xapian weighs a
// phrase as the AND of its terms), from posting lists alone.
//
// The list a database was written with is kept in its metadata (schema::kPairWordsKey), and a
// searcher uses pair terms only with that list and once every document has them
// (schema::kSchemaVersion 3): a different list in data/ never makes a phrase miss documents.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace arsip::index {

class PairWords {
public:
    PairWords() = default;
    // `words`: lower-case words as the TermGenerator writes them; sorted and made unique here.
    explicit PairWords(std::vector<std::string> words);
    // The form kept in the database metadata: the words, one a line.
    static PairWords parse(std::string_view text);
    std::string serialise() const;

    bool empty() const { return words_.empty(); }
    std::size_t size() const { return words_.size(); }
    bool contains(std::string_view word) const;
    const std::vector<std::string>& words() const { return words_; }

private:
    std::vector<std::string> words_;  // sorted
};

// schema::kPair + first + " " + second.
std::string pair_term(std::string_view first, std::string_view second);

// Adds a boolean pair term for each two consecutive positions of `document` that hold unprefixed
// terms of `words` (call it once the document's text is indexed).
void add_pair_terms(Xapian::Document& document, const PairWords& words);

// What a phrase of pair words becomes: Weighed, FILTER(AND(first, second), pair term), the same
// matches and weights as the phrase; Matched, the pair term alone, the same matches (a pair term
// is only where both words are, side by side) for a query that only counts.
enum class PairForm { Weighed, Matched };

// `query` with each exact two-word phrase (window 2) of two `words` in `form`, under AND, OR,
// AND_NOT, XOR, AND_MAYBE, FILTER and MAX (other operators are kept as they are).
Xapian::Query with_pair_terms(const Xapian::Query& query, const PairWords& words, PairForm form = PairForm::Weighed);

}  // namespace arsip::index
