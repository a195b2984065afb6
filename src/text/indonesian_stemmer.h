// Dictionary-checked confix-stripping stemmer for Indonesian (the Nazief-Adriani / Enhanced
// Confix Stripping family: Asian et al. 2007, Arifin et al. 2009, as refined by Sastrawi).
//
//   IndonesianStemmer stemmer(RootDictionary::load_default());
//   stemmer.stem("menandatangani") == "tandatangan"
//   stemmer.stem("penerimaannya") == "terima"
//   stemmer.stem("kupu-kupu") == "kupu"
//
// Input is one lower-case word (the tokenizer lower-cases). The stemmer strips particles (-lah,
// -kah, -tah, -pun), possessives (-ku, -mu, -nya), derivational suffixes (-i, -kan, -an, and the
// loan suffixes -is, -isme, -isasi as a last resort) and up to three prefixes with their recoding
// rules (meny- → s, mem- → p/m, men- → t/n, meng- → k/g/h/vowel, ber-, ter-, per-, pe-, di-,
// ke-, se-, ku-, kau-, the infixes -el-, -em-, -er-, -in-), checks the dictionary after every
// step and backtracks (restores the suffixes and retries). A word that is itself in the
// dictionary is returned unchanged, and so are short words, words with digits or with bytes
// other than a-z and '-'. Reduplicated words ("buku-buku", "berlari-lari", "meniru-nirukan")
// give the root of their parts. When no dictionary root is found, the word comes back as given
// (StemFallback::unchanged, the default) or with only its particles and possessives removed.
//
// The dictionary decides what counts as a root: see RootDictionary (the default list is a
// separate CC BY-NC-SA data file; any list can be loaded instead).
//
// Thread safety: an IndonesianStemmer keeps a cache of stems and is meant for ONE thread.
// Give each thread its own instance; they can share one std::shared_ptr<const RootDictionary>.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "text/root_dictionary.h"
#include "text/stem_cache.h"

namespace arsip::text {

enum class StemFallback {
    unchanged,         // no root found: the word as given
    strip_inflection,  // no root found: the word without particles and possessives
};

struct StemmerOptions {
    StemFallback fallback = StemFallback::unchanged;
    std::size_t min_length = 4;         // words with fewer letters are returned unchanged
    std::size_t cache_limit = 1 << 18;  // distinct words cached; the cache is emptied when full
};

class IndonesianStemmer {
public:
    explicit IndonesianStemmer(std::shared_ptr<const RootDictionary> dictionary,
                               StemmerOptions options = {});

    // The root of `word` (see above). Cached: the same word costs a hash lookup the second time.
    std::string stem(std::string_view word);

    // The root without touching the cache (same result as stem()).
    std::string stem_uncached(std::string_view word) const;

    const RootDictionary& dictionary() const { return *dictionary_; }
    const StemmerOptions& options() const { return options_; }

private:
    std::shared_ptr<const RootDictionary> dictionary_;
    StemmerOptions options_;
    StemCache cache_;
};

}  // namespace arsip::text
