// GET /api/facets/{facet}?prefix=...&limit=N (+ search parameters): values of one facet that
// start with a prefix, counted over a search's matches, for typeahead.
#pragma once

#include <string>

#include "server/api_handler.h"
#include "server/server_context.h"

namespace arsip::server {

inline constexpr std::size_t kMaxFacetValuesLimit = 100;

class FacetsHandler : public ApiHandler {
public:
    FacetsHandler(ServerContext& context, std::string facet, QueryParameters query)
        : ApiHandler(context.log),
          context_(context),
          facet_(std::move(facet)),
          query_(std::move(query)) {}

protected:
    void serve(Poco::Net::HTTPServerRequest& request,
               Poco::Net::HTTPServerResponse& response) override;

private:
    ServerContext& context_;
    std::string facet_;
    QueryParameters query_;
};

}  // namespace arsip::server
