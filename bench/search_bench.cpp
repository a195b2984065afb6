// Search latency in process over a fixed query mix (bench/search_mix.tsv): the product's
// index::Searcher::search as arsip-server calls it (10 hits with snippets, exact total, spelling
// suggestion, every facet counted exactly, multi-select; its matches on two threads, and on one:
// arsip-1thread), against raw Xapian on the same
// database with the same Xapian query: with an exact count and no facets (and with the product's
// tie-break on the date: xapian-count+keys), and top-10 only (the
// floor: what Xapian alone costs); every match through the facet counter with BoolWeight and no
// sort (facets-only); and the floor plus what the product does for each of the 10 hits: reading
// the stored document (top10+read), and its snippet too (top10+read+snip); the last again with
// the snippet made with Xapian's background model (..snip-bg, the product's until 2026-11-26) or
// with it and exhaustively (..snip-exh, the product's flags before 2026-11-25), to show what each
// flag costs (these snippets differ).
//
//   arsip-search-bench --db DIR [--mix FILE] [--data DIR] [--passes N] [--only NAME,...] [--sort ORDER]
//                      [--threads N --seconds S] [--per-query] [--explain] [--top-facets]
//                      [--dump-facets FILE]
//
// Each configuration runs the whole mix once to warm up, then --passes times (default 5),
// configurations interleaved pass by pass; latency percentiles are over every query of every
// pass. --threads N runs the product's search on N threads (a Searcher each) for S seconds and
// prints the throughput. --explain prints each query as parsed and whether the product ranks it
// from the facet store (store_weighting.h) or with Xapian's weighting. --top-facets prints each facet's most frequent values over all
// documents (to choose filters for the mix). --dump-facets FILE writes every document's facet
// values as PostgreSQL COPY text (id, type, year, place[], institution[], official[], source[])
// for bench/search_bench.sh, and measures nothing.
#include <CLI/CLI.hpp>
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "index/analyzer.h"
#include "index/facet_counter.h"
#include "index/facet_store.h"
#include "index/facet_slot.h"
#include "index/hit_reader.h"
#include "index/query_builder.h"
#include "index/schema.h"
#include "index/search_query.h"
#include "index/searcher.h"
#include "index/store_weighting.h"
#include "text/analysis.h"

namespace {

using Clock = std::chrono::steady_clock;
using arsip::index::SearchRequest;
namespace schema = arsip::index::schema;

struct MixQuery {
    std::string text;
    std::map<std::string, std::vector<std::string>> filters;
    std::string label;  // as written in the mix file
    arsip::index::SortOrder sort = arsip::index::SortOrder::Relevance;  // --sort
    arsip::index::SearchMode mode = arsip::index::SearchMode::Documents;  // --clauses
};

// query<TAB>filters, filters "facet=value;facet=value" (empty: none); '#' starts a comment line.
std::vector<MixQuery> read_mix(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<MixQuery> mix;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        MixQuery q;
        const auto tab = line.find('\t');
        q.text = line.substr(0, tab);
        q.label = line;
        std::replace(q.label.begin(), q.label.end(), '\t', ' ');
        if (tab != std::string::npos) {
            std::stringstream filters(line.substr(tab + 1));
            std::string filter;
            while (std::getline(filters, filter, ';')) {
                const auto eq = filter.find('=');
                if (eq == std::string::npos) throw std::runtime_error(path + ": bad filter '" + filter + "'");
                q.filters[filter.substr(0, eq)].push_back(filter.substr(eq + 1));
            }
        }
        mix.push_back(std::move(q));
    }
    if (mix.empty()) throw std::runtime_error(path + ": no queries");
    return mix;
}

SearchRequest request_for(const MixQuery& q) {
    SearchRequest request;  // the server's defaults: 10 hits, snippets, suggestion, every facet
    request.query = q.text;
    request.filters = q.filters;
    request.sort = q.sort;
    request.mode = q.mode;
    return request;
}

// Raw Xapian on the same database: the product's Xapian query (text, kind, filters), no facets,
// no snippets, no documents read.
class RawXapian {
public:
    RawXapian(const std::string& db, const arsip::text::Analysis& analysis) : path_(db), db_(db), analyzer_(analysis) {}

    // What the product adds to a top-10 match for each hit: reading it (the stored document's
    // JSON, its entities) and its snippet.
    // SnippetBackground: the product's snippet with Xapian's background model;
    // SnippetExhaustive: with SNIPPET_EXHAUSTIVE too; to see what each flag costs.
    enum class Hits { None, Read, ReadAndSnippet, SnippetBackground, SnippetExhaustive };

