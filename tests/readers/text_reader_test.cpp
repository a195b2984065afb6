#include "readers/text_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model/errors.h"

namespace arsip::readers {
namespace {

// Excerpts of the seed articles in /work/shared/corpus/seeds/ (shortened).
constexpr const char* kSeputarIkn =
    "Misi Dagang KaltimJatim Dongkrak Ekonomi Kerakyatan\n"
    "Balikpapan (Seputar-ikn.com) — Provinsi Kalimantan Timur dan Jawa Timur (KaltimJatim) jalin "
    "kerjasama misi dagang antar ratusan pelaku usaha.\n"
    "Wakil Gubernur Kalimantan Timur, Seno Aji mengatakan bahwa misi dagang antar provinsi akan "
    "menjadi peluang besar bagi para pelaku usaha.\n";

constexpr const char* kLinkUmkm =
    "Transaksi Rp666 Miliar Warnai Sinergi Dagang Kaltim dan Jatim, UMKM Jadi Motor Penggerak\r\n"
    "Jumat, 9 Mei 2025 | 09:00 WIB\r\n"
    "\r\n"
    "LINK UMKM - Agenda misi dagang antara Kalimantan Timur dan Jawa Timur membuahkan hasil.\r\n"
    "Kegiatan yang digelar di Balikpapan pada awal Mei itu mempertemukan pelaku usaha.\r\n";

constexpr const char* kPrudensi =
    "Perkuat Konektivitas, Pemprov Jatim Lakukan Kunjungan Ke Pemprov Kaltim\n"
    "\n"
    "BALIKPAPAN – Dalam rangka mempererat konektivitas serta menjalin kerja sama di sektor sosial\n"
    "dan ekonomi, Pemerintah Provinsi Jawa Timur melakukan kunjungan.\n"
    "\n"
    "Kunjungan tersebut menjadi bagian dari upaya strategis Pemprov Jatim.\n";

constexpr const char* kKaltimprov =
    "Samarinda - Dalam upaya meningkatkan kinerja perdagangan dalam negeri, khususnya perdagangan "
    "antar pulau, Dinas Perindustrian, Perdagangan, Koperasi, dan UKM (DPPKUKM) Provinsi Kaltim "
    "menggelar Rapat Persiapan Misi Dagang.\n"
    "Rapat digelar di Ruang Rapat Lempok Lantai 3 Kantor DPPKUKM Kaltim, Kamis (17/4).\n";

struct TextCase {
    const char* name;
    const char* bytes;
    const char* title;
    const char* place;
    const char* date;
    const char* published;
    std::vector<std::string> first_words;  // the start of each paragraph
};

TEST(TextReaderTest, ReadsSeedArticles) {
    const TextCase cases[] = {
        {"seputarikn",
         kSeputarIkn,
         "Misi Dagang KaltimJatim Dongkrak Ekonomi Kerakyatan",
         "Balikpapan",
         "",
         "",
         {"Balikpapan (Seputar-ikn.com)", "Wakil Gubernur"}},
        {"linkumkm",
         kLinkUmkm,
         "Transaksi Rp666 Miliar Warnai Sinergi Dagang Kaltim dan Jatim, UMKM Jadi Motor Penggerak",
         "",
         "2025-05-09",
         "2025-05-09T09:00:00+07:00",
         {"LINK UMKM -", "Kegiatan yang"}},
        {"prudensi",
         kPrudensi,
         "Perkuat Konektivitas, Pemprov Jatim Lakukan Kunjungan Ke Pemprov Kaltim",
         "Balikpapan",
         "",
         "",
         {"BALIKPAPAN – Dalam rangka mempererat konektivitas serta menjalin kerja sama di sektor "
          "sosial dan ekonomi,",
          "Kunjungan tersebut"}},
        {"kaltimprov",
         kKaltimprov,
         "",
         "Samarinda",
         "",
         "",
         {"Samarinda - Dalam", "Rapat digelar"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        model::Document doc = read_text(c.bytes, c.name);
        EXPECT_EQ(doc.type, model::DocumentType::Article);
        EXPECT_EQ(doc.format, model::SourceFormat::Text);
        EXPECT_EQ(doc.title, c.title);
        EXPECT_EQ(doc.place, c.place);
        EXPECT_EQ(doc.date, c.date);
        EXPECT_EQ(doc.published, c.published);
        ASSERT_EQ(doc.paragraphs.size(), c.first_words.size());
        for (std::size_t i = 0; i < c.first_words.size(); ++i) {
            EXPECT_EQ(doc.paragraphs[i].rfind(c.first_words[i], 0), 0u) << doc.paragraphs[i];
        }
    }
}

struct PlaceCase {
    const char* paragraph;
    const char* place;
};

TEST(TextReaderTest, FindsTheDatelinePlace) {
    const PlaceCase cases[] = {
        {"Balikpapan (Seputar-ikn.com) — Provinsi", "Balikpapan"},
        {"BALIKPAPAN – Dalam rangka", "Balikpapan"},
        {"Samarinda - Dalam upaya", "Samarinda"},
        {"TANJUNG REDEB - Bupati", "Tanjung Redeb"},
        {"INFO NASIONAL – Kalimantan Timur", ""},
        {"LINK UMKM - Agenda", ""},
        {"Wakil Gubernur Kalimantan Timur, Seno Aji mengatakan", ""},
        {"Kaltim-Jatim sepakat", ""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.paragraph);
        EXPECT_EQ(dateline_place(c.paragraph), c.place);
    }
    TextReaderOptions options;
    options.is_place = [](std::string_view place) { return place == "Samarinda"; };
    EXPECT_EQ(dateline_place("BALIKPAPAN – Dalam", options), "");
    EXPECT_EQ(dateline_place("Samarinda - Dalam", options), "Samarinda");
}

TEST(TextReaderTest, DateLinesWithZones) {
    struct Case {
        const char* line;
        const char* date;
        const char* published;
    };
    const Case cases[] = {
        {"Kamis, 8 Mei 2025 | 14:30 WITA", "2025-05-08", "2025-05-08T14:30:00+08:00"},
        {"8 Mei 2025 09.15 WIT", "2025-05-08", "2025-05-08T09:15:00+09:00"},
        {"Senin, 5 Mei 2025", "2025-05-05", ""},
        {"Berita utama hari ini", "", ""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.line);
        model::Document doc = read_text(std::string("Judul\n") + c.line + "\nIsi.\n", "x.txt");
        EXPECT_EQ(doc.date, c.date);
        EXPECT_EQ(doc.published, c.published);
        EXPECT_EQ(doc.paragraphs.size(), doc.date.empty() ? 2u : 1u);
    }
}

TEST(TextReaderTest, SkipsAByteOrderMark) {
    model::Document doc = read_text("\xEF\xBB\xBFJudul\nIsi.\n", "bom.txt");
    EXPECT_EQ(doc.title, "Judul");
}

TEST(TextReaderTest, InvalidUtf8NamesTheFileAndLine) {
    const std::string bad = "Judul\nbaris dua\nbaris \xC3\x28 tiga\n";
    try {
        read_text(bad, "berita.txt");
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "berita.txt");
        EXPECT_EQ(e.line(), 3);
    }
    for (const char* bytes : {"\xFF", "\xE2\x80", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80"}) {
        SCOPED_TRACE(testing::PrintToString(std::string(bytes)));
        std::size_t offset = 99;
        EXPECT_FALSE(is_valid_utf8(bytes, offset));
        EXPECT_EQ(offset, 0u);
    }
    std::size_t offset = 0;
    EXPECT_TRUE(is_valid_utf8("Mas’ud — “kutipan” 😀", offset));
}

TEST(TextReaderTest, EmptyOrOversizedInputIsAnError) {
    EXPECT_THROW(read_text("", "empty.txt"), InputError);
    EXPECT_THROW(read_text("\n \n\t\n", "blank.txt"), InputError);
    TextReaderOptions small;
    small.max_bytes = 4;
    EXPECT_THROW(read_text("Judul panjang", "big.txt", small), InputError);
}

}  // namespace
}  // namespace arsip::readers
