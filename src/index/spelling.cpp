#include "index/spelling.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cctype>
#include <vector>

namespace arsip::index {
namespace {

bool is_word_byte(unsigned char c) { return std::isalpha(c) || c >= 0x80 || c == '\''; }

std::string lower(std::string_view word) {
    std::string out;
    icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())))
        .toLower(icu::Locale("id"))
        .toUTF8String(out);
    return out;
}

bool is_operator(std::string_view word) {
    return word == "AND" || word == "OR" || word == "NOT" || word == "NEAR" || word == "ADJ" || word == "XOR";
}

// How often `word` was added to the spelling table (0 when it was not).
Xapian::doccount spelling_frequency(const Xapian::Database& db, const std::string& word) {
    Xapian::TermIterator it = db.spellings_begin();
    it.skip_to(word);
    if (it == db.spellings_end() || *it != word) return 0;
    return it.get_termfreq();
}

// Every string one edit (delete, transpose, replace, insert of a-z) away from an ASCII word.
std::vector<std::string> one_edit_away(const std::string& word) {
    static constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyz";
    std::vector<std::string> out;
    out.reserve(word.size() * 54 + 26);
    for (std::size_t i = 0; i < word.size(); ++i) {
        out.push_back(word.substr(0, i) + word.substr(i + 1));
        if (i + 1 < word.size()) {
            std::string t = word;
            std::swap(t[i], t[i + 1]);
            out.push_back(std::move(t));
        }
        for (char c : kLetters) {
            if (c == word[i]) continue;
            std::string r = word;
            r[i] = c;
            out.push_back(std::move(r));
        }
    }
    for (std::size_t i = 0; i <= word.size(); ++i) {
        for (char c : kLetters) out.push_back(word.substr(0, i) + c + word.substr(i));
    }
    return out;
}

bool is_ascii_lower(const std::string& word) {
    for (char c : word) {
        if (c < 'a' || c > 'z') return false;
    }
    return true;
}

std::string correct_word(const Xapian::Database& db, const std::string& word, const KnownWord& is_known_word,
                         const SpellingOptions& options) {
    if (word.size() < options.min_word_length) return {};
    const Xapian::doccount frequency = spelling_frequency(db, word);
    if (frequency == 0 && is_known_word(word)) return {};  // a known word the archive lacks
    if (frequency == 0) {
        const std::string suggestion = db.get_spelling_suggestion(word);
        return suggestion == word ? std::string() : suggestion;
    }
    if (frequency > options.max_rare_frequency || !is_ascii_lower(word) || is_known_word(word)) return {};
    std::string best;
    Xapian::doccount best_frequency = frequency * options.min_ratio - 1;
    for (const std::string& candidate : one_edit_away(word)) {
        const Xapian::doccount f = spelling_frequency(db, candidate);
        if (f > best_frequency) {
            best = candidate;
            best_frequency = f;
        }
    }
    return best;
}

}  // namespace

std::string suggest_query(const Xapian::Database& db, std::string_view query, const KnownWord& is_known_word,
                          const SpellingOptions& options) {
    std::string out;
    bool changed = false;
    std::size_t i = 0;
    while (i < query.size()) {
        // A quoted field value (pejabat:"rudy mas'ud") is a filter value, never corrected.
        if (query[i] == ':' && i + 1 < query.size() && query[i + 1] == '"') {
            const std::size_t close = query.find('"', i + 2);
            const std::size_t end = close == std::string_view::npos ? query.size() : close + 1;
            out += query.substr(i, end - i);
            i = end;
            continue;
        }
        if (!is_word_byte(static_cast<unsigned char>(query[i]))) {
            out += query[i++];
            continue;
        }
        std::size_t end = i;
        while (end < query.size() && is_word_byte(static_cast<unsigned char>(query[end]))) ++end;
        const std::string_view word = query.substr(i, end - i);
        const bool field_name = end < query.size() && query[end] == ':';
        const bool field_value = i > 0 && query[i - 1] == ':';
        std::string correction;
        if (!field_name && !field_value && !is_operator(word)) {
            correction = correct_word(db, lower(word), is_known_word, options);
        }
        if (!correction.empty()) {
            out += correction;
            changed = true;
        } else {
            out += word;
        }
        i = end;
    }
    return changed ? out : std::string();
}

}  // namespace arsip::index
