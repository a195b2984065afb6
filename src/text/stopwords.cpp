#include "text/stopwords.h"

#include <fstream>
#include <sstream>

#include "model/errors.h"
#include "text/words.h"

namespace arsip::text {

StopwordList StopwordList::parse(std::string_view text, const std::string& source_name) {
    StopwordList list;
    int line_number = 0;
    std::size_t from = 0;
    while (from < text.size()) {
        std::size_t newline = text.find('\n', from);
        if (newline == std::string_view::npos) newline = text.size();
        const std::string_view line = text.substr(from, newline - from);
        from = newline + 1;
        ++line_number;
        const std::size_t first = line.find_first_not_of(" \t\r");
        if (first == std::string_view::npos || line[first] == '#') continue;
        const std::vector<std::string> words = word_texts(line);
        // A hyphenated stopword ("kira-kira") is one entry; Xapian sees its parts as words, and so
        // the parts are what contains() is asked about, but the entry is kept as written.
        std::string folded;
        for (const auto& w : words) folded += (folded.empty() ? "" : "-") + w;
        const std::string_view trimmed =
            line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
        if (words.empty() || trimmed.find_first_of(" \t") != std::string_view::npos) {
            throw InputError(source_name, line_number,
                             "expected one word, got \"" + std::string(trimmed) + "\"");
        }
        if (list.set_.insert(folded).second) list.words_.push_back(folded);
    }
    return list;
}

StopwordList StopwordList::load(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string(), 0, "cannot open stopword file");
    std::ostringstream content;
    content << in.rdbuf();
    return parse(content.str(), path.string());
}

bool StopwordList::contains(std::string_view word) const {
    bool plain = !word.empty();
    for (char c : word) plain = plain && c >= 'a' && c <= 'z';
    if (plain) return set_.contains(std::string(word));
    const std::vector<std::string> words = word_texts(word);
    if (words.empty()) return false;
    std::string folded;
    for (const auto& w : words) folded += (folded.empty() ? "" : "-") + w;
    return set_.contains(folded);
}

}  // namespace arsip::text
