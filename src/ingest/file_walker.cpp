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
    const auto canonical = [](const fs::path& path) {
        std::error_code ec;
        fs::path out = fs::weakly_canonical(path, ec);
        return ec ? path : out;
    };
    // `key`: the file's canonical form, so that a file named twice is taken once.
    auto take = [&](std::string file, std::string key) {
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
            take(input.string(), canonical(input).string());
            continue;
        }
        if (!fs::is_directory(status)) {
            result.problems.push_back({input, "not a regular file or folder"});
            continue;
        }
        // A file's canonical form is the folder's with the file's path below it: the walk does not
        // follow links to folders, so only a link to a file needs resolving on its own (which
        // saves a readlink per folder level of every file).
        const fs::path root = canonical(input);
        std::vector<std::pair<std::string, std::string>> found;  // path, canonical form
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
            if (!it->is_regular_file(file_ec) || !is_supported_file(it->path())) continue;
            const fs::path& path = it->path();
            const fs::path key = it->is_symlink(file_ec) ? canonical(path) : root / path.lexically_relative(input);
            found.emplace_back(path.string(), key.string());
        }
        std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return path_before(a.first, b.first); });
        for (auto& [file, key] : found) take(std::move(file), std::move(key));
    }
    return result;
}

}  // namespace arsip::ingest
