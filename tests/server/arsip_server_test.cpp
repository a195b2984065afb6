// Runs the arsip-server program as a user would: bad options, --help, and a start that prints
// its address, answers, and stops cleanly on SIGTERM.
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <thread>

#include "server_test_support.h"
#include "temp_dir.h"

namespace arsip::testing {
namespace {

struct ProgramRun {
    int status = -1;
    std::string out;
    std::string err;
};

ProgramRun run(const std::vector<std::string>& args) {
    Poco::Pipe out_pipe, err_pipe;
    Poco::ProcessHandle handle =
        Poco::Process::launch(ARSIP_SERVER_BINARY, args, nullptr, &out_pipe, &err_pipe);
    Poco::PipeInputStream out_stream(out_pipe), err_stream(err_pipe);
    ProgramRun result;
    std::thread err_reader([&] { Poco::StreamCopier::copyToString(err_stream, result.err); });
    Poco::StreamCopier::copyToString(out_stream, result.out);
    err_reader.join();
    result.status = handle.wait();
    return result;
}

TEST(ArsipServerTest, BadOptionsExitWithUsageErrors) {
    TempDir dir;
    std::ofstream(dir / "bad.properties")
        << "db = " << (dir / "index").string() << "\nport = eighty\n";
    const struct {
        std::vector<std::string> args;
        const char* message;
    } cases[] = {
        {{}, "--db DIR is required"},
        {{"--db", "x", "--port", "70000"}, "--port: a whole number from 0 to 65535"},
        {{"--db", "x", "--port", "http"}, "--port: "},
        {{"--db", "x", "--threads", "0"}, "--threads: "},
        {{"--db", "x", "--web", (dir / "no-such-web").string()}, "--web: no folder"},
        {{"--db", "x", "--colour", "red"}, "colour"},
        {{"--db", "x", "stray"}, "unexpected argument 'stray'"},
        {{"--config", (dir / "missing.ini").string()}, "--config: no file"},
        {{"--config", (dir / "bad.properties").string()}, "--port: "},
    };
    for (const auto& c : cases) {
        std::string line;
        for (const auto& a : c.args) line += a + " ";
        SCOPED_TRACE(line);
        const ProgramRun r = run(c.args);
        EXPECT_EQ(r.status, 2) << r.err;
        EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("--help"), std::string::npos) << r.err;
    }
}

TEST(ArsipServerTest, HelpListsTheOptions) {
    const ProgramRun r = run({"--help"});
    EXPECT_EQ(r.status, 0);
    for (const char* option :
         {"--db", "--port", "--host", "--web", "--threads", "--config", "--data"}) {
        EXPECT_NE(r.out.find(option), std::string::npos) << option << "\n" << r.out;
    }
}

TEST(ArsipServerTest, ServesUntilSigterm) {
    TempDir dir;
    index_files(dir / "index", {kSourceDir / "data/corpus/articles"});
    // Options from a config file; the command line wins over it (port).
    std::ofstream(dir / "arsip.ini")
        << "db = " << (dir / "index").string() << "\nport = 1\nthreads = 2\n";
    Poco::Pipe err_pipe;
    Poco::ProcessHandle handle = Poco::Process::launch(
        ARSIP_SERVER_BINARY,
        {"--config", (dir / "arsip.ini").string(), "--port", "0", "--host", "127.0.0.1"}, nullptr,
        nullptr, &err_pipe);
    Poco::PipeInputStream err(err_pipe);
    std::string line;
    std::smatch address;
    while (std::getline(err, line)) {
        if (std::regex_search(line, address, std::regex("http://127\\.0\\.0\\.1:(\\d+)/"))) break;
    }
    ASSERT_FALSE(address.empty()) << "no address printed; last line: " << line;
    const auto port = static_cast<std::uint16_t>(std::stoi(address[1]));
    const HttpReply health = http_request(port, "/health");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.json()->getValue<int>("documents"), 5);
    EXPECT_EQ(http_request(port, "/api/search?q=kaltim").status, 200);

    Poco::Process::requestTermination(handle.id());
    std::string rest;
    Poco::StreamCopier::copyToString(err, rest);
    EXPECT_EQ(handle.wait(), 0) << rest;
    EXPECT_NE(rest.find("GET /health 200"), std::string::npos) << rest;
    EXPECT_NE(rest.find("stopping"), std::string::npos) << rest;
}

}  // namespace
}  // namespace arsip::testing
