// Small documents for the index tests.
#pragma once

#include "model/document.h"

namespace arsip::testing {

inline model::Document article(std::string id, std::string title, std::vector<std::string> paragraphs,
                               std::string date = "2025-05-08") {
    model::Document d;
    d.id = std::move(id);
    d.type = model::DocumentType::Article;
    d.title = std::move(title);
    d.source = "Seputar-ikn.com";
    d.date = std::move(date);
    d.place = "Balikpapan";
    d.paragraphs = std::move(paragraphs);
    d.content_hash = "hash-" + d.id;
    return d;
}

inline model::Document agreement(std::string id, std::size_t clauses) {
    model::Document d;
    d.id = std::move(id);
    d.type = model::DocumentType::NotaKesepahaman;
    d.title = "Nota Kesepahaman tentang Penelitian dan Magang";
    d.date = "2024-01-12";
    d.place = "Samarinda";
    d.format = model::SourceFormat::AgreementXml;
    d.parties = {{"PIHAK KESATU", "Universitas Mulawarman", "Abdunnur", "Rektor"},
                 {"PIHAK KEDUA", "PT Pupuk Kalimantan Timur", "Budi Santoso", "Direktur Utama"}};
    const char* headings[] = {"MAKSUD DAN TUJUAN", "RUANG LINGKUP", "PEMBIAYAAN", "JANGKA WAKTU"};
    const char* texts[] = {"Maksud kesepahaman ini adalah kerja sama penelitian.",
                           "Ruang lingkup meliputi magang mahasiswa dan pengabdian masyarakat.",
                           "Pembiayaan ditanggung bersama oleh PARA PIHAK.",
                           "Kesepahaman ini berlaku untuk jangka waktu 5 (lima) tahun."};
    for (std::size_t i = 0; i < clauses && i < 4; ++i) {
        d.clauses.push_back({std::to_string(i + 1), headings[i], "", {{"1", texts[i]}}});
    }
    d.content_hash = "hash-" + d.id + "-" + std::to_string(clauses);
    return d;
}

}  // namespace arsip::testing
