#include "index/search_query.h"

#include <gtest/gtest.h>

#include "index/index_writer.h"
#include "index/searcher.h"
#include "index_test_documents.h"
#include "model/errors.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::index {
namespace {

using arsip::testing::article;
using arsip::testing::TempDir;

TEST(SearchQueryDateTest, OnlyRealCalendarDatesPass) {
    const struct {
        const char* date;
        const char* slot;  // nullptr: refused
    } cases[] = {
        {"2025-05-08", "20250508"},
        {"2024-02-29", "20240229"},  // leap year
        {"2000-02-29", "20000229"},  // divisible by 400
        {"2025-12-31", "20251231"},
        {"2025-13-01", nullptr},
        {"2025-00-10", nullptr},
        {"2025-02-30", nullptr},
        {"2023-02-29", nullptr},
        {"1900-02-29", nullptr},  // divisible by 100 only
        {"2025-04-31", nullptr},
        {"2025-05-00", nullptr},
        {"abc", nullptr},
        {"2025-5-8", nullptr},
        {"2025/05/08", nullptr},
        {"2025-05-08T10:00", nullptr},
        {"0000-01-01", nullptr},
        {"２０２５-05-08", nullptr},  // full-width digits
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.date);
        if (c.slot) {
            EXPECT_EQ(date_slot_value("date_from", c.date), c.slot);
        } else {
            try {
                date_slot_value("date_from", c.date);
                ADD_FAILURE() << "accepted";
            } catch (const QueryError& e) {
                EXPECT_EQ(std::string(e.what()).rfind("date_from: ", 0), 0u) << e.what();
            }
        }
    }
}

TEST(SearchQueryTest, BadParametersAreQueryErrorsNamingTheParameter) {
    TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        writer.write(article("a", "Misi dagang", {"Pelaku usaha bertemu."}));
        writer.commit();
    }
    Searcher searcher(dir.path(), arsip::testing::analysis());
    const struct {
        const char* name;
        void (*change)(SearchRequest&);
        const char* message_start;
    } cases[] = {
        {"unknown facet", [](SearchRequest& r) { r.filters["color"] = {"red"}; }, "color: unknown facet"},
        {"unknown facet, empty values", [](SearchRequest& r) { r.filters["tipe"] = {}; }, "tipe: unknown facet"},
        {"month 13", [](SearchRequest& r) { r.date_from = "2025-13-01"; }, "date_from: "},
        {"30 February", [](SearchRequest& r) { r.date_to = "2025-02-30"; }, "date_to: "},
        {"not a date", [](SearchRequest& r) { r.date_from = "abc"; }, "date_from: "},
        {"dates reversed", [](SearchRequest& r) { r.date_from = "2025-06-01"; r.date_to = "2025-05-01"; }, "date_from: "},
        {"negative amount", [](SearchRequest& r) { r.amount_min = -1; }, "amount_min: "},
        {"negative max", [](SearchRequest& r) { r.amount_max = -5; }, "amount_max: "},
        {"not a number", [](SearchRequest& r) { r.amount_max = std::nan(""); }, "amount_max: "},
        {"min above max", [](SearchRequest& r) { r.amount_min = 10; r.amount_max = 5; }, "amount_min: "},
        {"page too large", [](SearchRequest& r) { r.size = kMaxPageSize + 1; }, "size: "},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        SearchRequest request;
        c.change(request);
        try {
            searcher.search(request);
            ADD_FAILURE() << "no error";
        } catch (const QueryError& e) {
            EXPECT_EQ(std::string(e.what()).rfind(c.message_start, 0), 0u) << e.what();
        }
    }
    // The limits themselves are fine.
    SearchRequest request;
    request.size = kMaxPageSize;
    request.amount_min = 0;
    request.amount_max = 0;
    request.date_from = request.date_to = "2024-02-29";
    EXPECT_NO_THROW(searcher.search(request));
}

TEST(SearchQueryTest, FiltersDoNotChangeScores) {
    TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        writer.write(article("a", "Misi dagang", {"Pelaku usaha bertemu di pasar."}));
        auto b = article("b", "Berita lain", {"Misi dagang kecil.", "Pelaku usaha lain."}, "2024-01-01");
        b.source = "Info Nasional";
        writer.write(b);
        writer.commit();
    }
    Searcher searcher(dir.path(), arsip::testing::analysis());
    SearchRequest request;
    request.query = "misi dagang";
    const auto plain = searcher.search(request);
    ASSERT_EQ(plain.total, 2u);
    request.filters = {{"year", {"2024", "2025"}}, {"source", {"SEPUTAR-IKN.COM", "info nasional"}}};
    request.date_from = "2024-01-01";
    const auto filtered = searcher.search(request);
    ASSERT_EQ(filtered.total, 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(filtered.hits[i].id, plain.hits[i].id);
        EXPECT_EQ(filtered.hits[i].score, plain.hits[i].score);
    }
}

}  // namespace
}  // namespace arsip::index
