#include "index/index_writer.h"

#include <xapian.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <unordered_set>

#include "index/document_mapper.h"
#include "index/facet_store.h"
#include "index/schema.h"
#include "index/twins.h"
#include "index/analyzer.h"
#include "index/spelling_counts.h"
#include "model/errors.h"

namespace arsip::index {
namespace {

namespace fs = std::filesystem;

// Merging shards: a metadata key that several shards hold keeps the first shard's value (the
// display form seen first), except the schema version, which keeps the highest.
class ShardCompactor : public Xapian::Compactor {
public:
    std::string resolve_duplicate_metadata(const std::string& key, std::size_t num_tags,
                                           const std::string tags[]) override {
        if (key != schema::kSchemaVersionKey) return tags[0];
        return *std::max_element(tags, tags + num_tags, [](const std::string& a, const std::string& b) {
            return std::atoi(a.c_str()) < std::atoi(b.c_str());
        });
    }
};

// `path` without a trailing separator, so that siblings can be named after it.
fs::path folder_path(const fs::path& path) {
    fs::path out = path.lexically_normal();
    if (!out.has_filename() && out.has_parent_path()) out = out.parent_path();
    return out;
}

// A shard's clause database, inside the shard's folder (Xapian ignores what it does not know).
constexpr const char* kShardClauses = "clauses";

fs::path sibling(const fs::path& folder, const std::string& suffix) {
    fs::path out = folder;
    out += suffix;
    return out;
}

}  // namespace

struct IndexWriter::Impl {
    explicit Impl(const text::Analysis& analysis)
        : analysis(analysis), analyzer(analysis), generator(analyzer.make_term_generator()) {}

    text::Analysis analysis;
    Analyzer analyzer;
    Xapian::WritableDatabase db;
    // Shards write their clause documents into a database of their own (kShardClauses in the
    // shard's folder), so that the merge puts every document before every clause.
    std::optional<Xapian::WritableDatabase> clause_db;
    Xapian::TermGenerator generator;
    bool shared_synonyms_checked = false;
    // The pair words documents are written with (pair_terms.h): the database's when it records
    // them, else the analysis data's, recorded with the first document written.
    PairWords pair_words;
    bool pair_words_recorded = false;
    IndexWriterOptions options;
    std::size_t pending = 0;
    bool in_transaction = false;
    std::string path;
    std::map<std::size_t, fs::path> shards;  // opened by open_shard, not merged yet, by number
    // Spelling frequencies (spelling_counts.h) of the documents of the open batch. A writer
    // writes them into its database when it commits; a shard hands them to its parent's
    // `shard_spelling` instead, which the merge writes into the merged index once.
    SpellingCounts spelling;
    std::shared_ptr<SharedSpellingCounts> shard_spelling = std::make_shared<SharedSpellingCounts>();
    bool is_shard = false;
    bool keeps_facet_store = true;  // false for shards: the merged index gets one
    int open_flags = 0;             // Xapian::DB_NO_SYNC for shards
    // Ids written by this writer into a database that held no documents when it was opened:
    // any other id is new there, so it is added without looking up an old version.
    bool fresh = false;
    std::unordered_set<std::string> written_ids;
    // Facet terms whose display form (schema::kDisplayKeyPrefix + term) is known to be set, so
    // each is read once.
    std::unordered_set<std::string> displayed;
    // Twin terms (twins.h) written since the last resolve_twins; after a merge, every twin term
    // of the index is to be looked at.
    std::unordered_set<std::string> written_twins;
    bool twins_merged = false;

    // The twin of `document` from an equal or better source that the index holds, if any: of
    // several, the one resolve_twins keeps (the best source; of equal ones the first written),
    // so that the note names the document that stays.
    std::optional<StoredTwin> kept_twin(const std::string& twin, const model::Document& document) const {
        const int rank = source_rank(model::to_string(document.format));
        if (rank >= kOwnSchemaRank) return std::nullopt;
        std::optional<StoredTwin> kept;
        for (auto& stored : stored_twins(db, twin)) {  // in docid order
            if (stored.id == document.id || stored.rank < rank) continue;
            if (!kept || stored.rank > kept->rank) kept = stored;
        }
        return kept;
    }

    // Remembers, in the open batch, that the file with `content_hash` is not kept because of its
    // twin `kept_id` (schema::kTwinFileKeyPrefix).
    void note_twin_file(const std::string& content_hash, const std::string& twin_term, const std::string& kept_id,
                        const std::string& id) {
        if (content_hash.empty()) return;
        begin();
        db.set_metadata(std::string(schema::kTwinFileKeyPrefix) + content_hash, twin_term + "\n" + kept_id + "\n" + id);
    }

