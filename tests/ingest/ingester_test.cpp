#include "ingest/ingester.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "index/searcher.h"
#include "ingest/content_hash.h"
#include "ingest/file_walker.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::ingest {
namespace {

namespace fs = std::filesystem;
using arsip::testing::TempDir;

const fs::path kSource = ARSIP_TEST_SOURCE_DIR;
const fs::path kCorpus = kSource / "data/corpus";
const fs::path kHostile = fs::path(ARSIP_TEST_FIXTURES_DIR) / "hostile";

class Silent : public ProgressListener {};

IngestSummary ingest(const fs::path& db, const std::vector<fs::path>& inputs, IngestOptions options = {}) {
    DocumentLoader loader;
    index::IndexWriter writer(db, arsip::testing::analysis());
    Ingester ingester(loader, writer, options);
    Silent silent;
    return ingester.run(inputs, silent);
}

// Parallel runs that split every run into chunks of two files, one shard per thread.
constexpr IngestOptions kThreeJobs{.jobs = 3, .chunk_files = 2, .min_files_for_shards = 1};

std::size_t files_below(const fs::path& folder) {
    std::size_t n = 0;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file() && is_supported_file(entry.path())) ++n;
    }
    return n;
}

// Every file of the index with the hash of its bytes: equal snapshots mean nothing was written.
std::map<std::string, std::string> snapshot(const fs::path& db) {
    std::map<std::string, std::string> out;
    for (const auto& entry : fs::directory_iterator(db)) {
        if (entry.path().filename() == "flintlock") continue;  // the writer's lock file
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        out[entry.path().filename().string()] = sha256_hex(bytes.str());
    }
    return out;
}

std::string failure_of(const IngestSummary& summary, const std::string& file_name) {
    for (const auto& f : summary.files) {
        if (fs::path(f.path).filename() == file_name) return f.status == FileStatus::Failed ? f.reason : "(not failed)";
    }
    return "(not seen)";
}

TEST(IngesterTest, SampleCorpusRoundTrip) {
    TempDir dir;
    const fs::path db = dir / "index";
    const std::size_t files = files_below(kCorpus);
    // The PDFs are the agreements' own (scripts/make_sample_pdfs.sh): each is its XML's twin.
    const std::size_t pdfs = files_below(kCorpus / "pdf");
    ASSERT_GE(files, 10u) << "the sample corpus has 5 articles and at least 4 agreements and 2 PDFs";
    ASSERT_EQ(pdfs, files_below(kCorpus / "agreements"));

    const IngestSummary first = ingest(db, {kCorpus});
    for (const auto& f : first.files) EXPECT_NE(f.status, FileStatus::Failed) << f.reason;
    EXPECT_EQ(first.indexed, files - pdfs);
    EXPECT_EQ(first.twins, pdfs);

    {
        index::Searcher searcher(db, arsip::testing::analysis());
        EXPECT_EQ(searcher.document_count(), files - pdfs);
        index::SearchRequest request;
        request.query = "Tarakan";
        const auto result = searcher.search(request);
        bool found_article = false;
        for (const auto& hit : result.hits) {
            if (hit.id == "infonasional-2025-08-07-kesepakatan-bersama-kaltim-kaltara") found_article = true;
        }
        EXPECT_TRUE(found_article) << "the Kaltim-Kaltara article mentions Tarakan";
    }

    // Again: nothing changed, nothing written, same count.
    const IngestSummary second = ingest(db, {kCorpus});
    EXPECT_EQ(second.indexed, 0u);
    EXPECT_EQ(second.unchanged, files - pdfs);
    EXPECT_EQ(second.twins, pdfs);
    EXPECT_EQ(index::Searcher(db, arsip::testing::analysis()).document_count(), files - pdfs);
}

