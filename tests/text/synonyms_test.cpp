#include "text/synonyms.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model/errors.h"
#include "text/words.h"

namespace arsip::text {
namespace {

const SynonymTable& project_table() {
    static const SynonymTable table =
        SynonymTable::load(ARSIP_TEST_SOURCE_DIR "/data/synonyms/abbreviations.tsv");
    return table;
}

// "first+count=key" for each match, e.g. "0+2=kalimantan_timur".
std::vector<std::string> describe(const std::vector<SynonymMatch>& matches) {
    std::vector<std::string> out;
    for (const auto& m : matches) {
        out.push_back(std::to_string(m.first) + "+" + std::to_string(m.count) + "=" + m.group->key +
                      (m.ambiguous ? "?" : "") + (m.nested ? "^" : ""));
    }
    return out;
}

TEST(SynonymTableTest, LoadsProjectData) {
    const SynonymTable& table = project_table();
    EXPECT_GT(table.size(), 100u);
    const SynonymGroup* kaltim = table.find("KALTIM");
    ASSERT_NE(kaltim, nullptr);
    EXPECT_EQ(kaltim->canonical, "Kalimantan Timur");
    EXPECT_EQ(kaltim->key, "kalimantan_timur");
    EXPECT_EQ(kaltim->kind, "province");
    EXPECT_EQ(table.find("kalimantan   timur"), kaltim);
    EXPECT_EQ(table.find_key("kalimantan_timur"), kaltim);
    EXPECT_EQ(table.find("Swissbell Hotel"), table.find("Swiss-Belhotel"));
    EXPECT_EQ(table.find("Swiss Belhotel"), table.find("Swiss-Belhotel"));
    EXPECT_EQ(table.find("usaha mikro, kecil, dan menengah"), table.find("UMKM"));
    EXPECT_EQ(table.find("DPR RI"), table.find("DPR"));
    EXPECT_NE(table.find("DPRD"), table.find("DPR"));
    EXPECT_EQ(table.find("Kalimantan"), nullptr);
    EXPECT_TRUE(table.is_single_word_form("kaltara"));
    EXPECT_FALSE(table.is_single_word_form("kalimantan"));
    EXPECT_FALSE(table.is_single_word_form("kalimantan utara"));
}

TEST(SynonymTableTest, BadLineNamesFileAndLine) {
    const struct {
        const char* text;
        int line;
        const char* reason;
    } cases[] = {
        {"# c\nprovince\tJawa Timur\n", 2, "expected kind"},
        {"province\tJawa Timur\tJatim\nplanet\tMars\tMrs\n", 2, "unknown kind"},
        {"province\tJawa Timur\tJatim\n\nregency\tJawa Tengah\tJatim\n", 3,
         "already in the group \"Jawa Timur\""},
        {"province\tJawa Timur\t--\n", 1, "has no words"},
        {"province\tJawa Timur\t\tJatim\n", 1, "empty form"},
        {"province\t~Jawa Timur\tJatim\n", 1, "cannot be ambiguous"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        try {
            SynonymTable::parse(c.text, "syn.tsv");
            ADD_FAILURE() << "no error";
        } catch (const InputError& e) {
            EXPECT_EQ(e.file(), "syn.tsv");
            EXPECT_EQ(e.line(), c.line);
            EXPECT_NE(std::string(e.what()).find(c.reason), std::string::npos) << e.what();
            EXPECT_EQ(std::string(e.what()).rfind("syn.tsv:" + std::to_string(c.line) + ": ", 0),
                      0u)
                << e.what();
        }
    }
    EXPECT_THROW(SynonymTable::load("/nonexistent/syn.tsv"), InputError);
}

TEST(SynonymTableTest, AddGroupRejectsClashes) {
    SynonymTable table;
    table.add_group("province", "Jawa Timur", {"Jatim", "JATIM", "jawa-timur"});
    EXPECT_EQ(table.groups().front().forms.size(), 2u);  // repeats in one group kept once
    EXPECT_THROW(table.add_group("regency", "Jatim Raya", {"Jatim"}), Error);
    EXPECT_THROW(table.add_group("nope", "A B", {"AB"}), Error);
    EXPECT_EQ(table.size(), 1u);
}

TEST(SynonymMatcherTest, FindsLongestMatchesBothWays) {
    const SynonymTable& table = project_table();
    const struct {
        const char* text;
        std::vector<std::string> matches;
    } cases[] = {
        {"Kaltim", {"0+1=kalimantan_timur"}},
        {"Kalimantan Timur", {"0+2=kalimantan_timur"}},
        {"Pemerintah Provinsi Kalimantan Timur (Pemprov Kaltim)",
         {"0+2=pemerintah_provinsi", "2+2=kalimantan_timur", "4+1=pemerintah_provinsi",
          "5+1=kalimantan_timur"}},
        {"kerjasama", {"0+1=kerja_sama"}},
        {"kerja sama", {"0+2=kerja_sama"}},
        {"kerja-sama", {"0+2=kerja_sama"}},
        {"MoU", {"0+1=nota_kesepahaman"}},
        {"nota kesepahaman", {"0+2=nota_kesepahaman"}},
        {"Memorandum of Understanding", {"0+3=nota_kesepahaman"}},
        {"Dewan Perwakilan Rakyat Daerah Kaltim",
         {"0+4=dewan_perwakilan_rakyat_daerah", "4+1=kalimantan_timur"}},
        {"anggota DPR RI dan DPRD",
         {"1+2=dewan_perwakilan_rakyat_republik_indonesia", "4+1=dewan_perwakilan_rakyat_daerah"}},
        {"Dewan Perwakilan Rakyat", {"0+3=dewan_perwakilan_rakyat_republik_indonesia"}},
        {"usaha mikro, kecil, dan menengah", {"0+5=usaha_mikro_kecil_dan_menengah"}},
        {"Dinas Perindustrian, Perdagangan, Koperasi, dan UKM (DPPKUKM)",
         {"0+6=dinas_perindustrian_perdagangan_koperasi_dan_ukm",
          "6+1=dinas_perindustrian_perdagangan_koperasi_dan_ukm"}},
        {"PKS dan KB", {"0+1=perjanjian_kerja_sama?", "2+1=kesepakatan_bersama?"}},
        {"Swissbell Hotel Balikpapan", {"0+2=swiss_belhotel"}},
        {"Kalimantan", {}},
        {"", {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(describe(table.match(word_texts(c.text))), c.matches);
    }
}

TEST(SynonymMatcherTest, ReportsNestedSpellingWhenAsked) {
    const SynonymTable& table = project_table();
    const auto words = word_texts("Perjanjian Kerjasama Ibu Kota Nusantara");
    EXPECT_EQ(describe(table.match(words)),
              (std::vector<std::string>{"0+2=perjanjian_kerja_sama", "2+3=ibu_kota_nusantara"}));
    EXPECT_EQ(describe(table.match(words, {.nested_spelling = true})),
              (std::vector<std::string>{"0+2=perjanjian_kerja_sama", "1+1=kerja_sama^",
                                        "2+3=ibu_kota_nusantara", "2+2=ibu_kota^"}));
}

TEST(SynonymMatcherTest, LaterTableWinsOnEqualLength) {
    const SynonymTable& shared = project_table();
    SynonymTable local;
    local.add_group("agreement", "Kesepakatan Bersama", {"KB"});
    local.add_group("institution", "Misi Dagang Kalimantan Timur", {"MDKT"});
    const SynonymTable* tables[] = {&shared, &local};
    EXPECT_EQ(
        describe(match_synonyms(word_texts("KB Kaltim, Misi Dagang Kalimantan Timur"), tables)),
        (std::vector<std::string>{"0+1=kesepakatan_bersama", "1+1=kalimantan_timur",
                                  "2+4=misi_dagang_kalimantan_timur"}));
}

TEST(SynonymMatcherTest, MatchesEveryFormAsTheTableGrows) {
    // Groups added one by one (the first-word filter grows and is rebuilt on the way): after
    // each, every form so far is still matched.
    SynonymTable table;
    std::vector<std::string> forms;
    for (int i = 0; i < 200; ++i) {
        const std::string n = std::to_string(i);
        table.add_group("term", "lembaga" + n + " daerah", {"lbg" + n});
        forms.push_back("lembaga" + n + " daerah");
        forms.push_back("lbg" + n);
        for (const auto& form : forms) {
            SCOPED_TRACE(std::to_string(i) + ": " + form);
            const auto matches = table.match(word_texts("kata " + form + " kata"));
            ASSERT_EQ(matches.size(), 1u);
            EXPECT_EQ(matches[0].first, 1u);
            EXPECT_EQ(table.find(form), matches[0].group);
        }
    }
}

TEST(SynonymMatcherTest, ViewsMatchLikeStrings) {
    const SynonymTable& shared = project_table();
    SynonymTable local;
    local.add_group("agreement", "Kesepakatan Bersama", {"KB"});
    const SynonymTable* tables[] = {&shared, &local};
    const char* cases[] = {
        "Perjanjian Kerjasama Ibu Kota Nusantara antara Pemprov Kaltim dan DPRD",
        "KB Kaltim, Misi Dagang Kalimantan Timur; PKS dan MoU",
        "usaha mikro, kecil, dan menengah (UMKM) di Swissbell Hotel",
        "tidak ada sinonim di sini",
        "",
    };
    for (const char* text : cases) {
        SCOPED_TRACE(text);
        const FoldedWords views(text);
        for (const bool nested : {false, true}) {
            SCOPED_TRACE(nested);
            EXPECT_EQ(describe(match_synonyms(views.texts(), tables, {.nested_spelling = nested})),
                      describe(match_synonyms(word_texts(text), tables, {.nested_spelling = nested})));
        }
    }
}

}  // namespace
}  // namespace arsip::text