    // Deletes document `id` and its clauses, when the index has it, in the open batch.
    void remove(const std::string& id) {
        const std::string id_term = document_id_term(id);
        if (db.postlist_begin(id_term) == db.postlist_end(id_term)) return;
        begin();
        clauses().delete_document(schema::term(schema::kParent, id));
        db.delete_document(id_term);
        written_ids.erase(id_term);
        note_current(id_term);  // gone is as good as rewritten for the schema upgrade
        if (++pending >= options.batch_size) commit();
    }

    // Rewrites the facet store unless it was written for the database as it is now.
    void update_facet_store() {
        if (!keeps_facet_store || FacetStore::is_current(path, db)) return;
        FacetStore::write(db, path);
    }

    // Opens (or creates) the database at `path` and reads its schema version.
    void open() {
        try {
            db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN | open_flags);
            fresh = db.get_doccount() == 0;
            written_ids.clear();
            displayed.clear();
        } catch (const Xapian::DatabaseLockError& e) {
            throw IndexError(path + ": the index is being written by another process (" + e.get_msg() + ")");
        } catch (const Xapian::Error& e) {
            throw IndexError(path + ": cannot open the index: " + e.get_description());
        }
        try {
            check_schema_version();
        } catch (const Xapian::Error& e) {
            fail("cannot read the schema version", e);
        }
        try {
            const std::string recorded = db.get_metadata(std::string(schema::kPairWordsKey));
            pair_words_recorded = !recorded.empty();
            pair_words = pair_words_recorded ? PairWords::parse(recorded) : analyzer.pair_words();
        } catch (const Xapian::Error& e) {
            fail("cannot read the pair word list", e);
        }
        // Words go into Xapian's spelling table too (the searcher's "did you mean" reads it),
        // counted by `spelling`, not by the term generator's FLAG_SPELLING.
        shared_synonyms_checked = false;
    }

    [[noreturn]] void fail(const std::string& what, const Xapian::Error& e) const {
        throw IndexError(path + ": " + what + ": " + e.get_description());
    }

    // Where clause documents go.
    Xapian::WritableDatabase& clauses() { return clause_db ? *clause_db : db; }

    void open_clause_database(const fs::path& folder) {
        try {
            clause_db.emplace(folder.string(), Xapian::DB_CREATE_OR_OVERWRITE | open_flags);
        } catch (const Xapian::Error& e) {
            fail("cannot create the shard's clause database", e);
        }
    }

    void begin() {
        if (in_transaction) return;
        db.begin_transaction(true);
        if (clause_db) clause_db->begin_transaction(true);
        in_transaction = true;
    }

    void commit() {
        if (!in_transaction) return;
        if (is_shard) {
            shard_spelling->merge(spelling);
        } else {
            spelling.write_into(db);
        }
        // A shard is scratch: a failure between the two loses the shard, not an index.
        if (clause_db) clause_db->commit_transaction();
        db.commit_transaction();
        in_transaction = false;
        pending = 0;
    }

    void cancel() {
        spelling.clear();
        if (!in_transaction) return;
        in_transaction = false;
        try {
            db.cancel_transaction();
            if (clause_db) clause_db->cancel_transaction();
        } catch (const Xapian::Error&) {
            // Nothing more can be done: the uncommitted batch is lost either way.
        }
    }

    // Adds a synonym unless the database has it (an unchanged table means an unchanged index).
    void ensure_synonym(const std::string& key, const std::string& term) {
        for (auto it = db.synonyms_begin(key); it != db.synonyms_end(key); ++it) {
            if (*it == term) return;
        }
        db.add_synonym(key, term);
    }

    // The shared synonym table and the pair word list go into the database with the first
    // document written.
    void ensure_shared_synonyms() {
        if (!pair_words_recorded && !pair_words.empty()) {
            db.set_metadata(std::string(schema::kPairWordsKey), pair_words.serialise());
            pair_words_recorded = true;
        }
        if (shared_synonyms_checked) return;
        for (const auto& [key, term] : analyzer.shared_synonyms()) ensure_synonym(key, term);
        shared_synonyms_checked = true;
    }

    // Schema upgrade (schema.h, kSchemaVersionKey). `version_current`: the database says every
    // document has the current schema. Otherwise `outdated` holds the id terms of the documents
    // that were there when the writer opened and have not been rewritten yet; the version is
    // written (in the same transaction as the last of them) once it is empty.
    bool version_current = false;
    std::unordered_set<std::string> outdated;

