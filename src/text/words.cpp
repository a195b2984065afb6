#include "text/words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/normaliser.h"

namespace arsip::text {
namespace {

bool ascii_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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

void append_lower(std::string_view word, std::string& out) {
    bool ascii = true;
    for (char c : word) {
        if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
    }
    if (ascii) {
        for (char c : word) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        return;
    }
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

}  // namespace

std::vector<Word> split_words(std::string_view utf8) {
    std::vector<Word> words;
    words.reserve(utf8.size() / 7);
    std::size_t i = 0;
    while (i < utf8.size()) {
        // Fast path: ASCII that is not a word character (spaces, punctuation).
        const unsigned char first = static_cast<unsigned char>(utf8[i]);
        if (first < 0x80 && !ascii_alnum(first)) {
            ++i;
            continue;
        }
        std::size_t start = i;
        UChar32 c = next_code_point(utf8, i);
        if (!is_word_char(c)) continue;
        std::size_t end = i;
        bool previous_digit = c < 0x80 && ascii_digit(static_cast<unsigned char>(c));
        while (i < utf8.size()) {
            // Fast path: an ASCII letter or digit continues the word.
            const unsigned char next = static_cast<unsigned char>(utf8[i]);
            if (next < 0x80 && ascii_alnum(next)) {
                previous_digit = ascii_digit(next);
                i = end = i + 1;
                continue;
            }
            std::size_t look = i;
            const UChar32 d = next_code_point(utf8, look);
            if (is_word_char(d)) {
                previous_digit = d < 0x80 && ascii_digit(static_cast<unsigned char>(d));
                i = end = look;
                continue;
            }
            // A joiner continues the word only between two word characters; '.' and ',' only
            // between two digits.
            const bool digit_joiner = (d == '.' || d == ',') && previous_digit;
            if (!is_joiner(d) && !digit_joiner) break;
            if (look >= utf8.size()) break;
            std::size_t after = look;
            const UChar32 e = next_code_point(utf8, after);
            if (!is_word_char(e)) break;
            if (digit_joiner && !(e < 0x80 && ascii_digit(static_cast<unsigned char>(e)))) break;
            i = look;
        }
        Word word;
        word.begin = start;
        word.end = end;
        append_lower(utf8.substr(start, end - start), word.text);
        if (!word.text.empty()) words.push_back(std::move(word));
        i = end;
    }
    return words;
}

std::vector<std::string> word_texts(std::string_view utf8) {
    std::vector<std::string> out;
    for (auto& w : split_words(utf8)) out.push_back(std::move(w.text));
    return out;
}

std::string phrase_key(std::string_view utf8) {
    std::string key;
    for (const auto& w : split_words(utf8)) {
        if (!key.empty()) key += ' ';
        key += w.text;
    }
    return key;
}

}  // namespace arsip::text
