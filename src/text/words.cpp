#include "text/words.h"

#include <array>
#include <cstdint>
#include <cstring>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/normaliser.h"

namespace arsip::text {
namespace {

// Byte classes of ASCII (a byte >= 0x80 starts or continues a multi-byte code point).
enum : unsigned char { kOther = 0, kLetter = 1, kDigit = 2, kNonAscii = 4 };

constexpr std::array<unsigned char, 256> kClass = [] {
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 256; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) table[c] = kLetter;
        else if (c >= '0' && c <= '9') table[c] = kDigit;
        else if (c >= 0x80) table[c] = kNonAscii;
    }
    return table;
}();

constexpr std::array<char, 256> kLower = [] {
    std::array<char, 256> table{};
    for (int c = 0; c < 256; ++c) {
        table[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return table;
}();

unsigned char byte_class(char c) {
    return kClass[static_cast<unsigned char>(c)];
}
bool ascii_alnum(unsigned char c) {
    return (kClass[c] & (kLetter | kDigit)) != 0;
}
bool ascii_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}

// The code point at `i` (advancing `i`); U+FFFD for a malformed sequence.
UChar32 next_code_point(std::string_view s, std::size_t& i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    int32_t offset = static_cast<int32_t>(i);
    UChar32 cp = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), offset, static_cast<int32_t>(s.size()), cp);
    i = static_cast<std::size_t>(offset);
    return cp < 0 ? 0xFFFD : cp;
}

bool is_word_char(UChar32 c) {
    if (c < 0x80) return ascii_alnum(static_cast<unsigned char>(c));
    return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
           u_charType(c) == U_COMBINING_SPACING_MARK;
}

// Apostrophes (ASCII and typographic) and '&' join two word characters.
bool is_joiner(UChar32 c) {
    return c == '\'' || c == '&' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

// Writes `text` with A-Z lower-cased (other bytes as they are) to `out`, eight bytes at a time.
void lower_ascii(std::string_view text, char* out) {
    constexpr std::uint64_t kOnes = 0x0101010101010101u;
    constexpr std::uint64_t kHigh = 0x8080808080808080u;
    std::size_t k = 0;
    for (; k + 8 <= text.size(); k += 8) {
        std::uint64_t x;
        std::memcpy(&x, text.data() + k, 8);
        const std::uint64_t low7 = x & ~kHigh;
        const std::uint64_t above_z = low7 + kOnes * (0x7F - 'Z');  // high bit: byte > 'Z'
        const std::uint64_t from_a = low7 + kOnes * (0x80 - 'A');   // high bit: byte >= 'A'
        const std::uint64_t upper = (from_a & ~above_z & ~x) & kHigh;
        x |= upper >> 2;  // 0x80 >> 2 == 0x20, the case bit
        std::memcpy(out + k, &x, 8);
    }
    for (; k < text.size(); ++k) out[k] = kLower[static_cast<unsigned char>(text[k])];
}

// Appends the lower-cased ASCII word to `out`.
void append_lower_ascii(std::string_view word, std::string& out) {
    const std::size_t at = out.size();
    out.resize(at + word.size());
    char* dest = out.data() + at;
    for (std::size_t k = 0; k < word.size(); ++k) dest[k] = kLower[static_cast<unsigned char>(word[k])];
}

// Appends the folded, lower-cased word (with non-ASCII characters) to `out`.
void append_lower_unicode(std::string_view word, std::string& out) {
    const std::string folded = fold_characters(word);
    std::size_t i = 0;
    while (i < folded.size()) {
        const UChar32 c = u_tolower(next_code_point(folded, i));
        char buffer[4];
        int32_t length = 0;
        UBool error = false;
        U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, 4, c, error);
        if (!error) out.append(buffer, static_cast<std::size_t>(length));
    }
}

void append_lower(std::string_view word, bool ascii, std::string& out) {
    if (ascii) append_lower_ascii(word, out);
    else append_lower_unicode(word, out);
}

// Calls emit(begin, end, ascii) for the byte range of every word, in order; `ascii` is true when
// the word has no byte >= 0x80.
template <class Emit>
void scan_words(std::string_view utf8, Emit&& emit) {
    const std::size_t n = utf8.size();
    std::size_t i = 0;
    while (i < n) {
        // Fast path: ASCII that is not a word character (spaces, punctuation).
        const unsigned char first_class = byte_class(utf8[i]);
        if (first_class == kOther) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        bool ascii = true;
        if (first_class == kNonAscii) {
            const UChar32 c = next_code_point(utf8, i);
            if (!is_word_char(c)) continue;
            ascii = false;
        } else {
            ++i;
        }
        std::size_t end = i;
        bool previous_digit = first_class == kDigit;
        while (i < n) {
            // Fast path: a run of ASCII letters and digits continues the word.
            if (byte_class(utf8[i]) & (kLetter | kDigit)) {
                std::size_t j = i + 1;
                while (j < n && (byte_class(utf8[j]) & (kLetter | kDigit))) ++j;
                previous_digit = byte_class(utf8[j - 1]) == kDigit;
                i = end = j;
                // Fast path: ASCII that can join nothing ends the word.
                if (j < n && byte_class(utf8[j]) == kOther && utf8[j] != '\'' && utf8[j] != '&' &&
                    utf8[j] != '.' && utf8[j] != ',') {
                    break;
                }
                continue;
            }
            std::size_t look = i;
            const UChar32 d = next_code_point(utf8, look);
            if (is_word_char(d)) {  // not ASCII (ASCII word characters took the fast path)
                previous_digit = false;
                ascii = false;
                i = end = look;
                continue;
            }
            // A joiner continues the word only between two word characters; '.' and ',' only
            // between two digits.
            const bool digit_joiner = (d == '.' || d == ',') && previous_digit;
            if (!is_joiner(d) && !digit_joiner) break;
            if (look >= n) break;
            std::size_t after = look;
            const UChar32 e = next_code_point(utf8, after);
            if (!is_word_char(e)) break;
            if (digit_joiner && !(e < 0x80 && ascii_digit(static_cast<unsigned char>(e)))) break;
            if (d >= 0x80) ascii = false;
            i = look;
        }
        emit(start, end, ascii);
        i = end;
    }
}

}  // namespace