    // Every match through the facet counter as the product counts facets (count_matches: boolean,
    // no sort): what an exact count with facets costs without ranking.
    std::size_t count_facets(const MixQuery& q) {
        const arsip::index::SearchQuery query = parse(q);
        if (!store_) store_ = arsip::index::FacetStore::open(path_, db_);
        std::vector<std::size_t> all(schema::kFacets.size());
        for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
        arsip::index::FacetCounter counter(all, store_);
        return arsip::index::count_matches(db_, query.full(), &counter);
    }

    std::size_t run(const MixQuery& q, bool exact_count, Hits hits = Hits::None, bool sort_keys = false) {
        const SearchRequest request = request_for(q);
        const arsip::index::SearchQuery query = parse(q);
        Xapian::Enquire enquire(db_);
        enquire.set_query(query.full());
        Xapian::MultiValueKeyMaker keys;
        if (sort_keys) arsip::index::apply_sort(enquire, request.sort, keys);  // relevance, then newest
        const Xapian::MSet mset = enquire.get_mset(0, 10, exact_count ? db_.get_doccount() : 0);
        if (hits != Hits::None) {
            arsip::index::HitReader reader(db_);
            for (auto it = mset.begin(); it != mset.end(); ++it) {
                const arsip::index::ReadHit read = reader.read(it.get_document(), arsip::index::SearchMode::Documents);
                if (hits == Hits::ReadAndSnippet) {
                    arsip::index::make_snippet(mset, read.text, request.snippet_length, analyzer_.stem());
                } else if (hits != Hits::Read) {
                    const unsigned flags = hits == Hits::SnippetBackground
                                               ? Xapian::MSet::SNIPPET_BACKGROUND_MODEL
                                               : Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE;
                    mset.snippet(read.text, request.snippet_length, analyzer_.stem(), flags, "<mark>", "</mark>", "…");
                }
            }
        }
        return mset.get_matches_estimated();
    }

    // The query as parsed, and whether the searcher can rank it from the facet store.
    void explain(const MixQuery& q) {
        if (!store_) store_ = arsip::index::FacetStore::open(path_, db_);
        arsip::index::QueryBuildOptions options;
        const auto store = store_;
        options.reweight = [store](const Xapian::Query& part, double scale) {
            return arsip::index::store_weighted(part, store, scale);
        };
        options.conjoin = [store](const std::vector<std::vector<arsip::index::ConjunctionPart>>& words) {
            return arsip::index::store_conjunction(words, {}, store);
        };
        const auto built = arsip::index::build_query(analyzer_.prepare(q.text), analyzer_, make_parser(), options);
        std::printf("%-60s %s  %s\n", q.label.substr(0, 60).c_str(), built.ranked ? "store " : "xapian",
                    built.parsed.get_description().c_str());
    }

private:
    std::function<Xapian::QueryParser()> make_parser() const {
        return [this] {
            Xapian::QueryParser parser;
            parser.set_database(db_);
            analyzer_.configure(parser);
            return parser;
        };
    }

    arsip::index::SearchQuery parse(const MixQuery& q) const {
        const Xapian::Query text = arsip::index::build_query(analyzer_.prepare(q.text), analyzer_, make_parser(), {}).parsed;
        return arsip::index::SearchQuery(text, request_for(q));
    }

    std::string path_;
    Xapian::Database db_;
    arsip::index::Analyzer analyzer_;
    std::shared_ptr<const arsip::index::FacetStore> store_;
};

struct Config {
    std::string name;
    std::function<std::size_t(const MixQuery&)> run;  // returns the total it found
    std::vector<double> latencies_ms;
    std::vector<double> per_query_ms;  // summed over passes
    std::vector<std::size_t> totals;
};

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(v.size())));
    return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

void print_top_facets(const std::string& db, const arsip::text::Analysis& analysis) {
    arsip::index::Searcher searcher(db, analysis);
    SearchRequest request;
    request.size = 0;
    request.facet_limit = 15;
    request.suggest = false;
    const auto result = searcher.search(request);
    std::cout << result.total << " documents\n";
    for (const auto& facet : result.facets) {
        std::cout << facet.name << " (" << facet.distinct << " values):";
        for (const auto& v : facet.values) std::cout << " " << v.key << "=" << v.count << ";";
        std::cout << "\n";
    }
}

// PostgreSQL COPY text: backslash, tab and newline escaped; arrays as {"a","b"}.
std::string copy_text(const std::string& s) {
    std::string out;
    for (const char c : s) {
        if (c == '\\') out += "\\\\";
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else out += c;
    }
    return out;
}

