#include "text/words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace arsip::text {
namespace {

TEST(WordsTest, SplitsLikeXapian) {
    const struct {
        const char* in;
        std::vector<std::string> words;
    } cases[] = {
        {"Gubernur Kaltim Rudy Mas\u2019ud", {"gubernur", "kaltim", "rudy", "mas'ud"}},
        {"Ma'ruf 'kutip' AT&T", {"ma'ruf", "kutip", "at&t"}},
        {"kupu-kupu DPR-RI", {"kupu", "kupu", "dpr", "ri"}},
        {"Rp1.500.000,00 dan 14,3 triliun.", {"rp1.500.000,00", "dan", "14,3", "triliun"}},
        {"usaha mikro, kecil, dan menengah (UMKM)",
         {"usaha", "mikro", "kecil", "dan", "menengah", "umkm"}},
        {"CAFÉ Ñandú ﬁnal", {"cafe", "nandu", "final"}},
        {"\u201CKolaborasi\u201D \u2014 ok.", {"kolaborasi", "ok"}},
        {"akhir. Awal, 2025.", {"akhir", "awal", "2025"}},
        {"", {}},
        {" - \u2013 ", {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.in);
        EXPECT_EQ(word_texts(c.in), c.words);
    }
}

TEST(WordsTest, GivesByteOffsets) {
    const std::string text = "Mas\u2019ud, Kaltim";
    const auto words = split_words(text);
    ASSERT_EQ(words.size(), 2u);
    EXPECT_EQ(text.substr(words[0].begin, words[0].end - words[0].begin), "Mas\u2019ud");
    EXPECT_EQ(text.substr(words[1].begin, words[1].end - words[1].begin), "Kaltim");
}

TEST(WordsTest, PhraseKeyJoinsFoldedWords) {
    EXPECT_EQ(phrase_key("Usaha Mikro,  Kecil, dan Menengah"), "usaha mikro kecil dan menengah");
    EXPECT_EQ(phrase_key("Swiss-Belhotel"), "swiss belhotel");
    EXPECT_EQ(phrase_key(" - "), "");
}

}  // namespace
}  // namespace arsip::text