// Each sample PDF is reported with the agreement XML the index keeps in its place, whichever
// comes first: in one run (the XML first, the PDF refused), in a run that merges shards (the two
// in different shards, resolved after the merge), and when the PDFs came in an earlier run.
TEST(IngesterTest, TwinsAreReportedWithTheFileTheIndexKeeps) {
    TempDir dir;
    const auto twin_of = [](const FileResult& pdf) {
        const std::string name = fs::path(pdf.path).stem().string();
        return pdf.path + ": the same agreement (type, date, title and parties) as " +
               (kCorpus / "agreements" / (name + ".xml")).string() + " (" + name + "), which the index keeps";
    };
    const struct {
        std::string context;
        IngestOptions options;
    } runs[] = {{"one job", {}}, {"three jobs, shards", kThreeJobs}};
    for (const auto& run : runs) {
        SCOPED_TRACE(run.context);
        const IngestSummary summary = ingest(dir / run.context, {kCorpus}, run.options);
        std::size_t twins = 0;
        for (const auto& f : summary.files) {
            SCOPED_TRACE(f.path);
            EXPECT_EQ(f.status == FileStatus::Twin, fs::path(f.path).extension() == ".pdf");
            if (f.status != FileStatus::Twin) continue;
            ++twins;
            EXPECT_EQ(f.reason, twin_of(f));
        }
        EXPECT_EQ(twins, files_below(kCorpus / "pdf"));
        EXPECT_TRUE(summary.removed_twins.empty());
    }

    const fs::path db = dir / "pdfs first";
    const IngestSummary pdfs = ingest(db, {kCorpus / "pdf"});
    EXPECT_EQ(pdfs.indexed, files_below(kCorpus / "pdf"));
    const IngestSummary agreements = ingest(db, {kCorpus / "agreements"});
    EXPECT_EQ(agreements.indexed, files_below(kCorpus / "agreements"));
    ASSERT_EQ(agreements.removed_twins.size(), files_below(kCorpus / "pdf"));
    for (const auto& removed : agreements.removed_twins) {
        SCOPED_TRACE(removed.source_path);
        EXPECT_TRUE(removed.id.starts_with("pdf-"));
        EXPECT_EQ(fs::path(removed.source_path).stem(), fs::path(removed.kept_source_path).stem());
        EXPECT_EQ(removed.kept_id, fs::path(removed.kept_source_path).stem().string());
    }
    EXPECT_EQ(index::Searcher(db, arsip::testing::analysis()).document_count(), files_below(kCorpus / "agreements"));
}

TEST(IngesterTest, BadFilesAreReportedAndTheGoodOneIndexed) {
    TempDir dir;
    const fs::path input = dir / "input";
    fs::create_directories(input);
    fs::copy_file(kCorpus / "articles/seputarikn-2025-05-08-misi-dagang-kaltim-jatim.xml", input / "good.xml");
    std::ofstream(input / "broken.xml") << "<article id=\"x\"><title>Judul</title><source>S";
    fs::copy_file(kHostile / "not_schema.xml", input / "not_schema.xml");
    fs::copy_file(kHostile / "xxe.xml", input / "xxe.xml");

    const IngestSummary summary = ingest(dir / "index", {input});
    EXPECT_EQ(summary.indexed, 1u);
    EXPECT_EQ(summary.failed, 3u);
    const struct {
        const char* file;
        const char* reason_part;
    } expected[] = {
        {"broken.xml", "broken.xml:1:"},
        {"not_schema.xml", "not_schema.xml:"},
        {"xxe.xml", "xxe.xml:"},
    };
    for (const auto& e : expected) {
        SCOPED_TRACE(e.file);
        const std::string reason = failure_of(summary, e.file);
        EXPECT_NE(reason.find(e.reason_part), std::string::npos) << reason;
    }
    ASSERT_EQ(summary.files.size(), 4u);
    for (const auto& f : summary.files) {
        SCOPED_TRACE(f.path);
        EXPECT_EQ(f.bytes, fs::file_size(f.path));  // read, whether it was then refused or not
    }
    EXPECT_EQ(index::Searcher(dir / "index", arsip::testing::analysis()).document_count(), 1u);
}

