#include "server/result_json.h"

#include <cmath>

#include "json/document_json.h"
#include "model/document_text.h"
#include "server/search_params.h"

namespace arsip::server {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Array::Ptr string_array(const std::vector<std::string>& values) {
    Array::Ptr array = new Array;
    for (const auto& value : values) array->add(value);
    return array;
}

Object::Ptr hit_entities_json(const index::HitEntities& entities) {
    Object::Ptr object = ordered_object();
    object->set("officials", string_array(entities.officials));
    object->set("institutions", string_array(entities.institutions));
    object->set("places", string_array(entities.places));
    if (entities.largest_amount)
        object->set("largest_amount", amount_json(*entities.largest_amount));
    return object;
}

}  // namespace

Object::Ptr ordered_object() {
    return new Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

Poco::Dynamic::Var amount_json(double value) {
    if (std::abs(value) < 9.0e15 && value == std::floor(value)) {
        return static_cast<Poco::Int64>(value);
    }
    return value;
}

double round_millis(double milliseconds) {
    return std::round(milliseconds * 10.0) / 10.0;
}

Object::Ptr hit_json(const index::SearchHit& hit) {
    Object::Ptr object = ordered_object();
    object->set("id", hit.id);
    object->set("type", std::string(model::to_string(hit.type)));
    object->set("title", hit.title);
    object->set("date", hit.date);
    object->set("source", hit.source);
    object->set("score", hit.score);
    object->set("snippet", hit.snippet);
    object->set("entities", hit_entities_json(hit.entities));
    if (!hit.parent_id.empty()) {
        object->set("parent_id", hit.parent_id);
        object->set("parent_title", hit.title);
        object->set("clause_number", hit.clause_number);
        object->set("clause_heading", hit.clause_heading);
    }
    return object;
}

Array::Ptr hits_json(const std::vector<index::SearchHit>& hits) {
    Array::Ptr array = new Array;
    for (const auto& hit : hits) array->add(hit_json(hit));
    return array;
}

Array::Ptr facet_values_json(const std::vector<index::FacetValue>& values) {
    Array::Ptr array = new Array;
    for (const auto& value : values) {
        Object::Ptr item = ordered_object();
        item->set("value", value.value);
        item->set("key", value.key);
        item->set("count", static_cast<Poco::UInt64>(value.count));
        item->set("selected", value.selected);
        array->add(item);
    }
    return array;
}

Object::Ptr facets_json(const std::vector<index::FacetCounts>& facets) {
    Object::Ptr object = ordered_object();
    for (const auto& facet : facets) object->set(facet.name, facet_values_json(facet.values));
    return object;
}

Object::Ptr search_json(const index::SearchRequest& request, const index::SearchResult& result,
                        double took_ms) {
    Object::Ptr object = ordered_object();
    object->set("query", request.query);
    object->set("total", static_cast<Poco::UInt64>(result.total));
    object->set("page", static_cast<Poco::UInt64>(request.offset / request.size + 1));
    object->set("size", static_cast<Poco::UInt64>(request.size));
    object->set("mode", std::string(mode_name(request.mode)));
    object->set("sort", std::string(sort_name(request.sort)));
    object->set("took_ms", round_millis(took_ms));
    object->set("suggestion", result.suggestion);
    object->set("hits", hits_json(result.hits));
    object->set("facets", facets_json(result.facets));
    return object;
}

Object::Ptr document_json(const model::Document& document) {
    Object::Ptr object = json::to_json(document);
    // Where the indexer read the file is a path on its machine: not for the network.
    object->remove("source_path");
    object->set("text", model::document_text(document));
    return object;
}

}  // namespace arsip::server
