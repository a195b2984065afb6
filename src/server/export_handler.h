// GET /api/export?<search parameters>&format=csv|json: every hit of a search (no paging),
// streamed with chunked transfer encoding as it is read from the index.
#pragma once

#include "server/api_handler.h"
#include "server/server_context.h"

namespace arsip::server {

class ExportHandler : public ApiHandler {
public:
    ExportHandler(ServerContext& context, QueryParameters query)
        : ApiHandler(context.log), context_(context), query_(std::move(query)) {}

protected:
    void serve(Poco::Net::HTTPServerRequest& request,
               Poco::Net::HTTPServerResponse& response) override;

private:
    ServerContext& context_;
    QueryParameters query_;
};

}  // namespace arsip::server
