// In-process arsip servers for the tests, and a small HTTP client (Poco HTTPClientSession).
#pragma once

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "entities/entity_extractor.h"
#include "index/index_writer.h"
#include "ingest/document_loader.h"
#include "ingest/ingester.h"
#include "server/http_server.h"
#include "test_analysis.h"

namespace arsip::testing {

inline const std::filesystem::path kSourceDir = ARSIP_TEST_SOURCE_DIR;
inline const std::filesystem::path kWebFixtures =
    std::filesystem::path(ARSIP_TEST_FIXTURES_DIR) / "web";

// The loader arsip-index uses: entity extraction on.
inline std::unique_ptr<ingest::DocumentLoader> corpus_loader() {
    auto extractor = std::make_shared<const entities::EntityExtractor>(
        entities::EntityExtractor::load(kSourceDir / "data", analysis().synonyms));
    return std::make_unique<ingest::DocumentLoader>(ingest::LoaderOptions{}, extractor);
}

// Indexes `inputs` (files and folders) into `db` as arsip-index does.
inline void index_files(const std::filesystem::path& db,
                        const std::vector<std::filesystem::path>& inputs, bool force = false) {
    const auto loader = corpus_loader();
    index::IndexWriter writer(db, analysis(), {.force = force});
    ingest::Ingester ingester(*loader, writer);
    ingest::ProgressListener quiet;
    const auto summary = ingester.run(inputs, quiet);
    for (const auto& file : summary.files) {
        EXPECT_NE(file.status, ingest::FileStatus::Failed) << file.path << ": " << file.reason;
    }
}

struct HttpReply {
    int status = 0;
    std::string body;
    std::string content_type;
    Poco::Net::HTTPResponse head;

    // The body as a JSON object (a test failure and an empty object when it is not one).
    Poco::JSON::Object::Ptr json() const {
        try {
            return Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
        } catch (const std::exception& e) {
            ADD_FAILURE() << "not a JSON object (" << e.what() << "): " << body.substr(0, 300);
            return new Poco::JSON::Object;
        }
    }
};

// One request on a fresh connection; `target` is sent exactly as given.
inline HttpReply http_request(std::uint16_t port, const std::string& target,
                              const std::string& method = Poco::Net::HTTPRequest::HTTP_GET) {
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    session.setTimeout(Poco::Timespan(60, 0));
    Poco::Net::HTTPRequest request(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
    if (method == Poco::Net::HTTPRequest::HTTP_POST) request.setContentLength(0);
    session.sendRequest(request);
    HttpReply reply;
    std::istream& body = session.receiveResponse(reply.head);
    Poco::StreamCopier::copyToString(body, reply.body);
    reply.status = static_cast<int>(reply.head.getStatus());
    reply.content_type = reply.head.getContentType();
    return reply;
}

inline std::string url_encode(const std::string& text) {
    std::string out;
    Poco::URI::encode(text, "!#$&'()*+,/:;=?@[]", out);
    return out;
}

// A query string from name/value pairs: {{"q", "misi dagang"}, {"type", "article"}}.
inline std::string query_string(const std::vector<std::pair<std::string, std::string>>& params) {
    std::string out;
    for (const auto& [name, value] : params) {
        out += out.empty() ? "?" : "&";
        out += url_encode(name) + "=" + url_encode(value);
    }
    return out;
}

// An arsip server in this process on an ephemeral port of 127.0.0.1, logging to a string.
class TestServer {
public:
    explicit TestServer(const std::filesystem::path& db, unsigned threads = 4,
                        const std::filesystem::path& web = kWebFixtures)
        : server_(options(db, threads, web), analysis(), log_) {
        server_.start();
    }

    std::uint16_t port() const { return server_.port(); }
    HttpReply get(const std::string& target) const { return http_request(port(), target); }
    void stop() { server_.stop(); }
    // What the server logged; only after stop() (the workers write it).
    std::string log() const { return log_.str(); }

private:
    static server::ServerOptions options(const std::filesystem::path& db, unsigned threads,
                                         const std::filesystem::path& web) {
        server::ServerOptions o;
        o.db = db;
        o.web = web;
        o.host = "127.0.0.1";
        o.port = 0;
        o.threads = threads;
        return o;
    }

    std::ostringstream log_;  // before server_: outlives it
    server::HttpServer server_;
};

}  // namespace arsip::testing
