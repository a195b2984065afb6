// The one place where errors become HTTP responses: arsip's typed errors (model/errors.h) and
// the server's own HttpError map to a status and a JSON body {"error": reason, "detail": what}.
//   HttpError -> its status (404 route, 405 method, 413 size) | QueryError -> 400 |
//   NotFoundError -> 404 | IndexError -> 503 | anything else -> 500. The cause of a 503 or a
//   500 (which may name files of the server) goes to the log, not to the client.
#pragma once

#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <exception>
#include <string>

#include "model/errors.h"

namespace arsip::server {

// A failure the server finds itself (no such route, method not allowed, request too large).
class HttpError : public Error {
public:
    HttpError(int status, const std::string& detail) : Error(detail), status_(status) {}
    int status() const noexcept { return status_; }

private:
    int status_;
};

struct ErrorReply {
    int status = 500;
    std::string error;  // short reason: "bad request", "not found", "index unavailable", ...
    // What was wrong, naming the parameter; for 503 and 500 without the server's internals.
    std::string detail;
    bool log_cause = false;  // 503 and 500: the caller logs `cause`
    std::string cause;       // what() of the exception
};

// The reply for an exception (the one in flight when `error` is std::current_exception()).
ErrorReply error_reply(const std::exception_ptr& error);

// "bad request" for 400, "not found" for 404, ...
std::string reason_for(int status);

Poco::JSON::Object::Ptr error_json(const ErrorReply& reply);

// Sends `reply` as a JSON response (with "Allow: GET, HEAD" on a 405). The response must not
// have been sent yet.
void send_error(Poco::Net::HTTPServerResponse& response, const ErrorReply& reply);

}  // namespace arsip::server
