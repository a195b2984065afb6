// Ranking from the facet store against Xapian's own BM25, over the sample corpus: the same
// matches with the same weights, for every operator the rewrite accepts; what it declines; the
// kind source against the kind terms; and the searcher with and without its store.
#include "index/store_weighting.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "corpus_index.h"
#include "index/schema.h"
#include "index/index_writer.h"
#include "index/searcher.h"
#include "index_test_documents.h"
#include "same_facets.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::index {
namespace {

namespace fs = std::filesystem;
using arsip::testing::TempDir;
using Q = Xapian::Query;

class StoreWeightingTest : public arsip::testing::CorpusIndexTest {
protected:
    void SetUp() override {
        db_ = Xapian::Database(dir_->path().string());
        store_ = FacetStore::open(dir_->path(), db_);
        ASSERT_NE(store_, nullptr);
    }

    // The `n`-th most frequent term with `prefix` that carries a weight (wdf > 0).
    std::string frequent_term(const std::string& prefix, std::size_t n) const {
        std::vector<std::pair<Xapian::doccount, std::string>> terms;
        for (auto t = db_.allterms_begin(prefix); t != db_.allterms_end(prefix); ++t) {
            if (db_.get_collection_freq(*t) > 0) terms.emplace_back(t.get_termfreq(), *t);
        }
        std::sort(terms.rbegin(), terms.rend());
        EXPECT_GT(terms.size(), n);
        return terms.at(n).second;
    }

    // Every match of `query`: (docid, weight) in rank order.
    std::vector<std::pair<Xapian::docid, double>> matches(const Q& query) const {
        Xapian::Enquire enquire(db_);
        enquire.set_query(query);
        std::vector<std::pair<Xapian::docid, double>> out;
        const Xapian::MSet mset = enquire.get_mset(0, db_.get_doccount(), db_.get_doccount());
        for (auto it = mset.begin(); it != mset.end(); ++it) out.emplace_back(*it, it.get_weight());
        return out;
    }

    std::vector<Xapian::docid> docids(const Q& query) const {
        std::vector<Xapian::docid> out;
        for (const auto& [docid, weight] : matches(query)) out.push_back(docid);
        std::sort(out.begin(), out.end());
        return out;
    }

    Q rewritten(const Q& query) const {
        const auto out = store_weighted(query, store_);
        EXPECT_TRUE(out.has_value()) << query.get_description();
        return out.value_or(Q());
    }

