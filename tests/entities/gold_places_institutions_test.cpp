// Places and institutions on the five seed articles against the hand-made gold
// (data/eval/entities/seed-entities.json, a copy of shared/gold/seed-entities.json).
//
// A place is right when its name equals a gold place's; an institution when its canonical name
// equals a gold institution's canonical (both case-insensitive). Required: F1 >= 0.85 each.
// Misses and extras are printed, not failed one by one.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "entities/institutions.h"
#include "entities/places.h"
#include "model/document_text.h"
#include "seed_corpus.h"
#include "text/synonyms.h"
#include "xml/xml_reader.h"

namespace arsip::entities {
namespace {
std::string lower(std::string s) {
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
}

struct Score {
    std::size_t right = 0, extracted = 0, expected = 0;
    void add(const std::set<std::string>& got, const std::set<std::string>& want,
             const std::string& what) {
        for (const auto& g : got) {
            if (want.count(g) != 0)
                ++right;
            else
                std::cout << "  " << what << " extracted, not in gold: " << g << "\n";
        }
        for (const auto& w : want) {
            if (got.count(w) == 0) std::cout << "  " << what << " in gold, missed: " << w << "\n";
        }
        extracted += got.size();
        expected += want.size();
    }
    double f1(const std::string& what) const {
        const double p = extracted == 0 ? 0 : double(right) / double(extracted);
        const double r = expected == 0 ? 0 : double(right) / double(expected);
        const double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        std::cout << what << " on the seeds: P=" << p << " R=" << r << " F1=" << f << " (" << right
                  << " right of " << extracted << " extracted, " << expected << " in gold)\n";
        return f;
    }
};

TEST(GoldPlacesInstitutionsTest, SeedArticlesReachF1OfEightyFivePercent) {
    const std::string gold_text =
        arsip::testing::read_file(ARSIP_TEST_SOURCE_DIR "/data/eval/entities/seed-entities.json");
    ASSERT_FALSE(gold_text.empty());
    Poco::JSON::Parser parser;
    const auto gold = parser.parse(gold_text).extract<Poco::JSON::Object::Ptr>();
    const auto documents = gold->getArray("documents");
    const auto articles = arsip::testing::seed_articles();
    const auto synonyms =
        text::SynonymTable::load(ARSIP_TEST_SOURCE_DIR "/data/synonyms/abbreviations.tsv");
    const auto gazetteer = Gazetteer::load(ARSIP_TEST_SOURCE_DIR "/data");
    const xml::XmlReader reader;

    Score places, institutions;
    std::size_t documents_seen = 0;
    for (std::size_t d = 0; d < documents->size(); ++d) {
        const auto document = documents->getObject(static_cast<unsigned>(d));
        const std::string file = document->getValue<std::string>("file");
        SCOPED_TRACE(file);
        const auto article = articles.find(file);
        ASSERT_NE(article, articles.end()) << "no article XML for seed " << file;
        ++documents_seen;
        std::cout << file << "\n";

        std::set<std::string> want_places, want_institutions;
        if (const auto list = document->getArray("places")) {
            for (std::size_t k = 0; k < list->size(); ++k) {
                want_places.insert(lower(list->getElement<std::string>(static_cast<unsigned>(k))));
            }
        }
        if (const auto list = document->getArray("institutions")) {
            for (std::size_t k = 0; k < list->size(); ++k) {
                const auto institution = list->getObject(static_cast<unsigned>(k));
                want_institutions.insert(lower(institution->getValue<std::string>("canonical")));
            }
        }

        const model::Document parsed = reader.read_document(
            arsip::testing::read_file(article->second), article->second.string());
        const std::string text = model::document_text(parsed);
        const CodePoints points(text);
        std::set<std::string> got_places, got_institutions;
        for (const auto& p : extract_places(text, *gazetteer, synonyms, points)) {
            got_places.insert(lower(p.name));
        }
        for (const auto& i : extract_institutions(text, {&synonyms, gazetteer.get()}, points)) {
            got_institutions.insert(lower(i.name));
        }
        places.add(got_places, want_places, "place");
        institutions.add(got_institutions, want_institutions, "institution");
    }
    EXPECT_EQ(documents_seen, 5u);
    EXPECT_GE(places.f1("places"), 0.85);
    EXPECT_GE(institutions.f1("institutions"), 0.85);
}

}  // namespace
}  // namespace arsip::entities
