// The stemmer's word -> stem cache: open addressing over one array of 8-byte slots (at most
// three quarters full), with the characters of every key and value in one arena, so a lookup
// touches a slot and its characters, the whole cache of a corpus' vocabulary stays small enough
// for the processor's caches, and an insert allocates nothing once the arrays have grown. Used
// by IndonesianStemmer (one per thread); not thread-safe.
//
//   StemCache cache(1 << 18);
//   cache.insert("menulis", "tulis");
//   cache.find("menulis") == "tulis";  // std::optional<std::string_view>
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace arsip::text {

class StemCache {
public:
    // Holds at most `limit` entries: an insert into a full cache empties it first.
    explicit StemCache(std::size_t limit);

    // The value stored for `key`; valid until the next insert or clear.
    std::optional<std::string_view> find(std::string_view key) const;

    // Stores `value` for `key` (a key already present keeps its value). Keys that are empty or
    // longer than kMaxBytes, and values longer than kMaxBytes, are not stored (no word is that
    // long; stemming it again costs little).
    void insert(std::string_view key, std::string_view value);

    void clear();
    std::size_t size() const { return size_; }
    std::size_t limit() const { return limit_; }

    static constexpr std::size_t kMaxBytes = 0xFF;

private:
    struct Slot {
        std::uint32_t offset = 0;     // of the key in arena_; the value follows it
        std::uint16_t tag = 0;        // the high bits of the key's hash
        std::uint8_t key_size = 0;    // 0: an empty slot
        std::uint8_t value_size = 0;
    };
    static_assert(sizeof(Slot) == 8, "eight slots to a cache line");

    static std::uint32_t hash_of(std::string_view key);
    static std::uint16_t tag_of(std::uint32_t hash);
    // The slot holding `key`, or the empty slot where it would go.
    std::size_t probe(std::string_view key, std::uint32_t hash) const;
    void grow();

    std::size_t limit_;
    std::size_t size_ = 0;
    std::vector<Slot> slots_;  // a power of two, at most three quarters full
    std::string arena_;
};

}  // namespace arsip::text
