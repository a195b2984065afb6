#include "server/facets_handler.h"

#include "index/schema.h"
#include "model/errors.h"
#include "server/json_response.h"
#include "server/result_json.h"
#include "server/search_params.h"

namespace arsip::server {

void FacetsHandler::serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response) {
    if (index::schema::find_facet(facet_) == nullptr) {
        std::string names;
        for (const auto& f : index::schema::kFacets)
            names.append(names.empty() ? "" : ", ").append(f.name);
        throw NotFoundError("facet: no facet '" + facet_ + "' (" + names + ")");
    }
    index::FacetValuesRequest request;
    request.facet = facet_;
    request.scope = parse_search_request(query_, {"prefix", "limit"});
    request.prefix = single_parameter(query_, "prefix").value_or("");
    request.limit = size_parameter(query_, "limit", 1, kMaxFacetValuesLimit, 20);
    const index::FacetCounts counts = context_.searchers.with_searcher(
        [&](index::Searcher& searcher) { return searcher.facet_values(request); });
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    body->set("facet", facet_);
    body->set("prefix", request.prefix);
    body->set("values", facet_values_json(counts.values));
    send_json(response, body);
}

}  // namespace arsip::server
