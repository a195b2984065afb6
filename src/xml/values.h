// Value conversions used by the XML readers. No libxml2 here: tested on their own.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace arsip::xml {

// Collapses each run of XML whitespace (space, tab, CR, LF) to one space and trims both ends.
std::string normalize_space(std::string_view text);

// Whole months in an xs:duration that has only years and months ("P5Y" 60, "P18M" 18,
// "P2Y6M" 30; zero day/time parts such as "P1Y0D" are allowed). std::nullopt for a negative
// duration, one with days or a time part, or anything malformed.
std::optional<int> duration_months(std::string_view duration);

// "YYYY-MM-DD" from an xs:date or xs:dateTime ("2025-05-08T14:30:00+08:00", "2025-05-08",
// "2025-05-08+08:00"): the day as written, the zone dropped. std::nullopt when the value does
// not start with a four-digit year, month and day.
std::optional<std::string> iso_day(std::string_view value);

// A decimal number as pdftohtml writes it ("172", "-3", "12.5"); std::nullopt otherwise.
std::optional<double> parse_number(std::string_view text);

// Replaces, in place, the characters XML 1.0 forbids that PDF text extraction is known to
// produce (C0 controls other than tab, LF and CR become a space; U+FFFE and U+FFFF become
// U+FFFD), keeping every byte offset and line. Returns how many were replaced. For
// machine-made pdftohtml output only: our own formats stay strict.
std::size_t replace_xml_invalid_chars(std::string& bytes);

}  // namespace arsip::xml
