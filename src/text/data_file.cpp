#include "text/data_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "model/errors.h"

namespace arsip::text {

std::string read_data_file(const std::filesystem::path& path, std::string_view what) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string(), 0, "cannot read " + std::string(what) + ": " + std::strerror(errno));
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) throw InputError(path.string(), 0, "error reading " + std::string(what));
    return content.str();
}

void for_each_line(std::string_view text, const std::function<void(int, std::string_view)>& each) {
    int number = 0;
    std::size_t from = 0;
    while (from < text.size()) {
        std::size_t newline = text.find('\n', from);
        if (newline == std::string_view::npos) newline = text.size();
        std::string_view line = text.substr(from, newline - from);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        from = newline + 1;
        each(++number, line);
    }
}

}  // namespace arsip::text
