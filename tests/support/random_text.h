// Deterministic pseudo-random text (xorshift) for "never throws on any input" tests: with
// valid_utf8, a mix of the given pieces and printable ASCII; otherwise arbitrary bytes.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace arsip::testing {

inline std::string random_text(std::uint64_t seed, std::size_t size, bool valid_utf8,
                               const std::vector<std::string_view>& pieces) {
    std::string out;
    std::uint64_t x = seed * 0x9E3779B97F4A7C15ull + 1;
    auto next = [&] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    };
    while (out.size() < size) {
        const std::uint64_t r = next();
        if (valid_utf8 && r % 3 != 0 && !pieces.empty()) {
            out += pieces[(r >> 8) % pieces.size()];
        } else if (valid_utf8) {
            out += static_cast<char>(' ' + (r >> 8) % 95);
        } else {
            out += static_cast<char>((r >> 8) & 0xFF);
        }
    }
    return out;
}

}  // namespace arsip::testing
