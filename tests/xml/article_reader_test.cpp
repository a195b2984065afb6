// Article XML → Document, through the public XmlReader.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model/errors.h"
#include "xml/xml_reader.h"
#include "xml/xml_test_util.h"

namespace arsip::xml {
namespace {

using testing::fixture;
using testing::line_of;
using testing::read_bytes;
using testing::replace_once;
using testing::source_file;

std::string example_article() {
    return read_bytes(source_file("schemas/examples/article.xml"));
}

TEST(ArticleReaderTest, ReadsTheAnnotatedExampleFieldByField) {
    XmlReader reader;
    const model::Document doc = reader.read_document(example_article(), "article.xml");
    EXPECT_EQ(doc.id, "seputar-ikn-2025-05-08-mou-kaltim-jatim");
    EXPECT_EQ(doc.type, model::DocumentType::Article);
    EXPECT_EQ(doc.format, model::SourceFormat::ArticleXml);
    EXPECT_EQ(doc.title,
              "Pemprov Kaltim dan Pemprov Jatim Teken Nota Kesepahaman Kerja Sama Pembangunan");
    EXPECT_EQ(doc.source, "Seputar-ikn.com");
    EXPECT_EQ(doc.url, "https://seputar-ikn.com/2025/05/08/pemprov-kaltim-jatim-teken-mou");
    EXPECT_EQ(doc.published, "2025-05-08T14:30:00+08:00");
    EXPECT_EQ(doc.date, "2025-05-08");
    EXPECT_EQ(doc.authors, (std::vector<std::string>{"Nur Aisyah", "Rahmat Hidayat"}));
    EXPECT_EQ(doc.place, "Samarinda");
    EXPECT_EQ(doc.language, "id");
    EXPECT_EQ(doc.summary,
              "Gubernur Kalimantan Timur dan Gubernur Jawa Timur menandatangani nota kesepahaman "
              "kerja sama di bidang pendidikan, kesehatan dan perdagangan antardaerah.");
    EXPECT_EQ(doc.tags,
              (std::vector<std::string>{"Nota Kesepahaman", "Kalimantan Timur", "Jawa Timur"}));
    ASSERT_EQ(doc.paragraphs.size(), 4u);
    EXPECT_EQ(doc.paragraphs[0],
              "Samarinda (Seputar-ikn.com) — Pemerintah Provinsi Kalimantan Timur (Pemprov Kaltim) "
              "dan Pemerintah Provinsi Jawa Timur (Pemprov Jatim) menandatangani Nota Kesepahaman "
              "tentang kerja sama pembangunan daerah di Kantor Gubernur Kaltim, Kamis (8/5/2025).");
    EXPECT_EQ(doc.paragraphs[2],
              "\"Kita ingin Kaltim sebagai penyangga Ibu Kota Nusantara mendapat pasokan pangan "
              "yang stabil dari Jawa Timur,\" ujarnya.");
    // Provenance is the caller's job.
    EXPECT_TRUE(doc.source_path.empty());
    EXPECT_TRUE(doc.content_hash.empty());
    // No agreement fields on an article.
    EXPECT_TRUE(doc.clauses.empty());
    EXPECT_TRUE(doc.parties.empty());
}

TEST(ArticleReaderTest, ReadsAMinimalArticle) {
    XmlReader reader;
    const model::Document doc =
        reader.read_document(read_bytes(fixture("xml/article_minimal.xml")), "article_minimal.xml");
    EXPECT_EQ(doc.id, "tribun-kaltim-2024-11-02-banjir");
    EXPECT_EQ(doc.title, "Banjir Rendam Ratusan Rumah di Sangatta");
    EXPECT_EQ(doc.source, "Tribun Kaltim");
    EXPECT_EQ(doc.published, "2024-11-02");
    EXPECT_EQ(doc.date, "2024-11-02");
    EXPECT_TRUE(doc.url.empty());
    EXPECT_TRUE(doc.authors.empty());
    EXPECT_TRUE(doc.place.empty());
    EXPECT_TRUE(doc.summary.empty());
    EXPECT_TRUE(doc.tags.empty());
    // Entities and character references are decoded; CDATA is text; comments are dropped.
    EXPECT_EQ(doc.paragraphs,
              (std::vector<std::string>{
                  "Sangatta — Banjir setinggi 1 meter merendam ratusan rumah warga.",
                  "BPBD Kutai Timur & relawan <tim SAR> mengevakuasi 320 jiwa."}));
}

TEST(ArticleReaderTest, DateTakesTheDayOfEveryPublishedForm) {
    struct Case {
        const char* published;
        const char* date;
    };
    const Case cases[] = {
        {"2025-05-08T14:30:00+08:00", "2025-05-08"},
        {"2025-05-08T23:59:59Z", "2025-05-08"},
        {"2025-05-08", "2025-05-08"},
        {"2025-05-08+07:00", "2025-05-08"},
    };
    XmlReader reader;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.published);
        const std::string xml =
            replace_once(example_article(), "2025-05-08T14:30:00+08:00", c.published);
        const model::Document doc = reader.read_document(xml, "a.xml");
        EXPECT_EQ(doc.published, c.published);
        EXPECT_EQ(doc.date, c.date);
    }
}

