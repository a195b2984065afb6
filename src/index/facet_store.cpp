#include "index/facet_store.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <numeric>
#include <unordered_map>
#include <vector>

#include "index/facet_slot.h"
#include "model/errors.h"

namespace arsip::index {
namespace {

namespace fs = std::filesystem;
constexpr std::size_t kFacets = schema::kFacets.size();
constexpr char kMagic[8] = {'A', 'R', 'S', 'I', 'P', 'F', 'S', '6'};

struct Header {
    char magic[8];
    std::uint64_t revision;
    char uuid[40];  // the database's UUID, NUL-padded
    std::uint32_t last_docid;
    std::uint32_t value_count;
    std::uint32_t id_width;  // bytes per id: 2 or 4
    std::uint32_t facets;    // kFacets
    std::uint64_t id_count;
    std::uint64_t strings_bytes;
    std::uint32_t facet_begin[kFacets + 1];
    std::uint32_t bounded_terms;  // block bounds (block_bounds.h)
    std::uint32_t block_size;
    std::uint64_t blocks;
    std::uint64_t term_names_bytes;
    double bounds_average_length;
    std::uint32_t sort_keys;  // 1 when dates and amounts hold every document's (has_sort_keys)
    std::uint32_t reserved;
};

constexpr std::size_t align8(std::size_t n) { return (n + 7) & ~std::size_t{7}; }

// Where each part starts, from the header's sizes; the file's size when it is whole.
struct Layout {
    std::size_t ranges, lengths, kinds, dates, amounts, ids, string_offsets, strings;
    std::size_t term_offsets, term_names, first_block, block_last, block_max_wdf, block_min_length, block_max_part;
    std::size_t value_counts;
    std::size_t size;

