#include "server/health_handler.h"

#include "server/json_response.h"
#include "server/search_params.h"

namespace arsip::server {

void HealthHandler::serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response) {
    check_parameter_names(query_, {});
    const index::IndexStats stats = context_.searchers.with_searcher(
        [](index::Searcher& searcher) { return searcher.stats(); });
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    body->set("status", "ok");
    body->set("revision", static_cast<Poco::UInt64>(stats.revision));
    body->set("documents", static_cast<Poco::UInt64>(stats.documents));
    body->set("clauses", static_cast<Poco::UInt64>(stats.clauses));
    send_json(response, body);
}

}  // namespace arsip::server
