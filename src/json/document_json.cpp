#include "json/document_json.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

#include "model/errors.h"

namespace arsip::json {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Array::Ptr string_array(const std::vector<std::string>& values) {
    Array::Ptr array = new Array;
    for (const auto& value : values) array->add(value);
    return array;
}

std::vector<std::string> strings_of(const Object::Ptr& object, const std::string& key) {
    std::vector<std::string> out;
    if (!object->has(key)) return out;
    Array::Ptr array = object->getArray(key);
    if (!array) return out;
    for (std::size_t i = 0; i < array->size(); ++i) out.push_back(array->getElement<std::string>(i));
    return out;
}

std::string string_of(const Object::Ptr& object, const std::string& key) {
    return object->has(key) ? object->getValue<std::string>(key) : std::string();
}

// Calls `each` with every object element of object[key].
template <typename F>
void for_each_object(const Object::Ptr& object, const std::string& key, F each) {
    if (!object->has(key)) return;
    Array::Ptr array = object->getArray(key);
    if (!array) return;
    for (std::size_t i = 0; i < array->size(); ++i) {
        Object::Ptr element = array->getObject(i);
        if (element) each(element);
    }
}

model::Clause clause_from_json(const Object::Ptr& object) {
    model::Clause clause;
    clause.number = string_of(object, "number");
    clause.heading = string_of(object, "heading");
    clause.chapter = string_of(object, "chapter");
    for_each_object(object, "ayat", [&](const Object::Ptr& a) {
        clause.ayat.push_back({string_of(a, "number"), string_of(a, "text")});
    });
    return clause;
}

model::SourceFormat format_from_name(const std::string& name) {
    for (auto format : {model::SourceFormat::ArticleXml, model::SourceFormat::AgreementXml,
                        model::SourceFormat::Pdf2Xml, model::SourceFormat::Pdf,
                        model::SourceFormat::Text}) {
        if (model::to_string(format) == name) return format;
    }
    throw Error("stored document has an unknown format: " + name);
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

std::vector<model::Mention> mentions_of(const Object::Ptr& object) {
    std::vector<model::Mention> out;
    if (!object->has("mentions")) return out;
    Array::Ptr array = object->getArray("mentions");
    for (std::size_t i = 0; array && i < array->size(); ++i) {
        Array::Ptr pair = array->getArray(i);
        if (pair && pair->size() == 2) {
            out.push_back({pair->getElement<std::size_t>(0), pair->getElement<std::size_t>(1)});
        }
    }
    return out;
}

double number_of(const Object::Ptr& object, const std::string& key) {
    return object->has(key) && !object->isNull(key) ? object->getValue<double>(key) : 0.0;
}

// Amounts in rupiah are whole numbers: written as integers, not 6.66e+11.
Poco::Dynamic::Var amount_value(double value) {
    if (value >= -9.0e15 && value <= 9.0e15 && value == static_cast<double>(static_cast<Poco::Int64>(value))) {
        return static_cast<Poco::Int64>(value);
    }
    return value;
}

model::Entities entities_from_json(const Object::Ptr& e) {
    model::Entities entities;
    for_each_object(e, "officials", [&](const Object::Ptr& o) {
        entities.officials.push_back({string_of(o, "name"), string_of(o, "position"), string_of(o, "institution"),
                                      strings_of(o, "nicknames"), mentions_of(o)});
    });
    for_each_object(e, "institutions", [&](const Object::Ptr& o) {
        entities.institutions.push_back(
            {string_of(o, "name"), strings_of(o, "aliases"), string_of(o, "kind"), mentions_of(o)});
    });
    for_each_object(e, "amounts", [&](const Object::Ptr& o) {
        entities.amounts.push_back({string_of(o, "text"), number_of(o, "value"), string_of(o, "currency"), mentions_of(o)});
    });
    for_each_object(e, "percentages", [&](const Object::Ptr& o) {
        entities.percentages.push_back({string_of(o, "text"), number_of(o, "value"), mentions_of(o)});
    });
    for_each_object(e, "dates", [&](const Object::Ptr& o) {
        entities.dates.push_back({string_of(o, "text"), string_of(o, "iso"), mentions_of(o)});
    });
    for_each_object(e, "places", [&](const Object::Ptr& o) {
        entities.places.push_back({string_of(o, "name"), string_of(o, "kind"), string_of(o, "province"),
                                   string_of(o, "code"), mentions_of(o)});
    });
    return entities;
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

model::Document document_from_json(const std::string& text) {
    Object::Ptr o;
    try {
        Poco::JSON::Parser parser;
        o = parser.parse(text).extract<Object::Ptr>();
    } catch (const Poco::Exception& e) {
        throw Error("stored document is not valid JSON: " + e.displayText());
    }
    if (!o) throw Error("stored document is not a JSON object");

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

    for_each_object(o, "numbers", [&](const Object::Ptr& n) {
        d.numbers.push_back({string_of(n, "party"), string_of(n, "number")});
    });
    for_each_object(o, "parties", [&](const Object::Ptr& p) {
        d.parties.push_back({string_of(p, "role"), string_of(p, "institution"),
                             string_of(p, "represented_by"), string_of(p, "position")});
    });
    for_each_object(o, "signatories", [&](const Object::Ptr& s) {
        d.signatories.push_back({string_of(s, "name"), string_of(s, "position"),
                                 string_of(s, "institution"), string_of(s, "party_role")});
    });
    if (o->has("validity")) {
        Object::Ptr v = o->getObject("validity");
        if (v) {
            d.validity.start = string_of(v, "start");
            d.validity.end = string_of(v, "end");
            if (v->has("months") && !v->isNull("months")) d.validity.months = v->getValue<int>("months");
            d.validity.text = string_of(v, "text");
        }
    }
    for_each_object(o, "references", [&](const Object::Ptr& r) {
        d.references.push_back({string_of(r, "relation"), string_of(r, "id"), string_of(r, "title")});
    });
    d.preamble = strings_of(o, "preamble");
    for_each_object(o, "clauses", [&](const Object::Ptr& c) { d.clauses.push_back(clause_from_json(c)); });
    d.closing = strings_of(o, "closing");
    if (o->has("entities")) {
        Object::Ptr e = o->getObject("entities");
        if (e) d.entities = entities_from_json(e);
    }
    d.format = format_from_name(string_of(o, "format"));
    d.source_path = string_of(o, "source_path");
    d.content_hash = string_of(o, "content_hash");
    return d;
}

}  // namespace arsip::json
