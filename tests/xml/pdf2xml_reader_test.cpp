// pdftohtml -xml output → readers::PdfText, through the public XmlReader.
#include <gtest/gtest.h>

#include <string>

#include "model/errors.h"
#include "xml/xml_reader.h"
#include "xml/xml_test_util.h"

namespace arsip::xml {
namespace {

using testing::fixture;
using testing::read_bytes;

// Wraps <text> runs in a pdftohtml-like page.
std::string page_with(const std::string& runs) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!DOCTYPE pdf2xml SYSTEM \"pdf2xml.dtd\">\n"
           "<pdf2xml producer=\"poppler\" version=\"22.12.0\">\n"
           "<page number=\"1\" position=\"absolute\" top=\"0\" left=\"0\" height=\"1263\" "
           "width=\"892\">\n"
           "\t<fontspec id=\"0\" size=\"15\" family=\"Times\" color=\"#000000\"/>\n" +
           runs + "\n</page>\n</pdf2xml>\n";
}

TEST(Pdf2XmlReaderTest, ReadsRealPdftohtmlOutput) {
    XmlReader reader;
    const readers::PdfText pdf =
        reader.read_pdf2xml(read_bytes(fixture("xml/pdf2xml_sample.xml")), "sample.xml");

    ASSERT_EQ(pdf.fonts.size(), 4u);
    EXPECT_EQ(pdf.fonts[0].id, 0);
    EXPECT_EQ(pdf.fonts[0].size, 18);
    EXPECT_EQ(pdf.fonts[0].family, "Times");
    EXPECT_EQ(pdf.fonts[3].id, 3);
    EXPECT_EQ(pdf.fonts[3].size, 15);

    ASSERT_EQ(pdf.pages.size(), 2u);
    const readers::PdfPage& first = pdf.pages[0];
    EXPECT_EQ(first.number, 1);
    EXPECT_EQ(first.width, 892);
    EXPECT_EQ(first.height, 1263);
    ASSERT_EQ(first.runs.size(), 4u);

    struct ExpectedRun {
        double top, left, width, height;
        int font;
        bool bold;
        const char* text;
    };
    const ExpectedRun expected[] = {
        {172, 335, 195, 16, 0, true, "NOTA KESEPAHAMAN"},
        {234, 146, 45, 14, 1, true, "Pasal 1"},
        {257, 146, 460, 14, 2, false,
         "Para Pihak sepakat bekerja sama di bidang pendidikan & kesehatan <dasar>."},
        {280, 146, 397, 14, 3, false,
         "Ruang lingkup meliputi pembangunan jalan di Samarinda — café."},
    };
    for (std::size_t i = 0; i < first.runs.size(); ++i) {
        SCOPED_TRACE(expected[i].text);
        const readers::TextRun& run = first.runs[i];
        EXPECT_EQ(run.top, expected[i].top);
        EXPECT_EQ(run.left, expected[i].left);
        EXPECT_EQ(run.width, expected[i].width);
        EXPECT_EQ(run.height, expected[i].height);
        EXPECT_EQ(run.font, expected[i].font);
        EXPECT_EQ(run.bold, expected[i].bold);
        EXPECT_EQ(run.text, expected[i].text);
    }

    const readers::PdfPage& second = pdf.pages[1];
    EXPECT_EQ(second.number, 2);
    ASSERT_EQ(second.runs.size(), 3u);
    EXPECT_EQ(second.runs[0].text, "-2-");
    EXPECT_EQ(second.runs[1].text, "Pasal 2");
    EXPECT_TRUE(second.runs[1].bold);
    EXPECT_EQ(second.runs[2].text, "Jangka waktu 5 (lima) tahun.");
}

TEST(Pdf2XmlReaderTest, FlattensInnerMarkup) {
    struct Case {
        const char* run;
        const char* text;
        bool bold;
    };
    const Case cases[] = {
        {"<b>Pasal 1</b>", "Pasal 1", true},
        {"<i><b>BAB I</b></i>", "BAB I", true},
        {"<b>Pasal</b> 1", "Pasal 1", false},       // partly bold: not a bold run
        {"<b>Pasal 1 </b>  ", "Pasal 1   ", true},  // spaces are kept and do not count
        {"Lihat <a href=\"https://jdih.kaltimprov.go.id\">jdih.kaltimprov.go.id</a>.",
         "Lihat jdih.kaltimprov.go.id.", false},
        {"  dua  spasi ", "  dua  spasi ", false},
        {"", "", false},
    };
    XmlReader reader;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.run);
        const std::string xml = page_with(
            std::string("<text top=\"1\" left=\"2\" width=\"3\" height=\"4\" font=\"0\">") + c.run +
            "</text>");
        const readers::PdfText pdf = reader.read_pdf2xml(xml, "p.xml");
        ASSERT_EQ(pdf.pages.size(), 1u);
        ASSERT_EQ(pdf.pages[0].runs.size(), 1u);
        EXPECT_EQ(pdf.pages[0].runs[0].text, c.text);
        EXPECT_EQ(pdf.pages[0].runs[0].bold, c.bold);
    }
}

// Broken font maps make poppler write characters XML forbids; the PDF is still read, with a
// space in their place. Article and agreement XML stay strict.
TEST(Pdf2XmlReaderTest, ToleratesControlCharactersFromBrokenFonts) {
    const std::string xml = page_with(
        "<text top=\"1\" left=\"2\" width=\"3\" height=\"4\" font=\"0\">Pasal\x03"
        "1\x02</text>");
    XmlReader reader;
    EXPECT_EQ(reader.sniff(xml, "p.xml"), XmlKind::Pdf2Xml);
    EXPECT_EQ(reader.read_pdf2xml(xml, "p.xml").pages.at(0).runs.at(0).text, "Pasal 1 ");
    EXPECT_THROW(reader.read_document("<article id=\"a\">\x03</article>", "a.xml"), InputError);
}

TEST(Pdf2XmlReaderTest, MissingAttributesKeepDefaults) {
    XmlReader reader;
    const readers::PdfText pdf = reader.read_pdf2xml(page_with("<text>teks</text>"), "p.xml");
    const readers::TextRun& run = pdf.pages.at(0).runs.at(0);
    EXPECT_EQ(run.font, -1);
    EXPECT_EQ(run.top, 0);
    EXPECT_EQ(run.text, "teks");
}

TEST(Pdf2XmlReaderTest, BadInputIsAnInputErrorWithLine) {
    struct Case {
        const char* what;
        std::string xml;
        int line;
        const char* message_part;
    };
    const Case cases[] = {
        {"non-numeric top", page_with("<text top=\"1x\" left=\"2\">a</text>"), 6,
         "attribute 'top' of <text> is not a number: '1x'"},
        {"no page", "<pdf2xml producer=\"poppler\">\n</pdf2xml>\n", 1, "<pdf2xml> has no <page>"},
        {"article given", "<?xml version=\"1.0\"?>\n<article id=\"a\"/>\n", 2,
         "root element <article> is not pdf2xml"},
    };
    XmlReader reader;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        try {
            reader.read_pdf2xml(c.xml, "p.xml");
            ADD_FAILURE() << "no error";
        } catch (const InputError& e) {
            EXPECT_EQ(e.file(), "p.xml");
            EXPECT_EQ(e.line(), c.line) << e.what();
            EXPECT_NE(e.message().find(c.message_part), std::string::npos) << e.what();
        }
    }
}

}  // namespace
}  // namespace arsip::xml
