// The query builder's counting query matches exactly what its ranked query matches, over the
// sample corpus; and the index property that rests on: a word as written is never indexed
// without its stem.
#include "index/query_builder.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>
#include <vector>

#include "corpus_index.h"
#include "index/analyzer.h"
#include "index/pair_terms.h"
#include "index/schema.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::index {
namespace {

using arsip::testing::TempDir;

class QueryBuilderTest : public arsip::testing::CorpusIndexTest {
protected:
    void SetUp() override { db_ = Xapian::Database(dir_->path().string()); }

    std::vector<Xapian::docid> docids(const Xapian::Query& query) const {
        Xapian::Enquire enquire(db_);
        enquire.set_query(query);
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        std::vector<Xapian::docid> out;
        const Xapian::MSet mset = enquire.get_mset(0, db_.get_doccount(), db_.get_doccount());
        for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
        std::sort(out.begin(), out.end());
        return out;
    }

    // A QueryParser over the corpus index with the analyzer's settings (no fields).
    std::function<Xapian::QueryParser()> parser_for(const Analyzer& analyzer) const {
        return [this, &analyzer] {
            Xapian::QueryParser parser;
            parser.set_database(db_);
            analyzer.configure(parser);
            return parser;
        };
    }

    Xapian::Database db_;
};

TEST_F(QueryBuilderTest, EveryWordIsIndexedWithItsStem) {
    const Analyzer analyzer(arsip::testing::analysis());
    std::size_t checked = 0;
    for (auto t = db_.allterms_begin(); t != db_.allterms_end(); ++t) {
        const std::string term = *t;
        // Unprefixed words (prefixes are upper case) that start with a letter.
        if (term.empty() || !std::islower(static_cast<unsigned char>(term[0]))) continue;
        const std::string stem = "Z" + analyzer.stem()(term);
        SCOPED_TRACE(term + " -> " + stem);
        EXPECT_TRUE(docids(Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query(term), Xapian::Query(stem))).empty());
        ++checked;
    }
    EXPECT_GT(checked, 1000u);
}

TEST_F(QueryBuilderTest, CountingQueryMatchesWhatTheRankedOneMatches) {
    const Analyzer analyzer(arsip::testing::analysis());
    const auto make_parser = parser_for(analyzer);
    const struct {
        const char* text;
        bool any_word;
    } cases[] = {
        {"perdagangan", false},
        {"misi dagang kaltim", false},
        {"pemprov kaltim", false},          // multi-word synonyms
        {"kerja sama", false},              // a multi-word synonym of one word
        {"penandatanganan nota kesepahaman", false},
        {"magang perdagangan", true},       // any word
        {"\"kerja sama\"", false},          // phrase: the QueryParser's path
        {"perdagangan -magang", false},     // operators
        {"Kaltim Jatim", false},            // capitals
        {"2025 kerja", false},              // a number is not stemmed
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        QueryBuildOptions options;
        options.match_any_word = c.any_word;
        const BuiltQuery built = build_query(analyzer.prepare(c.text), analyzer, make_parser, options);
        const auto ranked = docids(built.parsed);
        EXPECT_FALSE(ranked.empty());
        EXPECT_EQ(docids(built.matching), ranked) << built.matching.get_description();
    }
}

// A quoted phrase of two pair words is matched from its pair term: the same documents as the
// phrase by positions, alone or with other words and operators.
TEST_F(QueryBuilderTest, QuotedPhrasesOfPairWordsMatchFromTheirPairTerm) {
    const Analyzer analyzer(arsip::testing::analysis());
    const PairWords pairs = PairWords::parse(db_.get_metadata(std::string(schema::kPairWordsKey)));
    ASSERT_FALSE(pairs.empty());
    const auto make_parser = parser_for(analyzer);
    const struct {
        const char* text;
        bool paired;  // a pair term is expected in the query
    } cases[] = {
        {"\"kerja sama\"", true},
        {"\"pemerintah provinsi\"", true},
        {"misi \"kerja sama\"", true},
        {"\"kerja sama\" -magang", true},
        {"\"kerja sama\" OR \"misi dagang\"", true},
        {"\"kerja sama antara\"", false},  // three words: positions
        {"\"misi dagang\"", false},        // "misi" is no pair word
        {"kerja sama", false},              // no quotes: no phrase
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        QueryBuildOptions with, without;
        with.pair_words = &pairs;
        with.reweight = [](const Xapian::Query& q, double scale) {
            return std::optional<Xapian::Query>(scale == 1.0 ? q : Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, scale));
        };
        const BuiltQuery a = build_query(analyzer.prepare(c.text), analyzer, make_parser, with);
        const BuiltQuery b = build_query(analyzer.prepare(c.text), analyzer, make_parser, without);
        EXPECT_EQ(a.matching.get_description().find(schema::kPair) != std::string::npos, c.paired)
            << a.matching.get_description();
        ASSERT_TRUE(a.ranked.has_value());
        EXPECT_EQ(a.ranked->get_description().find(schema::kPair) != std::string::npos, c.paired);
        EXPECT_EQ(a.parsed.get_description(), b.parsed.get_description()) << "snippets see the phrase";
        EXPECT_FALSE(docids(b.parsed).empty());
        EXPECT_EQ(docids(a.matching), docids(b.matching));
        EXPECT_EQ(docids(*a.ranked), docids(b.parsed));
    }
}

// All-words queries are handed to the conjoin function word by word (each its stem and its exact
// form with its scale), one word too (its stem walks, its exact form weighs); any-word queries
// and queries with operators are not.
TEST_F(QueryBuilderTest, AllWordsQueriesAreHandedToConjoinWordByWord) {
    const Analyzer analyzer(arsip::testing::analysis());
    const auto make_parser = parser_for(analyzer);
    const struct {
        const char* text;
        bool any_word;
        std::size_t words;  // handed to conjoin; 0: not handed
    } cases[] = {
        {"misi dagang", false, 2},
        {"kerja sama kaltim", false, 2},  // "kerja sama" is one unit (a multi-word synonym)
        {"perdagangan", false, 1},
        {"kerja sama", false, 1},
        {"misi dagang", true, 0},
        {"misi -dagang", false, 0},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        std::vector<std::vector<ConjunctionPart>> handed;
        QueryBuildOptions options;
        options.match_any_word = c.any_word;
        options.reweight = [](const Xapian::Query& q, double scale) {
            return std::optional<Xapian::Query>(scale == 1.0 ? q : Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, scale));
        };
        const Xapian::Query marker("Zconjoinmarker");
        options.conjoin = [&](const std::vector<std::vector<ConjunctionPart>>& words) {
            handed = words;
            return std::optional<Xapian::Query>(marker);
        };
        const BuiltQuery built = build_query(analyzer.prepare(c.text), analyzer, make_parser, options);
        ASSERT_TRUE(built.ranked.has_value());
        EXPECT_EQ(handed.size(), c.words);
        EXPECT_EQ(built.ranked->get_description() == marker.get_description(), c.words > 0);
        for (const auto& word : handed) {
            ASSERT_EQ(word.size(), 2u) << "the stem and the exact form";
            EXPECT_EQ(word[0].scale, 1.0);
            EXPECT_EQ(word[1].scale, QueryBuildOptions{}.exact_form_weight);
        }
    }
}

}  // namespace
}  // namespace arsip::index
