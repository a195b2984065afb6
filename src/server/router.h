// The request handler factory: the route table (route() in router.cpp) picks one handler per
// request. Every request gets a JSON answer from us, never Poco's default: an unknown /api/
// route is 404, a method other than GET or HEAD 405, a request target over the limit 413.
#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <cstddef>

#include "server/server_context.h"

namespace arsip::server {

class Router : public Poco::Net::HTTPRequestHandlerFactory {
public:
    Router(ServerContext& context, std::size_t max_uri_bytes)
        : context_(context), max_uri_bytes_(max_uri_bytes) {}

    Poco::Net::HTTPRequestHandler* createRequestHandler(
        const Poco::Net::HTTPServerRequest& request) override;

private:
    ServerContext& context_;
    std::size_t max_uri_bytes_;
};

}  // namespace arsip::server
