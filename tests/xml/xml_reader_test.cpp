// XmlReader: construction, sniffing, dispatch.
#include "xml/xml_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "model/errors.h"
#include "xml/xml_test_util.h"

namespace arsip::xml {
namespace {

using testing::fixture;
using testing::read_bytes;
using testing::source_file;

TEST(XmlReaderTest, SniffTellsKindFromRoot) {
    struct Case {
        std::string path;
        XmlKind kind;
    };
    const Case cases[] = {
        {source_file("schemas/examples/article.xml").string(), XmlKind::Article},
        {source_file("schemas/examples/agreement.xml").string(), XmlKind::Agreement},
        {fixture("xml/pdf2xml_sample.xml").string(), XmlKind::Pdf2Xml},
        {fixture("hostile/not_schema.xml").string(), XmlKind::Article},  // sniff does not validate
    };
    XmlReader reader;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.path);
        EXPECT_EQ(reader.sniff(read_bytes(c.path), c.path), c.kind);
    }
}

TEST(XmlReaderTest, SniffRefusesOtherRoots) {
    struct Case {
        const char* xml;
        const char* what;
    };
    const Case cases[] = {
        {"<?xml version=\"1.0\"?>\n<html><body/></html>",
         "f.xml:2: root element <html> is not article, agreement or pdf2xml"},
        {"<article xmlns=\"urn:lain\" id=\"a\"/>",
         "f.xml:1: root element <{urn:lain}article> is not article, agreement or pdf2xml"},
        {"<Article id=\"a\"/>",
         "f.xml:1: root element <Article> is not article, agreement or pdf2xml"},
    };
    XmlReader reader;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.xml);
        try {
            reader.sniff(c.xml, "f.xml");
            ADD_FAILURE() << "no error";
        } catch (const InputError& e) {
            EXPECT_EQ(std::string(e.what()), c.what);
        }
    }
}

// read() parses once and gives what read_document / read_pdf2xml give, with their errors.
TEST(XmlReaderTest, ReadGivesEachKindWhatItsOwnReaderGives) {
    XmlReader reader;
    const std::string article = read_bytes(source_file("schemas/examples/article.xml"));
    const std::string agreement = read_bytes(source_file("schemas/examples/agreement.xml"));
    const std::string pdf2xml = read_bytes(fixture("xml/pdf2xml_sample.xml"));
    // poppler passes control characters through: read_pdf2xml tolerates them.
    std::string pdf2xml_with_control = pdf2xml;
    const auto text_at = pdf2xml_with_control.find("<text ");
    ASSERT_NE(text_at, std::string::npos);
    pdf2xml_with_control.insert(pdf2xml_with_control.find('>', text_at) + 1, "\x01");

    for (const auto& [name, bytes] : std::vector<std::pair<std::string, std::string>>{
             {"article", article}, {"agreement", agreement}}) {
        SCOPED_TRACE(name);
        const auto read = reader.read(bytes, name + ".xml");
        ASSERT_TRUE(std::holds_alternative<model::Document>(read));
        const model::Document& got = std::get<model::Document>(read);
        const model::Document expected = reader.read_document(bytes, name + ".xml");
        EXPECT_EQ(got.id, expected.id);
        EXPECT_EQ(got.type, expected.type);
        EXPECT_EQ(got.title, expected.title);
        EXPECT_EQ(got.paragraphs, expected.paragraphs);
        EXPECT_EQ(got.clauses.size(), expected.clauses.size());
    }
    for (const auto& [name, bytes] : std::vector<std::pair<std::string, std::string>>{
             {"pdf2xml", pdf2xml}, {"pdf2xml with a control character", pdf2xml_with_control}}) {
        SCOPED_TRACE(name);
        const auto read = reader.read(bytes, "p.xml");
        ASSERT_TRUE(std::holds_alternative<readers::PdfText>(read));
        const readers::PdfText expected = reader.read_pdf2xml(bytes, "p.xml");
        const readers::PdfText& got = std::get<readers::PdfText>(read);
        ASSERT_EQ(got.pages.size(), expected.pages.size());
        ASSERT_FALSE(got.pages.empty());
        ASSERT_EQ(got.pages[0].runs.size(), expected.pages[0].runs.size());
        for (std::size_t i = 0; i < got.pages[0].runs.size(); ++i) {
            EXPECT_EQ(got.pages[0].runs[i].text, expected.pages[0].runs[i].text);
        }
    }

    const struct {
        std::string context;
        std::string xml;
        std::string what;
    } errors[] = {
        {"an article with a control character: read_document's error", "<article>\n\x01</article>",
         "e.xml:2: PCDATA invalid Char value 1"},
        {"another root: sniff's error", "<?xml version=\"1.0\"?>\n<html><body/></html>",
         "e.xml:2: root element <html> is not article, agreement or pdf2xml"},
        {"not well-formed", "<article>\n<title>", "e.xml:2: "},
        {"invalid against the schema", read_bytes(fixture("hostile/not_schema.xml")), "e.xml:"},
    };
    for (const auto& c : errors) {
        SCOPED_TRACE(c.context);
        try {
            reader.read(c.xml, "e.xml");
            ADD_FAILURE() << "no error";
        } catch (const InputError& e) {
            EXPECT_EQ(std::string(e.what()).substr(0, c.what.size()), c.what) << e.what();
        }
    }
}