TEST(IngesterTest, HostileFilesLeaveTheIndexExactlyAsItWas) {
    TempDir dir;
    const fs::path db = dir / "index";
    ingest(db, {kCorpus / "articles"});
    const auto before = snapshot(db);
    const std::size_t count_before = index::Searcher(db, arsip::testing::analysis()).document_count();

    for (const char* name : {"xxe.xml", "billion_laughs.xml", "truncated.xml", "latin1.xml", "not_schema.xml"}) {
        SCOPED_TRACE(name);
        const IngestSummary summary = ingest(db, {kHostile / name});
        EXPECT_EQ(summary.failed, 1u);
        EXPECT_EQ(summary.indexed, 0u);
        ASSERT_EQ(summary.files.size(), 1u);
        EXPECT_EQ(summary.files[0].reason.find("root:"), std::string::npos) << "no /etc/passwd content";
        EXPECT_EQ(snapshot(db), before);
    }
    EXPECT_EQ(index::Searcher(db, arsip::testing::analysis()).document_count(), count_before);
}

TEST(IngesterTest, TwoFilesWithOneIdAreNotBothIndexed) {
    TempDir dir;
    const fs::path input = dir / "input";
    fs::create_directories(input);
    const fs::path article = kCorpus / "articles/seputarikn-2025-05-08-misi-dagang-kaltim-jatim.xml";
    fs::copy_file(article, input / "a.xml");
    std::ifstream in(article);
    std::ostringstream text;
    text << in.rdbuf();
    std::ofstream(input / "b.xml") << text.str() << "\n<!-- a copy -->\n";

    const IngestSummary summary = ingest(dir / "index", {input});
    EXPECT_EQ(summary.indexed, 1u);
    EXPECT_EQ(summary.failed, 1u);
    EXPECT_NE(failure_of(summary, "b.xml").find("already used by"), std::string::npos);
}

TEST(IngesterTest, MissingAndUnsupportedInputsFailByName) {
    TempDir dir;
    std::ofstream(dir / "notes.docx") << "x";
    const IngestSummary summary = ingest(dir / "index", {dir / "missing.xml", dir / "notes.docx"});
    EXPECT_EQ(summary.failed, 2u);
    EXPECT_NE(failure_of(summary, "missing.xml").find("no such file"), std::string::npos);
    EXPECT_NE(failure_of(summary, "notes.docx").find("unsupported file type"), std::string::npos);
    // Refused before it was read: its size on disk is counted.
    const auto docx = std::find_if(summary.files.begin(), summary.files.end(),
                                   [](const FileResult& f) { return fs::path(f.path).filename() == "notes.docx"; });
    ASSERT_NE(docx, summary.files.end());
    EXPECT_EQ(docx->bytes, 1u);
}

// What a search shows of an index: for each query and mode the total, every facet count and the
// hits (ids, sorted by date so that equal scores do not depend on document numbers), and every
// document as stored.
std::string search_view(const fs::path& db) {
    index::Searcher searcher(db, arsip::testing::analysis());
    std::ostringstream out;
    for (const char* query : {"", "kaltim", "\"kerja sama\"", "jangka waktu", "unmul OR tarakan"}) {
        for (const auto mode : {index::SearchMode::Documents, index::SearchMode::Clauses}) {
            index::SearchRequest request;
            request.query = query;
            request.mode = mode;
            request.size = 1000;
            request.sort = index::SortOrder::DateAscending;
            request.facet_limit = 1000;
            const auto result = searcher.search(request);
            out << query << (mode == index::SearchMode::Clauses ? " (clauses)" : "") << ": " << result.total << "\n";
            std::vector<std::string> ids;
            for (const auto& hit : result.hits) ids.push_back(hit.id);
            std::sort(ids.begin(), ids.end());
            for (const auto& id : ids) {
                out << "  " << id << "\n";
                const auto document = mode == index::SearchMode::Documents ? searcher.document(id) : std::nullopt;
                if (document) out << "    " << document->title << " " << document->date << "\n";
            }
            for (const auto& facet : result.facets) {
                for (const auto& value : facet.values) out << "  " << facet.name << "=" << value.key << " " << value.count << "\n";
            }
        }
    }
    return out.str();
}

// Each file's name, status and id, in the order the summary lists them.
std::string files_view(const IngestSummary& summary) {
    std::string out;
    for (const auto& f : summary.files) {
        out += fs::path(f.path).filename().string() + " " + std::string(to_string(f.status)) + " " + f.id + "\n";
    }
    return out;
}

