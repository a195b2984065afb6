#include "text/abbreviations.h"

#include <algorithm>
#include <set>
#include <span>

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

// The first byte letters_of(word) keeps, or '\0'.
char first_letter(std::string_view word) {
    for (char c : word) {
        if (c != '\'' && c != '&' && c != '.' && c != ',') return c;
    }
    return '\0';
}

// The rule of plausible_abbreviation on word lists.
bool plausible(std::span<const std::string_view> abbreviation_words,
               std::span<const std::string_view> name_words) {
    std::size_t a = 0;
    std::size_t n = 0;
    // Leading words both share ("PT" in "PT Peruri" / "PT Percetakan Uang Republik Indonesia").
    while (a + 1 < abbreviation_words.size() && n + 1 < name_words.size() &&
           abbreviation_words[a] == name_words[n]) {
        ++a;
        ++n;
    }
    // Cheap test first: the abbreviation's first letter must open the name's first word (which
    // must be a content word, or the rule fails below anyway).
    if (a < abbreviation_words.size() && n < name_words.size()) {
        const char first = first_letter(abbreviation_words[a]);
        if (first != '\0' && first != first_letter(name_words[n])) return false;
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
    const FoldedWords abbreviation_words(abbreviation);
    const FoldedWords name_words(full_name);
    return plausible(abbreviation_words.texts(), name_words.texts());
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
    FoldedWords inside_words;  // buffers reused from bracket to bracket
    FoldedWords before_words;
    std::size_t open = text.find('(');
    while (open != std::string_view::npos) {
        const std::size_t close = text.find_first_of("()\n", open + 1);
        if (close == std::string_view::npos) break;
        if (text[close] != ')') {
            open = text.find('(', close);
            continue;
        }
        const std::string_view inside = text.substr(open + 1, close - open - 1);
        inside_words.assign(inside);
        const bool abbreviation_inside = abbreviation_shape(inside, options) && !inside_words.empty();
        const bool name_inside =
            inside_words.size() >= 2 && inside_words.size() <= options.max_name_words;
        if (!abbreviation_inside && !name_inside) {  // "(20/5)", "(foto)": neither form
            open = text.find('(', close);
            continue;
        }
        const std::size_t start = clause_start(text, open);
        const std::string_view before = text.substr(start, open - start);
        before_words.assign(before);
        const std::span<const std::string_view> before_texts = before_words.texts();
        const std::size_t n = before_words.size();
        // The words inside as written, from the first to the last.
        const auto inside_span = [&] {
            const std::size_t last = inside_words.size() - 1;
            return std::string(inside.substr(inside_words.begin(0),
                                             inside_words.end(last) - inside_words.begin(0)));
        };
        bool found = false;
        if (abbreviation_inside && n > 0) {
            // "Full Name (ABBR)": the shortest run of words before the bracket that explains it.
            const std::size_t longest = std::min(n, options.max_name_words);
            for (std::size_t length = 2; length <= longest; ++length) {
                if (!plausible(inside_words.texts(), before_texts.last(length))) continue;
                const std::size_t name_begin = before_words.begin(n - length);
                add(inside_span(),
                    std::string(before.substr(name_begin, before_words.end(n - 1) - name_begin)),
                    open + 1 + inside_words.begin(0));
                found = true;
                break;
            }
        }
        if (!found && name_inside && n > 0) {
            // "ABBR (Full Name)": the word (or "PT word") just before the bracket.
            for (std::size_t take = 1; take <= std::min<std::size_t>(2, n); ++take) {
                const std::size_t first = before_words.begin(n - take);
                const std::string_view candidate =
                    before.substr(first, before_words.end(n - 1) - first);
                if (!abbreviation_shape(candidate, options)) continue;
                if (!plausible(before_texts.last(take), inside_words.texts())) continue;
                add(std::string(candidate), inside_span(), start + first);
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
                const FoldedWords words(s);
                const SynonymTable* tables[] = {&shared};
                std::size_t n = 0;
                for (const auto& m : match_synonyms(words.texts(), tables)) n += m.count;
                for (const auto w : words.texts()) n += is_joining_word(w) ? 1 : 0;
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
