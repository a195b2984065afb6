#include "ingest/ingester.h"

#include <map>

#include "ingest/file_walker.h"
#include "model/errors.h"

namespace arsip::ingest {

std::string_view to_string(FileStatus status) {
    switch (status) {
        case FileStatus::Indexed: return "indexed";
        case FileStatus::Unchanged: return "unchanged";
        case FileStatus::Failed: return "failed";
    }
    return "failed";
}

Ingester::Ingester(const DocumentLoader& loader, index::IndexWriter& writer)
    : loader_(loader), writer_(writer) {}

IngestSummary Ingester::run(const std::vector<std::filesystem::path>& inputs, ProgressListener& progress) {
    const auto started = std::chrono::steady_clock::now();
    IngestSummary summary;
    const WalkResult walk = walk_inputs(inputs);
    const std::size_t total = walk.files.size() + walk.problems.size();
    progress.on_start(total);

    auto record = [&](FileResult result) {
        switch (result.status) {
            case FileStatus::Indexed: ++summary.indexed; break;
            case FileStatus::Unchanged: ++summary.unchanged; break;
            case FileStatus::Failed: ++summary.failed; break;
        }
        summary.bytes += result.bytes;
        summary.files.push_back(std::move(result));
        progress.on_file(summary.files.back(), summary.files.size(), total);
    };

    for (const auto& problem : walk.problems) {
        record({problem.path, FileStatus::Failed, "", problem.path.string() + ": " + problem.reason, 0});
    }

    // Which file gave each id in this run: two files may not claim the same id.
    std::map<std::string, std::filesystem::path> ids;
    for (const auto& path : walk.files) {
        FileResult result;
        result.path = path;
        std::error_code ec;
        const auto size = std::filesystem::file_size(path, ec);
        result.bytes = ec ? 0 : static_cast<std::size_t>(size);
        try {
            model::Document document = loader_.load(path);
            result.id = document.id;
            auto [it, inserted] = ids.emplace(document.id, path);
            if (!inserted) {
                throw InputError(path.string(), 0,
                                 "id '" + document.id + "' is already used by " + it->second.string());
            }
            const index::WriteOutcome outcome = writer_.write(document);
            result.status = outcome == index::WriteOutcome::Unchanged ? FileStatus::Unchanged : FileStatus::Indexed;
        } catch (const InputError& e) {
            result.status = FileStatus::Failed;
            result.reason = e.what();
        } catch (const IndexError&) {
            throw;
        } catch (const Error& e) {
            result.status = FileStatus::Failed;
            result.reason = path.string() + ": " + e.what();
        }
        record(std::move(result));
    }
    writer_.commit();
    summary.elapsed = std::chrono::steady_clock::now() - started;
    progress.on_finish(summary);
    return summary;
}

}  // namespace arsip::ingest
