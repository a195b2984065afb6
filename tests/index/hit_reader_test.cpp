#include "index/hit_reader.h"

#include <Poco/JSON/Object.h>
#include <gtest/gtest.h>

#include <sstream>

#include "index/document_mapper.h"
#include "index/schema.h"
#include "json/document_json.h"
#include "model/errors.h"

namespace arsip::index {
namespace {

model::Official official(std::string name) { return {std::move(name), "Gubernur", "", {}, {}}; }
model::Institution institution(std::string name) { return {std::move(name), {}, "government", {}}; }
model::Place place(std::string name) { return {std::move(name), "province", "", "", {}}; }
model::Amount amount(double value, std::string currency) { return {"", value, std::move(currency), {}}; }

TEST(HitEntitiesTest, FirstSeenFirstWithoutRepeatsAndAtMostFive) {
    const struct {
        const char* name;
        std::vector<model::Official> officials;
        std::vector<model::Institution> institutions;
        std::vector<model::Place> places;
        std::vector<model::Amount> amounts;
        HitEntities expected;
    } cases[] = {
        {"nothing", {}, {}, {}, {}, {}},
        {"repeats folded, empty names skipped",
         {official("Rudy Mas'ud"), official(""), official("RUDY MAS\u2019UD"), official("Seno Aji")},
         {institution("Pemprov Kaltim"), institution("pemprov  kaltim")},
         {place("Samarinda"), place("Balikpapan"), place("Samarinda")},
         {},
         {{"Rudy Mas'ud", "Seno Aji"}, {"Pemprov Kaltim"}, {"Samarinda", "Balikpapan"}, std::nullopt}},
        {"at most five",
         {},
         {},
         {place("A"), place("B"), place("C"), place("D"), place("E"), place("F"), place("G")},
         {},
         {{}, {}, {"A", "B", "C", "D", "E"}, std::nullopt}},
        {"largest rupiah amount only",
         {},
         {},
         {},
         {amount(5e6, "IDR"), amount(1e12, "USD"), amount(2e9, "IDR"), amount(0, "IDR")},
         {{}, {}, {}, 2e9}},
        {"no rupiah", {}, {}, {}, {amount(100, "USD")}, {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        model::Document d;
        d.entities.officials = c.officials;
        d.entities.institutions = c.institutions;
        d.entities.places = c.places;
        d.entities.amounts = c.amounts;
        const HitEntities got = hit_entities(d);
        EXPECT_EQ(got.officials, c.expected.officials);
        EXPECT_EQ(got.institutions, c.expected.institutions);
        EXPECT_EQ(got.places, c.expected.places);
        EXPECT_EQ(got.largest_amount, c.expected.largest_amount);
    }
}

model::Document agreement() {
    model::Document d;
    d.id = "kb-kaltim-kaltara-2025";
    d.type = model::DocumentType::KesepakatanBersama;
    d.title = "Kesepakatan Bersama tentang Kerja Sama Perdagangan";
    d.date = "2025-08-07";
    d.source = "Biro Hukum Kaltim";
    d.clauses = {{"1", "MAKSUD DAN TUJUAN", "", {{"1", "Maksud kesepakatan ini."}, {"2", "Tujuan kerja sama."}}},
                 {"5A", "", "", {{"", "Pembiayaan ditanggung bersama."}}}};
    d.entities.officials = {official("Rudy Mas'ud")};
    return d;
}

// A database holding `parent` (unless null) and one clause document whose data is `data`.
Xapian::Database with_clause(const model::Document* parent, const std::string& data, Xapian::Document& clause) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    if (parent) {
        Xapian::Document doc;
        doc.add_boolean_term(document_id_term(parent->id));
        doc.set_data(json::to_json_string(*parent));
        db.add_document(doc);
    }
    clause.add_value(schema::kParentIdSlot, "kb-kaltim-kaltara-2025");
    clause.set_data(data);
    db.add_document(clause);
    return db;
}

// What an index written before schema version 5 stores on a clause document.
std::string clause_record(const model::Document& parent, const model::Clause& clause) {
    Poco::JSON::Object record(Poco::JSON_PRESERVE_KEY_ORDER);
    record.set("parent_id", parent.id);
    record.set("parent_title", parent.title);
    record.set("type", std::string("kesepakatan-bersama"));
    record.set("date", parent.date);
    record.set("clause", json::to_json(clause));
    std::ostringstream out;
    record.stringify(out);
    return out.str();
}

TEST(HitReaderTest, AClauseHitIsReadFromItsNumberAndItsParent) {
    const model::Document parent = agreement();
    const struct {
        const char* name;
        std::string data;
        std::string number, heading, text;
    } cases[] = {
        {"number with a heading", "1", "1", "MAKSUD DAN TUJUAN",
         "Pasal 1 MAKSUD DAN TUJUAN\nMaksud kesepakatan ini.\nTujuan kerja sama."},
        {"number with a letter, no heading", "5A", "5A", "", "Pasal 5A \nPembiayaan ditanggung bersama."},
        {"record of schema version 4", clause_record(parent, parent.clauses[0]), "1", "MAKSUD DAN TUJUAN",
         "Pasal 1 MAKSUD DAN TUJUAN\nMaksud kesepakatan ini.\nTujuan kerja sama."},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        Xapian::Document clause;
        const Xapian::Database db = with_clause(&parent, c.data, clause);
        HitReader reader(db);
        const ReadHit got = reader.read(db.get_document(2), SearchMode::Clauses);
        EXPECT_EQ(got.hit.id, "kb-kaltim-kaltara-2025#pasal-" + c.number);
        EXPECT_EQ(got.hit.parent_id, parent.id);
        EXPECT_EQ(got.hit.clause_number, c.number);
        EXPECT_EQ(got.hit.clause_heading, c.heading);
        EXPECT_EQ(got.hit.title, parent.title);
        EXPECT_EQ(got.hit.type, parent.type);
        EXPECT_EQ(got.hit.date, parent.date);
        EXPECT_EQ(got.hit.source, parent.source);
        EXPECT_EQ(got.hit.entities.officials, std::vector<std::string>{"Rudy Mas'ud"});
        EXPECT_EQ(got.text, c.text);
        ASSERT_TRUE(got.document);
        EXPECT_EQ(got.document->id, parent.id);
    }
}

TEST(HitReaderTest, AClauseMissingFromItsParentIsATypedError) {
    const model::Document parent = agreement();
    const struct {
        const char* name;
        const model::Document* parent;
        std::string data;
    } cases[] = {
        {"no such Pasal in the parent", &parent, "9"},
        {"no parent stored", nullptr, "1"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        Xapian::Document clause;
        const Xapian::Database db = with_clause(c.parent, c.data, clause);
        HitReader reader(db);
        try {
            reader.read(db.get_document(db.get_lastdocid()), SearchMode::Clauses);
            ADD_FAILURE() << "no error";
        } catch (const Error& e) {
            EXPECT_NE(std::string(e.what()).find("kb-kaltim-kaltara-2025#pasal-" + c.data), std::string::npos)
                << e.what();
        }
    }
}

}  // namespace
}  // namespace arsip::index
