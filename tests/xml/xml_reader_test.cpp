// XmlReader: construction, sniffing, dispatch.
#include "xml/xml_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

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
