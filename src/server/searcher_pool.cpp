#include "server/searcher_pool.h"

#include <sys/stat.h>

#include "model/errors.h"

namespace arsip::server {

SearcherPool::SearcherPool(std::filesystem::path db, text::Analysis analysis)
    : db_(std::move(db)), analysis_(std::move(analysis)), facet_stores_(index::share_facet_store()) {}

SearcherPool::Lease::~Lease() {
    if (searcher_) pool_->give_back(std::move(searcher_), folder_);
}

SearcherPool::FolderId SearcherPool::folder_id() const {
    struct stat info {};
    if (::stat(db_.c_str(), &info) != 0) return {};
    return {static_cast<unsigned long long>(info.st_dev),
            static_cast<unsigned long long>(info.st_ino)};
}

SearcherPool::Lease SearcherPool::checkout() {
    const FolderId folder = folder_id();
    Idle idle;
    {
        std::lock_guard lock(mutex_);
        // Searchers of a folder that was replaced are dropped: theirs is gone.
        std::erase_if(idle_, [&](const Idle& i) { return !(i.folder == folder); });
        if (!idle_.empty()) {
            idle = std::move(idle_.back());
            idle_.pop_back();
        }
    }
    if (idle.searcher) {
        try {
            idle.searcher->reopen();
            return Lease(*this, std::move(idle.searcher), folder);
        } catch (const IndexError&) {
            // The database broke under it: open it afresh below.
        }
    }
    index::SearcherOptions options;
    options.facet_stores = facet_stores_;
    return Lease(*this, std::make_unique<index::Searcher>(db_, analysis_, options), folder);
}

std::size_t SearcherPool::idle() const {
    std::lock_guard lock(mutex_);
    return idle_.size();
}

void SearcherPool::give_back(std::unique_ptr<index::Searcher> searcher, FolderId folder) {
    std::lock_guard lock(mutex_);
    idle_.push_back({std::move(searcher), folder});
}

}  // namespace arsip::server
