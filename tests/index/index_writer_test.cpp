#include "index/index_writer.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <set>

#include "index/analyzer.h"
#include "index/document_mapper.h"
#include "index/pair_terms.h"
#include "index/schema.h"
#include "index/searcher.h"
#include "index_test_documents.h"
#include "model/errors.h"
#include "temp_dir.h"
#include "test_analysis.h"
#include "text/stopwords.h"

namespace arsip::index {
namespace {

using arsip::testing::agreement;
using arsip::testing::article;
using arsip::testing::TempDir;

std::size_t count_hits(const std::filesystem::path& db, const std::string& query, SearchMode mode) {
    Searcher searcher(db, arsip::testing::analysis());
    SearchRequest request;
    request.query = query;
    request.mode = mode;
    return searcher.search(request).total;
}

TEST(IndexWriterTest, RewritingTheSameDocumentsKeepsTheCount) {
    TempDir dir;
    const auto a = article("a1", "Misi dagang Kaltim", {"Transaksi mencapai Rp666 miliar."});
    const auto b = agreement("mou-1", 3);
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        EXPECT_EQ(writer.write(a), WriteOutcome::Added);
        EXPECT_EQ(writer.write(b), WriteOutcome::Added);
        writer.commit();
        EXPECT_EQ(writer.document_count(), 2u);
    }
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        EXPECT_EQ(writer.write(a), WriteOutcome::Unchanged);
        EXPECT_EQ(writer.write(b), WriteOutcome::Unchanged);
        writer.commit();
        EXPECT_EQ(writer.document_count(), 2u);
    }
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis(), {.batch_size = 10, .force = true});
        EXPECT_EQ(writer.write(a), WriteOutcome::Replaced);
        writer.commit();
        EXPECT_EQ(writer.document_count(), 2u);
    }
    EXPECT_EQ(count_hits(dir.path(), "", SearchMode::Clauses), 3u);
}

TEST(IndexWriterTest, ChangedDocumentReplacesItsClauses) {
    TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        writer.write(agreement("mou-1", 4));
        writer.commit();
    }
    EXPECT_EQ(count_hits(dir.path(), "jangka waktu", SearchMode::Clauses), 1u);
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        EXPECT_EQ(writer.write(agreement("mou-1", 2)), WriteOutcome::Replaced);
        writer.commit();
    }
    // Pasal 3 and 4 of the old version are gone with it.
    EXPECT_EQ(count_hits(dir.path(), "", SearchMode::Clauses), 2u);
    EXPECT_EQ(count_hits(dir.path(), "jangka waktu", SearchMode::Clauses), 0u);
}

// A writer that filled an empty index adds ids it has not seen without looking them up; an id
// it wrote earlier in the same session (same batch or an earlier one) is still replaced.
// The content hash of a file, as ingest::sha256_hex writes it: 64 hex digits.
std::string file_hash(char digit) { return std::string(64, digit); }

TEST(IndexWriterTest, KnownContentHoldsEachDocumentsHashWithItsId) {
    TempDir dir;
    auto a = article("a1", "Misi dagang Kaltim", {"Transaksi mencapai Rp666 miliar."});
    a.content_hash = file_hash('a');
    auto b = agreement("Mou-1", 3);  // an id that starts with a capital
    b.content_hash = file_hash('b');
    auto c = article("c1", "Banjir di Samarinda", {"Air naik."});
    c.content_hash = "";  // written without a hash (not from a file)
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        EXPECT_EQ(writer.known_content(), nullptr) << "an empty index";
        writer.write(a);
        writer.write(b);
        writer.write(c);
        writer.commit();
    }
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        const auto known = writer.known_content();
        ASSERT_NE(known, nullptr);
        EXPECT_EQ(known->size(), 2u) << "the documents with a hash; the agreement's clauses have none";
        const struct {
            std::string hash;
            std::optional<std::string_view> id;
            const char* context;
        } cases[] = {
            {file_hash('a'), "a1", "an article"},
            {file_hash('b'), "Mou-1", "an agreement (not one of its clauses)"},
            {file_hash('c'), std::nullopt, "a hash no document has"},
        };
        for (const auto& k : cases) {
            SCOPED_TRACE(k.context);
            const KnownContent::Entry* entry = known->find(k.hash);
            EXPECT_EQ(entry ? std::optional<std::string_view>(entry->id) : std::nullopt, k.id);
            if (entry) {
                EXPECT_EQ(entry->kept_id, "") << "a document, not a twin file";
            }
        }
    }
    IndexWriter forced(dir.path(), arsip::testing::analysis(), {.force = true});
    EXPECT_EQ(forced.known_content(), nullptr) << "with force every file is loaded and written";
}

