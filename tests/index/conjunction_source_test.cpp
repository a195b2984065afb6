// A conjunction of words ranked as one source, over the sample corpus: the same matches with
// the same weights as the Xapian query it stands for (AND of MAX(stem, scaled exact form), or
// FILTER(AND(words), pair term)), for whole rankings and for pages whose minimum weight lets it
// pass over blocks and put parts aside; and what it declines.
#include "index/conjunction_source.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "corpus_index.h"
#include "index/facet_store.h"
#include "index/schema.h"
#include "temp_dir.h"

namespace arsip::index {
namespace {

namespace fs = std::filesystem;
using arsip::testing::TempDir;
using Q = Xapian::Query;

struct Case {
    const char* name;
    Q native;                                    // as Xapian weighs it
    std::vector<std::vector<ConjunctionPart>> words;
    std::vector<std::string> required;
};

class ConjunctionSourceTest : public arsip::testing::CorpusIndexTest {
protected:
    // Stems with a wdf that have an exact form in the index, the commonest first:
    // (stem, a word with that stem).
    std::vector<std::pair<std::string, std::string>> words_with_stems(const Xapian::Database& db) const {
        std::vector<std::pair<Xapian::doccount, std::pair<std::string, std::string>>> found;
        for (auto t = db.allterms_begin("Z"); t != db.allterms_end("Z"); ++t) {
            const std::string stem = (*t).substr(1);
            if (db.get_collection_freq(*t) > 0 && db.term_exists(stem)) found.push_back({t.get_termfreq(), {*t, stem}});
        }
        std::sort(found.rbegin(), found.rend());
        std::vector<std::pair<std::string, std::string>> out;
        for (auto& [freq, pair] : found) out.push_back(pair);
        return out;
    }

