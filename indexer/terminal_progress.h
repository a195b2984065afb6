// Progress of an indexing run on a terminal: a bar with counts and rate, redrawn in place on
// stderr; the summary at the end (indexed, unchanged, failed with file and reason).
#pragma once

#include <chrono>
#include <cstdio>

#include "ingest/ingester.h"

namespace arsip::indexer {

struct TerminalProgressOptions {
    bool draw_bar = true;       // false when stderr is not a terminal
    bool list_indexed = false;  // --verbose: a line for every file, not just the failures
};

class TerminalProgress : public ingest::ProgressListener {
public:
    TerminalProgress(std::FILE* out, TerminalProgressOptions options);

    void on_start(std::size_t total_files) override;
    void on_file(const ingest::FileResult& result, std::size_t done, std::size_t total) override;
    void on_finish(const ingest::IngestSummary& summary) override;

private:
    void draw(std::size_t done, std::size_t total);
    void clear_bar();

    std::FILE* out_;
    TerminalProgressOptions options_;
    std::chrono::steady_clock::time_point started_;
    std::chrono::steady_clock::time_point last_draw_;
    std::size_t indexed_ = 0;
    std::size_t unchanged_ = 0;
    std::size_t failed_ = 0;
    bool bar_shown_ = false;
};

}  // namespace arsip::indexer