TEST(IndexWriterTest, IdWrittenTwiceIntoAFreshIndexIsReplaced) {
    for (const std::size_t batch : {std::size_t{1}, std::size_t{10}}) {
        SCOPED_TRACE("batch size " + std::to_string(batch));
        TempDir dir;
        {
            IndexWriter writer(dir.path(), arsip::testing::analysis(), {.batch_size = batch});
            EXPECT_EQ(writer.write(agreement("mou-1", 4)), WriteOutcome::Added);
            EXPECT_EQ(writer.write(article("a1", "Misi dagang Kaltim", {"Rp666 miliar."})), WriteOutcome::Added);
            EXPECT_EQ(writer.write(agreement("mou-1", 2)), WriteOutcome::Replaced);
            EXPECT_EQ(writer.write(article("a1", "Misi dagang Kaltim", {"Rp666 miliar."})), WriteOutcome::Unchanged);
            writer.commit();
            EXPECT_EQ(writer.document_count(), 2u);
        }
        EXPECT_EQ(count_hits(dir.path(), "", SearchMode::Clauses), 2u);
        EXPECT_EQ(count_hits(dir.path(), "jangka waktu", SearchMode::Clauses), 0u);
        EXPECT_EQ(count_hits(dir.path(), "", SearchMode::Documents), 2u);
    }
}

TEST(IndexWriterTest, UncommittedBatchIsAbandonedButEarlierCommitsStay) {
    TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis(), {.batch_size = 100});
        writer.write(article("a1", "Satu", {"pertama"}));
        writer.commit();
        writer.write(article("a2", "Dua", {"kedua"}));
        // Destroyed without commit: as if the process died here.
    }
    Searcher searcher(dir.path(), arsip::testing::analysis());
    EXPECT_EQ(searcher.document_count(), 1u);
    EXPECT_TRUE(searcher.document("a1").has_value());
    EXPECT_FALSE(searcher.document("a2").has_value());
}

std::map<std::string, Xapian::doccount> spelling_table(const std::filesystem::path& path) {
    std::map<std::string, Xapian::doccount> out;
    const Xapian::Database db(path.string());
    for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w) out[*w] = w.get_termfreq();
    return out;
}

// The writer counts spelling itself (spelling_counts.h): its table must be what Xapian's term
// generator with FLAG_SPELLING gives for the documents (their own words once, not the clauses').
TEST(IndexWriterTest, SpellingTableIsWhatTheTermGeneratorWouldWrite) {
    const std::vector<model::Document> documents{
        article("a1", "Misi dagang Kaltim", {"Transaksi mencapai Rp666 miliar di Balikpapan.", "Misi dagang, misi dagang."}),
        agreement("mou-1", 3),
        article("a2", "Kunjungan Pemprov Jatim", {"Gubernur Jawa Timur berkunjung ke Samarinda."}, "2024-02-01"),
        agreement("mou-2", 4),
    };
    const struct {
        std::string context;
        std::size_t batch_size;
        bool written_twice;  // a second run with force: every document replaced
    } cases[] = {
        {"one batch", 100, false},
        {"batches of one", 1, false},
        {"batches of three, then rewritten", 3, true},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.context);
        TempDir dir;
        {
            const Analyzer analyzer(arsip::testing::analysis());
            Xapian::WritableDatabase reference((dir / "reference").string(), Xapian::DB_CREATE);
            Xapian::TermGenerator generator = analyzer.make_term_generator();
            generator.set_database(reference);
            generator.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
            for (int run = 0; run < (c.written_twice ? 2 : 1); ++run) {
                for (const auto& d : documents) map_document(d, generator, analyzer);
            }
            reference.commit();
        }
        for (int run = 0; run < (c.written_twice ? 2 : 1); ++run) {
            IndexWriter writer(dir / "index", arsip::testing::analysis(), {.batch_size = c.batch_size, .force = true});
            for (const auto& d : documents) writer.write(d);
            writer.commit();
        }
        const auto expected = spelling_table(dir / "reference");
        EXPECT_GT(expected.size(), 20u);
        EXPECT_EQ(spelling_table(dir / "index"), expected);
    }
}

