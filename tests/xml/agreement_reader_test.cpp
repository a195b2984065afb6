// Agreement XML → Document, through the public XmlReader.
#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <string>
#include <utility>
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

std::string example_agreement() {
    return read_bytes(source_file("schemas/examples/agreement.xml"));
}

TEST(AgreementReaderTest, ReadsTheAnnotatedExampleFieldByField) {
    XmlReader reader;
    const model::Document doc = reader.read_document(example_agreement(), "agreement.xml");
    EXPECT_EQ(doc.id, "kb-kaltim-jatim-2024-001");
    EXPECT_EQ(doc.type, model::DocumentType::KesepakatanBersama);
    EXPECT_EQ(doc.format, model::SourceFormat::AgreementXml);
    EXPECT_EQ(doc.title,
              "Kesepakatan Bersama antara Pemerintah Provinsi Kalimantan Timur dan Pemerintah "
              "Provinsi Jawa Timur tentang Kerja Sama Pembangunan Daerah");
    EXPECT_EQ(doc.source, "Biro Hukum Sekretariat Daerah Provinsi Kalimantan Timur");
    EXPECT_EQ(doc.url, "https://jdih.kaltimprov.go.id/produk_hukum/detail/kb-kaltim-jatim-2024");
    EXPECT_EQ(doc.language, "id");
    EXPECT_EQ(doc.date, "2024-01-12");
    EXPECT_EQ(doc.place, "Samarinda");
    EXPECT_TRUE(doc.published.empty());

    ASSERT_EQ(doc.numbers.size(), 2u);
    EXPECT_EQ(doc.numbers[0].party, "PIHAK KESATU");
    EXPECT_EQ(doc.numbers[0].number, "120/1234/B.Pem/2024");
    EXPECT_EQ(doc.numbers[1].party, "PIHAK KEDUA");
    EXPECT_EQ(doc.numbers[1].number, "120/56/013/2024");

    ASSERT_EQ(doc.parties.size(), 2u);
    EXPECT_EQ(doc.parties[0].role, "PIHAK KESATU");
    EXPECT_EQ(doc.parties[0].institution, "Pemerintah Provinsi Kalimantan Timur");
    EXPECT_EQ(doc.parties[0].represented_by, "Dr. Akmal Malik, M.Si.");
    EXPECT_EQ(doc.parties[0].position, "Penjabat Gubernur Kalimantan Timur");
    EXPECT_EQ(doc.parties[1].role, "PIHAK KEDUA");
    EXPECT_EQ(doc.parties[1].institution, "Pemerintah Provinsi Jawa Timur");
    EXPECT_EQ(doc.parties[1].represented_by, "Dr. Hj. Khofifah Indar Parawansa, M.Si.");
    EXPECT_EQ(doc.parties[1].position, "Gubernur Jawa Timur");

    EXPECT_EQ(doc.validity.start, "2024-01-12");
    EXPECT_EQ(doc.validity.end, "");
    EXPECT_EQ(doc.validity.months, 60);
    EXPECT_EQ(doc.validity.text, "5 (lima) tahun sejak tanggal ditandatangani");

    ASSERT_EQ(doc.references.size(), 1u);
    EXPECT_EQ(doc.references[0].relation, "refers-to");
    EXPECT_EQ(doc.references[0].id, "mou-kaltim-jatim-2019-004");
    EXPECT_EQ(doc.references[0].title,
              "Nota Kesepahaman Nomor 120/4321/B.Pem/2019 tentang Kerja Sama Perdagangan "
              "Antardaerah");

    EXPECT_EQ(doc.summary,
              "Kerja sama pembangunan daerah di bidang pendidikan, kesehatan dan perdagangan "
              "selama lima tahun.");
    EXPECT_EQ(doc.tags, (std::vector<std::string>{"kerja sama antardaerah", "pendidikan"}));

    ASSERT_EQ(doc.preamble.size(), 2u);
    EXPECT_EQ(doc.preamble[0],
              "Pada hari ini Jumat tanggal dua belas bulan Januari tahun dua ribu dua puluh "
              "empat, bertempat di Samarinda, kami yang bertanda tangan di bawah ini:");

    ASSERT_EQ(doc.clauses.size(), 4u);
    struct ExpectedClause {
        const char* number;
        const char* heading;
        const char* chapter;
        std::size_t ayat;
    };
    const ExpectedClause expected[] = {
        {"1", "MAKSUD DAN TUJUAN", "BAB I KETENTUAN UMUM", 2},
        {"2", "RUANG LINGKUP", "BAB I KETENTUAN UMUM", 1},
        {"3", "PELAKSANAAN", "BAB II PELAKSANAAN", 2},
        {"4", "JANGKA WAKTU", "BAB II PELAKSANAAN", 1},
    };
    for (std::size_t i = 0; i < doc.clauses.size(); ++i) {
        SCOPED_TRACE("Pasal " + doc.clauses[i].number);
        EXPECT_EQ(doc.clauses[i].number, expected[i].number);
        EXPECT_EQ(doc.clauses[i].heading, expected[i].heading);
        EXPECT_EQ(doc.clauses[i].chapter, expected[i].chapter);
        EXPECT_EQ(doc.clauses[i].ayat.size(), expected[i].ayat);
    }
    EXPECT_EQ(doc.clauses[0].ayat[0].number, "1");
    EXPECT_EQ(doc.clauses[0].ayat[0].text,
              "Maksud Kesepakatan Bersama ini adalah sebagai landasan bagi PARA PIHAK dalam "
              "melaksanakan kerja sama pembangunan daerah.");
    EXPECT_EQ(doc.clauses[0].ayat[1].number, "2");
    EXPECT_EQ(doc.clauses[1].ayat[0].number, "");
    EXPECT_EQ(doc.clauses[3].ayat[0].text,
              "Kesepakatan Bersama ini berlaku untuk jangka waktu 5 (lima) tahun sejak tanggal "
              "ditandatangani dan dapat diperpanjang atas kesepakatan PARA PIHAK.");

    ASSERT_EQ(doc.closing.size(), 1u);
    EXPECT_EQ(doc.closing[0],
              "Demikian Kesepakatan Bersama ini dibuat dalam rangkap 2 (dua) asli, bermeterai "
              "cukup dan mempunyai kekuatan hukum yang sama.");

    ASSERT_EQ(doc.signatories.size(), 2u);
    EXPECT_EQ(doc.signatories[0].name, "Dr. Akmal Malik, M.Si.");
    EXPECT_EQ(doc.signatories[0].position, "Penjabat Gubernur Kalimantan Timur");
    EXPECT_EQ(doc.signatories[0].institution, "Pemerintah Provinsi Kalimantan Timur");
    EXPECT_EQ(doc.signatories[0].party_role, "PIHAK KESATU");
    EXPECT_EQ(doc.signatories[1].party_role, "PIHAK KEDUA");
    EXPECT_TRUE(doc.paragraphs.empty());
}

