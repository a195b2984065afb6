#include "text/abbreviations.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/words.h"

namespace arsip::text {
namespace {

std::vector<std::string> describe(const std::vector<AbbreviationPair>& pairs) {
    std::vector<std::string> out;
    for (const auto& p : pairs) out.push_back(p.abbreviation + " = " + p.full_name);
    return out;
}

std::string read_article(const std::string& name) {
    std::ifstream in(std::string(ARSIP_TEST_SOURCE_DIR) + "/data/corpus/articles/" + name);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(AbbreviationTest, LearnsFromSeedSentences) {
    // Sentences as they stand in data/corpus/articles/*.xml.
    const struct {
        const char* text;
        std::vector<std::string> pairs;
    } cases[] = {
        {"turut dilakukan penandatanganan Nota Kesepahaman antara Universitas Mulawarman (Unmul) "
         "Samarinda dan PT "
         "Percetakan Uang Republik Indonesia (PT Peruri).",
         {"Unmul = Universitas Mulawarman", "PT Peruri = PT Percetakan Uang Republik Indonesia"}},
        {"Samarinda - Dalam upaya meningkatkan kinerja perdagangan dalam negeri, khususnya "
         "perdagangan antar pulau, "
         "Dinas Perindustrian, Perdagangan, Koperasi, dan UKM (DPPKUKM) Provinsi Kaltim melalui "
         "Bidang Perdagangan",
         {"DPPKUKM = Dinas Perindustrian, Perdagangan, Koperasi, dan UKM"}},
        {"Pemerintah Provinsi Jawa Timur (Pemprov Jatim) melakukan kunjungan misi dagang dan "
         "investasi ke Pemerintah "
         "Provinsi Kalimantan Timur (Pemprov Kaltim).",
         {"Pemprov Jatim = Pemerintah Provinsi Jawa Timur",
          "Pemprov Kaltim = Pemerintah Provinsi Kalimantan Timur"}},
        {"Mengacu pada data yang dirilis oleh Dinas Penanaman Modal dan Pelayanan Terpadu Satu "
         "Pintu (DPMPTSP) Provinsi",
         {"DPMPTSP = Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"}},
        {"Ia menambahkan, usaha mikro, kecil, dan menengah (UMKM) diharapkan akan terdorong",
         {"UMKM = usaha mikro, kecil, dan menengah"}},
        {"antara perguruan tinggi, Badan Usaha Milik Negara (BUMN), dan pemerintah daerah",
         {"BUMN = Badan Usaha Milik Negara"}},
        {"INFO NASIONAL \u2013 Kalimantan Timur (Kaltim) siap mendukung",
         {"Kaltim = Kalimantan Timur"}},
        {"Provinsi Kalimantan Timur dan Jawa Timur (KaltimJatim) jalin kerjasama",
         {"KaltimJatim = Kalimantan Timur dan Jawa Timur"}},
        {"pembangunan Ibu Kota Nusantara (IKN).", {"IKN = Ibu Kota Nusantara"}},
        // Reverse order.
        {"penandatanganan oleh Unmul (Universitas Mulawarman) kemarin",
         {"Unmul = Universitas Mulawarman"}},
        // Not abbreviations.
        {"Kamis (08/05/2025) dan Kamis (17/4), calon pembeli (buyer), Balikpapan (Seputar-ikn.com) "
         "\u2014 (ara/ty)",
         {}},
        {"Hingga Kamis, 8 Mei 2025 siang (Kamis)", {}},
        {"Gubernur Jawa Timur (Khofifah Indar Parawansa)", {}},
        {"Universitas Mulawarman (Unmul) dan Universitas Mulawarman (Unmul)",
         {"Unmul = Universitas Mulawarman"}},
        {"(Unmul) tanpa nama, tidak (", {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(describe(learn_document_abbreviations(c.text)), c.pairs);
    }
}

TEST(AbbreviationTest, ChecksPlausibility) {
    const struct {
        const char* abbreviation;
        const char* name;
        bool plausible;
    } cases[] = {
        {"Unmul", "Universitas Mulawarman", true},
        {"DPPKUKM", "Dinas Perindustrian Perdagangan Koperasi dan UKM", true},
        {"Bappeda", "Badan Perencanaan Pembangunan Daerah", true},
        {"PUPR", "Pekerjaan Umum dan Perumahan Rakyat", true},
        {"BUMN", "Badan Usaha Milik", false},        // a letter unexplained
        {"BUM", "Badan Usaha Milik Negara", false},  // a word unexplained
        {"Unmul", "Mulawarman", false},              // one word is no name
        {"Disperindag", "Dinas Perindustrian dan Perdagangan",
         false},  // letters from inside a word
        {"KB", "Kesepakatan Bersama", true},
        {"PT", "PT", false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.abbreviation) + " <- " + c.name);
        EXPECT_EQ(plausible_abbreviation(c.abbreviation, c.name), c.plausible);
    }
}

TEST(AbbreviationTest, LearnsFromWholeArticle) {
    const std::string text =
        read_article("prudensi-2025-05-08-pemprov-jatim-kunjungan-pemprov-kaltim.xml");
    ASSERT_FALSE(text.empty());
    const auto pairs = describe(learn_document_abbreviations(text));
    for (const char* expected :
         {"Pemprov Jatim = Pemerintah Provinsi Jawa Timur", "Unmul = Universitas Mulawarman",
          "PT Peruri = PT Percetakan Uang Republik Indonesia", "BUMN = Badan Usaha Milik Negara",
          "DPMPTSP = Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"}) {
        SCOPED_TRACE(expected);
        EXPECT_NE(std::find(pairs.begin(), pairs.end(), expected), pairs.end());
    }
    for (const auto& p : learn_document_abbreviations(text)) {
        EXPECT_EQ(text.substr(p.offset, p.abbreviation.size()), p.abbreviation);
    }
}

TEST(AbbreviationTest, DocumentTableReusesSharedConcepts) {
    SynonymTable shared;
    shared.add_group("agreement", "Kesepakatan Bersama", {"~KB"});
    shared.add_group("government", "Pemerintah Provinsi", {"Pemprov"});
    shared.add_group("province", "Jawa Timur", {"Jatim"});
    const auto pairs = learn_document_abbreviations(
        "Kesepakatan Bersama (KB) antara Pemerintah Provinsi Jawa Timur (Pemprov Jatim) dan "
        "Universitas "
        "Mulawarman (Unmul).");
    ASSERT_EQ(pairs.size(), 3u);
    const SynonymTable local = document_synonyms(pairs, shared);
    // KB: same concept key, no longer ambiguous here. Pemprov Jatim: shared forms already cover it.
    ASSERT_EQ(local.size(), 2u);
    const SynonymGroup* kb = local.find("KB");
    ASSERT_NE(kb, nullptr);
    EXPECT_EQ(kb->key, "kesepakatan_bersama");
    EXPECT_EQ(local.find("Pemprov Jatim"), nullptr);
    const SynonymGroup* unmul = local.find("unmul");
    ASSERT_NE(unmul, nullptr);
    EXPECT_EQ(unmul->key, "universitas_mulawarman");
    const SynonymTable* tables[] = {&shared, &local};
    const auto matches = match_synonyms(word_texts("KB Unmul"), tables);
    ASSERT_EQ(matches.size(), 2u);
    EXPECT_FALSE(matches[0].ambiguous);
    EXPECT_EQ(matches[0].group->key, "kesepakatan_bersama");
}

}  // namespace
}  // namespace arsip::text
