// The facet store: the facet values of every Xapian document (schema::kFacets) as small integer
// ids in a file next to the database, so that counting facets over a match costs a few array
// reads per matching document instead of decoding value slots into strings; with them, the
// length and kind (document or clause) of every Xapian document, so that ranking and the kind
// filter cost an array read per candidate (store_weighting.h) instead of decoding Xapian's
// document-length and kind posting lists up to it. Internal to index/.
//
// The file (kFacetStoreFile in the database folder) is built from the facet value slots
// by the index writer after it commits, for the database's revision and UUID; searchers map it
// read-only (the pages are shared by every searcher of the machine) and use it only while their
// database is at that revision: otherwise they count from the slots, which hold the same values.
//
// Layout (native byte order and sizes: a cache for this machine, rebuilt by the writer):
//   Header (magic "ARSIPFS6", revision, UUID, sizes)
//   uint32 ranges[last_docid + 1][2]   ids of docid d: ids[ranges[d][0], ranges[d][1])
//   uint32 lengths[last_docid + 1]     Xapian's document length (sum of wdf) of docid d
//   uint8 kinds[last_docid + 1]        FacetStore::Kind of docid d (its schema::kKind term)
//   uint32 dates[last_docid + 1]       its date (schema::kDateSlot) as the number YYYYMMDD, 0: none
//   double amounts[last_docid + 1]     its largest amount (schema::kLargestAmountSlot), kNoAmount: none
//   uint16 or uint32 ids[...]          value ids, each document's ascending (facet by facet, each
//                                      facet's by value); consecutive documents with the same
//                                      values (an agreement and its clauses) share one range
//   uint32 string_offsets[values + 1]  value id v is strings[string_offsets[v], ...[v + 1])
//   char strings[...]                  the folded values
//   uint32 term_offsets[terms + 1]     block bounds (block_bounds.h): bounded term t is
//   char term_names[...]                 term_names[term_offsets[t], ...[t + 1]), sorted
//   uint64 first_block[terms + 1]      term t owns blocks [first_block[t], first_block[t + 1])
//   uint32 block_last[blocks]          each block's last docid,
//   uint32 block_max_wdf[blocks]         largest wdf,
//   uint32 block_min_length[blocks]      shortest document length
//   float block_max_part[blocks]         and largest BM25 wdf part (at the header's average length)
//   uint32 value_counts[2][values]     documents, then clauses, that have value id v
// Value ids are grouped by facet (facet f owns [facet_begin[f], facet_begin[f + 1])) and sorted
// by value within a facet, so that ties between equal counts order by key with the id.
#pragma once

#include <xapian.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/block_bounds.h"
#include "index/schema.h"

namespace arsip::index {

// The facet store's file name in the database folder (Xapian ignores files it does not know).
inline constexpr std::string_view kFacetStoreFile = "arsip-facets";

class FacetStore {
public:
    enum class Kind : std::uint8_t { None = 0, Document = 1, Clause = 2 };

    // The store of the database in `folder` when it exists, is whole and was written for `db`
    // as it is now (same UUID and revision); nullptr otherwise.
    static std::shared_ptr<const FacetStore> open(const std::filesystem::path& folder, const Xapian::Database& db);

    ~FacetStore();
    FacetStore(const FacetStore&) = delete;
    FacetStore& operator=(const FacetStore&) = delete;

    std::uint32_t value_count() const { return value_count_; }
    // Bytes per stored id: 2 while there are at most 65,535 values, else 4.
    std::size_t id_bytes() const { return ids16_ ? 2 : 4; }
    // Ids of facet `facet` (kFacets index): [first, second).
    std::pair<std::uint32_t, std::uint32_t> facet_ids(std::size_t facet) const {
        return {facet_begin_[facet], facet_begin_[facet + 1]};
    }
    std::string_view value(std::uint32_t id) const;
    // The id of value `key` (folded) of facet `facet`; nullopt when no document has it.
    std::optional<std::uint32_t> find(std::size_t facet, std::string_view key) const;

    Xapian::docid last_docid() const { return last_docid_; }
    // Xapian's length of document `docid` (0 for a docid without a document).
    Xapian::termcount length(Xapian::docid docid) const { return docid <= last_docid_ ? lengths_[docid] : 0; }
    // The database's average document length when the store was opened.
    double average_length() const { return average_length_; }
    // Documents of kind `kind`.
    Xapian::doccount kind_count(Kind kind) const { return kind_counts_[static_cast<std::size_t>(kind)]; }
    // How many documents of kind `kind` (Document or Clause) have each value id: value_count()
    // counts, id order.
    const std::uint32_t* value_counts(Kind kind) const {
        return value_counts_ + (kind == Kind::Clause ? std::size_t{value_count_} : 0);
    }
    Kind kind(Xapian::docid docid) const { return docid <= last_docid_ ? static_cast<Kind>(kinds_[docid]) : Kind::None; }