TEST(IngesterTest, ParallelRunsIndexWhatOneJobIndexes) {
    TempDir dir;
    const IngestSummary one = ingest(dir / "one", {kCorpus});
    const struct {
        const char* name;
        IngestOptions options;
        bool shards;  // the run merges shards (and says how long that took)
    } runs[] = {
        {"three jobs, shards", kThreeJobs, true},
        {"two jobs, one writer (too few files for shards)", {.jobs = 2, .chunk_files = 3, .min_files_for_shards = 1000}, false},
        {"more jobs than chunks", {.jobs = 64, .chunk_files = 4, .min_files_for_shards = 1}, true},
        {"two jobs, a new shard every three files",
         {.jobs = 2, .chunk_files = 1, .min_files_for_shards = 1, .shard_files = 3}, true},
        {"three jobs, files read ahead one at a time",
         {.jobs = 3, .chunk_files = 2, .min_files_for_shards = 1, .prefetch_files = 1}, true},
        {"two jobs, nothing read ahead", {.jobs = 2, .chunk_files = 2, .min_files_for_shards = 1, .prefetch_files = 0}, true},
        {"one job, nothing read ahead", {.jobs = 1, .prefetch_files = 0}, false},
    };
    const std::string expected = search_view(dir / "one");
    for (const auto& run : runs) {
        SCOPED_TRACE(run.name);
        const fs::path db = dir / run.name;
        const IngestSummary parallel = ingest(db, {kCorpus}, run.options);
        EXPECT_EQ(files_view(parallel), files_view(one));
        EXPECT_EQ(parallel.indexed, one.indexed);
        EXPECT_EQ(parallel.bytes, one.bytes);
        EXPECT_EQ(search_view(db), expected);
        EXPECT_EQ(parallel.merging.count() > 0, run.shards);
        EXPECT_GT(parallel.last_commit.count(), 0);
        EXPECT_LE(parallel.merging + parallel.last_commit, parallel.elapsed);
        for (std::size_t n = 0; n < 64; ++n) EXPECT_FALSE(fs::exists(dir / (std::string(run.name) + ".shard-" + std::to_string(n))));
    }
}

TEST(IngesterTest, ParallelRunIntoAFilledIndexSeesUnchangedFiles) {
    TempDir dir;
    const fs::path db = dir / "index";
    ingest(db, {kCorpus / "articles"}, kThreeJobs);
    const IngestSummary second = ingest(db, {kCorpus}, kThreeJobs);
    EXPECT_EQ(second.unchanged, files_below(kCorpus / "articles"));
    EXPECT_EQ(second.indexed, files_below(kCorpus) - files_below(kCorpus / "articles") - files_below(kCorpus / "pdf"));
    EXPECT_EQ(second.twins, files_below(kCorpus / "pdf"));
    EXPECT_EQ(second.failed, 0u);
    EXPECT_EQ(index::Searcher(db, arsip::testing::analysis()).document_count(),
              files_below(kCorpus) - files_below(kCorpus / "pdf"));
}

