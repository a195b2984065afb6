#include "server/router.h"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPServerRequest.h>

#include "server/document_handler.h"
#include "server/error_response.h"
#include "server/export_handler.h"
#include "server/facets_handler.h"
#include "server/health_handler.h"
#include "server/search_handler.h"
#include "server/static_file_handler.h"

namespace arsip::server {
namespace {

using Segments = std::vector<std::string>;

bool is(const Segments& s, std::initializer_list<std::string_view> path) {
    return s.size() == path.size() && std::equal(path.begin(), path.end(), s.begin());
}

// The route table: every path the server answers, in one place.
Poco::Net::HTTPRequestHandler* route(ServerContext& context, RequestTarget target) {
    Segments& s = target.segments;
    QueryParameters& q = target.query;
    if (is(s, {"health"})) return new HealthHandler(context, std::move(q));
    if (!s.empty() && s[0] == "api") {
        if (is(s, {"api", "search"})) return new SearchHandler(context, std::move(q));
        if (is(s, {"api", "export"})) return new ExportHandler(context, std::move(q));
        if (s.size() == 3 && s[1] == "documents" && !s[2].empty()) {
            return new DocumentHandler(context, s[2], std::move(q));
        }
        if (s.size() == 4 && s[1] == "documents" && !s[2].empty() && s[3] == "similar") {
            return new SimilarHandler(context, s[2], std::move(q));
        }
        if (s.size() == 3 && s[1] == "facets" && !s[2].empty()) {
            return new FacetsHandler(context, s[2], std::move(q));
        }
        throw HttpError(404, "path: no such route '" + target.raw.substr(0, target.raw.find('?')) +
                                 "' (see docs/api.md)");
    }
    return new StaticFileHandler(context, std::move(s));
}

}  // namespace

Poco::Net::HTTPRequestHandler* Router::createRequestHandler(
    const Poco::Net::HTTPServerRequest& request) {
    try {
        const std::string& method = request.getMethod();
        if (method != Poco::Net::HTTPRequest::HTTP_GET &&
            method != Poco::Net::HTTPRequest::HTTP_HEAD) {
            throw HttpError(405, "method: " + method + " is not allowed; use GET or HEAD");
        }
        if (request.getURI().size() > max_uri_bytes_) {
            throw HttpError(413, "uri: the request target has " +
                                     std::to_string(request.getURI().size()) + " bytes; at most " +
                                     std::to_string(max_uri_bytes_));
        }
        return route(context_, parse_request_target(request.getURI()));
    } catch (...) {
        return new ErrorHandler(context_.log, std::current_exception());
    }
}

}  // namespace arsip::server
