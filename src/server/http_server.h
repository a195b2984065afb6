// The HTTP server: a listening socket, a pool of worker threads, the router and the searchers.
// Usable in process (tests start it on port 0 and ask port()) and by arsip-server.
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>

#include "server/server_options.h"
#include "text/analysis.h"

namespace arsip::server {

class HttpServer {
public:
    // Binds the socket (throws Poco::Net::NetException when the port is taken); serves nothing
    // until start(). The index is opened by the first request that needs it. Request lines and
    // internal errors are written to `log`, which must outlive the server.
    HttpServer(const ServerOptions& options, const text::Analysis& analysis, std::ostream& log);
    ~HttpServer();  // stops
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    void start();
    // Stops accepting, lets running requests finish, closes the connections. Idempotent.
    void stop();

    // The port it listens on (the chosen one when options.port was 0).
    std::uint16_t port() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace arsip::server
