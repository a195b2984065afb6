// Analysis speed over the IndoSum texts: Xapian's TermGenerator with Snowball "indonesian"
// (STEM_SOME) against Arsip's whole analysis as the product indexes an article (normalise, our
// stemmer through the TermGenerator, concept terms for synonyms), each article into a fresh
// in-memory Xapian::Document (no database). Plus the parts of ours, to see where time goes.
//
//   arsip-analysis-speed --corpus JSONL [--data DIR] [--min-mb N] [--runs N] [--only NAME]
//                        [--limit N] [--dump FILE]
//
// The corpus is passed over as many times as needed to reach N MB (default 20) per run; each
// measurement is run --runs times (default 3, interleaved) and the median is reported. The
// "noop" measurement (only with --only noop) gives callgrind's baseline for the setup. Words are counted
// once with text::word_texts, outside the timing. --only NAME runs one measurement once (for
// callgrind); --limit N keeps only the first N articles. --dump FILE writes every term of "arsip"
// (with wdf and positions) per article to FILE and measures nothing: two builds' dumps must be
// identical when a change to the analysis is meant to change only its speed.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "index/analyzer.h"
#include "text/analysis.h"
#include "text/words.h"

namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::string> read_texts(const std::string& path, std::size_t limit) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<std::string> texts;
    std::string line;
    while (std::getline(in, line) && texts.size() < limit) {
        if (line.empty()) continue;
        Poco::JSON::Parser parser;
        texts.push_back(parser.parse(line).extract<Poco::JSON::Object::Ptr>()->getValue<std::string>("text"));
    }
    return texts;
}

struct Measure {
    std::string name;
    // Builds fresh state (outside the timing) and returns the per-article work.
    std::function<std::function<std::size_t(const std::string&)>()> setup;
};