TEST(IndexWriterTest, AbandonedBatchAddsNoSpelling) {
    TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis(), {.batch_size = 100});
        writer.write(article("a1", "Satu", {"pertama"}));
        writer.commit();
        writer.write(article("a2", "Dua", {"kedua"}));
    }
    {
        // Its next batch does not carry the abandoned one's words either.
        IndexWriter writer(dir.path(), arsip::testing::analysis(), {.batch_size = 100});
        writer.write(article("a3", "Tiga", {"ketiga"}));
        writer.commit();
    }
    const auto table = spelling_table(dir.path());
    EXPECT_TRUE(table.contains("pertama"));
    EXPECT_TRUE(table.contains("ketiga"));
    EXPECT_FALSE(table.contains("kedua"));
    EXPECT_FALSE(table.contains("dua"));
}

TEST(IndexWriterTest, FullBatchesAreCommittedAsTheyFill) {
    TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis(), {.batch_size = 2});
        for (int i = 0; i < 5; ++i) writer.write(article("a" + std::to_string(i), "Judul", {"isi"}));
        // Two full batches (4 documents) are committed; the fifth is not.
    }
    Searcher searcher(dir.path(), arsip::testing::analysis());
    EXPECT_EQ(searcher.document_count(), 4u);
}

TEST(IndexWriterTest, SecondWriterOnTheSameIndexIsRefusedClearly) {
    TempDir dir;
    IndexWriter first(dir.path(), arsip::testing::analysis());
    try {
        IndexWriter second(dir.path(), arsip::testing::analysis());
        FAIL() << "a second writer should be refused";
    } catch (const IndexError& e) {
        EXPECT_NE(std::string(e.what()).find("another process"), std::string::npos) << e.what();
    }
}

TEST(IndexWriterTest, MissingParentFoldersAreCreated) {
    TempDir dir;
    const auto db = dir / "var/archive/index";
    {
        IndexWriter writer(db, arsip::testing::analysis());
        writer.write(article("a1", "Judul", {"isi"}));
        writer.commit();
    }
    EXPECT_EQ(Searcher(db, arsip::testing::analysis()).document_count(), 1u);
}

TEST(IndexWriterTest, IndexPathThatIsAFileIsAnIndexError) {
    TempDir dir;
    const auto file = dir / "not-a-folder";
    { std::ofstream(file) << "x"; }
    EXPECT_THROW(IndexWriter writer(file, arsip::testing::analysis()), IndexError);
}

// Turns a database written now into what schema version 1 wrote: no facet slots, no amount on
// clauses, no version key.
void downgrade_to_schema_1(const std::filesystem::path& path) {
    Xapian::WritableDatabase db(path.string(), Xapian::DB_OPEN);
    const std::vector<Xapian::docid> ids(db.postlist_begin(""), db.postlist_end(""));
    for (const Xapian::docid id : ids) {
        Xapian::Document doc = db.get_document(id);
        doc.clear_values();
        // What version 1 stored: date, content hash, parent id, clause order; amount on documents.
        const Xapian::Document now = db.get_document(id);
        for (const auto slot : {schema::kDateSlot, schema::kContentHashSlot, schema::kParentIdSlot,
                                schema::kClauseOrderSlot}) {
            doc.add_value(slot, now.get_value(slot));
        }
        if (now.get_value(schema::kParentIdSlot).empty()) {
            doc.add_value(schema::kLargestAmountSlot, now.get_value(schema::kLargestAmountSlot));
        }
        db.replace_document(id, doc);
    }
    db.set_metadata(std::string(schema::kSchemaVersionKey), "");
    db.commit();
}

std::string schema_version(const std::filesystem::path& path) {
    return Xapian::Database(path.string()).get_metadata(std::string(schema::kSchemaVersionKey));
}

