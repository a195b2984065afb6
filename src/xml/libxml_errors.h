// Collecting libxml2's errors instead of letting it print them. Internal to src/xml/.
#pragma once

#include <libxml/xmlerror.h>

#include <string>

namespace arsip::xml {

// The first error libxml2 reported through a structured error callback.
struct ErrorCollector {
    bool has_error = false;
    int line = 0;
    std::string message;  // one line, no trailing newline

    void record(int error_line, std::string error_message);
};

// A libxml2 xmlStructuredErrorFunc; `data` is an ErrorCollector*. Keeps errors and fatal
// errors (and the "entity not defined" warning); drops other warnings.
void collect_structured_error(void* data, xmlErrorPtr error);

// libxml2's message made one clean line: newlines folded to spaces, runs of space collapsed,
// trailing space removed.
std::string clean_libxml_message(const char* message);

// For the lifetime of the object, routes the calling thread's libxml2 error channels (the
// structured and the generic one; both are thread-local in a threaded libxml2) to `collector`,
// so that nothing is printed to stderr; restores the previous handlers on destruction.
class ScopedErrorCapture {
public:
    explicit ScopedErrorCapture(ErrorCollector& collector);
    ~ScopedErrorCapture();
    ScopedErrorCapture(const ScopedErrorCapture&) = delete;
    ScopedErrorCapture& operator=(const ScopedErrorCapture&) = delete;

private:
    xmlStructuredErrorFunc old_structured_;
    void* old_structured_context_;
    xmlGenericErrorFunc old_generic_;
    void* old_generic_context_;
};

}  // namespace arsip::xml
