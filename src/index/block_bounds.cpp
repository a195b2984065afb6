#include "index/block_bounds.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "model/errors.h"

namespace arsip::index {

CollectedBounds collect_block_bounds(const Xapian::Database& db, const std::vector<std::uint32_t>& lengths,
                                     const BlockBoundsOptions& options) {
    if (options.block_size == 0) throw IndexError("block bounds: the block size must be at least 1");
    CollectedBounds out;
    out.first_block.push_back(0);
    out.average_length = db.get_avlength();
    const double inverse_average = out.average_length > 0 ? 1 / out.average_length : 0;
    const Xapian::doccount min_postings = std::max<Xapian::doccount>(options.min_postings, 1);
    // All terms come in sorted order.
    for (auto term = db.allterms_begin(); term != db.allterms_end(); ++term) {
        if (term.get_termfreq() < min_postings) continue;
        const std::string name = *term;
        if (db.get_collection_freq(name) == 0) continue;  // boolean: never weighed
        std::uint32_t in_block = 0;
        for (auto it = db.postlist_begin(name); it != db.postlist_end(name); ++it) {
            const Xapian::docid docid = *it;
            const std::uint32_t length = docid < lengths.size() ? lengths[docid] : 0;
            const Xapian::termcount wdf = it.get_wdf();
            // Rounded up to a float with a margin for the rounding of the weight's own sums.
            const double exact = bm25_wdf_part(wdf, length, inverse_average) * (1 + 1e-9);
            float part = static_cast<float>(exact);
            if (part < exact) part = std::nextafter(part, std::numeric_limits<float>::infinity());
            if (in_block == 0) {
                out.last.push_back(docid);
                out.max_wdf.push_back(wdf);
                out.min_length.push_back(length);
                out.max_part.push_back(part);
            } else {
                out.last.back() = docid;
                out.max_wdf.back() = std::max<std::uint32_t>(out.max_wdf.back(), wdf);
                out.min_length.back() = std::min(out.min_length.back(), length);
                out.max_part.back() = std::max(out.max_part.back(), part);
            }
            if (++in_block == options.block_size) in_block = 0;
        }
        out.terms.push_back(name);
        out.first_block.push_back(out.last.size());
    }
    return out;
}

}  // namespace arsip::index
