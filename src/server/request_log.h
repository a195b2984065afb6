// The server's log: one line per request (method, path, status, milliseconds) and the detail of
// every 500. Writes to a stream it is given (std::clog in arsip-server, a string stream in tests);
// lines from concurrent requests never interleave.
#pragma once

#include <mutex>
#include <ostream>
#include <string>
#include <string_view>

namespace arsip::server {

struct RequestLogEntry {
    std::string method;
    std::string target;  // path and query string as received
    int status = 0;
    double milliseconds = 0;
};

// "GET /api/search?q=kaltim 200 3.1 ms"
std::string format_request_line(const RequestLogEntry& entry);

class RequestLog {
public:
    explicit RequestLog(std::ostream& out) : out_(out) {}
    RequestLog(const RequestLog&) = delete;
    RequestLog& operator=(const RequestLog&) = delete;

    void request(const RequestLogEntry& entry);
    // An internal error while serving `target`: "error: GET /x: what".
    void error(std::string_view method, std::string_view target, std::string_view what);
    // A line of its own (startup, shutdown).
    void note(std::string_view line);

private:
    std::mutex mutex_;
    std::ostream& out_;
};

}  // namespace arsip::server
