// Entities extracted from a document: officials with their positions, institutions, amounts,
// percentages, dates and places. Plain structs.
//
// Offsets: every mention is a half-open range [start, end) of Unicode code points (not bytes)
// in document_text(document) (model/document_text.h), the one text the extractors read and the
// page highlights.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace arsip::model {

struct Mention {
    std::size_t start = 0;  // code point offset, inclusive
    std::size_t end = 0;    // code point offset, exclusive
    bool operator==(const Mention&) const = default;
};

// A person holding (or named with) a position: "Wakil Gubernur Kalimantan Timur, Seno Aji".
// A position mentioned without a name ("Gubernur Jawa Timur") has an empty name.
struct Official {
    std::string name;         // without honorifics and degrees: "Rudy Mas'ud", "Abdunnur"
    std::string position;     // "Gubernur", "Wakil Gubernur", "Rektor", "Kepala Bidang Perdagangan"
    std::string institution;  // canonical: "Pemerintah Provinsi Kalimantan Timur"
    std::vector<std::string> nicknames;  // "Ivan", "Gubernur Harum"
    std::vector<Mention> mentions;
};

struct Institution {
    std::string name;                  // canonical: "Pemerintah Provinsi Jawa Timur"
    std::vector<std::string> aliases;  // other surface forms seen: "Pemprov Jatim"
    std::string kind;                  // government, company, university, other
    std::vector<Mention> mentions;
};

struct Amount {
    std::string text;        // as written: "Rp666 miliar"
    double value = 0;        // in units of `currency`: 666000000000
    std::string currency;    // ISO 4217: "IDR", "USD", "EUR", ...
    std::vector<Mention> mentions;
};

struct Percentage {
    std::string text;  // "8%", "50 persen"
    double value = 0;  // 8, 50
    std::vector<Mention> mentions;
};

struct DateMention {
    std::string text;  // as written: "Kamis (08/05/2025)"
    std::string iso;   // YYYY-MM-DD
    std::vector<Mention> mentions;
};

struct Place {
    std::string name;      // "Kalimantan Timur", "Balikpapan", "Kutai Kartanegara"
    std::string kind;      // province, regency, city
    std::string province;  // the province it lies in (itself for a province)
    std::string code;      // Kemendagri area code: "64", "64.71"
    std::vector<Mention> mentions;
};

struct Entities {
    std::vector<Official> officials;
    std::vector<Institution> institutions;
    std::vector<Amount> amounts;
    std::vector<Percentage> percentages;
    std::vector<DateMention> dates;
    std::vector<Place> places;
};

}  // namespace arsip::model
