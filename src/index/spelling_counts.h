// Word frequencies for Xapian's spelling table (the searcher's "did you mean", spelling.h),
// counted by the writer instead of by Xapian's TermGenerator. Internal to index/.
//
// Xapian's FLAG_SPELLING calls WritableDatabase::add_spelling once for every occurrence of an
// unprefixed word: a lookup in an ordered map of strings for each word of the text, and, in a
// parallel build, the same word's entry written into every shard and merged again (16% of the
// indexer's time at 10k documents). SpellingCounts gives the table the same frequencies from
// the finished Xapian document, one hash lookup per distinct word of a document, and writes each
// word once per commit (or once for a whole parallel build).
#pragma once

#include <xapian.h>

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace arsip::index {

class SpellingCounts {
public:
    // Adds the occurrences of every unprefixed word of `document` (a document whose words were
    // indexed with positions, as the term generator does): what FLAG_SPELLING would have added
    // for the same text. Prefixed terms (a capital first letter) and terms without positions
    // (stems, booleans, concept terms) are not words of the text.
    void count(const Xapian::Document& document);

    // Adds every count of `other` to this one and empties `other`.
    void merge(SpellingCounts& other);

    // Adds the counts to `db`'s spelling table (inside the caller's transaction, if any) and
    // empties this.
    void write_into(Xapian::WritableDatabase& db);

    void clear() { counts_.clear(); }
    bool empty() const { return counts_.empty(); }
    std::size_t words() const { return counts_.size(); }

private:
    std::unordered_map<std::string, std::uint32_t> counts_;
};

// The counts the shards of a parallel build hand over when they commit, for the merged index.
class SharedSpellingCounts {
public:
    void merge(SpellingCounts& counts) {
        std::lock_guard lock(mutex_);
        counts_.merge(counts);
    }
    void write_into(Xapian::WritableDatabase& db) {
        std::lock_guard lock(mutex_);
        counts_.write_into(db);
    }
private:
    std::mutex mutex_;
    SpellingCounts counts_;
};

}  // namespace arsip::index
