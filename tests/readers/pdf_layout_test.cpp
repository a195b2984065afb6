#include "readers/pdf_layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace arsip::readers {
namespace {

// A page 600 x 800 with one 12-point font; lines 16 points apart.
constexpr double kWidth = 600;
constexpr double kHeight = 800;
constexpr double kPitch = 16;

TextRun run(double top, double left, double width, std::string text, bool bold = false) {
    TextRun r;
    r.top = top;
    r.left = left;
    r.width = width;
    r.height = 12;
    r.font = 0;
    r.bold = bold;
    r.text = std::move(text);
    return r;
}

PdfPage page(int number, std::vector<TextRun> runs) {
    PdfPage p;
    p.number = number;
    p.width = kWidth;
    p.height = kHeight;
    p.runs = std::move(runs);
    return p;
}

PdfText document(std::vector<PdfPage> pages) {
    PdfText text;
    text.fonts.push_back({0, 12, "Times"});
    text.pages = std::move(pages);
    return text;
}

std::vector<std::string> paragraphs_of(const PdfText& text) {
    return lay_out(text).texts();
}

TEST(PdfLayoutTest, GroupsOutOfOrderRunsIntoLines) {
    PdfText text = document({page(
        1, {
               run(200, 300, 100, "dunia"),
               run(100, 200, 80, "halo"),
               run(201, 60, 200, "Selamat datang di"),  // same line as "dunia", one point lower
               run(100, 60, 120, "Kata"),
           })});
    std::vector<LayoutLine> lines = layout_lines(text);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].text, "Kata halo");
    EXPECT_EQ(lines[1].text, "Selamat datang di dunia");
}

TEST(PdfLayoutTest, JoinsAdjacentRunsWithoutASpace) {
    PdfText text = document({page(1, {run(100, 60, 40, "kata"), run(100, 100, 4, ",")})});
    ASSERT_EQ(layout_lines(text).size(), 1u);
    EXPECT_EQ(layout_lines(text)[0].text, "kata,");
}

TEST(PdfLayoutTest, DropsRunningHeadersFootersAndPageNumbers) {
    std::vector<PdfPage> pages;
    const char* numbers[] = {"1", "- 2 -", "Halaman 3 dari 3"};
    for (int n = 1; n <= 3; ++n) {
        pages.push_back(page(
            n, {
                   run(20, 60, 480, "Kesepakatan Bersama Nomor 000.3/245/B.PemOtda/2025"),
                   run(200, 60, 480, "Isi halaman " + std::to_string(n) + " yang panjang sekali."),
                   run(770, 280, 40, numbers[n - 1]),
               }));
    }
    // A line in the header band that is on one page only stays.
    pages[0].runs.push_back(run(40, 60, 300, "PEMERINTAH PROVINSI KALIMANTAN TIMUR"));
    std::vector<LayoutLine> lines = layout_lines(document(pages));
    std::vector<std::string> texts;
    for (const auto& line : lines) texts.push_back(line.text);
    EXPECT_EQ(texts,
              (std::vector<std::string>{
                  "PEMERINTAH PROVINSI KALIMANTAN TIMUR", "Isi halaman 1 yang panjang sekali.",
                  "Isi halaman 2 yang panjang sekali.", "Isi halaman 3 yang panjang sekali."}));
}

TEST(PdfLayoutTest, KeepsAHeadingThatStartsFewPagesAtTheTop) {
    // "Pasal 2" and "Pasal 11" both sit in the top band, but on two of five pages only.
    std::vector<PdfPage> pages;
    for (int n = 1; n <= 5; ++n) {
        std::vector<TextRun> runs{run(300, 60, 480, "Isi.")};
        if (n == 2) runs.push_back(run(60, 280, 40, "Pasal 2", true));
        if (n == 4) runs.push_back(run(60, 280, 40, "Pasal 11", true));
        pages.push_back(page(n, runs));
    }
    auto paragraphs = paragraphs_of(document(pages));
    EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(), "Pasal 2"), paragraphs.end());
    EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(), "Pasal 11"), paragraphs.end());
}

struct PageNumberCase {
    const char* line;
    bool page_number;
};

