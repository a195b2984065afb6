// Paragraphs of an agreement (from a PDF, in reading order) → the agreement fields of
// model::Document. Tolerant: every part that is missing is left empty; only an input with no
// text at all is an error.
//
// What it recognises:
//  - type from the title: NOTA KESEPAHAMAN / MEMORANDUM OF UNDERSTANDING → nota-kesepahaman,
//    KESEPAKATAN BERSAMA → kesepakatan-bersama, PERJANJIAN KERJA SAMA (KERJASAMA) →
//    perjanjian-kerja-sama, ADENDUM / ADDENDUM → addendum, anything else → other;
//  - title: the upper-case paragraphs at the top (without the NOMOR lines), joined by spaces;
//  - numbers: "NOMOR : 120/1234/B.Pem/2024" paragraphs of the title block, in party order
//    (party = the role of the n-th party found, else "PIHAK KESATU", "PIHAK KEDUA", ...);
//  - preamble: the paragraphs between the title block and the first BAB or Pasal;
//  - clauses: "BAB II" + heading (the rest of the paragraph or the next upper-case one) sets the
//    chapter ("BAB II RUANG LINGKUP"); "Pasal 3" + heading (the rest of the paragraph, or the
//    next paragraph when it looks like a heading); "(1) ..." starts an ayat; other paragraphs
//    continue the current ayat; a Pasal without "(n)" has one ayat with an empty number;
//  - closing: from the paragraph after the last Pasal that starts with "Demikian",
//    "Ditandatangani" or "Dibuat" up to the signature block;
//  - signatories: the signature block, starting at a short "PIHAK KESATU," line: role, then
//    position line(s), then the name (the last line before the next role; "ttd" skipped).
//    When several roles share one line (columns not separated), only lines that split by
//    commas into one part per role are attributed: "KEPALA DINAS, DIREKTUR UTAMA," gives the
//    positions, and a names line without commas is dropped (name left empty);
//  - parties: "... selanjutnya disebut PIHAK KESATU" in the preamble, in the forms
//    "Nama: X, Jabatan: Y, ... atas nama Z", "1. X, Y, dalam hal ini ... atas nama Z" and
//    "Z, dalam hal ini diwakili oleh X selaku Y" ("mewakili Z" wins over "atas nama"); an alias
//    in parentheses is dropped from the institution ("Universitas Mulawarman (Unmul)") and the
//    institution from the end of the position ("Rektor Universitas Mulawarman" → "Rektor");
//  - signing date: a written-out date in the preamble ("Pada hari ini Senin tanggal dua belas
//    bulan Januari tahun dua ribu dua puluh empat"), else "Ditandatangani di P pada tanggal 8 Mei
//    2025", else a "Samarinda, 12 Januari 2024" line; place from "bertempat di ..., <Kota>" /
//    "di <Place>" in those forms;
//  - validity: "jangka waktu 5 (lima) tahun" / "jangka waktu selama 6 (enam) bulan" → months and
//    text; start = "terhitung sejak tanggal <date>" in that sentence, else the signing date;
//    end = "sampai dengan tanggal <date>" in that sentence, else start + duration (the
//    anniversary day itself, e.g. 2024-01-12 + 5 years = 2029-01-12, not the day before); left
//    empty when there is no start.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace arsip::readers {

// The type a title names; DocumentType::Other when it names none.
model::DocumentType agreement_type_from_title(std::string_view title);

// True when the first paragraphs carry an agreement title, or a paragraph starts "Pasal 1".
bool looks_like_agreement(const std::vector<std::string>& paragraphs);

// Fills title, type, numbers, parties, preamble, clauses, closing, signatories, date, place and
// validity of a new Document (format and provenance are left to the caller).
// Throws InputError(name, 0, ...) when `paragraphs` holds no text.
model::Document parse_agreement(const std::vector<std::string>& paragraphs,
                                const std::string& name);

}  // namespace arsip::readers
