#include "ingest/ingester.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <unordered_map>
#include <mutex>
#include <optional>
#include <thread>

#include "ingest/file_prefetcher.h"
#include "ingest/file_walker.h"
#include "model/errors.h"

namespace arsip::ingest {

std::string_view to_string(FileStatus status) {
    switch (status) {
        case FileStatus::Indexed: return "indexed";
        case FileStatus::Unchanged: return "unchanged";
        case FileStatus::Failed: return "failed";
        case FileStatus::Twin: return "twin";
    }
    return "failed";
}

namespace {

namespace fs = std::filesystem;

// A file read and parsed, or the reason it could not be.
struct Loaded {
    FileResult result;  // path, bytes, id; status Failed with the reason when it did not load
    std::optional<model::Document> document;
    // A file not loaded because the index holds its bytes as a twin's (status Twin): the entry.
    const index::KnownContent::Entry* known_twin = nullptr;
};

// True for a file whose id the run claims: loaded, or known to the index (unchanged or a twin).
bool claims_id(const Loaded& file) {
    return file.document || file.result.status == FileStatus::Unchanged || file.known_twin;
}

// Why a twin's file is not kept.
std::string twin_reason(const index::TwinNote& twin) {
    return twin.source_path + ": the same agreement (type, date, title and parties) as " + twin.kept_source_path + " (" +
           twin.kept_id + "), which the index keeps";
}

// A file read and, unless `known` holds its content hash, loaded. A file with an indexed
// document's bytes is reported unchanged, one with the bytes of a twin the index does not keep
// is reported as that twin again; either with its id, and not parsed.
Loaded load_file(const DocumentLoader& loader, const std::string& path, const index::KnownContent* known) {
    Loaded loaded;
    loaded.result.path = path;
    // The bytes read; a file that could not be read counts its size on disk, when it has one.
    const auto size_on_disk = [&] {
        std::error_code ec;
        const auto size = fs::file_size(path, ec);
        loaded.result.bytes = ec ? 0 : static_cast<std::size_t>(size);
    };
    try {
        const SourceFile file = loader.read(path);
        loaded.result.bytes = file.bytes.size();
        if (const index::KnownContent::Entry* entry = known ? known->find(file.hash) : nullptr) {
            loaded.result.id = entry->id;
            if (entry->kept_id.empty()) {
                loaded.result.status = FileStatus::Unchanged;
            } else {
                loaded.result.status = FileStatus::Twin;
                loaded.result.reason = twin_reason({entry->id, path, entry->kept_id, entry->kept_source_path});
                loaded.known_twin = entry;
            }
            return loaded;
        }
        loaded.document = loader.load(file);
        loaded.result.id = loaded.document->id;
    } catch (const InputError& e) {
        if (loaded.result.bytes == 0) size_on_disk();
        loaded.result.reason = e.what();
    } catch (const IndexError&) {
        throw;
    } catch (const Error& e) {
        if (loaded.result.bytes == 0) size_on_disk();
        loaded.result.reason = path + ": " + e.what();
    }
    return loaded;
}

// Runs `write` (an IndexWriter write, given where to note a twin) and sets the result's status;
// a document the index refuses fails the file, an index failure ends the run (IndexError).
template <typename Write>
void write_into(FileResult& result, Write&& write) {
    try {
        index::TwinNote twin;
        const index::WriteOutcome outcome = write(&twin);
        switch (outcome) {
            case index::WriteOutcome::Unchanged: result.status = FileStatus::Unchanged; break;
            case index::WriteOutcome::Twin:
                result.status = FileStatus::Twin;
                result.reason = twin_reason(twin);
                break;
            case index::WriteOutcome::Added:
            case index::WriteOutcome::Replaced: result.status = FileStatus::Indexed; break;
        }
    } catch (const InputError& e) {
        result.status = FileStatus::Failed;
        result.reason = e.what();
    } catch (const IndexError&) {
        throw;
    } catch (const Error& e) {
        result.status = FileStatus::Failed;
        result.reason = result.path + ": " + e.what();
    }
}

// The summary and the listener, fed in input order.
class Recorder {
public:
    Recorder(IngestSummary& summary, ProgressListener& progress, std::size_t total)
        : summary_(summary), progress_(progress), total_(total) {}

    // Returns the result's index in summary.files.
    std::size_t record(FileResult result) {
        std::lock_guard lock(mutex_);
        count(result, +1);
        summary_.bytes += result.bytes;  // once: an amended file was read all the same
        summary_.files.push_back(std::move(result));
        progress_.on_file(summary_.files.back(), summary_.files.size(), total_);
        return summary_.files.size() - 1;
    }

