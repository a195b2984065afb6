#include "text/root_dictionary.h"

#include "text/data_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>

#include "model/errors.h"

namespace arsip::text {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

}  // namespace

void RootDictionary::add_line(std::string_view line) {
    if (const auto hash = line.find('#'); hash != std::string_view::npos)
        line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) return;
    std::string word(line);
    for (char& c : word) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    words_.insert(std::move(word));
}

void RootDictionary::add_file(const std::string& path) {
    for_each_line(read_data_file(path, "root word list"), [this](int, std::string_view line) { add_line(line); });
}

std::shared_ptr<const RootDictionary> RootDictionary::load(const std::string& path) {
    return load(std::vector<std::string>{path});
}

std::shared_ptr<const RootDictionary> RootDictionary::load(const std::vector<std::string>& paths) {
    std::shared_ptr<RootDictionary> dict(new RootDictionary());
    for (const auto& path : paths) dict->add_file(path);
    return dict;
}

std::shared_ptr<const RootDictionary> RootDictionary::from_words(
    const std::vector<std::string>& words) {
    std::shared_ptr<RootDictionary> dict(new RootDictionary());
    for (const auto& word : words) dict->add_line(word);
    return dict;
}

std::shared_ptr<const RootDictionary> RootDictionary::from_words(
    std::initializer_list<std::string_view> words) {
    std::shared_ptr<RootDictionary> dict(new RootDictionary());
    for (const auto word : words) dict->add_line(word);
    return dict;
}

std::vector<std::string> RootDictionary::default_paths() {
    const std::string dir = ARSIP_DEFAULT_DATA_DIR "/dictionaries/";
    return {dir + "kata-dasar.txt", dir + "kata-dasar-tambahan.txt"};
}

std::shared_ptr<const RootDictionary> RootDictionary::load_default() {
    return load(default_paths());
}

}  // namespace arsip::text
