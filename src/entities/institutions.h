// Institutions in a text: government bodies, companies, universities and other named
// organisations, each with one canonical name, every surface form seen, a kind and its mentions.
//
//   "Pemerintah Provinsi Jawa Timur (Pemprov Jatim) ... Pemprov Jatim"
//     -> "Pemerintah Provinsi Jawa Timur" (government; aliases "Pemprov Jatim")
//   "Dinas Perindustrian, Perdagangan, Koperasi, dan UKM (DPPKUKM) Provinsi Kaltim ... DPPKUKM
//    Kaltim" -> "Dinas Perindustrian, Perdagangan, Koperasi, dan UKM Provinsi Kalimantan Timur"
//   "Universitas Mulawarman (Unmul) Samarinda ... Rektor Unmul" -> "Universitas Mulawarman"
//
// Rules:
// - Regional governments: Pemerintah Provinsi/Kabupaten/Kota, Pemprov/Pemkab/Pemkot followed
//   by a place (full name or shorthand) -> "Pemerintah Provinsi <full province name>", and so on.
//   "Pemerintah Provinsi Kalimantan Timur dan Kalimantan Utara" names two (the second with the
//   surface "Kalimantan Utara"). Without a place ("Pemerintah", "Pemda") it is generic: none.
// - Named bodies start at a head word (Kementerian, Dinas, Badan, Biro, Sekretariat, Dewan,
//   Komisi, Direktorat, ...; PT, Perum, CV; Universitas, Institut, Politeknik, Sekolah Tinggi,
//   Akademi) and run over capitalised words, joining words between capitalised words ("dan",
//   "serta", "untuk", "&", "of") and comma lists closed by "dan"/"serta" ("Perindustrian,
//   Perdagangan, Koperasi, dan UKM"); they stop at a lower-case word, other punctuation or a
//   position / day / month word. A region after the name (Provinsi/Kabupaten/Kota X, or a bare
//   place after a regional body: "DPPKUKM Kaltim") is part of the canonical name, written in full.
// - A parenthesised abbreviation after a name ("(Unmul)", "(PT Peruri)") is an alias of it for
//   the whole document; later bare uses are mentions of it. Abbreviations in the synonym table
//   (DPR RI, Kemendag, BPS, Bappeda...) are known without a definition; the table's full name is
//   the canonical one ("DPR RI" -> "Dewan Perwakilan Rakyat Republik Indonesia").
// - English-style names with a tail head word ("Export Center Balikpapan") are kind "other".
// - Generic mentions are not institutions (gold convention): BUMN, BUMD, OPD, SKPD, Pemda,
//   Pemerintah Pusat, Perangkat Daerah, venues (hotels).
// Scanning is linear in the text; never throws on any input.
#pragma once

#include <string_view>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/places.h"
#include "entities/offsets.h"
#include "model/entities.h"
#include "text/abbreviations.h"
#include "text/synonyms.h"

namespace arsip::entities {

// The institution groups of a synonym table (names the table knows without a definition in
// the text). Build it once per table and pass it in InstitutionContext::institution_index.
SynonymIndex institution_index(const text::SynonymTable& synonyms);

struct InstitutionContext {
    const text::SynonymTable* synonyms = nullptr;  // required
    const Gazetteer* gazetteer = nullptr;          // required
    // Optional, to share work with the other extractors of the same text (each is computed
    // here when missing): the text's place scan (scan_places), institution_index(*synonyms),
    // and the text's abbreviations (text::learn_document_abbreviations).
    const PlaceScan* places = nullptr;
    const SynonymIndex* institution_index = nullptr;
    const std::vector<text::AbbreviationPair>* abbreviations = nullptr;
};

// One entity per canonical name, in order of first mention. Returns nothing when the context
// lacks its tables.
std::vector<model::Institution> extract_institutions(std::string_view text,
                                                     const InstitutionContext& context,
                                                     const CodePoints& points);

}  // namespace arsip::entities