// Matches per type facet value, as the searcher counts them.
std::size_t type_count(const std::filesystem::path& db, const std::string& type) {
    Searcher searcher(db, arsip::testing::analysis());
    const SearchResult result = searcher.search({});
    for (const auto& value : result.facets.at(0).values) {
        if (value.key == type) return value.count;
    }
    return 0;
}

TEST(IndexWriterTest, IndexOfAnOlderSchemaIsRewrittenWhole) {
    TempDir dir;
    const auto a = article("a1", "Misi dagang Kaltim", {"Transaksi mencapai Rp666 miliar."});
    const auto b = agreement("mou-1", 3);
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        writer.write(a);
        writer.write(b);
        writer.commit();
    }
    EXPECT_EQ(schema_version(dir.path()), std::to_string(schema::kSchemaVersion));
    EXPECT_EQ(type_count(dir.path(), "article"), 1u);
    downgrade_to_schema_1(dir.path());
    ASSERT_EQ(type_count(dir.path(), "article"), 0u) << "the facet slots are gone";
    EXPECT_EQ(IndexWriter(dir.path(), arsip::testing::analysis()).known_content(), nullptr)
        << "every file is loaded and rewritten";

    // A run over part of the documents rewrites them but cannot call the index current.
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        EXPECT_EQ(writer.write(a), WriteOutcome::Replaced);
        writer.commit();
    }
    EXPECT_EQ(schema_version(dir.path()), "");
    EXPECT_EQ(type_count(dir.path(), "article"), 1u);
    EXPECT_EQ(type_count(dir.path(), "nota-kesepahaman"), 0u);

    // A run over all of them does.
    const struct {
        const model::Document* document;
        WriteOutcome first, second;
    } runs[] = {
        {&a, WriteOutcome::Replaced, WriteOutcome::Unchanged},
        {&b, WriteOutcome::Replaced, WriteOutcome::Unchanged},
    };
    for (const bool second : {false, true}) {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        for (const auto& run : runs) {
            SCOPED_TRACE(run.document->id + (second ? " (second run)" : " (first run)"));
            EXPECT_EQ(writer.write(*run.document), second ? run.second : run.first);
        }
        writer.commit();
    }
    EXPECT_EQ(schema_version(dir.path()), std::to_string(schema::kSchemaVersion));
    EXPECT_EQ(type_count(dir.path(), "article"), 1u);
    EXPECT_EQ(type_count(dir.path(), "nota-kesepahaman"), 1u);
    SearchRequest clauses;
    clauses.mode = SearchMode::Clauses;
    clauses.filters = {{"type", {"nota-kesepahaman"}}};
    EXPECT_EQ(Searcher(dir.path(), arsip::testing::analysis()).search(clauses).facets.at(0).values.at(0).count, 3u);
}

TEST(IndexWriterTest, IndexOfANewerSchemaIsRefused) {
    TempDir dir;
    {
        Xapian::WritableDatabase db(dir.path().string(), Xapian::DB_CREATE_OR_OPEN);
        db.set_metadata(std::string(schema::kSchemaVersionKey), std::to_string(schema::kSchemaVersion + 1));
        db.commit();
    }
    try {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        FAIL() << "a newer index should be refused";
    } catch (const IndexError& e) {
        EXPECT_NE(std::string(e.what()).find("schema version"), std::string::npos) << e.what();
    }
}

// Everything a database holds, docids aside: each document (by its Q term) with its terms
// (wdf and positions), values and data; the spelling and synonym tables; the metadata.
std::map<std::string, std::string> contents(const std::filesystem::path& path) {
    std::map<std::string, std::string> out;
    const Xapian::Database db(path.string());
    for (auto id = db.allterms_begin(std::string(schema::kId)); id != db.allterms_end(std::string(schema::kId)); ++id) {
        const Xapian::Document doc = db.get_document(*db.postlist_begin(*id));
        std::ostringstream text;
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
            text << *t << " " << t.get_wdf() << " [";
            for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) text << *p << ",";
            text << "]\n";
        }
        for (auto v = doc.values_begin(); v != doc.values_end(); ++v) text << "value " << v.get_valueno() << " " << *v << "\n";
        text << "data " << doc.get_data();
        out["doc " + *id] = text.str();
    }
    for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w) out["spelling " + *w] = std::to_string(w.get_termfreq());
    for (auto k = db.synonym_keys_begin(); k != db.synonym_keys_end(); ++k) {
        std::string terms;
        for (auto t = db.synonyms_begin(*k); t != db.synonyms_end(*k); ++t) terms += *t + " ";
        out["synonym " + *k] = terms;
    }
    for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k) out["metadata " + *k] = db.get_metadata(*k);
    out["documents"] = std::to_string(db.get_doccount());
    return out;
}