std::string copy_array(const std::vector<std::string>& values) {
    std::string array = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) array += ",";
        array += "\"";
        for (const char c : values[i]) {
            if (c == '"' || c == '\\') array += '\\';
            array += c;
        }
        array += "\"";
    }
    return copy_text(array + "}");
}

void dump_facets(const std::string& path, const std::string& out_path) {
    const Xapian::Database db(path);
    std::ofstream out(out_path);
    if (!out) throw std::runtime_error("cannot write " + out_path);
    const std::string documents = schema::term(schema::kKind, schema::kKindDocument);
    std::size_t n = 0;
    for (auto it = db.postlist_begin(documents); it != db.postlist_end(documents); ++it) {
        const Xapian::Document doc = db.get_document(*it);
        std::string id;
        auto q = doc.termlist_begin();
        q.skip_to(std::string(schema::kId));
        if (q != doc.termlist_end() && (*q).starts_with(schema::kId)) id = (*q).substr(schema::kId.size());
        out << copy_text(id);
        for (const auto& facet : schema::kFacets) {
            std::vector<std::string> values;
            arsip::index::for_each_facet_value(facet, doc.get_value(facet.slot),
                                               [&](std::string_view v) { values.emplace_back(v); });
            if (facet.multi_valued) {
                out << "\t" << copy_array(values);
            } else {
                out << "\t" << (values.empty() ? std::string("\\N") : copy_text(values.front()));
            }
        }
        out << "\n";
        ++n;
    }
    std::cerr << n << " documents written to " << out_path << "\n";
}

void throughput(const std::string& db, const arsip::text::Analysis& analysis, const std::vector<MixQuery>& mix,
                std::size_t threads, double seconds) {
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stop{false};
    std::vector<std::thread> pool;
    const auto start = Clock::now();
    for (std::size_t t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            arsip::index::Searcher searcher(db, analysis);
            for (std::size_t i = t * 7; !stop.load(std::memory_order_relaxed); ++i) {
                searcher.search(request_for(mix[i % mix.size()]));
                done.fetch_add(1, std::memory_order_relaxed);
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto& thread : pool) thread.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("throughput, %zu threads: %zu searches in %.1f s = %.1f searches/s\n", threads, done.load(), elapsed,
                static_cast<double>(done.load()) / elapsed);
}

}  // namespace

