#include "index/document_mapper.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <string>
#include <vector>

#include "index/schema.h"

namespace arsip::index {
namespace {

const text::Analysis& project_analysis() {
    static const text::Analysis analysis = text::load_analysis(ARSIP_TEST_SOURCE_DIR "/data");
    return analysis;
}

// The display forms of the official facet terms (XOFF...) of a mapped document.
std::vector<std::string> official_displays(const MappedSet& set) {
    std::vector<std::string> out;
    for (const auto& [term, display] : set.displays) {
        if (term.rfind(schema::kOfficial, 0) == 0) out.push_back(display);
    }
    return out;
}

TEST(DocumentMapperTest, OfficialFacetUsesOneCleanNamePerPerson) {
    const Analyzer analyzer(project_analysis());
    Xapian::TermGenerator generator;
    const struct {
        std::string context;
        std::string represented_by;          // party's representative as written
        std::string signatory;               // signatory's name as written
        std::vector<std::string> extracted;  // officials found by entity extraction
        std::vector<std::string> displays;   // expected official facet display forms
    } cases[] = {
        {"extraction missed him: honorifics and degrees dropped",
         "Ir. Hendra Wicaksana Putra, M.M.",
         "Ir. Hendra Wicaksana Putra, M.M.",
         {},
         {"Hendra Wicaksana Putra"}},
        {"upper case as written becomes title case",
         "Ir. HENDRA WICAKSANA PUTRA, M.M.",
         "Ir. Hendra Wicaksana Putra, M.M.",
         {},
         {"Hendra Wicaksana Putra"}},
        {"extraction found him: its name stands for him",
         "H. RUDY MAS'UD",
         "H. Rudy Mas\u2019ud, S.E.",
         {"Rudy Mas'ud"},
         {"Rudy Mas'ud"}},
        {"degrees before the extracted name still match",
         "Prof. Dr. Ir. H. ABDUNNUR, M.Si., IPU",
         "",
         {"Abdunnur"},
         {"Abdunnur"}},
        {"only titles: no facet value", "Prof. Dr.", "", {}, {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.context);
        model::Document d;
        d.id = "test-doc";
        d.type = model::DocumentType::NotaKesepahaman;
        d.parties.push_back(
            {"PIHAK KEDUA", "PT Pupuk Kalimantan Timur", c.represented_by, "Direktur"});
        if (!c.signatory.empty()) {
            d.signatories.push_back(
                {c.signatory, "Direktur", "PT Pupuk Kalimantan Timur", "PIHAK KEDUA"});
        }
        for (const auto& name : c.extracted) d.entities.officials.push_back({name, "", "", {}, {}});
        const MappedSet set = map_document(d, generator, analyzer);
        std::vector<std::string> displays = official_displays(set);
        std::sort(displays.begin(), displays.end());
        displays.erase(std::unique(displays.begin(), displays.end()), displays.end());
        EXPECT_EQ(displays, c.displays);
    }
}

TEST(DocumentMapperTest, AClauseDocumentStoresItsNumberAndItsParentsId) {
    const Analyzer analyzer(project_analysis());
    Xapian::TermGenerator generator;
    model::Document d;
    d.id = "pks-1";
    d.type = model::DocumentType::PerjanjianKerjaSama;
    d.title = "Perjanjian Kerja Sama Pelatihan";
    d.clauses = {{"1", "MAKSUD", "", {{"", "Maksud perjanjian ini."}}}, {"12A", "", "", {{"1", "Biaya."}}}};
    const MappedSet set = map_document(d, generator, analyzer);
    ASSERT_EQ(set.clauses.size(), 2u);
    const struct {
        std::size_t clause;
        const char* number;
    } cases[] = {{0, "1"}, {1, "12A"}};
    for (const auto& c : cases) {
        SCOPED_TRACE(c.number);
        const Xapian::Document& clause = set.clauses[c.clause].document;
        EXPECT_EQ(clause.get_data(), c.number);
        EXPECT_EQ(clause.get_value(schema::kParentIdSlot), "pks-1");
        EXPECT_EQ(set.clauses[c.clause].id_term, document_id_term(clause_id("pks-1", c.number)));
    }
    EXPECT_EQ(set.main.document.get_data().front(), '{');  // the whole document, as JSON
}

TEST(DocumentMapperTest, ClauseIdsAreToldFromDocumentIds) {
    const struct {
        std::string id;
        bool clause;
    } cases[] = {
        {clause_id("mou-1", "5"), true},
        {document_id_term(clause_id("mou-1", "12A")), true},
        {"mou-1", false},
        {document_id_term("mou-1"), false},
        {"berita-pasal-5", false},
        {"", false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.id);
        EXPECT_EQ(is_clause_id(c.id), c.clause);
    }
}

}  // namespace
}  // namespace arsip::index
