// CSV as RFC 4180 writes it: fields separated by ',', records ended by CRLF; a field holding
// ',', '"', CR or LF is put in double quotes with each '"' doubled.
//
// Exports are opened in spreadsheets, where a cell starting with '=', '+', '-', '@', TAB or CR is
// read as a formula (CSV injection: a title "=HYPERLINK(...)" would run). Such a field gets a
// leading apostrophe, which spreadsheets show as text and do not display; a number such as
// "-5" or "+62" is left as it is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace arsip::server {

std::string csv_field(std::string_view value);

// The fields joined by ',' and ended by "\r\n".
std::string csv_record(const std::vector<std::string>& fields);

}  // namespace arsip::server
