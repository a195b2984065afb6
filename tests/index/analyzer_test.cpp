#include "index/analyzer.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

namespace arsip::index {
namespace {

const text::Analysis& project_analysis() {
    static const text::Analysis analysis = text::load_analysis(ARSIP_TEST_SOURCE_DIR "/data");
    return analysis;
}

// The concept terms (XC...) of `document`, in term order.
std::vector<std::string> concept_terms(const Xapian::Document& document) {
    std::vector<std::string> out;
    for (auto t = document.termlist_begin(); t != document.termlist_end(); ++t) {
        if ((*t).rfind("XC", 0) == 0) out.push_back(*t);
    }
    return out;
}

struct Concepts {
    std::vector<std::string> terms;
    std::vector<std::pair<std::string, std::string>> taught;
};

Concepts concepts_of(const Analyzer& analyzer, const std::string& text) {
    Xapian::Document document;
    Concepts c;
    c.taught = analyzer.add_concept_terms(document, text);
    c.terms = concept_terms(document);
    return c;
}

TEST(AnalyzerTest, ConceptTermsDoNotDependOnEarlierDocuments) {
    // One Analyzer reuses its word buffers from document to document: a long text, a short one,
    // one with non-ASCII words and one that teaches an abbreviation must each give what a fresh
    // Analyzer gives.
    const std::string texts[] = {
        "Pemerintah Provinsi Kalimantan Timur (Pemprov Kaltim) dan Universitas Mulawarman "
        "(Unmul) menandatangani Perjanjian Kerjasama dengan Dinas Perindustrian, Perdagangan, "
        "Koperasi, dan UKM (DPPKUKM) tentang usaha mikro, kecil, dan menengah.",
        "MoU Kaltim",
        "Gubernur Kaltim Rudy Mas\u2019ud menghadiri rapat DPRD di CAF\u00C9 Nusantara, "
        "Ibu Kota Nusantara.",
        "Kesepakatan Bersama (KB) ditandatangani; KB berlaku dua tahun.",
        "",
        "KB dan PKS tanpa definisi.",
    };
    const Analyzer reused(project_analysis());
    for (int round = 0; round < 2; ++round) {
        for (const std::string& text : texts) {
            SCOPED_TRACE(text);
            const Analyzer fresh(project_analysis());
            const Concepts expected = concepts_of(fresh, text);
            const Concepts got = concepts_of(reused, text);
            EXPECT_EQ(got.terms, expected.terms);
            EXPECT_EQ(got.taught, expected.taught);
        }
    }
}

TEST(AnalyzerTest, AddsConceptTermsForSynonymsAndLearnedAbbreviations) {
    const Analyzer analyzer(project_analysis());
    const struct {
        const char* text;
        std::vector<std::string> terms;
    } cases[] = {
        {"Pemprov Kaltim", {"XCkalimantan_timur", "XCpemerintah_provinsi"}},
        {"kerja sama dengan Kalimantan Timur", {"XCkalimantan_timur", "XCkerja_sama"}},
        // An ambiguous form alone tags nothing; defined by the document it does.
        {"KB tanpa definisi", {}},
        {"Kesepakatan Bersama (KB) ditandatangani", {"XCkesepakatan_bersama"}},
        {"tidak ada sinonim", {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(concepts_of(analyzer, c.text).terms, c.terms);
    }
}

}  // namespace
}  // namespace arsip::index
