#include "text/synonyms.h"

#include <algorithm>

#include "model/errors.h"
#include "text/data_file.h"
#include "text/words.h"

namespace arsip::text {
namespace {

bool known_kind(std::string_view kind) {
    return std::find(std::begin(kKinds), std::end(kKinds), kind) != std::end(kKinds);
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t from = 0;
    while (true) {
        const std::size_t tab = line.find('\t', from);
        fields.push_back(trim(line.substr(
            from, tab == std::string_view::npos ? std::string_view::npos : tab - from)));
        if (tab == std::string_view::npos) break;
        from = tab + 1;
    }
    return fields;
}

std::vector<std::string> split_key(const std::string& key) {
    std::vector<std::string> words;
    std::size_t from = 0;
    while (from <= key.size()) {
        const std::size_t space = key.find(' ', from);
        words.push_back(
            key.substr(from, space == std::string::npos ? std::string::npos : space - from));
        if (space == std::string::npos) break;
        from = space + 1;
    }
    return words;
}

bool entry_matches(const std::vector<std::string>& entry, std::span<const std::string_view> words,
                   std::size_t at) {
    if (at + entry.size() > words.size()) return false;
    for (std::size_t k = 0; k < entry.size(); ++k) {
        if (words[at + k] != entry[k]) return false;
    }
    return true;
}

}  // namespace

SynonymTable SynonymTable::parse(std::string_view text, const std::string& source_name) {
    SynonymTable table;
    for_each_line(text, [&](int line_number, std::string_view line) {
        if (trim(line).empty() || trim(line).front() == '#') return;
        const auto fields = split_tabs(line);
        if (fields.size() < 3) {
            throw InputError(
                source_name, line_number,
                "expected kind, canonical form and at least one other form, separated by tabs");
        }
        std::vector<std::string> others;
        for (std::size_t k = 2; k < fields.size(); ++k) {
            if (fields[k].empty())
                throw InputError(source_name, line_number,
                                 "empty form in column " + std::to_string(k + 1));
            others.emplace_back(fields[k]);
        }
        try {
            table.add_group(fields[0], fields[1], others);
        } catch (const InputError&) {
            throw;
        } catch (const Error& e) {
            throw InputError(source_name, line_number, e.what());
        }
    });
    return table;
}

SynonymTable SynonymTable::load(const std::filesystem::path& path) {
    return parse(read_data_file(path, "synonym file"), path.string());
}

const SynonymGroup& SynonymTable::add_group(std::string_view kind, std::string_view canonical,
                                            const std::vector<std::string>& other_forms) {
    if (!known_kind(kind)) throw Error("unknown kind \"" + std::string(kind) + "\"");
    SynonymGroup group;
    group.id = groups_.size();
    group.kind = std::string(kind);
    std::vector<std::string> all{std::string(canonical)};
    all.insert(all.end(), other_forms.begin(), other_forms.end());
    for (const auto& written : all) {
        SynonymForm form;
        std::string_view text = written;
        if (!text.empty() && text.front() == '~') {
            form.ambiguous = true;
            text.remove_prefix(1);
        }
        form.text = std::string(trim(text));
        form.key = phrase_key(form.text);
        if (form.key.empty()) throw Error("form \"" + written + "\" has no words");
        if (&written == &all.front()) {
            if (form.ambiguous)
                throw Error("the canonical form \"" + form.text + "\" cannot be ambiguous");
            group.canonical = form.text;
            group.key = form.key;
            std::replace(group.key.begin(), group.key.end(), ' ', '_');
        }
        const bool repeated = std::any_of(group.forms.begin(), group.forms.end(),
                                          [&](const SynonymForm& f) { return f.key == form.key; });
        if (repeated) continue;
        const auto other = by_form_.find(form.key);
        if (other != by_form_.end()) {
            throw Error("form \"" + form.text + "\" is already in the group \"" +
                        groups_[other->second].canonical + "\"");
        }
        group.forms.push_back(std::move(form));
    }
    if (by_key_.contains(group.key))
        throw Error("a group with the key \"" + group.key + "\" exists already");

    for (const auto& form : group.forms) {
        by_form_.emplace(form.key, group.id);
        Entry entry{split_key(form.key), group.id, form.ambiguous, group.kind == "spelling"};
        auto& entries = by_first_word_[entry.words.front()];
        if (entries.empty()) add_first_word(entry.words.front());
        entries.push_back(std::move(entry));
        std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            return a.words.size() > b.words.size();
        });
    }
    by_key_.emplace(group.key, group.id);
    groups_.push_back(std::move(group));
    return groups_.back();
}