TEST(AgreementReaderTest, ReadsAnAddendumWithoutChapters) {
    XmlReader reader;
    const model::Document doc = reader.read_document(
        read_bytes(fixture("xml/agreement_addendum.xml")), "agreement_addendum.xml");
    EXPECT_EQ(doc.type, model::DocumentType::Addendum);
    EXPECT_EQ(doc.date, "2023-03-01");
    EXPECT_EQ(doc.place, "");
    EXPECT_TRUE(doc.numbers.empty());
    ASSERT_EQ(doc.parties.size(), 2u);
    EXPECT_EQ(doc.parties[0].represented_by, "");
    EXPECT_EQ(doc.parties[0].position, "");
    EXPECT_EQ(doc.parties[1].represented_by, "Ir. Bambang Sutrisno");
    EXPECT_EQ(doc.parties[1].position, "Direktur Utama");

    EXPECT_EQ(doc.validity.start, "2023-03-01");
    EXPECT_EQ(doc.validity.end, "2024-08-31");
    EXPECT_EQ(doc.validity.months, 18);
    EXPECT_EQ(doc.validity.text, "18 (delapan belas) bulan");

    ASSERT_EQ(doc.references.size(), 3u);
    EXPECT_EQ(doc.references[0].relation, "amends");
    EXPECT_EQ(doc.references[0].id, "pks-dishub-2021-07");
    EXPECT_EQ(doc.references[0].title, "Perjanjian Kerja Sama Nomor 551/77/Dishub/2021");
    EXPECT_EQ(doc.references[1].relation, "implements");
    EXPECT_EQ(doc.references[1].id, "");
    EXPECT_EQ(doc.references[2].relation, "refers-to");

    ASSERT_EQ(doc.clauses.size(), 2u);
    EXPECT_EQ(doc.clauses[0].number, "1");
    EXPECT_EQ(doc.clauses[0].heading, "");
    EXPECT_EQ(doc.clauses[0].chapter, "");
    EXPECT_EQ(doc.clauses[1].number, "1A");
    EXPECT_EQ(doc.clauses[1].heading, "KETENTUAN PERALIHAN");
    ASSERT_EQ(doc.clauses[1].ayat.size(), 2u);
    EXPECT_EQ(doc.clauses[1].ayat[0].number, "a");
    EXPECT_EQ(doc.clauses[1].ayat[0].text, "trayek Samarinda–Tenggarong tetap dilayani;");

    EXPECT_TRUE(doc.preamble.empty());
    EXPECT_TRUE(doc.closing.empty());
    ASSERT_EQ(doc.signatories.size(), 2u);
    EXPECT_EQ(doc.signatories[1].name, "Siti Rahmawati, S.H.");
    EXPECT_EQ(doc.signatories[1].position, "Saksi");
    EXPECT_EQ(doc.signatories[1].institution, "");
    EXPECT_EQ(doc.signatories[1].party_role, "");
}