    std::vector<Case> cases(const Xapian::Database& db) const {
        const auto w = words_with_stems(db);
        EXPECT_GT(w.size(), 30u);
        const auto word = [](const std::pair<std::string, std::string>& stem_and_word) {
            return Q(Q::OP_MAX, Q(stem_and_word.first), Q(Q::OP_SCALE_WEIGHT, Q(stem_and_word.second), 2.0));
        };
        const auto parts = [](const std::pair<std::string, std::string>& stem_and_word) {
            return std::vector<ConjunctionPart>{{Q(stem_and_word.first), 1.0}, {Q(stem_and_word.second), 2.0}};
        };
        const Q synonym(Q::OP_SYNONYM, Q(Q::OP_AND, Q(w[0].first), Q(w[3].first)), Q(w[20].first));
        const std::string pair = std::string(schema::kPair) + "kerja sama";
        std::vector<Case> out;
        // One word: walked along its stem, its exact form read only to weigh.
        out.push_back({"one common word", word(w[0]), {parts(w[0])}, {}});
        out.push_back({"one rarer word", word(w[30]), {parts(w[30])}, {}});
        const Q exact_synonym(Q::OP_SYNONYM, Q(Q::OP_AND, Q(w[0].second), Q(w[3].second)), Q(w[20].second));
        out.push_back({"one synonym word", Q(Q::OP_MAX, synonym, Q(Q::OP_SCALE_WEIGHT, exact_synonym, 2.0)),
                       {{{synonym, 1.0}, {exact_synonym, 2.0}}}, {}});
        out.push_back({"two common words", Q(Q::OP_AND, word(w[0]), word(w[1])), {parts(w[0]), parts(w[1])}, {}});
        out.push_back({"a common and a rarer word", Q(Q::OP_AND, word(w[2]), word(w[30])), {parts(w[2]), parts(w[30])}, {}});
        const std::vector<Q> three{word(w[0]), word(w[5]), word(w[10])};
        out.push_back({"three words", Q(Q::OP_AND, three.begin(), three.end()), {parts(w[0]), parts(w[5]), parts(w[10])}, {}});
        out.push_back({"a word and a synonym", Q(Q::OP_AND, word(w[1]), synonym),
                       {parts(w[1]), {{synonym, 1.0}}}, {}});
        // The pair term has fewer postings than either word: it leads the walk.
        out.push_back({"a quoted pair", Q(Q::OP_FILTER, Q(Q::OP_AND, Q("kerja"), Q("sama")), Q(pair)),
                       {{{Q("kerja"), 1.0}}, {{Q("sama"), 1.0}}}, {pair}});
        // A required term with more postings than the rarer word: the word leads.
        const std::string kind = schema::term(schema::kKind, schema::kKindDocument);
        out.push_back({"a common required term", Q(Q::OP_FILTER, Q(Q::OP_AND, word(w[2]), word(w[30])), Q(kind)),
                       {parts(w[2]), parts(w[30])}, {kind}});
        return out;
    }
};

// Every match of `query` in rank order, or the first `size`: (docid, weight).
std::vector<std::pair<Xapian::docid, double>> ranking(const Xapian::Database& db, const Q& query, Xapian::doccount size) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    std::vector<std::pair<Xapian::docid, double>> out;
    const Xapian::MSet mset = enquire.get_mset(0, size);
    for (auto it = mset.begin(); it != mset.end(); ++it) out.emplace_back(*it, it.get_weight());
    return out;
}

TEST_F(ConjunctionSourceTest, RanksAsXapianRanksTheQueryItStandsFor) {
    // The index as built (no blocks in so small a corpus) and with blocks of two postings.
    TempDir blocks;
    fs::copy(dir_->path(), blocks.path(), fs::copy_options::recursive);
    FacetStore::write(Xapian::Database(blocks.path().string()), blocks.path(), {2, 2});
    for (const fs::path& path : {dir_->path(), blocks.path()}) {
        const Xapian::Database db(path.string());
        const auto store = FacetStore::open(path, db);
        ASSERT_NE(store, nullptr);
        for (const auto& c : cases(db)) {
            const auto ours = store_conjunction(c.words, c.required, store);
            ASSERT_TRUE(ours.has_value()) << c.name;
            for (const Xapian::doccount size : {1u, 2u, 3u, 10u, db.get_doccount()}) {
                SCOPED_TRACE(std::string(c.name) + ", page of " + std::to_string(size) + ", " + path.filename().string());
                const auto expected = ranking(db, c.native, size);
                const auto actual = ranking(db, *ours, size);
                ASSERT_FALSE(expected.empty());
                ASSERT_EQ(actual.size(), expected.size());
                for (std::size_t i = 0; i < expected.size(); ++i) {
                    EXPECT_EQ(actual[i].first, expected[i].first) << "rank " << i;
                    EXPECT_NEAR(actual[i].second, expected[i].second, 1e-9) << "rank " << i;
                }
            }
        }
    }
}

TEST_F(ConjunctionSourceTest, DeclinesWhatItCannotWeigh) {
    const Xapian::Database db(dir_->path().string());
    const auto store = FacetStore::open(dir_->path(), db);
    ASSERT_NE(store, nullptr);
    const std::vector<ConjunctionPart> word{{Q("kerja"), 1.0}};
    const Q phrase(Q::OP_PHRASE, Q("kerja", 1, 1), Q("sama", 1, 2));
    EXPECT_FALSE(store_conjunction({word}, {}, store).has_value()) << "one word of one part";
    EXPECT_FALSE(store_conjunction({word, {{phrase, 1.0}}}, {}, store).has_value()) << "a phrase";
    EXPECT_FALSE(store_conjunction({word, {{Q(Q::OP_OR, Q("kerja"), Q("sama")), 1.0}}}, {}, store).has_value()) << "an OR";
    EXPECT_FALSE(store_conjunction({word, {}}, {}, store).has_value()) << "a word without parts";
    EXPECT_FALSE(store_conjunction({word, word}, {}, nullptr).has_value()) << "no store";
    EXPECT_TRUE(store_conjunction({word, {{Q("sama"), 1.0}}}, {}, store).has_value());
    EXPECT_TRUE(store_conjunction({{{Q("Zkerja"), 1.0}, {Q("kerja"), 2.0}}}, {}, store).has_value()) << "a stem and its word";
}

}  // namespace
}  // namespace arsip::index
