#include "index/docid_list_source.h"

#include <algorithm>

namespace arsip::index {

DocidListSource::DocidListSource(std::shared_ptr<const std::vector<Xapian::docid>> docids)
    : docids_(std::move(docids)) {}

void DocidListSource::init(const Xapian::Database& /*db*/) {
    at_ = 0;
    started_ = false;
}

void DocidListSource::next(double /*min_wt*/) {
    if (started_ && at_ < docids_->size()) ++at_;
    started_ = true;
}

void DocidListSource::skip_to(Xapian::docid did, double /*min_wt*/) {
    started_ = true;
    const auto& docids = *docids_;
    if (at_ == docids.size() || docids[at_] >= did) return;
    // Galloping: the next match is usually near, sometimes far (a rare text word).
    std::size_t step = 1, low = at_, high = at_ + 1;
    while (high < docids.size() && docids[high] < did) {
        low = high;
        step *= 2;
        high = std::min(docids.size(), high + step);
    }
    at_ = static_cast<std::size_t>(std::lower_bound(docids.begin() + static_cast<std::ptrdiff_t>(low) + 1,
                                                    docids.begin() + static_cast<std::ptrdiff_t>(high), did) -
                                   docids.begin());
}

DocidListSource* DocidListSource::clone() const { return new DocidListSource(docids_); }

std::string DocidListSource::get_description() const {
    return "DocidListSource(" + std::to_string(docids_->size()) + " docids)";
}

}  // namespace arsip::index
