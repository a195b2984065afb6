// The server over HTTP: routing, every error status with its JSON body, static files, documents,
// similar documents, facet typeahead, health and the request log.
#include "server/http_server.h"

#include <Poco/JSON/Array.h>
#include <gtest/gtest.h>

#include "model/document_text.h"
#include "sample_server.h"

namespace arsip::testing {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

class HttpServerTest : public SampleServerTest {};

TEST_F(HttpServerTest, ErrorsAreJsonNamingTheProblem) {
    const std::string long_query = "/api/search?q=" + std::string(9000, 'a');
    const struct {
        std::string target;
        const char* method;
        int status;
        const char* detail;  // the start of "detail": the parameter or part at fault
    } cases[] = {
        {"/api/search?size=abc", "GET", 400, "size: "},
        {"/api/search?size=1000", "GET", 400, "size: "},
        {"/api/search?page=0", "GET", 400, "page: "},
        {"/api/search?date_from=2025-13-01", "GET", 400, "date_from: "},
        {"/api/search?date_to=2025-02-30", "GET", 400, "date_to: "},
        {"/api/search?amount_min=12a", "GET", 400, "amount_min: "},
        {"/api/search?sort=xyz", "GET", 400, "sort: "},
        {"/api/search?mode=pasal", "GET", 400, "mode: "},
        {"/api/search?type=xyz", "GET", 400, "type: "},
        {"/api/search?year=20x5", "GET", 400, "year: "},
        {"/api/search?colour=red", "GET", 400, "colour: "},
        {"/api/search?q=kaltim+AND", "GET", 400, "q: "},
        {"/api/search?q=AND+OR", "GET", 400, "q: "},
        {"/api/search?q=%zz", "GET", 400, "q: "},
        {"/api/search?q=%FF", "GET", 400, "q: "},
        {"/api/export?format=xml", "GET", 400, "format: "},
        {"/api/documents/x/similar?size=51", "GET", 400, "size: "},
        {"/api/facets/institution?limit=0", "GET", 400, "limit: "},
        {"/health?verbose=1", "GET", 400, "verbose: "},
        {"/api/documents/no-such-document", "GET", 404, "id: "},
        {"/api/documents/no-such-document/similar", "GET", 404, ""},
        {"/api/facets/colour", "GET", 404, "facet: "},
        {"/api/nothing", "GET", 404, "path: "},
        {"/api/search/extra", "GET", 404, "path: "},
        {"/api/documents/", "GET", 404, "path: "},
        {"/no-such-page.html", "GET", 404, "path: "},
        {"/../CMakeLists.txt", "GET", 400, "path: "},
        {"/%2e%2e/%2e%2e/etc/passwd", "GET", 400, "path: "},
        {"/..%2fsecret", "GET", 400, "path: "},
        {"/css/..%2f..%2f..%2fCMakeLists.txt", "GET", 400, "path: "},
        {"/%2fetc%2fpasswd", "GET", 400, "path: "},
        {"//etc/passwd", "GET", 400, "path: "},
        {"/api/search", "POST", 405, "method: "},
        {"/api/search", "DELETE", 405, "method: "},
        {"/index.html", "PUT", 405, "method: "},
        {long_query, "GET", 413, "uri: "},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.method) + " " + c.target.substr(0, 80));
        const HttpReply reply = http_request(server().port(), c.target, c.method);
        EXPECT_EQ(reply.status, c.status) << reply.body;
        EXPECT_EQ(reply.content_type, "application/json; charset=utf-8");
        const Object::Ptr body = reply.json();
        EXPECT_FALSE(body->getValue<std::string>("error").empty());
        const std::string detail = body->getValue<std::string>("detail");
        EXPECT_EQ(detail.rfind(c.detail, 0), 0u) << detail;
        if (c.status == 405) {
            EXPECT_EQ(reply.head.get("Allow", ""), "GET, HEAD");
        }
    }
}

