#include "index/known_content.h"

#include <algorithm>

namespace arsip::index {
namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool hash_before(const KnownContent::Entry& a, const KnownContent::Entry& b) { return a.hash < b.hash; }

}  // namespace

KnownContent::KnownContent(std::vector<Entry> entries) : entries_(std::move(entries)) {
    std::stable_sort(entries_.begin(), entries_.end(), hash_before);
    const auto same = [](const Entry& a, const Entry& b) { return a.hash == b.hash; };
    entries_.erase(std::unique(entries_.begin(), entries_.end(), same), entries_.end());
}

std::optional<std::array<std::uint8_t, 32>> KnownContent::parse_hash(std::string_view hex) {
    std::array<std::uint8_t, 32> out{};
    if (hex.size() != out.size() * 2) return std::nullopt;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int high = hex_digit(hex[2 * i]), low = hex_digit(hex[2 * i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        out[i] = static_cast<std::uint8_t>(high << 4 | low);
    }
    return out;
}

const KnownContent::Entry* KnownContent::find(std::string_view hex_hash) const {
    const auto hash = parse_hash(hex_hash);
    if (!hash) return nullptr;
    Entry key;
    key.hash = *hash;
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), key, hash_before);
    if (it == entries_.end() || it->hash != *hash) return nullptr;
    return &*it;
}

}  // namespace arsip::index
