// Abbreviations a document defines for itself: "Full Name (ABBR)" and "ABBR (Full Name)".
//
//   learn_document_abbreviations("... Universitas Mulawarman (Unmul) dan PT Percetakan Uang
//   Republik Indonesia (PT Peruri) ...")
//     -> {"Unmul", "Universitas Mulawarman"}, {"PT Peruri", "PT Percetakan Uang Republik
//     Indonesia"}
//
// A pair is kept only when the abbreviation plausibly abbreviates the name: its letters are,
// in order, a non-empty prefix of each content word of the name ("Unmul" <- UNiversitas
// MULawarman, "DPPKUKM" <- Dinas Perindustrian Perdagangan Koperasi [dan] UKM, "Kaltim" <-
// KALimantan TIMur); joining words ("dan", "dan", "serta", "of", ...) may be skipped; a leading
// word the two share ("PT") is set aside first. The name is the shortest run of words before the
// bracket (within the sentence, at most max_name_words) that explains every letter. Forms that
// take letters from the middle of a word ("Disperindag", "Kemendagri") are not learnt; put them
// in the synonym data instead.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/synonyms.h"

namespace arsip::text {

struct AbbreviationPair {
    std::string abbreviation;  // as written ("Unmul")
    std::string
        full_name;  // as written, inner punctuation kept ("Dinas Perindustrian, ..., dan UKM")
    std::size_t offset = 0;  // byte offset of the abbreviation in the text
};

struct LearnOptions {
    std::size_t max_name_words = 12;
    std::size_t max_abbreviation_bytes = 24;
};

// Every plausible pair, in text order; a pair defined twice is reported once.
std::vector<AbbreviationPair> learn_document_abbreviations(std::string_view text,
                                                           const LearnOptions& options = {});

// Whether `abbreviation` plausibly abbreviates all of `full_name` (the rule above).
bool plausible_abbreviation(std::string_view abbreviation, std::string_view full_name);

// A small table of a document's own pairs, to match together with the shared table (see
// match_synonyms). When the full name or the abbreviation is already a form of a group in
// `shared`, the new group takes that group's concept key, so the document's forms map to the
// same concept ("Kesepakatan Bersama (KB)" makes "KB" an unambiguous form of kesepakatan_bersama
// in that document). Pairs that would clash inside the document (one abbreviation, two names)
// keep the first.
SynonymTable document_synonyms(const std::vector<AbbreviationPair>& pairs,
                               const SynonymTable& shared);

}  // namespace arsip::text