std::vector<Word> split_words(std::string_view utf8) {
    std::vector<Word> words;
    words.reserve(utf8.size() / 7);
    scan_words(utf8, [&](std::size_t begin, std::size_t end, bool ascii) {
        Word word;
        word.begin = begin;
        word.end = end;
        append_lower(utf8.substr(begin, end - begin), ascii, word.text);
        if (!word.text.empty()) words.push_back(std::move(word));
    });
    return words;
}

void FoldedWords::assign(std::string_view utf8) {
    // ASCII words are views into a lower-cased copy of the whole text (folding leaves ASCII as it
    // is); words with other characters are folded one by one and put after the copy at the end.
    folded_.resize(utf8.size());
    lower_ascii(utf8, folded_.data());
    spans_.clear();
    texts_.clear();
    std::string unicode;                                           // folded non-ASCII words
    std::vector<std::pair<std::size_t, std::size_t>> in_unicode;  // (word, offset in unicode)
    scan_words(utf8, [&](std::size_t begin, std::size_t end, bool ascii) {
        if (ascii) {
            texts_.emplace_back(folded_.data() + begin, end - begin);
        } else {
            const std::size_t at = unicode.size();
            append_lower_unicode(utf8.substr(begin, end - begin), unicode);
            if (unicode.size() == at) return;  // folded away (a lone combining mark)
            in_unicode.emplace_back(texts_.size(), at);
            texts_.emplace_back();  // set below, once unicode is in place
        }
        spans_.emplace_back(begin, end);
    });
    if (in_unicode.empty()) return;
    const char* old_data = folded_.data();
    folded_ += unicode;
    rebase(old_data);
    for (std::size_t k = 0; k < in_unicode.size(); ++k) {
        const auto [word, at] = in_unicode[k];
        const std::size_t next = k + 1 < in_unicode.size() ? in_unicode[k + 1].second : unicode.size();
        texts_[word] = std::string_view(folded_.data() + utf8.size() + at, next - at);
    }
}

void FoldedWords::rebase(const char* old_data) {
    if (old_data == folded_.data()) return;
    for (auto& text : texts_) {
        if (text.data() != nullptr) text = std::string_view(folded_.data() + (text.data() - old_data), text.size());
    }
}

FoldedWords::FoldedWords(const FoldedWords& other)
    : folded_(other.folded_), spans_(other.spans_), texts_(other.texts_) {
    rebase(other.folded_.data());
}

FoldedWords::FoldedWords(FoldedWords&& other) noexcept
    : spans_(std::move(other.spans_)), texts_(std::move(other.texts_)) {
    const char* old_data = other.folded_.data();
    folded_ = std::move(other.folded_);
    rebase(old_data);
    other.texts_.clear();
    other.spans_.clear();
}

FoldedWords& FoldedWords::operator=(const FoldedWords& other) {
    if (this != &other) {
        folded_ = other.folded_;
        spans_ = other.spans_;
        texts_ = other.texts_;
        rebase(other.folded_.data());
    }
    return *this;
}

FoldedWords& FoldedWords::operator=(FoldedWords&& other) noexcept {
    if (this != &other) {
        const char* old_data = other.folded_.data();
        folded_ = std::move(other.folded_);
        spans_ = std::move(other.spans_);
        texts_ = std::move(other.texts_);
        rebase(old_data);
        other.texts_.clear();
        other.spans_.clear();
    }
    return *this;
}

std::vector<std::string> word_texts(std::string_view utf8) {
    std::vector<std::string> out;
    out.reserve(utf8.size() / 7);
    std::string word;
    scan_words(utf8, [&](std::size_t begin, std::size_t end, bool ascii) {
        word.clear();
        append_lower(utf8.substr(begin, end - begin), ascii, word);
        if (!word.empty()) out.push_back(word);
    });
    return out;
}

std::string phrase_key(std::string_view utf8) {
    std::string key;
    scan_words(utf8, [&](std::size_t begin, std::size_t end, bool ascii) {
        const std::size_t at = key.size();
        if (!key.empty()) key += ' ';
        const std::size_t before = key.size();
        append_lower(utf8.substr(begin, end - begin), ascii, key);
        if (key.size() == before) key.resize(at);  // folded away: no word
    });
    return key;
}

}  // namespace arsip::text
