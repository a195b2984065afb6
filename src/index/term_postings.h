// The postings of a tree of terms (one term, ANDs, ORs and AND_NOTs of them) walked together,
// each node on its current match: what a StoreBM25Source weighs (a term or a synonym), what a
// FacetFilterSource walks, and what the direct count (direct_count.h) counts. Internal to index/.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "index/facet_store.h"

namespace arsip::index {

// One term, or terms combined: And (every child matches), Or (any child matches; as OP_SYNONYM
// combines its subqueries, the wdf is the sum of the matching children's), AndNot (the first
// child matches and no other does; never in a synonym).
struct WeighedTerms {
    enum class Op { Term, And, Or, AndNot };
    Op op = Op::Term;
    std::string term;                    // Op::Term
    std::vector<WeighedTerms> children;  // the others
};

inline constexpr Xapian::docid kLastDocid = std::numeric_limits<Xapian::docid>::max();

// What every match of a node in a range of docids can give at most (block_bounds.h).
struct PostingBound {
    std::uint64_t wdf = 0;         // its wdf is at most this
    Xapian::termcount length = 0;  // its document is at least this long
    Xapian::docid until = 0;       // for the matches up to this docid
    double part = -1;              // its bm25_wdf_part is at most this (a term's block); < 0: unknown
};

class TermPostings {
public:
    virtual ~TermPostings() = default;
    virtual bool at_end() const = 0;
    virtual Xapian::docid docid() const = 0;
    virtual Xapian::termcount wdf() const = 0;
    virtual void next() = 0;
    // To the first match at or after `did` (no move when already there).
    virtual void skip_to(Xapian::docid did) = 0;
    // A bound of every match from `did` on, up to some docid; `did` never goes back.
    virtual PostingBound bound(Xapian::docid did) = 0;
    // Writes the docids of the matches from the current one up to `last` into out[0, max), moving
    // past each; how many it wrote (fewer than `max`: none is left up to `last`).
    virtual std::size_t next_batch(Xapian::docid last, Xapian::docid* out, std::size_t max) {
        std::size_t n = 0;
        for (; n < max && !at_end(); next()) {
            const Xapian::docid did = docid();
            if (did > last) break;
            out[n++] = did;
        }
        return n;
    }
};

// `op` of the subqueries of `query`, each as `convert` gives it; nullopt when one is not
// taken or there are none.
template <typename Convert>
std::optional<WeighedTerms> combine_subqueries(WeighedTerms::Op op, const Xapian::Query& query, Convert&& convert) {
    WeighedTerms out{op, {}, {}};
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
        std::optional<WeighedTerms> child = convert(query.get_subquery(i));
        if (!child) return std::nullopt;
        out.children.push_back(std::move(*child));
    }
    if (out.children.empty()) return std::nullopt;
    return out;
}

// How many documents `terms` can match at most (an And walks its rarest child first).
Xapian::doccount most_matches(const Xapian::Database& db, const WeighedTerms& terms);

// The postings of `terms`, on their first match. `store`: the block bounds of the terms
// (nullptr when nothing asks for bounds). The children of an And are walked rarest first.
std::unique_ptr<TermPostings> build_postings(const Xapian::Database& db, const WeighedTerms& terms,
                                             const FacetStore* store);

}  // namespace arsip::index
