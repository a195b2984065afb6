#include "index/known_content.h"

#include <Poco/DigestEngine.h>
#include <Poco/Exception.h>

#include <algorithm>

namespace arsip::index {
namespace {

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
    try {
        const Poco::DigestEngine::Digest digest = Poco::DigestEngine::digestFromHex(std::string(hex));
        if (digest.size() != out.size()) return std::nullopt;
        std::copy(digest.begin(), digest.end(), out.begin());
        return out;
    } catch (const Poco::DataFormatException&) {
        return std::nullopt;  // not hex digits
    }
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
