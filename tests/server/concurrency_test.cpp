// The server while the index changes under it: many concurrent requests during re-indexing all
// succeed and a new revision is served without a restart; a missing index is a 503 until it is
// built, then served.
#include <Poco/JSON/Array.h>
#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include "server_test_support.h"
#include "temp_dir.h"

namespace arsip::testing {
namespace {

using Poco::JSON::Object;

TEST(ConcurrencyTest, ConcurrentRequestsWhileTheIndexIsWrittenAllSucceed) {
    TempDir dir;
    const auto db = dir / "index";
    index_files(db, {kSourceDir / "data/corpus"});
    TestServer server(db, 4);
    const std::size_t initial = server.get("/health").json()->getValue<std::size_t>("documents");

    const std::vector<std::string> targets = {
        "/api/search?q=kaltim",
        "/api/search?q=misi+dagang&type=article&sort=-date",
        "/api/search?q=jangka+waktu&mode=clauses&size=20",
        "/api/search?institution=Universitas+Mulawarman&amount_min=1",
        "/api/facets/institution?prefix=pem",
        "/api/documents/seputarikn-2025-05-08-misi-dagang-kaltim-jatim",
        "/api/documents/seputarikn-2025-05-08-misi-dagang-kaltim-jatim/similar",
        "/api/export?format=json&q=perdagangan",
        "/health",
    };
    constexpr int kClients = 8;
    constexpr int kRequests = 50;
    constexpr int kAdded = 5;
    std::atomic<int> done_clients{0};
    std::mutex failures_mutex;
    std::vector<std::string> failures;

    // The writer: adds news items one commit at a time and re-indexes the corpus (force) while
    // the clients run.
    std::thread writer([&] {
        const auto news = dir / "news";
        std::filesystem::create_directories(news);
        int round = 0;
        while (round < kAdded || done_clients < kClients) {
            if (round < kAdded) {
                const auto file = news / ("berita-" + std::to_string(round) + ".txt");
                std::ofstream(file) << "Berita uji nomor " << round << "\nKata unik zebrakuda"
                                    << round << " muncul di Samarinda.\n";
                index_files(db, {file});
            } else {
                index_files(db, {kSourceDir / "data/corpus/articles"}, /*force=*/true);
            }
            ++round;
        }
    });

    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c) {
        clients.emplace_back([&, c] {
            for (int r = 0; r < kRequests; ++r) {
                const std::string& target =
                    targets[static_cast<std::size_t>(c * kRequests + r) % targets.size()];
                try {
                    const HttpReply reply = server.get(target);
                    std::string problem;
                    if (reply.status != 200) {
                        problem = std::to_string(reply.status) + " " + reply.body;
                    } else if (target.rfind("/api/export", 0) == 0) {
                        // A whole export: as many hits as its total.
                        const auto body =
                            Poco::JSON::Parser().parse(reply.body).extract<Object::Ptr>();
                        const std::size_t hits = body->getArray("hits")->size();
                        if (hits != body->getValue<std::size_t>("total")) {
                            problem = "export of " + std::to_string(hits) + " hits, total " +
                                      body->getValue<std::string>("total");
                        }
                    }
                    if (!problem.empty()) {
                        std::lock_guard lock(failures_mutex);
                        failures.push_back(target + " -> " + problem);
                    }
                } catch (const std::exception& e) {
                    std::lock_guard lock(failures_mutex);
                    failures.push_back(target + " -> " + e.what());
                }
            }
            ++done_clients;
        });
    }
    for (auto& t : clients) t.join();
    writer.join();

    if (!failures.empty()) {
        server.stop();
        ADD_FAILURE() << failures.size() << " failed, first: " << failures.front()
                      << "\nserver log errors:\n"
                      << [&] {
                             std::istringstream lines(server.log());
                             std::string out, line;
                             while (std::getline(lines, line)) {
                                 if (line.rfind("error:", 0) == 0) out += line + "\n";
                             }
                             return out;
                         }();
        return;
    }
    // The new revision is served without a restart.
    EXPECT_EQ(server.get("/health").json()->getValue<std::size_t>("documents"), initial + kAdded);
    for (int i = 0; i < kAdded; ++i) {
        SCOPED_TRACE(i);
        const Object::Ptr result = server.get("/api/search?q=zebrakuda" + std::to_string(i)).json();
        EXPECT_EQ(result->getValue<std::size_t>("total"), 1u);
    }
}

TEST(ConcurrencyTest, AMissingIndexIs503UntilItIsBuilt) {
    TempDir dir;
    const auto db = dir / "index";
    TestServer server(db);
    for (const char* target :
         {"/health", "/api/search?q=kaltim", "/api/documents/x", "/api/export?format=csv"}) {
        SCOPED_TRACE(target);
        const HttpReply reply = server.get(target);
        EXPECT_EQ(reply.status, 503);
        const Object::Ptr body = reply.json();
        EXPECT_EQ(body->getValue<std::string>("error"), "index unavailable");
        const std::string detail = body->getValue<std::string>("detail");
        EXPECT_FALSE(detail.empty());
        EXPECT_EQ(detail.find(db.string()), std::string::npos) << "server paths stay in the log";
    }
    // Parameters are still checked first.
    EXPECT_EQ(server.get("/api/search?size=0").status, 400);

    index_files(db, {kSourceDir / "data/corpus/articles"});
    server.stop();
    EXPECT_NE(server.log().find("error: GET /health: " + db.string()), std::string::npos)
        << server.log();
}

TEST(ConcurrencyTest, AServerStartedBeforeTheIndexServesItOnceBuilt) {
    TempDir dir;
    const auto db = dir / "index";
    TestServer server(db);
    EXPECT_EQ(server.get("/health").status, 503);
    index_files(db, {kSourceDir / "data/corpus/articles"});
    const HttpReply health = server.get("/health");
    ASSERT_EQ(health.status, 200) << health.body;
    EXPECT_EQ(health.json()->getValue<std::size_t>("documents"), 5u);
    EXPECT_EQ(server.get("/api/search?q=kaltim").status, 200);
}

}  // namespace
}  // namespace arsip::testing
