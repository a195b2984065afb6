#include "server/csv.h"

#include <gtest/gtest.h>

namespace arsip::server {
namespace {

TEST(CsvTest, QuotesFieldsAsRfc4180Says) {
    const struct {
        const char* value;
        const char* field;
    } cases[] = {
        {"", ""},
        {"plain", "plain"},
        {"Rudy Mas'ud", "Rudy Mas'ud"},
        {"a,b", "\"a,b\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\""},
        {"\"", "\"\"\"\""},
        {"two\nlines", "\"two\nlines\""},
        {"cr\rhere", "\"cr\rhere\""},
        {"Kesepakatan Bersama; Kaltim", "Kesepakatan Bersama; Kaltim"},
        {"Rp666 miliar – kaltim", "Rp666 miliar – kaltim"},
        {" padded ", " padded "},
        // Formulas are neutralised with a leading apostrophe (CSV injection); numbers are not.
        {"=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},
        {"=1+2", "'=1+2"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"+62 541", "'+62 541"},
        {"-cmd", "'-cmd"},
        {"\tTAB", "'\tTAB"},
        {"\rcr", "\"'\rcr\""},
        {"-5", "-5"},
        {"+62", "+62"},
        {"666000000000", "666000000000"},
        {"-1.5", "-1.5"},
        {"a=b", "a=b"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.value);
        EXPECT_EQ(csv_field(c.value), c.field);
    }
}

TEST(CsvTest, RecordsEndWithCrLf) {
    EXPECT_EQ(csv_record({"id", "title"}), "id,title\r\n");
    EXPECT_EQ(csv_record({"a", "b,c", ""}), "a,\"b,c\",\r\n");
    EXPECT_EQ(csv_record({}), "\r\n");
}

}  // namespace
}  // namespace arsip::server
