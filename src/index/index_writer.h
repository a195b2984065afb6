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
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>

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
    WriteOutcome write(const model::Document& document);

    // Commits the open batch, if any.
    void commit();

    // Documents in the database (clauses not counted), committed or not.
    std::size_t document_count() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace arsip::index
