// GET /api/documents/{id}: the whole stored document; a clause id ("<parent>#pasal-<n>") gives
// its parent. GET /api/documents/{id}/similar?size=N: documents most like it.
#pragma once

#include <string>

#include "server/api_handler.h"
#include "server/server_context.h"

namespace arsip::server {

inline constexpr std::size_t kMaxSimilar = 50;

// The document id a document or clause id names: "mou-1#pasal-5" -> "mou-1".
std::string document_id_of(const std::string& id);

class DocumentHandler : public ApiHandler {
public:
    DocumentHandler(ServerContext& context, std::string id, QueryParameters query)
        : ApiHandler(context.log),
          context_(context),
          id_(std::move(id)),
          query_(std::move(query)) {}

protected:
    void serve(Poco::Net::HTTPServerRequest& request,
               Poco::Net::HTTPServerResponse& response) override;

private:
    ServerContext& context_;
    std::string id_;
    QueryParameters query_;
};

class SimilarHandler : public ApiHandler {
public:
    SimilarHandler(ServerContext& context, std::string id, QueryParameters query)
        : ApiHandler(context.log),
          context_(context),
          id_(std::move(id)),
          query_(std::move(query)) {}

protected:
    void serve(Poco::Net::HTTPServerRequest& request,
               Poco::Net::HTTPServerResponse& response) override;

private:
    ServerContext& context_;
    std::string id_;
    QueryParameters query_;
};

}  // namespace arsip::server