    // The sort keys of every document (keyed_page.h): its date and largest amount, which order as
    // the value slots the sorts read (false when a slot held something else; a store of an older
    // format has none either).
    static constexpr double kNoAmount = -std::numeric_limits<double>::infinity();  // below every amount
    bool has_sort_keys() const { return sort_keys_; }
    // YYYYMMDD as a number; 0 when the document has no date.
    std::uint32_t date(Xapian::docid docid) const { return docid <= last_docid_ ? dates_[docid] : 0; }
    // Its largest rupiah amount; kNoAmount when it names none.
    double largest_amount(Xapian::docid docid) const { return docid <= last_docid_ ? amounts_[docid] : kNoAmount; }

    // The docids of kind `kind` as maximal runs of consecutive docids [first, last] (docids
    // without a document inside a run do not break it), in order. A database built from shards
    // holds every document before every clause (index_writer.h): one run each, so a match of
    // one kind skips the other's postings whole (KindSource).
    struct Run {
        Xapian::docid first, last;
    };
    const std::vector<Run>& runs(Kind kind) const { return runs_[static_cast<std::size_t>(kind)]; }

    // The block bounds of `term` (block_bounds.h); none (count 0) for a term without them.
    TermBlocks blocks(std::string_view term) const;
    // The average document length the blocks' max_part were computed with.
    double bounds_average_length() const { return bounds_average_length_; }

    // Asks the processor to bring document `docid`'s id range (prefetch_ids: its ids) into the
    // cache, for a caller that visits many documents in a batch.
    void prefetch_range(Xapian::docid docid) const {
        if (docid <= last_docid_) __builtin_prefetch(ranges_ + 2 * std::size_t{docid});
    }
    void prefetch_ids(Xapian::docid docid) const {
        if (docid > last_docid_) return;
        const std::uint32_t begin = ranges_[2 * std::size_t{docid}];
        if (begin >= id_count_) return;
        if (ids16_) {
            __builtin_prefetch(ids16_ + begin);
        } else {
            __builtin_prefetch(ids32_ + begin);
        }
    }

    // True when document `docid` has any of the value ids `sorted_ids` (a facet filter's).
    bool has_any(Xapian::docid docid, const std::vector<std::uint32_t>& sorted_ids) const {
        if (sorted_ids.empty()) return false;
        // Most of a document's ids are other facets' (outside [low, high]): one comparison each.
        // A document's ids ascend: the walk ends at the first past `high`.
        const std::uint32_t low = sorted_ids.front(), high = sorted_ids.back();
        bool found = false;
        find_id(docid, [&](std::uint32_t id) {
            if (id < low) return false;
            if (id > high) return true;
            found = low == high || std::binary_search(sorted_ids.begin(), sorted_ids.end(), id);
            return found;
        });
        return found;
    }

    // At most how many documents of kind `kind` have any of the value ids `ids`: the sum of
    // their value_counts (the number itself when the ids are of a single-valued facet).
    Xapian::doccount documents_with(Kind kind, const std::vector<std::uint32_t>& ids) const {
        const std::uint32_t* counts = value_counts(kind);
        Xapian::doccount out = 0;
        for (const std::uint32_t id : ids) {
            if (id < value_count_) out += counts[id];
        }
        return out;
    }

    // Calls visit(std::uint32_t id) for each facet value of document `docid`.
    template <typename Visit>
    void for_each_id(Xapian::docid docid, Visit&& visit) const {
        find_id(docid, [&](std::uint32_t id) {
            visit(id);
            return false;
        });
    }

    // Calls visit(std::uint32_t id) for each value of document `docid` with an id in [first,
    // last) (one facet's: facet_ids). A document's ids come facet by facet in kFacets order, so
    // the walk ends at the first id past `last`.
    template <typename Visit>
    void for_each_id_in(Xapian::docid docid, std::uint32_t first, std::uint32_t last, Visit&& visit) const {
        find_id(docid, [&](std::uint32_t id) {
            if (id >= last) return true;
            if (id >= first) visit(id);
            return false;
        });
    }

