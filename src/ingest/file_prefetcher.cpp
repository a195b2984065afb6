#include "ingest/file_prefetcher.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

namespace arsip::ingest {

void advise_will_need(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED);
    ::close(fd);
}

FilePrefetcher::FilePrefetcher(const std::vector<std::string>& files, PrefetchOptions options)
    : files_(files),
      options_(std::move(options)),
      limit_(std::min(files.size(), options_.ahead)),
      thread_([this] { run(); }) {}

FilePrefetcher::~FilePrefetcher() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

void FilePrefetcher::reached(std::size_t index) {
    const std::size_t limit = std::min(files_.size(), index + options_.ahead);
    {
        std::lock_guard lock(mutex_);
        if (limit <= limit_) return;
        limit_ = limit;
    }
    changed_.notify_all();
}

void FilePrefetcher::run() {
    for (std::size_t next = 0; next < files_.size(); ++next) {
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stop_ || next < limit_; });
            if (stop_) return;
        }
        if (options_.advise) options_.advise(files_[next]);
    }
}

}  // namespace arsip::ingest