TEST(XmlReaderTest, ReadDocumentRefusesPdf2Xml) {
    XmlReader reader;
    EXPECT_THROW(reader.read_document(read_bytes(fixture("xml/pdf2xml_sample.xml")), "p.xml"),
                 InputError);
}

TEST(XmlReaderTest, MissingSchemaDirIsAnError) {
    XmlReaderOptions options;
    options.schema_dir = "/nonexistent/arsip/schemas";
    try {
        XmlReader reader(options);
        FAIL() << "no error";
    } catch (const InputError&) {
        FAIL() << "a missing schema is not an input error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/arsip/schemas/article.xsd"),
                  std::string::npos)
            << e.what();
    }
}

TEST(XmlReaderTest, BrokenSchemaIsAnError) {
    testing::TempDir dir;
    testing::write_bytes(dir.path() / "article.xsd", "<xs:schema xmlns:xs=\"oops\">");
    XmlReaderOptions options;
    options.schema_dir = dir.path();
    EXPECT_THROW(XmlReader reader(options), Error);
}

TEST(XmlReaderTest, KindsHaveNames) {
    EXPECT_EQ(to_string(XmlKind::Article), "article");
    EXPECT_EQ(to_string(XmlKind::Agreement), "agreement");
    EXPECT_EQ(to_string(XmlKind::Pdf2Xml), "pdf2xml");
}

TEST(XmlReaderTest, ReaderCanBeMoved) {
    XmlReader first;
    XmlReader second(std::move(first));
    EXPECT_EQ(second.sniff("<agreement/>", "m.xml"), XmlKind::Agreement);
    XmlReader third;
    third = std::move(second);
    EXPECT_EQ(third.sniff("<pdf2xml/>", "m.xml"), XmlKind::Pdf2Xml);
}

TEST(XmlReaderTest, OneReaderServesManyDocuments) {
    XmlReader reader;
    const std::string article = read_bytes(source_file("schemas/examples/article.xml"));
    const std::string agreement = read_bytes(source_file("schemas/examples/agreement.xml"));
    for (int i = 0; i < 50; ++i) {
        EXPECT_EQ(reader.read_document(article, "a.xml").type, model::DocumentType::Article);
        EXPECT_EQ(reader.read_document(agreement, "b.xml").clauses.size(), 4u);
        EXPECT_THROW(reader.read_document(read_bytes(fixture("hostile/not_schema.xml")), "c.xml"),
                     SchemaError);
    }
}

}  // namespace
}  // namespace arsip::xml
