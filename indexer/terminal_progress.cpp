#include "terminal_progress.h"

#include <string>

namespace arsip::indexer {
namespace {

constexpr int kBarWidth = 30;
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TerminalProgress::TerminalProgress(std::FILE* out, TerminalProgressOptions options)
    : out_(out), options_(options) {}

void TerminalProgress::on_start(std::size_t total_files) {
    started_ = std::chrono::steady_clock::now();
    last_draw_ = started_ - kRedrawEvery;
    if (options_.draw_bar) draw(0, total_files);
}

void TerminalProgress::on_file(const ingest::FileResult& result, std::size_t done, std::size_t total) {
    switch (result.status) {
        case ingest::FileStatus::Indexed: ++indexed_; break;
        case ingest::FileStatus::Unchanged: ++unchanged_; break;
        case ingest::FileStatus::Failed: ++failed_; break;
        case ingest::FileStatus::Twin: break;  // counted in the summary: most are found at the end
    }
    if (result.status == ingest::FileStatus::Failed || options_.list_indexed) {
        clear_bar();
        if (result.status == ingest::FileStatus::Failed) {
            std::fprintf(out_, "failed: %s\n", result.reason.c_str());
        } else {
            std::fprintf(out_, "%s: %s (%s)\n", std::string(ingest::to_string(result.status)).c_str(),
                         result.path.c_str(), result.id.c_str());
        }
    }
    const auto now = std::chrono::steady_clock::now();
    if (options_.draw_bar && (now - last_draw_ >= kRedrawEvery || done == total)) draw(done, total);
}

void TerminalProgress::draw(std::size_t done, std::size_t total) {
    last_draw_ = std::chrono::steady_clock::now();
    const double fraction = total == 0 ? 1.0 : static_cast<double>(done) / static_cast<double>(total);
    const int filled = static_cast<int>(fraction * kBarWidth);
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.append(static_cast<std::size_t>(kBarWidth - filled), '.');
    const double elapsed = seconds_since(started_);
    const double rate = elapsed > 0 ? static_cast<double>(done) / elapsed : 0.0;
    std::fprintf(out_, "\r[%s] %zu/%zu  indexed %zu  unchanged %zu  failed %zu  %.1f files/s ", bar.c_str(),
                 done, total, indexed_, unchanged_, failed_, rate);
    std::fflush(out_);
    bar_shown_ = true;
}

void TerminalProgress::clear_bar() {
    if (!bar_shown_) return;
    std::fprintf(out_, "\r\033[K");
    bar_shown_ = false;
}

void TerminalProgress::on_finish(const ingest::IngestSummary& summary) {
    clear_bar();
    const double seconds = summary.elapsed.count();
    std::fprintf(out_, "indexed %zu, unchanged %zu, failed %zu", summary.indexed, summary.unchanged, summary.failed);
    if (summary.twins > 0) std::fprintf(out_, ", twins %zu", summary.twins);
    std::fprintf(out_, " (%zu files, %.1f MB, %.2f s", summary.files.size(), static_cast<double>(summary.bytes) / 1e6,
                 seconds);
    // Where a parallel fresh build's tail went: the shards' merge runs on one core.
    if (summary.merging.count() > 0) {
        std::fprintf(out_, "; merging the shards %.2f s, the last commit and facet store %.2f s",
                     summary.merging.count(), summary.last_commit.count());
    }
    std::fprintf(out_, ")\n");
    const auto list = [&](ingest::FileStatus status, const char* heading) {
        bool any = false;
        for (const auto& file : summary.files) {
            if (file.status != status) continue;
            if (!any) std::fprintf(out_, "%s\n", heading);
            any = true;
            std::fprintf(out_, "  %s\n", file.reason.c_str());
        }
    };
    list(ingest::FileStatus::Twin, "twins, not kept:");
    if (!summary.removed_twins.empty()) {
        std::fprintf(out_, "removed from the index as twins of documents of this run:\n");
        for (const auto& twin : summary.removed_twins) {
            std::fprintf(out_, "  %s (%s): the same agreement as %s (%s)\n", twin.id.c_str(), twin.source_path.c_str(),
                         twin.kept_source_path.c_str(), twin.kept_id.c_str());
        }
    }
    list(ingest::FileStatus::Failed, "failed files:");
}

}  // namespace arsip::indexer
