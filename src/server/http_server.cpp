#include "server/http_server.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>

#include <algorithm>

#include "server/request_log.h"
#include "server/router.h"
#include "server/searcher_pool.h"
#include "server/server_context.h"

namespace arsip::server {

struct HttpServer::Impl {
    Impl(const ServerOptions& options, const text::Analysis& analysis, std::ostream& out)
        : log(out),
          searchers(options.db, analysis),
          context{searchers, log, options.web},
          threads(static_cast<int>(std::max(1u, options.threads)),
                  static_cast<int>(std::max(1u, options.threads))),
          socket(listen_on(options)),
          server(new Router(context, options.max_uri_bytes), threads, socket,
                 make_params(options)) {}

    // SO_REUSEADDR (a restart need not wait for old connections in TIME_WAIT) but not
    // SO_REUSEPORT, which Poco's ServerSocket(address) sets too: a second server on a port in
    // use must fail, not share the port with the first.
    static Poco::Net::ServerSocket listen_on(const ServerOptions& options) {
        Poco::Net::ServerSocket socket;
        socket.bind(Poco::Net::SocketAddress(options.host, options.port), true, false);
        socket.listen(64);
        return socket;
    }

    static Poco::Net::HTTPServerParams::Ptr make_params(const ServerOptions& options) {
        Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(static_cast<int>(std::max(1u, options.threads)));
        params->setMaxQueued(options.max_queued);
        params->setTimeout(Poco::Timespan(options.timeout_seconds, 0));
        params->setKeepAlive(true);
        params->setKeepAliveTimeout(Poco::Timespan(options.keep_alive_seconds, 0));
        params->setMaxKeepAliveRequests(100);
        params->setServerName("arsip-server");
        params->setSoftwareVersion("arsip-server/0.1.0");
        return params;
    }

    RequestLog log;
    SearcherPool searchers;
    ServerContext context;
    Poco::ThreadPool threads;
    Poco::Net::ServerSocket socket;
    Poco::Net::HTTPServer server;
    bool stopped = false;
};

HttpServer::HttpServer(const ServerOptions& options, const text::Analysis& analysis,
                       std::ostream& log)
    : impl_(std::make_unique<Impl>(options, analysis, log)) {}

HttpServer::~HttpServer() {
    stop();
}

void HttpServer::start() {
    impl_->server.start();
}

void HttpServer::stop() {
    if (impl_->stopped) return;
    impl_->stopped = true;
    // Running requests finish; idle keep-alive connections are closed.
    impl_->server.stopAll(false);
    impl_->threads.joinAll();
}

std::uint16_t HttpServer::port() const {
    return impl_->socket.address().port();
}

}  // namespace arsip::server
