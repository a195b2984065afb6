// Sending a Poco::JSON object as an HTTP response body (UTF-8, Content-Length set).
#pragma once

#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPServerResponse.h>

namespace arsip::server {

inline constexpr const char* kJsonContentType = "application/json; charset=utf-8";

void send_json(Poco::Net::HTTPServerResponse& response, const Poco::JSON::Object::Ptr& object,
               int status = 200);

}  // namespace arsip::server
