#include "index/spelling.h"

#include <gtest/gtest.h>

#include "temp_dir.h"

namespace arsip::index {
namespace {

using arsip::testing::TempDir;

class SpellingTest : public ::testing::Test {
protected:
    void SetUp() override {
        Xapian::WritableDatabase db(dir_.path().string(), Xapian::DB_CREATE_OR_OPEN);
        db.add_spelling("provinsi", 40);
        db.add_spelling("peovinsi", 1);  // a typo the corpus itself contains
        db.add_spelling("target", 30);
        db.add_spelling("terget", 1);
        db.add_spelling("kalimantan", 50);
        db.add_spelling("dana", 3);     // a real word that is rare here
        db.add_spelling("data", 60);
        db.add_spelling("abdunnur", 2);  // a name
        db.commit();
    }

    std::string suggest(std::string_view query) {
        Xapian::Database db(dir_.path().string());
        // "dana" is a known Indonesian word; nothing else here is.
        return suggest_query(db, query, [](std::string_view w) { return w == "dana"; });
    }

    TempDir dir_;
};

TEST_F(SpellingTest, CorrectsTyposTheCorpusContains) {
    const struct {
        const char* query;
        const char* suggestion;
    } cases[] = {
        {"peovinsi", "provinsi"},
        {"target peovinsi kalimantn", "target provinsi kalimantan"},  // kalimantn: not indexed
        {"\"terget ekonomi\"", "\"target ekonomi\""},
        {"Peovinsi", "provinsi"},
        {"provinsi", ""},            // right already
        {"dana", ""},                // a known word is never corrected, however rare
        {"abdunnur", ""},            // no more frequent neighbour
        {"jenis:peovinsi", ""},      // field values are not corrected
        {"pejabat:\"peovinsi x\"", ""},
        {"peovinsi AND target", "provinsi AND target"},
        {"dta", ""},                 // words under four letters are left alone
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.query);
        EXPECT_EQ(suggest(c.query), c.suggestion);
    }
}

}  // namespace
}  // namespace arsip::index
