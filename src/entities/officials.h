// Officials in Indonesian news and agreements: a person's name with their position (jabatan)
// and the institution the position belongs to.
//
//   "Wakil Gubernur Kalimantan Timur, Seno Aji mengatakan ..."
//     -> {name "Seno Aji", position "Wakil Gubernur",
//         institution "Pemerintah Provinsi Kalimantan Timur"}
//   "Kepala Bidang Perdagangan DPPKUKM Kaltim Ali Wardana"
//     -> {"Ali Wardana", "Kepala Bidang Perdagangan",
//         "Dinas Perindustrian, Perdagangan, Koperasi, dan UKM Provinsi Kalimantan Timur"}
//   "H. RUDY MAS'UD, Gubernur Kalimantan Timur" -> {"Rudy Mas'ud", "Gubernur", "Pemerintah ..."}
//
// Recognised: a position head (Gubernur, Wakil Gubernur, Sekretaris Daerah, Bupati, Wali Kota,
// Menteri, Rektor, Kepala Bidang, Kepala, Ketua, Anggota, Direktur, ...; capitalised) followed by
// its place / ministry field / university / body, then an optional comma and a name; or a name,
// a comma and the position (apposition). Honorifics (H., Hj., Dr., Ir., Prof., ...) and degrees
// (S.H., M.Si., Ph.D., IPU, ...) are not part of the name; upper-case names become title case;
// typographic apostrophes become '. A position with no name ("Gubernur Jawa Timur menyoroti")
// becomes an official with an empty name, unless a named official of the same document holds
// the same position and institution (then it is one more mention of that official).
// "yang akrab disapa Ivan" adds a nickname to the official mentioned last; later mentions of a
// nickname, of a name word ("lanjut Seno") or of the full name add mentions.
//
// Institutions are resolved with the synonym table (Kaltim -> Kalimantan Timur, Unmul ->
// Universitas Mulawarman, DPR RI -> Dewan Perwakilan Rakyat Republik Indonesia) and the
// document's own "Full Name (ABBR)" pairs. Never throws on any input; linear in the text size.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "entities/offsets.h"
#include "model/entities.h"
#include "text/abbreviations.h"
#include "text/synonyms.h"

namespace arsip::entities {

struct OfficialContext {
    // Shorthands and full names (data/synonyms/abbreviations.tsv); may be null.
    const text::SynonymTable* synonyms = nullptr;
    // The document's own "(ABBR)" pairs; when null they are learnt from the text.
    const std::vector<text::AbbreviationPair>* abbreviations = nullptr;
};

// Officials in text order of their first mention; mentions are code-point ranges of `text`
// (`points` must be built from the same text).
std::vector<model::Official> extract_officials(std::string_view text,
                                               const OfficialContext& context,
                                               const CodePoints& points);

// A person's name as a party or signatory writes it, cleaned the way extracted names are:
// honorifics (H., Prof. Dr. Ir., Bapak) and degrees (S.H., M.Si., IPU) dropped, upper-case
// words in title case, typographic apostrophes as '.
//   "Ir. HENDRA WICAKSANA PUTRA, M.M." -> "Hendra Wicaksana Putra"
// Returns "" when nothing but titles is left. Never throws.
std::string person_name(std::string_view written);

}  // namespace arsip::entities