void SynonymTable::add_first_word(std::string_view word) {
    constexpr std::size_t kMinBits = 512, kMaxBits = 1 << 16, kBitsPerWord = 128;
    std::size_t bits = std::max(kMinBits, first_words_.size() * 64);
    while (bits < kMaxBits && bits < by_first_word_.size() * kBitsPerWord) bits *= 2;
    if (bits != first_words_.size() * 64) {
        first_words_.assign(bits / 64, 0);
        for (const auto& [first, entries] : by_first_word_) {
            const std::size_t slot = filter_hash(first) & (bits - 1);
            first_words_[slot / 64] |= std::uint64_t{1} << (slot % 64);
        }
    }
    const std::size_t slot = filter_hash(word) & (bits - 1);
    first_words_[slot / 64] |= std::uint64_t{1} << (slot % 64);
}

const SynonymGroup* SynonymTable::find(std::string_view form) const {
    const auto it = by_form_.find(phrase_key(form));
    return it == by_form_.end() ? nullptr : &groups_[it->second];
}

const SynonymGroup* SynonymTable::find_key(std::string_view key) const {
    const auto it = by_key_.find(key);
    return it == by_key_.end() ? nullptr : &groups_[it->second];
}

bool SynonymTable::is_single_word_form(std::string_view lower_word) const {
    if (lower_word.empty() || lower_word.find(' ') != std::string_view::npos) return false;
    return by_form_.contains(lower_word);
}

const SynonymTable::Entry* SynonymTable::longest_at(std::span<const std::string_view> words,
                                                    std::size_t at, bool spelling_only) const {
    if (!may_start_form(filter_hash(words[at]))) return nullptr;
    const auto it = by_first_word_.find(words[at]);
    if (it == by_first_word_.end()) return nullptr;
    for (const Entry& entry : it->second) {
        if (spelling_only && !entry.spelling) continue;
        if (entry_matches(entry.words, words, at)) return &entry;
    }
    return nullptr;
}

std::vector<SynonymMatch> SynonymTable::match(const std::vector<std::string>& words,
                                              const MatchOptions& options) const {
    const SynonymTable* tables[] = {this};
    return match_synonyms(words, tables, options);
}

std::vector<SynonymMatch> match_synonyms(const std::vector<std::string>& words,
                                         std::span<const SynonymTable* const> tables,
                                         const MatchOptions& options) {
    const std::vector<std::string_view> views(words.begin(), words.end());
    return match_synonyms(std::span<const std::string_view>(views), tables, options);
}

std::vector<SynonymMatch> match_synonyms(std::span<const std::string_view> words,
                                         std::span<const SynonymTable* const> tables,
                                         const MatchOptions& options) {
    std::vector<SynonymMatch> matches;
    std::size_t at = 0;
    while (at < words.size()) {
        // Most words start no form of any table: one filter hash answers for all tables.
        const std::size_t hash = SynonymTable::filter_hash(words[at]);
        bool may_start = false;
        for (const SynonymTable* table : tables) may_start = may_start || table->may_start_form(hash);
        if (!may_start) {
            ++at;
            continue;
        }
        SynonymMatch best;
        for (const SynonymTable* table : tables) {
            if (!table->may_start_form(hash)) continue;
            const SynonymTable::Entry* entry = table->longest_at(words, at, false);
            if (entry && entry->words.size() >= best.count) {
                best = SynonymMatch{at, entry->words.size(), &table->groups_[entry->group],
                                    entry->ambiguous, false};
            }
        }
        if (best.count == 0) {
            ++at;
            continue;
        }
        matches.push_back(best);
        if (options.nested_spelling && best.count > 1) {
            for (std::size_t inner = at; inner < at + best.count; ++inner) {
                for (const SynonymTable* table : tables) {
                    const SynonymTable::Entry* entry = table->longest_at(words, inner, true);
                    if (!entry || inner + entry->words.size() > at + best.count) continue;
                    const SynonymGroup* group = &table->groups_[entry->group];
                    if (group == best.group) continue;
                    matches.push_back(
                        SynonymMatch{inner, entry->words.size(), group, entry->ambiguous, true});
                    break;
                }
            }
        }
        at += best.count;
    }
    return matches;
}

}  // namespace arsip::text
