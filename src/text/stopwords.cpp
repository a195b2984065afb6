#include "text/stopwords.h"


#include "model/errors.h"
#include "text/data_file.h"
#include "text/words.h"

namespace arsip::text {

StopwordList StopwordList::parse(std::string_view text, const std::string& source_name) {
    StopwordList list;
    for_each_line(text, [&](int line_number, std::string_view line) {
        const std::size_t first = line.find_first_not_of(" \t\r");
        if (first == std::string_view::npos || line[first] == '#') return;
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
    });
    return list;
}

StopwordList StopwordList::load(const std::filesystem::path& path) {
    return parse(read_data_file(path, "stopword file"), path.string());
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