    // A file recorded as indexed whose write then failed, or found its twin, after all.
    void amend(std::size_t index, FileStatus status, std::string reason) {
        std::lock_guard lock(mutex_);
        amend_result(summary_.files[index], status, std::move(reason));
    }

    // The file recorded (indexed or unchanged) from `path`, now with `status`; false when this run
    // recorded no such file.
    bool amend_path(const std::string& path, FileStatus status, std::string reason) {
        std::lock_guard lock(mutex_);
        for (FileResult& result : summary_.files) {
            if (result.path != path || (result.status != FileStatus::Indexed && result.status != FileStatus::Unchanged)) {
                continue;
            }
            amend_result(result, status, std::move(reason));
            return true;
        }
        return false;
    }

private:
    void amend_result(FileResult& result, FileStatus status, std::string reason) {
        count(result, -1);
        result.status = status;
        result.reason = std::move(reason);
        count(result, +1);
    }

    void count(const FileResult& result, int sign) {
        const auto add = [sign](std::size_t& n) { n = static_cast<std::size_t>(static_cast<long long>(n) + sign); };
        switch (result.status) {
            case FileStatus::Indexed: add(summary_.indexed); break;
            case FileStatus::Unchanged: add(summary_.unchanged); break;
            case FileStatus::Failed: add(summary_.failed); break;
            case FileStatus::Twin: add(summary_.twins); break;
        }
    }

    std::mutex mutex_;
    IngestSummary& summary_;
    ProgressListener& progress_;
    const std::size_t total_;
};

// Which file gave each id in this run: two files may not claim the same id. Returns the reason
// a file fails, or nothing when the id is its.
class IdClaims {
public:
    explicit IdClaims(const std::vector<std::string>& files) : files_(files) {}

    // `file`: index in the walked files.
    std::optional<std::string> claim(const std::string& id, std::size_t file) {
        auto [it, inserted] = ids_.emplace(id, file);
        if (inserted) return std::nullopt;
        return InputError(files_[file], 0, "id '" + id + "' is already used by " + files_[it->second]).what();
    }

private:
    const std::vector<std::string>& files_;
    std::unordered_map<std::string, std::size_t> ids_;  // id -> file
};

// Chunks take turns in input order; the first failure stops every thread.
class Turns {
public:
    // True when chunk `chunk` has its turn, or the run was stopped (wait() then returns at once).
    bool ready(std::size_t chunk) const {
        std::lock_guard lock(mutex_);
        return next_ == chunk || error_;
    }
    // Waits until chunk `chunk` has its turn; false when the run was stopped.
    bool wait(std::size_t chunk) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return next_ == chunk || error_; });
        return !error_;
    }
    void done(std::size_t chunk) {
        {
            std::lock_guard lock(mutex_);
            next_ = chunk + 1;
        }
        changed_.notify_all();
    }
    void stop(std::exception_ptr error) {
        {
            std::lock_guard lock(mutex_);
            if (!error_) error_ = std::move(error);
        }
        changed_.notify_all();
    }
    std::exception_ptr error() const {
        std::lock_guard lock(mutex_);
        return error_;
    }

private:
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::size_t next_ = 0;
    std::exception_ptr error_;
};

// A file reported as a twin without being loaded (Loaded::known_twin). The run checks it again
// once it has written everything, since the kept document may have changed in the meantime.
struct SkippedTwin {
    std::size_t index = 0;  // in summary.files
    std::string path;
    const index::KnownContent::Entry* entry = nullptr;
};

// Chunks a thread of a parallel run may hold loaded, waiting for their turn (512 files in the
// default chunks of 16): enough to go on loading while the other thread commits a batch, which
// lasts several chunks.
// With 2 the threads still waited as long as with none (about 4 % of a 20k run's time).
constexpr std::size_t kLoadAhead = 32;

// A parallel run: thread k loads chunks k, k + jobs, k + 2 jobs, ...
class ParallelRun {
public:
    ParallelRun(const DocumentLoader& loader, index::IndexWriter& writer, const std::vector<std::string>& files,
                const IngestOptions& options, bool sharded, Recorder& recorder, FilePrefetcher* prefetcher,
                const index::KnownContent* known, std::vector<SkippedTwin>& skipped_twins)
        : loader_(loader), writer_(writer), files_(files), recorder_(recorder), prefetcher_(prefetcher), known_(known),
          skipped_twins_(skipped_twins),
          sharded_(sharded),
          chunk_(std::max<std::size_t>(1, options.chunk_files)),
          chunks_((files.size() + chunk_ - 1) / chunk_),
          jobs_(std::max<std::size_t>(1, std::min(options.jobs, chunks_))),
          shard_files_(std::max<std::size_t>(1, options.shard_files)),
          claims_(files) {}