    Xapian::Database db_;
    std::shared_ptr<const FacetStore> store_;
};

TEST_F(StoreWeightingTest, WeightsEqualXapianBM25) {
    // The commonest stem is in most of the corpus's Xapian documents: BM25's idf is then
    // adjusted to stay positive, a branch of its own.
    const std::string common = frequent_term("Z", 0);
    ASSERT_GT(db_.get_termfreq(common) * 2, db_.get_doccount()) << common;
    const std::string middle = frequent_term("Z", 40);
    const std::string rare = frequent_term("Z", 400);
    const Q kind(schema::term(schema::kKind, schema::kKindDocument));
    struct Case {
        const char* name;
        Q native;
        Q store;  // the same, rebuilt by hand where the rewrite cannot see a factor
    };
    const auto rw = [&](const std::string& term) { return rewritten(Q(term)); };
    const std::vector<Q> three{Q(common), Q(middle), Q(frequent_term("Z", 5))};
    const Q phrase(Q::OP_PHRASE, Q("kerja", 1, 1), Q("sama", 1, 2));
    ASSERT_FALSE(docids(phrase).empty()) << "the corpus has the phrase";
    const std::vector<Case> cases{
        {"common term", Q(common), rw(common)},
        {"rare term", Q(rare), rw(rare)},
        {"AND", Q(Q::OP_AND, Q(common), Q(middle)), rewritten(Q(Q::OP_AND, Q(common), Q(middle)))},
        {"OR", Q(Q::OP_OR, Q(middle), Q(rare)), rewritten(Q(Q::OP_OR, Q(middle), Q(rare)))},
        {"MAX with a scaled part (as the query builder makes it)",
         Q(Q::OP_MAX, Q(middle), Q(Q::OP_SCALE_WEIGHT, Q(rare), 2.0)),
         Q(Q::OP_MAX, rw(middle), Q(Q::OP_SCALE_WEIGHT, rw(rare), 2.0))},
        {"AND_MAYBE", Q(Q::OP_AND_MAYBE, Q(middle), Q(common)), rewritten(Q(Q::OP_AND_MAYBE, Q(middle), Q(common)))},
        {"FILTER by the kind term", Q(Q::OP_FILTER, Q(middle), kind), rewritten(Q(Q::OP_FILTER, Q(middle), kind))},
        {"AND_NOT", Q(Q::OP_AND_NOT, Q(common), Q(middle)), rewritten(Q(Q::OP_AND_NOT, Q(common), Q(middle)))},
        {"phrase", phrase, rewritten(phrase)},
        {"NEAR", Q(Q::OP_NEAR, Q("kerja", 1, 1), Q("sama", 1, 2)),
         rewritten(Q(Q::OP_NEAR, Q("kerja", 1, 1), Q("sama", 1, 2)))},
        {"a term no document has", Q("Znosuchterm"), rw("Znosuchterm")},
        // As the QueryParser expands a multi-word synonym ("kerja sama" = "kerjasama").
        {"synonym of an AND and a term", Q(Q::OP_SYNONYM, Q(Q::OP_AND, Q(common), Q(middle)), Q(rare)),
         rewritten(Q(Q::OP_SYNONYM, Q(Q::OP_AND, Q(common), Q(middle)), Q(rare)))},
        {"synonym of a three-term AND and a term",
         Q(Q::OP_SYNONYM, Q(Q::OP_AND, three.begin(), three.end()), Q(rare)),
         rewritten(Q(Q::OP_SYNONYM, Q(Q::OP_AND, three.begin(), three.end()), Q(rare)))},
        {"synonym of two terms", Q(Q::OP_SYNONYM, Q(middle), Q(rare)), rewritten(Q(Q::OP_SYNONYM, Q(middle), Q(rare)))},
        {"synonym of overlapping terms", Q(Q::OP_SYNONYM, Q(common), Q(middle)),
         rewritten(Q(Q::OP_SYNONYM, Q(common), Q(middle)))},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.name) + ": " + c.native.get_description());
        const auto expected = matches(c.native);
        const auto actual = matches(c.store);
        ASSERT_EQ(actual.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            EXPECT_EQ(actual[i].first, expected[i].first) << "rank " << i;
            EXPECT_NEAR(actual[i].second, expected[i].second, 1e-9) << "rank " << i;
        }
        if (std::string(c.name) != "a term no document has" && std::string(c.name) != "synonym of two terms") {
            EXPECT_FALSE(expected.empty());
        }
    }
}

TEST_F(StoreWeightingTest, DeclinesWhatItCannotWeighAlike) {
    const std::string term = frequent_term("Z", 3);
    const struct {
        const char* name;
        Q query;
    } cases[] = {
        {"scaled (its factor is not readable)", Q(Q::OP_SCALE_WEIGHT, Q(term), 2.0)},
        {"elite set", Q(Q::OP_ELITE_SET, Q(term), Q("Zkerja"))},
        {"wildcard", Q(Q::OP_WILDCARD, "ker")},
        {"match all", Q::MatchAll},
        {"synonym of a phrase", Q(Q::OP_SYNONYM, Q(Q::OP_PHRASE, Q("kerja"), Q("sama")), Q(term))},
        {"inside an AND", Q(Q::OP_AND, Q(term), Q(Q::OP_SCALE_WEIGHT, Q(term), 2.0))},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_FALSE(store_weighted(c.query, store_).has_value()) << c.query.get_description();
    }
    EXPECT_FALSE(store_weighted(Q(term), nullptr).has_value()) << "no store";
    EXPECT_FALSE(store_weighted(Q(), store_).has_value()) << "empty query";
}

TEST_F(StoreWeightingTest, KindSourceMatchesTheKindTerm) {
    const std::string term = frequent_term("Z", 10);
    for (const auto& [kind, name] : {std::pair{FacetStore::Kind::Document, schema::kKindDocument},
                                     std::pair{FacetStore::Kind::Clause, schema::kKindClause}}) {
        SCOPED_TRACE(std::string(name));
        const std::string kind_name = schema::term(schema::kKind, name);
        const Q kind_term(kind_name);
        ASSERT_EQ(store_->kind_count(kind), db_.get_termfreq(kind_name));
        const Q source((new KindSource(store_, kind, store_->kind_count(kind)))->release());
        // Alone (next) and as the filter of a term (skip_to and check).
        EXPECT_EQ(docids(Q(Q::OP_SCALE_WEIGHT, source, 0.0)), docids(Q(Q::OP_SCALE_WEIGHT, kind_term, 0.0)));
        const auto filtered = docids(Q(Q::OP_FILTER, Q(term), source));
        EXPECT_FALSE(filtered.empty());
        EXPECT_EQ(filtered, docids(Q(Q::OP_FILTER, Q(term), kind_term)));
        EXPECT_EQ(docids(Q(Q::OP_AND_NOT, Q(term), source)), docids(Q(Q::OP_AND_NOT, Q(term), kind_term)));
    }
}