    explicit Layout(const Header& h) {
        const std::size_t docids = std::size_t{h.last_docid} + 1;
        ranges = align8(sizeof(Header));
        lengths = align8(ranges + docids * 2 * sizeof(std::uint32_t));
        kinds = lengths + docids * sizeof(std::uint32_t);
        dates = align8(kinds + docids);
        amounts = align8(dates + docids * sizeof(std::uint32_t));
        ids = amounts + docids * sizeof(double);
        string_offsets = align8(ids + h.id_count * h.id_width);
        strings = string_offsets + (std::size_t{h.value_count} + 1) * sizeof(std::uint32_t);
        term_offsets = align8(strings + h.strings_bytes);
        term_names = term_offsets + (std::size_t{h.bounded_terms} + 1) * sizeof(std::uint32_t);
        first_block = align8(term_names + h.term_names_bytes);
        block_last = first_block + (std::size_t{h.bounded_terms} + 1) * sizeof(std::uint64_t);
        block_max_wdf = block_last + h.blocks * sizeof(std::uint32_t);
        block_min_length = block_max_wdf + h.blocks * sizeof(std::uint32_t);
        block_max_part = block_min_length + h.blocks * sizeof(std::uint32_t);
        value_counts = align8(block_max_part + h.blocks * sizeof(float));
        size = value_counts + 2 * std::size_t{h.value_count} * sizeof(std::uint32_t);
    }
};

std::string_view uuid_of(const Header& h) { return std::string_view(h.uuid, strnlen(h.uuid, sizeof h.uuid)); }

bool same_revision(std::uint64_t revision, std::string_view uuid, const Xapian::Database& db) {
    return revision == db.get_revision() && uuid == db.get_uuid();
}

// A file descriptor closed when it goes.
class Fd {
public:
    explicit Fd(const fs::path& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

bool read_header(int fd, Header& header) {
    return ::pread(fd, &header, sizeof header, 0) == static_cast<ssize_t>(sizeof header);
}

// The header of the store open on `fd` when it was written for `db` as it is now, in this
// format, and is whole (its size is the one its header lays out; a cut-short store is not).
std::optional<Header> current_header(int fd, const Xapian::Database& db) {
    Header h{};
    struct stat info {};
    if (fd < 0 || !read_header(fd, h) || std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.facets != kFacets ||
        !same_revision(h.revision, uuid_of(h), db) || (h.id_width != 2 && h.id_width != 4) ||
        ::fstat(fd, &info) != 0 || static_cast<std::size_t>(info.st_size) != Layout(h).size) {
        return std::nullopt;
    }
    return h;
}

// The facet values of every document, from the slots, as they are being collected: per facet
// a local id per distinct value (in order of first sight); per document a range of ids tagged
// with their facet.
struct Collected {
    std::array<std::unordered_map<std::string, std::uint32_t>, kFacets> local;
    std::array<std::vector<std::string>, kFacets> values;
    std::vector<std::uint32_t> ranges;  // 2 per docid
    std::vector<std::uint32_t> tagged;  // facet << kTagShift | local id
    std::vector<std::uint32_t> range_ends;  // where each range of `tagged` ends, in order
    static constexpr unsigned kTagShift = 28;
    std::vector<std::uint32_t> lengths;  // per docid
    std::vector<std::uint8_t> kinds;     // per docid, FacetStore::Kind
    std::vector<std::uint32_t> dates;    // per docid, YYYYMMDD or 0
    std::vector<double> amounts;         // per docid, the largest amount or kNoAmount
    bool sort_keys = true;               // every date slot held 8 digits or nothing, every amount round-trips
};

// A date slot's YYYYMMDD as a number: 0 when empty, nullopt when it is not 8 digits.
std::optional<std::uint32_t> date_number(const std::string& value) {
    if (value.empty()) return 0;
    std::uint32_t out = 0;
    const char* end = value.data() + value.size();
    // from_chars takes no sign or space: 8 characters read whole are 8 digits. 0 is "no date".
    if (value.size() != 8 || std::from_chars(value.data(), end, out).ptr != end || out == 0) return std::nullopt;
    return out;
}

// The dates and largest amounts of every document, from their value slots.
void collect_sort_keys(const Xapian::Database& db, Collected& c) {
    const std::size_t docids = std::size_t{db.get_lastdocid()} + 1;
    c.dates.assign(docids, 0);
    c.amounts.assign(docids, FacetStore::kNoAmount);
    for (auto it = db.valuestream_begin(schema::kDateSlot); it != db.valuestream_end(schema::kDateSlot); ++it) {
        const auto date = date_number(*it);
        if (!date) c.sort_keys = false;
        if (it.get_docid() < docids && date) c.dates[it.get_docid()] = *date;
    }
    const auto amounts = schema::kLargestAmountSlot;
    for (auto it = db.valuestream_begin(amounts); it != db.valuestream_end(amounts); ++it) {
        const std::string value = *it;
        if (value.empty() || it.get_docid() >= docids) continue;
        const double amount = Xapian::sortable_unserialise(value);
        // The store orders amounts as numbers; Xapian orders the slot's bytes.
        if (!std::isfinite(amount) || Xapian::sortable_serialise(amount) != value) c.sort_keys = false;
        c.amounts[it.get_docid()] = amount;
    }
}

// Document lengths and kinds, read in docid order (their posting lists).
void collect_lengths_and_kinds(const Xapian::Database& db, Collected& c) {
    const std::size_t docids = std::size_t{db.get_lastdocid()} + 1;
    c.lengths.assign(docids, 0);
    c.kinds.assign(docids, static_cast<std::uint8_t>(FacetStore::Kind::None));
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        if (*it < docids) c.lengths[*it] = it.get_doclength();
    }
    const auto mark = [&](std::string_view kind, FacetStore::Kind as) {
        const std::string term = schema::term(schema::kKind, kind);
        for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
            if (*it < docids) c.kinds[*it] = static_cast<std::uint8_t>(as);
        }
    };
    mark(schema::kKindDocument, FacetStore::Kind::Document);
    mark(schema::kKindClause, FacetStore::Kind::Clause);
}

Collected collect(const Xapian::Database& db) {
    Collected c;
    const Xapian::docid last = db.get_lastdocid();
    c.ranges.assign((std::size_t{last} + 1) * 2, 0);
    std::array<Xapian::ValueIterator, kFacets> at, end;
    for (std::size_t f = 0; f < kFacets; ++f) {
        at[f] = db.valuestream_begin(schema::kFacets[f].slot);
        end[f] = db.valuestream_end(schema::kFacets[f].slot);
    }
    std::array<std::string, kFacets> previous, current;
    bool have_previous = false;
    std::uint32_t previous_begin = 0, previous_end = 0;
    for (;;) {
        Xapian::docid docid = 0;
        for (std::size_t f = 0; f < kFacets; ++f) {
            if (at[f] != end[f] && (docid == 0 || at[f].get_docid() < docid)) docid = at[f].get_docid();
        }
        if (docid == 0 || docid > last) break;
        for (std::size_t f = 0; f < kFacets; ++f) {
            current[f].clear();
            if (at[f] != end[f] && at[f].get_docid() == docid) {
                current[f] = *at[f];
                ++at[f];
            }
        }
        // An agreement's clauses carry its values: one range serves them all.
        if (!have_previous || current != previous) {
            previous_begin = static_cast<std::uint32_t>(c.tagged.size());
            for (std::size_t f = 0; f < kFacets; ++f) {
                for_each_facet_value(schema::kFacets[f], current[f], [&](std::string_view value) {
                    auto [it, added] = c.local[f].try_emplace(std::string(value), static_cast<std::uint32_t>(c.values[f].size()));
                    if (added) c.values[f].emplace_back(value);
                    c.tagged.push_back(static_cast<std::uint32_t>(f) << Collected::kTagShift | it->second);
                });
            }
            if (c.tagged.size() > UINT32_MAX) throw IndexError("the facet store has more than 2^32 values");
            previous_end = static_cast<std::uint32_t>(c.tagged.size());
            c.range_ends.push_back(previous_end);
            std::swap(previous, current);
            have_previous = true;
        }
        c.ranges[2 * docid] = previous_begin;
        c.ranges[2 * docid + 1] = previous_end;
    }
    collect_lengths_and_kinds(db, c);
    collect_sort_keys(db, c);
    return c;
}

template <typename T>
void put(std::ofstream& out, const T* data, std::size_t count) {
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(count * sizeof(T)));
}

void pad_to(std::ofstream& out, std::size_t offset) {
    static const char zeros[8] = {};
    const auto at = static_cast<std::size_t>(out.tellp());
    if (offset > at) out.write(zeros, static_cast<std::streamsize>(offset - at));
}

// How many documents, then how many clauses, have each value id (`global` maps Collected's
// local ids to them).
std::vector<std::uint32_t> count_values(const Collected& c, const Header& h,
                                        const std::array<std::vector<std::uint32_t>, kFacets>& global) {
    std::vector<std::uint32_t> counts(2 * std::size_t{h.value_count}, 0);
    constexpr std::uint32_t kLocal = (1u << Collected::kTagShift) - 1;
    for (std::size_t d = 1; d < c.kinds.size(); ++d) {
        const auto kind = static_cast<FacetStore::Kind>(c.kinds[d]);
        if (kind != FacetStore::Kind::Document && kind != FacetStore::Kind::Clause) continue;
        std::uint32_t* of_kind = counts.data() + (kind == FacetStore::Kind::Clause ? h.value_count : 0);
        for (std::uint32_t i = c.ranges[2 * d]; i < c.ranges[2 * d + 1]; ++i) {
            ++of_kind[global[c.tagged[i] >> Collected::kTagShift][c.tagged[i] & kLocal]];
        }
    }
    return counts;
}

}  // namespace

