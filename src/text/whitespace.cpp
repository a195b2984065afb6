#include "text/whitespace.h"

namespace arsip::text {
namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::string collapse_whitespace(std::string_view text, const WhitespaceOptions& options) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        bool space = is_ascii_space(c);
        // U+00A0 is C2 A0 in UTF-8.
        if (!space && options.no_break_space && static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
            static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            space = true;
            ++i;
        }
        if (space) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
    }
    return out;
}

}  // namespace arsip::text
