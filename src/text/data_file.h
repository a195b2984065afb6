// Reading the project's line-based data files (root words, stopwords, synonyms): the whole file,
// then its lines with their numbers, so a loader can name "file:line" in an error.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace arsip::text {

// The file's bytes; throws arsip::InputError(path, 0, "cannot read <what>: reason").
std::string read_data_file(const std::filesystem::path& path, std::string_view what);

// Calls `each(line_number, line)` for every line of `text` (1-based numbers, the line without its
// '\n' and trailing '\r').
void for_each_line(std::string_view text, const std::function<void(int, std::string_view)>& each);

}  // namespace arsip::text
