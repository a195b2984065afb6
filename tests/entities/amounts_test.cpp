#include "entities/amounts.h"

#include <gtest/gtest.h>

#include "random_text.h"

#include <cstdint>
#include <string>
#include <vector>

namespace arsip::entities {
namespace {

std::vector<model::Amount> amounts(const std::string& text) {
    return extract_amounts(text, CodePoints(text));
}
std::vector<model::Percentage> percentages(const std::string& text) {
    return extract_percentages(text, CodePoints(text));
}

struct AmountCase {
    const char* text;
    const char* surface;  // the expected Amount::text
    double value;
    const char* currency;
};

TEST(AmountsTest, ReadsEveryRupiahForm) {
    const AmountCase cases[] = {
        {"transaksi mencapai Rp666 miliar.", "Rp666 miliar", 666e9, "IDR"},
        {"Transaksi Rp666 Miliar Warnai", "Rp666 Miliar", 666e9, "IDR"},
        {"APBD Rp 14,3 triliun tahun ini", "Rp 14,3 triliun", 14.3e12, "IDR"},
        {"APBD Rp 14.3 triliun tahun ini", "Rp 14.3 triliun", 14.3e12, "IDR"},
        {"mencapai Rp165,7 miliar, atau", "Rp165,7 miliar", 165.7e9, "IDR"},
        {"sebesar Rp1.500.000,00 dibayar", "Rp1.500.000,00", 1.5e6, "IDR"},
        {"senilai Rp. 600.000.000,- untuk", "Rp. 600.000.000,-", 600e6, "IDR"},
        {"senilai Rp600.000.000,-- untuk", "Rp600.000.000,--", 600e6, "IDR"},
        {"hibah Rp 250 juta bagi", "Rp 250 juta", 250e6, "IDR"},
        {"pinjaman Rp1,5 miliar", "Rp1,5 miliar", 1.5e9, "IDR"},
        {"nilai IDR 2 M disepakati", "IDR 2 M", 2e9, "IDR"},
        {"investasi Rp 2 T di IKN", "Rp 2 T", 2e12, "IDR"},
        {"tiket Rp 300 rb/orang", "Rp 300 rb", 300e3, "IDR"},
        {"tiket Rp 300 ribu per orang", "Rp 300 ribu", 300e3, "IDR"},
        {"harga Rp300rb saja", "Rp300rb", 300e3, "IDR"},
        {"harga Rp 25.000 per kg", "Rp 25.000", 25e3, "IDR"},
        {"uang saku 2,5 juta rupiah per bulan", "2,5 juta rupiah", 2.5e6, "IDR"},
        {"sebesar enam ratus enam puluh enam miliar rupiah.",
         "enam ratus enam puluh enam miliar rupiah", 666e9, "IDR"},
        {"satu miliar lima ratus juta rupiah", "satu miliar lima ratus juta rupiah", 1.5e9, "IDR"},
        {"senilai Rp satu miliar dibayar", "Rp satu miliar", 1e9, "IDR"},
        {"nilai Rp1,500,000 (gaya Inggris)", "Rp1,500,000", 1.5e6, "IDR"},
        {"harga Rp 2,500 per lembar", "Rp 2,500", 2500, "IDR"},
        {"harga Rp 2,50 per lembar", "Rp 2,50", 2.5, "IDR"},
        {"nilai Rp 2,500 juta", "Rp 2,500 juta", 2.5e6, "IDR"},
        {"ongkos 7,500 rupiah", "7,500 rupiah", 7500, "IDR"},
        {"Rp1.500.000.000,00 (satu miliar lima ratus juta rupiah)", "Rp1.500.000.000,00", 1.5e9,
         "IDR"},
        {"US$ 2 juta dari Jepang", "US$ 2 juta", 2e6, "USD"},
        {"USD 1,5 miliar", "USD 1,5 miliar", 1.5e9, "USD"},
        {"worth $2 million", "$2 million", 2e6, "USD"},
        {"ekspor $2,500 per ton", "$2,500", 2500, "USD"},
        {"bantuan 3 juta dolar AS", "3 juta dolar AS", 3e6, "USD"},
        {"EUR 500 ribu", "EUR 500 ribu", 500e3, "EUR"},
        {"\u20AC5 juta", "\u20AC5 juta", 5e6, "EUR"},
        {"SGD 10 juta", "SGD 10 juta", 10e6, "SGD"},
        {"S$ 4 juta", "S$ 4 juta", 4e6, "SGD"},
        {"2 juta dolar Singapura", "2 juta dolar Singapura", 2e6, "SGD"},
        {"RM 3 juta", "RM 3 juta", 3e6, "MYR"},
        {"100 juta yen", "100 juta yen", 100e6, "JPY"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        auto found = amounts(c.text);
        ASSERT_EQ(found.size(), 1u);
        EXPECT_EQ(found[0].text, c.surface);
        EXPECT_DOUBLE_EQ(found[0].value, c.value);
        EXPECT_EQ(found[0].currency, c.currency);
        EXPECT_EQ(found[0].mentions.size(), 1u);
    }
}

TEST(AmountsTest, WholeRupiahValuesAreExact) {
    // The gold compares integers: 14,3 triliun must not become 14299999999999.998.
    const struct {
        const char* text;
        std::int64_t value;
    } cases[] = {
        {"Rp 14,3 triliun", 14'300'000'000'000},
        {"Rp165,7 miliar", 165'700'000'000},
        {"Rp 0,1 miliar", 100'000'000},
        {"Rp 1,23 juta", 1'230'000},
        {"Rp 9.999.999.999.999", 9'999'999'999'999},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        auto found = amounts(c.text);
        ASSERT_EQ(found.size(), 1u);
        EXPECT_EQ(found[0].value, static_cast<double>(c.value));
    }
}

TEST(AmountsTest, FigureWithWordsInParenthesesCountsOnce) {
    const std::string text =
        "Nilai kontrak Rp1.500.000.000,00 (satu miliar lima ratus juta rupiah) termasuk pajak.";
    auto found = amounts(text);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_DOUBLE_EQ(found[0].value, 1.5e9);
    ASSERT_EQ(found[0].mentions.size(), 1u);  // the figure's span only
    EXPECT_EQ(found[0].mentions[0], (model::Mention{14, 32}));
    // Words that disagree with the figure are an amount of their own.
    auto disagree = amounts("Rp2.000.000,00 (dua juta lima ratus ribu rupiah)");
    ASSERT_EQ(disagree.size(), 2u);
    EXPECT_DOUBLE_EQ(disagree[0].value, 2e6);
    EXPECT_DOUBLE_EQ(disagree[1].value, 2.5e6);
}

TEST(AmountsTest, SameValueIsOneEntityWithSeveralMentions) {
    const std::string text =
        "Transaksi Rp666 Miliar tercatat.\nNilai transaksi hingga Rp666 miliar. Lalu US$ 666 "
        "miliar dan Rp 666.000.000.000.";
    auto found = amounts(text);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].text, "Rp666 Miliar");
    EXPECT_EQ(found[0].currency, "IDR");
    EXPECT_EQ(found[0].mentions.size(), 3u);
    EXPECT_EQ(found[1].currency, "USD");
    EXPECT_EQ(found[1].mentions.size(), 1u);
}

TEST(AmountsTest, NumbersWithoutCurrencyAreNotAmounts) {
    const char* cases[] = {
        "Rapat persiapan misi dagang tahun 2025.",
        "Kamis, 8 Mei 2025 pukul 09.00 WIB",
        "Hubungi 0812-3456-7890 atau (0541) 736 123.",
        "Sesuai Pasal 5 ayat (2) dan Pasal 12.",
        "membawa 72 pelaku usaha dan 100 pelaku usaha",
        "periode 2022 hingga 2024, 3 juta pengunjung",
        "Rpx 500 dan RMK 3 juta dan 5 M saja",
        "",
    };
    for (const char* text : cases) {
        SCOPED_TRACE(text);
        EXPECT_TRUE(amounts(text).empty());
        EXPECT_TRUE(percentages(text).empty());
    }
}

TEST(AmountsTest, MentionsAreCodePointOffsets) {
    // The right single quote, em dash and curly quotes are 3 bytes but 1 code point each.
    const std::string text = "Mas\u2019ud \u2014 dana Rp 2 T, lalu \u201C8 persen\u201D";
    auto found = amounts(text);
    ASSERT_EQ(found.size(), 1u);
    ASSERT_EQ(found[0].mentions.size(), 1u);
    EXPECT_EQ(found[0].mentions[0], (model::Mention{14, 20}));  // "Rp 2 T"
    auto percent = percentages(text);
    ASSERT_EQ(percent.size(), 1u);
    EXPECT_EQ(percent[0].mentions[0], (model::Mention{28, 36}));  // "8 persen"
}

struct PercentCase {
    const char* text;
    const char* surface;
    double value;
};

TEST(PercentagesTest, ReadsEveryForm) {
    const PercentCase cases[] = {
        {"tumbuh 8% tahun ini", "8%", 8},
        {"tumbuh 8 % tahun ini", "8 %", 8},
        {"lebih dari 8 persen dalam", "8 persen", 8},
        {"sekitar 50 persen dari total", "50 persen", 50},
        {"inflasi 0,5% saja", "0,5%", 0.5},
        {"inflasi 2.5% saja", "2.5%", 2.5},
        {"naik delapan persen", "delapan persen", 8},
        {"separuh, lima puluh persen", "lima puluh persen", 50},
        {"rate of 3 percent", "3 percent", 3},
        {"(8%)", "8%", 8},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        auto found = percentages(c.text);
        ASSERT_EQ(found.size(), 1u);
        EXPECT_EQ(found[0].text, c.surface);
        EXPECT_DOUBLE_EQ(found[0].value, c.value);
        EXPECT_TRUE(amounts(c.text).empty());
    }
}

TEST(PercentagesTest, FigureWithWordsInParenthesesCountsOnce) {
    auto found = percentages("Tahap I sebesar 40% (empat puluh persen) atau Rp600 juta");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_DOUBLE_EQ(found[0].value, 40);
    ASSERT_EQ(found[0].mentions.size(), 1u);
    EXPECT_EQ(found[0].mentions[0], (model::Mention{16, 19}));
}

TEST(PercentagesTest, SameValueIsOneEntity) {
    auto found = percentages("target 8%, lalu 8 persen, lalu delapan persen, dan 50 persen");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].text, "8%");
    EXPECT_EQ(found[0].mentions.size(), 3u);
    EXPECT_DOUBLE_EQ(found[1].value, 50);
}

