#include "index/spelling_counts.h"

#include "index/schema.h"

namespace arsip::index {

void SpellingCounts::count(const Xapian::Document& document) {
    for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
        const std::string term = *it;
        if (schema::is_prefixed(term)) continue;
        const Xapian::termcount occurrences = it.positionlist_count();
        if (occurrences == 0) continue;
        counts_[term] += occurrences;
    }
}

void SpellingCounts::merge(SpellingCounts& other) {
    if (counts_.empty()) {
        counts_.swap(other.counts_);
        return;
    }
    for (auto& [word, n] : other.counts_) counts_[word] += n;
    other.counts_.clear();
}

void SpellingCounts::write_into(Xapian::WritableDatabase& db) {
    for (const auto& [word, n] : counts_) db.add_spelling(word, n);
    counts_.clear();
}

}  // namespace arsip::index
