// Amounts, percentages and dates of the five seed articles against the hand-made gold
// (data/eval/entities/seed-entities.json). Each article XML names its seed file in its header
// comment ("Real news text from .../seeds/<file>"); the gold is keyed by that file.
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "entities/amounts.h"
#include "entities/dates.h"
#include "model/document_text.h"
#include "seed_corpus.h"
#include "xml/xml_reader.h"

namespace arsip::entities {
namespace {

namespace fs = std::filesystem;
struct Values {
    std::set<std::int64_t> amounts_idr;
    std::set<double> percentages;
    std::set<std::string> dates;
};

struct Score {
    std::size_t true_positives = 0;
    std::size_t found = 0;
    std::size_t expected = 0;

    template <typename T>
    void add(const std::set<T>& got, const std::set<T>& gold) {
        found += got.size();
        expected += gold.size();
        for (const T& v : got) true_positives += gold.count(v);
    }
    double f1() const {
        if (found == 0 && expected == 0) return 1.0;
        return 2.0 * static_cast<double>(true_positives) / static_cast<double>(found + expected);
    }
};

std::map<std::string, Values> load_gold() {
    Poco::JSON::Parser parser;
    auto root = parser
                    .parse(arsip::testing::read_file(ARSIP_TEST_SOURCE_DIR
                                                     "/data/eval/entities/seed-entities.json"))
                    .extract<Poco::JSON::Object::Ptr>();
    std::map<std::string, Values> gold;
    auto documents = root->getArray("documents");
    for (std::size_t i = 0; i < documents->size(); ++i) {
        auto doc = documents->getObject(static_cast<unsigned>(i));
        Values& v = gold[doc->getValue<std::string>("file")];
        auto amounts = doc->getArray("amounts_idr");
        for (std::size_t k = 0; k < amounts->size(); ++k)
            v.amounts_idr.insert(amounts->getElement<std::int64_t>(static_cast<unsigned>(k)));
        auto percentages = doc->getArray("percentages");
        for (std::size_t k = 0; k < percentages->size(); ++k)
            v.percentages.insert(percentages->getElement<double>(static_cast<unsigned>(k)));
        auto dates = doc->getArray("dates");
        for (std::size_t k = 0; k < dates->size(); ++k)
            v.dates.insert(dates->getElement<std::string>(static_cast<unsigned>(k)));
    }
    return gold;
}

TEST(GoldAmountsDatesTest, SeedArticlesMatchTheGold) {
    const auto gold = load_gold();
    ASSERT_EQ(gold.size(), 5u);
    const xml::XmlReader reader;
    Score amounts_score, percent_score, date_score;
    std::size_t documents = 0;
    for (const auto& entry :
         fs::directory_iterator(ARSIP_TEST_SOURCE_DIR "/data/corpus/articles")) {
        if (entry.path().extension() != ".xml") continue;
        const std::string bytes = arsip::testing::read_file(entry.path());
        std::size_t at = bytes.find("seeds/");
        if (at == std::string::npos) continue;
        std::size_t end = bytes.find(".txt", at);
        ASSERT_NE(end, std::string::npos);
        const std::string seed = bytes.substr(at + 6, end + 4 - at - 6);
        auto expected = gold.find(seed);
        if (expected == gold.end()) continue;
        SCOPED_TRACE(seed);
        ++documents;

        const model::Document document = reader.read_document(bytes, entry.path().string());
        const std::string text = model::document_text(document);
        const CodePoints points(text);
        Values got;
        for (const auto& a : extract_amounts(text, points)) {
            if (a.currency == "IDR") got.amounts_idr.insert(std::llround(a.value));
        }
        for (const auto& p : extract_percentages(text, points)) got.percentages.insert(p.value);
        DateContext context;
        if (!document.date.empty()) context.document_date = document.date;
        for (const auto& d : extract_dates(text, context, points)) got.dates.insert(d.iso);

        EXPECT_EQ(got.amounts_idr, expected->second.amounts_idr);
        EXPECT_EQ(got.percentages, expected->second.percentages);
        EXPECT_EQ(got.dates, expected->second.dates);
        amounts_score.add(got.amounts_idr, expected->second.amounts_idr);
        percent_score.add(got.percentages, expected->second.percentages);
        date_score.add(got.dates, expected->second.dates);
    }
    EXPECT_EQ(documents, 5u);
    RecordProperty("amounts_f1", std::to_string(amounts_score.f1()));
    RecordProperty("percentages_f1", std::to_string(percent_score.f1()));
    RecordProperty("dates_f1", std::to_string(date_score.f1()));
    std::printf("gold F1: amounts %.3f, percentages %.3f, dates %.3f\n", amounts_score.f1(),
                percent_score.f1(), date_score.f1());
    EXPECT_EQ(amounts_score.f1(), 1.0);
    EXPECT_GE(percent_score.f1(), 0.9);
    EXPECT_GE(date_score.f1(), 0.9);
}

}  // namespace
}  // namespace arsip::entities
