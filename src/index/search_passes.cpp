#include "index/search_passes.h"

#include <algorithm>
#include <functional>
#include <future>
#include <vector>

#include "index/schema.h"

namespace arsip::index {
namespace {

Xapian::MSet page_of_hits(const Xapian::Database& db, const SearchQuery& query, const SearchRequest& request) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query.ranked());
    Xapian::MultiValueKeyMaker keys;
    apply_sort(enquire, request.sort, keys);
    const Xapian::doccount documents = db.get_doccount();
    return enquire.get_mset(static_cast<Xapian::doccount>(std::min<std::size_t>(request.offset, documents)),
                            static_cast<Xapian::doccount>(request.size));
}

}  // namespace

std::size_t count_search(const Xapian::Database& db, const SearchQuery& query, std::optional<std::size_t> skipped_facet,
                         FacetCounter* facets, const std::shared_ptr<const FacetStore>& store) {
    if (store) {
        if (const auto plan = query.count_plan(skipped_facet)) {
            if (const auto count = count_directly(db, *plan, *store, facets)) return *count;
        }
    }
    return count_matches(db, skipped_facet ? query.without_facet(*skipped_facet) : query.full(), facets);
}

std::unique_ptr<FacetCounter> count_one_facet(const Xapian::Database& db, const SearchQuery& query, std::size_t facet,
                                              const std::shared_ptr<const FacetStore>& store) {
    auto counter = std::make_unique<FacetCounter>(std::vector<std::size_t>{facet}, store);
    count_search(db, query, facet, counter.get(), store);
    return counter;
}

SearchPasses run_search_passes(const PassLane& main, const PassLane* helper, const SearchRequest& request,
                               const std::shared_ptr<const FacetStore>& store) {
    SearchPasses out;
    std::vector<std::size_t> unfiltered, filtered;
    for (std::size_t i = 0; i < schema::kFacets.size(); ++i) {
        (main.query.filter_of(i) ? filtered : unfiltered).push_back(i);
    }
    if (request.count_facets && !unfiltered.empty()) out.unfiltered = std::make_unique<FacetCounter>(unfiltered, store);
    if (request.count_facets) {
        for (const std::size_t facet : filtered) out.filtered[facet] = nullptr;
    }

    // The total first, then every other filtered facet, on `lane`; the page and the rest on main.
    const auto counts = [&](const PassLane& lane) {
        out.total = count_search(lane.db, lane.query, std::nullopt, out.unfiltered.get(), store);
        std::size_t n = 0;
        for (auto& [facet, counter] : out.filtered) {
            if (n++ % 2 == 0) counter = count_one_facet(lane.db, lane.query, facet, store);
        }
    };
    const auto page_and_rest = [&] {
        out.page = page_of_hits(main.db, main.query, request);
        std::size_t n = 0;
        for (auto& [facet, counter] : out.filtered) {
            if (n++ % 2 == 1) counter = count_one_facet(main.db, main.query, facet, store);
        }
    };
    if (!helper) {
        page_and_rest();
        counts(main);
        return out;
    }
    std::future<void> beside = std::async(std::launch::async, [&] { counts(*helper); });
    try {
        page_and_rest();
    } catch (...) {
        beside.wait();  // it uses `out`: let it finish before the exception leaves
        throw;
    }
    beside.get();
    return out;
}

}  // namespace arsip::index
