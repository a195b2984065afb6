// Reading a stored document (the JSON of json::to_json_string) back into a model::Document, with
// simdjson: every search reads its page of hits this way, and a DOM of Poco::JSON objects cost
// about ten times the parse itself (allocations of Dynamic::Var trees).
#include <simdjson.h>

#include <string_view>

#include "json/document_json.h"
#include "model/errors.h"

namespace arsip::json {
namespace {

using simdjson::SUCCESS;
using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// object[key] as a string; empty when it is missing or not a string.
std::string string_of(const object& o, std::string_view key) {
    std::string_view value;
    if (o[key].get_string().get(value) != SUCCESS) return {};
    return std::string(value);
}

std::vector<std::string> strings_of(const object& o, std::string_view key) {
    std::vector<std::string> out;
    array values;
    if (o[key].get_array().get(values) != SUCCESS) return out;
    for (const element value : values) {
        std::string_view text;
        if (value.get_string().get(text) == SUCCESS) out.emplace_back(text);
    }
    return out;
}

// Calls `each` with every object element of object[key].
template <typename F>
void for_each_object(const object& o, std::string_view key, F each) {
    array values;
    if (o[key].get_array().get(values) != SUCCESS) return;
    for (const element value : values) {
        object item;
        if (value.get_object().get(item) == SUCCESS) each(item);
    }
}

// A number (integer or not); 0 when missing or null.
double number_of(const object& o, std::string_view key) {
    double value = 0;
    if (o[key].get_double().get(value) != SUCCESS) return 0.0;
    return value;
}

std::vector<model::Mention> mentions_of(const object& o) {
    std::vector<model::Mention> out;
    array pairs;
    if (o["mentions"].get_array().get(pairs) != SUCCESS) return out;
    for (const element pair : pairs) {
        array bounds;
        if (pair.get_array().get(bounds) != SUCCESS || bounds.size() != 2) continue;
        std::uint64_t start = 0, end = 0;
        if (bounds.at(0).get_uint64().get(start) != SUCCESS || bounds.at(1).get_uint64().get(end) != SUCCESS) continue;
        out.push_back({static_cast<std::size_t>(start), static_cast<std::size_t>(end)});
    }
    return out;
}

model::Clause clause_from_json(const object& o) {
    model::Clause clause;
    clause.number = string_of(o, "number");
    clause.heading = string_of(o, "heading");
    clause.chapter = string_of(o, "chapter");
    for_each_object(o, "ayat", [&](const object& a) { clause.ayat.push_back({string_of(a, "number"), string_of(a, "text")}); });
    return clause;
}

model::Entities entities_from_json(const object& e) {
    model::Entities entities;
    for_each_object(e, "officials", [&](const object& o) {
        entities.officials.push_back({string_of(o, "name"), string_of(o, "position"), string_of(o, "institution"),
                                      strings_of(o, "nicknames"), mentions_of(o)});
    });
    for_each_object(e, "institutions", [&](const object& o) {
        entities.institutions.push_back({string_of(o, "name"), strings_of(o, "aliases"), string_of(o, "kind"), mentions_of(o)});
    });
    for_each_object(e, "amounts", [&](const object& o) {
        entities.amounts.push_back({string_of(o, "text"), number_of(o, "value"), string_of(o, "currency"), mentions_of(o)});
    });
    for_each_object(e, "percentages", [&](const object& o) {
        entities.percentages.push_back({string_of(o, "text"), number_of(o, "value"), mentions_of(o)});
    });
    for_each_object(e, "dates", [&](const object& o) {
        entities.dates.push_back({string_of(o, "text"), string_of(o, "iso"), mentions_of(o)});
    });
    for_each_object(e, "places", [&](const object& o) {
        entities.places.push_back({string_of(o, "name"), string_of(o, "kind"), string_of(o, "province"), string_of(o, "code"),
                                   mentions_of(o)});
    });
    return entities;
}

model::SourceFormat format_from_name(const std::string& name) {
    for (auto format : {model::SourceFormat::ArticleXml, model::SourceFormat::AgreementXml, model::SourceFormat::Pdf2Xml,
                        model::SourceFormat::Pdf, model::SourceFormat::Text}) {
        if (model::to_string(format) == name) return format;
    }
    throw Error("stored document has an unknown format: " + name);
}

}  // namespace

model::Document document_from_json(const std::string& text) {
    simdjson::dom::parser parser;
    object o;
    element root;
    if (const auto error = parser.parse(text).get(root); error != SUCCESS) {
        throw Error(std::string("stored document is not valid JSON: ") + simdjson::error_message(error));
    }
    if (root.get_object().get(o) != SUCCESS) throw Error("stored document is not a JSON object");

    model::Document d;
    d.id = string_of(o, "id");
    auto type = model::parse_document_type(string_of(o, "type"));
    if (!type) throw Error("stored document " + d.id + " has an unknown type");
    d.type = *type;
    d.title = string_of(o, "title");
    d.source = string_of(o, "source");
    d.url = string_of(o, "url");
    d.published = string_of(o, "published");
    d.date = string_of(o, "date");
    d.authors = strings_of(o, "authors");
    d.place = string_of(o, "place");
    d.language = string_of(o, "language");
    d.summary = string_of(o, "summary");
    d.tags = strings_of(o, "tags");
    d.paragraphs = strings_of(o, "paragraphs");

    for_each_object(o, "numbers", [&](const object& n) { d.numbers.push_back({string_of(n, "party"), string_of(n, "number")}); });
    for_each_object(o, "parties", [&](const object& p) {
        d.parties.push_back({string_of(p, "role"), string_of(p, "institution"), string_of(p, "represented_by"),
                             string_of(p, "position")});
    });
    for_each_object(o, "signatories", [&](const object& s) {
        d.signatories.push_back({string_of(s, "name"), string_of(s, "position"), string_of(s, "institution"),
                                 string_of(s, "party_role")});
    });
    object validity;
    if (o["validity"].get_object().get(validity) == SUCCESS) {
        d.validity.start = string_of(validity, "start");
        d.validity.end = string_of(validity, "end");
        std::int64_t months = 0;
        if (validity["months"].get_int64().get(months) == SUCCESS) d.validity.months = static_cast<int>(months);
        d.validity.text = string_of(validity, "text");
    }
    for_each_object(o, "references", [&](const object& r) {
        d.references.push_back({string_of(r, "relation"), string_of(r, "id"), string_of(r, "title")});
    });
    d.preamble = strings_of(o, "preamble");
    for_each_object(o, "clauses", [&](const object& c) { d.clauses.push_back(clause_from_json(c)); });
    d.closing = strings_of(o, "closing");
    object entities;
    if (o["entities"].get_object().get(entities) == SUCCESS) d.entities = entities_from_json(entities);
    d.format = format_from_name(string_of(o, "format"));
    d.source_path = string_of(o, "source_path");
    d.content_hash = string_of(o, "content_hash");
    return d;
}

}  // namespace arsip::json
