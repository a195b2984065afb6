// Text prepared for Xapian's TermGenerator and QueryParser: the same transform runs on document
// text and on query strings, so both sides agree. It preserves case and never touches query
// syntax: quotes, brackets, the ':' of field prefixes, a '-' or '+' before a word, and the words
// AND / OR / NOT / NEAR all pass through unchanged.
//
// What it does:
// - Characters (only where a non-ASCII byte occurs; ASCII text takes a fast path): Unicode
//   compatibility forms and diacritics are folded with ICU (NFKD, nonspacing marks removed, NFC):
//   "é" -> "e", "ﬁ" -> "fi", full-width "１２" -> "12", no-break space -> space. Typographic
//   apostrophes ’ ‘ ʼ become ' (so "Mas’ud" and "Mas'ud" are the same word, which Xapian keeps
//   whole), typographic double quotes “ ” „ become ", soft hyphens and zero-width characters are
//   removed. Dashes – — are left alone: Xapian already treats them as separators.
// - Glued shorthand pairs: a camel-case token is split at its internal capitals when every part
//   is a one-word form of the synonym table given in the options: "KaltimJatim" -> "Kaltim Jatim",
//   "DPRDKaltim" -> "DPRD Kaltim". Nothing else is split: "McDonald", "iPhone", "PemProv" (no
//   part "pem"), "MoU", "DPRD", "UMKM" stay as written. A token right after a query operator
//   ("-KaltimJatim", "+KaltimJatim", "judul:KaltimJatim") is not split, since splitting would
//   change what the operator applies to.
// - Amounts, so that a query for "Rp666", "Rp 666" or "666 miliar" finds "Rp666 miliar":
//   Xapian makes one term "rp666" of "Rp666", so "Rp" glued to a number is split off
//   ("Rp666" -> "Rp 666"); thousands dots are dropped from grouped numbers ("1.500.000" ->
//   "1500000"), and zero cents after a grouped number or an Rp amount are dropped
//   ("Rp1.500.000,00" -> "Rp 1500000"). Decimal commas stay ("14,3": Xapian keeps "14,3" as one
//   term, at index and query time alike).
// - Hyphenated words and reduplication ("kupu-kupu", "tambahan-tambahan", "antar-OPD") are left
//   as written: Xapian indexes "kupu-kupu" as the words kupu, kupu at adjacent positions and
//   parses the query "kupu-kupu" as the phrase "kupu kupu", so hyphenated forms find each other;
//   the stemmer reduces the parts.
//
// Offsets change (output is not the same length as input); keep the original text for snippets
// and entity offsets.
#pragma once

#include <string>
#include <string_view>

namespace arsip::text {

class SynonymTable;

struct NormaliseOptions {
    bool fold_characters = true;  // diacritics, compatibility forms, apostrophes, quotes
    bool amounts = true;          // "Rp666" -> "Rp 666", "1.500.000,00" -> "1500000"
    // Split glued camel-case tokens whose parts are all one-word forms of this table. Not owned;
    // nullptr: no splitting.
    const SynonymTable* glued_parts = nullptr;
};

std::string normalise_text(std::string_view utf8, const NormaliseOptions& options = {});

// Only the character folding of normalise_text (no splitting, no amounts, case preserved).
std::string fold_characters(std::string_view utf8);

}  // namespace arsip::text
