// The query builder's counting query matches exactly what its ranked query matches, over the
// sample corpus; and the index property that rests on: a word as written is never indexed
// without its stem.
#include "index/query_builder.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "corpus_index.h"
#include "index/analyzer.h"
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
    const auto make_parser = [&] {
        Xapian::QueryParser parser;
        parser.set_database(db_);
        analyzer.configure(parser);
        return parser;
    };
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

}  // namespace
}  // namespace arsip::index