    // Reads the database's schema version; throws for a database of a newer schema.
    void check_schema_version() {
        outdated.clear();
        const std::string stored = db.get_metadata(std::string(schema::kSchemaVersionKey));
        const int version = stored.empty() ? 1 : std::atoi(stored.c_str());
        if (version > schema::kSchemaVersion) {
            throw IndexError(path + ": the index was written with schema version " + stored +
                             "; this program writes version " + std::to_string(schema::kSchemaVersion));
        }
        version_current = version == schema::kSchemaVersion;
        if (version_current) return;
        // Every document (not clause) id: the Q terms without a clause suffix.
        const std::string prefix(schema::kId);
        for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
            const std::string term = *it;
            if (!is_clause_id(term)) outdated.insert(term);
        }
    }

    // Called inside the transaction after `id_term` was written with the current schema.
    void note_current(const std::string& id_term) {
        if (version_current) return;
        outdated.erase(id_term);
        if (!outdated.empty()) return;
        db.set_metadata(std::string(schema::kSchemaVersionKey), std::to_string(schema::kSchemaVersion));
        version_current = true;
    }

    // The stored content hash of the document with `id_term`, or nullopt when there is none.
    std::optional<std::string> stored_hash(const std::string& id_term) {
        Xapian::PostingIterator it = db.postlist_begin(id_term);
        if (it == db.postlist_end(id_term)) return std::nullopt;
        return db.get_document(*it).get_value(schema::kContentHashSlot);
    }
};

namespace {

// The docid of document `id` when it holds `term`, or nullopt.
std::optional<Xapian::docid> holder_of(const Xapian::Database& db, const std::string& id, const std::string& term) {
    const std::string id_term = document_id_term(id);
    const Xapian::PostingIterator document = db.postlist_begin(id_term);
    if (document == db.postlist_end(id_term) || term.empty()) return std::nullopt;
    Xapian::PostingIterator holder = db.postlist_begin(term);
    holder.skip_to(*document);
    if (holder == db.postlist_end(term) || *holder != *document) return std::nullopt;
    return *document;
}

// The content hash of every document of `db` with its id: the hashes from their value slot
// (documents have one, clauses none), the ids from their id terms (not a clause's: is_clause_id).
std::vector<KnownContent::Entry> read_known_content(const Xapian::Database& db) {
    std::vector<std::pair<Xapian::docid, std::array<std::uint8_t, 32>>> hashes;  // in docid order
    const auto slot = schema::kContentHashSlot;
    for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
        if (const auto hash = KnownContent::parse_hash(*it)) hashes.emplace_back(it.get_docid(), *hash);
    }
    std::vector<KnownContent::Entry> entries;
    entries.reserve(hashes.size());
    const std::string prefix(schema::kId);
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
        const std::string term = *it;
        if (is_clause_id(term)) continue;
        const Xapian::PostingIterator posting = db.postlist_begin(term);
        if (posting == db.postlist_end(term)) continue;
        const Xapian::docid docid = *posting;
        const auto hash = std::lower_bound(hashes.begin(), hashes.end(), docid,
                                           [](const auto& entry, Xapian::docid d) { return entry.first < d; });
        if (hash == hashes.end() || hash->first != docid) continue;
        entries.push_back({hash->second, term.substr(prefix.size()), {}, {}, {}});
    }
    // Files not kept because of their twins, while the kept document still holds the twin term.
    // (After the documents: a hash both have is a document's.)
    const std::string key_prefix(schema::kTwinFileKeyPrefix);
    for (auto it = db.metadata_keys_begin(key_prefix); it != db.metadata_keys_end(key_prefix); ++it) {
        const std::string key = *it;
        const auto hash = KnownContent::parse_hash(std::string_view(key).substr(key_prefix.size()));
        const std::string value = db.get_metadata(key);
        const auto first = value.find('\n'), second = value.find('\n', first + 1);
        if (!hash || first == std::string::npos || second == std::string::npos) continue;
        KnownContent::Entry entry{*hash, value.substr(second + 1), value.substr(0, first),
                                  value.substr(first + 1, second - first - 1), {}};
        const auto kept = holder_of(db, entry.kept_id, entry.twin_term);
        if (!kept) continue;
        entry.kept_source_path = stored_source_path(db, *kept);
        entries.push_back(std::move(entry));
    }
    return entries;
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& path, const text::Analysis& analysis,
                         IndexWriterOptions options)
    : IndexWriter(path, analysis, options, Durability::Synced) {}

