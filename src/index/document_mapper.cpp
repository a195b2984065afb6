#include "index/document_mapper.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <set>

#include "entities/officials.h"
#include "index/facet_slot.h"
#include "index/facet_value.h"
#include "index/schema.h"
#include "index/twins.h"
#include "json/document_json.h"
#include "model/errors.h"

namespace arsip::index {
namespace {

// Weight of title words against body words.
constexpr Xapian::termcount kTitleWeight = 5;

std::string date_value(const std::string& iso_date) {
    // YYYY-MM-DD -> YYYYMMDD; anything else -> empty.
    if (iso_date.size() < 10 || iso_date[4] != '-' || iso_date[7] != '-') return {};
    std::string out = iso_date.substr(0, 4) + iso_date.substr(5, 2) + iso_date.substr(8, 2);
    for (char c : out) {
        if (c < '0' || c > '9') return {};
    }
    return out;
}

// Adds one boolean facet term and remembers its display form; write_slots() then stores the
// values of each schema::kFacets facet in its value slot (facet_slot.h).
class FacetTerms {
public:
    FacetTerms(std::vector<Xapian::Document*> targets, std::vector<std::pair<std::string, std::string>>& displays)
        : targets_(std::move(targets)), displays_(displays) {}

    void add(std::string_view prefix, const std::string& display) { add_coded(prefix, normalise_facet_value(display), display); }

    // A value stored as a code with a separate display form (amount ranges).
    void add_coded(std::string_view prefix, const std::string& value, const std::string& display) {
        if (value.empty()) return;
        const std::string term = schema::term(prefix, value);
        for (Xapian::Document* target : targets_) target->add_boolean_term(term);
        displays_.emplace_back(term, display);
        values_[std::string(prefix)].insert(value);
    }

    void write_slots() const {
        for (const auto& facet : schema::kFacets) {
            const auto it = values_.find(std::string(facet.prefix));
            if (it == values_.end()) continue;
            const std::string encoded = encode_facet_values(facet, it->second);
            for (Xapian::Document* target : targets_) target->add_value(facet.slot, encoded);
        }
    }

private:
    std::vector<Xapian::Document*> targets_;
    std::vector<std::pair<std::string, std::string>>& displays_;
    std::map<std::string, std::set<std::string>> values_;  // prefix -> folded values
};

// Feeds text to the term generator after the analyzer's normalisation, and keeps the raw text
// for the concept-term pass.
class TextSink {
public:
    TextSink(Xapian::TermGenerator& generator, const Analyzer& analyzer) : generator_(generator), analyzer_(analyzer) {}

