// Runs the arsip-index program as a user would and checks its exit status and what it prints.
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <thread>

#include "temp_dir.h"

namespace {

namespace fs = std::filesystem;
using arsip::testing::TempDir;

const fs::path kSource = ARSIP_TEST_SOURCE_DIR;
const fs::path kHostile = fs::path(ARSIP_TEST_FIXTURES_DIR) / "hostile";

struct ProgramRun {
    int status = -1;
    std::string out;
    std::string err;
};

ProgramRun run(const std::vector<std::string>& args, const std::string& input = "") {
    Poco::Pipe in_pipe, out_pipe, err_pipe;
    Poco::ProcessHandle handle = Poco::Process::launch(ARSIP_INDEX_BINARY, args, &in_pipe, &out_pipe, &err_pipe);
    {
        Poco::PipeOutputStream in_stream(in_pipe);
        in_stream << input;
        in_stream.close();
    }
    Poco::PipeInputStream out_stream(out_pipe), err_stream(err_pipe);
    ProgramRun result;
    // Read stderr on its own thread so neither pipe can fill up and block the child.
    std::thread err_reader([&] { Poco::StreamCopier::copyToString(err_stream, result.err); });
    Poco::StreamCopier::copyToString(out_stream, result.out);
    err_reader.join();
    result.status = handle.wait();
    return result;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(ArsipIndexTest, IndexesTheSampleCorpusAndSearchesIt) {
    TempDir dir;
    const std::string db = (dir / "index").string();
    const ProgramRun indexed = run({"--db", db, (kSource / "data/corpus").string()});
    EXPECT_EQ(indexed.status, 0) << indexed.err;
    EXPECT_TRUE(contains(indexed.err, "failed 0")) << indexed.err;

    const ProgramRun search = run({"--db", db, "--search", "misi dagang"});
    EXPECT_EQ(search.status, 0) << search.err;
    EXPECT_TRUE(contains(search.out, "seputarikn-2025-05-08-misi-dagang-kaltim-jatim")) << search.out;
    EXPECT_TRUE(contains(search.out, "<mark>")) << search.out;

    const ProgramRun again = run({"--db", db, (kSource / "data/corpus").string()});
    EXPECT_EQ(again.status, 0);
    EXPECT_TRUE(contains(again.err, "indexed 0,")) << again.err;
}

// A fresh build of enough files on two jobs is split into shards and merged: the summary says how
// long the merge and the last commit took, where a build on one job has no merge to report.
TEST(ArsipIndexTest, AShardedBuildReportsItsMerge) {
    TempDir dir;
    const fs::path input = dir / "input";
    fs::create_directories(input);
    for (int i = 0; i < 300; ++i) {  // the ingester shards a fresh build of 256 files or more
        std::ofstream(input / ("berita-" + std::to_string(i) + ".txt"))
            << "Berita nomor " << i << "\n\nPemerintah Provinsi Kalimantan Timur menyiapkan misi dagang ke Jawa Timur.\n";
    }
    const struct {
        const char* jobs;
        bool merge;
    } cases[] = {{"2", true}, {"1", false}};
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string("--jobs ") + c.jobs);
        const ProgramRun r = run({"--db", (dir / (std::string("index-") + c.jobs)).string(), "-q", "--jobs", c.jobs, input.string()});
        EXPECT_EQ(r.status, 0) << r.err;
        EXPECT_TRUE(contains(r.err, "indexed 300, unchanged 0, failed 0 (300 files")) << r.err;
        EXPECT_EQ(contains(r.err, "; merging the shards "), c.merge) << r.err;
        EXPECT_EQ(contains(r.err, " s, the last commit and facet store "), c.merge) << r.err;
    }
}

TEST(ArsipIndexTest, FolderWithBadFilesIndexesTheGoodOneAndExitsOne) {
    TempDir dir;
    const fs::path input = dir / "input";
    fs::create_directories(input);
    fs::copy_file(kSource / "data/corpus/articles/seputarikn-2025-05-08-misi-dagang-kaltim-jatim.xml",
                  input / "good.xml");
    std::ofstream(input / "broken.xml") << "<article id=\"x\"><title>Judul";
    fs::copy_file(kHostile / "not_schema.xml", input / "not_schema.xml");
    fs::copy_file(kHostile / "xxe.xml", input / "hostile.xml");

    const ProgramRun r = run({"--db", (dir / "index").string(), input.string()});
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_TRUE(contains(r.err, "indexed 1, unchanged 0, failed 3")) << r.err;
    for (const char* name : {"broken.xml", "not_schema.xml", "hostile.xml"}) {
        SCOPED_TRACE(name);
        EXPECT_TRUE(contains(r.err, (input / name).string() + ":")) << r.err;
    }
}

