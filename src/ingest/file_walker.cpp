#include "ingest/file_walker.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <system_error>
#include <unordered_set>

namespace arsip::ingest {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool is_hidden(const fs::path& path) {
    const std::string name = path.filename().string();
    return !name.empty() && name[0] == '.' && name != "." && name != "..";
}

// The order of std::filesystem::path (element by element) on path strings: "a/b" before "a-b/c".
bool path_before(std::string_view a, std::string_view b) {
    // A relative path comes before an absolute one.
    const bool a_absolute = !a.empty() && a[0] == '/', b_absolute = !b.empty() && b[0] == '/';
    if (a_absolute != b_absolute) return b_absolute;
    const auto next = [](std::string_view& rest) {
        while (!rest.empty() && rest[0] == '/') rest.remove_prefix(1);
        const std::size_t end = std::min(rest.find('/'), rest.size());
        const std::string_view element = rest.substr(0, end);
        rest.remove_prefix(end);
        return element;
    };
    for (;;) {
        const std::string_view x = next(a), y = next(b);
        if (x.empty() || y.empty()) return x.empty() && !y.empty();
        if (x != y) return x < y;
    }
}

}  // namespace

bool is_supported_file(const fs::path& path) {
    const std::string ext = lower(path.extension().string());
    return ext == ".xml" || ext == ".pdf" || ext == ".txt";
}

WalkResult walk_inputs(const std::vector<fs::path>& inputs) {
    WalkResult result;
    std::unordered_set<std::string> seen;  // canonical forms
    auto take = [&](std::string file) {
        std::error_code ec;
        std::string key = fs::weakly_canonical(file, ec).string();
        if (ec) key = file;
        if (seen.insert(std::move(key)).second) result.files.push_back(std::move(file));
    };

    for (const fs::path& input : inputs) {
        std::error_code ec;
        const fs::file_status status = fs::status(input, ec);
        if (ec || !fs::exists(status)) {
            result.problems.push_back({input, "no such file or folder"});
            continue;
        }
        if (fs::is_regular_file(status)) {
            take(input.string());
            continue;
        }
        if (!fs::is_directory(status)) {
            result.problems.push_back({input, "not a regular file or folder"});
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
        if (ec) {
            result.problems.push_back({input, "cannot read folder: " + ec.message()});
            continue;
        }
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) {
                result.problems.push_back({it->path(), "cannot read: " + ec.message()});
                break;
            }
            if (is_hidden(it->path())) {
                if (it->is_directory()) it.disable_recursion_pending();
                continue;
            }
            std::error_code file_ec;
            if (it->is_regular_file(file_ec) && is_supported_file(it->path())) found.push_back(it->path().string());
        }
        std::sort(found.begin(), found.end(), path_before);
        for (auto& file : found) take(std::move(file));
    }
    return result;
}

}  // namespace arsip::ingest