FacetStore::~FacetStore() {
    if (map_) ::munmap(map_, map_size_);
}

std::string_view FacetStore::value(std::uint32_t id) const {
    if (id >= value_count_) return {};
    return std::string_view(strings_ + string_offsets_[id], string_offsets_[id + 1] - string_offsets_[id]);
}

std::optional<std::uint32_t> FacetStore::find(std::size_t facet, std::string_view key) const {
    if (facet >= kFacets) return std::nullopt;
    // Ids of a facet are sorted by value.
    std::uint32_t first = facet_begin_[facet], last = facet_begin_[facet + 1];
    while (first < last) {
        const std::uint32_t middle = first + (last - first) / 2;
        const std::string_view v = value(middle);
        if (v == key) return middle;
        if (v < key) {
            first = middle + 1;
        } else {
            last = middle;
        }
    }
    return std::nullopt;
}

std::shared_ptr<const FacetStore> FacetStore::open(const fs::path& folder, const Xapian::Database& db) {
    const Fd fd(folder / std::string(kFacetStoreFile));
    const std::optional<Header> current = current_header(fd.get(), db);
    if (!current) return nullptr;
    const Header& h = *current;
    const Layout layout(h);
    void* map = ::mmap(nullptr, layout.size, PROT_READ, MAP_SHARED, fd.get(), 0);
    if (map == MAP_FAILED) return nullptr;
    std::shared_ptr<FacetStore> store(new FacetStore);
    store->map_ = map;
    store->map_size_ = layout.size;
    const char* base = static_cast<const char*>(map);
    store->last_docid_ = h.last_docid;
    store->revision_ = h.revision;
    store->uuid_ = std::string(uuid_of(h));
    store->value_count_ = h.value_count;
    store->id_count_ = h.id_count;
    std::copy(std::begin(h.facet_begin), std::end(h.facet_begin), store->facet_begin_.begin());
    store->ranges_ = reinterpret_cast<const std::uint32_t*>(base + layout.ranges);
    store->lengths_ = reinterpret_cast<const std::uint32_t*>(base + layout.lengths);
    store->kinds_ = reinterpret_cast<const std::uint8_t*>(base + layout.kinds);
    store->dates_ = reinterpret_cast<const std::uint32_t*>(base + layout.dates);
    store->amounts_ = reinterpret_cast<const double*>(base + layout.amounts);
    store->sort_keys_ = h.sort_keys == 1;
    store->average_length_ = db.get_avlength();
    store->index_kinds();
    if (h.id_width == 2) {
        store->ids16_ = reinterpret_cast<const std::uint16_t*>(base + layout.ids);
    } else {
        store->ids32_ = reinterpret_cast<const std::uint32_t*>(base + layout.ids);
    }
    store->string_offsets_ = reinterpret_cast<const std::uint32_t*>(base + layout.string_offsets);
    store->strings_ = base + layout.strings;
    store->bounded_terms_ = h.bounded_terms;
    store->term_offsets_ = reinterpret_cast<const std::uint32_t*>(base + layout.term_offsets);
    store->term_names_ = base + layout.term_names;
    store->first_block_ = reinterpret_cast<const std::uint64_t*>(base + layout.first_block);
    store->block_last_ = reinterpret_cast<const std::uint32_t*>(base + layout.block_last);
    store->block_max_wdf_ = reinterpret_cast<const std::uint32_t*>(base + layout.block_max_wdf);
    store->block_min_length_ = reinterpret_cast<const std::uint32_t*>(base + layout.block_min_length);
    store->block_max_part_ = reinterpret_cast<const float*>(base + layout.block_max_part);
    store->value_counts_ = reinterpret_cast<const std::uint32_t*>(base + layout.value_counts);
    store->bounds_average_length_ = h.bounds_average_length;
    // Every stored id names a value: counting needs no bounds check (FacetCounter, count_ids).
    const auto below = [&](const auto* ids) {
        std::uint32_t largest = 0;
        for (std::uint64_t i = 0; i < h.id_count; ++i) largest = std::max<std::uint32_t>(largest, ids[i]);
        return h.id_count == 0 || largest < h.value_count;
    };
    if (!(store->ids16_ ? below(store->ids16_) : below(store->ids32_))) return nullptr;
    // The small parts are checked whole; ranges are checked where they are read.
    const std::uint32_t* term_end = store->term_offsets_ + h.bounded_terms + 1;
    const std::uint64_t* block_end = store->first_block_ + h.bounded_terms + 1;
    if (store->facet_begin_[0] != 0 || store->facet_begin_[kFacets] != h.value_count ||
        !std::is_sorted(store->facet_begin_.begin(), store->facet_begin_.end()) ||
        store->string_offsets_[0] != 0 || store->string_offsets_[h.value_count] != h.strings_bytes ||
        !std::is_sorted(store->string_offsets_, store->string_offsets_ + h.value_count + 1) ||
        store->term_offsets_[0] != 0 || term_end[-1] != h.term_names_bytes ||
        !std::is_sorted(store->term_offsets_, term_end) || store->first_block_[0] != 0 ||
        block_end[-1] != h.blocks || !std::is_sorted(store->first_block_, block_end)) {
        return nullptr;
    }
    return store;
}

