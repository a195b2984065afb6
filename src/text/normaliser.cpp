#include "text/normaliser.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "model/errors.h"
#include "text/synonyms.h"

namespace arsip::text {
namespace {

bool is_ascii_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_ascii_alnum(char c) {
    return is_ascii_alpha(c) || is_ascii_digit(c);
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
char to_lower(char c) {
    return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// Byte classes for the token scan.
enum : unsigned char { kLowerByte = 1, kUpperByte = 2, kDigitByte = 4, kAlnumByte = 7 };

constexpr std::array<unsigned char, 256> kByteClass = [] {
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 256; ++c) {
        if (c >= 'a' && c <= 'z') table[c] = kLowerByte;
        else if (c >= 'A' && c <= 'Z') table[c] = kUpperByte;
        else if (c >= '0' && c <= '9') table[c] = kDigitByte;
    }
    return table;
}();

unsigned char byte_class(char c) {
    return kByteClass[static_cast<unsigned char>(c)];
}

// The first position at or after `from` that holds a byte >= 0x80 (or s.size()), eight bytes at
// a time.
std::size_t next_non_ascii(std::string_view s, std::size_t from) {
    std::size_t j = from;
    for (; j + 8 <= s.size(); j += 8) {
        std::uint64_t x;
        std::memcpy(&x, s.data() + j, 8);
        if (x & 0x8080808080808080u) break;
    }
    while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80) ++j;
    return j;
}

// Code points mapped before (apostrophes, quotes) or dropped by (invisible) the ICU folding.
UChar32 map_punctuation(UChar32 c) {
    switch (c) {
        case 0x2018:  // ‘
        case 0x2019:  // ’
        case 0x201B:  // ‛
        case 0x02BC:  // ʼ
        case 0x2032:  // ′
            return '\'';
        case 0x201C:  // “
        case 0x201D:  // ”
        case 0x201E:  // „
        case 0x201F:  // ‟
        case 0x2033:  // ″
            return '"';
        case 0x00AD:  // soft hyphen
        case 0x200B:  // zero-width space
        case 0x200C:
        case 0x200D:
        case 0x2060:  // word joiner
        case 0xFEFF:  // byte order mark
            return -1;
        default:
            return c;
    }
}

// Folds one run of non-ASCII bytes into `out`.
void fold_run(std::string_view run, std::string& out) {
    // Fast path: one common punctuation character (’ “ ” ‘ and the like) needs no ICU.
    if (run.size() == 3 && static_cast<unsigned char>(run[0]) == 0xE2 &&
        static_cast<unsigned char>(run[1]) == 0x80) {
        const UChar32 c = 0x2000 | ((static_cast<unsigned char>(run[1]) & 0x3F) << 6) |
                          (static_cast<unsigned char>(run[2]) & 0x3F);
        const UChar32 mapped = map_punctuation(c);
        if (mapped != c) {
            if (mapped >= 0) out += static_cast<char>(mapped);
            return;
        }
        if (c >= 0x2010 && c <= 0x2015) {  // dashes: unchanged
            out.append(run);
            return;
        }
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        throw Error(std::string("ICU normaliser unavailable: ") + u_errorName(status));
    const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(run.data(), static_cast<int32_t>(run.size())));
    const icu::UnicodeString decomposed = nfkd->normalize(source, status);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        const UChar32 mapped = map_punctuation(c);
        if (mapped >= 0) kept.append(mapped);
    }
    const icu::UnicodeString composed = nfc->normalize(kept, status);
    if (U_FAILURE(status)) {
        out.append(run);  // cannot happen for valid input; keep the text rather than lose it
        return;
    }
    composed.toUTF8String(out);
}

// Rewrites ASCII tokens: glued shorthand pairs and amounts. Non-ASCII bytes pass through.
class TokenRewriter {
public:
    TokenRewriter(std::string_view in, const NormaliseOptions& options)
        : in_(in), options_(options) {
        out_.reserve(in.size() + 16);
    }

