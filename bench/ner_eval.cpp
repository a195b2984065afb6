// Named entities on IDNER news (data/eval/ner/): trains our averaged-perceptron tagger
// (entities/ner_tagger.h) and scores PER / ORG / LOC spans, CoNLL style (a span is right only when
// its first word, last word and type all match).
//
//   arsip-ner-eval --train [--epochs N] [--out data/models/ner-idner.tsv]
//       trains on data/eval/ner/train.txt, writes the model, then scores it on dev.txt
//   arsip-ner-eval [--model data/models/ner-idner.tsv] [--split dev.txt]
//       scores the stored model
// Paths are relative to the source tree unless absolute. See bench/ner_eval.sh.
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "entities/ner_tagger.h"
#include "text/data_file.h"

namespace {

using namespace arsip;

std::filesystem::path in_tree(const std::string& path) {
    const std::filesystem::path p(path);
    return p.is_absolute() ? p : std::filesystem::path(ARSIP_BENCH_SOURCE_DIR) / p;
}

struct Counts {
    std::size_t right = 0, found = 0, gold = 0;
};

void print(const std::string& label, const Counts& c) {
    const double p = c.found == 0 ? 0 : double(c.right) / double(c.found);
    const double r = c.gold == 0 ? 0 : double(c.right) / double(c.gold);
    const double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    std::printf("%-8s %9.3f %9.3f %9.3f %8zu %8zu %8zu\n", label.c_str(), p, r, f, c.right, c.found,
                c.gold);
}

int run(int argc, char** argv) {
    bool train = false;
    entities::NerTrainOptions options;
    std::string model = "data/models/ner-idner.tsv";
    std::string gazetteer = "data/models/ner-gazetteer.tsv";
    std::string train_split = "data/eval/ner/train.txt";
    std::string split = "data/eval/ner/dev.txt";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw std::runtime_error(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--train")
            train = true;
        else if (arg == "--epochs")
            options.epochs = std::stoi(value());
        else if (arg == "--out" || arg == "--model")
            model = value();
        else if (arg == "--gazetteer")
            gazetteer = value();
        else if (arg == "--train-split")
            train_split = value();
        else if (arg == "--split")
            split = value();
        else
            throw std::runtime_error("unknown argument " + arg);
    }
    entities::NerTagger tagger;
    if (train) {
        const auto sentences = entities::read_conll(
            text::read_data_file(in_tree(train_split), "IDNER train split"), train_split);
        tagger = entities::NerTagger::train(
            sentences, entities::NerGazetteer::load(in_tree(gazetteer)), options);
        std::ofstream out(in_tree(model), std::ios::binary);
        out << tagger.serialize();
        if (!out) throw std::runtime_error("cannot write " + model);
        std::printf("trained on %zu sentences, %d epochs: %zu features -> %s\n", sentences.size(),
                    options.epochs, tagger.feature_count(), model.c_str());
    } else {
        tagger = entities::NerTagger::load(in_tree(model), in_tree(gazetteer));
    }
    const auto sentences =
        entities::read_conll(text::read_data_file(in_tree(split), "IDNER split"), split);
    std::map<std::string, Counts> by_type;
    Counts all;
    for (const auto& sentence : sentences) {
        const auto gold = entities::bio_spans(sentence.tags);
        const auto found = entities::bio_spans(tagger.tag(sentence.words));
        std::set<std::tuple<std::size_t, std::size_t, std::string>> gold_set;
        for (const auto& s : gold) {
            gold_set.emplace(s.first, s.end, s.type);
            ++by_type[s.type].gold;
            ++all.gold;
        }
        for (const auto& s : found) {
            ++by_type[s.type].found;
            ++all.found;
            if (gold_set.count({s.first, s.end, s.type}) != 0) {
                ++by_type[s.type].right;
                ++all.right;
            }
        }
    }
    std::printf("IDNER %s: %zu sentences\n", split.c_str(), sentences.size());
    std::printf("%-8s %9s %9s %9s %8s %8s %8s\n", "type", "precision", "recall", "F1", "right",
                "found", "gold");
    for (const auto& [type, counts] : by_type) print(type, counts);
    print("overall", all);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& error) {
        std::cerr << "arsip-ner-eval: " << error.what() << "\n";
        return 1;
    }
}