    void add(const std::string& text, Xapian::termcount weight = 1, const std::string& prefix = {}) {
        if (text.empty()) return;
        generator_.index_text(analyzer_.prepare(text), weight, prefix);
        generator_.increase_termpos();
        if (prefix.empty()) {
            all_text_ += text;
            all_text_ += "\n";
        }
    }
    void add_all(const std::vector<std::string>& paragraphs) {
        for (const auto& p : paragraphs) add(p);
    }
    const std::string& all_text() const { return all_text_; }

private:
    Xapian::TermGenerator& generator_;
    const Analyzer& analyzer_;
    std::string all_text_;
};

std::string clause_text(const model::Clause& clause) {
    std::string text = "Pasal " + clause.number;
    if (!clause.heading.empty()) text += "\n" + clause.heading;
    for (const auto& a : clause.ayat) {
        text += "\n";
        if (!a.number.empty()) text += "(" + a.number + ") ";
        text += a.text;
    }
    return text;
}

double clause_order(const std::string& number) { return std::strtod(number.c_str(), nullptr); }

// "09" for 1e9 <= value < 1e10: the decimal order of magnitude, two digits.
std::string amount_range(double rupiah) {
    int exponent = 0;
    for (double v = rupiah; v >= 10.0 && exponent < 99; v /= 10.0) ++exponent;
    return (exponent < 10 ? "0" : "") + std::to_string(exponent);
}

// "Rp1 miliar–Rp10 miliar" for the range code "09".
std::string amount_range_label(const std::string& code) {
    const int exponent = std::stoi(code);
    static constexpr std::array<std::pair<int, std::string_view>, 4> kUnits{
        {{12, "triliun"}, {9, "miliar"}, {6, "juta"}, {3, "ribu"}}};
    auto format = [](int e) {
        for (const auto& [unit_exponent, unit] : kUnits) {
            if (e >= unit_exponent) {
                std::string digits = "1" + std::string(static_cast<std::size_t>(e - unit_exponent), '0');
                return "Rp" + digits + " " + std::string(unit);
            }
        }
        return "Rp1" + std::string(static_cast<std::size_t>(e), '0');
    };
    return format(exponent) + "\u2013" + format(exponent + 1);
}

// The facet terms every Xapian document of `d` (the document and its clauses) carries.
void add_facets(const model::Document& d, FacetTerms& facets) {
    facets.add(schema::kType, std::string(model::to_string(d.type)));
    const std::string date = date_value(d.date);
    if (!date.empty()) facets.add(schema::kYear, date.substr(0, 4));
    if (!d.source.empty()) facets.add(schema::kSource, d.source);
    if (!d.place.empty()) facets.add(schema::kPlace, d.place);
    // A party's or signatory's name as written carries honorifics and degrees ("Ir. HENDRA
    // WICAKSANA PUTRA, M.M."): it is cleaned as extracted names are, and when entity extraction
    // found the same person, its name stands for them (one display form per person).
    auto official_name = [&](const std::string& written) {
        const std::string name = entities::person_name(written);
        const std::string folded = normalise_facet_value(name);
        for (const auto& official : d.entities.officials) {
            const std::string clean = normalise_facet_value(official.name);
            if (!clean.empty() && folded.find(clean) != std::string::npos) return official.name;
        }
        return name;
    };
    for (const auto& party : d.parties) {
        if (!party.institution.empty()) facets.add(schema::kInstitution, party.institution);
        if (!party.represented_by.empty()) facets.add(schema::kOfficial, official_name(party.represented_by));
    }
    for (const auto& s : d.signatories) {
        if (!s.institution.empty()) facets.add(schema::kInstitution, s.institution);
        if (!s.name.empty()) facets.add(schema::kOfficial, official_name(s.name));
    }
    for (const auto& official : d.entities.officials) {
        if (!official.name.empty()) facets.add(schema::kOfficial, official.name);
    }
    for (const auto& institution : d.entities.institutions) facets.add(schema::kInstitution, institution.name);
    for (const auto& place : d.entities.places) facets.add(schema::kPlace, place.name);
    for (const auto& amount : d.entities.amounts) {
        if (amount.currency != "IDR" || amount.value < 1) continue;
        const std::string code = amount_range(amount.value);
        facets.add_coded(schema::kAmountRange, code, amount_range_label(code));
    }
    facets.add(schema::kFormat, std::string(model::to_string(d.format)));
}

// The largest rupiah amount the document names, or nothing.
std::string largest_amount_value(const model::Document& d) {
    double largest = 0;
    for (const auto& amount : d.entities.amounts) {
        if (amount.currency == "IDR") largest = std::max(largest, amount.value);
    }
    return largest > 0 ? Xapian::sortable_serialise(largest) : std::string();
}

}  // namespace

std::string document_id_term(const std::string& id) { return schema::term(schema::kId, id); }

namespace {
constexpr std::string_view kClauseIdMarker = "#pasal-";
}  // namespace

std::string clause_id(const std::string& parent_id, const std::string& number) {
    return parent_id + std::string(kClauseIdMarker) + number;
}

bool is_clause_id(std::string_view id) { return id.find(kClauseIdMarker) != std::string_view::npos; }

MappedSet map_document(const model::Document& d, Xapian::TermGenerator& generator, const Analyzer& analyzer,
                       const PairWords& pair_words) {
    if (d.id.empty()) throw Error("document from " + d.source_path + " has no id");

    MappedSet set;
    set.main.id_term = document_id_term(d.id);
    Xapian::Document& doc = set.main.document;
    doc.add_boolean_term(set.main.id_term);
    doc.add_boolean_term(schema::term(schema::kKind, schema::kKindDocument));
    const std::string date = date_value(d.date);
    doc.add_value(schema::kDateSlot, date);
    doc.add_value(schema::kContentHashSlot, d.content_hash);
    const std::string largest_amount = largest_amount_value(d);
    doc.add_value(schema::kLargestAmountSlot, largest_amount);
    set.twin_term = twin_term(d);
    if (!set.twin_term.empty()) doc.add_boolean_term(set.twin_term);
    doc.set_data(json::to_json_string(d));

    generator.set_document(doc);
    TextSink sink(generator, analyzer);
    sink.add(d.title, 1, std::string(schema::kTitle));
    sink.add(d.title, kTitleWeight);
    sink.add(d.summary);
    sink.add_all(d.paragraphs);
    for (const auto& party : d.parties) {
        sink.add(party.institution + ", " + party.represented_by + ", " + party.position);
    }
    sink.add_all(d.preamble);
    for (const auto& clause : d.clauses) sink.add(clause_text(clause));
    sink.add_all(d.closing);
    for (const auto& s : d.signatories) sink.add(s.name + ", " + s.position + ", " + s.institution);
    sink.add_all(d.tags);
    set.synonyms = analyzer.add_concept_terms(doc, sink.all_text());
    add_pair_terms(doc, pair_words);

    // Clause documents. Their words are the document's: a generator with FLAG_SPELLING counts
    // them with the document only (IndexWriter counts spelling itself, spelling_counts.h).
    // (set_flags keeps the bits of its mask: every flag but FLAG_SPELLING.)
    const Xapian::TermGenerator::flags saved_flags = generator.set_flags(
        Xapian::TermGenerator::flags(0), Xapian::TermGenerator::flags(~Xapian::TermGenerator::FLAG_SPELLING));
    set.clauses.reserve(d.clauses.size());
    for (const auto& clause : d.clauses) {
        MappedDocument mapped;
        mapped.id_term = document_id_term(clause_id(d.id, clause.number));
        Xapian::Document& c = mapped.document;
        c.add_boolean_term(mapped.id_term);
        c.add_boolean_term(schema::term(schema::kKind, schema::kKindClause));
        c.add_boolean_term(schema::term(schema::kParent, d.id));
        c.add_boolean_term(schema::term(schema::kClauseNumber, normalise_facet_value(clause.number)));
        c.add_value(schema::kDateSlot, date);
        c.add_value(schema::kParentIdSlot, d.id);
        c.add_value(schema::kClauseOrderSlot, Xapian::sortable_serialise(clause_order(clause.number)));
        c.add_value(schema::kLargestAmountSlot, largest_amount);

        c.set_data(clause.number);  // its text is the parent's (schema.h, "Document data")

        generator.set_document(c);
        TextSink clause_sink(generator, analyzer);
        clause_sink.add(d.title, 1, std::string(schema::kTitle));
        clause_sink.add(clause_text(clause));
        analyzer.add_concept_terms(c, clause_sink.all_text());
        add_pair_terms(c, pair_words);
        set.clauses.push_back(std::move(mapped));
    }
    generator.set_flags(saved_flags);

    std::vector<Xapian::Document*> targets{&set.main.document};
    for (auto& c : set.clauses) targets.push_back(&c.document);
    FacetTerms facets(std::move(targets), set.displays);
    add_facets(d, facets);
    facets.write_slots();
    return set;
}

}  // namespace arsip::index
