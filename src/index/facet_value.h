// Normal form of a facet value (source, place, institution, official) as stored in a boolean
// term: Unicode case folding (ICU), white space collapsed, trimmed, cut to fit a Xapian term.
#pragma once

#include <string>
#include <string_view>

namespace arsip::index {

// Xapian terms are at most 245 bytes; leave room for the longest prefix and a ':'.
inline constexpr std::size_t kMaxFacetValueBytes = 200;

std::string normalise_facet_value(std::string_view display);

}  // namespace arsip::index
