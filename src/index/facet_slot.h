// The encoding of a facet's value slot (schema.h, kTypeFacetSlot...): the folded values of one
// facet on one Xapian document. Internal to index/.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "index/schema.h"

namespace arsip::index {

// The slot value for `values` (folded, non-empty, at most kMaxFacetValueBytes each). A
// single-valued facet keeps the first (smallest) value only.
std::string encode_facet_values(const schema::Facet& facet, const std::set<std::string>& values);

// Calls `visit(std::string_view value)` for each value of an encoded slot. A malformed
// multi-valued slot (a length running past the end) stops at the last whole value.
template <typename Visit>
void for_each_facet_value(const schema::Facet& facet, std::string_view encoded, Visit&& visit) {
    if (encoded.empty()) return;
    if (!facet.multi_valued) {
        visit(encoded);
        return;
    }
    std::size_t at = 0;
    while (at < encoded.size()) {
        const std::size_t length = static_cast<unsigned char>(encoded[at]);
        if (length == 0 || at + 1 + length > encoded.size()) return;
        visit(encoded.substr(at + 1, length));
        at += 1 + length;
    }
}

}  // namespace arsip::index
