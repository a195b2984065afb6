// The facet store: the facet values of every Xapian document (schema::kFacets) as small integer
// ids in a file next to the database, so that counting facets over a match costs a few array
// reads per matching document instead of decoding value slots into strings. Internal to index/.
//
// The file (kFacetStoreFile in the database folder) is built from the facet value slots
// by the index writer after it commits, for the database's revision and UUID; searchers map it
// read-only (the pages are shared by every searcher of the machine) and use it only while their
// database is at that revision: otherwise they count from the slots, which hold the same values.
//
// Layout (native byte order and sizes: a cache for this machine, rebuilt by the writer):
//   Header (magic "ARSIPFS1", revision, UUID, sizes)
//   uint32 ranges[last_docid + 1][2]   ids of docid d: ids[ranges[d][0], ranges[d][1])
//   uint16 or uint32 ids[...]          value ids; consecutive documents with the same values
//                                      (an agreement and its clauses) share one range
//   uint32 string_offsets[values + 1]  value id v is strings[string_offsets[v], ...[v + 1])
//   char strings[...]                  the folded values
// Value ids are grouped by facet (facet f owns [facet_begin[f], facet_begin[f + 1])) and sorted
// by value within a facet, so that ties between equal counts order by key with the id.
#pragma once

#include <xapian.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "index/schema.h"

namespace arsip::index {

// The facet store's file name in the database folder (Xapian ignores files it does not know).
inline constexpr std::string_view kFacetStoreFile = "arsip-facets";

class FacetStore {
public:
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

    // Calls visit(std::uint32_t id) for each facet value of document `docid`.
    template <typename Visit>
    void for_each_id(Xapian::docid docid, Visit&& visit) const {
        if (docid > last_docid_) return;
        const std::uint32_t begin = ranges_[2 * docid];
        const std::uint32_t end = ranges_[2 * docid + 1];
        if (begin > end || end > id_count_) return;
        if (ids16_) {
            for (std::uint32_t i = begin; i < end; ++i) visit(static_cast<std::uint32_t>(ids16_[i]));
        } else {
            for (std::uint32_t i = begin; i < end; ++i) visit(ids32_[i]);
        }
    }

    // Writes the store of `db` (an open database in `folder`, all committed) into `folder`,
    // replacing the old one atomically. Throws Xapian::Error, arsip::IndexError.
    static void write(const Xapian::Database& db, const std::filesystem::path& folder);

    // True when the store in `folder` was written for `db` as it is now.
    static bool is_current(const std::filesystem::path& folder, const Xapian::Database& db);

private:
    FacetStore() = default;

    void* map_ = nullptr;  // the whole file, read-only
    std::size_t map_size_ = 0;
    Xapian::docid last_docid_ = 0;
    std::uint32_t value_count_ = 0;
    std::uint64_t id_count_ = 0;
    std::array<std::uint32_t, schema::kFacets.size() + 1> facet_begin_{};
    const std::uint32_t* ranges_ = nullptr;
    const std::uint16_t* ids16_ = nullptr;
    const std::uint32_t* ids32_ = nullptr;
    const std::uint32_t* string_offsets_ = nullptr;
    const char* strings_ = nullptr;
};

}  // namespace arsip::index
