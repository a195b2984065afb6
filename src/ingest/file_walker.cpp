#include "ingest/file_walker.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <system_error>

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

}  // namespace

bool is_supported_file(const fs::path& path) {
    const std::string ext = lower(path.extension().string());
    return ext == ".xml" || ext == ".pdf" || ext == ".txt";
}

WalkResult walk_inputs(const std::vector<fs::path>& inputs) {
    WalkResult result;
    std::set<fs::path> seen;
    auto take = [&](const fs::path& file) {
        std::error_code ec;
        fs::path key = fs::weakly_canonical(file, ec);
        if (ec) key = file;
        if (seen.insert(key).second) result.files.push_back(file);
    };

    for (const fs::path& input : inputs) {
        std::error_code ec;
        const fs::file_status status = fs::status(input, ec);
        if (ec || !fs::exists(status)) {
            result.problems.push_back({input, "no such file or folder"});
            continue;
        }
        if (fs::is_regular_file(status)) {
            take(input);
            continue;
        }
        if (!fs::is_directory(status)) {
            result.problems.push_back({input, "not a regular file or folder"});
            continue;
        }
        std::vector<fs::path> found;
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
            if (it->is_regular_file(file_ec) && is_supported_file(it->path())) found.push_back(it->path());
        }
        std::sort(found.begin(), found.end());
        for (const auto& file : found) take(file);
    }
    return result;
}

}  // namespace arsip::ingest
