// Groups of equivalent forms: shorthands and full names ("Kaltim" = "Kalimantan Timur",
// "Pemprov" = "Pemerintah Provinsi", "MoU" = "Nota Kesepahaman"), spelling variants
// ("kerjasama" = "kerja sama"), and a matcher that finds them in a word sequence.
//
// How the index layer uses it: at index time every match in a document adds a concept term for
// its group (SynonymGroup::key), so a search for any form finds all forms; at query time the
// query's words are matched the same way and each match becomes "original words OR concept
// term". Both sides get their words from split_words() (words.h), so matching is
// case-insensitive, diacritic-insensitive and apostrophe-insensitive.
//
// Data file format (data/synonyms/abbreviations.tsv): UTF-8, one group per line,
//   kind <TAB> canonical form <TAB> other form [<TAB> other form ...]
// Lines that are empty or start with '#' are ignored. `kind` is one of kKinds. A form written
// with a leading '~' is ambiguous ("~PKS" is also Partai Keadilan Sejahtera, "~KB" also Keluarga
// Berencana): the matcher reports it with `ambiguous` set, and the index layer should expand it
// in queries but not add the concept term to a document for it (unless the document itself
// defines it, see abbreviations.h). A form may belong to one group only.
//
// A table is immutable once built and is shared by reference; copying is allowed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace arsip::text {

// The group kinds a data file may use.
inline constexpr std::string_view kKinds[] = {"province",   "regency",     "city",    "place",
                                              "government", "institution", "company", "agreement",
                                              "term",       "spelling"};

struct SynonymForm {
    std::string text;        // as written in the data ("Kalimantan Timur")
    std::string key;         // its words, folded, joined by spaces ("kalimantan timur")
    bool ambiguous = false;  // written with a leading '~'
};

struct SynonymGroup {
    std::size_t id = 0;     // position in its table
    std::string key;        // concept key: canonical's words joined by '_' ("kalimantan_timur")
    std::string canonical;  // the full name ("Kalimantan Timur")
    std::string kind;       // one of kKinds
    std::vector<SynonymForm> forms;  // canonical first
};

struct SynonymMatch {
    std::size_t first = 0;                // index of the first matched word
    std::size_t count = 0;                // number of words matched
    const SynonymGroup* group = nullptr;  // owned by the table that matched
    bool ambiguous = false;               // matched through an ambiguous form
    bool nested = false;                  // a spelling variant inside a longer match
};

struct MatchOptions {
    // Also report spelling-variant groups (kind "spelling") found inside a longer match
    // ("kerjasama" inside "perjanjian kerjasama"). Useful at index time, so the document gets
    // both concept terms; at query time the outer match already covers the inner one.
    bool nested_spelling = false;
};

class SynonymTable {
public:
    // Reads a data file; throws InputError("file:line: reason") for a malformed line, an unknown
    // kind, a form without words, or a form that is already in another group.
    static SynonymTable load(const std::filesystem::path& path);
    // The same from text in memory; `source_name` names it in errors.
    static SynonymTable parse(std::string_view text, const std::string& source_name);

    // Adds a group. Forms may start with '~' (ambiguous). Throws arsip::Error when `kind` is
    // unknown, a form has no words, or a form is in another group already. Forms repeated in
    // the same group are kept once. Returns the new group.
    const SynonymGroup& add_group(std::string_view kind, std::string_view canonical,
                                  const std::vector<std::string>& other_forms);

    // The group with this form (any spelling or case: "KALTIM", "kalimantan  timur"), or nullptr.
    const SynonymGroup* find(std::string_view form) const;
    // The group whose concept key is `key`, or nullptr.
    const SynonymGroup* find_key(std::string_view key) const;
    // Whether `lower_word` (one folded word) is a one-word form of some group ("kaltim").
    bool is_single_word_form(std::string_view lower_word) const;

    const std::deque<SynonymGroup>& groups() const { return groups_; }
    std::size_t size() const { return groups_.size(); }

    // The matches in `words` (folded words, e.g. from word_texts()), leftmost and longest first,
    // not overlapping (except nested spelling matches when asked), in word order.
    std::vector<SynonymMatch> match(const std::vector<std::string>& words,
                                    const MatchOptions& options = {}) const;

private:
    friend std::vector<SynonymMatch> match_synonyms(std::span<const std::string_view>,
                                                    std::span<const SynonymTable* const>,
                                                    const MatchOptions&);
    struct Entry {
        std::vector<std::string> words;
        std::size_t group = 0;
        bool ambiguous = false;
        bool spelling = false;  // the group's kind is "spelling"
    };
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept {
            return std::hash<std::string_view>{}(s);
        }
    };
    template <class Value>
    using Map = std::unordered_map<std::string, Value, Hash, std::equal_to<>>;

    // A cheap filter on a word's first two and last bytes and its length: false means no form
    // starts with this word, so most words of a text cost no hash lookup. The filter has about
    // 128 bits per first word (a power of two, 512 to 65,536), so that a document's small table of
    // learned abbreviations stays small.
    static std::size_t filter_hash(std::string_view word) {
        if (word.empty()) return 0;
        const auto byte = [&](std::size_t i) {
            return static_cast<std::size_t>(static_cast<unsigned char>(word[i]));
        };
        return byte(0) * 0x9E37u + byte(word.size() > 1 ? 1 : 0) * 0x3B1u +
               byte(word.size() - 1) * 0x61u + word.size() * 0x2Fu;
    }
    // Whether a word with this filter_hash may start a form.
    bool may_start_form(std::size_t hash) const {
        if (first_words_.empty()) return false;
        const std::size_t slot = hash & (first_words_.size() * 64 - 1);
        return (first_words_[slot / 64] >> (slot % 64)) & 1u;
    }
    // Sets the filter bit of `word`, first growing the filter when it is too small.
    void add_first_word(std::string_view word);
    // The longest entry matching at `at` (restricted to spelling groups if asked), or nullptr.
    const Entry* longest_at(std::span<const std::string_view> words, std::size_t at,
                            bool spelling_only) const;

    std::deque<SynonymGroup> groups_;
    Map<std::size_t> by_form_;               // form key -> group id
    Map<std::size_t> by_key_;                // concept key -> group id
    Map<std::vector<Entry>> by_first_word_;  // longest first
    std::vector<std::uint64_t> first_words_;  // filter bits of by_first_word_'s keys (or empty)
};

// Matches against several tables at once (a shared table and a per-document table of learned
// abbreviations): at each position the longest match of any table wins; on equal length the
// later table wins (so a document's own definition of "KB" overrides the ambiguous shared one).
std::vector<SynonymMatch> match_synonyms(const std::vector<std::string>& words,
                                         std::span<const SynonymTable* const> tables,
                                         const MatchOptions& options = {});
// The same on views (FoldedWords::texts()): no copy of the words.
std::vector<SynonymMatch> match_synonyms(std::span<const std::string_view> words,
                                         std::span<const SynonymTable* const> tables,
                                         const MatchOptions& options = {});

}  // namespace arsip::text