// Where the other kind holds the docids between two runs, next, skip_to and check move to the
// next run's start (so the match skips the postings between), and report the end after the last.
TEST(KindSourceTest, MovesFromRunToRun) {
    TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        {
            auto shard = writer.open_shard(0);
            shard->write(arsip::testing::article("a1", "Satu", {"Isi pertama."}));
            shard->write(arsip::testing::agreement("mou-1", 2));
            shard->commit();
        }
        writer.merge_shards();  // documents 1-2, clauses 3-4
        writer.write(arsip::testing::article("a2", "Dua", {"Isi kedua."}));  // 5
        writer.commit();
    }
    const Xapian::Database db(dir.path().string());
    const auto store = FacetStore::open(dir.path(), db);
    ASSERT_NE(store, nullptr);
    const auto at = [](const KindSource& s) { return s.at_end() ? Xapian::docid{0} : s.get_docid(); };
    KindSource documents(store, FacetStore::Kind::Document, 3);
    documents.init(db);
    documents.next(0);
    EXPECT_EQ(at(documents), 1u);
    EXPECT_TRUE(documents.check(3, 0)) << "checked like skip_to";
    EXPECT_EQ(at(documents), 5u);
    documents.next(0);
    EXPECT_TRUE(documents.at_end());
    documents.init(db);
    documents.skip_to(2, 0);
    EXPECT_EQ(at(documents), 2u);
    documents.next(0);
    EXPECT_EQ(at(documents), 5u);

    KindSource clauses(store, FacetStore::Kind::Clause, 2);
    clauses.init(db);
    EXPECT_TRUE(clauses.check(1, 0));
    EXPECT_EQ(at(clauses), 3u);
    EXPECT_TRUE(clauses.check(4, 0));
    EXPECT_EQ(at(clauses), 4u);
    EXPECT_TRUE(clauses.check(5, 0));
    EXPECT_TRUE(clauses.at_end());
}

