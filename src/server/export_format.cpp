#include "server/export_format.h"

#include <Poco/JSON/Array.h>

#include "server/result_json.h"

namespace arsip::server {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::string joined(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& value : values) {
        if (!out.empty()) out.append("; ");
        out.append(value);
    }
    return out;
}

Object::Ptr entities_json(const index::SearchHit& hit, const model::Entities& entities) {
    Object::Ptr object = ordered_object();
    Array::Ptr officials = new Array;
    for (const auto& o : entities.officials) {
        Object::Ptr item = ordered_object();
        item->set("name", o.name);
        item->set("position", o.position);
        item->set("institution", o.institution);
        officials->add(item);
    }
    object->set("officials", officials);
    Array::Ptr institutions = new Array;
    for (const auto& i : entities.institutions) institutions->add(i.name);
    object->set("institutions", institutions);
    Array::Ptr places = new Array;
    for (const auto& p : entities.places) places->add(p.name);
    object->set("places", places);
    Array::Ptr amounts = new Array;
    for (const auto& a : entities.amounts) {
        Object::Ptr item = ordered_object();
        item->set("text", a.text);
        item->set("value", amount_json(a.value));
        item->set("currency", a.currency);
        amounts->add(item);
    }
    object->set("amounts", amounts);
    Array::Ptr dates = new Array;
    for (const auto& d : entities.dates) {
        Object::Ptr item = ordered_object();
        item->set("text", d.text);
        item->set("iso", d.iso);
        dates->add(item);
    }
    object->set("dates", dates);
    if (hit.entities.largest_amount) {
        object->set("largest_amount", amount_json(*hit.entities.largest_amount));
    }
    return object;
}

}  // namespace

const std::vector<std::string>& export_csv_header() {
    static const std::vector<std::string> header{"id",
                                                 "type",
                                                 "title",
                                                 "date",
                                                 "source",
                                                 "url",
                                                 "place",
                                                 "officials",
                                                 "institutions",
                                                 "places",
                                                 "largest_amount",
                                                 "clause_number",
                                                 "clause_heading"};
    return header;
}

std::vector<std::string> export_csv_fields(const index::SearchHit& hit,
                                           const model::Document& document) {
    std::string amount;
    if (hit.entities.largest_amount)
        amount = amount_json(*hit.entities.largest_amount).convert<std::string>();
    return {hit.id,
            std::string(model::to_string(hit.type)),
            hit.title,
            hit.date,
            hit.source,
            document.url,
            document.place,
            joined(hit.entities.officials),
            joined(hit.entities.institutions),
            joined(hit.entities.places),
            amount,
            hit.clause_number,
            hit.clause_heading};
}

Object::Ptr export_hit_json(const index::SearchHit& hit, const model::Document& document) {
    Object::Ptr object = hit_json(hit);
    // Exports read hits without snippets (index::Searcher::for_each_hit).
    if (hit.snippet.empty()) object->remove("snippet");
    object->set("url", document.url);
    object->set("place", document.place);
    object->set("entities", entities_json(hit, document.entities));
    return object;
}

}  // namespace arsip::server
