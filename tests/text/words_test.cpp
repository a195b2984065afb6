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

// Checks that `folded` holds the words split_words() finds in `text`.
void expect_words_of(const FoldedWords& folded, const std::string& text) {
    const std::vector<Word> expected = split_words(text);
    ASSERT_EQ(folded.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(folded[i], expected[i].text);
        EXPECT_EQ(folded.texts()[i], expected[i].text);
        EXPECT_EQ(folded.begin(i), expected[i].begin);
        EXPECT_EQ(folded.end(i), expected[i].end);
    }
}

TEST(WordsTest, FoldedWordsAreTheWordsOfSplitWords) {
    std::string every_byte;  // each byte value once, then again after letters (joiners, digits)
    for (int c = 1; c < 256; ++c) every_byte += {'a', static_cast<char>(c), '1', ' '};
    const std::string cases[] = {
        "Gubernur Kaltim Rudy Mas\u2019ud, AT&T dan kupu-kupu DPR-RI",
        "Rp1.500.000,00 dan 14,3 triliun. akhir. Awal, 2025.",
        "CAF\u00C9 \u00D1and\u00FA \uFB01nal \u201CKolaborasi\u201D \u2014 ok.",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{ abcdefghijklmnopqrstuvwxyz 0123456789",
        "\u0301 lone mark, a\u0301b, \xC3 broken \xE2\x80 bytes \xFF",
        "\u0661\u0662 \u0915\u093E \uFF11\uFF12 x\u00A0y soft\u00ADhyphen",
        "'awal' &akhir& 1.2.3, 4,5, a.b x'",
        every_byte,
        "",
    };
    FoldedWords reused;  // one object assigned text after text
    for (const std::string& text : cases) {
        SCOPED_TRACE(text);
        expect_words_of(FoldedWords(text), text);
        reused.assign(text);
        expect_words_of(reused, text);
        EXPECT_EQ(word_texts(text).size(), split_words(text).size());
    }
}

TEST(WordsTest, FoldedWordsCopiesAndMovesKeepTheirWords) {
    // A long text (heap buffer) with folded non-ASCII words, and a short one (in-object buffer).
    for (const std::string& text : {std::string("Mas\u2019ud CAF\u00C9 dan Kaltim, \uFB01nal 2025 ok"),
                                   std::string("a \u00C9")}) {
        SCOPED_TRACE(text);
        FoldedWords original(text);
        const FoldedWords copy(original);
        expect_words_of(copy, text);
        FoldedWords assigned(std::string("lain"));
        assigned = copy;
        expect_words_of(assigned, text);
        FoldedWords moved(std::move(original));
        expect_words_of(moved, text);
        FoldedWords move_assigned;
        move_assigned = std::move(moved);
        expect_words_of(move_assigned, text);
        original.assign("teks baru");  // a moved-from object can be assigned again
        expect_words_of(original, "teks baru");
        expect_words_of(copy, text);  // the copies do not share buffers with it
    }
}

TEST(WordsTest, PhraseKeyJoinsFoldedWords) {
    EXPECT_EQ(phrase_key("Usaha Mikro,  Kecil, dan Menengah"), "usaha mikro kecil dan menengah");
    EXPECT_EQ(phrase_key("Swiss-Belhotel"), "swiss belhotel");
    EXPECT_EQ(phrase_key(" - "), "");
    EXPECT_EQ(phrase_key("\u0301 Kaltim \u0301"), "kaltim");  // a lone mark folds to no word
}

}  // namespace
}  // namespace arsip::text
