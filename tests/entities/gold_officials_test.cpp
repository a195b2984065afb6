// Officials on the five seed articles against the hand-made gold
// (data/eval/entities/seed-entities.json, a copy of shared/gold/seed-entities.json).
//
// An extracted official is right only when name, position and institution all equal a gold
// official's (case-insensitive, spaces trimmed). A gold "position_only" entry (a position that
// names exactly one office holder, written without the name) is matched by an extracted official
// with an empty name and the same position and institution. Required: F1 >= 0.9 over the seeds.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "entities/officials.h"
#include "model/document_text.h"
#include "seed_corpus.h"
#include "text/synonyms.h"
#include "xml/xml_reader.h"

namespace arsip::entities {
namespace {
std::string key(std::string name, std::string position, std::string institution) {
    auto norm = [](std::string s) {
        for (char& c : s) {
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        const auto b = s.find_first_not_of(' ');
        const auto e = s.find_last_not_of(' ');
        return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
    };
    return norm(name) + " | " + norm(position) + " | " + norm(institution);
}

TEST(GoldOfficialsTest, SeedArticlesReachF1OfNinetyPercent) {
    const std::string gold_text =
        arsip::testing::read_file(ARSIP_TEST_SOURCE_DIR "/data/eval/entities/seed-entities.json");
    ASSERT_FALSE(gold_text.empty());
    Poco::JSON::Parser parser;
    const auto gold = parser.parse(gold_text).extract<Poco::JSON::Object::Ptr>();
    const auto documents = gold->getArray("documents");
    const auto articles = arsip::testing::seed_articles();
    const auto synonyms =
        text::SynonymTable::load(ARSIP_TEST_SOURCE_DIR "/data/synonyms/abbreviations.tsv");
    const xml::XmlReader reader;

    std::size_t true_positives = 0, extracted = 0, expected = 0, documents_seen = 0;
    for (std::size_t d = 0; d < documents->size(); ++d) {
        const auto document = documents->getObject(static_cast<unsigned>(d));
        const std::string file = document->getValue<std::string>("file");
        SCOPED_TRACE(file);
        const auto article = articles.find(file);
        ASSERT_NE(article, articles.end()) << "no article XML for seed " << file;
        ++documents_seen;

        std::set<std::string> want;
        if (const auto officials = document->getArray("officials")) {
            for (std::size_t o = 0; o < officials->size(); ++o) {
                const auto official = officials->getObject(static_cast<unsigned>(o));
                want.insert(key(official->getValue<std::string>("name"),
                                official->getValue<std::string>("position"),
                                official->getValue<std::string>("institution")));
            }
        }
        if (const auto only = document->getArray("position_only")) {
            for (std::size_t o = 0; o < only->size(); ++o) {
                const auto official = only->getObject(static_cast<unsigned>(o));
                want.insert(key("", official->getValue<std::string>("position"),
                                official->getValue<std::string>("institution")));
            }
        }

        const model::Document parsed = reader.read_document(
            arsip::testing::read_file(article->second), article->second.string());
        const std::string text = model::document_text(parsed);
        const CodePoints points(text);
        const auto officials = extract_officials(text, {&synonyms, nullptr}, points);
        std::set<std::string> got;
        for (const auto& official : officials) {
            got.insert(key(official.name, official.position, official.institution));
        }
        for (const auto& g : got) {
            if (want.count(g) != 0) {
                ++true_positives;
            } else {
                ADD_FAILURE() << "extracted, not in gold: " << g;
            }
        }
        for (const auto& w : want) {
            if (got.count(w) == 0) ADD_FAILURE() << "in gold, missed: " << w;
        }
        extracted += got.size();
        expected += want.size();
    }
    EXPECT_EQ(documents_seen, 5u);
    const double precision = extracted == 0 ? 0 : double(true_positives) / double(extracted);
    const double recall = expected == 0 ? 0 : double(true_positives) / double(expected);
    const double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    std::cout << "officials on the seeds: P=" << precision << " R=" << recall << " F1=" << f1
              << " (" << true_positives << " right of " << extracted << " extracted, " << expected
              << " in gold)\n";
    EXPECT_GE(f1, 0.9);
}

}  // namespace
}  // namespace arsip::entities
