// CSV as RFC 4180 writes it: fields separated by ',', records ended by CRLF; a field holding
// ',', '"', CR or LF is put in double quotes with each '"' doubled.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace arsip::server {

std::string csv_field(std::string_view value);

// The fields joined by ',' and ended by "\r\n".
std::string csv_record(const std::vector<std::string>& fields);

}  // namespace arsip::server
