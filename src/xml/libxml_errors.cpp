#include "xml/libxml_errors.h"

#include "text/whitespace.h"

#include <libxml/globals.h>
#include <libxml/xmlerror.h>

#include <cstdarg>
#include <cstdio>
#include <utility>

namespace arsip::xml {
namespace {

// The generic channel gets printf-style fragments; keep the first formatted one as a fallback.
void collect_generic_error(void* data, const char* format, ...) {
    auto* collector = static_cast<ErrorCollector*>(data);
    if (collector == nullptr || collector->has_error) return;
    char buffer[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    std::string message = clean_libxml_message(buffer);
    if (!message.empty()) collector->record(0, std::move(message));
}

}  // namespace

void ErrorCollector::record(int error_line, std::string error_message) {
    if (has_error) return;
    has_error = true;
    line = error_line > 0 ? error_line : 0;
    message = std::move(error_message);
}

std::string clean_libxml_message(const char* message) {
    if (message == nullptr) return {};
    return text::collapse_whitespace(message);
}

void collect_structured_error(void* data, xmlErrorPtr error) {
    auto* collector = static_cast<ErrorCollector*>(data);
    if (collector == nullptr || error == nullptr) return;
    const bool undeclared_entity = error->code == XML_WAR_UNDECLARED_ENTITY;
    if (error->level < XML_ERR_ERROR && !undeclared_entity) return;
    std::string message = clean_libxml_message(error->message);
    if (message.empty()) message = "XML error " + std::to_string(error->code);
    collector->record(error->line, std::move(message));
}

ScopedErrorCapture::ScopedErrorCapture(ErrorCollector& collector)
    : old_structured_(xmlStructuredError),
      old_structured_context_(xmlStructuredErrorContext),
      old_generic_(xmlGenericError),
      old_generic_context_(xmlGenericErrorContext) {
    xmlSetStructuredErrorFunc(&collector, collect_structured_error);
    xmlSetGenericErrorFunc(&collector, collect_generic_error);
}

ScopedErrorCapture::~ScopedErrorCapture() {
    xmlSetStructuredErrorFunc(old_structured_context_, old_structured_);
    xmlSetGenericErrorFunc(old_generic_context_, old_generic_);
}

}  // namespace arsip::xml
