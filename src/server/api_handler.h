// The base of every request handler: times the request, turns an exception into the JSON error
// response (error_response.h; a 503 or 500 is logged with its cause), and logs the request line.
// A subclass only implements serve().
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "server/request_log.h"
#include "server/request_target.h"

namespace arsip::server {

class ApiHandler : public Poco::Net::HTTPRequestHandler {
public:
    explicit ApiHandler(RequestLog& log) : log_(log) {}

    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) final;

protected:
    // Sends the response or throws; nothing sent yet when it throws means an error response.
    virtual void serve(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) = 0;

    RequestLog& log() { return log_; }

private:
    RequestLog& log_;
};

// Answers every request with one error (unknown route, method, request too large, bad target).
class ErrorHandler : public ApiHandler {
public:
    ErrorHandler(RequestLog& log, std::exception_ptr error)
        : ApiHandler(log), error_(std::move(error)) {}

protected:
    void serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override {
        std::rethrow_exception(error_);
    }

private:
    std::exception_ptr error_;
};

}  // namespace arsip::server