    void run() {
        shards_.resize(jobs_);
        {
            std::vector<std::thread> threads;
            for (std::size_t k = 0; k < jobs_; ++k) {
                threads.emplace_back([this, k] {
                    try {
                        work(k);
                    } catch (...) {
                        turns_.stop(std::current_exception());
                    }
                });
            }
            for (auto& thread : threads) thread.join();
        }
        if (const auto error = turns_.error()) std::rethrow_exception(error);
        if (!sharded_) return;
        for (auto& shard : shards_) {
            if (shard) shard->commit();
        }
        shards_.clear();  // closes them
        const auto merge_started = std::chrono::steady_clock::now();
        writer_.merge_shards();
        merging_ = std::chrono::steady_clock::now() - merge_started;
    }

    // How long merging the shards took (zero without shards).
    std::chrono::duration<double> merging() const { return merging_; }

private:
    // The shard thread `thread` writes into, a new one every shard_files files; shard numbers
    // go generation by generation, so the merge keeps a fixed order.
    index::IndexWriter& shard_of(std::size_t thread, std::size_t& generation, std::size_t& files) {
        std::unique_ptr<index::IndexWriter>& shard = shards_[thread];
        if (shard && files < shard_files_) return *shard;
        if (shard) {
            shard->commit();
            shard.reset();
        }
        {
            std::lock_guard lock(open_mutex_);
            shard = writer_.open_shard(generation * jobs_ + thread);
        }
        ++generation;
        files = 0;
        return *shard;
    }

    // The files of one chunk, loaded.
    struct LoadedChunk {
        std::size_t chunk = 0;
        std::size_t first = 0;  // its first file's index
        std::vector<Loaded> files;
    };

    LoadedChunk load_chunk(std::size_t chunk) {
        LoadedChunk out{chunk, chunk * chunk_, {}};
        const std::size_t last = std::min(files_.size(), out.first + chunk_);
        if (prefetcher_) prefetcher_->reached(out.first);
        out.files.reserve(last - out.first);
        for (std::size_t i = out.first; i < last; ++i) out.files.push_back(load_file(loader_, files_[i], known_));
        return out;
    }

    // A thread loads its chunks in order and takes each one's turn when the chunk before it
    // (another thread's) has had its own. While that turn has not come, it loads its next chunk
    // instead of waiting (at most kLoadAhead chunks held): a chunk slower to load than its
    // neighbour then costs the other thread no idle time.
    void work(std::size_t thread) {
        std::size_t generation = 0, files_in_shard = 0;
        std::deque<LoadedChunk> held;
        std::size_t next = thread;
        while (!held.empty() || next < chunks_) {
            const bool may_load = next < chunks_ && held.size() < kLoadAhead;
            if (held.empty() || (may_load && !turns_.ready(held.front().chunk))) {
                held.push_back(load_chunk(next));
                next += jobs_;
                continue;
            }
            if (!turns_.wait(held.front().chunk)) return;
            take_turn(held.front(), thread, generation, files_in_shard);
            held.pop_front();
        }
    }

    // In turn: ids claimed, and (one writer) documents written, in input order; with shards,
    // the documents are then written into this thread's shard after the turn.
    void take_turn(LoadedChunk& loaded, std::size_t thread, std::size_t& generation, std::size_t& files_in_shard) {
        std::vector<std::pair<std::size_t, const model::Document*>> to_write;
        for (std::size_t i = 0; i < loaded.files.size(); ++i) {
            Loaded& file = loaded.files[i];
            FileResult& result = file.result;
            if (claims_id(file)) {
                if (auto reason = claims_.claim(result.id, loaded.first + i)) {
                    result.status = FileStatus::Failed;
                    result.reason = std::move(*reason);
                } else if (file.document && sharded_) {
                    result.status = FileStatus::Indexed;  // a fresh shard: every write adds
                } else if (file.document) {
                    write_into(result, [&](index::TwinNote* twin) { return writer_.write(*file.document, twin); });
                }
            }
            const bool shard_write = sharded_ && result.status == FileStatus::Indexed;
            const bool skipped_twin = file.known_twin && result.status == FileStatus::Twin;
            const std::size_t index = recorder_.record(result);
            if (shard_write) to_write.emplace_back(index, &*file.document);
            if (skipped_twin) skipped_twins_.push_back({index, result.path, file.known_twin});
        }
        turns_.done(loaded.chunk);
        if (!sharded_) return;

        index::IndexWriter& shard = shard_of(thread, generation, files_in_shard);
        files_in_shard += loaded.files.size();
        for (const auto& [index, document] : to_write) {
            FileResult result;
            result.path = document->source_path;
            write_into(result, [&](index::TwinNote* twin) { return shard.write(*document, twin); });
            if (result.status == FileStatus::Failed || result.status == FileStatus::Twin) {
                recorder_.amend(index, result.status, result.reason);
            }
        }
    }

