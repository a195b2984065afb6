// GET /api/search: ranked hits, exact multi-select facet counts, a spelling suggestion.
#pragma once

#include "server/api_handler.h"
#include "server/server_context.h"

namespace arsip::server {

class SearchHandler : public ApiHandler {
public:
    SearchHandler(ServerContext& context, QueryParameters query)
        : ApiHandler(context.log), context_(context), query_(std::move(query)) {}

protected:
    void serve(Poco::Net::HTTPServerRequest& request,
               Poco::Net::HTTPServerResponse& response) override;

private:
    ServerContext& context_;
    QueryParameters query_;
};

}  // namespace arsip::server
