// Tokens and word classes for the officials extractor (officials.h): words with their byte
// ranges and shape, punctuation, and the small closed word lists of Indonesian titles.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace arsip::entities::official_detail {

struct Token {
    std::size_t begin = 0;  // byte range in the text
    std::size_t end = 0;
    std::string text;   // as written, typographic apostrophes as '
    std::string lower;  // ASCII lower case
    bool word = false;
    bool capital = false;    // starts with an upper-case letter
    bool all_caps = false;   // at least two letters, none lower-case
    bool inner_dot = false;  // "M.Si", "S.H"
    bool digit = false;      // has a digit
    bool dot_after = false;  // a '.' follows directly
    char punct = 0;          // non-words: , . ( ) : ; " - ! ? \n or '*' for anything else
};

// Words and punctuation of `text`, in order. Never throws on invalid UTF-8 (stray bytes are
// letters). A word is a run of letters/digits; an apostrophe, hyphen or '.' between two letters
// and ',' or '.' between two digits stay inside it.
std::vector<Token> tokenize(std::string_view text);

bool is_honorific(const Token& token);      // H. Hj. Dr. Ir. Prof. Drs. KH. Bapak ...
bool is_degree(const Token& token);         // S.H, M.Si, Ph.D, IPU, MM ...
bool is_stop_word(std::string_view lower);  // capitalised words that are never part of a name
bool is_org_head(std::string_view lower);   // Dinas, Badan, Universitas, PT, ...

// A word that may be part of a person's name.
bool is_name_word(const Token& token);

// "RUDY" -> "Rudy", "MAS'UD" -> "Mas'ud"; other words unchanged.
std::string name_case(const std::string& word);

// Folded province name at tokens[i...] from the built-in list of the 38 provinces, and how many
// tokens it takes (0 when none).
std::size_t province_at(const std::vector<Token>& tokens, std::size_t i, std::string& name);

}  // namespace arsip::entities::official_detail
