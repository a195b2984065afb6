// Writes Documents into a Xapian database. Does not expose Xapian.
//
// Re-indexing is idempotent: a document replaces the one with the same id (and its clauses);
// a document whose source bytes are unchanged is skipped. Writes are grouped in batches, each
// inside a Xapian transaction: a crash or an error loses at most the open batch, never what
// an earlier commit stored.
//
// Schema upgrades: a database written with an older schema version (schema::kSchemaVersionKey)
// has every document rewritten, unchanged or not, so running arsip-index over the same inputs
// fills what the new schema adds. The new version is recorded once every document that was in
// the database has been rewritten; until then (a run over part of the inputs) every run
// rewrites what it is given. A database of a newer schema is refused (IndexError).
//
// Parallel builds: a writer of a database that holds no documents can open shards (writers of
// new databases next to it, one per thread, with the same analysis and options) and then merge
// them into its own database (Xapian compaction): the documents of shard 0, then those of
// shard 1, ..., then the clause documents of shard 0, of shard 1, ... (a shard keeps its clauses
// in a database of their own until the merge). Every document thus comes before every clause,
// and a search of one kind skips the other kind's postings whole (KindSource in
// store_weighting.h); a writer adding to an index appends each document with its clauses.
// Spelling frequencies add up (the shards hand theirs to this writer, which writes them into
// the merged index once), synonyms and metadata are united (for a metadata key several
// shards hold, the first shard's value is kept).
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <vector>

#include "index/known_content.h"
#include "model/document.h"
#include "text/analysis.h"

namespace arsip::index {

struct IndexWriterOptions {
    std::size_t batch_size = 500;  // documents per transaction
    bool force = false;            // re-index documents even when their source is unchanged
};

enum class WriteOutcome {
    Added,      // a new id
    Replaced,   // an id that was there, with other content
    Unchanged,  // same id and same content hash: nothing written
    Twin,       // its twin (twins.h) from an equal or better source is in the index: not written,
                // and an earlier version of the same id removed
};

// A document the index does not keep because of its twin (twins.h).
struct TwinNote {
    std::string id;           // the document not kept
    std::string source_path;  // its source, as it was indexed
    std::string kept_id;      // its twin, which the index keeps
    std::string kept_source_path;
};

class IndexWriter {
public:
    // Opens the database at `path`, creating it if needed. Throws arsip::IndexError when it
    // cannot be opened (another writer holds the lock, not a Xapian database, no permission).
    IndexWriter(const std::filesystem::path& path, const text::Analysis& analysis, IndexWriterOptions options = {});
    // Abandons an uncommitted batch: what is not committed is not kept.
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    // Stores `document` (and its clauses) in the open batch; commits when the batch is full.
    // Returns Twin, and fills `twin` when given, for an agreement whose twin from an equal or
    // better source the index holds (twins.h).
    WriteOutcome write(const model::Document& document, TwinNote* twin = nullptr);

    // Removes, in the open batch, each twin that has a better one in the index (or an equal one
    // written before it): over the twin terms this writer wrote, or over the whole index after
    // merge_shards. Returns what it removed. A writer refuses a worse twin of a document it
    // holds already (write), so this finds twins written in the other order or by two shards.
    std::vector<TwinNote> resolve_twins();

    // Commits the open batch, if any, and brings the facet store (facet_store.h) up to date
    // with the database: a search counts facets from it while the database stays at this
    // revision. Batches committed by write() leave the store as it was.
    void commit();

    // Documents in the database (clauses not counted), committed or not.
    std::size_t document_count() const;

    // The content hashes of the documents the database holds, with their ids, and of the files
    // it does not keep because of their twins, with the twin kept (known_content.h),
    // for telling unchanged files before they are loaded; nullptr when every file must be
    // loaded and written: with `force`, in a database of an older schema (rewritten whole), or
    // in an empty one. Reads the database as this writer sees it. Throws IndexError.
    std::shared_ptr<const KnownContent> known_content() const;

    // True when document `kept_id` is in the database (as this writer sees it) with
    // `twin_term`: a file known_content listed as its twin is still one. Throws IndexError.
    bool keeps_twin(const std::string& kept_id, const std::string& twin_term) const;

    // A writer of a new, empty database at `shard_path(n)` (an existing one there is deleted
    // first) with this writer's analysis and options; its folder is deleted by merge_shards or,
    // when never merged, by this writer's destructor. Not to be called from two threads at once.
    // Throws IndexError.
    std::unique_ptr<IndexWriter> open_shard(std::size_t n);

    // The folder of shard `n`: next to the database, "<database folder>.shard-<n>".
    std::filesystem::path shard_path(std::size_t n) const;

    // Merges the shards opened so far, in the order of n, into this writer's database and
    // deletes them. Every shard's writer must have been destroyed first (their batches committed
    // or abandoned). This writer's database is replaced by the merge of itself and the shards:
    // it is written to a new folder next to it, which then takes its place (the old folder is
    // renamed and deleted; a searcher that opened it notices a new folder). Throws IndexError
    // (the database is then left as it was) when the writer has an open batch.
    void merge_shards();

private:
    // Shards are scratch databases: their commits are not synced to disk (the merge is).
    enum class Durability { Synced, Scratch };
    IndexWriter(const std::filesystem::path& path, const text::Analysis& analysis, IndexWriterOptions options,
                Durability durability);

    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace arsip::index
