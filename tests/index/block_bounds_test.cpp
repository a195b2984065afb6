// Block bounds over the sample corpus: every posting of a bounded term lies in its block and
// under its block's bounds; the facet store keeps them; a StoreBM25Source that passes over
// blocks for a minimum weight keeps every posting that reaches it, and a search ranked with
// them gives the page Xapian gives.
#include "index/block_bounds.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "corpus_index.h"
#include "index/facet_store.h"
#include "index/searcher.h"
#include "index/store_weighting.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::index {
namespace {

namespace fs = std::filesystem;
using arsip::testing::TempDir;
using Q = Xapian::Query;

std::vector<std::uint32_t> lengths_of(const Xapian::Database& db) {
    std::vector<std::uint32_t> out(std::size_t{db.get_lastdocid()} + 1, 0);
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) out[*it] = it.get_doclength();
    return out;
}

class BlockBoundsTest : public arsip::testing::CorpusIndexTest {
protected:
    void SetUp() override { db_ = Xapian::Database(dir_->path().string()); }

    // A copy of the corpus index whose store has blocks of `options`.
    fs::path copy_with(const BlockBoundsOptions& options) {
        copies_.push_back(std::make_unique<TempDir>());
        const fs::path path = copies_.back()->path();
        fs::copy(dir_->path(), path, fs::copy_options::recursive);
        FacetStore::write(Xapian::Database(path.string()), path, options);
        return path;
    }

    Xapian::Database db_;
    std::vector<std::unique_ptr<TempDir>> copies_;
};

TEST_F(BlockBoundsTest, EveryPostingLiesUnderItsBlocksBounds) {
    const std::vector<std::uint32_t> lengths = lengths_of(db_);
    const double inverse_average = 1 / db_.get_avlength();
    const std::vector<BlockBoundsOptions> table{{1, 1}, {3, 5}, {16, 20}, {128, 1024}};
    for (const auto& options : table) {
        SCOPED_TRACE("block size " + std::to_string(options.block_size) + ", min postings " +
                     std::to_string(options.min_postings));
        const CollectedBounds bounds = collect_block_bounds(db_, lengths, options);
        EXPECT_TRUE(std::is_sorted(bounds.terms.begin(), bounds.terms.end()));
        EXPECT_EQ(bounds.first_block.size(), bounds.terms.size() + 1);
        EXPECT_EQ(bounds.average_length, db_.get_avlength());
        std::size_t expected_terms = 0;
        for (auto t = db_.allterms_begin(); t != db_.allterms_end(); ++t) {
            const bool bounded = t.get_termfreq() >= options.min_postings && db_.get_collection_freq(*t) > 0;
            const auto at = std::lower_bound(bounds.terms.begin(), bounds.terms.end(), *t);
            ASSERT_EQ(at != bounds.terms.end() && *at == *t, bounded) << *t;
            if (!bounded) continue;
            ++expected_terms;
            const std::size_t i = static_cast<std::size_t>(at - bounds.terms.begin());
            const std::size_t first = bounds.first_block[i], end = bounds.first_block[i + 1];
            ASSERT_EQ(end - first, (t.get_termfreq() + options.block_size - 1) / options.block_size) << *t;
            std::size_t block = first, in_block = 0;
            std::uint32_t top_wdf = 0;
            for (auto p = db_.postlist_begin(*t); p != db_.postlist_end(*t); ++p) {
                SCOPED_TRACE(*t + " docid " + std::to_string(*p));
                ASSERT_LT(block, end);
                ASSERT_LE(*p, bounds.last[block]);
                if (block > first) {
                    ASSERT_GT(*p, bounds.last[block - 1]);
                }
                EXPECT_LE(p.get_wdf(), bounds.max_wdf[block]);
                EXPECT_GE(lengths[*p], bounds.min_length[block]);
                EXPECT_LE(bm25_wdf_part(p.get_wdf(), lengths[*p], inverse_average), bounds.max_part[block]);
                top_wdf = std::max<std::uint32_t>(top_wdf, p.get_wdf());
                if (++in_block == options.block_size || bounds.last[block] == *p) {
                    EXPECT_EQ(bounds.last[block], *p) << "a block ends on its last posting";
                    EXPECT_EQ(bounds.max_wdf[block], top_wdf) << "the bound is the block's largest";
                    ++block;
                    in_block = 0;
                    top_wdf = 0;
                }
            }
            EXPECT_EQ(block, end);
        }
        EXPECT_EQ(bounds.terms.size(), expected_terms);
        if (options.min_postings <= 20) {
            EXPECT_GT(expected_terms, 100u);
        }
    }
}