// A run over files whose bytes the index holds reads and hashes them and parses, converts and
// analyses none of them: the PDF is reported unchanged though pdftohtml cannot be found. With
// force every file is loaded again, so the PDF then fails.
TEST(IngesterTest, UnchangedFilesAreNotLoadedAgain) {
    TempDir dir;
    const fs::path input = dir / "input";
    fs::create_directories(input);
    for (const auto& entry : fs::directory_iterator(kCorpus / "articles")) {
        fs::copy_file(entry.path(), input / entry.path().filename());
    }
    // Without its agreement XML beside it, the PDF is indexed itself, not as a twin.
    fs::copy_file(kCorpus / "pdf/kb-kaltim-kaltara-2025-perdagangan-konektivitas.pdf", input / "kb.pdf");
    const fs::path db = dir / "index";
    const std::size_t files = files_below(input);
    const IngestSummary first = ingest(db, {input});
    ASSERT_EQ(first.indexed, files) << (first.files.empty() ? "" : first.files.front().reason);
    const auto before = snapshot(db);

    LoaderOptions no_pdftohtml;
    no_pdftohtml.pdf.program = (dir / "no-such-pdftohtml").string();
    const struct {
        const char* context;
        IngestOptions options;
        bool force;
        std::size_t indexed, unchanged, failed;
    } runs[] = {
        {"one job", {}, false, 0, files, 0},
        {"three jobs, one writer", {.jobs = 3, .chunk_files = 1, .min_files_for_shards = 1}, false, 0, files, 0},
        {"force", {}, true, files - 1, 0, 1},
    };
    for (const auto& run : runs) {
        SCOPED_TRACE(run.context);
        DocumentLoader loader(no_pdftohtml);
        index::IndexWriter writer(db, arsip::testing::analysis(), {.force = run.force});
        Silent silent;
        const IngestSummary summary = Ingester(loader, writer, run.options).run({input}, silent);
        EXPECT_EQ(summary.indexed, run.indexed);
        EXPECT_EQ(summary.unchanged, run.unchanged);
        EXPECT_EQ(summary.failed, run.failed);
        for (const auto& f : summary.files) {
            SCOPED_TRACE(f.path);
            if (f.status == FileStatus::Failed) {
                EXPECT_NE(f.reason.find("kb.pdf"), std::string::npos) << f.reason;
            } else {
                EXPECT_FALSE(f.id.empty()) << "the id comes from the index when the file is not loaded";
            }
        }
        if (!run.force) {
            EXPECT_EQ(snapshot(db), before) << "nothing written";
        }
    }
}

// A PDF not kept because of its agreement XML is reported as that XML's twin again by a later run
// without being converted, while the XML's document is the same agreement; once the XML says
// otherwise (here, another title), the PDF is no twin and is indexed in the same run.
TEST(IngesterTest, TwinFilesAreNotLoadedAgainWhileTheirTwinIsKept) {
    const struct {
        const char* context;
        IngestOptions options;
    } runs[] = {
        {"one job", {}},
        {"three jobs, one writer after the first run", {.jobs = 3, .chunk_files = 1, .min_files_for_shards = 1}},
    };
    for (const auto& run : runs) {
        SCOPED_TRACE(run.context);
        TempDir dir;
        const fs::path input = dir / "input";
        fs::create_directories(input);
        fs::copy(kCorpus / "agreements", input / "agreements");
        fs::copy(kCorpus / "pdf", input / "pdf");
        const fs::path db = dir / "index";
        const std::size_t pdfs = files_below(input / "pdf");
        const IngestSummary first = ingest(db, {input}, run.options);
        ASSERT_EQ(first.twins, pdfs);
        const auto reasons = [](const IngestSummary& summary) {
            std::map<std::string, std::string> out;  // file -> reason, for twins
            for (const auto& f : summary.files) {
                if (f.status == FileStatus::Twin) out[f.path] = f.reason;
            }
            return out;
        };

        LoaderOptions no_pdftohtml;
        no_pdftohtml.pdf.program = (dir / "no-such-pdftohtml").string();
        {
            DocumentLoader loader(no_pdftohtml);
            index::IndexWriter writer(db, arsip::testing::analysis());
            Silent silent;
            const IngestSummary second = Ingester(loader, writer, run.options).run({input}, silent);
            EXPECT_EQ(second.twins, pdfs);
            EXPECT_EQ(second.failed, 0u) << "no PDF was converted";
            EXPECT_EQ(second.unchanged, files_below(input / "agreements"));
            EXPECT_EQ(reasons(second), reasons(first));
        }

        const fs::path edited = input / "agreements/kb-kaltim-kaltara-2025-perdagangan-konektivitas.xml";
        std::ifstream in(edited);
        std::ostringstream text;
        text << in.rdbuf();
        in.close();
        std::string xml = text.str();
        xml.replace(xml.find("<title>"), 7, "<title>Rancangan ");
        std::ofstream(edited) << xml;
        const IngestSummary third = ingest(db, {input}, run.options);
        EXPECT_EQ(third.indexed, 2u) << "the edited XML, and its PDF, no twin of it now";
        EXPECT_EQ(third.twins, pdfs - 1);
        EXPECT_EQ(failure_of(third, "kb-kaltim-kaltara-2025-perdagangan-konektivitas.pdf"), "(not failed)");
        EXPECT_EQ(index::Searcher(db, arsip::testing::analysis()).document_count(), files_below(input / "agreements") + 1);
    }
}