TEST(ArsipIndexTest, OneJobAndTwoIndexTheSame) {
    TempDir dir;
    std::map<std::string, std::string> first;  // query -> what --search printed with one job
    for (const char* jobs : {"1", "2"}) {
        SCOPED_TRACE(std::string("--jobs ") + jobs);
        const std::string db = (dir / (std::string("index-") + jobs)).string();
        const ProgramRun indexed = run({"--db", db, "--jobs", jobs, (kSource / "data/corpus").string()});
        EXPECT_EQ(indexed.status, 0) << indexed.err;
        EXPECT_TRUE(contains(indexed.err, "indexed 10, unchanged 0, failed 0, twins 5 (15 files")) << indexed.err;
        EXPECT_TRUE(contains(indexed.err, "twins, not kept:\n")) << indexed.err;
        EXPECT_TRUE(contains(indexed.err, "\n  " + (kSource / "data/corpus/pdf/kb-jatim-kaltim-2025-misi-dagang.pdf").string() +
                                              ": the same agreement (type, date, title and parties) as " +
                                              (kSource / "data/corpus/agreements/kb-jatim-kaltim-2025-misi-dagang.xml").string()))
            << indexed.err;
        EXPECT_TRUE(fs::exists(fs::path(db) / "arsip-facets")) << "the facet store is written";
        for (const char* query : {"misi dagang", "lembaga:\"universitas mulawarman\"", "tarakan OR bontang"}) {
            SCOPED_TRACE(query);
            const ProgramRun search = run({"--db", db, "--search", query, "--limit", "100"});
            EXPECT_EQ(search.status, 0) << search.err;
            EXPECT_TRUE(contains(search.out, " match")) << search.out;
            if (first.count(query)) {
                EXPECT_EQ(search.out, first[query]);
            } else {
                first[query] = search.out;
            }
        }
    }
}

TEST(ArsipIndexTest, UsageErrorsExitTwo) {
    const struct {
        std::vector<std::string> args;
        const char* why;
    } cases[] = {
        {{}, "no arguments"},
        {{"some/folder"}, "no --db"},
        {{"--db", "/tmp/x"}, "nothing to index"},
        {{"--db", "/tmp/x", "--batch", "0", "a"}, "batch out of range"},
        {{"--db", "/tmp/x", "--jobs", "0", "a"}, "no jobs"},
        {{"--no-such-option"}, "unknown option"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.why);
        const ProgramRun r = run(c.args);
        EXPECT_EQ(r.status, 2) << r.err;
    }
}

TEST(ArsipIndexTest, ExtractPrintsTheDocumentAndWritesNothing) {
    TempDir dir;
    const fs::path agreements = kSource / "data/corpus/agreements";
    fs::path first;
    for (const auto& entry : fs::directory_iterator(agreements)) {
        if (entry.path().extension() == ".xml" && (first.empty() || entry.path() < first)) first = entry.path();
    }
    ASSERT_FALSE(first.empty());
    const ProgramRun r = run({"--extract", first.string()});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "\"clauses\"")) << r.out;
    EXPECT_TRUE(contains(r.out, "\"parties\"")) << r.out;
    EXPECT_TRUE(contains(r.out, "\"format\": \"agreement-xml\"")) << r.out;

    const ProgramRun bad = run({"--extract", (kHostile / "xxe.xml").string()});
    EXPECT_EQ(bad.status, 1);
    EXPECT_TRUE(contains(bad.err, "xxe.xml")) << bad.err;
}

TEST(ArsipIndexTest, StemPrintsWordTabStem) {
    const ProgramRun r = run({"--stem"}, "menandatangani\nDitandatangani\n\npenandatanganan\nkerjasama\n");
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out,
              "menandatangani\ttandatangan\n"
              "ditandatangani\ttandatangan\n"
              "penandatanganan\ttandatangan\n"
              "kerjasama\tkerjasama\n");
}

}  // namespace