TEST_F(BlockBoundsTest, TheStoreKeepsTheBlocks) {
    const BlockBoundsOptions options{4, 8};
    const fs::path path = copy_with(options);
    const Xapian::Database db(path.string());
    const auto store = FacetStore::open(path, db);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(store->bounds_average_length(), db.get_avlength());
    const CollectedBounds bounds = collect_block_bounds(db, lengths_of(db), options);
    ASSERT_FALSE(bounds.terms.empty());
    for (std::size_t i = 0; i < bounds.terms.size(); ++i) {
        SCOPED_TRACE(bounds.terms[i]);
        const TermBlocks blocks = store->blocks(bounds.terms[i]);
        ASSERT_EQ(blocks.count, bounds.first_block[i + 1] - bounds.first_block[i]);
        for (std::size_t b = 0; b < blocks.count; ++b) {
            const std::size_t k = bounds.first_block[i] + b;
            EXPECT_EQ(blocks.last[b], bounds.last[k]);
            EXPECT_EQ(blocks.max_wdf[b], bounds.max_wdf[k]);
            EXPECT_EQ(blocks.min_length[b], bounds.min_length[k]);
            EXPECT_EQ(blocks.max_part[b], bounds.max_part[k]);
        }
    }
    EXPECT_EQ(store->blocks("Znosuchterm").count, 0u);
    EXPECT_EQ(store->blocks("").count, 0u);
    EXPECT_EQ(store->blocks(schema::term(schema::kKind, schema::kKindDocument)).count, 0u) << "boolean";
}

// Weighs the corpus's frequent stems and their combinations with the sources the rewrite builds.
std::vector<std::pair<std::string, Q>> weighed_queries(const Xapian::Database& db) {
    std::vector<std::pair<Xapian::doccount, std::string>> stems;
    for (auto t = db.allterms_begin("Z"); t != db.allterms_end("Z"); ++t) {
        if (db.get_collection_freq(*t) > 0) stems.emplace_back(t.get_termfreq(), *t);
    }
    std::sort(stems.rbegin(), stems.rend());
    const std::string a = stems.at(0).second, b = stems.at(3).second, c = stems.at(30).second;
    return {
        {"a common stem", Q(a)},
        {"a less common stem", Q(c)},
        {"AND", Q(Q::OP_AND, Q(a), Q(b))},
        {"OR", Q(Q::OP_OR, Q(b), Q(c))},
        {"MAX with a scaled part", Q(Q::OP_MAX, Q(b), Q(Q::OP_SCALE_WEIGHT, Q(c), 2.0))},
        {"synonym of an AND and a term", Q(Q::OP_SYNONYM, Q(Q::OP_AND, Q(a), Q(b)), Q(c))},
        {"synonym of two terms", Q(Q::OP_SYNONYM, Q(b), Q(c))},
    };
}

// The query with its sources; a scaled part gets the scale inside its source.
Q with_sources(const Q& query, const std::shared_ptr<const FacetStore>& store) {
    if (query.get_type() == Q::OP_MAX) {
        const Q scaled = query.get_subquery(1);
        return Q(Q::OP_MAX, *store_weighted(query.get_subquery(0), store), *store_weighted(scaled.get_subquery(0), store, 2.0));
    }
    return *store_weighted(query, store);
}

// A term, or terms combined under AND, OR or SYNONYM, as one source weighs them.
WeighedTerms weighed_terms(const Q& query) {
    if (query.get_type() == Q::LEAF_TERM) return {WeighedTerms::Op::Term, *query.get_terms_begin(), {}};
    WeighedTerms out{query.get_type() == Q::OP_AND ? WeighedTerms::Op::And : WeighedTerms::Op::Or, {}, {}};
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) out.children.push_back(weighed_terms(query.get_subquery(i)));
    return out;
}

