// A stopword list: words too common to help a search (yang, dan, di, ...). The index layer gives
// it to Xapian (a SimpleStopper) for the query parser; this class only loads and answers. The
// pair word list (text::Analysis::pair_words) is a list of the same form.
//
// File format: UTF-8, one word a line; empty lines and lines starting with '#' are ignored.
// Words are folded like split_words() (lower case, diacritics), so contains() is
// case-insensitive. Immutable after load.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace arsip::text {

class StopwordList {
public:
    // Throws InputError when the file cannot be read, or "file:line" when a line holds more than
    // one word.
    static StopwordList load(const std::filesystem::path& path);
    static StopwordList parse(std::string_view text, const std::string& source_name);

    bool contains(std::string_view word) const;
    // The words in file order, folded.
    const std::vector<std::string>& words() const { return words_; }
    std::size_t size() const { return words_.size(); }

private:
    std::vector<std::string> words_;
    std::unordered_set<std::string> set_;
};

}  // namespace arsip::text
