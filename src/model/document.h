// The one document model that travels the whole pipeline: readers fill it, analysis and entity
// extraction add to it, the index writer stores it, the searcher returns it.
// Plain structs with no dependencies beyond the standard library.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/entities.h"

namespace arsip::model {

enum class DocumentType {
    Article,              // news article
    NotaKesepahaman,      // MoU
    KesepakatanBersama,   // joint agreement between governments
    PerjanjianKerjaSama,  // PKS, cooperation agreement
    Addendum,             // amendment to another agreement
    Other,                // another kind of agreement
};

// "article", "nota-kesepahaman", "kesepakatan-bersama", "perjanjian-kerja-sama", "addendum", "other".
std::string_view to_string(DocumentType type);
// Inverse of to_string; std::nullopt for an unknown name.
std::optional<DocumentType> parse_document_type(std::string_view name);
bool is_agreement(DocumentType type);

// Where the document came from, as the reader saw it.
enum class SourceFormat { ArticleXml, AgreementXml, Pdf2Xml, Pdf, Text };
std::string_view to_string(SourceFormat format);

// One ayat (numbered paragraph) of a Pasal.
struct Ayat {
    std::string number;  // "1", "2", "a"; empty when the Pasal text is not numbered
    std::string text;
};

// One Pasal (article of an agreement).
struct Clause {
    std::string number;   // "1", "5A": as written after "Pasal"
    std::string heading;  // "MAKSUD DAN TUJUAN"; may be empty
    std::string chapter;  // the BAB it stands in, e.g. "BAB II RUANG LINGKUP"; may be empty
    std::vector<Ayat> ayat;
};

// The number one party gives the agreement ("Nomor: 120/1234/B.Pem/2024").
struct DocumentNumber {
    std::string party;   // the party role or institution that issued the number
    std::string number;
};

struct Party {
    std::string role;            // "PIHAK KESATU", "PIHAK KEDUA"
    std::string institution;     // "Pemerintah Provinsi Kalimantan Timur"
    std::string represented_by;  // name of the person acting for the institution
    std::string position;        // that person's position, e.g. "Gubernur Kalimantan Timur"
};

struct Signatory {
    std::string name;
    std::string position;
    std::string institution;
    std::string party_role;  // which party the signatory signs for; may be empty (witnesses)
};

struct Validity {
    std::string start;          // YYYY-MM-DD; empty when unknown
    std::string end;            // YYYY-MM-DD; empty when unknown or open-ended
    std::optional<int> months;  // duration in months when the agreement gives one
    std::string text;           // the duration as written, e.g. "5 (lima) tahun"
};

// A link from this agreement to another: the one it amends or implements.
struct Reference {
    std::string relation;  // "amends", "implements", "refers-to"
    std::string id;        // the other document's id, when known
    std::string title;     // the other document's title or number as written
};

struct Document {
    std::string id;  // stable: from the XML, or derived from the content of the source file
    DocumentType type = DocumentType::Article;
    std::string title;
    std::string source;       // publisher (articles) or issuing body / archive (agreements)
    std::string url;
    std::string published;    // ISO 8601 date-time with zone as given, e.g. 2025-05-08T14:30:00+08:00
    std::string date;         // YYYY-MM-DD: publication date (articles) or signing date (agreements)
    std::vector<std::string> authors;
    std::string place;        // dateline place (articles) or signing place (agreements)
    std::string language = "id";
    std::string summary;
    std::vector<std::string> tags;
    std::vector<std::string> paragraphs;  // body text in reading order (articles, plain text)

    // Agreements only.
    std::vector<DocumentNumber> numbers;
    std::vector<Party> parties;
    std::vector<Signatory> signatories;
    Validity validity;
    std::vector<Reference> references;
    std::vector<std::string> preamble;  // considerations before the first Pasal
    std::vector<Clause> clauses;
    std::vector<std::string> closing;   // text after the last Pasal

    // Filled by entity extraction (entities/), not by the readers.
    Entities entities;

    // Provenance.
    SourceFormat format = SourceFormat::ArticleXml;
    std::string source_path;   // the file it was read from
    std::string content_hash;  // hex SHA-256 of the source file's bytes
};

}  // namespace arsip::model
