#include "xml/values.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace arsip::xml {
namespace {

TEST(NormalizeSpaceTest, CollapsesAndTrims) {
    struct Case {
        const char* input;
        const char* expected;
    };
    const Case cases[] = {
        {"", ""},
        {"   \n\t ", ""},
        {"Nota Kesepahaman", "Nota Kesepahaman"},
        {"  Pemerintah\n      Provinsi\tKalimantan   Timur \r\n",
         "Pemerintah Provinsi Kalimantan Timur"},
        {"café — Samarinda", "café — Samarinda"},
        {"a\n\nb", "a b"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.input);
        EXPECT_EQ(normalize_space(c.input), c.expected);
    }
}

TEST(DurationMonthsTest, YearsAndMonthsOnly) {
    struct Case {
        const char* duration;
        std::optional<int> months;
    };
    const Case cases[] = {
        {"P5Y", 60},
        {"P18M", 18},
        {"P2Y6M", 30},
        {"P1Y0D", 12},
        {"P0Y", 0},
        {"P1YT0H", 12},
        {"P90D", std::nullopt},
        {"P1Y2D", std::nullopt},
        {"PT12H", std::nullopt},
        {"-P5Y", std::nullopt},
        {"P", std::nullopt},
        {"5Y", std::nullopt},
        {"P5", std::nullopt},
        {"P1.5Y", std::nullopt},
        {"P5X", std::nullopt},
        {"", std::nullopt},
        {"P9999999Y", std::nullopt},
        {"P1YT", std::nullopt},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.duration);
        EXPECT_EQ(duration_months(c.duration), c.months);
    }
}

TEST(IsoDayTest, TakesTheDayAsWritten) {
    struct Case {
        const char* value;
        std::optional<std::string> day;
    };
    const Case cases[] = {
        {"2025-05-08T14:30:00+08:00", "2025-05-08"},
        {"2025-05-08", "2025-05-08"},
        {"2025-05-08Z", "2025-05-08"},
        {"2025-05-08+08:00", "2025-05-08"},
        {"2025-05-08-05:00", "2025-05-08"},
        {"12025-05-08", std::nullopt},
        {"-0001-05-08", std::nullopt},
        {"2025-5-8", std::nullopt},
        {"2025-05-08x", std::nullopt},
        {"", std::nullopt},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.value);
        EXPECT_EQ(iso_day(c.value), c.day);
    }
}

TEST(ParseNumberTest, AcceptsOnlyWholeNumbers) {
    EXPECT_EQ(parse_number("172"), 172.0);
    EXPECT_EQ(parse_number("-3"), -3.0);
    EXPECT_EQ(parse_number("12.5"), 12.5);
    for (const char* bad : {"", "12px", " 12", "abc", "1,5"}) {
        SCOPED_TRACE(bad);
        EXPECT_FALSE(parse_number(bad).has_value());
    }
}

TEST(ReplaceXmlInvalidCharsTest, KeepsOffsetsAndLines) {
    struct Case {
        const char* what;
        std::string input;
        std::string expected;
        std::size_t replaced;
    };
    const Case cases[] = {
        {"clean", "<t>café\tx\r\n</t>", "<t>café\tx\r\n</t>", 0},
        {"controls",
         std::string("<t>a\x01"
                     "b\x0C\x1F\0</t>",
                     13),
         "<t>a b   </t>", 4},
        {"noncharacters", "a\xEF\xBF\xBE\xEF\xBF\xBFz", "a\xEF\xBF\xBD\xEF\xBF\xBDz", 2},
        {"other U+FFxx kept", "\xEF\xBF\xBD\xEF\xBC\x81", "\xEF\xBF\xBD\xEF\xBC\x81", 0},
        {"truncated at the end", "a\xEF\xBF", "a\xEF\xBF", 0},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        std::string bytes = c.input;
        EXPECT_EQ(replace_xml_invalid_chars(bytes), c.replaced);
        EXPECT_EQ(bytes, c.expected);
        EXPECT_EQ(bytes.size(), c.input.size());
    }
}

}  // namespace
}  // namespace arsip::xml
