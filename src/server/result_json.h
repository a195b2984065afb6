// Search results, hits, facets, documents and index statistics as Poco::JSON objects, in the
// shapes of docs/api.md. Documents reuse json/document_json.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

#include "index/searcher.h"
#include "model/document.h"

namespace arsip::server {

// {id, type, title, date, source, score, snippet, entities: {officials, institutions, places,
//  largest_amount?}} and, for a clause hit, parent_id, parent_title, clause_number,
//  clause_heading.
Poco::JSON::Object::Ptr hit_json(const index::SearchHit& hit);
Poco::JSON::Array::Ptr hits_json(const std::vector<index::SearchHit>& hits);

// [{value, key, count, selected}, ...]
Poco::JSON::Array::Ptr facet_values_json(const std::vector<index::FacetValue>& values);
// {"type": [...], "year": [...], ...} in the result's order.
Poco::JSON::Object::Ptr facets_json(const std::vector<index::FacetCounts>& facets);

// The body of GET /api/search.
Poco::JSON::Object::Ptr search_json(const index::SearchRequest& request,
                                    const index::SearchResult& result, double took_ms);

// The body of GET /api/documents/{id}: json::to_json without "source_path" (a path on the
// indexer's machine), plus "text", the text the entity offsets point into (document_text).
Poco::JSON::Object::Ptr document_json(const model::Document& document);

// An empty JSON object that keeps its keys in insertion order (the order docs/api.md shows).
Poco::JSON::Object::Ptr ordered_object();

// A rupiah amount as a whole number when it is one.
Poco::Dynamic::Var amount_json(double value);

// Milliseconds rounded to a tenth.
double round_millis(double milliseconds);

}  // namespace arsip::server
