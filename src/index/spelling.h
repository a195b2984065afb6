// "Did you mean": spelling suggestions for a query from the indexed vocabulary (Xapian's
// spelling table, filled at index time). Internal to index/.
//
// A query word gets a correction when
//  - it is not in the index at all: Xapian's own suggestion (edit distance up to 2); or
//  - it is in the index but rare, and not a known Indonesian word (the `is_known_word` check):
//    the most frequent word one edit away that is at least `min_ratio` times as frequent.
//    This catches typos that the corpus itself contains ("peovinsi" beside "provinsi"), which
//    Xapian's suggestion ignores because the typo is in its table.
#pragma once

#include <xapian.h>

#include <functional>
#include <string>
#include <string_view>

namespace arsip::index {

struct SpellingOptions {
    unsigned min_ratio = 2;               // a correction is at least this many times as frequent
    unsigned max_rare_frequency = 3;      // only words seen at most this often are corrected
    std::size_t min_word_length = 4;      // shorter words are never corrected
};

using KnownWord = std::function<bool(std::string_view lower_word)>;

// The query with its misspelt words replaced, or "" when nothing would change. Field values
// (after "name:"), quoted phrases' words included, and operators are handled like the query
// parser: only plain words are considered; the rest of the text is kept as typed.
std::string suggest_query(const Xapian::Database& db, std::string_view query, const KnownWord& is_known_word,
                          const SpellingOptions& options = {});

}  // namespace arsip::index
