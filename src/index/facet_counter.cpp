#include "index/facet_counter.h"

#include <algorithm>

#include "index/facet_slot.h"

namespace arsip::index {
namespace {

// The cache of display forms is dropped when it grows past this many terms.
constexpr std::size_t kMaxCachedDisplays = 100000;

}  // namespace

void FacetCounter::operator()(const Xapian::Document& document, double /*weight*/) {
    for (const std::size_t facet : facets_) {
        const schema::Facet& spec = schema::kFacets[facet];
        const std::string encoded = document.get_value(spec.slot);
        ValueCounts& counts = counts_[facet];
        for_each_facet_value(spec, encoded, [&](std::string_view value) {
            // try_emplace with a string_view key needs C++26; a lookup first saves most copies.
            auto it = counts.find(std::string(value));
            if (it == counts.end()) it = counts.emplace(std::string(value), 0).first;
            ++it->second;
        });
    }
}

const std::string& DisplayNames::get(const Xapian::Database& db, const schema::Facet& facet, const std::string& key,
                                     const std::string& fallback) {
    const std::string term = schema::term(facet.prefix, key);
    auto it = cache_.find(term);
    if (it == cache_.end()) {
        if (cache_.size() >= kMaxCachedDisplays) cache_.clear();
        it = cache_.emplace(term, db.get_metadata(std::string(schema::kDisplayKeyPrefix) + term)).first;
    }
    return it->second.empty() ? fallback : it->second;
}

FacetCounts rank_facet_values(const Xapian::Database& db, std::size_t facet, const ValueCounts& counts,
                              const RankOptions& options, DisplayNames& names) {
    const schema::Facet& spec = schema::kFacets[facet];
    FacetCounts result;
    result.name = std::string(spec.name);
    result.distinct = counts.size();

    std::vector<std::pair<const std::string*, std::size_t>> ranked;
    ranked.reserve(counts.size());
    for (const auto& [key, count] : counts) ranked.emplace_back(&key, count);
    const auto before = [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : *a.first < *b.first;
    };
    const std::size_t shown = std::min(options.limit, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(shown), ranked.end(), before);
    ranked.resize(shown);

    const auto is_selected = [&](const std::string& key) {
        return std::find(options.selected.begin(), options.selected.end(), key) != options.selected.end();
    };
    for (const auto& [key, count] : ranked) {
        result.values.push_back({names.get(db, spec, *key, *key), *key, count, is_selected(*key)});
    }
    for (const auto& key : options.selected) {
        const bool listed = std::any_of(result.values.begin(), result.values.end(),
                                        [&](const FacetValue& v) { return v.key == key; });
        if (listed) continue;
        const auto it = counts.find(key);
        const std::string requested = options.requested_form ? options.requested_form(key) : key;
        result.values.push_back({names.get(db, spec, key, requested), key, it == counts.end() ? 0 : it->second, true});
    }
    return result;
}

}  // namespace arsip::index
