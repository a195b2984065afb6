#include "server/api_handler.h"

#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/StreamSocket.h>

#include <chrono>

#include "server/error_response.h"

namespace arsip::server {
namespace {

// Request targets can be up to 16 KB; the log keeps their start.
constexpr std::size_t kMaxLoggedTarget = 512;

std::string logged_target(const std::string& target) {
    if (target.size() <= kMaxLoggedTarget) return target;
    return target.substr(0, kMaxLoggedTarget) + "…(" + std::to_string(target.size()) + " bytes)";
}

// A response broken off after its head was sent (an export failing half-way): the client must not
// take the part it got for the whole, so the connection is closed without the last chunk.
void abort_connection(Poco::Net::HTTPServerRequest& request,
                      Poco::Net::HTTPServerResponse& response) {
    response.setKeepAlive(false);
    auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&request);
    if (impl == nullptr) return;
    // Detached, the socket closes when `socket` goes; later writes of the response fail quietly
    // on the session's now empty socket instead of finishing the chunked body.
    Poco::Net::StreamSocket socket = impl->detachSocket();
    socket.close();
}

}  // namespace

void ApiHandler::handleRequest(Poco::Net::HTTPServerRequest& request,
                               Poco::Net::HTTPServerResponse& response) {
    const auto start = std::chrono::steady_clock::now();
    try {
        serve(request, response);
    } catch (...) {
        const ErrorReply reply = error_reply(std::current_exception());
        if (reply.log_cause)
            log_.error(request.getMethod(), logged_target(request.getURI()), reply.cause);
        try {
            if (response.sent()) {
                abort_connection(request, response);
            } else {
                send_error(response, reply);
            }
        } catch (...) {
            // The client is gone; nothing more to tell it.
        }
    }
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    log_.request({request.getMethod(), logged_target(request.getURI()),
                  static_cast<int>(response.getStatus()), took.count()});
}

}  // namespace arsip::server