IndexWriter::IndexWriter(const std::filesystem::path& path, const text::Analysis& analysis,
                         IndexWriterOptions options, Durability durability)
    : impl_(std::make_unique<Impl>(analysis)) {
    impl_->options = options;
    if (durability == Durability::Scratch) impl_->open_flags = Xapian::DB_NO_SYNC;
    impl_->path = path.string();
    if (impl_->options.batch_size == 0) impl_->options.batch_size = 1;
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    if (ec) throw IndexError(path.string() + ": cannot create the index folder: " + ec.message());
    impl_->open();
}

IndexWriter::~IndexWriter() {
    if (!impl_) return;
    impl_->cancel();
    std::error_code ignored;
    for (const auto& [n, shard] : impl_->shards) fs::remove_all(shard, ignored);
}

WriteOutcome IndexWriter::write(const model::Document& document, TwinNote* twin) {
    try {
        if (document.id.empty()) throw Error("document from " + document.source_path + " has no id");
        const std::string id_term = document_id_term(document.id);
        // In a database this writer filled from empty, an id it has not written is new.
        const bool known_new = impl_->fresh && !impl_->written_ids.contains(id_term);
        const auto old_hash = known_new ? std::nullopt : impl_->stored_hash(id_term);
        // An index of an older schema is rewritten whole, unchanged documents included.
        if (old_hash && !impl_->options.force && impl_->version_current && !document.content_hash.empty() &&
            *old_hash == document.content_hash) {
            return WriteOutcome::Unchanged;
        }
        MappedSet set = map_document(document, impl_->generator, impl_->analyzer, impl_->pair_words);
        if (!set.twin_term.empty()) {
            if (const auto kept = impl_->kept_twin(set.twin_term, document)) {
                if (twin) {
                    *twin = {document.id, document.source_path, kept->id, stored_source_path(impl_->db, kept->docid)};
                }
                impl_->remove(document.id);
                impl_->note_twin_file(document.content_hash, set.twin_term, kept->id, document.id);
                return WriteOutcome::Twin;
            }
            impl_->written_twins.insert(set.twin_term);
        }
        impl_->begin();
        impl_->ensure_shared_synonyms();
        for (const auto& [key, term] : set.synonyms) impl_->ensure_synonym(key, term);
        if (known_new) {
            impl_->db.add_document(set.main.document);
            for (const auto& clause : set.clauses) impl_->clauses().add_document(clause.document);
        } else {
            // Clauses of an earlier version may be gone in this one: remove them all first.
            impl_->clauses().delete_document(schema::term(schema::kParent, document.id));
            impl_->db.replace_document(set.main.id_term, set.main.document);
            for (const auto& clause : set.clauses) impl_->clauses().replace_document(clause.id_term, clause.document);
        }
        impl_->spelling.count(set.main.document);
        if (impl_->fresh) impl_->written_ids.insert(id_term);
        impl_->note_current(set.main.id_term);
        for (const auto& [term, display] : set.displays) {
            if (impl_->displayed.contains(term)) continue;
            const std::string key = std::string(schema::kDisplayKeyPrefix) + term;
            if (impl_->db.get_metadata(key).empty()) impl_->db.set_metadata(key, display);
            impl_->displayed.insert(term);
        }
        if (++impl_->pending >= impl_->options.batch_size) impl_->commit();
        return old_hash ? WriteOutcome::Replaced : WriteOutcome::Added;
    } catch (const Xapian::Error& e) {
        impl_->fail("cannot store document " + document.id, e);
    }
}

std::vector<TwinNote> IndexWriter::resolve_twins() {
    std::vector<TwinNote> removed;
    try {
        std::vector<std::string> terms(impl_->written_twins.begin(), impl_->written_twins.end());
        if (impl_->twins_merged) {
            terms.clear();
            const std::string prefix(schema::kTwin);
            for (auto it = impl_->db.allterms_begin(prefix); it != impl_->db.allterms_end(prefix); ++it) {
                if (it.get_termfreq() > 1) terms.push_back(*it);
            }
        }
        std::sort(terms.begin(), terms.end());  // the same order of notes whatever the set's
        for (const auto& term : terms) {
            if (impl_->db.get_termfreq(term) < 2) continue;  // most agreements have no twin
            const std::vector<StoredTwin> twins = stored_twins(impl_->db, term);
            if (twins.size() < 2) continue;
            // The best source; of equal ones the first written (lowest docid: twins come in docid
            // order). Every document of the archive's own XML stays.
            const StoredTwin* kept = &twins.front();
            for (const auto& t : twins) {
                if (t.rank > kept->rank) kept = &t;
            }
            const std::string kept_path = stored_source_path(impl_->db, kept->docid);
            for (const auto& t : twins) {
                if (&t == kept || t.rank >= kOwnSchemaRank) continue;
                removed.push_back({t.id, stored_source_path(impl_->db, t.docid), kept->id, kept_path});
                const std::string hash = impl_->db.get_document(t.docid).get_value(schema::kContentHashSlot);
                impl_->remove(t.id);
                impl_->note_twin_file(hash, term, kept->id, t.id);
            }
        }
    } catch (const Xapian::Error& e) {
        impl_->fail("cannot resolve twins", e);
    }
    impl_->written_twins.clear();
    impl_->twins_merged = false;
    return removed;
}

