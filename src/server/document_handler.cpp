#include "server/document_handler.h"

#include "model/errors.h"
#include "server/json_response.h"
#include "server/result_json.h"
#include "server/search_params.h"

namespace arsip::server {

std::string document_id_of(const std::string& id) {
    // A clause id is its parent's id + "#pasal-" + number (index/searcher.h, SearchHit::id).
    const std::size_t clause = id.rfind("#pasal-");
    return clause == std::string::npos || clause == 0 ? id : id.substr(0, clause);
}

void DocumentHandler::serve(Poco::Net::HTTPServerRequest&,
                            Poco::Net::HTTPServerResponse& response) {
    check_parameter_names(query_, {});
    const std::string id = document_id_of(id_);
    const auto document = context_.searchers.with_searcher(
        [&](index::Searcher& searcher) { return searcher.document(id); });
    if (!document) throw NotFoundError("id: no document '" + id + "'");
    send_json(response, document_json(*document));
}

void SimilarHandler::serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response) {
    check_parameter_names(query_, {"size"});
    const std::size_t size = size_parameter(query_, "size", 1, kMaxSimilar, 5);
    const std::string id = document_id_of(id_);
    const auto hits = context_.searchers.with_searcher(
        [&](index::Searcher& searcher) { return searcher.similar(id, size); });
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    body->set("id", id);
    body->set("hits", hits_json(hits));
    send_json(response, body);
}

}  // namespace arsip::server
