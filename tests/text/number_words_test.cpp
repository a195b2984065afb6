#include "text/number_words.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>

namespace arsip::text {
namespace {

struct NumberCase {
    const char* words;
    std::int64_t value;
};

TEST(NumberWordsTest, ParsesNumberPhrases) {
    const NumberCase cases[] = {
        {"nol", 0},
        {"satu", 1},
        {"lima", 5},
        {"sepuluh", 10},
        {"sebelas", 11},
        {"dua belas", 12},
        {"sembilan belas", 19},
        {"dua puluh", 20},
        {"dua puluh empat", 24},
        {"seratus", 100},
        {"seratus satu", 101},
        {"seratus sebelas", 111},
        {"enam ratus enam puluh enam", 666},
        {"sembilan ratus sembilan puluh sembilan", 999},
        {"seribu", 1000},
        {"seribu sembilan ratus empat puluh lima", 1945},
        {"dua ribu", 2000},
        {"dua ribu dua puluh empat", 2024},
        {"dua ribu dua puluh lima", 2025},
        {"sepuluh ribu", 10000},
        {"dua belas ribu", 12000},
        {"tiga ratus ribu", 300000},
        {"sejuta", 1000000},
        {"satu juta lima ratus ribu", 1500000},
        {"enam ratus enam puluh enam miliar", 666000000000},
        {"dua milyar", 2000000000},
        {"satu triliun dua ratus miliar", 1200000000000},
        {"Dua Ribu Dua Puluh Empat", 2024},
        {"DUA BELAS", 12},
        {"  dua   puluh\tempat ", 24},
        {"dua-belas", 12},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.words);
        auto value = parse_number_words(c.words);
        ASSERT_TRUE(value.has_value());
        EXPECT_EQ(*value, c.value);
    }
}

TEST(NumberWordsTest, RejectsWhatIsNotOneNumber) {
    for (const char* words :
         {"", "   ", "belas", "puluh", "ratus", "ribu", "dua tiga", "dua belas tiga",
          "dua puluh puluh", "puluh dua", "ribu dua ratus", "dua ribu tiga juta", "nol satu",
          "duanya", "dua orang", "tahun", "sebelas belas", "12", "seratus seratus"}) {
        SCOPED_TRACE(words);
        EXPECT_FALSE(parse_number_words(words).has_value());
    }
}

struct MatchCase {
    const char* text;
    std::optional<std::int64_t> value;
    std::size_t length;
};

TEST(NumberWordsTest, MatchesTheLongestPhraseAtTheStart) {
    const MatchCase cases[] = {
        {"dua belas bulan Januari", 12, 9},
        {"dua ribu dua puluh empat.", 2024, 24},
        {"lima) tahun", 5, 4},
        {"dua belas tiga", 12, 9},
        {"sepuluh, dua", 10, 7},
        {"enam ratus enam puluh enam miliar rupiah", 666000000000, 33},
        {"tiga ribu juta", 3000, 9},
        {"duanya", std::nullopt, 0},
        {"dua2", std::nullopt, 0},
        {" dua", std::nullopt, 0},
        {"Pasal", std::nullopt, 0},
        {"", std::nullopt, 0},
        // Any case; the longest words; words as long as a number word but not one.
        {"SATU Miliar", 1000000000, 11},
        {"Setriliun rupiah", 1000000000000, 9},
        {"sEmBiLaN bElAs", 19, 14},
        {"sembilanbelas", std::nullopt, 0},
        {"setriliunan", std::nullopt, 0},
        {"duo", std::nullopt, 0},
        {"limaa", std::nullopt, 0},
        {"li\xc3\xa1", std::nullopt, 0},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        auto match = match_number_words(c.text);
        ASSERT_EQ(match.has_value(), c.value.has_value());
        if (!match) continue;
        EXPECT_EQ(match->value, *c.value);
        EXPECT_EQ(match->length, c.length);
    }
}

TEST(NumberWordsTest, ParsesDigitsOrWords) {
    const NumberCase cases[] = {
        {"12", 12}, {" 2024 ", 2024}, {"1.500.000", 1500000}, {"lima", 5}, {"0", 0},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.words);
        auto value = parse_number(c.words);
        ASSERT_TRUE(value.has_value());
        EXPECT_EQ(*value, c.value);
    }
    for (const char* bad : {"", "12a", "1.50", "1..5", "1.", "1,5", "99999999999999999999"}) {
        SCOPED_TRACE(bad);
        EXPECT_FALSE(parse_number(bad).has_value());
    }
}

struct MonthCase {
    const char* name;
    int month;
};

TEST(MonthTest, ParsesNamesAndAbbreviations) {
    const MonthCase cases[] = {
        {"Januari", 1}, {"jan", 1},       {"Jan.", 1},      {"Februari", 2}, {"Pebruari", 2},
        {"Feb", 2},     {"Maret", 3},     {"April", 4},     {"Mei", 5},      {"MEI", 5},
        {"Juni", 6},    {"Juli", 7},      {"Agustus", 8},   {"Agu", 8},      {"Agt", 8},
        {"Ags", 8},     {"August", 8},    {"September", 9}, {"Sept", 9},     {"Oktober", 10},
        {"Okt", 10},    {"November", 11}, {"Nopember", 11}, {"Nop", 11},     {"Desember", 12},
        {"Des", 12},    {"DESEMBER", 12}, {"December", 12},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        auto month = parse_month(c.name);
        ASSERT_TRUE(month.has_value());
        EXPECT_EQ(*month, c.month);
    }
    for (const char* bad : {"", "Janu", "Bulan", "13", "Desembers", "."}) {
        SCOPED_TRACE(bad);
        EXPECT_FALSE(parse_month(bad).has_value());
    }
}

TEST(MonthTest, NamesMonthsInIndonesian) {
    EXPECT_EQ(month_name(1), "Januari");
    EXPECT_EQ(month_name(8), "Agustus");
    EXPECT_EQ(month_name(12), "Desember");
    EXPECT_EQ(month_name(0), "");
    EXPECT_EQ(month_name(13), "");
    for (int m = 1; m <= 12; ++m) {
        SCOPED_TRACE(m);
        EXPECT_EQ(parse_month(month_name(m)), m);
    }
}

}  // namespace
}  // namespace arsip::text
