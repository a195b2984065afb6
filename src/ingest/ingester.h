// An indexing run: walks the inputs, loads each file, writes it to the index, and reports per
// file. A bad file is recorded with its reason and the run goes on; what was indexed is
// committed at the end (and every batch along the way).
//
// With several jobs, threads load files (read, parse, extract entities) in parallel, a chunk of
// consecutive files at a time, while the files' ids are checked and their results reported in
// input order. Into an index that already holds documents they are then written in input order
// by the one writer (the result is the same as with one job). Into an index that holds none yet
// (a fresh build), each thread also indexes its chunks into a shard of its own
// (IndexWriter::open_shard), and the shards are merged into the index at the end: the same
// documents, terms and counts as with one job, numbered in another order (chunk after chunk of
// each thread in turn).
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "index/index_writer.h"
#include "ingest/document_loader.h"

namespace arsip::ingest {

// Twin: an agreement the index holds from another source (twins.h), so not kept; its reason
// names the twin kept.
enum class FileStatus { Indexed, Unchanged, Failed, Twin };

struct FileResult {
    std::string path;  // as walked (a string: see WalkResult)
    FileStatus status = FileStatus::Failed;
    std::string id;      // the document's id, when it was read
    std::string reason;  // why it failed: "file:line: message"; for a twin, which one is kept
    std::size_t bytes = 0;
};

struct IngestSummary {
    std::vector<FileResult> files;  // in the order they were processed
    std::size_t indexed = 0;
    std::size_t unchanged = 0;
    std::size_t failed = 0;
    std::size_t twins = 0;
    std::size_t bytes = 0;
    // Documents of earlier runs removed from the index because a file of this run is their
    // better twin (twins.h); this run's own twins are in `files` with status Twin.
    std::vector<index::TwinNote> removed_twins;
    std::chrono::duration<double> elapsed{0};
    // Parts of `elapsed`: merging the shards of a parallel fresh build (zero without shards), and
    // the last commit, which brings the facet store up to date.
    std::chrono::duration<double> merging{0};
    std::chrono::duration<double> last_commit{0};
};

// Told about progress, e.g. to draw a progress bar. Default: does nothing.
class ProgressListener {
public:
    virtual ~ProgressListener() = default;
    virtual void on_start(std::size_t /*total_files*/) {}
    virtual void on_file(const FileResult& /*result*/, std::size_t /*done*/, std::size_t /*total*/) {}
    virtual void on_finish(const IngestSummary& /*summary*/) {}
};

struct IngestOptions {
    std::size_t jobs = 1;          // threads; 1: everything in input order on the calling thread
    std::size_t chunk_files = 16;  // consecutive files a thread loads at a time
    // A fresh build is split into shards only when it has at least this many files: merging
    // costs more than it saves on a few.
    std::size_t min_files_for_shards = 256;
    // Files a thread indexes into one shard before it starts a new one.
    std::size_t shard_files = 50000;
    // Files read into the page cache ahead of the loaders by a thread of their own
    // (file_prefetcher.h); 0: none.
    std::size_t prefetch_files = 256;
};

class Ingester {
public:
    // `loader` is used from several threads at once when options.jobs > 1.
    Ingester(const DocumentLoader& loader, index::IndexWriter& writer, IngestOptions options = {});

    // Throws arsip::IndexError if the index itself fails (the open batch is then abandoned);
    // bad input files never throw.
    IngestSummary run(const std::vector<std::filesystem::path>& inputs, ProgressListener& progress);

private:
    const DocumentLoader& loader_;
    index::IndexWriter& writer_;
    IngestOptions options_;
};

std::string_view to_string(FileStatus status);

}  // namespace arsip::ingest
