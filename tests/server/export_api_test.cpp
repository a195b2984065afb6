// GET /api/export: exactly the hits the same search counts, as CSV (RFC 4180) or JSON, streamed.
#include <Poco/JSON/Array.h>
#include <gtest/gtest.h>

#include "sample_server.h"

namespace arsip::testing {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;
using Params = std::vector<std::pair<std::string, std::string>>;

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record.push_back(std::move(field));
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            record.push_back(std::move(field));
            field.clear();
            records.push_back(std::move(record));
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    EXPECT_FALSE(quoted) << "unterminated quoted field";
    EXPECT_TRUE(field.empty() && record.empty()) << "the last record does not end with CRLF";
    return records;
}

class ExportApiTest : public SampleServerTest {
protected:
    // The ids and total of the search `params` describe (every hit: at most 100 in the corpus).
    static std::pair<std::size_t, std::multiset<std::string>> searched(Params params) {
        params.emplace_back("size", "100");
        const HttpReply reply = get("/api/search" + query_string(params));
        EXPECT_EQ(reply.status, 200) << reply.body;
        const Object::Ptr body = reply.json();
        std::multiset<std::string> ids;
        const Array::Ptr hits = body->getArray("hits");
        for (std::size_t i = 0; i < hits->size(); ++i)
            ids.insert(hits->getObject(i)->getValue<std::string>("id"));
        return {body->getValue<std::size_t>("total"), ids};
    }
};

const std::vector<Params> kSearches = {
    {},
    {{"q", "kaltim"}, {"type", "article"}, {"type", "kesepakatan-bersama"}},
    {{"q", "kerja sama"}, {"year", "2025"}, {"date_from", "2025-05-01"}},
    {{"institution", "Universitas Mulawarman"}, {"amount_min", "1000000"}},
    {{"q", "jangka waktu"}, {"mode", "clauses"}},
    {{"q", "tidak ada kata seperti ini"}},
};

std::string trace(const Params& params) {
    return params.empty() ? "(all)" : query_string(params);
}

TEST_F(ExportApiTest, CsvHoldsExactlyTheHitsTheSearchCounts) {
    for (const auto& search : kSearches) {
        SCOPED_TRACE(trace(search));
        const auto [total, ids] = searched(search);
        Params params = search;
        params.emplace_back("format", "csv");
        const HttpReply reply = get("/api/export" + query_string(params));
        ASSERT_EQ(reply.status, 200) << reply.body;
        EXPECT_EQ(reply.content_type, "text/csv; charset=utf-8");
        EXPECT_EQ(reply.head.get("Content-Disposition", ""),
                  "attachment; filename=\"arsip-export.csv\"");
        EXPECT_TRUE(reply.head.getChunkedTransferEncoding());
        const auto records = parse_csv(reply.body);
        ASSERT_GE(records.size(), 1u);
        const std::vector<std::string> header{"id",
                                              "type",
                                              "title",
                                              "date",
                                              "source",
                                              "url",
                                              "place",
                                              "officials",
                                              "institutions",
                                              "places",
                                              "largest_amount",
                                              "clause_number",
                                              "clause_heading"};
        EXPECT_EQ(records[0], header);
        std::multiset<std::string> exported;
        for (std::size_t i = 1; i < records.size(); ++i) {
            ASSERT_EQ(records[i].size(), header.size()) << "record " << i;
            exported.insert(records[i][0]);
            const bool clause = !records[i][11].empty();
            const std::string parent =
                clause ? records[i][0].substr(0, records[i][0].find("#pasal-")) : records[i][0];
            const model::Document& doc = oracle().at(parent).document;
            EXPECT_EQ(records[i][2], doc.title);
            EXPECT_EQ(records[i][5], doc.url);
        }
        EXPECT_EQ(records.size() - 1, total);
        EXPECT_EQ(exported, ids);
    }
}

TEST_F(ExportApiTest, JsonHoldsExactlyTheHitsTheSearchCounts) {
    for (const auto& search : kSearches) {
        SCOPED_TRACE(trace(search));
        const auto [total, ids] = searched(search);
        Params params = search;
        params.emplace_back("format", "json");
        const HttpReply reply = get("/api/export" + query_string(params));
        ASSERT_EQ(reply.status, 200) << reply.body;
        EXPECT_EQ(reply.content_type, "application/json; charset=utf-8");
        EXPECT_TRUE(reply.head.getChunkedTransferEncoding());
        const Object::Ptr body = reply.json();
        EXPECT_EQ(body->getValue<std::size_t>("total"), total);
        const Array::Ptr hits = body->getArray("hits");
        ASSERT_TRUE(hits);
        std::multiset<std::string> exported;
        for (std::size_t i = 0; i < hits->size(); ++i) {
            const Object::Ptr hit = hits->getObject(i);
            exported.insert(hit->getValue<std::string>("id"));
            EXPECT_FALSE(hit->has("snippet"));  // exports make none
            EXPECT_TRUE(hit->has("url"));
            EXPECT_TRUE(hit->has("place"));
            const Object::Ptr entities = hit->getObject("entities");
            for (const char* field : {"officials", "institutions", "places", "amounts", "dates"}) {
                EXPECT_TRUE(entities->has(field)) << field;
            }
            const Array::Ptr officials = entities->getArray("officials");
            for (std::size_t j = 0; j < officials->size(); ++j) {
                EXPECT_TRUE(officials->getObject(j)->has("position"));
            }
        }
        EXPECT_EQ(exported, ids);
    }
}

TEST_F(ExportApiTest, AnExportFollowsTheSearchOrder) {
    const HttpReply csv = get("/api/export?format=csv&sort=-date");
    const auto records = parse_csv(csv.body);
    const Array::Ptr hits = get("/api/search?sort=-date&size=100").json()->getArray("hits");
    ASSERT_EQ(records.size(), hits->size() + 1);
    for (std::size_t i = 0; i < hits->size(); ++i) {
        EXPECT_EQ(records[i + 1][0], hits->getObject(i)->getValue<std::string>("id")) << i;
    }
}

TEST_F(ExportApiTest, BadSearchParametersAreRefusedBeforeStreaming) {
    const HttpReply reply = get("/api/export?format=csv&q=kaltim+AND");
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.json()->getValue<std::string>("detail").rfind("q: ", 0), 0u);
    EXPECT_EQ(get("/api/export?format=csv&page=x").status, 400);
}

}  // namespace
}  // namespace arsip::testing
