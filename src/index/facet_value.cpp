#include "index/facet_value.h"

#include <unicode/unistr.h>

#include "text/whitespace.h"

namespace arsip::index {
namespace {

// Cuts `text` to at most `limit` bytes without splitting a UTF-8 sequence.
void truncate_utf8(std::string& text, std::size_t limit) {
    if (text.size() <= limit) return;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
}

}  // namespace

std::string normalise_facet_value(std::string_view display) {
    std::string folded;
    icu::UnicodeString::fromUTF8(icu::StringPiece(display.data(), static_cast<int32_t>(display.size())))
        .foldCase()
        .toUTF8String(folded);
    std::string straight;
    straight.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        // Typographic apostrophes (U+2018, U+2019, U+02BC) are the ASCII one: Mas’ud = Mas'ud.
        const std::string_view rest = std::string_view(folded).substr(i);
        if (rest.starts_with("\u2019") || rest.starts_with("\u2018")) {
            straight += '\'';
            i += 2;
        } else if (rest.starts_with("\u02BC")) {
            straight += '\'';
            i += 1;
        } else {
            straight += folded[i];
        }
    }
    std::string out = text::collapse_whitespace(straight, {.no_break_space = true});
    truncate_utf8(out, kMaxFacetValueBytes);
    return out;
}

}  // namespace arsip::index