TEST(PdfLayoutTest, RecognisesPageNumbers) {
    const PageNumberCase cases[] = {
        {"3", true},
        {"- 3 -", true},
        {"— 12 —", true},
        {"Halaman 3", true},
        {"Halaman 3 dari 7", true},
        {"Hal. 3", true},
        {"hal 3/7", true},
        {"3/7", true},
        {"Page 2 of 9", true},
        {"Pasal 3", false},
        {"BAB II", false},
        {"2025", true},
        {"(1)", false},
        {"Halaman", false},
        {"12 Januari 2024", false},
        {"", false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.line);
        EXPECT_EQ(is_page_number(c.line), c.page_number);
    }
}

struct JoinCase {
    const char* before;
    const char* next;
    const char* joined;
};

TEST(PdfLayoutTest, JoinsHyphenatedWordsButKeepsRealHyphens) {
    const JoinCase cases[] = {
        {"dalam rangka kerja-", "sama antara", "dalam rangka kerjasama antara"},
        {"melak-", "sanakan tugas", "melaksanakan tugas"},
        {"seekor kupu-", "kupu terbang", "seekor kupu-kupu terbang"},
        {"masing-", "masing pihak", "masing-masing pihak"},
        {"secara bersama-", "sama disebut", "secara bersama-sama disebut"},
        {"berlari-", "lari kecil", "berlari-lari kecil"},
        {"sebaik-", "baiknya", "sebaik-baiknya"},
        {"kerja sama antar-", "OPD Kaltim", "kerja sama antar-OPD Kaltim"},
        {"tahun 2024-", "2029", "tahun 2024-2029"},
        {"PIHAK KE-", "DUA masing-masing", "PIHAK KEDUA masing-masing"},
        {"Balikpapan -", "Dalam upaya", "Balikpapan - Dalam upaya"},
        {"kata", "berikut", "kata berikut"},
        {"", "awal", "awal"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.before) + " | " + c.next);
        EXPECT_EQ(join_lines(c.before, c.next), c.joined);
    }
}

TEST(PdfLayoutTest, BuildsParagraphsFromGapsIndentsAndMarkers) {
    double y = 100;
    std::vector<TextRun> runs;
    auto line = [&](double left, double width, const char* text, bool bold = false,
                    double extra = 0) {
        y += extra;
        runs.push_back(run(y, left, width, text, bold));
        y += kPitch;
    };
    line(270, 60, "Pasal 3", true);
    line(240, 120, "Ruang Lingkup", true);
    line(60, 20, "(1)");  // ayat marker as its own run, text beside it
    runs.push_back(
        run(y - kPitch, 90, 450, "Ruang lingkup Kesepakatan Bersama ini meliputi kerja-"));
    line(90, 450, "sama di bidang perdagangan dan konektivitas sebagaimana dimaksud pada ayat");
    line(90, 200, "(1) Pasal 2.");
    line(60, 20, "(2)");
    runs.push_back(run(y - kPitch, 90, 450, "Pelaksanaan diatur lebih lanjut."));
    line(90, 450, "Paragraf baru setelah jarak yang lebih besar dari jarak baris biasa", false, 10);
    line(60, 480, "yang berlanjut di baris ini.");
    line(100, 440, "Baris pertama menjorok menandai paragraf baru yang ditulis panjang");
    line(60, 480, "dan berlanjut.");
    auto paragraphs = paragraphs_of(document({page(1, runs)}));
    EXPECT_EQ(
        paragraphs,
        (std::vector<std::string>{
            "Pasal 3",
            "Ruang Lingkup",
            "(1) Ruang lingkup Kesepakatan Bersama ini meliputi kerjasama di bidang perdagangan "
            "dan konektivitas sebagaimana dimaksud pada ayat (1) Pasal 2.",
            "(2) Pelaksanaan diatur lebih lanjut.",
            "Paragraf baru setelah jarak yang lebih besar dari jarak baris biasa yang berlanjut "
            "di baris ini.",
            "Baris pertama menjorok menandai paragraf baru yang ditulis panjang dan berlanjut.",
        }));
}