    std::string run() {
        // Bytes that stay as they are (everything but tokens that may be rewritten) are copied in
        // runs, from copy_from up to the token that needs a look.
        std::size_t copy_from = 0;
        std::size_t i = 0;
        const std::size_t n = in_.size();
        while (i < n) {
            const char c = in_[i];
            const unsigned char first = byte_class(c);
            if (!first) {
                if (c != ' ' && c != '.') after_rp_ = false;
                ++i;
                continue;
            }
            // A run of ASCII letters and digits; `later` collects the classes after its first byte.
            std::size_t end = i + 1;
            unsigned char later = 0;
            while (end < n && (byte_class(in_[end]) & kAlnumByte)) later |= byte_class(in_[end++]);
            // Inside a token that started at a non-ASCII byte, or a plain word: left as it is
            // (not "Rp", nothing to split).
            const bool rewritable =
                !(i > 0 && continues_token(i)) &&
                (first == kDigitByte || may_rewrite_word(in_.substr(i, end - i), later));
            if (!rewritable) {
                after_rp_ = false;
                i = end;
                continue;
            }
            out_.append(in_.substr(copy_from, i - copy_from));
            i = first == kDigitByte ? number(i) : word(i, end);
            copy_from = i;
        }
        out_.append(in_.substr(copy_from));
        return std::move(out_);
    }

private:
    // A byte inside a token that started earlier (a letter or digit right after a letter or
    // digit, or right after a non-ASCII byte that may be a letter).
    bool continues_token(std::size_t i) const {
        const char p = in_[i - 1];
        return is_ascii_alnum(p) || static_cast<unsigned char>(p) >= 0x80;
    }

    // Whether word() might write a letter token other than as it is (or remember it as "Rp"):
    // it starts with "rp" (any case), or it may be glued and has a capital after its first letter
    // (`later`: the byte classes after the first).
    bool may_rewrite_word(std::string_view token, unsigned char later) const {
        if (token.size() >= 2 && to_lower(token[0]) == 'r' && to_lower(token[1]) == 'p') return true;
        return options_.glued_parts && (later & kUpperByte);
    }

    // A query operator right before position i: "-x" or "+x" at the start of a word, or "field:x".
    bool after_operator(std::size_t i) const {
        if (i == 0) return false;
        const char p = in_[i - 1];
        if (p == ':') return true;
        if (p != '-' && p != '+') return false;
        return i < 2 || !is_ascii_alnum(in_[i - 2]);
    }

    std::size_t word(std::size_t begin, std::size_t end) {
        const std::string_view token = in_.substr(begin, end - begin);
        const bool guarded = after_operator(begin);
        if (options_.amounts && !guarded && token.size() > 2 && to_lower(token[0]) == 'r' &&
            to_lower(token[1]) == 'p' && is_ascii_digit(token[2])) {
            out_.append(token.substr(0, 2));
            out_ += ' ';
            after_rp_ = true;
            return number(begin + 2);
        }
        after_rp_ = token.size() == 2 && to_lower(token[0]) == 'r' && to_lower(token[1]) == 'p';
        if (options_.glued_parts && !guarded && split_glued(token)) return end;
        out_.append(token);
        return end;
    }

