// Plain UTF-8 .txt news → model::Document (type Article, format Text).
//
//  - The first non-empty line is the title, unless it already starts with a dateline
//    ("Samarinda - Dalam upaya ..."): then it is the first paragraph and the title stays empty.
//  - A date line right after the title ("Jumat, 9 Mei 2025 | 09:00 WIB", "9 Mei 2025") sets
//    date (2025-05-09) and, with a time, published (2025-05-09T09:00:00+07:00; WIB +07, WITA
//    +08, WIT +09); it is not a paragraph.
//  - The rest: blank-line separated paragraphs (the lines of one joined by a space) when the body
//    has a blank line, else one paragraph per line.
//  - A dateline at the start of the first paragraph ("Balikpapan (Seputar-ikn.com) —",
//    "BALIKPAPAN –", "Samarinda -") gives the place, title-cased ("Balikpapan"). Rubric words
//    ("INFO NASIONAL –", "LINK UMKM -") are not places; options.is_place can veto more.
//  - A UTF-8 byte order mark is skipped; CR LF line ends are accepted. Invalid UTF-8 or a file
//    larger than max_bytes is an InputError naming the file (and the line).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "model/document.h"

namespace arsip::readers {

struct TextReaderOptions {
    std::size_t max_bytes = 16u << 20;
    // When set, a dateline word is a place only if this returns true for it ("Balikpapan").
    std::function<bool(std::string_view)> is_place;
};

model::Document read_text(std::string_view bytes, const std::string& name,
                          const TextReaderOptions& options = {});

// The place of a dateline at the start of `paragraph` ("BALIKPAPAN – ..." → "Balikpapan"),
// or empty.
std::string dateline_place(std::string_view paragraph, const TextReaderOptions& options = {});

// True when `text` is valid UTF-8; otherwise `bad_offset` is the first bad byte.
bool is_valid_utf8(std::string_view text, std::size_t& bad_offset);

}  // namespace arsip::readers
