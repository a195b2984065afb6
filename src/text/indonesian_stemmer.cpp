#include "text/indonesian_stemmer.h"

#include <algorithm>

#include <array>
#include <string>
#include <utility>

namespace arsip::text {

namespace {

// Roots found by stripping must have at least this many letters (a two-letter "root" left by
// stripping is nearly always a wrong cut: "bertamu" is not ber- + ta + -mu).
constexpr std::size_t kMinRootLength = 3;
constexpr int kMaxPrefixes = 3;

bool is_vowel(char c) {
    return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o';
}
bool is_letter(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_consonant(char c) {
    return is_letter(c) && !is_vowel(c);
}
bool is_one_of(char c, std::string_view set) {
    return c != '\0' && set.find(c) != set.npos;
}

// The letter at `i`, or '\0' past the end.
char at(std::string_view w, std::size_t i) {
    return i < w.size() ? w[i] : '\0';
}

enum class Prefix : unsigned char { none, di, ke, se, me, pe, be, te, ku, kau, infix };

unsigned bit(Prefix p) {
    return 1u << static_cast<unsigned>(p);
}

// The readings of one prefix at the start of a word: what is left after taking it off, with
// the recoded first letter where the prefix swallowed one (menulis → tulis).
struct PrefixReadings {
    Prefix kind = Prefix::none;
    std::array<std::string, 4> results;
    std::size_t count = 0;

    void add(std::string_view head, std::string_view rest) {
        std::string& r = results[count++];
        r.reserve(head.size() + rest.size());
        r.assign(head);
        r.append(rest);
    }
};

void read_me(std::string_view w, PrefixReadings& out) {
    const char c2 = at(w, 2), c3 = at(w, 3), c4 = at(w, 4);
    if (is_one_of(c2, "lrwy") && is_vowel(c3)) return out.add("", w.substr(2));
    if (c2 == 'm') {
        if (is_one_of(c3, "bfv")) return out.add("", w.substr(3));
        if (c3 == 'p') return out.add("", w.substr(3));  // mempe-, mempC, mempV
        if (is_vowel(c3) || (c3 == 'r' && is_vowel(c4))) {
            out.add("m", w.substr(3));
            return out.add("p", w.substr(3));
        }
        return;
    }
    if (c2 != 'n') return;
    if (is_one_of(c3, "cdjstz")) return out.add("", w.substr(3));
    if (is_vowel(c3)) {
        out.add("n", w.substr(3));
        return out.add("t", w.substr(3));
    }
    if (c3 == 'g') {
        if (is_one_of(c4, "ghqk")) return out.add("", w.substr(4));
        if (is_vowel(c4)) {
            out.add("", w.substr(4));
            out.add("k", w.substr(4));
            if (c4 == 'e') out.add("", w.substr(5));  // menge- before one-syllable roots
            return out.add("ng", w.substr(4));
        }
        return;
    }
    if (c3 == 'y' && is_vowel(c4)) {
        out.add("ny", w.substr(4));
        return out.add("s", w.substr(4));
    }
}

void read_pe(std::string_view w, PrefixReadings& out) {
    const char c2 = at(w, 2), c3 = at(w, 3), c4 = at(w, 4);
    if (is_one_of(c2, "wy") && is_vowel(c3)) return out.add("", w.substr(2));
    if (c2 == 'r') {
        if (is_vowel(c3)) {
            out.add("", w.substr(3));
            return out.add("r", w.substr(3));
        }
        if (is_consonant(c3) && c3 != 'r') return out.add("", w.substr(3));
        return;
    }
    if (c2 == 'm') {
        if (is_one_of(c3, "bfv")) return out.add("", w.substr(3));
        if (is_vowel(c3) || (c3 == 'r' && is_vowel(c4))) {
            out.add("m", w.substr(3));
            return out.add("p", w.substr(3));
        }
        return;
    }
    if (c2 == 'n') {
        if (is_one_of(c3, "cdjstz")) return out.add("", w.substr(3));
        if (is_vowel(c3)) {
            out.add("n", w.substr(3));
            return out.add("t", w.substr(3));
        }
        if (c3 == 'g') {
            if (is_consonant(c4)) return out.add("", w.substr(4));
            if (is_vowel(c4)) {
                out.add("", w.substr(4));
                out.add("k", w.substr(4));
                if (c4 == 'e') out.add("", w.substr(5));
            }
            return;
        }
        if (c3 == 'y' && is_vowel(c4)) {
            out.add("ny", w.substr(4));
            return out.add("s", w.substr(4));
        }
        return;
    }
    if (c2 == 'l' && is_vowel(c3)) {
        if (w == "pelajar") return out.add("", "ajar");
        return out.add("", w.substr(2));
    }
    if (is_consonant(c2) && !is_one_of(c2, "rwylmn")) return out.add("", w.substr(2));
}

void read_be(std::string_view w, PrefixReadings& out) {
    const char c2 = at(w, 2), c3 = at(w, 3), c4 = at(w, 4), c5 = at(w, 5);
    if (c2 == 'r') {
        if (is_vowel(c3)) {
            out.add("", w.substr(3));
            return out.add("r", w.substr(3));
        }
        if (is_consonant(c3) && c3 != 'r') return out.add("", w.substr(3));
        return;
    }
    if (w == "belajar") return out.add("", "ajar");
    if (is_consonant(c2) && c2 != 'l' && c3 == 'e' && c4 == 'r' && is_consonant(c5)) {
        return out.add("", w.substr(2));
    }
}

void read_te(std::string_view w, PrefixReadings& out) {
    const char c2 = at(w, 2), c3 = at(w, 3), c4 = at(w, 4), c5 = at(w, 5);
    if (c2 == 'r') {
        if (is_vowel(c3)) {
            out.add("", w.substr(3));
            return out.add("r", w.substr(3));
        }
        if (is_consonant(c3) && c3 != 'r') return out.add("", w.substr(3));
        return;
    }
    if (is_consonant(c2) && c3 == 'e' && c4 == 'r' && is_consonant(c5)) {
        return out.add("", w.substr(2));
    }
}

// Every prefix reading of `w`, in the order the rules are tried.
void read_prefix(std::string_view w, bool allow_infix, PrefixReadings& out) {
    out.count = 0;
    if (w.size() < 4) return;
    const char c0 = w[0], c1 = w[1];
    if (c0 == 'd' && c1 == 'i') {
        out.kind = Prefix::di;
        return out.add("", w.substr(2));
    }
    if (c0 == 'k' && c1 == 'e') {
        out.kind = Prefix::ke;
        return out.add("", w.substr(2));
    }
    if (c0 == 's' && c1 == 'e') {
        out.kind = Prefix::se;
        return out.add("", w.substr(2));
    }
    if (c1 == 'e') {
        switch (c0) {
            case 'm':
                out.kind = Prefix::me;
                read_me(w, out);
                break;
            case 'p':
                out.kind = Prefix::pe;
                read_pe(w, out);
                break;
            case 'b':
                out.kind = Prefix::be;
                read_be(w, out);
                break;
            case 't':
                out.kind = Prefix::te;
                read_te(w, out);
                break;
            default:
                break;
        }
        if (out.count > 0) return;
    }
    if (allow_infix && is_consonant(c0) && is_vowel(at(w, 3)) &&
        ((c1 == 'e' && is_one_of(at(w, 2), "rlm")) || (c1 == 'i' && at(w, 2) == 'n'))) {
        out.kind = Prefix::infix;
        return out.add(w.substr(0, 1), w.substr(3));
    }
    if (c0 == 'k' && c1 == 'a' && at(w, 2) == 'u') {
        out.kind = Prefix::kau;
        return out.add("", w.substr(3));
    }
    if (c0 == 'k' && c1 == 'u') {
        out.kind = Prefix::ku;
        return out.add("", w.substr(2));
    }
}

bool ends_with(std::string_view w, std::string_view s) {
    return w.size() > s.size() && w.substr(w.size() - s.size()) == s;
}

// Strips one suffix of `set` (with any hyphens before it); returns what is left.
std::string_view strip_any(std::string_view w, std::initializer_list<std::string_view> set) {
    for (const auto s : set) {
        if (ends_with(w, s)) {
            w.remove_suffix(s.size());
            while (!w.empty() && w.back() == '-') w.remove_suffix(1);
            return w;
        }
    }
    return w;
}

std::string_view strip_particle(std::string_view w) {
    return strip_any(w, {"lah", "kah", "tah", "pun"});
}
std::string_view strip_possessive(std::string_view w) {
    return strip_any(w, {"nya", "ku", "mu"});
}

// The derivational suffix of `w` ("kan" before "an", as in Sastrawi), or empty.
std::string_view derivational_suffix(std::string_view w) {
    for (const std::string_view s : {"kan", "an", "i"}) {
        if (ends_with(w, s)) return s;
    }
    return {};
}

// Affix pairs that do not occur together (ECS): be-…-i, di-…-an, ke-…-i, ke-…-kan, me-…-an,
// se-…-i, se-…-kan, te-…-an; and pe(r)-…-kan (pe- nouns take -an: pemasukan is pe- masuk -an,
// not pe- masu -kan).
bool confix_allowed(Prefix first, std::string_view suffix) {
    if (suffix.empty()) return true;
    switch (first) {
        case Prefix::be:
            return suffix != "i";
        case Prefix::di:
            return suffix != "an";
        case Prefix::ke:
            return suffix != "i" && suffix != "kan";
        case Prefix::me:
            return suffix != "an";
        case Prefix::se:
            return suffix != "i" && suffix != "kan";
        case Prefix::te:
            return suffix != "an";
        case Prefix::pe:
            return suffix != "kan";
        default:
            return true;
    }
}

// Words where prefixes are tried before suffixes (Sastrawi's precedence adjustment):
// be…lah, be…an, me…i, di…i, pe…i, ter…i.
bool prefix_first(std::string_view w) {
    if (w.size() < 5) return false;
    const auto head = w.substr(0, 2);
    if (head == "be") return ends_with(w, "lah") || ends_with(w, "an");
    if (head == "me" || head == "di" || head == "pe") return w.back() == 'i';
    return w.substr(0, 3) == "ter" && w.back() == 'i';
}

// One search for the root of a word without hyphens.
class RootSearch {
public:
    explicit RootSearch(const RootDictionary& dict) : dict_(dict) {}

    std::optional<std::string> find(std::string_view word) const {
        if (dict_.contains(word)) return std::string(word);
        if (prefix_first(word)) {
            if (auto r = prefixes(word, {}, true, 0, 0, Prefix::none)) return r;
        }
        const auto particle_less = strip_particle(word);
        if (particle_less.size() < word.size() && accept(particle_less)) {
            return std::string(particle_less);
        }
        const auto possessive_less = strip_possessive(particle_less);
        if (possessive_less.size() < particle_less.size() && accept(possessive_less)) {
            return std::string(possessive_less);
        }
        const auto suffix = derivational_suffix(possessive_less);
        const auto bare = possessive_less.substr(0, possessive_less.size() - suffix.size());
        if (!suffix.empty() && accept(bare, Prefix::none, suffix)) return std::string(bare);
        if (auto r = prefixes(bare, suffix, false, 0, 0, Prefix::none)) return r;

        // Put the suffixes back one at a time and retry the prefixes (ECS "loop pengembalian
        // akhiran"); -kan may be a root ending in k plus -an (kebijakan = ke- bijak -an).
        if (suffix == "kan") {
            std::string with_k(bare);
            with_k += 'k';
            if (auto r = prefixes(with_k, "an", false, 0, 0, Prefix::none)) return r;
            if (accept(with_k, Prefix::none, "an")) return with_k;
        }
        if (!suffix.empty()) {
            if (auto r = prefixes(possessive_less, {}, false, 0, 0, Prefix::none)) return r;
        }
        if (possessive_less.size() < particle_less.size()) {
            if (auto r = prefixes(particle_less, {}, false, 0, 0, Prefix::none)) return r;
        }
        if (particle_less.size() < word.size()) {
            if (auto r = prefixes(word, {}, false, 0, 0, Prefix::none)) return r;
        }

        // Loan suffixes last: -isasi, -isme, -is (finalisasi, idealisme, idealis).
        for (const std::string_view loan : {"isasi", "isme", "is"}) {
            if (!ends_with(possessive_less, loan)) continue;
            const auto stem = possessive_less.substr(0, possessive_less.size() - loan.size());
            if (accept(stem)) return std::string(stem);
            if (auto r = prefixes(stem, {}, false, 0, 0, Prefix::none)) return r;
            break;
        }
        return std::nullopt;
    }

private:
    bool accept(std::string_view root, Prefix first = Prefix::none,
                std::string_view suffix = {}) const {
        return root.size() >= kMinRootLength && dict_.contains(root) &&
               confix_allowed(first, suffix);
    }

    // Takes suffixes off a word whose prefixes are already off (prefix-first words).
    std::optional<std::string> suffixes_after_prefix(std::string_view w, Prefix first) const {
        const auto a = strip_particle(w);
        if (a.size() < w.size() && accept(a, first)) return std::string(a);
        const auto b = strip_possessive(a);
        if (b.size() < a.size() && accept(b, first)) return std::string(b);
        const auto suffix = derivational_suffix(b);
        const auto c = b.substr(0, b.size() - suffix.size());
        if (!suffix.empty() && accept(c, first, suffix)) return std::string(c);
        return std::nullopt;
    }

    // Up to three prefixes off `word`, depth first over the readings of each prefix; the
    // dictionary is checked after every step. `suffix` is the derivational suffix already
    // taken off (for the confix check against the outermost prefix).
    std::optional<std::string> prefixes(std::string_view word, std::string_view suffix,
                                        bool then_suffixes, int depth, unsigned used,
                                        Prefix first) const {
        if (depth >= kMaxPrefixes) return std::nullopt;
        PrefixReadings readings;
        read_prefix(word, depth == 0, readings);
        if (readings.count == 0 || (used & bit(readings.kind)) != 0) return std::nullopt;
        const Prefix outer = first == Prefix::none ? readings.kind : first;
        // The first reading in the dictionary wins (measured: preferring the longest, berupa →
        // rupa rather than upa, loses more than it gains: berada → rada, mengubah → kubah).
        for (std::size_t i = 0; i < readings.count; ++i) {
            if (accept(readings.results[i], outer, suffix)) return readings.results[i];
        }
        if (then_suffixes) {
            for (std::size_t i = 0; i < readings.count; ++i) {
                if (auto r = suffixes_after_prefix(readings.results[i], outer)) return r;
            }
        }
        for (std::size_t i = 0; i < readings.count; ++i) {
            if (auto r = prefixes(readings.results[i], suffix, then_suffixes, depth + 1,
                                  used | bit(readings.kind), outer)) {
                return r;
            }
        }
        return std::nullopt;
    }

    const RootDictionary& dict_;
};

bool is_clitic(std::string_view w) {
    for (const std::string_view c : {"lah", "kah", "tah", "pun", "nya", "ku", "mu"}) {
        if (w == c) return true;
    }
    return false;
}

bool plain_word(std::string_view w) {
    for (const char c : w) {
        if (!is_letter(c) && c != '-') return false;
    }
    return true;
}

}  // namespace

IndonesianStemmer::IndonesianStemmer(std::shared_ptr<const RootDictionary> dictionary,
                                     StemmerOptions options)
    : dictionary_(std::move(dictionary)), options_(options), cache_(options_.cache_limit) {}

std::string IndonesianStemmer::stem(std::string_view word) {
    // Too short to carry an affix: returned as is, without touching the cache.
    if (word.size() < options_.min_length) return std::string(word);
    if (const auto cached = cache_.find(word)) return std::string(*cached);
    std::string result = stem_uncached(word);
    cache_.insert(word, result);
    return result;
}

namespace {

std::string single(const RootDictionary& dict, std::string_view w, const StemmerOptions& options) {
    if (w.size() < options.min_length) return std::string(w);
    if (auto root = RootSearch(dict).find(w)) return *std::move(root);
    if (options.fallback == StemFallback::strip_inflection) {
        const auto light = strip_possessive(strip_particle(w));
        if (light.size() >= kMinRootLength) return std::string(light);
    }
    return std::string(w);
}

}  // namespace

std::string IndonesianStemmer::stem_uncached(std::string_view word) const {
    const RootDictionary& dict = *dictionary_;
    if (word.size() < options_.min_length || !plain_word(word)) return std::string(word);
    if (word.front() == '-' || word.back() == '-') return std::string(word);
    const auto hyphen = word.rfind('-');
    if (hyphen == std::string_view::npos) return single(dict, word, options_);

    // Reduplication: both halves give one root (buku-buku, berlari-lari, meniru-nirukan).
    // A particle or possessive after the last hyphen goes with the second half
    // (malaikat-malaikat-nya).
    std::string_view first = word.substr(0, hyphen);
    std::string second(word.substr(hyphen + 1));
    if (is_clitic(second)) {
        const auto inner = first.rfind('-');
        if (inner == std::string_view::npos) return single(dict, word, options_);
        second = std::string(first.substr(inner + 1)) + second;
        first = first.substr(0, inner);
    }
    if (first.find('-') == std::string_view::npos) {
        const std::string root1 = single(dict, first, options_);
        std::string root2 = single(dict, second, options_);
        if (root2 == second && !dict.contains(second)) {
            root2 = single(dict, "me" + second, options_);  // meniru-nirukan → tiru
        }
        if (root1 == root2) return root1;
    }
    if (dict.contains(word)) return std::string(word);
    return std::string(word);
}

}  // namespace arsip::text
