#include "index/facet_slot.h"

#include "index/facet_value.h"

namespace arsip::index {

static_assert(kMaxFacetValueBytes <= 255, "a facet value's length is written in one byte");

std::string encode_facet_values(const schema::Facet& facet, const std::set<std::string>& values) {
    if (values.empty()) return {};
    if (!facet.multi_valued) return *values.begin();
    std::string out;
    for (const auto& value : values) {
        if (value.empty()) continue;
        const std::string_view cut = std::string_view(value).substr(0, kMaxFacetValueBytes);
        out += static_cast<char>(static_cast<unsigned char>(cut.size()));
        out += cut;
    }
    return out;
}

}  // namespace arsip::index
