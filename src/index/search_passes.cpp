#include "index/search_passes.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>
#include <future>
#include <vector>

#include "index/docid_list_source.h"
#include "index/schema.h"

namespace arsip::index {
namespace {

// The page of `ranked` (SearchQuery::ranked or ranked_among). `store`: the facet store, whose
// dates break the relevance sort's ties when it has them (StoreDateKey), or nullptr.
Xapian::MSet page_of_hits(const Xapian::Database& db, const Xapian::Query& ranked, const SearchRequest& request,
                          const FacetStore* store) {
    Xapian::Enquire enquire(db);
    enquire.set_query(ranked);
    Xapian::MultiValueKeyMaker keys;
    std::optional<StoreDateKey> store_keys;
    if (request.sort == SortOrder::Relevance && store && store->has_sort_keys()) {
        store_keys.emplace(*store);
        enquire.set_sort_by_relevance_then_key(&*store_keys, false);
    } else {
        apply_sort(enquire, request.sort, keys);
    }
    const Xapian::doccount documents = db.get_doccount();
    return enquire.get_mset(static_cast<Xapian::doccount>(std::min<std::size_t>(request.offset, documents)),
                            static_cast<Xapian::doccount>(request.size));
}

// One count of a search: the total with the facets that have no filter (no skipped facet), or
// the multi-select counts of a filtered facet (over the query without its filter).
struct SearchCount {
    std::optional<std::size_t> skipped;
    std::vector<std::size_t> facets;  // empty: none counted
};

// Shares the counts are split into on two threads: enough that the page's thread, which starts
// later, still takes some.
constexpr std::size_t kShares = 8;

// A filtered search's page is ranked among the matches its count lists (docid_list_source.h)
// while they are at most this many (1 MB of docids); beyond, among the text's matches with the
// filters, as without a list.
constexpr std::size_t kMaxListedMatches = std::size_t{1} << 18;

// What one thread counted: every count of the search in one walk of the text (its own plan:
// queries are not shared between threads), each count requiring the filters it keeps.
struct Counted {
    CountPlan plan;  // with every filter
    std::vector<std::uint32_t> required;  // per count, a mask over plan.filters
    std::vector<std::size_t> totals;
    std::vector<std::unique_ptr<FacetCounter>> facets;
    std::optional<KeyedCandidates> keyed;  // a sorted search's page candidates (keyed_page.h)
    // Per count, true when it is over every document of the kind (a multi-select count of a
    // search with one filter and no words): the store counted it (FacetStore::value_counts).
    std::vector<bool> whole;
};

// The direct count of the search's counts (direct_count.h); nullopt unless it can be walked.
std::optional<Counted> direct_counts(const SearchQuery& query, const SearchRequest& request,
                                     const std::vector<SearchCount>& counts, const std::shared_ptr<const FacetStore>& store) {
    auto plan = query.count_plan(std::nullopt);
    if (!plan || plan->filters.size() > kMaxCountFilters || (!plan->text.empty() && !matching_terms(plan->text))) {
        return std::nullopt;
    }
    Counted out;
    out.plan = std::move(*plan);
    out.keyed = KeyedCandidates::make(request.sort, !out.plan.text.empty(), store, request.offset + request.size);
    for (const auto& count : counts) {
        std::uint32_t required = 0;
        for (std::size_t f = 0; f < out.plan.filters.size(); ++f) {
            if (out.plan.filters[f].facet != count.skipped) required |= std::uint32_t{1} << f;
        }
        out.required.push_back(required);
        // The search's own count (the first) is walked: its matches may be listed or keyed.
        out.whole.push_back(out.required.size() > 1 && required == 0 && out.plan.text.empty());
        out.totals.push_back(0);
        out.facets.push_back(count.facets.empty() ? nullptr : std::make_unique<FacetCounter>(count.facets, store));
    }
    return out;
}

// Docid ranges that split the documents of `kind` into `count` shares.
std::vector<DocidRange> shares_of(const FacetStore& store, FacetStore::Kind kind, std::size_t count) {
    const auto& runs = store.runs(kind);
    if (runs.empty() || count <= 1) return {DocidRange{}};
    const std::uint64_t first = runs.front().first, span = std::uint64_t{runs.back().last} - first + 1;
    std::vector<DocidRange> out;
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint64_t from = first + span * i / count, to = first + span * (i + 1) / count - 1;
        if (from <= to) out.push_back({static_cast<Xapian::docid>(from), static_cast<Xapian::docid>(to)});
    }
    out.front().first = 1;
    out.back().last = kLastDocid;
    return out;
}

// The counts both threads walked, added up into `out` (the whole-kind ones from the store).
void gather_counts(const std::vector<SearchCount>& counts, const FacetStore& store, Counted& main_counts,
                   Counted* helper_counts, SearchPasses& out) {
    for (std::size_t c = 0; c < counts.size(); ++c) {
        if (main_counts.whole[c]) {
            const FacetStore::Kind kind = main_counts.plan.kind;
            main_counts.totals[c] = store.kind_count(kind);
            if (main_counts.facets[c]) main_counts.facets[c]->add_counts(store.value_counts(kind), store.kind_count(kind));
        }
        std::size_t total = main_counts.totals[c];
        std::unique_ptr<FacetCounter> facets = std::move(main_counts.facets[c]);
        if (helper_counts) {
            total += helper_counts->totals[c];
            if (facets) facets->merge(*helper_counts->facets[c]);
        }
        if (!counts[c].skipped) {
            out.total = total;
            out.unfiltered = std::move(facets);
        } else {
            out.filtered[*counts[c].skipped] = std::move(facets);
        }
    }
}

// The counts walked directly, in shares that both threads take in turn: a broad word's count
// no longer waits on one thread while the other is idle. Without filters, a page by relevance is
// ranked first on main's thread while the other starts counting. With filters, the count's first
// pass (the search's own, with every filter) lists its matches, and the page is ranked among them
// once the counts are done: a selective filter's few matches then lead the page's match, which
// otherwise walks every match of the text and checks the filters for each. A sorted page (or one
// without words) is ranked among the candidates the count kept by the sort's key.
SearchPasses run_direct_counts(const PassLane& main, const PassLane* helper, const SearchRequest& request,
                               const std::shared_ptr<const FacetStore>& store, const std::vector<SearchCount>& counts,
                               Counted main_counts, std::optional<Counted> helper_counts, HelperThread* thread) {
    SearchPasses out;
    const std::vector<DocidRange> shares = shares_of(*store, main_counts.plan.kind, helper ? kShares : 1);
    // How the page is ranked: a sorted search (or one without words) has its candidates chosen
    // by the count from the store's sort keys (keyed_page.h); a filtered one has the count list
    // its matches, among which it is ranked (or, sorted, its best weight is found); any other is
    // ranked first, on main's thread, while the other counts.
    const bool keyed = main_counts.keyed && (!helper_counts || helper_counts->keyed);
    const bool listing = !main_counts.plan.filters.empty();
    const bool words = !main_counts.plan.text.empty();
    std::vector<std::vector<Xapian::docid>> listed(listing ? shares.size() : 0);  // per share, in docid order
    std::atomic<std::size_t> listed_count{0};
    std::atomic<bool> too_many{false};
    std::atomic<std::size_t> next{0};
    const auto work = [&](const Xapian::Database& db, Counted& counted) {
        std::vector<CountPass> passes;
        std::vector<std::size_t> walked;  // the count of each pass
        for (std::size_t c = 0; c < counts.size(); ++c) {
            if (counted.whole[c]) continue;
            passes.push_back({counted.required[c], counted.facets[c].get()});
            walked.push_back(c);
        }
        for (std::size_t share = next++; share < shares.size(); share = next++) {
            // counts.front() is the search's own count (run_search_passes): its matches are the page's.
            passes.front().matches = listing && !too_many ? &listed[share] : nullptr;
            passes.front().keyed = keyed ? &*counted.keyed : nullptr;
            const auto n = count_passes_directly(db, counted.plan, passes, *store, shares[share]);
            for (std::size_t p = 0; n && p < passes.size(); ++p) counted.totals[walked[p]] += (*n)[p];  // direct_counts checked the plan
            if (passes.front().matches && (listed_count += listed[share].size()) > kMaxListedMatches) too_many = true;
        }
    };
    // The ranked words among `docids`.
    const auto among = [&](std::shared_ptr<const std::vector<Xapian::docid>> docids) {
        return main.query.ranked_among(Xapian::Query((new DocidListSource(std::move(docids)))->release()));
    };
    // The search's matches as the count listed them; nullopt when it did not list them all.
    const auto listed_matches = [&]() -> std::optional<Xapian::Query> {
        if (!listing || too_many) return std::nullopt;
        auto matches = std::make_shared<std::vector<Xapian::docid>>();
        matches->reserve(listed_count);
        for (const auto& share : listed) matches->insert(matches->end(), share.begin(), share.end());
        return among(std::move(matches));
    };
    // A keyed page's candidates need not hold the best match, which hit scores are percents of:
    // the first hit by relevance over `ranked` gives it (its ranking skips what cannot beat it).
    const auto find_best_weight = [&](const Xapian::Query& ranked) {
        SearchRequest best = request;
        best.sort = SortOrder::Relevance;
        best.offset = 0;
        best.size = 1;
        out.best_weight = page_of_hits(main.db, ranked, best, store.get()).get_max_attained();
    };
    const auto rank_first = [&] {
        if (!listing && !keyed) out.page = page_of_hits(main.db, main.query.ranked(), request, store.get());
        if (keyed && words && !listing) find_best_weight(main.query.ranked());
    };
    if (helper) {
        std::future<void> beside = run_beside(thread, [&] { work(helper->db, *helper_counts); });
        try {
            rank_first();
            work(main.db, main_counts);
        } catch (...) {
            next = shares.size();
            beside.wait();  // it uses the counts: let it finish before the exception leaves
            throw;
        }
        beside.get();
    } else {
        rank_first();
        work(main.db, main_counts);
    }
    if (keyed) {
        if (words && listing) find_best_weight(listed_matches().value_or(main.query.ranked()));
        if (helper_counts) main_counts.keyed->merge(std::move(*helper_counts->keyed));
        auto candidates = main_counts.keyed->take();  // nullopt: too many ties
        out.page = candidates ? page_of_hits(main.db, among(std::make_shared<const std::vector<Xapian::docid>>(
                                                                std::move(*candidates))),
                                             request, store.get())
                              : page_of_hits(main.db, main.query.ranked(), request, store.get());
    } else if (listing) {
        out.page = page_of_hits(main.db, listed_matches().value_or(main.query.ranked()), request, store.get());
    }
    gather_counts(counts, *store, main_counts, helper_counts ? &*helper_counts : nullptr, out);
    return out;
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

std::future<void> run_beside(HelperThread* thread, std::function<void()> task) {
    if (thread) return thread->run(std::move(task));
    return std::async(std::launch::async, std::move(task));
}

SearchPasses run_search_passes(const PassLane& main, const PassLane* helper, const SearchRequest& request,
                               const std::shared_ptr<const FacetStore>& store, HelperThread* thread) {
    SearchPasses out;
    std::vector<std::size_t> unfiltered, filtered;
    for (std::size_t i = 0; i < schema::kFacets.size(); ++i) {
        (main.query.filter_of(i) ? filtered : unfiltered).push_back(i);
    }
    if (request.count_facets && !unfiltered.empty()) out.unfiltered = std::make_unique<FacetCounter>(unfiltered, store);
    if (request.count_facets) {
        for (const std::size_t facet : filtered) out.filtered[facet] = nullptr;
    }
    if (store) {
        std::vector<SearchCount> counts{{std::nullopt, out.unfiltered ? unfiltered : std::vector<std::size_t>{}}};
        if (request.count_facets) {
            for (const std::size_t facet : filtered) counts.push_back({facet, {facet}});
        }
        auto main_counts = direct_counts(main.query, request, counts, store);
        std::optional<Counted> helper_counts;
        if (main_counts && helper) helper_counts = direct_counts(helper->query, request, counts, store);
        if (main_counts && (!helper || helper_counts)) {
            return run_direct_counts(main, helper, request, store, counts, std::move(*main_counts), std::move(helper_counts),
                                     thread);
        }
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
        out.page = page_of_hits(main.db, main.query.ranked(), request, store.get());
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
    std::future<void> beside = run_beside(thread, [&] { counts(*helper); });
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
