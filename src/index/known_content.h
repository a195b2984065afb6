// The content hashes of the documents an index holds, read once when an indexing run starts,
// so that a file whose bytes are those of an indexed document is reported unchanged before it
// is parsed, converted or analysed (a second run over an archive reads and hashes its files,
// nothing more); likewise a file the index does not keep because of its twin (twins.h) is
// reported as that twin's again, while the kept document still holds the twin term. Does not
// expose Xapian.
//
// A hash maps to the id of the document that holds it (its kContentHashSlot value). Documents
// the table misses (clause documents, which have no hash, and a document whose id holds
// "#pasal-", as a clause's does) are simply loaded as before: a miss never changes what is
// indexed, it only costs the loading the table saves.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace arsip::index {

class KnownContent {
public:
    struct Entry {
        std::array<std::uint8_t, 32> hash{};  // SHA-256, as bytes
        std::string id;                       // the document's (or the twin file's, not kept)
        // A file not kept because of its twin (schema::kTwinFileKeyPrefix): the twin term and the
        // document kept in its place, with that one's source; all empty for an indexed document.
        std::string twin_term;
        std::string kept_id;
        std::string kept_source_path;
    };

    KnownContent() = default;
    // `entries` in any order; a hash given twice keeps its first id.
    explicit KnownContent(std::vector<Entry> entries);

    // The entry of the document, or twin file, whose source had the bytes with this hash
    // (hex SHA-256, as ingest::sha256_hex writes it), or nullptr.
    const Entry* find(std::string_view hex_hash) const;

    std::size_t size() const { return entries_.size(); }

    // "9f86d0..." (64 hex digits, either case) -> bytes; nullopt for anything else.
    static std::optional<std::array<std::uint8_t, 32>> parse_hash(std::string_view hex);

private:
    std::vector<Entry> entries_;  // sorted by hash
};

}  // namespace arsip::index