int main(int argc, char** argv) {
    std::string db, mix_path = std::string(ARSIP_BENCH_SOURCE_DIR) + "/bench/search_mix.tsv";
    std::string data = ARSIP_DEFAULT_DATA_DIR, only, dump;
    std::size_t passes = 5, threads = 0;
    double seconds = 20;
    bool per_query = false, top_facets = false, explain = false, clauses = false;
    std::string sort = "relevance";
    CLI::App app{"arsip-search-bench: search latency over a fixed query mix"};
    app.add_option("--db", db, "index folder")->required();
    app.add_option("--mix", mix_path, "query mix (query<TAB>facet=value;...)");
    app.add_option("--data", data, "analysis data folder");
    app.add_option("--passes", passes, "measured passes over the mix");
    app.add_option("--only", only,
                   "configurations: arsip,arsip-1thread,arsip-nofacets,xapian-count,xapian-count+keys,xapian-top10,facets-only,"
                   "top10+read,top10+read+snip,..snip-bg,..snip-exh");
    app.add_option("--threads", threads, "throughput run on N threads instead of latencies");
    app.add_option("--seconds", seconds, "length of the throughput run");
    app.add_option("--sort", sort, "the order of every search, as the API's sort: relevance, date, -date, amount")
        ->check(CLI::IsMember({"relevance", "date", "-date", "amount"}));
    app.add_flag("--clauses", clauses, "every search over single Pasal of agreements (the API's mode=clauses)");
    app.add_flag("--per-query", per_query, "print each query's mean time and total");
    app.add_flag("--explain", explain, "print each query as parsed and whether it is ranked from the facet store");
    app.add_flag("--top-facets", top_facets, "print the most frequent facet values");
    app.add_option("--dump-facets", dump, "write every document's facet values (PostgreSQL COPY text)");
    CLI11_PARSE(app, argc, argv);

    try {
        if (!dump.empty()) {
            dump_facets(db, dump);
            return 0;
        }
        const arsip::text::Analysis analysis = arsip::text::load_analysis(data);
        if (top_facets) {
            print_top_facets(db, analysis);
            return 0;
        }
        std::vector<MixQuery> mix = read_mix(mix_path);
        for (auto& q : mix) {
            using arsip::index::SortOrder;
            q.sort = sort == "date" ? SortOrder::DateAscending
                     : sort == "-date" ? SortOrder::DateDescending
                     : sort == "amount" ? SortOrder::AmountDescending
                                        : SortOrder::Relevance;
            if (clauses) q.mode = arsip::index::SearchMode::Clauses;
        }
        if (threads > 0) {
            throughput(db, analysis, mix, threads, seconds);
            return 0;
        }

        arsip::index::Searcher searcher(db, analysis);
        arsip::index::Searcher serial(db, analysis, {.threads = 1, .threads_from = 0});
        RawXapian raw(db, analysis);
        if (explain) {
            for (const auto& q : mix) raw.explain(q);
            return 0;
        }
        std::vector<Config> configs{
            {"arsip", [&](const MixQuery& q) { return searcher.search(request_for(q)).total; }, {}, {}, {}},
            {"arsip-1thread", [&](const MixQuery& q) { return serial.search(request_for(q)).total; }, {}, {}, {}},
            {"arsip-nofacets",
             [&](const MixQuery& q) {
                 SearchRequest r = request_for(q);
                 r.count_facets = false;
                 return searcher.search(r).total;
             },
             {}, {}, {}},
            {"xapian-count", [&](const MixQuery& q) { return raw.run(q, true); }, {}, {}, {}},
            {"xapian-count+keys", [&](const MixQuery& q) { return raw.run(q, true, RawXapian::Hits::None, true); },
             {}, {}, {}},
            {"xapian-top10", [&](const MixQuery& q) { return raw.run(q, false); }, {}, {}, {}},
            {"facets-only", [&](const MixQuery& q) { return raw.count_facets(q); }, {}, {}, {}},
            {"top10+read", [&](const MixQuery& q) { return raw.run(q, false, RawXapian::Hits::Read); }, {}, {}, {}},
            {"top10+read+snip", [&](const MixQuery& q) { return raw.run(q, false, RawXapian::Hits::ReadAndSnippet); },
             {}, {}, {}},
            {"..snip-bg", [&](const MixQuery& q) { return raw.run(q, false, RawXapian::Hits::SnippetBackground); },
             {}, {}, {}},
            {"..snip-exh", [&](const MixQuery& q) { return raw.run(q, false, RawXapian::Hits::SnippetExhaustive); },
             {}, {}, {}},
        };
        if (!only.empty()) {
            std::erase_if(configs, [&](const Config& c) { return ("," + only + ",").find("," + c.name + ",") == std::string::npos; });
        }
        for (auto& c : configs) {
            c.per_query_ms.assign(mix.size(), 0);
            for (std::size_t i = 0; i < mix.size(); ++i) c.totals.push_back(c.run(mix[i]));  // warm-up pass
        }
        for (std::size_t pass = 0; pass < passes; ++pass) {
            for (auto& c : configs) {
                for (std::size_t i = 0; i < mix.size(); ++i) {
                    const auto start = Clock::now();
                    c.run(mix[i]);
                    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                    c.latencies_ms.push_back(ms);
                    c.per_query_ms[i] += ms;
                }
            }
        }

        std::printf("%zu queries x %zu passes\n", mix.size(), passes);
        std::printf("%-18s %9s %9s %9s %9s %9s %10s\n", "configuration", "p50 ms", "p95 ms", "p99 ms", "mean ms",
                    "max ms", "searches/s");
        for (const auto& c : configs) {
            double sum = 0;
            for (const double ms : c.latencies_ms) sum += ms;
            const double mean = sum / static_cast<double>(c.latencies_ms.size());
            std::printf("%-18s %9.2f %9.2f %9.2f %9.2f %9.2f %10.1f\n", c.name.c_str(), percentile(c.latencies_ms, 0.50),
                        percentile(c.latencies_ms, 0.95), percentile(c.latencies_ms, 0.99), mean,
                        *std::max_element(c.latencies_ms.begin(), c.latencies_ms.end()), 1000.0 / mean);
        }
        if (per_query) {
            std::printf("\n%-60s %10s", "query", "matches");
            for (const auto& c : configs) std::printf(" %14s", (c.name + " ms").c_str());
            std::printf("\n");
            for (std::size_t i = 0; i < mix.size(); ++i) {
                std::printf("%-60s %10zu", mix[i].label.substr(0, 60).c_str(), configs.front().totals[i]);
                for (const auto& c : configs) std::printf(" %14.2f", c.per_query_ms[i] / static_cast<double>(passes));
                std::printf("\n");
            }
        }
    } catch (const std::exception& e) {
        std::cerr << "arsip-search-bench: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
