// Places in a text: provinces, regencies, cities (and districts named with their regency) from
// the gazetteer, with the shorthands of the synonym table (Kaltim, Jatim, Kukar, IKN).
//
//   "Provinsi Kalimantan Timur dan Jawa Timur (KaltimJatim) ... di Swissbell Hotel Balikpapan"
//     -> Kalimantan Timur (province, 64; mentions "Kalimantan Timur", "Kaltim"),
//        Jawa Timur (province, 35; "Jawa Timur", "Jatim"), Balikpapan (city, 64.71)
//
// Rules:
// - A name counts only when its words start with a capital letter in the text ("Kota Malang",
//   not "kota malang"); joining "dan" may be lower case.
// - The longest name wins ("Papua Barat Daya" over "Papua Barat"), shorthands included.
// - A name shared by several places is read by the word before it: Kabupaten/Kab. -> the
//   regency, Kota -> the city, Provinsi -> the province; a bare name is read as the province,
//   then the city, then the regency ("Malang" alone is Kota Malang).
// - A name that is also an ordinary word (Gazetteer::is_common_word: Malang, Pati, Batu, ...)
//   needs a cue before it (Kabupaten, Kab., Kota, Provinsi, Kecamatan, di, ke, dari) or a
//   lower-case word before it in the same sentence; so "Nasib Malang" in a headline is no place.
// - Glued shorthands are split at a lower-to-upper case change when every part is a place name
//   ("KaltimJatim" -> Kaltim + Jatim).
// - Ibu Kota Nusantara (IKN) is a place of kind "capital" in province Kalimantan Timur, no code.
// - A district (kecamatan) is found only as "Kecamatan X" or "X, <its regency>" ("Tanjung
//   Palas Timur, Bulungan"), kind "district".
// Scanning is linear in the text (names are indexed by their first word).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/offsets.h"
#include "model/entities.h"
#include "text/synonyms.h"
#include "text/words.h"

namespace arsip::entities {

// The forms of some groups of a synonym table indexed by their first folded word, so matching
// costs a hash look-up per word (SynonymTable::find folds its argument with ICU each call).
class SynonymIndex {
public:
    SynonymIndex(const text::SynonymTable& synonyms,
                 const std::function<bool(const text::SynonymGroup&)>& keep);

    struct Match {
        std::size_t count = 0;  // words matched; 0 when none
        const text::SynonymGroup* group = nullptr;
        bool ambiguous = false;  // matched through a '~' form
    };
    // The longest form at words[at] for which accept(count) holds.
    Match longest_at(const std::vector<text::Word>& words, std::size_t at,
                     const std::function<bool(std::size_t)>& accept) const;

private:
    struct Form {
        std::vector<std::string> words;
        const text::SynonymGroup* group = nullptr;
        bool ambiguous = false;
    };
    std::unordered_map<std::string, std::vector<Form>> by_first_word_;  // longest first
};

// One place name in a word sequence: words [first, first + count) name gazetteer place `place`.
struct PlaceSpan {
    std::size_t first = 0;
    std::size_t count = 0;
    std::size_t place = 0;  // Gazetteer id
};

struct PlaceScan {
    std::vector<text::Word> words;  // text::split_words, glued shorthands split
    std::vector<PlaceSpan> spans;   // in text order, not overlapping
};

// The place groups of a synonym table, as scan_places matches them. Building one costs more
// than scanning a news article: build it once per table and pass it to scan_places.
SynonymIndex place_index(const text::SynonymTable& synonyms);

// The place names of `text` with the words they were found in (institutions reuse both).
// `places` is place_index(synonyms); the overload without it builds one.
PlaceScan scan_places(std::string_view text, const Gazetteer& gazetteer, const text::SynonymTable& synonyms,
                      const SynonymIndex& places);
PlaceScan scan_places(std::string_view text, const Gazetteer& gazetteer,
                      const text::SynonymTable& synonyms);

// One entity per place, in order of first mention, each with all its mentions. Never throws on
// any input (invalid UTF-8 included).
std::vector<model::Place> extract_places(std::string_view text, const Gazetteer& gazetteer,
                                         const text::SynonymTable& synonyms,
                                         const CodePoints& points);
// The same from a scan already made of the text `points` was built from.
std::vector<model::Place> places_from_scan(const PlaceScan& scan, const Gazetteer& gazetteer,
                                           const CodePoints& points);

}  // namespace arsip::entities
