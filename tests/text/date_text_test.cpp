#include "text/date_text.h"

#include <gtest/gtest.h>

namespace arsip::text {
namespace {

struct FindCase {
    const char* text;
    const char* iso;  // "" when no date
};

TEST(DateTextTest, FindsNumericDates) {
    const FindCase cases[] = {
        {"Kamis, 8 Mei 2025 siang", "2025-05-08"},
        {"Samarinda, 12 Januari 2024", "2024-01-12"},
        {"7 Agt. 2025", "2025-08-07"},
        {"per 31 Des 2024.", "2024-12-31"},
        {"tanggal 30 Februari 2024 lalu 1 Maret 2024", "2024-03-01"},
        {"tahun 2025 saja", ""},
        {"Pasal 12 Ayat 2024", ""},
        {"123 Mei 2025", ""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        auto found = find_date(c.text);
        ASSERT_EQ(found.has_value(), c.iso[0] != '\0');
        if (found) {
            EXPECT_EQ(found->date.iso(), c.iso);
        }
    }
}

TEST(DateTextTest, FindsWrittenOutDates) {
    const FindCase cases[] = {
        {"Pada hari ini Senin tanggal dua belas bulan Januari tahun dua ribu dua puluh empat",
         "2024-01-12"},
        {"pada hari ini, Kamis, tanggal tujuh, bulan Agustus, tahun dua ribu dua puluh lima,",
         "2025-08-07"},
        {"Tanggal Tiga Puluh Satu Bulan Desember Tahun Dua Ribu Dua Puluh Empat", "2024-12-31"},
        {"tanggal 13 bulan Juli tahun 2026", "2026-07-13"},
        {"tanggal sebelas Nopember dua ribu", "2000-11-11"},
        {"tanggal ditandatangani", ""},
        {"tanggal tiga puluh dua bulan Januari tahun dua ribu", ""},
        {"pertanggalan dua Mei 2020", ""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        auto found = find_written_date(c.text);
        ASSERT_EQ(found.has_value(), c.iso[0] != '\0');
        if (found) {
            EXPECT_EQ(found->date.iso(), c.iso);
        }
    }
}

TEST(DateTextTest, AddsMonthsClampingTheDay) {
    EXPECT_EQ(add_months({2024, 1, 12}, 60).iso(), "2029-01-12");
    EXPECT_EQ(add_months({2024, 1, 31}, 1).iso(), "2024-02-29");
    EXPECT_EQ(add_months({2023, 11, 30}, 3).iso(), "2024-02-29");
    EXPECT_EQ(add_months({2025, 8, 7}, 0).iso(), "2025-08-07");
}

TEST(DateTextTest, ValidatesDates) {
    EXPECT_TRUE(make_date(2024, 2, 29));
    EXPECT_FALSE(make_date(2023, 2, 29));
    EXPECT_FALSE(make_date(2024, 13, 1));
    EXPECT_FALSE(make_date(2024, 4, 31));
    EXPECT_EQ(parse_iso_date("2024-01-12"), (CivilDate{2024, 1, 12}));
    for (const char* bad : {"2024-1-12", "2024-02-30", "20240112", "", "2024-01-12T00"}) {
        SCOPED_TRACE(bad);
        EXPECT_FALSE(parse_iso_date(bad));
    }
}

}  // namespace
}  // namespace arsip::text