// Every term of the product's analysis (as measured by "arsip") of every text.
void write_dump(const std::vector<std::string>& texts, const arsip::text::Analysis& analysis,
                const std::string& path) {
    std::ofstream out(path);
    if (!out) throw std::runtime_error("cannot write " + path);
    const arsip::index::Analyzer an(analysis);
    Xapian::TermGenerator gen = an.make_term_generator();
    for (std::size_t i = 0; i < texts.size(); ++i) {
        Xapian::Document doc;
        gen.set_document(doc);
        gen.index_text(an.prepare(texts[i]));
        for (const auto& [form, term] : an.add_concept_terms(doc, texts[i])) {
            out << i << " taught " << form << " " << term << "\n";
        }
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
            out << i << " " << *t << " " << t.get_wdf();
            for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) out << " " << *p;
            out << "\n";
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    std::string data = ARSIP_BENCH_SOURCE_DIR "/data";
    std::string corpus, only, dump;
    double min_mb = 20;
    int runs = 3;
    std::size_t limit = static_cast<std::size_t>(-1);
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--data") data = argv[i + 1];
        else if (arg == "--corpus") corpus = argv[i + 1];
        else if (arg == "--min-mb") min_mb = std::stod(argv[i + 1]);
        else if (arg == "--runs") runs = std::stoi(argv[i + 1]);
        else if (arg == "--only") only = argv[i + 1];
        else if (arg == "--limit") limit = std::stoul(argv[i + 1]);
        else if (arg == "--dump") dump = argv[i + 1];
    }
    try {
        if (corpus.empty()) throw std::runtime_error("--corpus is required");
        const auto texts = read_texts(corpus, limit);
        if (!dump.empty()) {
            write_dump(texts, arsip::text::load_analysis(data), dump);
            return 0;
        }
        std::size_t bytes = 0, words = 0;
        for (const auto& t : texts) {
            bytes += t.size();
            words += arsip::text::word_texts(t).size();
        }
        const int passes = only.empty() ? std::max(1, static_cast<int>(min_mb * 1e6 / bytes + 0.999)) : 1;
        if (!only.empty()) runs = 1;
        std::printf("%zu articles, %.2f MB, %zu words per pass; %d passes per run (%.1f MB), median of %d runs\n\n",
                    texts.size(), bytes / 1e6, words, passes, passes * bytes / 1e6, runs);

        const arsip::text::Analysis ours = arsip::text::load_analysis(data);
        std::vector<Measure> measures;
        measures.push_back({"snowball", [] {
                                auto gen = std::make_shared<Xapian::TermGenerator>();
                                gen->set_stemmer(Xapian::Stem("indonesian"));
                                gen->set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
                                return [gen](const std::string& t) {
                                    Xapian::Document doc;
                                    gen->set_document(doc);
                                    gen->index_text(t);
                                    return static_cast<std::size_t>(doc.termlist_count());
                                };
                            }});
        measures.push_back({"arsip", [&] {
                                auto an = std::make_shared<arsip::index::Analyzer>(ours);
                                auto gen = std::make_shared<Xapian::TermGenerator>(an->make_term_generator());
                                return [an, gen](const std::string& t) {
                                    Xapian::Document doc;
                                    gen->set_document(doc);
                                    gen->index_text(an->prepare(t));
                                    an->add_concept_terms(doc, t);
                                    return static_cast<std::size_t>(doc.termlist_count());
                                };
                            }});
        // The parts of ours.
        measures.push_back({"part:prepare", [&] {
                                auto an = std::make_shared<arsip::index::Analyzer>(ours);
                                return [an](const std::string& t) { return an->prepare(t).size(); };
                            }});
        measures.push_back({"part:termgen-arsip-stem", [&] {
                                auto an = std::make_shared<arsip::index::Analyzer>(ours);
                                auto gen = std::make_shared<Xapian::TermGenerator>(an->make_term_generator());
                                return [an, gen](const std::string& t) {
                                    Xapian::Document doc;
                                    gen->set_document(doc);
                                    gen->index_text(t);
                                    return static_cast<std::size_t>(doc.termlist_count());
                                };
                            }});
        measures.push_back({"part:concept-terms", [&] {
                                auto an = std::make_shared<arsip::index::Analyzer>(ours);
                                return [an](const std::string& t) {
                                    Xapian::Document doc;
                                    an->add_concept_terms(doc, t);
                                    return static_cast<std::size_t>(doc.termlist_count());
                                };
                            }});
        measures.push_back({"part:word_texts", [] {
                                return [](const std::string& t) { return arsip::text::word_texts(t).size(); };
                            }});
        measures.push_back({"part:termgen-no-stem", [] {
                                auto gen = std::make_shared<Xapian::TermGenerator>();
                                return [gen](const std::string& t) {
                                    Xapian::Document doc;
                                    gen->set_document(doc);
                                    gen->index_text(t);
                                    return static_cast<std::size_t>(doc.termlist_count());
                                };
                            }});

        measures.push_back({"noop", [] { return [](const std::string& t) { return t.size(); }; }});

        // Runs are interleaved (run 1 of every measurement, then run 2, ...) so that load from
        // other processes on a shared machine hits all of them alike.
        std::vector<std::vector<double>> seconds(measures.size());
        std::vector<std::size_t> sinks(measures.size(), 0);
        for (int r = 0; r < runs; ++r) {
            for (std::size_t i = 0; i < measures.size(); ++i) {
                const auto& m = measures[i];
                if (!only.empty() && m.name != only) continue;
                if (only.empty() && m.name == "noop") continue;
                auto work = m.setup();  // fresh state each run (the stemmer cache starts cold)
                const auto start = Clock::now();
                for (int p = 0; p < passes; ++p) {
                    for (const auto& t : texts) sinks[i] += work(t);
                }
                seconds[i].push_back(std::chrono::duration<double>(Clock::now() - start).count());
            }
        }
        auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        const double snowball_median = seconds[0].empty() ? 0 : median(seconds[0]);
        std::printf("%-26s %12s %10s %14s   %s\n", "", "words/s", "MB/s", "ratio/snowball", "runs (s)");
        for (std::size_t i = 0; i < measures.size(); ++i) {
            if (seconds[i].empty()) continue;
            const double med = median(seconds[i]);
            std::string all;
            for (double s : seconds[i]) all += (all.empty() ? "" : " ") + std::to_string(s).substr(0, 5);
            const double total_words = static_cast<double>(words) * passes;
            const double total_mb = bytes * passes / 1e6;
            std::printf("%-26s %12.0f %10.2f %14s   %s%s\n", measures[i].name.c_str(), total_words / med,
                        total_mb / med,
                        snowball_median > 0 ? std::to_string(snowball_median / med).substr(0, 5).c_str() : "-",
                        all.c_str(), sinks[i] == 0 ? " (no output?)" : "");
        }
        if (!seconds[0].empty() && !seconds[1].empty()) {
            std::vector<double> ratios;
            for (std::size_t r = 0; r < seconds[0].size(); ++r) ratios.push_back(seconds[0][r] / seconds[1][r]);
            std::printf("\narsip / snowball speed, per run:");
            for (double x : ratios) std::printf(" %.3f", x);
            std::printf("  (median %.3f)\n", median(ratios));
        }
    } catch (const std::exception& e) {
        std::cerr << "arsip-analysis-speed: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
