#include "xml/agreement_reader.h"

#include "model/errors.h"
#include "xml/dom.h"
#include "xml/values.h"

namespace arsip::xml {
namespace {

model::DocumentType agreement_type(const xmlNode* root, const std::string& name) {
    const std::string value = attribute_text(root, "type");
    auto type = model::parse_document_type(value);
    if (!type || *type == model::DocumentType::Article) {
        throw SchemaError(name, line_of(root), "agreement type '" + value + "' is not known");
    }
    return *type;
}

std::vector<model::DocumentNumber> read_numbers(const xmlNode* root) {
    std::vector<model::DocumentNumber> out;
    for (const xmlNode* number : child_elements(first_child(root, "numbers"), "number")) {
        out.push_back({attribute_text(number, "party"), text(number)});
    }
    return out;
}

std::vector<model::Party> read_parties(const xmlNode* root) {
    std::vector<model::Party> out;
    for (const xmlNode* party : child_elements(first_child(root, "parties"), "party")) {
        const xmlNode* person = first_child(party, "representedBy");
        out.push_back({attribute_text(party, "role"), child_text(party, "institution"),
                       text(person), attribute_text(person, "position")});
    }
    return out;
}

std::vector<model::Signatory> read_signatories(const xmlNode* root) {
    std::vector<model::Signatory> out;
    for (const xmlNode* signatory : child_elements(first_child(root, "signatories"), "signatory")) {
        out.push_back({child_text(signatory, "name"), child_text(signatory, "position"),
                       child_text(signatory, "institution"), attribute_text(signatory, "party")});
    }
    return out;
}

std::string optional_day(const xmlNode* node, const char* attr, const std::string& name) {
    const std::string value = attribute_text(node, attr);
    return value.empty() ? value : day_of(node, value, name);
}

model::Validity read_validity(const xmlNode* root, const std::string& name) {
    model::Validity validity;
    const xmlNode* node = first_child(root, "validity");
    if (node == nullptr) return validity;
    validity.start = optional_day(node, "start", name);
    validity.end = optional_day(node, "end", name);
    validity.months = duration_months(attribute_text(node, "duration"));
    validity.text = text(node);
    return validity;
}

std::vector<model::Reference> read_references(const xmlNode* root) {
    struct Relation {
        const char* element;
        const char* relation;
    };
    static constexpr Relation kRelations[] = {
        {"amends", "amends"}, {"implements", "implements"}, {"refersTo", "refers-to"}};
    std::vector<model::Reference> out;
    for (const xmlNode* ref : child_elements(first_child(root, "references"))) {
        for (const Relation& relation : kRelations) {
            if (!is_element(ref, relation.element)) continue;
            out.push_back({relation.relation, attribute_text(ref, "ref"), text(ref)});
        }
    }
    return out;
}

model::Clause read_clause(const xmlNode* node, const std::string& chapter) {
    model::Clause clause;
    clause.number = attribute_text(node, "number");
    clause.heading = attribute_text(node, "heading");
    clause.chapter = chapter;
    for (const xmlNode* ayat : child_elements(node, "ayat")) {
        clause.ayat.push_back({attribute_text(ayat, "number"), text(ayat)});
    }
    return clause;
}

std::vector<model::Clause> read_clauses(const xmlNode* root) {
    std::vector<model::Clause> out;
    for (const xmlNode* child : child_elements(first_child(root, "clauses"))) {
        if (is_element(child, "clause")) {
            out.push_back(read_clause(child, {}));
        } else if (is_element(child, "chapter")) {
            std::string chapter = "BAB " + attribute_text(child, "number");
            if (const std::string heading = attribute_text(child, "heading"); !heading.empty()) {
                chapter += " " + heading;
            }
            for (const xmlNode* clause : child_elements(child, "clause")) {
                out.push_back(read_clause(clause, chapter));
            }
        }
    }
    return out;
}

}  // namespace

model::Document read_agreement(const xmlNode* root, const std::string& name) {
    model::Document doc;
    doc.id = attribute_text(root, "id");
    doc.type = agreement_type(root, name);
    doc.format = model::SourceFormat::AgreementXml;
    doc.title = child_text(root, "title");
    doc.source = child_text(root, "source");
    doc.url = child_text(root, "url");
    doc.language = child_text(root, "language");
    doc.numbers = read_numbers(root);
    doc.parties = read_parties(root);
    const xmlNode* signed_node = first_child(root, "signed");
    doc.date = day_of(signed_node, attribute_text(signed_node, "date"), name);
    doc.place = attribute_text(signed_node, "place");
    doc.validity = read_validity(root, name);
    doc.references = read_references(root);
    doc.summary = child_text(root, "summary");
    doc.tags = read_tags(root);
    doc.preamble = read_paragraphs(first_child(root, "preamble"));
    doc.clauses = read_clauses(root);
    doc.closing = read_paragraphs(first_child(root, "closing"));
    doc.signatories = read_signatories(root);
    return doc;
}

}  // namespace arsip::xml
