#include "json/document_json.h"

#include <Poco/JSON/Array.h>

#include <sstream>


namespace arsip::json {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Array::Ptr string_array(const std::vector<std::string>& values) {
    Array::Ptr array = new Array;
    for (const auto& value : values) array->add(value);
    return array;
}

Array::Ptr mentions_json(const std::vector<model::Mention>& mentions) {
    Array::Ptr array = new Array;
    for (const auto& m : mentions) {
        Array::Ptr pair = new Array;
        pair->add(static_cast<Poco::UInt64>(m.start));
        pair->add(static_cast<Poco::UInt64>(m.end));
        array->add(pair);
    }
    return array;
}

// Amounts in rupiah are whole numbers: written as integers, not 6.66e+11.
Poco::Dynamic::Var amount_value(double value) {
    if (value >= -9.0e15 && value <= 9.0e15 && value == static_cast<double>(static_cast<Poco::Int64>(value))) {
        return static_cast<Poco::Int64>(value);
    }
    return value;
}

}  // namespace

Object::Ptr to_json(const model::Entities& entities) {
    Object::Ptr object = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    Array::Ptr officials = new Array;
    for (const auto& o : entities.officials) {
        Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        item->set("name", o.name);
        item->set("position", o.position);
        item->set("institution", o.institution);
        item->set("nicknames", string_array(o.nicknames));
        item->set("mentions", mentions_json(o.mentions));
        officials->add(item);
    }
    object->set("officials", officials);
    Array::Ptr institutions = new Array;
    for (const auto& i : entities.institutions) {
        Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        item->set("name", i.name);
        item->set("aliases", string_array(i.aliases));
        item->set("kind", i.kind);
        item->set("mentions", mentions_json(i.mentions));
        institutions->add(item);
    }
    object->set("institutions", institutions);
    Array::Ptr amounts = new Array;
    for (const auto& a : entities.amounts) {
        Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        item->set("text", a.text);
        item->set("value", amount_value(a.value));
        item->set("currency", a.currency);
        item->set("mentions", mentions_json(a.mentions));
        amounts->add(item);
    }
    object->set("amounts", amounts);
    Array::Ptr percentages = new Array;
    for (const auto& p : entities.percentages) {
        Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        item->set("text", p.text);
        item->set("value", p.value);
        item->set("mentions", mentions_json(p.mentions));
        percentages->add(item);
    }
    object->set("percentages", percentages);
    Array::Ptr dates = new Array;
    for (const auto& d : entities.dates) {
        Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        item->set("text", d.text);
        item->set("iso", d.iso);
        item->set("mentions", mentions_json(d.mentions));
        dates->add(item);
    }
    object->set("dates", dates);
    Array::Ptr places = new Array;
    for (const auto& p : entities.places) {
        Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        item->set("name", p.name);
        item->set("kind", p.kind);
        item->set("province", p.province);
        item->set("code", p.code);
        item->set("mentions", mentions_json(p.mentions));
        places->add(item);
    }
    object->set("places", places);
    return object;
}

Object::Ptr to_json(const model::Clause& clause) {
    Object::Ptr object = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    object->set("number", clause.number);
    object->set("heading", clause.heading);
    object->set("chapter", clause.chapter);
    Array::Ptr ayat = new Array;
    for (const auto& a : clause.ayat) {
        Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        item->set("number", a.number);
        item->set("text", a.text);
        ayat->add(item);
    }
    object->set("ayat", ayat);
    return object;
}

Object::Ptr to_json(const model::Document& d) {
    Object::Ptr object = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    object->set("id", d.id);
    object->set("type", std::string(model::to_string(d.type)));
    object->set("title", d.title);
    object->set("source", d.source);
    object->set("url", d.url);
    object->set("published", d.published);
    object->set("date", d.date);
    object->set("authors", string_array(d.authors));
    object->set("place", d.place);
    object->set("language", d.language);
    object->set("summary", d.summary);
    object->set("tags", string_array(d.tags));
    object->set("paragraphs", string_array(d.paragraphs));

    if (model::is_agreement(d.type)) {
        Array::Ptr numbers = new Array;
        for (const auto& n : d.numbers) {
            Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
            item->set("party", n.party);
            item->set("number", n.number);
            numbers->add(item);
        }
        object->set("numbers", numbers);

        Array::Ptr parties = new Array;
        for (const auto& p : d.parties) {
            Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
            item->set("role", p.role);
            item->set("institution", p.institution);
            item->set("represented_by", p.represented_by);
            item->set("position", p.position);
            parties->add(item);
        }
        object->set("parties", parties);

        Array::Ptr signatories = new Array;
        for (const auto& s : d.signatories) {
            Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
            item->set("name", s.name);
            item->set("position", s.position);
            item->set("institution", s.institution);
            item->set("party_role", s.party_role);
            signatories->add(item);
        }
        object->set("signatories", signatories);

        Object::Ptr validity = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        validity->set("start", d.validity.start);
        validity->set("end", d.validity.end);
        if (d.validity.months) {
            validity->set("months", *d.validity.months);
        } else {
            validity->set("months", Poco::Dynamic::Var());
        }
        validity->set("text", d.validity.text);
        object->set("validity", validity);

        Array::Ptr references = new Array;
        for (const auto& r : d.references) {
            Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
            item->set("relation", r.relation);
            item->set("id", r.id);
            item->set("title", r.title);
            references->add(item);
        }
        object->set("references", references);
        object->set("preamble", string_array(d.preamble));
        Array::Ptr clauses = new Array;
        for (const auto& c : d.clauses) clauses->add(to_json(c));
        object->set("clauses", clauses);
        object->set("closing", string_array(d.closing));
    }

    object->set("entities", to_json(d.entities));
    object->set("format", std::string(model::to_string(d.format)));
    object->set("source_path", d.source_path);
    object->set("content_hash", d.content_hash);
    return object;
}

std::string stringify(const Object::Ptr& object, const JsonWriteOptions& options) {
    std::ostringstream out;
    object->stringify(out, options.indent);
    return out.str();
}

std::string to_json_string(const model::Document& document, const JsonWriteOptions& options) {
    return stringify(to_json(document), options);
}

}  // namespace arsip::json
