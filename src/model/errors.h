// Typed errors. They are thrown where a problem is found and translated only at the edges:
// the indexer reports a bad file and goes on, the server maps them to HTTP statuses.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace arsip {

// Base of every error the project throws on purpose.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A bad input file: unreadable, malformed, hostile, not valid against its schema, or not a format
// we read. what() is "file:line: message" (":line" left out when there is no line).
class InputError : public Error {
public:
    InputError(std::string file, int line, std::string message)
        : Error(format(file, line, message)),
          file_(std::move(file)),
          line_(line),
          message_(std::move(message)) {}

    const std::string& file() const noexcept { return file_; }
    int line() const noexcept { return line_; }  // 0 when unknown
    const std::string& message() const noexcept { return message_; }

private:
    static std::string format(const std::string& file, int line, const std::string& message) {
        // Appended piece by piece (GCC 12 warns wrongly about "a" + b temporaries at -O3).
        std::string out;
        out.reserve(file.size() + message.size() + 16);
        out.append(file);
        if (line > 0) {
            out.push_back(':');
            out.append(std::to_string(line));
        }
        out.append(": ");
        out.append(message);
        return out;
    }

    std::string file_;
    int line_;
    std::string message_;
};

// An input that is well-formed but breaks a rule we enforce for safety (entity declarations,
// external DTDs, size or depth limits).
class HostileInputError : public InputError {
public:
    using InputError::InputError;
};

// The document does not follow its XML schema.
class SchemaError : public InputError {
public:
    using InputError::InputError;
};

// A PDF that could not be converted (pdftohtml failed, timed out, or produced no text).
class ConversionError : public InputError {
public:
    using InputError::InputError;
};

// The index could not be opened, read or written.
class IndexError : public Error {
public:
    using Error::Error;
};

// A query or request parameter that cannot be understood; what() names the parameter.
class QueryError : public Error {
public:
    using Error::Error;
};

// A document id or other named thing that does not exist.
class NotFoundError : public Error {
public:
    using Error::Error;
};

}  // namespace arsip
