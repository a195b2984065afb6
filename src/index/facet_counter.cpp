#include "index/facet_counter.h"

#include <algorithm>

#include "index/facet_slot.h"

namespace arsip::index {
namespace {

// The cache of display forms is dropped when it grows past this many terms.
constexpr std::size_t kMaxCachedDisplays = 100000;

class MatchCounter : public Xapian::MatchDecider {
public:
    explicit MatchCounter(FacetCounter* facets) : facets_(facets) {}

    bool operator()(const Xapian::Document& document) const override {
        ++count_;
        if (facets_) (*facets_)(document, 0);
        return false;
    }

    std::size_t count() const { return count_; }

private:
    FacetCounter* facets_;
    mutable std::size_t count_ = 0;
};

}  // namespace

std::size_t count_matches(const Xapian::Database& db, const Xapian::Query& query, FacetCounter* facets) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    MatchCounter counter(facets);
    enquire.get_mset(0, 1, 0, nullptr, &counter);
    return counter.count();
}

FacetCounter::FacetCounter(std::vector<std::size_t> facets, std::shared_ptr<const FacetStore> store)
    : facets_(std::move(facets)), store_(std::move(store)) {
    if (store_) by_id_.assign(store_->value_count(), 0);
}

void FacetCounter::add(Xapian::docid docid) {
    ++matches_;
    std::uint32_t* counts = by_id_.data();
    const std::size_t size = by_id_.size();
    const auto count = [counts, size](std::uint32_t id) {
        if (id < size) ++counts[id];  // a damaged file must not write out of bounds
    };
    if (facets_.size() == 1) {
        // One facet (a multi-select count): only its ids.
        const auto [first, last] = store_->facet_ids(facets_.front());
        store_->for_each_id_in(docid, first, last, count);
        return;
    }
    // Every facet's values are counted: cheaper than choosing, and only the asked ones are read.
    store_->for_each_id(docid, count);
}

void FacetCounter::add(const Xapian::docid* docids, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) store_->prefetch_range(docids[i]);
    for (std::size_t i = 0; i < count; ++i) store_->prefetch_ids(docids[i]);
    matches_ += count;
    if (facets_.size() == 1) {
        // One facet (a multi-select count): only its ids.
        const auto [first, last] = store_->facet_ids(facets_.front());
        store_->count_ids_in(docids, count, first, last, by_id_.data());
        return;
    }
    store_->count_ids(docids, count, by_id_.data());
}

void FacetCounter::add_counts(const std::uint32_t* counts, std::size_t matches) {
    matches_ += matches;
    for (std::size_t id = 0; id < store_->value_count() && id < by_id_.size(); ++id) by_id_[id] += counts[id];
}

void FacetCounter::merge(const FacetCounter& other) {
    matches_ += other.matches_;
    for (std::size_t i = 0; i < by_id_.size() && i < other.by_id_.size(); ++i) by_id_[i] += other.by_id_[i];
    for (std::size_t f = 0; f < by_key_.size(); ++f) {
        for (const auto& [key, count] : other.by_key_[f]) by_key_[f][key] += count;
    }
}

void FacetCounter::operator()(const Xapian::Document& document, double /*weight*/) {
    if (store_) {
        add(document.get_docid());
        return;
    }
    ++matches_;
    for (const std::size_t facet : facets_) {
        const schema::Facet& spec = schema::kFacets[facet];
        const std::string encoded = document.get_value(spec.slot);
        SlotCounts& counts = by_key_[facet];
        for_each_facet_value(spec, encoded, [&](std::string_view value) {
            const auto it = counts.find(value);
            if (it != counts.end()) {
                ++it->second;
            } else {
                counts.emplace(std::string(value), 1);
            }
        });
    }
}

void FacetCounter::for_each_count(std::size_t facet,
                                  const std::function<void(std::string_view, std::size_t)>& visit) const {
    if (std::find(facets_.begin(), facets_.end(), facet) == facets_.end()) return;
    if (store_) {
        const auto [first, last] = store_->facet_ids(facet);
        for (std::uint32_t id = first; id < last; ++id) {
            if (by_id_[id] > 0) visit(store_->value(id), by_id_[id]);
        }
        return;
    }
    for (const auto& [key, count] : by_key_[facet]) visit(key, count);
}

std::size_t FacetCounter::count(std::size_t facet, std::string_view key) const {
    if (std::find(facets_.begin(), facets_.end(), facet) == facets_.end()) return 0;
    if (store_) {
        const auto id = store_->find(facet, key);
        return id ? by_id_[*id] : 0;
    }
    const auto it = by_key_[facet].find(key);
    return it == by_key_[facet].end() ? 0 : it->second;
}

FacetCounter::Ranked FacetCounter::top_values(std::size_t facet, std::size_t limit,
                                             const std::function<bool(std::string_view)>& keep) const {
    Ranked out;
    if (std::find(facets_.begin(), facets_.end(), facet) == facets_.end()) return out;
    if (store_ && !keep) {
        // Ids order as their keys within a facet: rank (count, id) pairs, and read the keys of
        // the shown ones only (a broad search has thousands of values with a count).
        const auto [first, last] = store_->facet_ids(facet);
        std::vector<std::pair<std::uint32_t, std::uint32_t>> counted;  // count, id
        for (std::uint32_t id = first; id < last; ++id) {
            if (by_id_[id] > 0) counted.emplace_back(by_id_[id], id);
        }
        out.distinct = counted.size();
        const auto before = [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; };
        const std::size_t shown = std::min(limit, counted.size());
        std::partial_sort(counted.begin(), counted.begin() + static_cast<std::ptrdiff_t>(shown), counted.end(), before);
        for (std::size_t i = 0; i < shown; ++i) out.top.emplace_back(store_->value(counted[i].second), counted[i].first);
        return out;
    }
    for_each_count(facet, [&](std::string_view key, std::size_t count) {
        if (!keep || keep(key)) out.top.emplace_back(key, count);
    });
    out.distinct = out.top.size();
    const auto before = [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; };
    const std::size_t shown = std::min(limit, out.top.size());
    std::partial_sort(out.top.begin(), out.top.begin() + static_cast<std::ptrdiff_t>(shown), out.top.end(), before);
    out.top.resize(shown);
    return out;
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

FacetCounts rank_facet_values(const Xapian::Database& db, std::size_t facet, const FacetCounter& counter,
                              const RankOptions& options, DisplayNames& names) {
    const schema::Facet& spec = schema::kFacets[facet];
    FacetCounts result;
    result.name = std::string(spec.name);

    const FacetCounter::Ranked ranked = counter.top_values(facet, options.limit, options.keep);
    result.distinct = ranked.distinct;

    const auto is_selected = [&](std::string_view key) {
        return std::find(options.selected.begin(), options.selected.end(), key) != options.selected.end();
    };
    for (const auto& [key, count] : ranked.top) {
        const std::string k(key);
        result.values.push_back({names.get(db, spec, k, k), k, count, is_selected(key)});
    }
    for (const auto& key : options.selected) {
        const bool listed = std::any_of(result.values.begin(), result.values.end(),
                                        [&](const FacetValue& v) { return v.key == key; });
        if (listed) continue;
        const bool kept = !options.keep || options.keep(key);
        const std::string requested = options.requested_form ? options.requested_form(key) : key;
        result.values.push_back({names.get(db, spec, key, requested), key, kept ? counter.count(facet, key) : 0, true});
    }
    return result;
}

}  // namespace arsip::index