void IndexWriter::commit() {
    try {
        impl_->commit();
        impl_->update_facet_store();
    } catch (const Xapian::Error& e) {
        impl_->fail("cannot commit", e);
    }
}

std::shared_ptr<const KnownContent> IndexWriter::known_content() const {
    if (impl_->options.force || !impl_->version_current) return nullptr;
    try {
        if (impl_->db.get_doccount() == 0) return nullptr;
        return std::make_shared<const KnownContent>(read_known_content(impl_->db));
    } catch (const Xapian::Error& e) {
        impl_->fail("cannot read the content hashes of the indexed documents", e);
    }
}

bool IndexWriter::keeps_twin(const std::string& kept_id, const std::string& twin_term) const {
    try {
        return holder_of(impl_->db, kept_id, twin_term).has_value();
    } catch (const Xapian::Error& e) {
        impl_->fail("cannot read document " + kept_id, e);
    }
}

std::size_t IndexWriter::document_count() const {
    try {
        return impl_->db.get_termfreq(schema::term(schema::kKind, schema::kKindDocument));
    } catch (const Xapian::Error& e) {
        impl_->fail("cannot count documents", e);
    }
}

fs::path IndexWriter::shard_path(std::size_t n) const {
    return sibling(folder_path(impl_->path), ".shard-" + std::to_string(n));
}

std::unique_ptr<IndexWriter> IndexWriter::open_shard(std::size_t n) {
    const fs::path path = shard_path(n);
    std::error_code ec;
    fs::remove_all(path, ec);
    if (ec) throw IndexError(path.string() + ": cannot delete an old shard: " + ec.message());
    impl_->shards[n] = path;
    std::unique_ptr<IndexWriter> shard(new IndexWriter(path, impl_->analysis, impl_->options, Durability::Scratch));
    shard->impl_->keeps_facet_store = false;
    shard->impl_->is_shard = true;
    shard->impl_->shard_spelling = impl_->shard_spelling;
    shard->impl_->open_clause_database(path / kShardClauses);
    return shard;
}

void IndexWriter::merge_shards() {
    if (impl_->in_transaction) throw IndexError(impl_->path + ": commit before merging shards");
    if (impl_->shards.empty()) return;
    const fs::path target = folder_path(impl_->path);
    const fs::path merged = sibling(target, ".merging");
    const fs::path old = sibling(target, ".replaced");
    std::error_code ec;
    fs::remove_all(merged, ec);
    fs::remove_all(old, ec);
    try {
        // Every document before every clause: a search of one kind skips the other's postings.
        Xapian::Database sources(impl_->path);
        for (const auto& [n, shard] : impl_->shards) sources.add_database(Xapian::Database(shard.string()));
        for (const auto& [n, shard] : impl_->shards) {
            sources.add_database(Xapian::Database((shard / kShardClauses).string()));
        }
        ShardCompactor compactor;
        sources.compact(merged.string(), 0, 0, compactor);
        // The shards' words, counted once for the whole build.
        Xapian::WritableDatabase out(merged.string(), Xapian::DB_OPEN);
        impl_->shard_spelling->write_into(out);
        out.commit();
        out.close();
    } catch (const Xapian::Error& e) {
        fs::remove_all(merged, ec);
        impl_->fail("cannot merge the shards", e);
    }
    impl_->db.close();
    fs::rename(target, old, ec);
    if (!ec) fs::rename(merged, target, ec);
    if (ec) {
        throw IndexError(target.string() + ": cannot put the merged index in place: " + ec.message() +
                         " (the merged index is in " + merged.string() + ")");
    }
    fs::remove_all(old, ec);
    for (const auto& [n, shard] : impl_->shards) fs::remove_all(shard, ec);
    impl_->shards.clear();
    impl_->open();
    impl_->twins_merged = true;
}

}  // namespace arsip::index