TEST_F(HttpServerTest, RequestTargetsBeyondPocosLimitAreRefused) {
    // Over 16 KB Poco refuses the request line itself (400, no body) before the router runs;
    // the server goes on serving.
    const HttpReply reply = get("/api/search?q=" + std::string(17000, 'a'));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(get("/health").status, 200);
}

TEST_F(HttpServerTest, ServesStaticFiles) {
    const struct {
        const char* target;
        const char* type;
        const char* contains;
    } cases[] = {
        {"/", "text/html; charset=utf-8", "arsip static fixture"},
        {"/index.html", "text/html; charset=utf-8", "arsip static fixture"},
        {"/css/style.css", "text/css; charset=utf-8", "font-family"},
        {"/css/../index.html", "", ""},  // refused, see ErrorsAreJsonNamingTheProblem
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.target);
        const HttpReply reply = get(c.target);
        if (*c.type == '\0') {
            EXPECT_EQ(reply.status, 400);
            continue;
        }
        EXPECT_EQ(reply.status, 200);
        EXPECT_EQ(reply.content_type, c.type);
        EXPECT_NE(reply.body.find(c.contains), std::string::npos) << reply.body;
    }
    const HttpReply head = http_request(server().port(), "/", "HEAD");
    EXPECT_EQ(head.status, 200);
    EXPECT_TRUE(head.body.empty());
    EXPECT_GT(head.head.getContentLength(), 0);
}

TEST_F(HttpServerTest, HealthCountsTheIndex) {
    const HttpReply reply = get("/health");
    ASSERT_EQ(reply.status, 200);
    const Object::Ptr body = reply.json();
    EXPECT_EQ(body->getValue<std::string>("status"), "ok");
    EXPECT_GT(body->getValue<std::size_t>("revision"), 0u);
    EXPECT_EQ(body->getValue<std::size_t>("documents"), oracle().documents().size());
    std::size_t clauses = 0;
    for (const auto& [id, doc] : oracle().documents()) clauses += doc.document.clauses.size();
    EXPECT_EQ(body->getValue<std::size_t>("clauses"), clauses);
}

TEST_F(HttpServerTest, DocumentsComeWholeAndClauseIdsGiveTheirParent) {
    std::string agreement;
    for (const auto& [id, doc] : oracle().documents()) {
        if (!doc.document.clauses.empty() &&
            doc.document.format == model::SourceFormat::AgreementXml)
            agreement = id;
    }
    ASSERT_FALSE(agreement.empty());
    const model::Document& expected = oracle().at(agreement).document;
    const std::string clause_id = agreement + "#pasal-" + expected.clauses.front().number;
    for (const std::string& id : {agreement, clause_id}) {
        SCOPED_TRACE(id);
        const HttpReply reply = get("/api/documents/" + url_encode(id));
        ASSERT_EQ(reply.status, 200) << reply.body;
        const Object::Ptr doc = reply.json();
        EXPECT_EQ(doc->getValue<std::string>("id"), agreement);
        EXPECT_EQ(doc->getValue<std::string>("title"), expected.title);
        EXPECT_EQ(doc->getArray("clauses")->size(), expected.clauses.size());
        EXPECT_EQ(doc->getArray("parties")->size(), expected.parties.size());
        EXPECT_TRUE(doc->getObject("entities")->has("officials"));
        EXPECT_EQ(doc->getValue<std::string>("text"), model::document_text(expected));
        EXPECT_FALSE(doc->has("source_path"));  // a path on the indexer's machine
    }
    // A document whose id needs encoding: the plain-text one ("txt-<hash>") and a HEAD.
    EXPECT_EQ(get("/api/documents/" + html_news_id()).status, 200);
    EXPECT_EQ(http_request(server().port(), "/api/documents/" + agreement, "HEAD").status, 200);
}

