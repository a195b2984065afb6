#include "server/json_response.h"

#include "json/document_json.h"

namespace arsip::server {

void send_json(Poco::Net::HTTPServerResponse& response, const Poco::JSON::Object::Ptr& object,
               int status) {
    const std::string body = json::stringify(object);
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    response.setContentType(kJsonContentType);
    response.set("Cache-Control", "no-store");
    response.sendBuffer(body.data(), body.size());
}

}  // namespace arsip::server
