// GET /health: {"status": "ok", "revision", "documents", "clauses"}; 503 when the index cannot
// be opened.
#pragma once

#include "server/api_handler.h"
#include "server/server_context.h"

namespace arsip::server {

class HealthHandler : public ApiHandler {
public:
    HealthHandler(ServerContext& context, QueryParameters query)
        : ApiHandler(context.log), context_(context), query_(std::move(query)) {}

protected:
    void serve(Poco::Net::HTTPServerRequest& request,
               Poco::Net::HTTPServerResponse& response) override;

private:
    ServerContext& context_;
    QueryParameters query_;
};

}  // namespace arsip::server