TEST_F(HttpServerTest, SimilarDocumentsExcludeItself) {
    const std::string id = "seputarikn-2025-05-08-misi-dagang-kaltim-jatim";
    const HttpReply reply = get("/api/documents/" + id + "/similar?size=3");
    ASSERT_EQ(reply.status, 200) << reply.body;
    const Object::Ptr body = reply.json();
    EXPECT_EQ(body->getValue<std::string>("id"), id);
    const Array::Ptr hits = body->getArray("hits");
    ASSERT_GT(hits->size(), 0u);
    EXPECT_LE(hits->size(), 3u);
    for (std::size_t i = 0; i < hits->size(); ++i) {
        EXPECT_NE(hits->getObject(i)->getValue<std::string>("id"), id);
        EXPECT_TRUE(oracle().documents().count(hits->getObject(i)->getValue<std::string>("id")));
    }
    EXPECT_EQ(get("/api/documents/" + id + "/similar").json()->getArray("hits")->size(),
              std::min<std::size_t>(5, oracle().documents().size() - 1));
}

TEST_F(HttpServerTest, FacetValuesForTypeaheadEqualBruteForce) {
    const struct {
        const char* facet;
        const char* prefix;
        std::vector<std::pair<std::string, std::string>> scope;
    } cases[] = {
        {"institution", "pem", {}},
        {"institution", "PEMERINTAH provinsi k", {}},
        {"institution", "mula", {}},  // a word inside the value
        {"official", "", {{"type", "article"}}},
        {"place", "ba", {{"q", "kaltim"}}},
        {"type", "", {}},
        {"source", "zzz", {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.facet) + " prefix=" + c.prefix);
        auto params = c.scope;
        params.emplace_back("prefix", c.prefix);
        params.emplace_back("limit", "100");
        const HttpReply reply = get(std::string("/api/facets/") + c.facet + query_string(params));
        ASSERT_EQ(reply.status, 200) << reply.body;
        const Object::Ptr body = reply.json();
        EXPECT_EQ(body->getValue<std::string>("facet"), c.facet);
        EXPECT_EQ(body->getValue<std::string>("prefix"), c.prefix);

        // Brute force: documents of the scope, values with a word starting with the prefix.
        Filters filters;
        std::string q;
        for (const auto& [name, value] : c.scope) {
            if (name == "q")
                q = value;
            else
                filters[name].push_back(value);
        }
        std::set<std::string> matches;
        const Array::Ptr hits =
            get("/api/search" + query_string({{"q", q}, {"size", "100"}})).json()->getArray("hits");
        for (std::size_t i = 0; i < hits->size(); ++i)
            matches.insert(hits->getObject(i)->getValue<std::string>("id"));
        const std::string folded_prefix = index::normalise_facet_value(c.prefix);
        std::map<std::string, std::size_t> expected;
        for (const auto& [key, count] :
             oracle().facet_counts(c.facet, oracle().select(matches, filters, {}), {}, {})) {
            const bool starts = key.rfind(folded_prefix, 0) == 0 ||
                                key.find(" " + folded_prefix) != std::string::npos;
            if (starts) expected[key] = count;
        }
        std::map<std::string, std::size_t> got;
        const Array::Ptr values = body->getArray("values");
        for (std::size_t i = 0; i < values->size(); ++i) {
            got[values->getObject(i)->getValue<std::string>("key")] =
                values->getObject(i)->getValue<std::size_t>("count");
        }
        EXPECT_EQ(got, expected);
    }
}

TEST_F(HttpServerTest, APortInUseIsRefused) {
    server::ServerOptions options;
    options.db = db();
    options.host = "127.0.0.1";
    options.port = server().port();
    std::ostringstream log;
    EXPECT_THROW(server::HttpServer(options, analysis(), log), Poco::Exception);
    EXPECT_EQ(get("/health").status, 200);
}

TEST_F(HttpServerTest, LogsEveryRequest) {
    TestServer own(db());
    EXPECT_EQ(own.get("/health").status, 200);
    EXPECT_EQ(own.get("/api/nothing").status, 404);
    own.stop();
    const std::string log = own.log();
    EXPECT_NE(log.find("GET /health 200 "), std::string::npos) << log;
    EXPECT_NE(log.find("GET /api/nothing 404 "), std::string::npos) << log;
    EXPECT_NE(log.find(" ms\n"), std::string::npos) << log;
}

}  // namespace
}  // namespace arsip::testing
