#include "text/stopwords.h"

#include <gtest/gtest.h>

#include <string>

#include "model/errors.h"

namespace arsip::text {
namespace {

TEST(StopwordsTest, ParsesWordsAndComments) {
    const StopwordList list =
        StopwordList::parse("# comment\nyang\n\nDan\r\nkira-kira\nyang\n", "test");
    EXPECT_EQ(list.words(), (std::vector<std::string>{"yang", "dan", "kira-kira"}));
    EXPECT_TRUE(list.contains("yang"));
    EXPECT_TRUE(list.contains("DAN"));
    EXPECT_TRUE(list.contains("kira-kira"));
    EXPECT_FALSE(list.contains("kira"));
    EXPECT_FALSE(list.contains(""));
}

TEST(StopwordsTest, BadLineNamesFileAndLine) {
    try {
        StopwordList::parse("yang\ndan atau\n", "stop.txt");
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "stop.txt");
        EXPECT_EQ(e.line(), 2);
    }
    EXPECT_THROW(StopwordList::load("/nonexistent/stop.txt"), InputError);
}

TEST(StopwordsTest, ProjectListKeepsContentWords) {
    const StopwordList list =
        StopwordList::load(ARSIP_TEST_SOURCE_DIR "/data/stopwords/stopwords-id.txt");
    EXPECT_EQ(list.size(), 725u);
    for (const char* stop :
         {"yang", "dan", "di", "adalah", "tersebut", "bahwa", "kepada", "dalam"}) {
        SCOPED_TRACE(stop);
        EXPECT_TRUE(list.contains(stop));
    }
    // Removed from the stopwords-iso list: they matter in agreements and news.
    for (const char* content :
         {"tahun",   "bulan",   "hari",    "waktu",   "masa",        "pihak", "sepihak",
          "sama",    "bersama", "bekerja", "akhir",   "berakhirnya", "baru",  "kecil",
          "besar",   "tinggi",  "tengah",  "luar",    "ibu",         "satu",  "dua",
          "pertama", "kedua",   "umum",    "keadaan", "bagian"}) {
        SCOPED_TRACE(content);
        EXPECT_FALSE(list.contains(content));
    }
}

}  // namespace
}  // namespace arsip::text
