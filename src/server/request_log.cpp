#include "server/request_log.h"

#include <cstdio>

namespace arsip::server {

std::string format_request_line(const RequestLogEntry& entry) {
    char millis[32];
    std::snprintf(millis, sizeof millis, "%.1f", entry.milliseconds);
    std::string line;
    line.reserve(entry.method.size() + entry.target.size() + 32);
    line.append(entry.method).append(" ").append(entry.target).append(" ");
    line.append(std::to_string(entry.status)).append(" ").append(millis).append(" ms");
    return line;
}

void RequestLog::request(const RequestLogEntry& entry) {
    const std::string line = format_request_line(entry);
    std::lock_guard lock(mutex_);
    out_ << line << '\n' << std::flush;
}

void RequestLog::error(std::string_view method, std::string_view target, std::string_view what) {
    std::lock_guard lock(mutex_);
    out_ << "error: " << method << ' ' << target << ": " << what << '\n' << std::flush;
}

void RequestLog::note(std::string_view line) {
    std::lock_guard lock(mutex_);
    out_ << line << '\n' << std::flush;
}

}  // namespace arsip::server
