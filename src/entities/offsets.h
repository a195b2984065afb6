// Extractors scan UTF-8 bytes; mentions are stored as code-point offsets (model/entities.h).
// CodePoints converts a byte offset of one text into its code-point offset in O(1) after an O(n)
// table build.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "model/entities.h"

namespace arsip::entities {

class CodePoints {
public:
    explicit CodePoints(std::string_view text);

    // Code-point offset of the character that starts at (or contains) `byte_offset`;
    // the text's length in code points for byte_offset >= its size.
    std::size_t at(std::size_t byte_offset) const;

    // The mention for bytes [begin, end).
    model::Mention mention(std::size_t byte_begin, std::size_t byte_end) const {
        return {at(byte_begin), at(byte_end)};
    }

private:
    std::vector<std::size_t> code_point_of_byte_;  // one entry per byte, plus the end
};

}  // namespace arsip::entities