TEST(PdfLayoutTest, ContinuesAParagraphAcrossPages) {
    PdfText text = document({
        page(1, {run(700, 60, 480, "Kalimat ini belum selesai di halaman pertama dan")}),
        page(2, {run(100, 60, 200, "berlanjut di halaman kedua."), run(116, 60, 480, "Baru.")}),
    });
    auto paragraphs = paragraphs_of(text);
    ASSERT_EQ(paragraphs.size(), 2u);
    EXPECT_EQ(paragraphs[0],
              "Kalimat ini belum selesai di halaman pertama dan berlanjut di halaman kedua.");
    EXPECT_EQ(lay_out(text).paragraphs[0].page, 1);
}

TEST(PdfLayoutTest, ReadsTwoColumnsLeftBeforeRight) {
    PdfText text = document({page(
        1, {
               run(100, 60, 480, "JUDUL YANG MELINTANG SELURUH HALAMAN DARI KIRI KE KANAN", true),
               run(200, 330, 150, "PIHAK KESATU,"),
               run(200, 80, 150, "PIHAK KEDUA,"),
               run(216, 330, 200, "GUBERNUR KALIMANTAN TIMUR,"),
               run(216, 80, 200, "GUBERNUR KALIMANTAN UTARA,"),
               run(300, 330, 150, "H. Rudy Mas'ud", true),
               run(300, 80, 150, "H. Zainal Arifin Paliwang", true),
           })});
    auto paragraphs = paragraphs_of(text);
    EXPECT_EQ(paragraphs, (std::vector<std::string>{
                              "JUDUL YANG MELINTANG SELURUH HALAMAN DARI KIRI KE KANAN",
                              "PIHAK KEDUA, GUBERNUR KALIMANTAN UTARA,",
                              "H. Zainal Arifin Paliwang",
                              "PIHAK KESATU, GUBERNUR KALIMANTAN TIMUR,",
                              "H. Rudy Mas'ud",
                          }));
    LayoutOptions single;
    single.detect_columns = false;
    EXPECT_EQ(layout_lines(text, single)[1].text, "PIHAK KEDUA, PIHAK KESATU,");
}

TEST(PdfLayoutTest, MarksBoldParagraphsAndFontSizes) {
    PdfText text = document(
        {page(1, {run(100, 200, 200, "NOTA KESEPAHAMAN", true), run(140, 60, 480, "Isi biasa.")})});
    text.fonts.push_back({1, 18, "Times"});
    text.pages[0].runs[0].font = 1;
    text.pages[0].runs[0].height = 16;
    LaidOutText out = lay_out(text);
    ASSERT_EQ(out.paragraphs.size(), 2u);
    EXPECT_TRUE(out.paragraphs[0].bold);
    EXPECT_DOUBLE_EQ(out.paragraphs[0].font_size, 18);
    EXPECT_FALSE(out.paragraphs[1].bold);
    EXPECT_EQ(out.paragraphs[1].page, 1);
}

TEST(PdfLayoutTest, EmptyInputGivesNoParagraphs) {
    EXPECT_TRUE(lay_out(PdfText{}).paragraphs.empty());
    EXPECT_TRUE(lay_out(document({page(1, {run(100, 60, 10, "   ")})})).paragraphs.empty());
}

struct MarkerCase {
    const char* line;
    bool marker;
};

TEST(PdfLayoutTest, RecognisesStructuralMarkers) {
    const MarkerCase cases[] = {
        {"Pasal 3", true},
        {"PASAL 12A", true},
        {"Pasal 3 RUANG LINGKUP", true},
        {"Pasal 3 ayat (1) huruf a", false},
        {"BAB II", true},
        {"(1) Para Pihak", true},
        {"a. bahwa", true},
        {"2. H. SENO AJI", true},
        {"NOMOR: 1/2/3", true},
        {"Nomor : 120/1234", true},
        {"Nomor 23 Tahun 2014", false},
        {"Menimbang:", true},
        {"kata biasa", false},
        {"Rp1.500.000", false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.line);
        EXPECT_EQ(starts_with_structural_marker(c.line), c.marker);
    }
}

}  // namespace
}  // namespace arsip::readers
