// The rows of GET /api/export: a hit with its stored document (for a clause hit, the parent) as
// CSV fields or as a JSON object (docs/api.md).
#pragma once

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

#include "index/searcher.h"
#include "model/document.h"

namespace arsip::server {

// id, type, title, date, source, url, place, officials, institutions, places, largest_amount,
// clause_number, clause_heading
const std::vector<std::string>& export_csv_header();

// One row in the header's order; multi-valued cells are joined by "; ".
std::vector<std::string> export_csv_fields(const index::SearchHit& hit,
                                           const model::Document& document);

// The hit's fields (result_json.h hit_json; no snippet when it has none) plus url and place, with
// "entities" holding the document's officials [{name, position, institution}], institutions,
// places, amounts
// [{text, value, currency}], dates [{text, iso}] and largest_amount.
Poco::JSON::Object::Ptr export_hit_json(const index::SearchHit& hit,
                                        const model::Document& document);

}  // namespace arsip::server
