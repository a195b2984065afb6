// Searchers for the worker threads: each request checks one out (its own Xapian database, so
// no two threads share one) and gives it back when done. A checked-out searcher has reopened
// the index, so a revision the indexer committed is seen without a restart. When the index
// cannot be opened (not built yet, being replaced) checkout throws IndexError (503) and the next
// checkout tries again, so a server started before the first index recovers by itself. An index
// folder replaced by another (deleted and rebuilt, or a new one renamed into place) is noticed by
// the folder's identity (device and inode) and opened afresh.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "index/searcher.h"
#include "model/errors.h"
#include "text/analysis.h"

namespace arsip::server {

class SearcherPool {
    // Which folder a searcher opened: device and inode of the index folder.
    struct FolderId {
        unsigned long long device = 0;
        unsigned long long inode = 0;
        bool operator==(const FolderId&) const = default;
    };

public:
    // Opens nothing yet; the first checkout opens the first searcher.
    SearcherPool(std::filesystem::path db, text::Analysis analysis);
    SearcherPool(const SearcherPool&) = delete;
    SearcherPool& operator=(const SearcherPool&) = delete;

    // A searcher on loan; given back to the pool when the lease ends.
    class Lease {
    public:
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        ~Lease();
        index::Searcher& operator*() const { return *searcher_; }
        index::Searcher* operator->() const { return searcher_.get(); }

    private:
        friend class SearcherPool;
        Lease(SearcherPool& pool, std::unique_ptr<index::Searcher> searcher, FolderId folder)
            : pool_(&pool), searcher_(std::move(searcher)), folder_(folder) {}
        SearcherPool* pool_;
        std::unique_ptr<index::Searcher> searcher_;
        FolderId folder_;
    };

    // Throws IndexError when the index cannot be opened.
    Lease checkout();

    // Runs `work(searcher)` with a checked-out searcher and returns what it returns. When the
    // searcher gives up (IndexError: the indexer committed again and again during one read, or
    // the index cannot be opened), tries again with a freshly reopened one, kAttempts in all.
    template <typename Work>
    auto with_searcher(Work&& work) -> decltype(work(std::declval<index::Searcher&>())) {
        for (int attempt = 1;; ++attempt) {
            try {
                Lease lease = checkout();
                return work(*lease);
            } catch (const IndexError&) {
                if (attempt >= kAttempts) throw;
            }
        }
    }
    static constexpr int kAttempts = 3;

    // Searchers waiting to be checked out.
    std::size_t idle() const;

private:
    struct Idle {
        std::unique_ptr<index::Searcher> searcher;
        FolderId folder;
    };

    FolderId folder_id() const;  // {0, 0} when the folder does not exist
    void give_back(std::unique_ptr<index::Searcher> searcher, FolderId folder);

    const std::filesystem::path db_;
    const text::Analysis analysis_;
    // One facet store mapping for all the pool's searchers (a file page is then counted once).
    const std::shared_ptr<index::FacetStoreShare> facet_stores_;
    mutable std::mutex mutex_;
    std::vector<Idle> idle_;
};

}  // namespace arsip::server
