// Dates as Indonesian documents write them (readers and entity extraction):
//   "12 Januari 2024", "8 Mei 2025", "7 Agt. 2025"                        find_date()
//   "tanggal dua belas bulan Januari tahun dua ribu dua puluh empat"       find_written_date()
//   "tanggal 12 bulan Januari tahun 2024"                                  find_written_date()
// and the calendar arithmetic the agreement reader needs (validity end = start + months).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace arsip::text {

struct CivilDate {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31

    std::string iso() const;  // YYYY-MM-DD
    friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// A valid Gregorian date (day within the month's length), years 1000..9999.
std::optional<CivilDate> make_date(int year, int month, int day);

// "2024-01-12" → the date; std::nullopt unless exactly YYYY-MM-DD and valid.
std::optional<CivilDate> parse_iso_date(std::string_view text);

struct DateMatch {
    CivilDate date;
    std::size_t begin = 0;  // byte offsets of the date in the searched text
    std::size_t end = 0;
};

// The first "<day> <month name> <year>" in `text` with digits for day and year
// ("Kamis, 8 Mei 2025", "12 Januari 2024", "7 Agt. 2025").
std::optional<DateMatch> find_date(std::string_view text);

// The first written-out date "tanggal <day> bulan <month> tahun <year>" where day and year are
// number words or digits; "bulan" and "tahun" may be left out and commas may separate the parts.
std::optional<DateMatch> find_written_date(std::string_view text);

// `date` plus `months` calendar months; the day is clamped to the last day of the resulting
// month (2024-01-31 + 1 month = 2024-02-29).
CivilDate add_months(const CivilDate& date, int months);

}  // namespace arsip::text