TEST(IndexWriterTest, ShardsMergeIntoWhatOneWriterWrites) {
    TempDir dir;
    const std::vector<model::Document> documents{
        article("a1", "Misi dagang Kaltim", {"Transaksi mencapai Rp666 miliar di Balikpapan."}),
        agreement("mou-1", 3),
        article("a2", "Kunjungan Pemprov Jatim", {"Gubernur Jawa Timur berkunjung ke Samarinda."}, "2024-02-01"),
        agreement("mou-2", 4),
        article("a3", "Pelabuhan Tarakan", {"Kaltara membangun pelabuhan baru di Tarakan."}, ""),
    };
    const auto one = dir / "one";
    {
        IndexWriter writer(one, arsip::testing::analysis(), {.batch_size = 2});
        for (const auto& d : documents) writer.write(d);
        writer.commit();
    }
    const auto merged = dir / "merged";
    IndexWriter writer(merged, arsip::testing::analysis(), {.batch_size = 2});
    {
        // Shard 0 takes the first two documents, shard 1 the others: the merge goes by shard
        // number, whatever order they were opened in.
        auto second = writer.open_shard(1);
        auto first = writer.open_shard(0);
        EXPECT_EQ(writer.shard_path(1), dir / "merged.shard-1");
        for (std::size_t i = 0; i < documents.size(); ++i) (i < 2 ? *first : *second).write(documents[i]);
        first->commit();
        second->commit();
    }
    writer.merge_shards();
    EXPECT_EQ(writer.document_count(), documents.size());
    EXPECT_FALSE(std::filesystem::exists(dir / "merged.shard-0"));
    EXPECT_FALSE(std::filesystem::exists(dir / "merged.shard-1"));

    const auto expected = contents(one);
    const auto actual = contents(merged);
    for (const auto& [key, value] : expected) {
        SCOPED_TRACE(key);
        const auto it = actual.find(key);
        ASSERT_NE(it, actual.end());
        EXPECT_EQ(it->second, value);
    }
    EXPECT_EQ(actual.size(), expected.size());
    // The documents in shard order, then every clause: one run of each kind.
    const Xapian::Database merged_db(merged.string());
    for (std::size_t i = 0; i < documents.size(); ++i) {
        SCOPED_TRACE(documents[i].id);
        EXPECT_EQ(*merged_db.postlist_begin(document_id_term(documents[i].id)), i + 1);
    }
    const std::string clause_term = schema::term(schema::kKind, schema::kKindClause);
    std::vector<Xapian::docid> clause_docids;
    for (auto p = merged_db.postlist_begin(clause_term); p != merged_db.postlist_end(clause_term); ++p) {
        clause_docids.push_back(*p);
    }
    ASSERT_EQ(clause_docids.size(), 7u) << "3 + 4 clauses";
    EXPECT_EQ(clause_docids.front(), documents.size() + 1);
    EXPECT_EQ(clause_docids.back(), documents.size() + 7) << "no gap";

    // The merged index takes more writes like any other.
    writer.write(article("a4", "Baru", {"Dokumen baru setelah penggabungan."}));
    writer.commit();
    EXPECT_EQ(Searcher(merged, arsip::testing::analysis()).document_count(), documents.size() + 1);
}