TEST_F(StoreWeightingTest, FacetFilterSourceMatchesTheFacetTerms) {
    const std::string word = frequent_term("Z", 10);
    const auto facet_index = [](std::string_view name) {
        return static_cast<std::size_t>(schema::find_facet(name) - schema::kFacets.data());
    };
    const struct {
        const char* name;
        std::size_t facet;
        std::vector<std::string> keys;
    } cases[] = {
        {"one type", facet_index("type"), {"article"}},
        {"two types", facet_index("type"), {"article", "kesepakatan-bersama"}},
        {"a year", facet_index("year"), {"2025"}},
        {"a place", facet_index("place"), {"kalimantan timur"}},
        {"a value no document has", facet_index("place"), {"papua"}},
        {"a known and an unknown value", facet_index("place"), {"samarinda", "papua"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        std::vector<std::string> terms;
        std::vector<Q> term_queries;
        std::vector<std::uint32_t> ids;
        for (const auto& key : c.keys) {
            terms.push_back(schema::term(schema::kFacets[c.facet].prefix, key));
            term_queries.emplace_back(terms.back());
            if (const auto id = store_->find(c.facet, key)) ids.push_back(*id);
        }
        const Q by_terms(Q::OP_OR, term_queries.begin(), term_queries.end());
        const Q source((new FacetFilterSource(store_, terms, ids))->release());
        // Leading the match (next, skip_to), and asked by a word that leads (check).
        EXPECT_EQ(docids(Q(Q::OP_SCALE_WEIGHT, source, 0.0)), docids(Q(Q::OP_SCALE_WEIGHT, by_terms, 0.0)));
        EXPECT_EQ(docids(Q(Q::OP_FILTER, Q(word), source)), docids(Q(Q::OP_FILTER, Q(word), by_terms)));
        EXPECT_EQ(docids(Q(Q::OP_AND_NOT, Q(word), source)), docids(Q(Q::OP_AND_NOT, Q(word), by_terms)));
        const Q kind((new KindSource(store_, FacetStore::Kind::Document, store_->kind_count(FacetStore::Kind::Document)))->release());
        const Q kind_term(schema::term(schema::kKind, schema::kKindDocument));
        EXPECT_EQ(docids(Q(Q::OP_FILTER, Q(word), Q(Q::OP_AND, source, kind))),
                  docids(Q(Q::OP_FILTER, Q(word), Q(Q::OP_AND, by_terms, kind_term))));
        if (std::string(c.name) != "a value no document has") {
            EXPECT_FALSE(docids(Q(Q::OP_SCALE_WEIGHT, by_terms, 0.0)).empty());
        }
        // Told the kind searched, it matches the same and estimates that kind's documents with
        // the values (the terms' postings count every clause too).
        for (const FacetStore::Kind k : {FacetStore::Kind::Document, FacetStore::Kind::Clause}) {
            FacetFilterSource kinded(store_, terms, ids, k);
            kinded.init(db_);
            std::size_t of_kind = 0;
            for (const auto& t : terms) {
                for (auto p = db_.postlist_begin(t); p != db_.postlist_end(t); ++p) of_kind += store_->kind(*p) == k;
            }
            EXPECT_EQ(kinded.get_termfreq_est(), of_kind) << "kind " << static_cast<int>(k);
            EXPECT_LE(kinded.get_termfreq_min(), kinded.get_termfreq_est());
            EXPECT_LE(kinded.get_termfreq_est(), kinded.get_termfreq_max());
            const Q kinded_query((new FacetFilterSource(store_, terms, ids, k))->release());
            EXPECT_EQ(docids(Q(Q::OP_FILTER, Q(word), kinded_query)), docids(Q(Q::OP_FILTER, Q(word), by_terms)));
        }
    }
}

struct SearchCase {
    const char* name;
    SearchRequest request;
};

// Requests of every shape the searcher ranks differently: words, phrases, synonyms, operators,
// fields, filters, clauses, no words, a later page.
std::vector<SearchCase> search_cases() {
    std::vector<SearchCase> cases;
    const auto add = [&](const char* name, auto&& set) {
        SearchRequest r;
        r.size = kMaxPageSize;
        r.facet_limit = 1000;
        set(r);
        cases.push_back({name, r});
    };
    add("one word", [](SearchRequest& r) { r.query = "perdagangan"; });
    add("two words", [](SearchRequest& r) { r.query = "misi dagang"; });
    add("any word", [](SearchRequest& r) {
        r.query = "magang perdagangan";
        r.match_any_word = true;
    });
    add("phrase", [](SearchRequest& r) { r.query = "\"kerja sama\""; });
    add("synonyms", [](SearchRequest& r) { r.query = "pemprov kaltim"; });
    add("operators", [](SearchRequest& r) { r.query = "perdagangan -magang"; });
    add("field", [](SearchRequest& r) { r.query = "tempat:samarinda kerja"; });
    add("filters", [](SearchRequest& r) {
        r.query = "kerja";
        r.filters = {{"type", {"article", "kesepakatan-bersama"}}, {"year", {"2025"}}};
    });
    add("clauses", [](SearchRequest& r) {
        r.query = "jangka waktu";
        r.mode = SearchMode::Clauses;
    });
    add("clauses, filtered", [](SearchRequest& r) {
        r.query = "pihak";
        r.mode = SearchMode::Clauses;
        r.filters = {{"place", {"kalimantan timur"}}};
    });
    // A filtered search's page is ranked among the matches its count lists (search_passes.h).
    add("filters, newest first", [](SearchRequest& r) {
        r.query = "kerja sama";
        r.filters = {{"place", {"kalimantan timur"}}, {"year", {"2025"}}};
        r.sort = SortOrder::DateDescending;
    });
    add("filters, largest amount first", [](SearchRequest& r) {
        r.query = "perdagangan";
        r.filters = {{"type", {"article", "nota-kesepahaman"}}};
        r.sort = SortOrder::AmountDescending;
    });
    add("filters, second page", [](SearchRequest& r) {
        r.query = "provinsi";
        r.filters = {{"place", {"kalimantan timur", "jawa timur"}}};
        r.offset = 2;
        r.size = 3;
    });
    add("filter, no words", [](SearchRequest& r) { r.filters = {{"place", {"kalimantan timur"}}}; });
    add("no words, newest first", [](SearchRequest& r) { r.sort = SortOrder::DateDescending; });
    // Sorted pages are chosen from the store's dates and amounts (keyed_page.h): short pages,
    // whose last hit ties others (clauses share their agreement's date and amount).
    for (const SortOrder order : {SortOrder::Relevance, SortOrder::DateAscending, SortOrder::DateDescending,
                                  SortOrder::AmountDescending}) {
        const auto sorted = [&](const char* name, auto&& set) {
            add(name, [&](SearchRequest& r) {
                r.sort = order;
                set(r);
            });
        };
        sorted("sorted: no words, 3 hits", [](SearchRequest& r) { r.size = 3; });
        sorted("sorted: no words, hits 4-7", [](SearchRequest& r) {
            r.offset = 3;
            r.size = 4;
        });
        sorted("sorted: words, 2 hits", [](SearchRequest& r) {
            r.query = "kalimantan";
            r.size = 2;
        });
        sorted("sorted: words and a filter, hits 2-4", [](SearchRequest& r) {
            r.query = "pihak";
            r.filters = {{"place", {"kalimantan timur"}}};
            r.offset = 1;
            r.size = 3;
        });
        sorted("sorted: clauses, 5 hits", [](SearchRequest& r) {
            r.query = "pihak";
            r.mode = SearchMode::Clauses;
            r.size = 5;
        });
    }
    add("second page", [](SearchRequest& r) {
        r.query = "kalimantan";
        r.offset = 3;
        r.size = 4;
    });
    return cases;
}

// Runs every search case on both searchers; once the totals and page sizes agree, hands the
// two results to `compare`, then compares their facets.
template <typename Compare>
void compare_searches(Searcher& first, Searcher& second, Compare compare) {
    for (const auto& c : search_cases()) {
        SCOPED_TRACE(c.name);
        const SearchResult a = first.search(c.request);
        const SearchResult b = second.search(c.request);
        EXPECT_EQ(a.total, b.total);
        ASSERT_EQ(a.hits.size(), b.hits.size());
        EXPECT_FALSE(a.hits.empty());
        compare(c, a, b);
        arsip::testing::expect_same_facets(a, b);
    }
}

// What a user gets back does not depend on whether the store was there to rank it.
TEST_F(StoreWeightingTest, SearchGivesTheSameResultsWithAndWithoutTheStore) {
    TempDir slots;
    fs::copy(dir_->path(), slots.path(), fs::copy_options::recursive);
    fs::remove(slots / std::string(kFacetStoreFile));
    Searcher with_store(dir_->path(), arsip::testing::analysis());
    Searcher without(slots.path(), arsip::testing::analysis());
    compare_searches(with_store, without, [](const SearchCase&, const SearchResult& a, const SearchResult& b) {
        for (std::size_t i = 0; i < a.hits.size(); ++i) {
            SCOPED_TRACE("hit " + std::to_string(i));
            EXPECT_EQ(a.hits[i].id, b.hits[i].id);
            EXPECT_EQ(a.hits[i].score, b.hits[i].score);
            EXPECT_EQ(a.hits[i].snippet, b.hits[i].snippet);
        }
    });
}

// An index built from shards (every document, then every clause: the kind source jumps over the
// other kind's run) answers like one built document by document (each followed by its clauses).
// Hits that tie may come in another order (their docids differ): each hit is compared by id.
TEST_F(StoreWeightingTest, SearchGivesTheSameResultsWhateverTheOrderOfDocuments) {
    TempDir sharded;
    arsip::testing::index_corpus(sharded.path(), {.jobs = 2, .chunk_files = 1, .min_files_for_shards = 1, .shard_files = 3});
    {
        const Xapian::Database db(sharded.path().string());
        const auto store = FacetStore::open(sharded.path(), db);
        ASSERT_NE(store, nullptr);
        EXPECT_EQ(store->runs(FacetStore::Kind::Document).size(), 1u);
        EXPECT_EQ(store->runs(FacetStore::Kind::Clause).size(), 1u);
        EXPECT_GT(store_->runs(FacetStore::Kind::Clause).size(), 1u) << "the one-by-one index interleaves";
    }
    Searcher interleaved(dir_->path(), arsip::testing::analysis());
    Searcher banded(sharded.path(), arsip::testing::analysis());
    compare_searches(interleaved, banded, [](const SearchCase& c, const SearchResult& a, const SearchResult& b) {
        std::map<std::string, const SearchHit*> by_id;
        for (const auto& hit : b.hits) by_id[hit.id] = &hit;
        for (std::size_t i = 0; i < a.hits.size(); ++i) {
            SCOPED_TRACE("hit " + std::to_string(i) + " " + a.hits[i].id);
            EXPECT_EQ(a.hits[i].score, b.hits[i].score) << "the same scores in the same order";
            const auto it = by_id.find(a.hits[i].id);
            if (c.request.offset == 0) {
                ASSERT_NE(it, by_id.end());
                EXPECT_EQ(it->second->score, a.hits[i].score);
                EXPECT_EQ(it->second->snippet, a.hits[i].snippet);
            }
        }
    });
}

}  // namespace
}  // namespace arsip::index
