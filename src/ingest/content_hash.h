// Hex SHA-256 of bytes (OpenSSL): the content hash that tells an unchanged file and
// names documents that carry no id of their own.
#pragma once

#include <string>
#include <string_view>

namespace arsip::ingest {

std::string sha256_hex(std::string_view bytes);

}  // namespace arsip::ingest