// Each case breaks the example in one place; the error names the file, the line of the
// element at fault, and what is wrong.
TEST(ArticleReaderTest, InvalidArticlesAreSchemaErrors) {
    struct Case {
        const char* what;
        const char* from;
        const char* to;
        const char* line_marker;  // text on the line the error must point at
        const char* message_part;
    };
    const Case cases[] = {
        {"missing title",
         "  <title>Pemprov Kaltim dan Pemprov Jatim Teken Nota Kesepahaman Kerja Sama "
         "Pembangunan</title>\n",
         "", "<source>", "Element 'source': This element is not expected. Expected is ( title )"},
        {"time without zone", "2025-05-08T14:30:00+08:00", "2025-05-08T14:30:00", "<published>",
         "Element 'published'"},
        {"impossible date", "2025-05-08T14:30:00+08:00", "2025-02-30", "<published>",
         "Element 'published'"},
        {"empty title",
         "Pemprov Kaltim dan Pemprov Jatim Teken Nota Kesepahaman Kerja Sama Pembangunan", "  ",
         "<title>", "Element 'title'"},
        {"title of line breaks and tabs only",
         "Pemprov Kaltim dan Pemprov Jatim Teken Nota Kesepahaman Kerja Sama Pembangunan", "\n\t \r\n",
         "<title>", "Element 'title'"},
        {"blank paragraph", "<p>Samarinda (Seputar-ikn.com)", "<p> \t </p><p>Samarinda (Seputar-ikn.com)", "<p> \t </p>",
         "Element 'p'"},
        {"blank tag", "<tag>Jawa Timur</tag>", "<tag>\n</tag>", "<tag>\n</tag>", "Element 'tag'"},
        {"bad id", "id=\"seputar-ikn-2025-05-08-mou-kaltim-jatim\"", "id=\"-bad id\"",
         "<article id=", "Element 'article', attribute 'id'"},
        {"unknown element", "<language>id</language>",
         "<language>id</language><rubrik>Daerah</rubrik>", "<rubrik>", "Element 'rubrik'"},
    };
    XmlReader reader;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        const std::string xml = replace_once(example_article(), c.from, c.to);
        try {
            reader.read_document(xml, "a.xml");
            ADD_FAILURE() << "no error";
        } catch (const SchemaError& e) {
            EXPECT_EQ(e.file(), "a.xml");
            EXPECT_EQ(e.line(), line_of(xml, c.line_marker)) << e.what();
            EXPECT_NE(e.message().find(c.message_part), std::string::npos) << e.what();
            EXPECT_EQ(std::string(e.what()).rfind("a.xml:" + std::to_string(e.line()) + ": ", 0),
                      0u)
                << e.what();
            EXPECT_EQ(e.message().find('\n'), std::string::npos);
        }
    }
}

// A text with one non-space character passes the schema (NonEmptyText, an xs:token of at least
// one character); the schema's whitespace rule is for the check only: the text is read as
// written, then collapsed by the reader.
TEST(ArticleReaderTest, TextWithAnyNonSpaceCharacterIsValid) {
    const struct {
        const char* title;
        const char* expected;
    } cases[] = {{"x", "x"}, {"\n  Banjir\tRendam \r\n", "Banjir Rendam"}, {"  .  ", "."}, {"\u00a0", "\u00a0"}};
    XmlReader reader;
    for (const auto& c : cases) {
        SCOPED_TRACE(c.title);
        const std::string xml = replace_once(
            example_article(), "Pemprov Kaltim dan Pemprov Jatim Teken Nota Kesepahaman Kerja Sama Pembangunan", c.title);
        EXPECT_EQ(reader.read_document(xml, "a.xml").title, c.expected);
    }
}

TEST(ArticleReaderTest, NotSchemaFixtureNamesFileAndLine) {
    XmlReader reader;
    const std::string bytes = read_bytes(fixture("hostile/not_schema.xml"));
    try {
        reader.read_document(bytes, "not_schema.xml");
        FAIL() << "no error";
    } catch (const SchemaError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "not_schema.xml:4: Element 'source': This element is not expected. Expected is "
                  "( title ).");
    }
}

}  // namespace
}  // namespace arsip::xml
