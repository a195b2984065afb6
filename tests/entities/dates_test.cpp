#include "entities/dates.h"

#include <gtest/gtest.h>

#include "random_text.h"

#include <cstdint>
#include <string>
#include <vector>

namespace arsip::entities {
namespace {

std::vector<model::DateMention> dates(const std::string& text,
                                      std::optional<std::string> document_date = "2025-05-09") {
    return extract_dates(text, DateContext{std::move(document_date)}, CodePoints(text));
}

struct DateCase {
    const char* text;
    const char* surface;  // the expected DateMention::text
    const char* iso;
};

TEST(DatesTest, ReadsEveryForm) {
    const DateCase cases[] = {
        {"Hingga Kamis, 8 Mei 2025 siang", "Kamis, 8 Mei 2025", "2025-05-08"},
        {"Senin, 5 Mei 2025.", "Senin, 5 Mei 2025", "2025-05-05"},
        {"per 8 Mei 2025, nilai", "8 Mei 2025", "2025-05-08"},
        {"pada tanggal 7 Mei 2025 mendatang", "7 Mei 2025", "2025-05-07"},
        {"sejak 8 Mei lalu", "8 Mei", "2025-05-08"},
        {"pada Kamis (08/05/2025).", "Kamis (08/05/2025)", "2025-05-08"},
        {"ditandatangani 08/05/2025 di", "08/05/2025", "2025-05-08"},
        {"berlaku 8-5-2025", "8-5-2025", "2025-05-08"},
        {"tanggal 2025-05-08", "2025-05-08", "2025-05-08"},
        {"terbit 2025-05-08T09:00:00+07:00", "2025-05-08", "2025-05-08"},
        {"digelar Rabu (31 / 5) di", "Rabu (31 / 5)", "2025-05-31"},
        {"Rapat digelar di Kantor, Kamis (17/4) dan", "Kamis (17/4)", "2025-04-17"},
        {"Rapat digelar (17/4) dan", "(17/4)", "2025-04-17"},
        {"Rapat digelar Kamis 17/4 dan", "Kamis 17/4", "2025-04-17"},
        {"pada (08/05/2025)", "(08/05/2025)", "2025-05-08"},
        {"7 Agt. 2025", "7 Agt. 2025", "2025-08-07"},
        {"7 Agt 2025", "7 Agt 2025", "2025-08-07"},
        {"12 Sept. 2024", "12 Sept. 2024", "2024-09-12"},
        {"3 Nop 2024", "3 Nop 2024", "2024-11-03"},
        {"3 Nopember 2024", "3 Nopember 2024", "2024-11-03"},
        {"31 Des 2024.", "31 Des 2024", "2024-12-31"},
        {"29 Februari 2024", "29 Februari 2024", "2024-02-29"},
        {"Kamis, 7 Agustus 2025.", "Kamis, 7 Agustus 2025", "2025-08-07"},
        {"Jum'at, 9 Mei 2025", "Jum'at, 9 Mei 2025", "2025-05-09"},
        {"Pada hari ini Senin tanggal dua belas bulan Januari tahun dua ribu dua puluh empat, "
         "bertempat di Samarinda",
         "Senin tanggal dua belas bulan Januari tahun dua ribu dua puluh empat", "2024-01-12"},
        {"pada hari ini, Kamis, tanggal tujuh, bulan Agustus, tahun dua ribu dua puluh lima,",
         "Kamis, tanggal tujuh, bulan Agustus, tahun dua ribu dua puluh lima", "2025-08-07"},
        {"tanggal 12 bulan Januari tahun 2024", "tanggal 12 bulan Januari tahun 2024",
         "2024-01-12"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        auto found = dates(c.text);
        ASSERT_EQ(found.size(), 1u);
        EXPECT_EQ(found[0].text, c.surface);
        EXPECT_EQ(found[0].iso, c.iso);
        EXPECT_EQ(found[0].mentions.size(), 1u);
    }
}

TEST(DatesTest, RejectsWhatIsNotADate) {
    const char* cases[] = {
        "Misi dagang tahun 2025, periode 2022 hingga 2024.",
        "31 Februari 2025",         // invalid
        "30/02/2024",               // invalid
        "2025-13-01",               // invalid
        "separuh atau 1/2 bagian",  // a fraction, not in parentheses
        "Pasal 17/4 tentang",       // no parentheses, no weekday
        "Nomor 120/05/2025/PKS",    // part of a document number
        "Nomor: 12/05/2025/PKS",    // part of a document number
        "123 Mei 2025",             // three-digit day
        "8 mei lalu",               // no year, lower-case month
        "pukul 09.00 WIB, Rp 8 M",  // times and amounts
        "Hubungi 0812-3456-7890",   // phone number
        "8 Mei 20255",              // not a year
        "tanggal tiga puluh satu bulan Februari tahun dua ribu dua puluh empat",  // invalid
        "",
    };
    for (const char* text : cases) {
        SCOPED_TRACE(text);
        EXPECT_TRUE(dates(text).empty());
    }
}

TEST(DatesTest, DatesWithoutYearNeedTheDocumentDate) {
    EXPECT_TRUE(dates("Kamis (17/4) dan 8 Mei", std::nullopt).empty());
    EXPECT_TRUE(dates("Kamis (17/4)", "not a date").empty());
    auto found = dates("Kamis (17/4) dan 8 Mei 2025", std::nullopt);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].iso, "2025-05-08");
    // The year comes from the document date, not from the last year seen.
    auto other = dates("Rapat 2024, Kamis (17/4)", "2025-04-17");
    ASSERT_EQ(other.size(), 1u);
    EXPECT_EQ(other[0].iso, "2025-04-17");
}

TEST(DatesTest, SameDateIsOneEntityWithSeveralMentions) {
    auto found = dates(
        "Kamis, 8 Mei 2025 siang. Acara pada Kamis (08/05/2025). Per 8 Mei 2025 nilainya. "
        "Senin, 5 Mei 2025.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].iso, "2025-05-08");
    EXPECT_EQ(found[0].text, "Kamis, 8 Mei 2025");
    EXPECT_EQ(found[0].mentions.size(), 3u);
    EXPECT_EQ(found[1].iso, "2025-05-05");
}

TEST(DatesTest, MentionsAreCodePointOffsets) {
    // The em dash and curly quotes are 3 bytes but 1 code point each.
    const std::string text = "Balikpapan \u2014 \u201CHingga\u201D Kamis, 8 Mei 2025 siang";
    auto found = dates(text);
    ASSERT_EQ(found.size(), 1u);
    ASSERT_EQ(found[0].mentions.size(), 1u);
    EXPECT_EQ(found[0].mentions[0], (model::Mention{22, 39}));  // "Kamis, 8 Mei 2025"
}

TEST(ValidityTest, ReadsValidityPeriods) {
    const struct {
        const char* text;
        std::optional<int> months;
    } cases[] = {
        {"Kesepakatan ini berlaku untuk jangka waktu 5 (lima) tahun sejak ditandatangani.", 60},
        {"Perjanjian berlaku selama 24 (dua puluh empat) bulan.", 24},
        {"diberikan untuk masa 2 tahun", 24},
        {"jangka waktu paling lama lima tahun", 60},
        {"Jangka Waktu\n3 (tiga) Tahun", 36},
        {"masa berlaku 6 bulan", 6},
        {"memperpanjang jangka waktu 1 (satu) tahun. Perjanjian ini berlaku untuk jangka waktu 3 "
         "(tiga) tahun terhitung sejak tanggal 18 Agustus 2025",
         36},
        {"memperpanjang jangka waktu 1 (satu) tahun", 12},
        {"Pertumbuhan 8% dalam tiga tahun ke depan", std::nullopt},
        {"jangka waktu yang disepakati para pihak", std::nullopt},
        {"untuk masa depan Kalimantan 5 tahun lagi", std::nullopt},
        {"jangka waktu 500 tahun", std::nullopt},
        {"", std::nullopt},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(validity_months(c.text), c.months);
    }
}

// Deterministic pseudo-random bytes (xorshift), sometimes biased towards date-like pieces.
std::string random_text(std::uint64_t seed, std::size_t size, bool valid_utf8) {
    static const std::vector<std::string_view> kPieces = {
        "Kamis",         " (",    "17", "/",  "4", ")", " tanggal ", "dua ",   "belas ", "bulan ",
        "Mei ",          "2025",  "-",  "Rp", "%", ",", "\u2014",    "\u201C", " ",      "\n",
        "jangka waktu ", "persen"};
    return arsip::testing::random_text(seed, size, valid_utf8, kPieces);
}

TEST(DatesTest, NeverThrowsOnArbitraryBytes) {
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        for (bool valid : {true, false}) {
            const std::string text = random_text(seed, 1 + seed * 7 % 500, valid);
            SCOPED_TRACE(seed);
            EXPECT_NO_THROW({
                CodePoints points(text);
                auto found = extract_dates(text, DateContext{"2025-05-09"}, points);
                for (const auto& d : found) {
                    for (const auto& m : d.mentions) {
                        EXPECT_LE(m.start, m.end);
                        EXPECT_LE(m.end, points.at(text.size()));
                    }
                }
                (void)validity_months(text);
            });
        }
    }
}

TEST(DatesTest, LargeTextIsReadInOnePass) {
    // 1 MB of date-like text and of one long "word": a quadratic scan would not finish.
    std::string text;
    while (text.size() < (1u << 20))
        text +=
            "Kamis (17/4) tanggal dua belas bulan Mei tahun dua ribu dua puluh lima 8 Mei 2025 ";
    auto found = dates(text);
    ASSERT_EQ(found.size(), 3u);
    EXPECT_GT(found[0].mentions.size(), 10000u);
    const std::string word(1u << 20, 'a');
    EXPECT_TRUE(dates(word).empty());
    const std::string digits(1u << 20, '1');
    EXPECT_TRUE(dates(digits).empty());
    EXPECT_EQ(validity_months(std::string(1u << 20, ' ') + "jangka waktu 2 tahun"), 24);
    std::string triggers;
    while (triggers.size() < (1u << 20)) triggers += "jangka waktu (";
    EXPECT_EQ(validity_months(triggers), std::nullopt);
}

}  // namespace
}  // namespace arsip::entities
