// arsip-index: indexes article / agreement XML, PDFs and text news into a Xapian database;
// --extract prints one file as the Document JSON; --search runs a query from the command line.
// Exit status: 0 all files indexed, 1 some failed (the others are committed), 2 usage error.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <thread>

#include "index/index_writer.h"
#include "index/searcher.h"
#include "ingest/document_loader.h"
#include "ingest/ingester.h"
#include "json/document_json.h"
#include "text/analysis.h"
#include "text/indonesian_stemmer.h"
#include "text/stem_lines.h"
#include "model/errors.h"
#include "terminal_progress.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailures = 1;
constexpr int kExitUsage = 2;

struct Options {
    std::string db;
    std::vector<std::string> paths;
    std::string extract;
    std::string search;
    std::string schemas = ARSIP_DEFAULT_SCHEMA_DIR;
    std::string data = ARSIP_DEFAULT_DATA_DIR;
    std::size_t limit = 10;
    std::size_t batch = 500;
    std::size_t jobs = std::max(1u, std::thread::hardware_concurrency());
    int pdf_timeout_seconds = 60;
    bool clauses = false;
    bool stem = false;
    bool force = false;
    bool verbose = false;
    bool quiet = false;
};

arsip::ingest::LoaderOptions loader_options(const Options& o) {
    arsip::ingest::LoaderOptions options;
    options.xml.schema_dir = o.schemas;
    options.pdf.timeout = std::chrono::seconds(o.pdf_timeout_seconds);
    return options;
}

// The loader with entity extraction, sharing the analysis' synonym table.
arsip::ingest::DocumentLoader make_loader(const Options& o, const arsip::text::Analysis& analysis) {
    return arsip::ingest::DocumentLoader(
        loader_options(o), std::make_shared<const arsip::entities::EntityExtractor>(
                               arsip::entities::EntityExtractor::load(o.data, analysis.synonyms)));
}

int run_extract(const Options& o) {
    const arsip::text::Analysis analysis = arsip::text::load_analysis(o.data);
    arsip::ingest::DocumentLoader loader = make_loader(o, analysis);
    const arsip::model::Document document = loader.load(o.extract);
    std::cout << arsip::json::to_json_string(document, {2}) << "\n";
    return kExitOk;
}

// A snippet on one terminal line: paragraph breaks become spaces.
std::string one_line(std::string text) {
    for (char& c : text) {
        if (c == '\n' || c == '\r') c = ' ';
    }
    return text;
}

int run_stem(const Options& o) {
    const arsip::text::Analysis analysis = arsip::text::load_analysis(o.data);
    arsip::text::IndonesianStemmer stemmer(analysis.roots);
    arsip::text::stem_lines(std::cin, std::cout, stemmer);
    return kExitOk;
}

int run_search(const Options& o) {
    arsip::index::Searcher searcher(o.db, arsip::text::load_analysis(o.data));
    arsip::index::SearchRequest request;
    request.query = o.search;
    request.size = o.limit;
    request.mode = o.clauses ? arsip::index::SearchMode::Clauses : arsip::index::SearchMode::Documents;
    const auto result = searcher.search(request);
    if (!result.suggestion.empty()) std::cout << "did you mean: " << result.suggestion << "\n";
    std::cout << result.total << " match" << (result.total == 1 ? "" : "es") << " for \"" << o.search << "\"\n";
    std::size_t rank = 0;
    for (const auto& hit : result.hits) {
        std::cout << ++rank << ". [" << arsip::model::to_string(hit.type) << "] " << hit.title;
        if (!hit.clause_number.empty()) std::cout << " / Pasal " << hit.clause_number << " " << hit.clause_heading;
        std::cout << "\n   " << hit.date << (hit.source.empty() ? "" : "  " + hit.source) << "  id " << hit.id
                  << "\n   " << one_line(hit.snippet) << "\n";
    }
    return kExitOk;
}

int run_index(const Options& o) {
    std::vector<std::filesystem::path> inputs(o.paths.begin(), o.paths.end());
    const arsip::text::Analysis analysis = arsip::text::load_analysis(o.data);
    arsip::ingest::DocumentLoader loader = make_loader(o, analysis);
    arsip::index::IndexWriter writer(o.db, analysis, {o.batch, o.force});
    arsip::ingest::Ingester ingester(loader, writer, {.jobs = o.jobs});
    arsip::indexer::TerminalProgress progress(
        stderr, {.draw_bar = !o.quiet && isatty(fileno(stderr)) != 0, .list_indexed = o.verbose});
    const auto summary = ingester.run(inputs, progress);
    const std::size_t count = writer.document_count();
    std::fprintf(stderr, "index %s now holds %zu document%s\n", o.db.c_str(), count, count == 1 ? "" : "s");
    return summary.failed == 0 ? kExitOk : kExitFailures;
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    CLI::App app{"arsip-index: index Indonesian news and agreements (XML, PDF, text) into a Xapian database"};
    app.add_option("--db", o.db, "index folder (created when missing)");
    app.add_option("paths", o.paths, "files and folders to index (.xml, .pdf, .txt)");
    app.add_option("--extract", o.extract, "print FILE as Document JSON and write nothing")->excludes("--db");
    app.add_option("--search", o.search, "run a query against --db and print the hits")->needs("--db");
    app.add_option("--limit", o.limit, "hits to print with --search")->check(CLI::Range(1, 1000));
    app.add_flag("--clauses", o.clauses, "with --search: hits are single Pasal of agreements");
    app.add_flag("--stem", o.stem, "read words, one a line, on standard input; print word<TAB>stem");
    app.add_option("--data", o.data, "folder holding dictionaries/, synonyms/, stopwords/")->check(CLI::ExistingDirectory);
    app.add_option("--schemas", o.schemas, "folder holding article.xsd and agreement.xsd")->check(CLI::ExistingDirectory);
    app.add_option("--batch", o.batch, "documents per commit")->check(CLI::Range(1, 1000000));
    app.add_option("--jobs", o.jobs, "threads that load and index files (default: one per core)")
        ->check(CLI::Range(1, 256));
    app.add_option("--pdf-timeout", o.pdf_timeout_seconds, "seconds pdftohtml may take per PDF")->check(CLI::Range(1, 3600));
    app.add_flag("--force", o.force, "re-index files even when unchanged");
    app.add_flag("-v,--verbose", o.verbose, "a line for every file");
    app.add_flag("-q,--quiet", o.quiet, "no progress bar");
    app.set_version_flag("--version", "arsip-index 0.1.0");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? kExitOk : kExitUsage;
    }

    try {
        if (o.stem) return run_stem(o);
        if (!o.extract.empty()) {
            if (!o.paths.empty()) throw CLI::ValidationError("--extract takes one FILE and no other paths");
            return run_extract(o);
        }
        if (o.db.empty()) throw CLI::RequiredError("--db");
        if (!o.search.empty()) return run_search(o);
        if (o.paths.empty()) throw CLI::ValidationError("paths", "name at least one file or folder to index");
        return run_index(o);
    } catch (const CLI::Error& e) {
        std::cerr << "arsip-index: " << e.what() << "\n" << "Run with --help for usage.\n";
        return kExitUsage;
    } catch (const arsip::QueryError& e) {
        std::cerr << "arsip-index: bad query: " << e.what() << "\n";
        return kExitUsage;
    } catch (const arsip::Error& e) {
        std::cerr << "arsip-index: " << e.what() << "\n";
        return kExitFailures;
    }
}
