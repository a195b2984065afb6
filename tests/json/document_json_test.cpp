#include "json/document_json.h"

#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "model/errors.h"

namespace arsip::json {
namespace {

model::Document sample_agreement() {
    model::Document d;
    d.id = "kb-kaltim-kaltara-2025";
    d.type = model::DocumentType::KesepakatanBersama;
    d.title = "Kesepakatan Bersama tentang Kerja Sama Perdagangan";
    d.date = "2025-08-07";
    d.place = "Tarakan";
    d.numbers = {{"PIHAK KESATU", "000.1/1/B.Pem/2025"}};
    d.parties = {{"PIHAK KESATU", "Pemerintah Provinsi Kalimantan Timur", "Rudy Mas'ud",
                  "Gubernur Kalimantan Timur"}};
    d.signatories = {{"Rudy Mas'ud", "Gubernur", "Pemerintah Provinsi Kalimantan Timur", "PIHAK KESATU"}};
    d.validity = {"2025-08-07", "2030-08-07", 60, "5 (lima) tahun"};
    d.references = {{"amends", "kb-old", "Kesepakatan Bersama 2020"}};
    d.preamble = {"Pada hari ini Kamis tanggal tujuh bulan Agustus tahun dua ribu dua puluh lima"};
    d.clauses = {{"1", "MAKSUD DAN TUJUAN", "BAB I KETENTUAN UMUM", {{"1", "Maksud ..."}, {"2", "Tujuan ..."}}}};
    d.closing = {"Demikian Kesepakatan Bersama ini dibuat."};
    d.format = model::SourceFormat::AgreementXml;
    d.source_path = "data/corpus/agreements/kb.xml";
    d.content_hash = "abc123";
    return d;
}

TEST(DocumentJsonTest, AgreementRoundTripsEveryField) {
    const model::Document in = sample_agreement();
    const model::Document out = document_from_json(to_json_string(in));
    EXPECT_EQ(out.id, in.id);
    EXPECT_EQ(out.type, in.type);
    EXPECT_EQ(out.title, in.title);
    EXPECT_EQ(out.date, in.date);
    ASSERT_EQ(out.parties.size(), 1u);
    EXPECT_EQ(out.parties[0].represented_by, "Rudy Mas'ud");
    EXPECT_EQ(out.parties[0].position, "Gubernur Kalimantan Timur");
    ASSERT_EQ(out.signatories.size(), 1u);
    EXPECT_EQ(out.signatories[0].party_role, "PIHAK KESATU");
    EXPECT_EQ(out.validity.months, std::optional<int>(60));
    EXPECT_EQ(out.validity.end, "2030-08-07");
    ASSERT_EQ(out.references.size(), 1u);
    EXPECT_EQ(out.references[0].relation, "amends");
    ASSERT_EQ(out.clauses.size(), 1u);
    EXPECT_EQ(out.clauses[0].chapter, "BAB I KETENTUAN UMUM");
    ASSERT_EQ(out.clauses[0].ayat.size(), 2u);
    EXPECT_EQ(out.clauses[0].ayat[1].number, "2");
    EXPECT_EQ(out.numbers[0].number, "000.1/1/B.Pem/2025");
    EXPECT_EQ(out.format, model::SourceFormat::AgreementXml);
    EXPECT_EQ(out.content_hash, "abc123");
}

TEST(DocumentJsonTest, ArticleHasNoAgreementFields) {
    model::Document d;
    d.id = "a1";
    d.title = "Misi Dagang";
    d.paragraphs = {"Satu.", "Dua \"kutip\" dan \\ garis miring."};
    const std::string text = to_json_string(d);
    EXPECT_EQ(text.find("\"clauses\""), std::string::npos);
    const model::Document out = document_from_json(text);
    EXPECT_EQ(out.paragraphs, d.paragraphs);
    EXPECT_FALSE(out.validity.months.has_value());
}

TEST(DocumentJsonTest, EntitiesRoundTripWithMentionsAndWholeRupiah) {
    model::Document d;
    d.id = "a1";
    d.entities.officials = {{"Seno Aji", "Wakil Gubernur", "Pemerintah Provinsi Kalimantan Timur", {"Seno"}, {{10, 18}}}};
    d.entities.institutions = {{"Universitas Mulawarman", {"Unmul"}, "university", {{1, 5}, {30, 35}}}};
    d.entities.amounts = {{"Rp666 miliar", 666e9, "IDR", {{40, 52}}}, {"US$ 2,5 juta", 2.5e6, "USD", {}}};
    d.entities.percentages = {{"8%", 8, {{60, 62}}}};
    d.entities.dates = {{"Kamis, 8 Mei 2025", "2025-05-08", {{70, 87}}}};
    d.entities.places = {{"Balikpapan", "city", "Kalimantan Timur", "64.71", {{0, 10}}}};
    const std::string text = to_json_string(d);
    // Rupiah are written as whole numbers, as journalists read them.
    EXPECT_NE(text.find("\"value\":666000000000"), std::string::npos) << text;
    const model::Document out = document_from_json(text);
    ASSERT_EQ(out.entities.officials.size(), 1u);
    EXPECT_EQ(out.entities.officials[0].nicknames, std::vector<std::string>{"Seno"});
    EXPECT_EQ(out.entities.officials[0].mentions, (std::vector<model::Mention>{{10, 18}}));
    ASSERT_EQ(out.entities.institutions.size(), 1u);
    EXPECT_EQ(out.entities.institutions[0].mentions.size(), 2u);
    ASSERT_EQ(out.entities.amounts.size(), 2u);
    EXPECT_EQ(out.entities.amounts[0].value, 666e9);
    EXPECT_EQ(out.entities.amounts[1].currency, "USD");
    EXPECT_EQ(out.entities.amounts[1].value, 2.5e6);
    EXPECT_EQ(out.entities.percentages[0].value, 8);
    EXPECT_EQ(out.entities.dates[0].iso, "2025-05-08");
    EXPECT_EQ(out.entities.places[0].code, "64.71");
}

// `text` parsed and written again by Object::stringify (key order kept).
std::string restringified(const std::string& text) {
    Poco::JSON::ParseHandler::Ptr handler = new Poco::JSON::ParseHandler(true);
    Poco::JSON::Parser parser(handler);
    return stringify(parser.parse(text).extract<Poco::JSON::Object::Ptr>());
}

// The stored text is streamed (PrintHandler) and the server's object built (ParseHandler) from
// one list of fields: both hold the same JSON, which Object::stringify writes byte for byte as
// the stored form; the stored form escapes every character beyond ASCII (\uXXXX), which Poco
// writes faster than its character-by-character copy.
TEST(DocumentJsonTest, StreamedTextIsTheObjectsText) {
    model::Document hostile;
    hostile.id = "x\"y";
    hostile.title = "Kutip \" garis \\ miring / tab\t baris\n kontrol \x01 \u00e9 \U0001F600 \u2013";
    hostile.paragraphs = {"", "satu"};
    hostile.entities.percentages = {{"12,6%", 12.6, {{0, 5}}}, {"0,3%", 0.3, {}}, {"3,7%", 3.7, {}}, {"-2%", -2, {}}, {"1234,56789%", 1234.56789, {}}};
    hostile.entities.amounts = {{"Rp1,5", 1.5, "IDR", {}}, {"Rp9e15", 9.5e15, "IDR", {}}, {"Rp-7", -7, "IDR", {}}};
    model::Document no_months = sample_agreement();
    no_months.validity.months.reset();
    model::Document no_clauses = sample_agreement();
    no_clauses.clauses.clear();
    no_clauses.type = model::DocumentType::NotaKesepahaman;
    const struct {
        const char* name;
        model::Document document;
    } cases[] = {{"agreement", sample_agreement()}, {"agreement without months", no_months},
                 {"memorandum without clauses", no_clauses}, {"escapes and numbers", hostile},
                 {"empty article", model::Document{}}};
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const std::string stored = to_json_string(c.document);
        EXPECT_EQ(restringified(stored), stringify(to_json(c.document)));
        EXPECT_TRUE(std::all_of(stored.begin(), stored.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; }))
            << stored;
        // Indented (arsip-index --extract) is Object::stringify's own layout.
        EXPECT_EQ(to_json_string(c.document, {2}), stringify(to_json(c.document), {2}));
        const model::Document back = document_from_json(stored);
        EXPECT_EQ(back.id, c.document.id);
        EXPECT_EQ(back.title, c.document.title);
        EXPECT_EQ(back.entities.percentages.size(), c.document.entities.percentages.size());
        for (std::size_t i = 0; i < back.entities.percentages.size(); ++i) {
            EXPECT_EQ(back.entities.percentages[i].value, c.document.entities.percentages[i].value);
        }
        for (std::size_t i = 0; i < back.entities.amounts.size(); ++i) {
            EXPECT_EQ(back.entities.amounts[i].value, c.document.entities.amounts[i].value);
        }
    }
    EXPECT_NE(to_json_string(hostile).find("\"value\":12.6,"), std::string::npos) << to_json_string(hostile);
    EXPECT_NE(to_json_string(hostile).find("\"value\":0.3,"), std::string::npos);
}

TEST(DocumentJsonTest, BadStoredTextIsATypedError) {
    const struct {
        const char* text;
        const char* why;
    } cases[] = {
        {"not json", "not JSON"},
        {"{\"id\":\"x\",\"type\":\"unknown\",\"format\":\"text\"}", "unknown type"},
        {"{\"id\":\"x\",\"type\":\"article\",\"format\":\"word\"}", "unknown format"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.why);
        EXPECT_THROW(document_from_json(c.text), Error);
    }
}

}  // namespace
}  // namespace arsip::json
