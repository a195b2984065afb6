// Pair terms (pair_terms.h): written exactly where a two-word phrase of listed words matches,
// and used by queries only for exact two-word phrases of such words.
#include "index/pair_terms.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "corpus_index.h"
#include "index/schema.h"
#include "index/searcher.h"
#include "temp_dir.h"

namespace arsip::index {
namespace {

using Q = Xapian::Query;

const PairWords& listed() {
    static const PairWords words({"sama", "kerja", "pemerintah", "provinsi", "kerja"});
    return words;
}

std::set<std::string> pair_terms_of(const Xapian::Document& doc) {
    std::set<std::string> out;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        if ((*t).rfind(schema::kPair, 0) == 0) {
            out.insert((*t).substr(schema::kPair.size()));
            EXPECT_EQ(t.get_wdf(), 0u) << *t << ": boolean, the document's length stays";
        }
    }
    return out;
}

TEST(PairWordsTest, KeepsSortedUniqueWordsAndRoundTrips) {
    EXPECT_EQ(listed().size(), 4u);
    EXPECT_TRUE(listed().contains("kerja"));
    EXPECT_FALSE(listed().contains("rumah"));
    EXPECT_FALSE(listed().contains(""));
    EXPECT_EQ(listed().serialise(), "kerja\npemerintah\nprovinsi\nsama\n");
    const PairWords back = PairWords::parse(listed().serialise());
    EXPECT_EQ(back.serialise(), listed().serialise());
    EXPECT_TRUE(PairWords::parse("").empty());
}

TEST(PairTermsTest, OneForEachTwoAdjacentListedWords) {
    const struct {
        const char* text;
        std::set<std::string> pairs;
    } cases[] = {
        {"kerja sama pemerintah provinsi", {"kerja sama", "sama pemerintah", "pemerintah provinsi"}},
        {"Kerja sama dengan Pemerintah Provinsi", {"kerja sama", "pemerintah provinsi"}},
        {"kerja dan sama", {}},
        // Xapian's positions run on over punctuation and hyphens, and so does its phrase search.
        {"bekerja. Sama-sama kerja, sama", {"sama sama", "sama kerja", "kerja sama"}},
        {"provinsi", {}},
        {"sama sama", {"sama sama"}},
        {"", {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        Xapian::TermGenerator generator;
        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(c.text);
        generator.index_text("Judul kerja sama", 1, "S");  // prefixed terms are not words
        add_pair_terms(doc, listed());
        EXPECT_EQ(pair_terms_of(doc), c.pairs);
    }
}

TEST(PairTermsTest, RewritesOnlyExactTwoWordPhrasesOfListedWords) {
    const auto phrase = [](std::vector<Q> terms, Xapian::termcount window) {
        return Q(Q::OP_PHRASE, terms.begin(), terms.end(), window);
    };
    const Q kerja("kerja", 1, 1), sama("sama", 1, 2), rumah("rumah", 1, 2), provinsi("provinsi", 1, 3);
    const Q paired(Q::OP_FILTER, Q(Q::OP_AND, kerja, sama), Q(pair_term("kerja", "sama")));
    const struct {
        const char* name;
        Q query;
        Q expected;
    } cases[] = {
        {"two listed words", phrase({kerja, sama}, 2), paired},
        {"under AND", Q(Q::OP_AND, Q("zz"), phrase({kerja, sama}, 2)), Q(Q::OP_AND, Q("zz"), paired)},
        {"under AND_NOT", Q(Q::OP_AND_NOT, Q("zz"), phrase({kerja, sama}, 2)), Q(Q::OP_AND_NOT, Q("zz"), paired)},
        {"an unlisted word", phrase({kerja, rumah}, 2), phrase({kerja, rumah}, 2)},
        {"three words", phrase({kerja, sama, provinsi}, 3), phrase({kerja, sama, provinsi}, 3)},
        {"a wider window (ADJ/2)", phrase({kerja, sama}, 3), phrase({kerja, sama}, 3)},
        {"NEAR", Q(Q::OP_NEAR, kerja, sama), Q(Q::OP_NEAR, kerja, sama)},
        {"under SYNONYM", Q(Q::OP_SYNONYM, phrase({kerja, sama}, 2), Q("XCkerja_sama")),
         Q(Q::OP_SYNONYM, phrase({kerja, sama}, 2), Q("XCkerja_sama"))},
        {"prefixed words", phrase({Q("Skerja"), Q("Ssama")}, 2), phrase({Q("Skerja"), Q("Ssama")}, 2)},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(with_pair_terms(c.query, listed()).get_description(), c.expected.get_description());
        EXPECT_EQ(with_pair_terms(c.query, PairWords()).get_description(), c.query.get_description()) << "no list";
    }
}

// Over the sample corpus indexed with the data's pair word list: every two listed words that
// occur in it match the same documents (documents and clauses) as their phrase and as the
// rewritten query, which also weighs them the same.
class PairTermsCorpusTest : public arsip::testing::CorpusIndexTest {};

TEST_F(PairTermsCorpusTest, PairTermsMatchWhatThePhraseMatches) {
    const Xapian::Database db(dir_->path().string());
    const PairWords words = PairWords::parse(db.get_metadata(std::string(schema::kPairWordsKey)));
    ASSERT_GT(words.size(), 100u) << "the data's list is recorded";
    std::vector<std::string> present;
    for (const auto& word : words.words()) {
        if (db.term_exists(word)) present.push_back(word);
    }
    ASSERT_GT(present.size(), 30u);
    const auto matches = [&](const Q& query) {
        Xapian::Enquire enquire(db);
        enquire.set_query(query);
        std::vector<std::pair<Xapian::docid, double>> out;
        const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
        for (auto it = mset.begin(); it != mset.end(); ++it) out.emplace_back(*it, it.get_weight());
        std::sort(out.begin(), out.end());
        return out;
    };
    std::size_t phrases_found = 0;
    for (const auto& a : present) {
        for (const auto& b : present) {
            const Q both[] = {Q(a, 1, 1), Q(b, 1, 2)};
            const Q phrase(Q::OP_PHRASE, std::begin(both), std::end(both), 2);
            const auto by_positions = matches(phrase);
            const std::string term = pair_term(a, b);
            ASSERT_EQ(by_positions.size(), db.get_termfreq(term)) << a << " " << b;
            if (by_positions.empty()) continue;
            ++phrases_found;
            const auto rewritten = matches(with_pair_terms(phrase, words));
            ASSERT_EQ(rewritten.size(), by_positions.size()) << a << " " << b;
            for (std::size_t i = 0; i < rewritten.size(); ++i) {
                EXPECT_EQ(rewritten[i].first, by_positions[i].first) << a << " " << b;
                EXPECT_NEAR(rewritten[i].second, by_positions[i].second, 1e-9) << a << " " << b;
            }
        }
    }
    EXPECT_GT(phrases_found, 50u);
}

// The searcher uses pair terms once the database records its list at schema version 3; without
// them (a copy whose list is removed) it answers the same.
TEST_F(PairTermsCorpusTest, SearchGivesTheSameResultsWithoutPairTerms) {
    arsip::testing::TempDir copy;
    std::filesystem::copy(dir_->path(), copy.path(), std::filesystem::copy_options::recursive);
    {
        Xapian::WritableDatabase db(copy.path().string());
        db.set_metadata(std::string(schema::kPairWordsKey), "");
        db.commit();
    }
    Searcher paired(dir_->path(), arsip::testing::analysis());
    Searcher positions(copy.path(), arsip::testing::analysis());
    for (const char* q : {"\"kerja sama\"", "\"pemerintah provinsi\"", "\"kerja sama\" kaltim", "\"kerja sama\" OR \"perdagangan\""}) {
        for (const SearchMode mode : {SearchMode::Documents, SearchMode::Clauses}) {
            SCOPED_TRACE(std::string(q) + (mode == SearchMode::Clauses ? " (clauses)" : ""));
            SearchRequest request;
            request.query = q;
            request.mode = mode;
            request.size = kMaxPageSize;
            const SearchResult a = paired.search(request);
            const SearchResult b = positions.search(request);
            EXPECT_EQ(a.total, b.total);
            ASSERT_EQ(a.hits.size(), b.hits.size());
            for (std::size_t i = 0; i < a.hits.size(); ++i) {
                EXPECT_EQ(a.hits[i].id, b.hits[i].id);
                EXPECT_EQ(a.hits[i].score, b.hits[i].score);
                EXPECT_EQ(a.hits[i].snippet, b.hits[i].snippet);
            }
            if (mode == SearchMode::Documents) {
                EXPECT_GT(a.total, 0u);
            }
        }
    }
}

}  // namespace
}  // namespace arsip::index
