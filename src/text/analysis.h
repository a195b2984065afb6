// The Indonesian analysis resources, loaded once and shared read-only by every thread: the root
// dictionary for the stemmer, the synonym and abbreviation table, the stopword list, and the
// choices made with them. The index layer turns this into Xapian objects (index/analyzer.h).
#pragma once

#include <filesystem>
#include <memory>

namespace arsip::text {

class RootDictionary;
class SynonymTable;
class StopwordList;

enum class StemmerKind {
    None,        // words as written (lower-cased)
    Snowball,    // Xapian's Snowball "indonesian" (Tala 2003), for comparison
    Indonesian,  // our dictionary-checked confix-stripping stemmer
};

struct Analysis {
    StemmerKind stemmer = StemmerKind::Indonesian;
    std::shared_ptr<const RootDictionary> roots;   // required for StemmerKind::Indonesian
    std::shared_ptr<const SynonymTable> synonyms;  // null: no synonyms
    std::shared_ptr<const StopwordList> stopwords; // null: no stopwords
    // Frequent words whose adjacent pairs the index keeps as pair terms, so that a quoted phrase
    // of two of them needs no positions (index/pair_terms.h); a word list like the stopwords'.
    // null: no pair terms.
    std::shared_ptr<const StopwordList> pair_words;
    bool normalise = true;                         // text::normalise_text before indexing/parsing
    bool learn_abbreviations = true;               // "Full Name (ABBR)" pairs taught by documents
};

// Loads data_dir/dictionaries/kata-dasar.txt (+ kata-dasar-tambahan.txt),
// data_dir/synonyms/abbreviations.tsv, data_dir/stopwords/stopwords-id.txt and
// data_dir/phrases/common-words.txt.
// Throws arsip::Error naming the file that cannot be read.
Analysis load_analysis(const std::filesystem::path& data_dir = ARSIP_DEFAULT_DATA_DIR);

}  // namespace arsip::text
