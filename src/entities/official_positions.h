// Position phrases for the officials extractor (officials.h): the position heads (Gubernur,
// Bupati, Menteri, Rektor, Kepala Bidang, Ketua, ...) and the canonical institution that a head
// plus its place / ministry field / university / body words resolve to.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "entities/official_tokens.h"
#include "text/synonyms.h"

namespace arsip::entities::official_detail {

struct Head;  // one entry of the built-in list of position heads

struct Parsed {
    std::string position;
    std::string institution;
    std::size_t end = 0;  // token index after the position phrase
};

// Shorthand for the synonym tables a position is resolved with (shared first, then document).
using SynonymTables = std::span<const text::SynonymTable* const>;

// The longest position head at tokens[i] (capitalised), with the token after it in `end`.
const Head* head_at(const std::vector<Token>& tokens, std::size_t i, std::size_t& end);

// The position of `head` with its institution from the words at tokens[j...]; nullopt when a
// body head ("Ketua", "Kepala", ...) has no body.
std::optional<Parsed> parse_position(const std::vector<Token>& tokens, SynonymTables tables,
                                     const Head& head, std::size_t j);

}  // namespace arsip::entities::official_detail
