#include "readers/pdf_converter.h"

#include <Poco/Exception.h>
#include <Poco/Pipe.h>
#include <Poco/Process.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include "model/errors.h"

namespace arsip::readers {
namespace {

std::string find_program(const std::string& program) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (program.find('/') != std::string::npos) {
        return fs::is_regular_file(program, ec) ? program : std::string();
    }
    const char* path = std::getenv("PATH");
    std::string dirs = path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin";
    std::size_t pos = 0;
    while (pos <= dirs.size()) {
        std::size_t end = dirs.find(':', pos);
        if (end == std::string::npos) end = dirs.size();
        std::string dir = dirs.substr(pos, end - pos);
        pos = end + 1;
        if (dir.empty()) continue;
        fs::path candidate = fs::path(dir) / program;
        if (fs::is_regular_file(candidate, ec)) return candidate.string();
    }
    return {};
}

// Reads a pipe to its end into `out`, keeping at most `limit` bytes; sets `overflow` when there
// was more. Polls so that it also stops when told to: a grandchild of the converter may keep
// the pipe open after the converter itself has gone.
void drain(Poco::Pipe& pipe, std::string& out, std::size_t limit, std::atomic<bool>& overflow,
           const std::atomic<bool>& stop) {
    std::vector<char> buffer(64 * 1024);
    pollfd fd{pipe.readHandle(), POLLIN, 0};
    while (true) {
        int ready = ::poll(&fd, 1, 50);
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0) break;
        if (ready == 0) {
            if (stop) break;
            continue;
        }
        ssize_t n = ::read(fd.fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        std::size_t room = limit > out.size() ? limit - out.size() : 0;
        std::size_t take = std::min(room, static_cast<std::size_t>(n));
        out.append(buffer.data(), take);
        if (take < static_cast<std::size_t>(n)) overflow = true;
        if (stop) break;
    }
}

std::string first_line(const std::string& text) {
    std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) return {};
    std::size_t end = text.find_first_of("\r\n", start);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// True when the XML holds at least one <text> element with non-blank content.
bool has_text(const std::string& xml) {
    std::size_t pos = 0;
    while ((pos = xml.find("<text ", pos)) != std::string::npos) {
        std::size_t open_end = xml.find('>', pos);
        std::size_t close = xml.find("</text>", pos);
        if (open_end == std::string::npos || close == std::string::npos) return false;
        bool in_tag = false;
        for (std::size_t i = open_end + 1; i < close; ++i) {
            char c = xml[i];
            if (c == '<')
                in_tag = true;
            else if (c == '>')
                in_tag = false;
            else if (!in_tag && c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return true;
        }
        pos = close;
    }
    return false;
}

}  // namespace

std::string convert_pdf_to_xml(const std::filesystem::path& pdf,
                               const PdfConverterOptions& options) {
    const std::string file = pdf.string();
    std::string program = find_program(options.program);
    if (program.empty()) {
        throw ConversionError(file, 0, "PDF converter '" + options.program + "' not found");
    }
    Poco::Process::Args args{"-xml", "-i", "-nodrm", "-stdout", file};
    Poco::Pipe out_pipe;
    Poco::Pipe err_pipe;
    std::string out;
    std::string err;
    std::atomic<bool> out_overflow{false};
    std::atomic<bool> err_overflow{false};
    std::optional<Poco::ProcessHandle> handle;
    try {
        handle.emplace(Poco::Process::launch(program, args, nullptr, &out_pipe, &err_pipe));
    } catch (const Poco::Exception& e) {
        throw ConversionError(file, 0, "cannot start '" + program + "': " + e.displayText());
    }
    std::atomic<bool> stop{false};
    std::atomic<int> readers_done{0};
    auto reader = [&stop, &readers_done](Poco::Pipe& pipe, std::string& text, std::size_t limit,
                                         std::atomic<bool>& overflow) {
        drain(pipe, text, limit, overflow, stop);
        ++readers_done;
    };
    std::thread out_reader(reader, std::ref(out_pipe), std::ref(out), options.max_output_bytes,
                           std::ref(out_overflow));
    std::thread err_reader(reader, std::ref(err_pipe), std::ref(err), std::size_t{64 * 1024},
                           std::ref(err_overflow));

    const auto deadline = std::chrono::steady_clock::now() + options.timeout;
    int status = -1;
    bool timed_out = false;
    bool killed_for_size = false;
    while (true) {
        int rc = handle->tryWait();
        if (rc != -1) {
            status = rc;
            break;
        }
        if (out_overflow) killed_for_size = true;
        if (killed_for_size || std::chrono::steady_clock::now() >= deadline) {
            timed_out = !killed_for_size;
            try {
                Poco::Process::kill(*handle);
            } catch (const Poco::Exception&) {
            }
            try {
                handle->wait();
            } catch (const Poco::Exception&) {
            }
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    // After the converter has exited the readers reach the end of the pipes at once, unless a
    // grandchild holds them open: wait for them until the deadline at most.
    if (!timed_out && !killed_for_size) {
        while (readers_done < 2 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    stop = true;
    out_reader.join();
    err_reader.join();

    if (timed_out) {
        throw ConversionError(file, 0,
                              options.program + " timed out after " +
                                  std::to_string(options.timeout.count()) + " ms");
    }
    if (killed_for_size || out_overflow) {
        throw ConversionError(file, 0,
                              options.program + " output exceeds " +
                                  std::to_string(options.max_output_bytes) + " bytes");
    }
    if (status != 0) {
        std::string reason = first_line(err);
        throw ConversionError(file, 0,
                              options.program + " failed (exit " + std::to_string(status) + ")" +
                                  (reason.empty() ? "" : ": " + reason));
    }
    if (!has_text(out)) throw ConversionError(file, 0, "no text layer (scanned PDF?)");
    return out;
}

}  // namespace arsip::readers
