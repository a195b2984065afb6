#include "entities/institutions.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace arsip::entities {
namespace {

struct Data {
    std::shared_ptr<const Gazetteer> gazetteer = Gazetteer::load(ARSIP_TEST_SOURCE_DIR "/data");
    text::SynonymTable synonyms =
        text::SynonymTable::load(ARSIP_TEST_SOURCE_DIR "/data/synonyms/abbreviations.tsv");
};

const Data& data() {
    static const Data loaded;
    return loaded;
}

std::vector<model::Institution> institutions_of(std::string_view text) {
    const CodePoints points(text);
    return extract_institutions(text, {&data().synonyms, data().gazetteer.get()}, points);
}

// "name/kind xN" of each institution, in order.
std::string summary(const std::vector<model::Institution>& institutions) {
    std::string out;
    for (const auto& i : institutions) {
        out += (out.empty() ? "" : "; ") + i.name + "/" + i.kind + " x" +
               std::to_string(i.mentions.size());
    }
    return out;
}

TEST(InstitutionsTest, FindsInstitutionsInNewsAndAgreementText) {
    const struct {
        const char* text;
        const char* expected;
    } cases[] = {
        {"Pemerintah Provinsi Jawa Timur (Pemprov Jatim) melakukan kunjungan ke Pemerintah "
         "Provinsi Kalimantan Timur (Pemprov Kaltim). Kerja sama Pemprov Kaltim dan Pemprov Jatim.",
         "Pemerintah Provinsi Jawa Timur/government x3; "
         "Pemerintah Provinsi Kalimantan Timur/government x3"},
        {"Penandatanganan Kesepakatan Bersama Pemerintah Provinsi Kalimantan Timur dan Kalimantan "
         "Utara di Swiss-Belhotel Tarakan.",
         "Pemerintah Provinsi Kalimantan Timur/government x1; "
         "Pemerintah Provinsi Kalimantan Utara/government x1"},
        {"data Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Provinsi "
         "Kalimantan Timur per 8 Mei 2025",
         "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Kalimantan "
         "Timur/government x1"},
        {"Dinas Perindustrian, Perdagangan, Koperasi, dan UKM (DPPKUKM) Provinsi Kaltim melalui "
         "Bidang Perdagangan. Rapat di Kantor DPPKUKM Kaltim, Kamis (17/4).",
         "Dinas Perindustrian, Perdagangan, Koperasi, dan UKM Provinsi Kalimantan "
         "Timur/government x2"},
        {"antara Universitas Mulawarman (Unmul) Samarinda dan PT Percetakan Uang Republik "
         "Indonesia (PT Peruri). Rektor Unmul, Abdunnur, hadir.",
         "Universitas Mulawarman/university x2; PT Percetakan Uang Republik Indonesia/company x1"},
        {"Pihak Kementerian Perdagangan dibantu perwakilan dagang. Hadir Anggota DPR RI Sarifah.",
         "Kementerian Perdagangan/government x1; "
         "Dewan Perwakilan Rakyat Republik Indonesia/government x1"},
        {"Kaltim memiliki Export Center Balikpapan yang baru. \"Dengan Export Center Balikpapan, "
         "Kaltim siap.\"",
         "Export Center Balikpapan/other x2"},
        {"Ketua DPRD Kaltim dan Pemkab Kukar bertemu Pemkot Balikpapan.",
         "Dewan Perwakilan Rakyat Daerah Provinsi Kalimantan Timur/government x1; "
         "Pemerintah Kabupaten Kutai Kartanegara/government x1; "
         "Pemerintah Kota Balikpapan/government x1"},
        {"PIHAK KEDUA adalah PT Pupuk Kalimantan Timur, berkedudukan di Bontang.",
         "PT Pupuk Kalimantan Timur/company x1"},
        {"Badan Pusat Statistik (BPS) mencatat; menurut BPS inflasi turun.",
         "Badan Pusat Statistik/government x2"},
        // Two named institutions joined by "dan" / "dengan" / "," are two.
        {"Nota Kesepahaman antara Universitas Mulawarman dan PT Pupuk Kalimantan Timur tentang "
         "Kerja Sama Pendidikan.",
         "Universitas Mulawarman/university x1; PT Pupuk Kalimantan Timur/company x1"},
        {"kerja sama Universitas Mulawarman dengan PT Pupuk Kalimantan Timur.",
         "Universitas Mulawarman/university x1; PT Pupuk Kalimantan Timur/company x1"},
        {"hadir Universitas Mulawarman, PT Pupuk Kalimantan Timur, dan Badan Pusat Statistik.",
         "Universitas Mulawarman/university x1; PT Pupuk Kalimantan Timur/company x1; "
         "Badan Pusat Statistik/government x1"},
        // "kepada Masyarakat" belongs to the name of a university's LPPM / LP2M.
        {"Lembaga Penelitian dan Pengabdian kepada Masyarakat (LP2M) Universitas Mulawarman "
         "dan LP2M hadir.",
         "Lembaga Penelitian dan Pengabdian kepada Masyarakat/government x2; "
         "Universitas Mulawarman/university x1"},
        {"Dinas Sosial kepada Gubernur Kalimantan Timur.", "Dinas Sosial/government x1"},
        // Courts and prosecutors keep the bare place of their name.
        {"diselesaikan melalui Pengadilan Negeri Samarinda.",
         "Pengadilan Negeri Samarinda/government x1"},
        {"Kejaksaan Negeri Balikpapan dan Pengadilan Negeri Kota Samarinda",
         "Kejaksaan Negeri Balikpapan/government x1; "
         "Pengadilan Negeri Kota Samarinda/government x1"},
        // Generic mentions are no institutions.
        {"kerja sama antara perguruan tinggi, Badan Usaha Milik Negara (BUMN), dan pemerintah "
         "daerah; antar-OPD Kaltim; Pemerintah menyatakan komitmennya; Pemda dan Pemprov hadir.",
         ""},
        {"Wakil Gubernur Kalimantan Timur menyebut misi dagang ini peluang besar.", ""},
        {"", ""},
        {"tidak ada lembaga di sini.", ""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(summary(institutions_of(c.text)), c.expected);
    }
}

TEST(InstitutionsTest, AliasesAreTheSurfaceForms) {
    const auto found = institutions_of(
        "Pemerintah Provinsi Jawa Timur (Pemprov Jatim) dan Pemprov Jawa Timur; Universitas "
        "Mulawarman (Unmul) Samarinda.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].aliases, (std::vector<std::string>{"Pemprov Jatim", "Pemprov Jawa Timur"}));
    EXPECT_EQ(found[1].aliases,
              (std::vector<std::string>{"Universitas Mulawarman (Unmul) Samarinda", "Unmul"}));
}

TEST(InstitutionsTest, MentionsAreCodePointOffsets) {
    // "Mas’ud — " : ’ and — are 3 bytes, one code point each.
    const std::string text = "Mas\xE2\x80\x99ud \xE2\x80\x94 Pemprov Kaltim";
    const auto found = institutions_of(text);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].mentions.front(), (model::Mention{9, 23}));
}

TEST(InstitutionsTest, MissingTablesGiveNothing) {
    const CodePoints points("Pemprov Kaltim");
    EXPECT_TRUE(extract_institutions("Pemprov Kaltim", {}, points).empty());
}

TEST(InstitutionsTest, NeverThrowsOnArbitraryBytes) {
    std::mt19937 random(11);
    const std::string pieces[] = {"Dinas ",  "(",   ")",    ", ",   "dan ",    "Pemprov ",
                                  "Kaltim ", "PT ", "\xFF", "\xC3", "Center ", "Universitas ",
                                  "X"};
    for (int round = 0; round < 300; ++round) {
        std::string text;
        if (round % 2 == 0) {
            text.resize(static_cast<std::size_t>(random() % 300));
            for (auto& c : text) c = static_cast<char>(random() % 256);
        } else {
            for (int k = 0; k < 40; ++k) text += pieces[random() % std::size(pieces)];
        }
        EXPECT_NO_THROW(institutions_of(text));
    }
}

// Long text is read whole, and mentions scale exactly with it. (No timing here: the speed of the
// extractors is a benchmark's business; the test timeout only guards against runaway scans.)
TEST(InstitutionsTest, LongTextIsReadWhole) {
    for (const int repeats : {1000, 4000}) {
        SCOPED_TRACE(repeats);
        std::string text;
        for (int i = 0; i < repeats; ++i) {
            text +=
                "Dinas Perindustrian, Perdagangan, Koperasi, dan UKM (DPPKUKM) Provinsi Kaltim "
                "dan DPPKUKM Kaltim serta Pemprov Jatim. ";
        }
        const auto found = institutions_of(text);
        ASSERT_EQ(found.size(), 2u);
        EXPECT_EQ(found[0].mentions.size(), static_cast<std::size_t>(2 * repeats));
    }
}

// The extractor shares one place scan, one index of the table's institutions and one
// abbreviation pass among its extractors; the result must be what extraction alone finds.
TEST(InstitutionsTest, SharedScanAndIndexGiveTheSameInstitutions) {
    const SynonymIndex index = institution_index(data().synonyms);
    const SynonymIndex places = place_index(data().synonyms);
    const char* texts[] = {
        "Pemerintah Provinsi Jawa Timur (Pemprov Jatim) bertemu Pemprov Kaltim di Samarinda.",
        "Dinas Perindustrian, Perdagangan, Koperasi, dan UKM (DPPKUKM) Provinsi Kaltim. DPPKUKM Kaltim.",
        "antara Universitas Mulawarman (Unmul) Samarinda dan PT Percetakan Uang Republik Indonesia "
        "(PT Peruri). Rektor Unmul hadir bersama Kemendag dan DPR RI.",
        "",
    };
    for (const char* text : texts) {
        SCOPED_TRACE(text);
        const CodePoints points(text);
        const PlaceScan scan = scan_places(text, *data().gazetteer, data().synonyms, places);
        const auto abbreviations = text::learn_document_abbreviations(text);
        const auto shared = extract_institutions(text,
                                                 {.synonyms = &data().synonyms,
                                                  .gazetteer = data().gazetteer.get(),
                                                  .places = &scan,
                                                  .institution_index = &index,
                                                  .abbreviations = &abbreviations},
                                                 points);
        EXPECT_EQ(summary(shared), summary(institutions_of(text)));
        EXPECT_EQ(places_from_scan(scan, *data().gazetteer, points).size(),
                  extract_places(text, *data().gazetteer, data().synonyms, points).size());
    }
}

}  // namespace
}  // namespace arsip::entities
