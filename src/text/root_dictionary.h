// A set of Indonesian root words (kata dasar) for the dictionary-checked stemmer.
//
//   auto dict = RootDictionary::load({"data/dictionaries/kata-dasar.txt",
//                                     "data/dictionaries/kata-dasar-tambahan.txt"});
//   dict->contains("tangkap") == true
//
// File format: one word a line, UTF-8; '#' starts a comment (to the end of the line); words are
// trimmed and lower-cased (ASCII), empty lines skipped. Several files may be merged.
//
// The project's default list, data/dictionaries/kata-dasar.txt, is Sastrawi's list (from
// Kateglo) under CC BY-NC-SA 3.0: it is kept as a separate data file, never compiled in, and any
// other list in the same format can be loaded instead (see data/SOURCES.md).
//
// Immutable after construction: share one instance across threads as
// std::shared_ptr<const RootDictionary>.
#pragma once

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace arsip::text {

class RootDictionary {
public:
    // Reads one or more word lists; throws arsip::Error naming the file if one is unreadable.
    static std::shared_ptr<const RootDictionary> load(const std::string& path);
    static std::shared_ptr<const RootDictionary> load(const std::vector<std::string>& paths);

    // A dictionary of the given words (trimmed and lower-cased as when loading; empty ones and
    // '#' comments dropped).
    static std::shared_ptr<const RootDictionary> from_words(const std::vector<std::string>& words);
    static std::shared_ptr<const RootDictionary> from_words(
        std::initializer_list<std::string_view> words);

    // The default lists: ARSIP_DEFAULT_DATA_DIR/dictionaries/kata-dasar.txt plus the project's
    // supplement kata-dasar-tambahan.txt. Throws arsip::Error if a file is unreadable.
    static std::shared_ptr<const RootDictionary> load_default();
    static std::vector<std::string> default_paths();

    bool contains(std::string_view word) const { return words_.find(word) != words_.end(); }
    std::size_t size() const { return words_.size(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept {
            return std::hash<std::string_view>{}(s);
        }
    };

    RootDictionary() = default;
    void add_line(std::string_view line);
    void add_file(const std::string& path);

    std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

}  // namespace arsip::text