    // Adds 1 to counts[id] for each value id of each document docids[0, count): `counts` has
    // value_count() entries (open() checked that every stored id is below it).
    void count_ids(const Xapian::docid* docids, std::size_t count, std::uint32_t* counts) const {
        for (std::size_t k = 0; k < count; ++k) {
            const Xapian::docid docid = docids[k];
            if (docid > last_docid_) continue;
            const std::uint32_t begin = ranges_[2 * std::size_t{docid}];
            const std::uint32_t end = ranges_[2 * std::size_t{docid} + 1];
            if (begin > end || end > id_count_) continue;
            if (ids16_) {
                for (std::uint32_t i = begin; i < end; ++i) ++counts[ids16_[i]];
            } else {
                for (std::uint32_t i = begin; i < end; ++i) ++counts[ids32_[i]];
            }
        }
    }

    // As count_ids, only the ids in [first, last) (one facet's: facet_ids); a document's ids
    // ascend, so each document's walk ends at the first id past `last`.
    void count_ids_in(const Xapian::docid* docids, std::size_t count, std::uint32_t first, std::uint32_t last,
                      std::uint32_t* counts) const {
        for (std::size_t k = 0; k < count; ++k) {
            find_id(docids[k], [&](std::uint32_t id) {
                if (id >= last) return true;
                if (id >= first) ++counts[id];
                return false;
            });
        }
    }

    // Writes the store of `db` (an open database in `folder`, all committed) into `folder`,
    // replacing the old one atomically. Throws Xapian::Error, arsip::IndexError.
    static void write(const Xapian::Database& db, const std::filesystem::path& folder,
                      const BlockBoundsOptions& bounds = {});

    // True when the store in `folder` was written for `db` as it is now.
    static bool is_current(const std::filesystem::path& folder, const Xapian::Database& db);

    // True when this store was written for `db` as it is now (same UUID and revision).
    bool serves(const Xapian::Database& db) const;

private:
    FacetStore() = default;

    // Calls found(std::uint32_t id) for document `docid`'s value ids in order until it returns
    // true; true when it did. A range the file does not hold is no ids (a damaged store must
    // not read out of bounds).
    template <typename Found>
    bool find_id(Xapian::docid docid, Found&& found) const {
        if (docid > last_docid_) return false;
        const std::uint32_t begin = ranges_[2 * docid];
        const std::uint32_t end = ranges_[2 * docid + 1];
        if (begin > end || end > id_count_) return false;
        if (ids16_) {
            for (std::uint32_t i = begin; i < end; ++i) {
                if (found(static_cast<std::uint32_t>(ids16_[i]))) return true;
            }
        } else {
            for (std::uint32_t i = begin; i < end; ++i) {
                if (found(ids32_[i])) return true;
            }
        }
        return false;
    }

    void index_kinds();  // kind_counts_ and runs_ from kinds_

    std::uint64_t revision_ = 0;  // of the database it was written for
    std::string uuid_;
    void* map_ = nullptr;  // the whole file, read-only
    std::size_t map_size_ = 0;
    Xapian::docid last_docid_ = 0;
    std::uint32_t value_count_ = 0;
    std::uint64_t id_count_ = 0;
    std::array<std::uint32_t, schema::kFacets.size() + 1> facet_begin_{};
    const std::uint32_t* ranges_ = nullptr;
    const std::uint32_t* lengths_ = nullptr;
    const std::uint8_t* kinds_ = nullptr;
    const std::uint32_t* dates_ = nullptr;
    const double* amounts_ = nullptr;
    bool sort_keys_ = false;
    double average_length_ = 0;
    std::array<Xapian::doccount, 3> kind_counts_{};
    std::array<std::vector<Run>, 3> runs_;
    const std::uint16_t* ids16_ = nullptr;
    const std::uint32_t* ids32_ = nullptr;
    const std::uint32_t* string_offsets_ = nullptr;
    const char* strings_ = nullptr;
    std::uint32_t bounded_terms_ = 0;
    const std::uint32_t* term_offsets_ = nullptr;
    const char* term_names_ = nullptr;
    const std::uint64_t* first_block_ = nullptr;
    const std::uint32_t* block_last_ = nullptr;
    const std::uint32_t* block_max_wdf_ = nullptr;
    const std::uint32_t* block_min_length_ = nullptr;
    const float* block_max_part_ = nullptr;
    const std::uint32_t* value_counts_ = nullptr;
    double bounds_average_length_ = 0;
};

// The facet store of one index shared by its searchers (SearcherOptions::facet_stores): the file
// is mapped once for all of them (a store is read-only and safe to share between threads), not
// once per searcher. Safe to call from any thread.
class FacetStoreShare {
public:
    // The store of `db` (in `folder`) as it is now: the shared one when it serves `db`, else the
    // one opened now, which is shared from then on; nullptr when there is none (FacetStore::open).
    std::shared_ptr<const FacetStore> get(const std::filesystem::path& folder, const Xapian::Database& db);

private:
    std::mutex mutex_;
    std::shared_ptr<const FacetStore> store_;
};

}  // namespace arsip::index
