#include "text/stem_cache.h"

#include <algorithm>
#include <cstring>

namespace arsip::text {
namespace {

constexpr std::size_t kFirstSlots = 1 << 12;

}  // namespace

StemCache::StemCache(std::size_t limit) : limit_(limit) {}

std::uint32_t StemCache::hash_of(std::string_view key) {
    // Eight bytes at a time (words are short: one or two steps), each step a multiply and an
    // xor-shift, so that the low bits the table uses depend on every byte. The last step reads
    // the last eight bytes (overlapping) or, for a shorter key, its bytes in two or three loads.
    const auto load = [&](std::size_t at, std::size_t bytes) {
        std::uint64_t x = 0;
        std::memcpy(&x, key.data() + at, bytes);
        return x;
    };
    const std::size_t n = key.size();
    std::uint64_t h = 0x9E3779B97F4A7C15u ^ n;
    std::uint64_t last = 0;
    if (n >= 8) {
        for (std::size_t k = 0; k + 8 < n; k += 8) {
            h = (h ^ load(k, 8)) * 0xBF58476D1CE4E5B9u;
            h ^= h >> 31;
        }
        last = load(n - 8, 8);
    } else if (n >= 4) {
        last = load(0, 4) | load(n - 4, 4) << 32;
    } else if (n > 0) {
        last = load(0, 1) | load(n / 2, 1) << 8 | load(n - 1, 1) << 16;
    }
    h = (h ^ last) * 0x94D049BB133111EBu;
    h ^= h >> 29;
    return static_cast<std::uint32_t>(h ^ (h >> 32));
}

std::uint16_t StemCache::tag_of(std::uint32_t hash) {
    return static_cast<std::uint16_t>(hash >> 16);
}

std::size_t StemCache::probe(std::string_view key, std::uint32_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    const std::uint16_t tag = tag_of(hash);
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.key_size == 0) return i;
        if (slot.tag == tag && slot.key_size == key.size() &&
            std::memcmp(arena_.data() + slot.offset, key.data(), key.size()) == 0) {
            return i;
        }
    }
}

std::optional<std::string_view> StemCache::find(std::string_view key) const {
    if (slots_.empty() || key.empty() || key.size() > kMaxBytes) return std::nullopt;
    const Slot& slot = slots_[probe(key, hash_of(key))];
    if (slot.key_size == 0) return std::nullopt;
    return std::string_view(arena_.data() + slot.offset + slot.key_size, slot.value_size);
}

void StemCache::insert(std::string_view key, std::string_view value) {
    if (key.empty() || key.size() > kMaxBytes || value.size() > kMaxBytes || limit_ == 0) return;
    if (arena_.size() + key.size() + value.size() > UINT32_MAX) return;  // offsets are 32-bit
    if (size_ >= limit_) clear();
    if (slots_.empty() || 4 * (size_ + 1) > 3 * slots_.size()) grow();
    const std::uint32_t hash = hash_of(key);
    Slot& slot = slots_[probe(key, hash)];
    if (slot.key_size != 0) return;
    slot.offset = static_cast<std::uint32_t>(arena_.size());
    slot.tag = tag_of(hash);
    slot.key_size = static_cast<std::uint8_t>(key.size());
    slot.value_size = static_cast<std::uint8_t>(value.size());
    arena_.append(key);
    arena_.append(value);
    ++size_;
}

void StemCache::clear() {
    std::fill(slots_.begin(), slots_.end(), Slot{});
    arena_.clear();
    size_ = 0;
}

void StemCache::grow() {
    std::vector<Slot> old(slots_.empty() ? kFirstSlots : 2 * slots_.size());
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.key_size == 0) continue;
        const std::string_view key(arena_.data() + slot.offset, slot.key_size);
        std::size_t i = hash_of(key) & mask;
        while (slots_[i].key_size != 0) i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

}  // namespace arsip::text
