#include "server/search_handler.h"

#include <chrono>

#include "server/json_response.h"
#include "server/result_json.h"
#include "server/search_params.h"

namespace arsip::server {

void SearchHandler::serve(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response) {
    const auto start = std::chrono::steady_clock::now();
    const index::SearchRequest search = parse_search_request(query_);
    const index::SearchResult result = context_.searchers.with_searcher(
        [&](index::Searcher& searcher) { return searcher.search(search); });
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    send_json(response, search_json(search, result, took.count()));
}

}  // namespace arsip::server
