#include "index/direct_count.h"

#include <algorithm>
#include <array>
#include <memory>

namespace arsip::index {
namespace {

using Q = Xapian::Query;

}  // namespace

std::optional<WeighedTerms> matching_terms(const Q& query) {
    switch (query.get_type()) {
        case Q::LEAF_TERM: {
            std::string term = *query.get_terms_begin();
            if (term.empty()) return std::nullopt;  // MatchAll
            return WeighedTerms{WeighedTerms::Op::Term, std::move(term), {}};
        }
        case Q::OP_FILTER:
        case Q::OP_AND:
            return combine_subqueries(WeighedTerms::Op::And, query, matching_terms);
        case Q::OP_OR:
        case Q::OP_SYNONYM:
        case Q::OP_MAX:
            return combine_subqueries(WeighedTerms::Op::Or, query, matching_terms);
        case Q::OP_AND_MAYBE:
        case Q::OP_SCALE_WEIGHT:
            if (query.get_num_subqueries() == 0) return std::nullopt;
            return matching_terms(query.get_subquery(0));
        case Q::OP_AND_NOT: {
            auto out = combine_subqueries(WeighedTerms::Op::AndNot, query, matching_terms);
            if (!out || out->children.size() < 2) return std::nullopt;
            return out;
        }
        default:
            return std::nullopt;
    }
}

std::optional<std::vector<std::size_t>> count_passes_directly(const Xapian::Database& db, const CountPlan& plan,
                                                             const std::vector<CountPass>& passes, const FacetStore& store,
                                                             DocidRange docids) {
    if (plan.filters.size() > kMaxCountFilters) return std::nullopt;
    std::uint32_t everywhere = (std::uint32_t{1} << plan.filters.size()) - 1;  // filters every pass requires
    for (const auto& pass : passes) everywhere &= pass.required;
    // The walk: the text's postings, with the filters every pass requires whose values have fewer
    // postings than the text (they lead the walk); the others are checked in the store.
    WeighedTerms walk{WeighedTerms::Op::And, {}, {}};
    Xapian::doccount walked = store.kind_count(plan.kind);
    if (!plan.text.empty()) {
        auto text = matching_terms(plan.text);
        if (!text) return std::nullopt;
        walked = std::min(walked, most_matches(db, *text));
        walk.children.push_back(std::move(*text));
    }
    std::vector<std::size_t> counts(passes.size(), 0);
    std::vector<std::size_t> checked;  // the filters not walked
    std::uint32_t walked_filters = 0;  // the others: every match of the walk has them
    for (std::size_t f = 0; f < plan.filters.size(); ++f) {
        const auto& filter = plan.filters[f];
        const bool required = everywhere >> f & 1;
        if (filter.ids.empty() && required) return counts;  // a value no document has
        if (!required || store.documents_with(plan.kind, filter.ids) >= walked) {
            checked.push_back(f);
            continue;
        }
        walked_filters |= std::uint32_t{1} << f;
        if (filter.terms.size() == 1) {
            walk.children.push_back({WeighedTerms::Op::Term, filter.terms.front(), {}});
            continue;
        }
        WeighedTerms any{WeighedTerms::Op::Or, {}, {}};
        for (const auto& term : filter.terms) any.children.push_back({WeighedTerms::Op::Term, term, {}});
        walk.children.push_back(std::move(any));
    }
    // No filter every pass requires, but every pass requires one (multi-select counts of two
    // filters): a match that matters has one of them, so the walk may go along all their values
    // when they have fewer postings than what it walks already.
    const bool each_requires_one = std::all_of(passes.begin(), passes.end(), [](const CountPass& p) { return p.required != 0; });
    if (everywhere == 0 && each_requires_one && !passes.empty()) {
        WeighedTerms any{WeighedTerms::Op::Or, {}, {}};
        Xapian::doccount postings = 0;
        for (const auto& filter : plan.filters) {
            for (const auto& term : filter.terms) any.children.push_back({WeighedTerms::Op::Term, term, {}});
            postings += store.documents_with(plan.kind, filter.ids);
        }
        if (postings < walked && !any.children.empty()) walk.children.push_back(std::move(any));
    }
    std::unique_ptr<TermPostings> postings;
    if (!walk.children.empty()) {
        postings = build_postings(db, walk.children.size() == 1 ? walk.children.front() : walk, nullptr);
    }

    // Matches are taken from the walk a batch at a time: the docids of another kind dropped (a
    // docid without a document inside a run), then counted into the facets (FacetCounter::add
    // fetches their ids ahead: a scattered match's ids are seldom in the cache, and the batch
    // waits for them once). A search without filters (one pass, nothing checked or listed) adds
    // its batch whole; otherwise each match is checked against the filters and given to the passes
    // that require what it has.
    constexpr std::size_t kBatch = 64;
    std::array<Xapian::docid, kBatch> batch;
    const bool whole_batches = passes.size() == 1 && checked.empty() && (passes.front().required & ~walked_filters) == 0 &&
                               !passes.front().matches && !passes.front().keyed;
    const bool checks_ids = !checked.empty();  // the facet counters fetch their own ahead
    std::vector<std::vector<Xapian::docid>> kept(passes.size());
    for (std::size_t p = 0; p < passes.size(); ++p) {
        if (passes[p].facets) kept[p].reserve(kBatch);
    }
    const auto take = [&](std::size_t n) {
        std::size_t m = 0;
        for (std::size_t i = 0; i < n; ++i) {
            batch[m] = batch[i];
            m += store.kind(batch[i]) == plan.kind;
        }
        if (whole_batches) {
            counts.front() += m;
            if (passes.front().facets) passes.front().facets->add(batch.data(), m);
            return;
        }
        if (checks_ids) {
            for (std::size_t i = 0; i < m; ++i) store.prefetch_range(batch[i]);
            for (std::size_t i = 0; i < m; ++i) store.prefetch_ids(batch[i]);
        }
        for (std::size_t i = 0; i < m; ++i) {
            const Xapian::docid docid = batch[i];
            std::uint32_t has = walked_filters;
            for (const std::size_t f : checked) {
                if (store.has_any(docid, plan.filters[f].ids)) has |= std::uint32_t{1} << f;
            }
            for (std::size_t p = 0; p < passes.size(); ++p) {
                if ((has & passes[p].required) != passes[p].required) continue;
                ++counts[p];
                if (passes[p].matches) passes[p].matches->push_back(docid);
                if (passes[p].keyed) passes[p].keyed->add(docid);
                if (passes[p].facets) kept[p].push_back(docid);
            }
        }
        for (std::size_t p = 0; p < passes.size(); ++p) {
            if (!passes[p].facets) continue;
            passes[p].facets->add(kept[p].data(), kept[p].size());
            kept[p].clear();
        }
    };
    for (const auto& run : store.runs(plan.kind)) {
        const Xapian::docid first = std::max(run.first, docids.first), last = std::min(run.last, docids.last);
        if (first > last) continue;
        if (!postings) {
            for (std::uint64_t docid = first; docid <= last;) {
                std::size_t n = 0;
                while (n < kBatch && docid <= last) batch[n++] = static_cast<Xapian::docid>(docid++);
                take(n);
            }
            continue;
        }
        postings->skip_to(first);
        for (;;) {
            const std::size_t n = postings->next_batch(last, batch.data(), kBatch);
            take(n);
            if (n < kBatch) break;
        }
        if (postings->at_end()) break;
    }
    return counts;
}

std::optional<std::size_t> count_directly(const Xapian::Database& db, const CountPlan& plan, const FacetStore& store,
                                          FacetCounter* facets, DocidRange docids) {
    const std::uint32_t all = plan.filters.size() > kMaxCountFilters ? 0 : (std::uint32_t{1} << plan.filters.size()) - 1;
    const auto counts = count_passes_directly(db, plan, {CountPass{all, facets}}, store, docids);
    if (!counts) return std::nullopt;
    return counts->front();
}

}  // namespace arsip::index
