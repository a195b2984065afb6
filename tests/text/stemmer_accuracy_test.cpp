// Exact-root accuracy of IndonesianStemmer on the gold sets in data/eval/stemming/, with the
// targets the project promises (Snowball, measured the same way, gets 76% and 66%: see
// docs/benchmarks.md). Prints the figures and the first failures so the log shows them.
#include <gtest/gtest.h>

#include <cctype>
#include <cstddef>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "text/indonesian_stemmer.h"
#include "text/root_dictionary.h"

namespace arsip::text {
namespace {

const std::string kEvalDir = ARSIP_TEST_SOURCE_DIR "/data/eval/stemming/";

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
    std::ifstream in(path);
    EXPECT_TRUE(in) << "cannot read " << path;
    std::vector<std::vector<std::string>> rows;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        std::vector<std::string> fields;
        std::stringstream ss(line);
        std::string field;
        while (std::getline(ss, field, '\t')) fields.push_back(field);
        rows.push_back(fields);
    }
    return rows;
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Stems each space-separated word ("siapakah memberdayakan" → "siapa daya").
std::string stem_phrase(IndonesianStemmer& stemmer, const std::string& phrase) {
    std::stringstream ss(lower(phrase));
    std::string word, out;
    while (ss >> word) {
        if (!out.empty()) out += ' ';
        out += stemmer.stem(word);
    }
    return out;
}

struct Score {
    std::size_t right = 0;
    std::size_t total = 0;
    std::vector<std::string> failures;

    double percent() const { return total == 0 ? 0.0 : 100.0 * right / total; }
    void add(const std::string& word, const std::string& got, const std::string& expected,
             bool ok) {
        ++total;
        if (ok) {
            ++right;
        } else {
            failures.push_back(word + " -> " + got + " (expected " + expected + ")");
        }
    }
    void print(const std::string& name) const {
        std::cout << name << ": " << right << "/" << total << " = " << percent() << "%\n";
        // ARSIP_STEM_FAILURES=all lists every failure, not just the first 20.
        const char* all = std::getenv("ARSIP_STEM_FAILURES");
        const std::size_t shown =
            all != nullptr && std::string(all) == "all" ? failures.size() : 20;
        for (std::size_t i = 0; i < failures.size() && i < shown; ++i) {
            std::cout << "  " << failures[i] << "\n";
        }
    }
};

Score score_sastrawi(IndonesianStemmer& stemmer, const std::string& file) {
    Score score;
    for (const auto& row : read_tsv(kEvalDir + file)) {
        if (row.size() < 3 || row[2] != "active") continue;
        const std::string got = stem_phrase(stemmer, row[0]);
        score.add(row[0], got, row[1], got == lower(row[1]));
    }
    return score;
}

TEST(StemmerAccuracyTest, UdCsuiWordTypes) {
    IndonesianStemmer stemmer(RootDictionary::load_default());
    // Each distinct form counts once; a form the treebank lemmatises two ways (keuangan as
    // "keuangan" and "uang") is right if the stem is one of its lemmas.
    std::map<std::string, std::set<std::string>> lemmas;
    for (const auto& row : read_tsv(kEvalDir + "train_form_lemma_pairs.tsv")) {
        if (row.size() >= 2) lemmas[row[0]].insert(lower(row[1]));
    }
    Score score;
    for (const auto& [form, gold] : lemmas) {
        const std::string got = stemmer.stem(form);
        score.add(form, got, *gold.begin(), gold.count(got) > 0);
    }
    score.print("UD-CSUI train word types");
    EXPECT_GE(score.percent(), 92.0);
}

TEST(StemmerAccuracyTest, SastrawiFunctionalPairs) {
    // The functional pairs assume Sastrawi's 127-word test dictionary, nothing else.
    IndonesianStemmer stemmer(
        RootDictionary::load(kEvalDir + "sastrawi_functional_dictionary.txt"));
    const Score score = score_sastrawi(stemmer, "sastrawi_functional_pairs.tsv");
    score.print("Sastrawi functional pairs");
    EXPECT_GE(score.percent(), 95.0);
}

TEST(StemmerAccuracyTest, SastrawiIntegrationPairs) {
    IndonesianStemmer stemmer(RootDictionary::load_default());
    const Score score = score_sastrawi(stemmer, "sastrawi_integration_pairs.tsv");
    score.print("Sastrawi integration pairs");
    EXPECT_GE(score.percent(), 95.0);
}

}  // namespace
}  // namespace arsip::text
