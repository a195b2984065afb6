#include "entities/offsets.h"

namespace arsip::entities {

CodePoints::CodePoints(std::string_view text) : code_point_of_byte_(text.size() + 1) {
    std::size_t code_point = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // A continuation byte (10xxxxxx) belongs to the code point that started before it.
        const bool continuation = (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
        if (!continuation && i > 0) ++code_point;
        code_point_of_byte_[i] = code_point;
    }
    code_point_of_byte_[text.size()] = text.empty() ? 0 : code_point + 1;
}

std::size_t CodePoints::at(std::size_t byte_offset) const {
    if (byte_offset >= code_point_of_byte_.size()) return code_point_of_byte_.back();
    return code_point_of_byte_[byte_offset];
}

}  // namespace arsip::entities