// A file reported unchanged without being loaded still holds its id against the run's other
// files: of two files with one id, the first in input order is the one that counts.
TEST(IngesterTest, AnUnchangedFileStillClaimsItsId) {
    std::ifstream in(kCorpus / "articles/seputarikn-2025-05-08-misi-dagang-kaltim-jatim.xml");
    std::ostringstream text;
    text << in.rdbuf();
    const struct {
        const char* context;
        const char* edited;  // a copy of b.xml with other bytes, the same id
        IngestOptions options;
        bool edited_counts;  // true: the edited copy comes first and replaces the indexed one
    } cases[] = {
        {"the unchanged file first", "c.xml", {}, false},
        {"the edited copy first", "a.xml", {}, true},
        {"the unchanged file first, three jobs", "c.xml", {.jobs = 3, .chunk_files = 1, .min_files_for_shards = 1}, false},
        {"the edited copy first, three jobs", "a.xml", {.jobs = 3, .chunk_files = 1, .min_files_for_shards = 1}, true},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.context);
        TempDir dir;
        const fs::path input = dir / "input";
        fs::create_directories(input);
        std::ofstream(input / "b.xml") << text.str();
        const fs::path db = dir / "index";
        ASSERT_EQ(ingest(db, {input}).indexed, 1u);

        std::ofstream(input / c.edited) << text.str() << "<!-- edited -->\n";
        const IngestSummary summary = ingest(db, {input}, c.options);
        const std::string later = c.edited_counts ? "b.xml" : c.edited;
        const std::string earlier = c.edited_counts ? c.edited : "b.xml";
        EXPECT_NE(failure_of(summary, later).find("already used by " + (input / earlier).string()), std::string::npos)
            << failure_of(summary, later);
        EXPECT_EQ(failure_of(summary, earlier), "(not failed)");
        EXPECT_EQ(summary.indexed, c.edited_counts ? 1u : 0u);
        EXPECT_EQ(summary.unchanged, c.edited_counts ? 0u : 1u);
    }
}

TEST(IngesterTest, ParallelRunsFailTheLaterFileOfAnId) {
    TempDir dir;
    const fs::path input = dir / "input";
    fs::create_directories(input);
    std::ifstream in(kCorpus / "articles/seputarikn-2025-05-08-misi-dagang-kaltim-jatim.xml");
    std::ostringstream text;
    text << in.rdbuf();
    // Copies of one article among other files: a.xml claims the id first, whichever thread loads it.
    const char* copies[] = {"a.xml", "d.xml", "g.xml"};
    for (const char* name : copies) std::ofstream(input / name) << text.str() << "<!-- " << name << " -->\n";
    for (const auto& entry : fs::directory_iterator(kCorpus / "agreements")) {
        fs::copy_file(entry.path(), input / ("b-" + entry.path().filename().string()));
    }
    std::ofstream(input / "c.xml") << "<article";

    const IngestSummary one = ingest(dir / "one", {input});
    for (const std::size_t jobs : {2u, 3u, 5u}) {
        SCOPED_TRACE(jobs);
        const IngestSummary parallel =
            ingest(dir / ("jobs-" + std::to_string(jobs)), {input}, {.jobs = jobs, .chunk_files = 1, .min_files_for_shards = 1});
        EXPECT_EQ(files_view(parallel), files_view(one));
        EXPECT_EQ(failure_of(parallel, "a.xml"), "(not failed)");
        EXPECT_NE(failure_of(parallel, "g.xml").find("already used by " + (input / "a.xml").string()), std::string::npos);
        EXPECT_NE(failure_of(parallel, "c.xml").find("c.xml:"), std::string::npos);
        EXPECT_EQ(parallel.failed, 3u);
    }
}

}  // namespace
}  // namespace arsip::ingest
