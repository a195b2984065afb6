// White space made tidy: every run of spaces, tabs and line breaks becomes one space, and both
// ends are trimmed. Used wherever text from a file becomes a value (XML readers, PDF layout,
// error messages, facet values).
#pragma once

#include <string>
#include <string_view>

namespace arsip::text {

struct WhitespaceOptions {
    bool no_break_space = false;  // treat U+00A0 NO-BREAK SPACE as white space too
};

std::string collapse_whitespace(std::string_view text, const WhitespaceOptions& options = {});

}  // namespace arsip::text
