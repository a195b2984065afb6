#include "server/error_response.h"

#include <Poco/Exception.h>

#include "server/json_response.h"

namespace arsip::server {

std::string reason_for(int status) {
    switch (status) {
        case 400:
            return "bad request";
        case 404:
            return "not found";
        case 405:
            return "method not allowed";
        case 413:
            return "request too large";
        case 503:
            return "index unavailable";
        default:
            return status >= 500 ? "internal error" : "error";
    }
}

namespace {

ErrorReply reply(int status, std::string detail) {
    ErrorReply out;
    out.status = status;
    out.error = reason_for(status);
    out.detail = std::move(detail);
    return out;
}

ErrorReply internal(std::string cause) {
    ErrorReply out = reply(500, "an unexpected error; the server log has the details");
    out.log_cause = true;
    out.cause = std::move(cause);
    return out;
}

ErrorReply unavailable(std::string cause) {
    ErrorReply out = reply(503,
                           "the index cannot be opened (not built yet, or being replaced); the "
                           "server log has the cause");
    out.log_cause = true;
    out.cause = std::move(cause);
    return out;
}

}  // namespace

ErrorReply error_reply(const std::exception_ptr& error) {
    try {
        if (error) std::rethrow_exception(error);
        return internal("no exception");
    } catch (const HttpError& e) {
        return e.status() >= 500 ? internal(e.what()) : reply(e.status(), e.what());
    } catch (const QueryError& e) {
        return reply(400, e.what());
    } catch (const NotFoundError& e) {
        return reply(404, e.what());
    } catch (const IndexError& e) {
        return unavailable(e.what());
    } catch (const Poco::Exception& e) {
        return internal(e.displayText());
    } catch (const std::exception& e) {
        return internal(e.what());
    } catch (...) {
        return internal("unknown exception");
    }
}

Poco::JSON::Object::Ptr error_json(const ErrorReply& reply) {
    Poco::JSON::Object::Ptr object = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    object->set("error", reply.error);
    object->set("detail", reply.detail);
    return object;
}

void send_error(Poco::Net::HTTPServerResponse& response, const ErrorReply& reply) {
    if (reply.status == 405) response.set("Allow", "GET, HEAD");
    // The request's body (if any) is left unread: the connection cannot carry another request.
    if (reply.status == 405 || reply.status == 413) response.setKeepAlive(false);
    send_json(response, error_json(reply), reply.status);
}

}  // namespace arsip::server
