#include "ingest/file_prefetcher.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <fstream>
#include <mutex>

#include "temp_dir.h"

namespace arsip::ingest {
namespace {

// Records the files the prefetcher advises, and whether each was within reach when it was.
class Recording {
public:
    explicit Recording(std::size_t ahead) : ahead_(ahead) {}

    std::function<void(const std::string&)> advise() {
        return [this](const std::string& path) {
            const std::size_t index = std::stoul(path);
            std::lock_guard lock(mutex_);
            if (index >= reported_.load() + ahead_) beyond_reach_.push_back(index);
            advised_.push_back(index);
            changed_.notify_all();
        };
    }
    // Called before FilePrefetcher::reached(index), as a loader would be about to load it.
    void report(std::size_t index) {
        if (index > reported_.load()) reported_.store(index);
    }
    // Waits (up to a minute) until `count` files were advised; returns them.
    std::vector<std::size_t> wait_for(std::size_t count) {
        std::unique_lock lock(mutex_);
        changed_.wait_for(lock, std::chrono::minutes(1), [&] { return advised_.size() >= count; });
        return advised_;
    }
    std::vector<std::size_t> beyond_reach() {
        std::lock_guard lock(mutex_);
        return beyond_reach_;
    }

private:
    const std::size_t ahead_;
    std::atomic<std::size_t> reported_{0};
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::size_t> advised_, beyond_reach_;
};

// The loaders are about to load file `index`: the recording learns it first, so any file advised
// beyond index + ahead shows up in beyond_reach().
void reach(Recording& recording, FilePrefetcher& prefetcher, std::size_t index) {
    recording.report(index);
    prefetcher.reached(index);
}

std::vector<std::string> numbered_files(std::size_t n) {
    std::vector<std::string> files;
    for (std::size_t i = 0; i < n; ++i) files.push_back(std::to_string(i));
    return files;
}

std::vector<std::size_t> first(std::size_t n) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back(i);
    return out;
}

TEST(FilePrefetcherTest, AdvisesEveryFileOnceInOrderNeverBeyondReach) {
    const struct {
        std::size_t files, ahead, step;
    } cases[] = {{1000, 1, 1}, {1000, 7, 3}, {1000, 256, 16}, {300, 2000, 5}, {0, 4, 1}, {50, 4, 50}};
    for (const auto& c : cases) {
        SCOPED_TRACE(std::to_string(c.files) + " files, " + std::to_string(c.ahead) + " ahead, reported every " +
                     std::to_string(c.step));
        const std::vector<std::string> files = numbered_files(c.files);
        Recording recording(c.ahead);
        FilePrefetcher prefetcher(files, {.ahead = c.ahead, .advise = recording.advise()});
        for (std::size_t i = 0; i < c.files; i += c.step) reach(recording, prefetcher, i);
        if (c.files > 0) reach(recording, prefetcher, c.files - 1);
        EXPECT_EQ(recording.wait_for(c.files), first(c.files));
        EXPECT_EQ(recording.beyond_reach(), std::vector<std::size_t>());
    }
}

TEST(FilePrefetcherTest, StaysWithinReachUntilTheLoadersMoveOn) {
    const std::vector<std::string> files = numbered_files(100);
    Recording recording(10);
    FilePrefetcher prefetcher(files, {.ahead = 10, .advise = recording.advise()});
    EXPECT_EQ(recording.wait_for(10), first(10));
    // An earlier position than one reported changes nothing.
    reach(recording, prefetcher, 20);
    prefetcher.reached(5);
    EXPECT_EQ(recording.wait_for(30), first(30));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(recording.wait_for(0).size(), 30u) << "advised past the loaders' position + ahead";
    EXPECT_EQ(recording.beyond_reach(), std::vector<std::size_t>());
}

TEST(FilePrefetcherTest, StopsWhenDestroyedBeforeTheEnd) {
    const std::vector<std::string> files = numbered_files(1000);
    Recording recording(3);
    {
        FilePrefetcher prefetcher(files, {.ahead = 3, .advise = recording.advise()});
        EXPECT_EQ(recording.wait_for(3), first(3));
    }  // joins its thread without the loaders ever reporting
    EXPECT_EQ(recording.wait_for(0), first(3));
}

TEST(FilePrefetcherTest, WillNeedAdviceLeavesMissingFilesToTheLoader) {
    arsip::testing::TempDir dir;
    const std::string real = (dir / "a.xml").string();
    std::ofstream(real) << "<article/>";
    for (const std::string& path : {real, (dir / "missing.xml").string(), dir.path().string(), std::string()}) {
        SCOPED_TRACE(path);
        EXPECT_NO_THROW(advise_will_need(path));
    }
    std::ifstream in(real);
    std::string text;
    std::getline(in, text);
    EXPECT_EQ(text, "<article/>");
}

}  // namespace
}  // namespace arsip::ingest
