#include "text/normaliser.h"

#include <gtest/gtest.h>

#include "text/synonyms.h"

namespace arsip::text {
namespace {

struct Case {
    const char* in;
    const char* out;
};

SynonymTable glue_table() {
    return SynonymTable::parse(
        "province\tKalimantan Timur\tKaltim\n"
        "province\tJawa Timur\tJatim\n"
        "province\tKalimantan Utara\tKaltara\n"
        "government\tDewan Perwakilan Rakyat Daerah\tDPRD\n"
        "government\tPemerintah Provinsi\tPemprov\n"
        "agreement\tNota Kesepahaman\tMoU\n",
        "test");
}

TEST(NormaliserTest, FoldsCharacters) {
    const Case cases[] = {
        {"café Sumbawa", "cafe Sumbawa"},
        {"Köln", "Koln"},
        {"e\u0301", "e"},                              // combining acute after an ASCII letter
        {"\uFB01nal", "final"},                        // ﬁ ligature
        {"\uFF11\uFF12\uFF13", "123"},                 // full-width digits
        {"Rp\u00A0666", "Rp 666"},                     // no-break space
        {"Mas\u2019ud", "Mas'ud"},                     // ’
        {"Ma\u2018ruf", "Ma'ruf"},                     // ‘
        {"Mas\u02BCud", "Mas'ud"},                     // ʼ
        {"\u201Ckerja sama\u201D", "\"kerja sama\""},  // “ ”
        {"Kaltim\u2013Jatim \u2014 kata", "Kaltim\u2013Jatim \u2014 kata"},  // dashes stay
        {"kerja\u00ADsama", "kerjasama"},                                    // soft hyphen removed
        {"ÉLITE Ñandú", "ELITE Nandu"},                                      // case kept
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.in);
        EXPECT_EQ(normalise_text(c.in), c.out);
    }
}

TEST(NormaliserTest, AsciiTextWithoutAmountsOrGluePassesThrough) {
    const char* text = "PIHAK KESATU dan PIHAK KEDUA sepakat (Pasal 3 ayat (2)).";
    EXPECT_EQ(normalise_text(text), text);
    EXPECT_EQ(normalise_text(""), "");
}

TEST(NormaliserTest, SplitsGluedShorthandPairs) {
    const SynonymTable table = glue_table();
    const NormaliseOptions options{.glued_parts = &table};
    const Case cases[] = {
        {"KaltimJatim", "Kaltim Jatim"},
        {"(KaltimJatim) jalin", "(Kaltim Jatim) jalin"},
        {"KaltaraKaltim", "Kaltara Kaltim"},
        {"KaltimJatimKaltara", "Kaltim Jatim Kaltara"},
        {"KaltimJATIM", "Kaltim JATIM"},
        {"DPRDKaltim", "DPRD Kaltim"},
        {"antar-KaltimJatim", "antar-Kaltim Jatim"},
        {"KaltimJatim\u2019s", "Kaltim Jatim's"},
        // Not split: some part is not a known form, or no internal capital.
        {"McDonald", "McDonald"},
        {"iPhone", "iPhone"},
        {"DPRD", "DPRD"},
        {"UMKM", "UMKM"},
        {"PemProv", "PemProv"},  // "pem" is no form; "Pemprov" is written as one word
        {"MoU", "MoU"},
        {"KaltimSatu", "KaltimSatu"},
        {"Kaltim", "Kaltim"},
        // After a query operator the token stays whole.
        {"-KaltimJatim", "-KaltimJatim"},
        {"+KaltimJatim", "+KaltimJatim"},
        {"judul:KaltimJatim", "judul:KaltimJatim"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.in);
        EXPECT_EQ(normalise_text(c.in, options), c.out);
    }
    // Without a table nothing is split.
    EXPECT_EQ(normalise_text("KaltimJatim"), "KaltimJatim");
}

TEST(NormaliserTest, LeavesQuerySyntaxAlone) {
    const SynonymTable table = glue_table();
    const NormaliseOptions options{.glued_parts = &table};
    const Case cases[] = {
        {"\"kerja sama\" AND (Kaltim OR Jatim) NOT Kaltara",
         "\"kerja sama\" AND (Kaltim OR Jatim) NOT Kaltara"},
        {"misi NEAR dagang", "misi NEAR dagang"},
        {"jenis:mou -batal +Kaltim", "jenis:mou -batal +Kaltim"},
        {"sumber:\"LINK UMKM\"", "sumber:\"LINK UMKM\""},
        {"kupu-kupu tambahan-tambahan antar-OPD", "kupu-kupu tambahan-tambahan antar-OPD"},
        {"Mas'ud Ma'ruf", "Mas'ud Ma'ruf"},
        {"\u201CMoU Kaltim\u201D -Kaltara", "\"MoU Kaltim\" -Kaltara"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.in);
        EXPECT_EQ(normalise_text(c.in, options), c.out);
    }
}

TEST(NormaliserTest, KeepsAmountsSearchable) {
    const Case cases[] = {
        {"Rp666 miliar", "Rp 666 miliar"},
        {"transaksi Rp400 miliar.", "transaksi Rp 400 miliar."},
        {"Rp 14,3 triliun", "Rp 14,3 triliun"},
        {"165,7", "165,7"},
        {"Rp1.500.000,00", "Rp 1500000"},
        {"Rp1.850.000.000,00 (satu miliar", "Rp 1850000000 (satu miliar"},
        {"Rp 50.000,- per orang", "Rp 50000,- per orang"},
        {"Rp.1.500.000", "Rp.1500000"},
        {"RP500,00", "RP 500"},
        {"Rp 500,50", "Rp 500,50"},  // real cents stay
        {"Rp1,2 triliun", "Rp 1,2 triliun"},
        {"1.500.000 orang", "1500000 orang"},
        {"2.025", "2025"},
        {"08/05/2025 (17/4)", "08/05/2025 (17/4)"},
        {"08.05.2025", "08.05.2025"},  // not a grouped number
        {"1.4.22 versi", "1.4.22 versi"},
        {"1.500.00", "1.500.00"},
        {"3,5%", "3,5%"},
        {"Rp666M", "Rp 666M"},
        {"Rpx Rupiah rp", "Rpx Rupiah rp"},
        {"-Rp666", "-Rp666"},                          // after an operator the token stays whole
        {"\uFF32\uFF50\uFF16\uFF16\uFF16", "Rp 666"},  // full-width
        // A token that continues a letter outside ASCII is not an amount; plain text around
        // rewritten tokens is copied as it is.
        {"\u0915\u093ERp1.500 Rp\u0915 Rp1.500", "\u0915\u093ERp1.500 Rp\u0915 Rp 1500"},
        {"Rp. 1.500,00, Rp, 2.000,00; Rp x 3.000,00", "Rp. 1500, Rp, 2000; Rp x 3000"},
        {"harga (Rp1.500) dan Rp2.000.", "harga (Rp 1500) dan Rp 2000."},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.in);
        EXPECT_EQ(normalise_text(c.in), c.out);
    }
    EXPECT_EQ(normalise_text("Rp1.500.000,00", {.amounts = false}), "Rp1.500.000,00");
}

TEST(NormaliserTest, FoldCharactersOnlyFolds) {
    EXPECT_EQ(fold_characters("Rp1.500.000,00 Mas\u2019ud caf\u00E9"),
              "Rp1.500.000,00 Mas'ud cafe");
}

}  // namespace
}  // namespace arsip::text