void FacetStore::index_kinds() {
    // Runs of a kind: a docid of another kind ends one; a docid without a document does not.
    std::array<Xapian::docid, 3> last_seen{};
    for (Xapian::docid d = 1; d <= last_docid_; ++d) {
        const std::uint8_t kind = kinds_[d];
        if (kind >= kind_counts_.size()) continue;
        ++kind_counts_[kind];
        if (kind == static_cast<std::uint8_t>(Kind::None)) continue;
        auto& runs = runs_[kind];
        // Extends the kind's last run unless a docid of the other kind came between.
        const std::uint8_t other = kind == static_cast<std::uint8_t>(Kind::Document) ? 2 : 1;
        if (!runs.empty() && last_seen[other] < runs.back().last) {
            runs.back().last = d;
        } else {
            runs.push_back({d, d});
        }
        last_seen[kind] = d;
    }
}

std::shared_ptr<const FacetStore> FacetStoreShare::get(const fs::path& folder, const Xapian::Database& db) {
    std::lock_guard lock(mutex_);
    if (store_ && store_->serves(db)) return store_;
    auto opened = FacetStore::open(folder, db);
    if (opened) store_ = opened;  // a searcher at an older revision does not replace a newer store
    return opened;
}

TermBlocks FacetStore::blocks(std::string_view term) const {
    const auto name = [this](std::uint32_t t) {
        return std::string_view(term_names_ + term_offsets_[t], term_offsets_[t + 1] - term_offsets_[t]);
    };
    std::uint32_t first = 0, last = bounded_terms_;
    while (first < last) {
        const std::uint32_t middle = first + (last - first) / 2;
        if (name(middle) < term) {
            first = middle + 1;
        } else {
            last = middle;
        }
    }
    if (first == bounded_terms_ || name(first) != term) return {};
    const std::uint64_t begin = first_block_[first];
    return {block_last_ + begin, block_max_wdf_ + begin, block_min_length_ + begin, block_max_part_ + begin,
            static_cast<std::size_t>(first_block_[first + 1] - begin)};
}

