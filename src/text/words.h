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
#include <string>
#include <string_view>
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

// The words of `utf8` joined by single spaces ("Usaha Mikro, Kecil, dan Menengah" ->
// "usaha mikro kecil dan menengah"): the key a phrase is looked up by.
std::string phrase_key(std::string_view utf8);

}  // namespace arsip::text
