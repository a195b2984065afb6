// What arsip-server (and an in-process test server) is started with. Plain struct.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace arsip::server {

struct ServerOptions {
    std::filesystem::path db;      // the Xapian index folder (may not exist yet: 503 until it does)
    std::filesystem::path web;     // folder of the page's static files; empty: no static files
    std::string host = "0.0.0.0";  // address to listen on ("127.0.0.1": this machine only)
    std::uint16_t port = 8080;     // 0: an ephemeral port (HttpServer::port() tells which)
    // Worker threads, each with its own index::Searcher while it serves a request. A keep-alive
    // connection holds its worker until it closes or idles keep_alive_seconds.
    unsigned threads = 8;
    // Longest request target (path + query string) answered; longer gets 413. Poco itself
    // refuses request targets over 16 KB (HTTPRequest::MAX_URI_LENGTH) before we see them.
    std::size_t max_uri_bytes = 8 * 1024;
    // Connections waiting for a free worker before new ones are refused.
    int max_queued = 64;
    // Seconds a request may take to arrive, and an idle keep-alive connection may hold a worker.
    int timeout_seconds = 30;
    int keep_alive_seconds = 5;
};

}  // namespace arsip::server