// A shard keeps its clauses in a database of their own until the merge: an agreement written
// twice into it still has only its last version's clauses.
TEST(IndexWriterTest, AgreementWrittenTwiceIntoAShardKeepsItsLastClauses) {
    TempDir dir;
    IndexWriter writer(dir.path(), arsip::testing::analysis(), {.batch_size = 1});
    {
        auto shard = writer.open_shard(0);
        shard->write(agreement("mou-1", 4));
        shard->write(agreement("mou-1", 2));
        shard->commit();
    }
    writer.merge_shards();
    const Xapian::Database db(dir.path().string());
    EXPECT_EQ(db.get_termfreq(schema::term(schema::kKind, schema::kKindDocument)), 1u);
    EXPECT_EQ(db.get_termfreq(schema::term(schema::kKind, schema::kKindClause)), 2u);
    EXPECT_EQ(db.get_termfreq(schema::term(schema::kParent, "mou-1")), 2u);
}

// The pair word list goes into the database with its first document, and a writer of that
// database keeps using it whatever its own analysis data says: the searcher relies on every
// document having the pair terms of the recorded list.
TEST(IndexWriterTest, PairWordsOfTheDatabaseAreKept) {
    TempDir dir;
    const auto pairs_of = [&](const std::string& id) {
        const Xapian::Database db(dir.path().string());
        std::set<std::string> out;
        const Xapian::Document doc = db.get_document(*db.postlist_begin(document_id_term(id)));
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
            if ((*t).rfind(schema::kPair, 0) == 0) out.insert((*t).substr(schema::kPair.size()));
        }
        return out;
    };
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        writer.write(article("a1", "Misi dagang", {"Kerja sama pemerintah provinsi."}));
        writer.commit();
    }
    const std::string recorded = Xapian::Database(dir.path().string()).get_metadata(std::string(schema::kPairWordsKey));
    EXPECT_EQ(recorded, PairWords(arsip::testing::analysis().pair_words->words()).serialise());
    EXPECT_EQ(pairs_of("a1"), (std::set<std::string>{"kerja sama", "sama pemerintah", "pemerintah provinsi"}));

    text::Analysis other = arsip::testing::analysis();
    other.pair_words = std::make_shared<const text::StopwordList>(text::StopwordList::parse("misi\ndagang\n", "test list"));
    {
        IndexWriter writer(dir.path(), other);
        writer.write(article("a2", "Misi dagang", {"Kerja sama pemerintah provinsi."}));
        writer.commit();
    }
    EXPECT_EQ(pairs_of("a2"), pairs_of("a1"));
    EXPECT_EQ(Xapian::Database(dir.path().string()).get_metadata(std::string(schema::kPairWordsKey)), recorded);

    TempDir fresh;
    {
        IndexWriter writer(fresh.path(), other);
        writer.write(article("a3", "Misi dagang", {"Kerja sama pemerintah provinsi."}));
        writer.commit();
    }
    const Xapian::Database db(fresh.path().string());
    EXPECT_EQ(db.get_termfreq(pair_term("misi", "dagang")), 1u) << "a new database takes the writer's list";
    EXPECT_EQ(db.get_termfreq(pair_term("kerja", "sama")), 0u);
}

TEST(IndexWriterTest, MergingWithAnOpenBatchIsRefused) {
    TempDir dir;
    IndexWriter writer(dir.path(), arsip::testing::analysis(), {.batch_size = 10});
    { auto shard = writer.open_shard(0); }
    writer.write(article("a1", "Judul", {"isi"}));
    EXPECT_THROW(writer.merge_shards(), IndexError);
}

TEST(IndexWriterTest, ShardsNeverMergedAreDeleted) {
    TempDir dir;
    const auto db = dir / "index";
    {
        IndexWriter writer(db, arsip::testing::analysis());
        auto shard = writer.open_shard(0);
        shard->write(article("a1", "Judul", {"isi"}));
        shard->commit();
        shard.reset();
        EXPECT_TRUE(std::filesystem::exists(dir / "index.shard-0"));
    }
    EXPECT_FALSE(std::filesystem::exists(dir / "index.shard-0"));
    EXPECT_EQ(Searcher(db, arsip::testing::analysis()).document_count(), 0u);
}

TEST(IndexWriterTest, DocumentWithoutIdIsRefused) {
    TempDir dir;
    IndexWriter writer(dir.path(), arsip::testing::analysis());
    model::Document d;
    d.source_path = "x.txt";
    EXPECT_THROW(writer.write(d), Error);
}

}  // namespace
}  // namespace arsip::index
