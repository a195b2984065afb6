// Words as Xapian's TermGenerator and QueryParser see them, for matching synonyms and stopwords
// in our own code (no Xapian here).
//
//   split_words("Mas’ud, Gubernur Kaltim: Rp1.500.000") -> mas'ud gubernur kaltim rp1.500.000
//
// A word is a run of letters and digits (Unicode, via ICU); an apostrophe or '&' between two
// letters/digits stays inside the word ("mas'ud", "at&t"), and so does '.' or ',' between two
// digits ("1.500.000", "14,3"), as Xapian does. Everything else (spaces, hyphens, dashes,
// quotes, brackets) separates words, so "kupu-kupu" is two words and "DPR-RI" is "dpr ri".
// Each word is lower-cased and folded like normalise_text() (diacritics, compatibility forms,
// typographic apostrophes), so a word list is the same whether or not the text was normalised.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace arsip::text {

struct Word {
    std::string text;       // lower-cased, folded
    std::size_t begin = 0;  // byte offsets of the word in the input
    std::size_t end = 0;
};

std::vector<Word> split_words(std::string_view utf8);

// Only the words' text, for matchers that need no offsets.
std::vector<std::string> word_texts(std::string_view utf8);

// The same words (and offsets) as split_words(), as views into one folded buffer: no allocation
// per word, for the hot paths (the concept terms of every indexed document). assign() reuses the
// buffers, so one object can serve text after text without allocating. Copies and moves carry
// their own views.
class FoldedWords {
public:
    FoldedWords() = default;
    explicit FoldedWords(std::string_view utf8) { assign(utf8); }
    FoldedWords(const FoldedWords& other);
    FoldedWords(FoldedWords&& other) noexcept;
    FoldedWords& operator=(const FoldedWords& other);
    FoldedWords& operator=(FoldedWords&& other) noexcept;
    ~FoldedWords() = default;

    // Replaces the words with those of `utf8`.
    void assign(std::string_view utf8);

    std::span<const std::string_view> texts() const { return texts_; }
    std::size_t size() const { return texts_.size(); }
    bool empty() const { return texts_.empty(); }
    std::string_view operator[](std::size_t i) const { return texts_[i]; }
    // Byte offsets of word i in the input.
    std::size_t begin(std::size_t i) const { return spans_[i].first; }
    std::size_t end(std::size_t i) const { return spans_[i].second; }

private:
    // Points the views at folded_ again after its data moved from `old_data`.
    void rebase(const char* old_data);

    std::string folded_;  // the input lower-cased, then the folded words with non-ASCII bytes
    std::vector<std::pair<std::size_t, std::size_t>> spans_;  // offsets in the input
    std::vector<std::string_view> texts_;                     // into folded_
};

// The words of `utf8` joined by single spaces ("Usaha Mikro, Kecil, dan Menengah" ->
// "usaha mikro kecil dan menengah"): the key a phrase is looked up by.
std::string phrase_key(std::string_view utf8);

}  // namespace arsip::text
