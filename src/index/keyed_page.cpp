#include "index/keyed_page.h"

#include <algorithm>
#include <limits>

namespace arsip::index {

std::string StoreDateKey::operator()(const Xapian::Document& doc) const {
    // YYYYMMDD as 99999999 less it, in 8 digits: ascending keys are descending dates; no date
    // ("\xff") comes after every digit.
    const std::uint32_t date = store_.date(doc.get_docid());
    if (date == 0) return "\xff";
    std::string key(8, '0');
    std::uint32_t rest = 99999999 - date;
    for (std::size_t i = 8; i-- > 0; rest /= 10) key[i] = static_cast<char>('0' + rest % 10);
    return key;
}
namespace {

// Matches held between two shrinks, beyond the page's.
constexpr std::size_t kSlack = 4096;

}  // namespace

std::optional<KeyedCandidates> KeyedCandidates::make(SortOrder order, bool has_words,
                                                     std::shared_ptr<const FacetStore> store, std::size_t keep) {
    if (!store || !store->has_sort_keys() || (order == SortOrder::Relevance && has_words)) return std::nullopt;
    if (keep > kMaxCandidates) return std::nullopt;  // a page that deep is Xapian's to sort
    return KeyedCandidates(order, std::move(store), keep);
}

KeyedCandidates::KeyedCandidates(SortOrder order, std::shared_ptr<const FacetStore> store, std::size_t keep)
    : order_(order), store_(std::move(store)), keep_(keep), limit_(2 * keep + kSlack) {}

void KeyedCandidates::add(Xapian::docid docid) {
    if (too_many_) return;
    // The key, larger first, as apply_sort orders (search_query.cpp): a missing date or amount
    // comes after every other.
    const std::uint32_t date = store_->date(docid);
    Match match{0, 0, docid};
    switch (order_) {
        case SortOrder::Relevance:  // without words: newest first
        case SortOrder::DateDescending:
            match.primary = date;
            break;
        case SortOrder::DateAscending:
            match.primary = date == 0 ? -std::numeric_limits<double>::infinity() : -static_cast<double>(date);
            break;
        case SortOrder::AmountDescending:
            match.primary = store_->largest_amount(docid);
            match.secondary = date;
            break;
    }
    matches_.push_back(match);
    if (matches_.size() >= limit_) shrink();
}

void KeyedCandidates::shrink() {
    if (too_many_) return;
    if (keep_ == 0) {
        matches_.clear();
        return;
    }
    if (matches_.size() > keep_) {
        const auto before = [](const Match& a, const Match& b) {
            return a.primary != b.primary ? a.primary > b.primary : a.secondary > b.secondary;
        };
        const auto last = matches_.begin() + static_cast<std::ptrdiff_t>(keep_ - 1);
        std::nth_element(matches_.begin(), last, matches_.end(), before);
        const Match least = *last;
        std::erase_if(matches_, [&](const Match& m) { return before(least, m); });
    }
    if (matches_.size() > kMaxCandidates) {
        too_many_ = true;
        matches_.clear();
        matches_.shrink_to_fit();
        return;
    }
    // Many ties held: shrink again only once as many more have come.
    limit_ = std::max(limit_, 2 * matches_.size());
}

void KeyedCandidates::merge(KeyedCandidates&& other) {
    too_many_ = too_many_ || other.too_many_;
    if (too_many_) {
        matches_.clear();
        return;
    }
    matches_.insert(matches_.end(), other.matches_.begin(), other.matches_.end());
    if (matches_.size() >= limit_) shrink();
}

std::optional<std::vector<Xapian::docid>> KeyedCandidates::take() {
    shrink();
    if (too_many_) return std::nullopt;
    std::vector<Xapian::docid> out;
    out.reserve(matches_.size());
    for (const Match& m : matches_) out.push_back(m.docid);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace arsip::index
