// Bundled sample PDF → pdftohtml → XmlReader::read_pdf2xml → read_pdf_text, compared against the
// agreement XML the PDF was made from (data/corpus/agreements/, read with XmlReader).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "model/document.h"
#include "readers/pdf_converter.h"
#include "readers/pdf_reader.h"
#include "xml/xml_reader.h"

namespace arsip::readers {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

class PdfEndToEndTest : public ::testing::TestWithParam<const char*> {};

TEST_P(PdfEndToEndTest, ClausesMatchTheAgreementXml) {
    const fs::path corpus = fs::path(ARSIP_TEST_SOURCE_DIR) / "data" / "corpus";
    const std::string id = GetParam();
    const fs::path pdf = corpus / "pdf" / (id + ".pdf");
    const fs::path xml = corpus / "agreements" / (id + ".xml");
    if (!fs::exists(pdf) || !fs::exists(xml)) GTEST_SKIP() << "sample " << id << " not present";

    xml::XmlReader reader;
    model::Document expected = reader.read_document(slurp(xml), xml.string());
    std::string pdf2xml = convert_pdf_to_xml(pdf);
    PdfText text = reader.read_pdf2xml(pdf2xml, pdf.string());
    model::Document got = read_pdf_text(text, pdf.string(), {model::SourceFormat::Pdf, {}});

    EXPECT_EQ(got.type, expected.type);
    EXPECT_EQ(got.format, model::SourceFormat::Pdf);
    EXPECT_EQ(got.date, expected.date);
    EXPECT_EQ(got.place, expected.place);
    ASSERT_EQ(got.clauses.size(), expected.clauses.size());
    for (std::size_t i = 0; i < expected.clauses.size(); ++i) {
        SCOPED_TRACE("Pasal " + expected.clauses[i].number);
        EXPECT_EQ(got.clauses[i].number, expected.clauses[i].number);
        EXPECT_EQ(got.clauses[i].heading, expected.clauses[i].heading);
        EXPECT_EQ(got.clauses[i].ayat.size(), expected.clauses[i].ayat.size());
        const std::size_t common =
            std::min(got.clauses[i].ayat.size(), expected.clauses[i].ayat.size());
        for (std::size_t k = 0; k < common; ++k) {
            EXPECT_EQ(got.clauses[i].ayat[k].number, expected.clauses[i].ayat[k].number);
            EXPECT_EQ(got.clauses[i].ayat[k].text, expected.clauses[i].ayat[k].text);
        }
    }
    ASSERT_EQ(got.parties.size(), expected.parties.size());
    for (std::size_t i = 0; i < expected.parties.size(); ++i) {
        SCOPED_TRACE(expected.parties[i].role);
        EXPECT_EQ(got.parties[i].role, expected.parties[i].role);
        EXPECT_EQ(got.parties[i].institution, expected.parties[i].institution);
        EXPECT_EQ(got.parties[i].position, expected.parties[i].position);
    }
    ASSERT_EQ(got.numbers.size(), expected.numbers.size());
    for (std::size_t i = 0; i < expected.numbers.size(); ++i) {
        EXPECT_EQ(got.numbers[i].number, expected.numbers[i].number);
        EXPECT_EQ(got.numbers[i].party, expected.numbers[i].party);
    }
    ASSERT_EQ(got.signatories.size(), expected.signatories.size());
    for (std::size_t i = 0; i < expected.signatories.size(); ++i) {
        EXPECT_EQ(got.signatories[i].party_role, expected.signatories[i].party_role);
        EXPECT_EQ(got.signatories[i].name, expected.signatories[i].name);
    }
    if (expected.validity.months) {  // the addendum's validity is an end date in quoted text
        EXPECT_EQ(got.validity.months, expected.validity.months);
        EXPECT_EQ(got.validity.start, expected.validity.start);
        if (!expected.validity.end.empty()) {
            EXPECT_EQ(got.validity.end, expected.validity.end);
        }
    }
    EXPECT_EQ(got.preamble, expected.preamble);
    EXPECT_EQ(got.closing, expected.closing);
}

INSTANTIATE_TEST_SUITE_P(Samples, PdfEndToEndTest,
                         ::testing::Values("kb-kaltim-kaltara-2025-perdagangan-konektivitas",
                                           "kb-jatim-kaltim-2025-misi-dagang",
                                           "mou-unmul-pupukkaltim-2025-tridharma",
                                           "pks-unmul-pupukkaltim-2025-riset-magang",
                                           "add1-pks-unmul-pupukkaltim-2026"));

}  // namespace
}  // namespace arsip::readers
