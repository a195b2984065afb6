// Safe parsing of untrusted XML bytes into a libxml2 tree. Internal to src/xml/.
//
// Refuses, before or while parsing:
//   - more than max_bytes (HostileInputError, before parsing);
//   - bytes that are not UTF-8, or an XML declaration naming another encoding (InputError);
//   - any entity declaration, general or parameter, in the internal subset (HostileInputError
//     naming the entity and its line); parsing stops at the declaration, so nothing declared
//     is ever expanded or fetched;
//   - a DOCTYPE with an external identifier, except the `SYSTEM "pdf2xml.dtd"` that poppler
//     writes on <pdf2xml>, which is accepted and never loaded (HostileInputError);
//   - element nesting deeper than max_depth (HostileInputError);
//   - anything not well-formed (InputError with libxml2's first error and its line).
// Options: XML_PARSE_NONET | XML_PARSE_NOCDATA, never NOENT, DTDLOAD, DTDATTR, DTDVALID,
// XINCLUDE or HUGE. The context's entity resolver and external-subset loader are replaced by
// functions that load nothing.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "xml/libxml_handles.h"

namespace arsip::xml {

struct ParseLimits {
    std::size_t max_bytes = 64u << 20;
    int max_depth = 128;
};

// `name` is the file name used in error messages. Never returns null.
DocPtr parse_secure(std::string_view bytes, const std::string& name, const ParseLimits& limits);

// Checks that `bytes` are well-formed UTF-8 (no overlong forms, surrogates or code points past
// U+10FFFF). Returns 0 when they are, else the 1-based line of the first bad byte, and sets
// `bad_byte` to it.
int find_invalid_utf8(std::string_view bytes, unsigned char& bad_byte);

}  // namespace arsip::xml