    const DocumentLoader& loader_;
    index::IndexWriter& writer_;
    const std::vector<std::string>& files_;
    Recorder& recorder_;
    FilePrefetcher* prefetcher_;  // or none
    const index::KnownContent* known_;  // or none
    std::vector<SkippedTwin>& skipped_twins_;  // added to in turn only
    const bool sharded_;
    const std::size_t chunk_;
    const std::size_t chunks_;
    const std::size_t jobs_;
    const std::size_t shard_files_;
    Turns turns_;
    IdClaims claims_;  // used in turn only
    std::vector<std::unique_ptr<index::IndexWriter>> shards_;  // each thread's current shard
    std::mutex open_mutex_;
    std::chrono::duration<double> merging_{0};
};

}  // namespace

Ingester::Ingester(const DocumentLoader& loader, index::IndexWriter& writer, IngestOptions options)
    : loader_(loader), writer_(writer), options_(options) {}

IngestSummary Ingester::run(const std::vector<std::filesystem::path>& inputs, ProgressListener& progress) {
    const auto started = std::chrono::steady_clock::now();
    IngestSummary summary;
    const WalkResult walk = walk_inputs(inputs);
    const std::size_t total = walk.files.size() + walk.problems.size();
    progress.on_start(total);
    Recorder recorder(summary, progress, total);

    for (const auto& problem : walk.problems) {
        FileResult result;
        result.path = problem.path.string();
        result.reason = result.path + ": " + problem.reason;
        recorder.record(std::move(result));
    }

    std::optional<FilePrefetcher> prefetcher;
    if (options_.prefetch_files > 0 && !walk.files.empty()) {
        prefetcher.emplace(walk.files, PrefetchOptions{.ahead = options_.prefetch_files});
    }
    FilePrefetcher* const prefetch = prefetcher ? &*prefetcher : nullptr;
    // Files whose bytes an indexed document came from are reported unchanged without loading,
    // and those of a twin not kept as that twin's.
    const std::shared_ptr<const index::KnownContent> known = walk.files.empty() ? nullptr : writer_.known_content();
    std::vector<SkippedTwin> skipped_twins;
    if (options_.jobs > 1 && !walk.files.empty()) {
        const bool sharded =
            walk.files.size() >= options_.min_files_for_shards && writer_.document_count() == 0;
        ParallelRun parallel(loader_, writer_, walk.files, options_, sharded, recorder, prefetch, known.get(),
                             skipped_twins);
        parallel.run();
        summary.merging = parallel.merging();
    } else {
        IdClaims claims(walk.files);
        for (std::size_t i = 0; i < walk.files.size(); ++i) {
            if (prefetch) prefetch->reached(i);
            Loaded file = load_file(loader_, walk.files[i], known.get());
            if (claims_id(file)) {
                if (auto reason = claims.claim(file.result.id, i)) {
                    file.result.status = FileStatus::Failed;
                    file.result.reason = std::move(*reason);
                } else if (file.document) {
                    write_into(file.result, [&](index::TwinNote* twin) { return writer_.write(*file.document, twin); });
                }
            }
            const bool skipped_twin = file.known_twin && file.result.status == FileStatus::Twin;
            const std::string path = file.result.path;
            const std::size_t index = recorder.record(std::move(file.result));
            if (skipped_twin) skipped_twins.push_back({index, path, file.known_twin});
        }
    }
    // A file reported as its twin's without being loaded whose kept document this run changed
    // (another title, date or parties) or removed is no twin any more: loaded and written now.
    for (const SkippedTwin& twin : skipped_twins) {
        if (writer_.keeps_twin(twin.entry->kept_id, twin.entry->twin_term)) continue;
        Loaded file = load_file(loader_, twin.path, nullptr);
        if (file.document) {
            write_into(file.result, [&](index::TwinNote* note) { return writer_.write(*file.document, note); });
        }
        recorder.amend(twin.index, file.result.status, file.result.reason);
    }
    // Twins written in the other order (the worse source first, maybe in an earlier run) or by
    // two shards: the worse goes.
    for (auto& twin : writer_.resolve_twins()) {
        if (!recorder.amend_path(twin.source_path, FileStatus::Twin, twin_reason(twin))) {
            summary.removed_twins.push_back(std::move(twin));
        }
    }
    const auto commit_started = std::chrono::steady_clock::now();
    writer_.commit();
    summary.last_commit = std::chrono::steady_clock::now() - commit_started;
    summary.elapsed = std::chrono::steady_clock::now() - started;
    progress.on_finish(summary);
    return summary;
}

}  // namespace arsip::ingest
