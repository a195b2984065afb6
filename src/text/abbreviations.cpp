#include "text/abbreviations.h"

#include <algorithm>
#include <set>

#include "text/words.h"

namespace arsip::text {
namespace {

// Words that may stand in a name without giving the abbreviation a letter.
bool is_joining_word(std::string_view w) {
    static constexpr std::string_view kWords[] = {"dan", "serta", "atau", "untuk", "dari",
                                                  "di",  "ke",    "pada", "yang",  "of",
                                                  "and", "the",   "for",  "&"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Letters and digits of a folded word (apostrophes and separators dropped).
std::string letters_of(std::string_view word) {
    std::string out;
    for (char c : word) {
        if (c != '\'' && c != '&' && c != '.' && c != ',') out += c;
    }
    return out;
}

// Can letters[pos..] be made of non-empty prefixes of names[idx..], in order, each content word
// contributing, joining words contributing or not?
bool align(const std::string& letters, std::size_t pos, const std::vector<std::string>& names,
           std::size_t idx) {
    if (idx == names.size()) return pos == letters.size();
    const std::string& word = names[idx];
    if (is_joining_word(word) && align(letters, pos, names, idx + 1)) return true;
    std::size_t common = 0;
    while (common < word.size() && pos + common < letters.size() &&
           word[common] == letters[pos + common])
        ++common;
    for (std::size_t take = common; take >= 1; --take) {
        if (align(letters, pos + take, names, idx + 1)) return true;
    }
    return false;
}

// The rule of plausible_abbreviation on word lists.
bool plausible(const std::vector<std::string>& abbreviation_words,
               const std::vector<std::string>& name_words) {
    std::size_t a = 0;
    std::size_t n = 0;
    // Leading words both share ("PT" in "PT Peruri" / "PT Percetakan Uang Republik Indonesia").
    while (a + 1 < abbreviation_words.size() && n + 1 < name_words.size() &&
           abbreviation_words[a] == name_words[n]) {
        ++a;
        ++n;
    }
    std::string letters;
    for (std::size_t k = a; k < abbreviation_words.size(); ++k)
        letters += letters_of(abbreviation_words[k]);
    std::vector<std::string> names;
    for (std::size_t k = n; k < name_words.size(); ++k) names.push_back(letters_of(name_words[k]));
    std::size_t content_words = 0;
    for (const auto& w : names) content_words += is_joining_word(w) ? 0 : 1;
    if (letters.size() < 2 || content_words < 2 || names.empty() ||
        is_joining_word(names.front()) || is_joining_word(names.back())) {
        return false;
    }
    return align(letters, 0, names, 0);
}

std::vector<std::string> texts(const std::vector<Word>& words) {
    std::vector<std::string> out;
    for (const auto& w : words) out.push_back(w.text);
    return out;
}

// Looks like an abbreviation as written: 1-3 words, a capital letter, no word longer than 15.
bool abbreviation_shape(std::string_view s, const LearnOptions& options) {
    if (s.empty() || s.size() > options.max_abbreviation_bytes) return false;
    bool capital = false;
    std::size_t words = 1;
    for (char c : s) {
        if (c >= 'A' && c <= 'Z') capital = true;
        if (c == ' ') ++words;
        if (c == '(' || c == ')' || c == ',' || c == ';' || c == '/' || c == ':') return false;
    }
    return capital && words <= 3 && s.front() >= 'A' && s.front() <= 'Z';
}

// Where the sentence containing position `end` starts (after . ! ? ; : a bracket, a quote or
// a line break).
std::size_t clause_start(std::string_view text, std::size_t end) {
    std::size_t k = end;
    while (k > 0) {
        const char c = text[k - 1];
        if (c == '\n' || c == '!' || c == '?' || c == ';' || c == ':' || c == '(' || c == ')' ||
            c == '"')
            break;
        // A full stop ends a sentence unless it is inside a number or an abbreviation like "S.H.".
        if (c == '.' && k < text.size() && text[k] == ' ') break;
        // Typographic quotes “ ” (E2 80 9C / 9D).
        if (k >= 3 && static_cast<unsigned char>(text[k - 3]) == 0xE2 &&
            static_cast<unsigned char>(text[k - 2]) == 0x80 &&
            (static_cast<unsigned char>(c) == 0x9C || static_cast<unsigned char>(c) == 0x9D)) {
            break;
        }
        --k;
    }
    return k;
}

}  // namespace

bool plausible_abbreviation(std::string_view abbreviation, std::string_view full_name) {
    return plausible(word_texts(abbreviation), word_texts(full_name));
}

std::vector<AbbreviationPair> learn_document_abbreviations(std::string_view text,
                                                           const LearnOptions& options) {
    std::vector<AbbreviationPair> pairs;
    std::set<std::pair<std::string, std::string>> seen;
    auto add = [&](std::string abbreviation, std::string name, std::size_t offset) {
        if (seen.emplace(phrase_key(abbreviation), phrase_key(name)).second) {
            pairs.push_back({std::move(abbreviation), std::move(name), offset});
        }
    };
    std::size_t open = text.find('(');
    while (open != std::string_view::npos) {
        const std::size_t close = text.find_first_of("()\n", open + 1);
        if (close == std::string_view::npos) break;
        if (text[close] != ')') {
            open = text.find('(', close);
            continue;
        }
        const std::string_view inside = text.substr(open + 1, close - open - 1);
        const std::size_t start = clause_start(text, open);
        const std::string_view before = text.substr(start, open - start);
        const std::vector<Word> before_words = split_words(before);
        const std::vector<Word> inside_words = split_words(inside);
        bool found = false;
        if (abbreviation_shape(inside, options) && !inside_words.empty() && !before_words.empty()) {
            // "Full Name (ABBR)": the shortest run of words before the bracket that explains it.
            const std::vector<std::string> abbreviation = texts(inside_words);
            const std::size_t n = before_words.size();
            const std::size_t longest = std::min(n, options.max_name_words);
            for (std::size_t length = 2; length <= longest; ++length) {
                const std::vector<Word> name(
                    before_words.end() - static_cast<std::ptrdiff_t>(length), before_words.end());
                if (!plausible(abbreviation, texts(name))) continue;
                add(std::string(
                        inside.substr(inside_words.front().begin,
                                      inside_words.back().end - inside_words.front().begin)),
                    std::string(
                        before.substr(name.front().begin, name.back().end - name.front().begin)),
                    open + 1 + inside_words.front().begin);
                found = true;
                break;
            }
        }
        if (!found && inside_words.size() >= 2 && inside_words.size() <= options.max_name_words &&
            !before_words.empty()) {
            // "ABBR (Full Name)": the word (or "PT word") just before the bracket.
            for (std::size_t take = 1; take <= std::min<std::size_t>(2, before_words.size());
                 ++take) {
                const Word& first = before_words[before_words.size() - take];
                const std::string_view candidate =
                    before.substr(first.begin, before_words.back().end - first.begin);
                if (!abbreviation_shape(candidate, options)) continue;
                const std::vector<Word> abbreviation(
                    before_words.end() - static_cast<std::ptrdiff_t>(take), before_words.end());
                if (!plausible(texts(abbreviation), texts(inside_words))) continue;
                add(std::string(candidate),
                    std::string(
                        inside.substr(inside_words.front().begin,
                                      inside_words.back().end - inside_words.front().begin)),
                    start + first.begin);
                break;
            }
        }
        open = text.find('(', close);
    }
    return pairs;
}

SynonymTable document_synonyms(const std::vector<AbbreviationPair>& pairs,
                               const SynonymTable& shared) {
    SynonymTable table;
    for (const auto& pair : pairs) {
        if (table.find(pair.abbreviation) || table.find(pair.full_name)) continue;
        const SynonymGroup* by_name = shared.find(pair.full_name);
        const SynonymGroup* by_abbreviation = shared.find(pair.abbreviation);
        if (by_name && by_abbreviation && by_name != by_abbreviation)
            continue;  // two concepts: leave them be
        const SynonymGroup* known = by_name ? by_name : by_abbreviation;
        if (!known) {
            // Both sides made entirely of shared forms ("Pemerintah Provinsi Jawa Timur (Pemprov
            // Jatim)"): the shared table already links them word by word, and a longer local
            // form would hide those concepts.
            auto covered = [&](const std::string& s) {
                const std::vector<std::string> words = word_texts(s);
                std::size_t n = 0;
                for (const auto& m : shared.match(words)) n += m.count;
                for (const auto& w : words) n += is_joining_word(w) ? 1 : 0;
                return n >= words.size();
            };
            if (covered(pair.abbreviation) && covered(pair.full_name)) continue;
        }
        const std::string canonical = known ? known->canonical : pair.full_name;
        const std::string kind = known ? known->kind : "institution";
        try {
            table.add_group(kind, canonical, {pair.full_name, pair.abbreviation});
        } catch (const std::exception&) {
            // A clash with an earlier pair of the same document: keep the first.
        }
    }
    return table;
}

}  // namespace arsip::text
