// Compares Arsip's IndonesianStemmer with Xapian's Snowball Indonesian stemmer (the one every
// other engine uses): exact-root accuracy on the gold sets, how often they differ on the
// Snowball vocabulary (64,586 id.wikipedia words), and stems per second.
//
//   arsip-stem-compare [--data DIR] [--vocabulary FILE]   (see bench/stemmer_compare.sh)
//
// DIR defaults to the repository's data/; FILE is the plain word list (decompressed
// data/eval/stemming/snowball-voc.txt.xz).
#include <xapian.h>

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "text/indonesian_stemmer.h"
#include "text/root_dictionary.h"

namespace {

using arsip::text::IndonesianStemmer;
using arsip::text::RootDictionary;
using arsip::text::StemFallback;
using StemFn = std::function<std::string(const std::string&)>;

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::vector<std::string> fields;
        std::stringstream ss(line);
        std::string f;
        while (std::getline(ss, f, '\t')) fields.push_back(f);
        if (fields.size() >= 2) rows.push_back(fields);
    }
    return rows;
}

std::string lower(std::string s) {
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
}

std::string stem_phrase(const StemFn& stem, const std::string& phrase) {
    std::stringstream ss(lower(phrase));
    std::string word, out;
    while (ss >> word) {
        if (!out.empty()) out += ' ';
        out += stem(word);
    }
    return out;
}

double ud_accuracy(const std::string& dir, const StemFn& stem) {
    std::map<std::string, std::set<std::string>> lemmas;
    for (const auto& row : read_tsv(dir + "/eval/stemming/train_form_lemma_pairs.tsv")) {
        lemmas[row[0]].insert(lower(row[1]));
    }
    std::size_t right = 0;
    for (const auto& [form, gold] : lemmas) right += gold.count(stem(form));
    return 100.0 * right / lemmas.size();
}

double sastrawi_accuracy(const std::string& path, const StemFn& stem) {
    std::size_t right = 0, total = 0;
    for (const auto& row : read_tsv(path)) {
        if (row.size() < 3 || row[2] != "active") continue;
        ++total;
        right += stem_phrase(stem, row[0]) == lower(row[1]);
    }
    return 100.0 * right / total;
}

double stems_per_second(const std::vector<std::string>& words, const StemFn& stem) {
    const auto start = std::chrono::steady_clock::now();
    std::size_t sink = 0;
    for (const auto& w : words) sink += stem(w).size();
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    if (sink == 0) std::cerr << "";
    return words.size() / took.count();
}

}  // namespace

int main(int argc, char** argv) {
    std::string dir = ARSIP_BENCH_SOURCE_DIR "/data";
    std::string vocabulary;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--data")
            dir = argv[i + 1];
        else if (arg == "--vocabulary")
            vocabulary = argv[i + 1];
    }
    try {
        const auto full = RootDictionary::load(
            {dir + "/dictionaries/kata-dasar.txt", dir + "/dictionaries/kata-dasar-tambahan.txt"});
        const auto functional =
            RootDictionary::load(dir + "/eval/stemming/sastrawi_functional_dictionary.txt");
        Xapian::Stem snowball("indonesian");
        const StemFn snow = [&](const std::string& w) { return snowball(w); };
        IndonesianStemmer ours(full);
        IndonesianStemmer ours_light(full, {.fallback = StemFallback::strip_inflection});
        IndonesianStemmer ours_functional(functional);
        const StemFn arsip = [&](const std::string& w) { return ours.stem(w); };
        const StemFn light = [&](const std::string& w) { return ours_light.stem(w); };
        const StemFn arsip_functional = [&](const std::string& w) {
            return ours_functional.stem(w);
        };
        const StemFn none = [](const std::string& w) { return w; };

        const std::string gold = dir + "/eval/stemming/";
        std::printf("%-34s %10s %10s %12s %10s\n", "exact root (%)", "Arsip", "Snowball",
                    "Arsip+light", "no stem");
        std::printf("%-34s %10.2f %10.2f %12.2f %10.2f\n", "UD-CSUI train word types",
                    ud_accuracy(dir, arsip), ud_accuracy(dir, snow), ud_accuracy(dir, light),
                    ud_accuracy(dir, none));
        std::printf("%-34s %10.2f %10.2f %12s %10.2f\n", "Sastrawi functional (127-word dict)",
                    sastrawi_accuracy(gold + "sastrawi_functional_pairs.tsv", arsip_functional),
                    sastrawi_accuracy(gold + "sastrawi_functional_pairs.tsv", snow), "-",
                    sastrawi_accuracy(gold + "sastrawi_functional_pairs.tsv", none));
        std::printf("%-34s %10.2f %10.2f %12.2f %10.2f\n", "Sastrawi integration",
                    sastrawi_accuracy(gold + "sastrawi_integration_pairs.tsv", arsip),
                    sastrawi_accuracy(gold + "sastrawi_integration_pairs.tsv", snow),
                    sastrawi_accuracy(gold + "sastrawi_integration_pairs.tsv", light),
                    sastrawi_accuracy(gold + "sastrawi_integration_pairs.tsv", none));

        if (vocabulary.empty()) return 0;
        std::vector<std::string> words;
        {
            std::ifstream in(vocabulary);
            if (!in) throw std::runtime_error("cannot read " + vocabulary);
            std::string w;
            while (std::getline(in, w)) {
                if (!w.empty()) words.push_back(lower(w));
            }
        }
        std::vector<std::string> differences;
        IndonesianStemmer fresh(full);
        for (const auto& w : words) {
            const auto a = fresh.stem(w);
            const auto b = snowball(w);
            if (a != b) differences.push_back(w + ": Arsip " + a + ", Snowball " + b);
        }
        std::printf(
            "\nSnowball vocabulary: %zu words, the stemmers differ on %zu (%.1f%%); 20 "
            "evenly spaced examples:\n",
            words.size(), differences.size(), 100.0 * differences.size() / words.size());
        for (std::size_t i = 0; i < 20 && i < differences.size(); ++i) {
            std::printf("  %s\n", differences[i * differences.size() / 20].c_str());
        }

        IndonesianStemmer cold(full);
        const StemFn arsip_cold = [&](const std::string& w) { return cold.stem_uncached(w); };
        IndonesianStemmer warm(full);
        const StemFn arsip_warm = [&](const std::string& w) { return warm.stem(w); };
        stems_per_second(words, arsip_warm);  // fills the cache
        std::printf("\nstems per second over the vocabulary (each word once):\n");
        std::printf("  Snowball (Xapian::Stem)        %12.0f\n", stems_per_second(words, snow));
        std::printf("  Arsip, no cache                %12.0f\n",
                    stems_per_second(words, arsip_cold));
        std::printf("  Arsip, cached (2nd pass)       %12.0f\n",
                    stems_per_second(words, arsip_warm));
    } catch (const std::exception& e) {
        std::cerr << "arsip-stem-compare: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