TEST(AgreementReaderTest, EveryAgreementTypeMaps) {
    struct Case {
        const char* attribute;
        model::DocumentType type;
    };
    const Case cases[] = {
        {"nota-kesepahaman", model::DocumentType::NotaKesepahaman},
        {"kesepakatan-bersama", model::DocumentType::KesepakatanBersama},
        {"perjanjian-kerja-sama", model::DocumentType::PerjanjianKerjaSama},
        {"addendum", model::DocumentType::Addendum},
        {"other", model::DocumentType::Other},
    };
    XmlReader reader;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.attribute);
        const std::string xml = replace_once(example_agreement(), "type=\"kesepakatan-bersama\"",
                                             std::string("type=\"") + c.attribute + "\"");
        EXPECT_EQ(reader.read_document(xml, "a.xml").type, c.type);
    }
}

TEST(AgreementReaderTest, ValidityMonthsFollowTheDuration) {
    struct Case {
        const char* duration;
        std::optional<int> months;
    };
    const Case cases[] = {{"P5Y", 60}, {"P18M", 18}, {"P2Y6M", 30}, {"P90D", std::nullopt}};
    XmlReader reader;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.duration);
        const std::string xml = replace_once(example_agreement(), "duration=\"P5Y\"",
                                             std::string("duration=\"") + c.duration + "\"");
        EXPECT_EQ(reader.read_document(xml, "a.xml").validity.months, c.months);
    }
}

// Each case breaks the example in one place; the error is a SchemaError naming the file and
// the line of the failing element.
TEST(AgreementReaderTest, InvalidAgreementsAreSchemaErrors) {
    using Edit = std::function<std::string(std::string)>;
    auto replace = [](const char* from, const char* to) -> Edit {
        return [=](std::string xml) { return replace_once(std::move(xml), from, to); };
    };
    struct Case {
        const char* what;
        Edit edit;
        const char* line_marker;  // the error's line is the first line holding this
        const char* message;      // exact, or a part of it when `exact` is false
        bool exact;
    };
    const Case cases[] = {
        {"signed date missing",
         replace("<signed date=\"2024-01-12\" place=\"Samarinda\"/>",
                 "<signed place=\"Samarinda\"/>"),
         "<signed", "Element 'signed': The attribute 'date' is required but missing.", true},
        {"bad enum type", replace("type=\"kesepakatan-bersama\"", "type=\"mou\""), "<agreement id=",
         "Element 'agreement', attribute 'type': [facet 'enumeration'] The value 'mou' is not "
         "an element of the set",
         false},
        {"bad date", replace("<signed date=\"2024-01-12\"", "<signed date=\"12/01/2024\""),
         "<signed",
         "Element 'signed', attribute 'date': '12/01/2024' is not a valid value of the atomic "
         "type 'xs:date'.",
         true},
        {"impossible date", replace("<signed date=\"2024-01-12\"", "<signed date=\"2024-02-30\""),
         "<signed", "'2024-02-30' is not a valid value", false},
        {"bad duration", replace("duration=\"P5Y\"", "duration=\"5 tahun\""), "<validity",
         "Element 'validity', attribute 'duration'", false},
        {"one party only",
         [](std::string xml) {
             const auto begin = xml.find("    <party role=\"PIHAK KEDUA\">");
             const auto end = xml.find("</party>", begin) + std::string("</party>\n").size();
             return xml.erase(begin, end - begin);
         },
         "<parties>", "Element 'parties': Missing child element(s).", false},
        {"duplicate Pasal", replace("<clause number=\"4\"", "<clause number=\"3\""),
         "<clause number=\"3\" heading=\"JANGKA", "Duplicate key-sequence ['3']", false},
        {"bad Pasal number", replace("<clause number=\"2\"", "<clause number=\"II\""),
         "<clause number=\"II\"", "Element 'clause', attribute 'number'", false},
        {"element out of order",
         replace("  <language>id</language>\n",
                 "  <summary>x</summary>\n  <language>id</language>\n"),
         "<summary>x", "Element 'summary': This element is not expected.", false},
    };
    XmlReader reader;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        const std::string xml = c.edit(example_agreement());
        try {
            reader.read_document(xml, "a.xml");
            ADD_FAILURE() << "no error";
        } catch (const SchemaError& e) {
            EXPECT_EQ(e.file(), "a.xml");
            EXPECT_EQ(e.line(), line_of(xml, c.line_marker)) << e.what();
            if (c.exact) {
                EXPECT_EQ(std::string(e.what()),
                          "a.xml:" + std::to_string(e.line()) + ": " + c.message);
            } else {
                EXPECT_NE(e.message().find(c.message), std::string::npos) << e.what();
            }
        }
    }
}

}  // namespace
}  // namespace arsip::xml