    // Splits a camel-case token when every part is a known one-word form. Boundaries: a lower-case
    // letter followed by a capital ("KaltimJatim"), or a capital that starts a lower-case run after
    // other capitals ("DPRDKaltim").
    bool split_glued(std::string_view token) {
        std::vector<std::size_t> cuts;
        for (std::size_t k = 1; k < token.size(); ++k) {
            if (!is_upper(token[k])) continue;
            const bool after_lower = is_lower(token[k - 1]);
            const bool acronym_end = is_upper(token[k - 1]) && k + 1 < token.size() &&
                                     is_lower(token[k + 1]) &&
                                     k >= 2;  // "DPRDKaltim" cuts before K, "MoU" has no such cut
            if (after_lower || acronym_end) cuts.push_back(k);
        }
        if (cuts.empty()) return false;
        cuts.push_back(token.size());
        std::size_t from = 0;
        std::string lower;
        for (std::size_t cut : cuts) {
            lower.clear();
            for (std::size_t k = from; k < cut; ++k) lower += to_lower(token[k]);
            if (!options_.glued_parts->is_single_word_form(lower)) return false;
            from = cut;
        }
        from = 0;
        for (std::size_t cut : cuts) {
            if (from > 0) out_ += ' ';
            out_.append(token.substr(from, cut - from));
            from = cut;
        }
        return true;
    }

    // A token starting with a digit at `begin`. Returns where processing goes on.
    std::size_t number(std::size_t begin) {
        std::size_t end = begin;
        while (end < in_.size() && is_ascii_digit(in_[end])) ++end;
        if (end < in_.size() && is_ascii_alpha(in_[end])) {  // "2025a", "3km": not an amount
            after_rp_ = false;
            std::size_t token_end = end;
            while (token_end < in_.size() && is_ascii_alnum(in_[token_end])) ++token_end;
            out_.append(in_.substr(begin, token_end - begin));
            return token_end;
        }
        if (!options_.amounts) {
            out_.append(in_.substr(begin, end - begin));
            return end;
        }
        // Grouped: 1-3 digits, then one or more ".ddd", not followed by another digit or ".d".
        std::size_t grouped_end = end;
        bool grouped = false;
        if (end - begin <= 3) {
            std::size_t k = end;
            while (k + 3 < in_.size() + 0 && in_[k] == '.' && is_ascii_digit(in_[k + 1]) &&
                   is_ascii_digit(in_[k + 2]) && is_ascii_digit(in_[k + 3]) &&
                   (k + 4 >= in_.size() || !is_ascii_digit(in_[k + 4]))) {
                k += 4;
                grouped = true;
            }
            const bool more = k + 1 < in_.size() && in_[k] == '.' && is_ascii_digit(in_[k + 1]);
            if (grouped && !more) grouped_end = k;
            if (more) grouped = false;
        }
        if (grouped) {
            for (std::size_t k = begin; k < grouped_end; ++k) {
                if (in_[k] != '.') out_ += in_[k];
            }
        } else {
            grouped_end = end;
            out_.append(in_.substr(begin, end - begin));
        }
        std::size_t next = grouped_end;
        // Zero cents: ",00" or ",0" after a grouped number or an Rp amount.
        if ((grouped || after_rp_) && next + 1 < in_.size() && in_[next] == ',' &&
            in_[next + 1] == '0') {
            std::size_t k = next + 1;
            while (k < in_.size() && in_[k] == '0') ++k;
            if (k - next - 1 <= 2 && (k >= in_.size() || !is_ascii_alnum(in_[k]))) next = k;
        }
        after_rp_ = false;
        return next;
    }

    std::string_view in_;
    const NormaliseOptions& options_;
    std::string out_;
    bool after_rp_ = false;  // the last token was "Rp" (an amount may follow)
};

}  // namespace

std::string fold_characters(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        std::size_t j = next_non_ascii(utf8, i);
        out.append(utf8.substr(i, j - i));
        if (j == utf8.size()) break;
        i = j;
        while (j < utf8.size() && static_cast<unsigned char>(utf8[j]) >= 0x80) ++j;
        fold_run(utf8.substr(i, j - i), out);
        i = j;
    }
    return out;
}

std::string normalise_text(std::string_view utf8, const NormaliseOptions& options) {
    const bool ascii = next_non_ascii(utf8, 0) == utf8.size();
    if (ascii || !options.fold_characters) return TokenRewriter(utf8, options).run();
    const std::string folded = fold_characters(utf8);
    return TokenRewriter(folded, options).run();
}

}  // namespace arsip::text
