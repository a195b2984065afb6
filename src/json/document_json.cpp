#include "json/document_json.h"

#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/PrintHandler.h>

#include <sstream>


namespace arsip::json {
namespace {

using Poco::JSON::Handler;
using Poco::JSON::Object;

// Every writer below goes through a Poco::JSON::Handler: a PrintHandler streams the text (the
// stored form of every document, written once per document and clause at ingest), a
// ParseHandler builds the same object for the server. One field list, two outputs.

void emit(Handler& out, const std::string& key, const std::string& value) {
    out.key(key);
    out.value(value);
}

void emit_strings(Handler& out, const std::string& key, const std::vector<std::string>& values) {
    out.key(key);
    out.startArray();
    for (const auto& value : values) out.value(value);
    out.endArray();
}

void emit_mentions(Handler& out, const std::vector<model::Mention>& mentions) {
    out.key("mentions");
    out.startArray();
    for (const auto& m : mentions) {
        out.startArray();
        out.value(static_cast<Poco::UInt64>(m.start));
        out.value(static_cast<Poco::UInt64>(m.end));
        out.endArray();
    }
    out.endArray();
}

// Amounts in rupiah are whole numbers: written as integers, not 6.66e+11.
void emit_number(Handler& out, const std::string& key, double value) {
    out.key(key);
    if (value >= -9.0e15 && value <= 9.0e15 && value == static_cast<double>(static_cast<Poco::Int64>(value))) {
        out.value(static_cast<Poco::Int64>(value));
    } else {
        out.value(value);
    }
}

// "key": [{...}, ...]: an object per item, its fields written by `fields(item)`.
template <typename Items, typename Fields>
void emit_objects(Handler& out, const std::string& key, const Items& items, Fields&& fields) {
    out.key(key);
    out.startArray();
    for (const auto& item : items) {
        out.startObject();
        fields(item);
        out.endObject();
    }
    out.endArray();
}

void emit_entities(Handler& out, const model::Entities& entities) {
    out.startObject();
    emit_objects(out, "officials", entities.officials, [&](const model::Official& o) {
        emit(out, "name", o.name);
        emit(out, "position", o.position);
        emit(out, "institution", o.institution);
        emit_strings(out, "nicknames", o.nicknames);
        emit_mentions(out, o.mentions);
    });
    emit_objects(out, "institutions", entities.institutions, [&](const model::Institution& i) {
        emit(out, "name", i.name);
        emit_strings(out, "aliases", i.aliases);
        emit(out, "kind", i.kind);
        emit_mentions(out, i.mentions);
    });
    emit_objects(out, "amounts", entities.amounts, [&](const model::Amount& a) {
        emit(out, "text", a.text);
        emit_number(out, "value", a.value);
        emit(out, "currency", a.currency);
        emit_mentions(out, a.mentions);
    });
    emit_objects(out, "percentages", entities.percentages, [&](const model::Percentage& p) {
        emit(out, "text", p.text);
        out.key("value");
        out.value(p.value);
        emit_mentions(out, p.mentions);
    });
    emit_objects(out, "dates", entities.dates, [&](const model::DateMention& d) {
        emit(out, "text", d.text);
        emit(out, "iso", d.iso);
        emit_mentions(out, d.mentions);
    });
    emit_objects(out, "places", entities.places, [&](const model::Place& p) {
        emit(out, "name", p.name);
        emit(out, "kind", p.kind);
        emit(out, "province", p.province);
        emit(out, "code", p.code);
        emit_mentions(out, p.mentions);
    });
    out.endObject();
}

void emit_clause(Handler& out, const model::Clause& clause) {
    out.startObject();
    emit(out, "number", clause.number);
    emit(out, "heading", clause.heading);
    emit(out, "chapter", clause.chapter);
    emit_objects(out, "ayat", clause.ayat, [&](const model::Ayat& a) {
        emit(out, "number", a.number);
        emit(out, "text", a.text);
    });
    out.endObject();
}

void emit_agreement_parts(Handler& out, const model::Document& d) {
    emit_objects(out, "numbers", d.numbers, [&](const model::DocumentNumber& n) {
        emit(out, "party", n.party);
        emit(out, "number", n.number);
    });
    emit_objects(out, "parties", d.parties, [&](const model::Party& p) {
        emit(out, "role", p.role);
        emit(out, "institution", p.institution);
        emit(out, "represented_by", p.represented_by);
        emit(out, "position", p.position);
    });
    emit_objects(out, "signatories", d.signatories, [&](const model::Signatory& s) {
        emit(out, "name", s.name);
        emit(out, "position", s.position);
        emit(out, "institution", s.institution);
        emit(out, "party_role", s.party_role);
    });
    out.key("validity");
    out.startObject();
    emit(out, "start", d.validity.start);
    emit(out, "end", d.validity.end);
    out.key("months");
    if (d.validity.months) {
        out.value(*d.validity.months);
    } else {
        out.null();
    }
    emit(out, "text", d.validity.text);
    out.endObject();
    emit_objects(out, "references", d.references, [&](const model::Reference& r) {
        emit(out, "relation", r.relation);
        emit(out, "id", r.id);
        emit(out, "title", r.title);
    });
    emit_strings(out, "preamble", d.preamble);
    out.key("clauses");
    out.startArray();
    for (const auto& c : d.clauses) emit_clause(out, c);
    out.endArray();
    emit_strings(out, "closing", d.closing);
}

void emit_document(Handler& out, const model::Document& d) {
    out.startObject();
    emit(out, "id", d.id);
    emit(out, "type", std::string(model::to_string(d.type)));
    emit(out, "title", d.title);
    emit(out, "source", d.source);
    emit(out, "url", d.url);
    emit(out, "published", d.published);
    emit(out, "date", d.date);
    emit_strings(out, "authors", d.authors);
    emit(out, "place", d.place);
    emit(out, "language", d.language);
    emit(out, "summary", d.summary);
    emit_strings(out, "tags", d.tags);
    emit_strings(out, "paragraphs", d.paragraphs);
    if (model::is_agreement(d.type)) emit_agreement_parts(out, d);
    out.key("entities");
    emit_entities(out, d.entities);
    emit(out, "format", std::string(model::to_string(d.format)));
    emit(out, "source_path", d.source_path);
    emit(out, "content_hash", d.content_hash);
    out.endObject();
}

// The object `emit_value` describes (object order kept).
template <typename Emit>
Object::Ptr build(Emit&& emit_value) {
    Poco::JSON::ParseHandler handler(true);
    emit_value(handler);
    return handler.asVar().template extract<Object::Ptr>();
}

// The compact text `emit_value` describes, as Object::stringify writes the same object, but
// with every character beyond ASCII escaped (\uXXXX): Poco then builds each string in one go,
// where it otherwise streams it character by character (5.6 % of an ingest's instructions,
// stop 22). Doubles are written with 15 significant digits: every decimal read from a text
// round-trips, and "12.6" stays "12.6" (Poco's PrintHandler streams them with the stream's
// precision).
template <typename Emit>
std::string print(Emit&& emit_value) {
    std::ostringstream out;
    out.precision(15);
    Poco::JSON::PrintHandler handler(out, 0, Poco::JSON_WRAP_STRINGS | Poco::JSON_ESCAPE_UNICODE);
    emit_value(handler);
    return out.str();
}

}  // namespace

Object::Ptr to_json(const model::Entities& entities) {
    return build([&](Handler& h) { emit_entities(h, entities); });
}

Object::Ptr to_json(const model::Clause& clause) {
    return build([&](Handler& h) { emit_clause(h, clause); });
}

Object::Ptr to_json(const model::Document& d) {
    return build([&](Handler& h) { emit_document(h, d); });
}

std::string stringify(const Object::Ptr& object, const JsonWriteOptions& options) {
    std::ostringstream out;
    object->stringify(out, options.indent);
    return out.str();
}

std::string to_json_string(const model::Document& document, const JsonWriteOptions& options) {
    // Indented (arsip-index --extract) in Object::stringify's layout; PrintHandler's differs.
    if (options.indent > 0) return stringify(to_json(document), options);
    return print([&](Handler& h) { emit_document(h, document); });
}

}  // namespace arsip::json
