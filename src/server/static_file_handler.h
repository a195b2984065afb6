// GET /<path>: a file of the web folder (static_files.h decides which, or refuses).
#pragma once

#include <string>
#include <vector>

#include "server/api_handler.h"
#include "server/server_context.h"

namespace arsip::server {

class StaticFileHandler : public ApiHandler {
public:
    StaticFileHandler(ServerContext& context, std::vector<std::string> segments)
        : ApiHandler(context.log), context_(context), segments_(std::move(segments)) {}

protected:
    void serve(Poco::Net::HTTPServerRequest& request,
               Poco::Net::HTTPServerResponse& response) override;

private:
    ServerContext& context_;
    std::vector<std::string> segments_;
};

}  // namespace arsip::server