// Deterministic pseudo-random bytes (xorshift), often built from amount-like pieces.
std::string random_text(std::uint64_t seed, std::size_t size, bool valid_utf8) {
    static const std::vector<std::string_view> kPieces = {"Rp", "Rp.",    " ",      "1",      "500",     ".",       ",",
                                    ",-", "00",     "juta ",  "miliar", " M",      " T",      "(",
                                    ")",  "satu ",  "ratus ", "rupiah", "%",       " persen", "US$",
                                    "$",  "\u20AC", "\u2014", "\n",     "dolar AS"};
    return arsip::testing::random_text(seed, size, valid_utf8, kPieces);
}

TEST(AmountsTest, NeverThrowsOnArbitraryBytes) {
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        for (bool valid : {true, false}) {
            const std::string text = random_text(seed, 1 + seed * 7 % 500, valid);
            SCOPED_TRACE(seed);
            EXPECT_NO_THROW({
                CodePoints points(text);
                for (const auto& a : extract_amounts(text, points)) {
                    EXPECT_FALSE(a.mentions.empty());
                    for (const auto& m : a.mentions) {
                        EXPECT_LT(m.start, m.end);
                        EXPECT_LE(m.end, points.at(text.size()));
                    }
                }
                for (const auto& p : extract_percentages(text, points)) {
                    for (const auto& m : p.mentions) EXPECT_LE(m.end, points.at(text.size()));
                }
            });
        }
    }
}