bool FacetStore::is_current(const fs::path& folder, const Xapian::Database& db) {
    const Fd fd(folder / std::string(kFacetStoreFile));
    return current_header(fd.get(), db).has_value();
}

bool FacetStore::serves(const Xapian::Database& db) const { return same_revision(revision_, uuid_, db); }

void FacetStore::write(const Xapian::Database& db, const fs::path& folder, const BlockBoundsOptions& bounds_options) {
    Collected c = collect(db);
    const CollectedBounds bounds = collect_block_bounds(db, c.lengths, bounds_options);

    // Ids grouped by facet, sorted by value within a facet.
    Header h{};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.revision = db.get_revision();
    const std::string uuid = db.get_uuid();
    if (uuid.size() >= sizeof h.uuid) throw IndexError(folder.string() + ": the database UUID is too long");
    std::memcpy(h.uuid, uuid.data(), uuid.size());
    h.last_docid = db.get_lastdocid();
    h.facets = kFacets;
    h.sort_keys = c.sort_keys ? 1 : 0;
    std::array<std::vector<std::uint32_t>, kFacets> global;  // local id -> id
    std::vector<const std::string*> strings;
    for (std::size_t f = 0; f < kFacets; ++f) {
        std::vector<std::uint32_t> order(c.values[f].size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return c.values[f][a] < c.values[f][b]; });
        global[f].resize(order.size());
        for (std::size_t rank = 0; rank < order.size(); ++rank) {
            global[f][order[rank]] = h.facet_begin[f] + static_cast<std::uint32_t>(rank);
            strings.push_back(&c.values[f][order[rank]]);
        }
        h.facet_begin[f + 1] = h.facet_begin[f] + static_cast<std::uint32_t>(order.size());
    }
    h.value_count = h.facet_begin[kFacets];
    h.id_width = h.value_count <= UINT16_MAX ? 2 : 4;
    h.id_count = c.tagged.size();
    std::vector<std::uint32_t> offsets{0};
    for (const std::string* s : strings) {
        h.strings_bytes += s->size();
        offsets.push_back(static_cast<std::uint32_t>(h.strings_bytes));
    }
    h.bounded_terms = static_cast<std::uint32_t>(bounds.terms.size());
    h.block_size = bounds_options.block_size;
    h.blocks = bounds.last.size();
    h.bounds_average_length = bounds.average_length;
    std::vector<std::uint32_t> term_offsets{0};
    for (const auto& term : bounds.terms) {
        h.term_names_bytes += term.size();
        if (h.term_names_bytes > UINT32_MAX) throw IndexError("the facet store's bounded terms exceed 4 GB");
        term_offsets.push_back(static_cast<std::uint32_t>(h.term_names_bytes));
    }
    const Layout layout(h);
    const std::vector<std::uint32_t> value_counts = count_values(c, h, global);  // before the ids are mapped below

    const fs::path target = folder / std::string(kFacetStoreFile);
    fs::path temporary = target;
    temporary += ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) throw IndexError(temporary.string() + ": cannot write the facet store");
        out.write(reinterpret_cast<const char*>(&h), sizeof h);
        pad_to(out, layout.ranges);
        put(out, c.ranges.data(), c.ranges.size());
        pad_to(out, layout.lengths);
        put(out, c.lengths.data(), c.lengths.size());
        put(out, c.kinds.data(), c.kinds.size());
        pad_to(out, layout.dates);
        put(out, c.dates.data(), c.dates.size());
        pad_to(out, layout.amounts);
        put(out, c.amounts.data(), c.amounts.size());
        pad_to(out, layout.ids);
        // Each document's ids ascending: facet by facet, each facet's by value.
        constexpr std::uint32_t kLocal = (1u << Collected::kTagShift) - 1;
        for (auto& id : c.tagged) id = global[id >> Collected::kTagShift][id & kLocal];
        std::uint32_t begin = 0;
        for (const std::uint32_t end : c.range_ends) {
            std::sort(c.tagged.begin() + begin, c.tagged.begin() + end);
            begin = end;
        }
        if (h.id_width == 2) {
            const std::vector<std::uint16_t> ids(c.tagged.begin(), c.tagged.end());
            put(out, ids.data(), ids.size());
        } else {
            put(out, c.tagged.data(), c.tagged.size());
        }
        pad_to(out, layout.string_offsets);
        put(out, offsets.data(), offsets.size());
        for (const std::string* s : strings) out.write(s->data(), static_cast<std::streamsize>(s->size()));
        pad_to(out, layout.term_offsets);
        put(out, term_offsets.data(), term_offsets.size());
        for (const auto& term : bounds.terms) out.write(term.data(), static_cast<std::streamsize>(term.size()));
        pad_to(out, layout.first_block);
        put(out, bounds.first_block.data(), bounds.first_block.size());
        put(out, bounds.last.data(), bounds.last.size());
        put(out, bounds.max_wdf.data(), bounds.max_wdf.size());
        put(out, bounds.min_length.data(), bounds.min_length.size());
        put(out, bounds.max_part.data(), bounds.max_part.size());
        pad_to(out, layout.value_counts);
        put(out, value_counts.data(), value_counts.size());
        out.flush();
        if (!out || static_cast<std::size_t>(out.tellp()) != layout.size) {
            out.close();
            std::error_code ignored;
            fs::remove(temporary, ignored);
            throw IndexError(temporary.string() + ": cannot write the facet store");
        }
    }
    std::error_code ec;
    fs::rename(temporary, target, ec);
    if (ec) {
        fs::remove(temporary, ec);
        throw IndexError(target.string() + ": cannot put the facet store in place");
    }
}

}  // namespace arsip::index