TEST_F(BlockBoundsTest, SourcesPassOverOnlyPostingsBelowTheWeightAsked) {
    const fs::path path = copy_with({2, 2});
    const Xapian::Database db(path.string());
    const auto store = FacetStore::open(path, db);
    ASSERT_NE(store, nullptr);
    std::size_t passed_over = 0;
    for (const auto& [name, native] : weighed_queries(db)) {
        if (native.get_type() == Q::OP_MAX) continue;  // one source weighs a term or a synonym
        SCOPED_TRACE(name);
        const auto weigh = [&](const Q& q) { return std::make_unique<StoreBM25Source>(store, weighed_terms(q)); };
        auto all = weigh(native);
        all->init(db);
        std::vector<std::pair<Xapian::docid, double>> postings;
        for (all->next(0); !all->at_end(); all->next(0)) postings.emplace_back(all->get_docid(), all->get_weight());
        ASSERT_GT(postings.size(), 4u);
        std::vector<double> weights;
        for (const auto& [docid, weight] : postings) weights.push_back(weight);
        std::sort(weights.begin(), weights.end());
        for (const double at : {weights[weights.size() / 4], weights[weights.size() / 2], weights.back()}) {
            SCOPED_TRACE("min weight " + std::to_string(at));
            auto pruned = weigh(native);
            pruned->init(db);
            std::vector<Xapian::docid> seen;
            for (pruned->next(at); !pruned->at_end(); pruned->next(at)) seen.push_back(pruned->get_docid());
            for (const auto& [docid, weight] : postings) {
                if (weight >= at) {
                    EXPECT_TRUE(std::binary_search(seen.begin(), seen.end(), docid)) << docid;
                }
            }
            passed_over += postings.size() - seen.size();
        }
    }
    EXPECT_GT(passed_over, 0u) << "the blocks let sources pass over postings";
}

// The top of a ranking, with the matcher's minimum weight rising as the page fills: the same
// documents with the same weights as Xapian's own BM25.
TEST_F(BlockBoundsTest, PagesRankedWithBlocksAreXapiansPages) {
    const fs::path path = copy_with({2, 2});
    const Xapian::Database db(path.string());
    const auto store = FacetStore::open(path, db);
    ASSERT_NE(store, nullptr);
    for (const auto& [name, native] : weighed_queries(db)) {
        for (const Xapian::doccount size : {1u, 3u, 10u}) {
            SCOPED_TRACE(name + ", page of " + std::to_string(size));
            Xapian::Enquire xapian(db), ours(db);
            xapian.set_query(native);
            ours.set_query(with_sources(native, store));
            const Xapian::MSet expected = xapian.get_mset(0, size);
            const Xapian::MSet actual = ours.get_mset(0, size);
            ASSERT_EQ(actual.size(), expected.size());
            ASSERT_GT(expected.size(), 0u);
            for (Xapian::doccount i = 0; i < expected.size(); ++i) {
                EXPECT_EQ(*actual[i], *expected[i]) << "rank " << i;
                EXPECT_NEAR(actual[i].get_weight(), expected[i].get_weight(), 1e-9) << "rank " << i;
            }
        }
    }
}

// The searcher with blocks in its store answers small pages as it does without a store.
TEST_F(BlockBoundsTest, SearchWithBlocksGivesTheSamePages) {
    const fs::path blocks = copy_with({2, 2});
    TempDir slots;
    fs::copy(dir_->path(), slots.path(), fs::copy_options::recursive);
    fs::remove(slots / std::string(kFacetStoreFile));
    Searcher with(blocks, arsip::testing::analysis());
    Searcher without(slots.path(), arsip::testing::analysis());
    const std::vector<std::string> queries{"perdagangan", "kerja sama", "pemprov kaltim", "misi dagang", "kalimantan timur",
                                           "\"kerja sama\"", "pihak", "perdagangan -magang"};
    for (const auto& query : queries) {
        for (const SearchMode mode : {SearchMode::Documents, SearchMode::Clauses}) {
            SearchRequest request;
            request.query = query;
            request.mode = mode;
            request.size = 3;
            SCOPED_TRACE(query + (mode == SearchMode::Clauses ? " (clauses)" : ""));
            const SearchResult a = with.search(request);
            const SearchResult b = without.search(request);
            EXPECT_EQ(a.total, b.total);
            ASSERT_EQ(a.hits.size(), b.hits.size());
            for (std::size_t i = 0; i < a.hits.size(); ++i) {
                EXPECT_EQ(a.hits[i].id, b.hits[i].id) << "hit " << i;
                EXPECT_EQ(a.hits[i].score, b.hits[i].score) << "hit " << i;
            }
        }
    }
}

}  // namespace
}  // namespace arsip::index