TEST(AmountsTest, LargeTextIsReadInOnePass) {
    // 1 MB texts; a quadratic scan would not finish. No timing assertion.
    std::string text;
    while (text.size() < (1u << 20))
        text += "Rp1.500.000.000,00 (satu miliar lima ratus juta rupiah) naik 8 persen, ";
    auto found = amounts(text);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_GT(found[0].mentions.size(), 10000u);
    EXPECT_EQ(percentages(text).size(), 1u);
    for (char c : {'1', 'a', '.', ' '}) {
        SCOPED_TRACE(c);
        const std::string same(1u << 20, c);
        EXPECT_TRUE(amounts(same).empty());
        EXPECT_TRUE(percentages(same).empty());
    }
    std::string words;
    while (words.size() < (1u << 20)) words += "satu dua tiga ratus ribu juta ";
    EXPECT_TRUE(amounts(words).empty());
}

}  // namespace
}  // namespace arsip::entities

namespace arsip::entities {
namespace {

// One scan gives both kinds, each with every mention, in the order first seen.
TEST(AmountsTest, OneScanFindsAmountsAndPercentagesTogether) {
    const struct {
        const char* text;
        std::vector<std::pair<double, std::size_t>> amounts;       // value, mentions
        std::vector<std::pair<double, std::size_t>> percentages;  // value, mentions
    } cases[] = {
        {"Rp5 miliar naik 10%, lalu Rp5 miliar lagi dan 10 persen.", {{5e9, 2}}, {{10, 2}}},
        {"Inflasi 2,5 persen; anggaran Rp1,2 triliun; 40% dan US$3 juta.", {{1.2e12, 1}, {3e6, 1}}, {{2.5, 1}, {40, 1}}},
        {"tanpa angka sama sekali", {}, {}},
        {"hanya 7% dan 8%", {}, {{7, 1}, {8, 1}}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const std::string text = c.text;
        const Figures figures = extract_figures(text, CodePoints(text));
        std::vector<std::pair<double, std::size_t>> got_amounts, got_percentages;
        for (const auto& a : figures.amounts) got_amounts.emplace_back(a.value, a.mentions.size());
        for (const auto& p : figures.percentages) got_percentages.emplace_back(p.value, p.mentions.size());
        EXPECT_EQ(got_amounts, c.amounts);
        EXPECT_EQ(got_percentages, c.percentages);
        EXPECT_EQ(amounts(text).size(), c.amounts.size());
        EXPECT_EQ(percentages(text).size(), c.percentages.size());
    }
}

}  // namespace
}  // namespace arsip::entities
