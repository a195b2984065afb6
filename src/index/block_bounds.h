// Block bounds: for each frequent weighted term, its postings cut into blocks of consecutive
// postings, with the largest wdf and the shortest document length of each block. They are kept
// in the facet store (facet_store.h) and let a StoreBM25Source (store_weighting.h) skip every
// block whose best possible BM25 weight cannot reach the weight Xapian's matcher needs for the
// page (the `min_wt` it passes to next() and skip_to()): the block-max idea, which Xapian 1.4's
// own posting lists do not have. A broad word ("pemerintah", in 45% of the documents) no longer
// weighs every posting to find its ten best. Internal to index/.
//
// A block covers the docids after the previous block's last docid up to its own last docid, so
// every posting of the term at a docid in that range is in the block: max_wdf bounds its wdf and
// min_length bounds its document's length from below. BM25 grows with the wdf and falls with
// the length, so the weight of (max_wdf, min_length) bounds every weight in the block whatever
// the database's average length is when the bound is used. Tighter, max_part is the block's
// largest BM25 wdf part (bm25_wdf_part) at the average length the store was written with (the
// average of the revision it serves), rounded up: a term's weight is its idf part times that.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace arsip::index {

struct BlockBoundsOptions {
    std::uint32_t block_size = 128;        // postings per block
    Xapian::doccount min_postings = 1024;  // a term with fewer postings gets no blocks: walking it is cheap
};

// One term's blocks: arrays of `count` entries (views into the store's file), in docid order.
struct TermBlocks {
    const std::uint32_t* last = nullptr;        // the block's last docid
    const std::uint32_t* max_wdf = nullptr;     // the largest wdf of its postings
    const std::uint32_t* min_length = nullptr;  // the shortest document length of its postings
    const float* max_part = nullptr;            // the largest bm25_wdf_part of its postings
    std::size_t count = 0;
};

// Xapian's BM25Weight() defaults (k1 = 1, b = 0.5, min_normlen = 0.5; k2 = 0, k3 = 1).
inline constexpr double kBM25K1 = 1.0;
inline constexpr double kBM25B = 0.5;
inline constexpr double kBM25MinNormLength = 0.5;

// The part of BM25's weight that depends on the posting: wdf (clamped to the length, as Xapian
// clamps it) over the normalised length plus wdf.
inline double bm25_wdf_part(double wdf, double length, double inverse_average) {
    wdf = wdf < length ? wdf : length;
    double norm_length = length * inverse_average;
    if (norm_length < kBM25MinNormLength) norm_length = kBM25MinNormLength;
    return wdf / (kBM25K1 * (norm_length * kBM25B + (1 - kBM25B)) + wdf);
}

// The blocks of every term that gets them, as written into the store.
struct CollectedBounds {
    std::vector<std::string> terms;          // sorted
    std::vector<std::uint64_t> first_block;  // term i owns blocks [first_block[i], first_block[i + 1])
    std::vector<std::uint32_t> last, max_wdf, min_length;
    std::vector<float> max_part;
    double average_length = 0;  // the max_part were computed with it
};

// Walks the posting lists of every term of `db` with at least options.min_postings postings and
// a wdf (boolean terms have none: they are never weighed). `lengths[d]` is docid d's length.
CollectedBounds collect_block_bounds(const Xapian::Database& db, const std::vector<std::uint32_t>& lengths,
                                     const BlockBoundsOptions& options);

}  // namespace arsip::index
