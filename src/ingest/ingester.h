// An indexing run: walks the inputs, loads each file, writes it to the index, and reports per
// file. A bad file is recorded with its reason and the run goes on; what was indexed is
// committed at the end (and every batch along the way).
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "index/index_writer.h"
#include "ingest/document_loader.h"

namespace arsip::ingest {

enum class FileStatus { Indexed, Unchanged, Failed };

struct FileResult {
    std::filesystem::path path;
    FileStatus status = FileStatus::Failed;
    std::string id;      // the document's id, when it was read
    std::string reason;  // why it failed: "file:line: message"
    std::size_t bytes = 0;
};

struct IngestSummary {
    std::vector<FileResult> files;  // in the order they were processed
    std::size_t indexed = 0;
    std::size_t unchanged = 0;
    std::size_t failed = 0;
    std::size_t bytes = 0;
    std::chrono::duration<double> elapsed{0};
};

// Told about progress, e.g. to draw a progress bar. Default: does nothing.
class ProgressListener {
public:
    virtual ~ProgressListener() = default;
    virtual void on_start(std::size_t /*total_files*/) {}
    virtual void on_file(const FileResult& /*result*/, std::size_t /*done*/, std::size_t /*total*/) {}
    virtual void on_finish(const IngestSummary& /*summary*/) {}
};

class Ingester {
public:
    Ingester(const DocumentLoader& loader, index::IndexWriter& writer);

    // Throws arsip::IndexError if the index itself fails (the open batch is then abandoned);
    // bad input files never throw.
    IngestSummary run(const std::vector<std::filesystem::path>& inputs, ProgressListener& progress);

private:
    const DocumentLoader& loader_;
    index::IndexWriter& writer_;
};

std::string_view to_string(FileStatus status);

}  // namespace arsip::ingest
