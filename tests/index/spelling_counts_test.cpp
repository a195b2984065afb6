#include "index/spelling_counts.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <map>
#include <string>

#include "index/analyzer.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::index {
namespace {

using arsip::testing::TempDir;

std::map<std::string, Xapian::doccount> spelling_table(const Xapian::Database& db) {
    std::map<std::string, Xapian::doccount> out;
    for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w) out[*w] = w.get_termfreq();
    return out;
}

// A document as the mapper builds one: the title prefixed and weighted, the text, a stem-only
// and a boolean term that are not words.
void index_like_the_mapper(Xapian::TermGenerator& generator, Xapian::Document& doc, const std::string& title,
                           const std::string& text) {
    generator.set_document(doc);
    generator.index_text(title, 1, "S");
    generator.increase_termpos();
    generator.index_text(title, 5);
    generator.increase_termpos();
    generator.index_text(text);
    doc.add_boolean_term("XTYPEartikel");
    doc.add_term("XCkalimantan timur");
}

TEST(SpellingCountsTest, GivesTheFrequenciesTheTermGeneratorWouldAdd) {
    const Analyzer analyzer(arsip::testing::analysis());
    const struct {
        std::string context;
        std::vector<std::pair<std::string, std::string>> documents;  // title, text
    } cases[] = {
        {"one document, repeated words and a weighted title",
         {{"Misi Dagang Kaltim", "Misi dagang Kaltim ke Jatim. Dagang, dagang, dagang!"}}},
        {"numbers, hyphens, capitals and apostrophes",
         {{"APBD 2025", "Rp666 miliar; kerja-sama 2025-2026 Jum'at PEMPROV pemprov Pemprov"}}},
        {"non-ASCII letters and long words",
         {{"Café", "naïve café résumé " + std::string(80, 'a') + " bersama-sama"}}},
        {"several documents add up",
         {{"Satu", "kaltim jatim kaltara"}, {"Dua", "kaltim kaltim"}, {"Tiga", ""}}},
        {"a document without text", {{"", ""}}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.context);
        TempDir dir;
        Xapian::WritableDatabase expected((dir / "expected").string(), Xapian::DB_CREATE);
        Xapian::WritableDatabase actual((dir / "actual").string(), Xapian::DB_CREATE);
        SpellingCounts counts;
        for (const auto& [title, text] : c.documents) {
            Xapian::TermGenerator spelling_generator = analyzer.make_term_generator();
            spelling_generator.set_database(expected);
            spelling_generator.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
            Xapian::Document with_spelling;
            index_like_the_mapper(spelling_generator, with_spelling, title, text);

            Xapian::TermGenerator plain_generator = analyzer.make_term_generator();
            Xapian::Document plain;
            index_like_the_mapper(plain_generator, plain, title, text);
            counts.count(plain);
        }
        counts.write_into(actual);
        EXPECT_TRUE(counts.empty());
        expected.commit();
        actual.commit();
        const auto table = spelling_table(expected);
        EXPECT_EQ(spelling_table(actual), table);
        if (!c.documents.front().second.empty()) {
            EXPECT_FALSE(table.empty()) << "the case should have words";
        }
    }
}

TEST(SpellingCountsTest, MergedCountsAddUpAndEmptyTheOther) {
    const Analyzer analyzer(arsip::testing::analysis());
    Xapian::TermGenerator generator = analyzer.make_term_generator();
    auto counted = [&](const std::string& text) {
        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(text);
        SpellingCounts counts;
        counts.count(doc);
        return counts;
    };
    const struct {
        std::string context;
        std::string first, second;
        std::map<std::string, Xapian::doccount> table;
    } cases[] = {
        {"into an empty one", "", "kaltim kaltim jatim", {{"jatim", 1}, {"kaltim", 2}}},
        {"shared and own words", "kaltim misi", "kaltim jatim", {{"jatim", 1}, {"kaltim", 2}, {"misi", 1}}},
        {"from an empty one", "kaltim", "", {{"kaltim", 1}}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.context);
        SpellingCounts into = counted(c.first);
        SpellingCounts from = counted(c.second);
        into.merge(from);
        EXPECT_TRUE(from.empty());
        EXPECT_EQ(into.words(), c.table.size());
        TempDir dir;
        Xapian::WritableDatabase db(dir.path().string(), Xapian::DB_CREATE);
        into.write_into(db);
        db.commit();
        EXPECT_EQ(spelling_table(db), c.table);
    }
}

}  // namespace
}  // namespace arsip::index
