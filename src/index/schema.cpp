#include "index/schema.h"

namespace arsip::index::schema {

std::string term(std::string_view prefix, std::string_view value) {
    std::string out(prefix);
    const bool upper_first = !value.empty() && ((value[0] >= 'A' && value[0] <= 'Z') || value[0] == ':');
    if (prefix.size() > 1 && upper_first) out += ':';
    out += value;
    return out;
}

const Facet* find_facet(std::string_view name) {
    for (const auto& facet : kFacets) {
        if (facet.name == name) return &facet;
    }
    return nullptr;
}

}  // namespace arsip::index::schema
