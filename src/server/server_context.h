// What the request handlers share, owned by HttpServer and handed to each handler it makes.
#pragma once

#include <filesystem>

#include "server/request_log.h"
#include "server/searcher_pool.h"

namespace arsip::server {

struct ServerContext {
    SearcherPool& searchers;
    RequestLog& log;
    std::filesystem::path web_root;  // empty: no static files
};

}  // namespace arsip::server
