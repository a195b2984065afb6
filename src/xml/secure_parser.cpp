#include "xml/secure_parser.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <climits>
#include <cstdio>
#include <optional>
#include <utility>

#include "model/errors.h"
#include "xml/libxml_errors.h"

namespace arsip::xml {
namespace {

// The only external DTD reference accepted, and only on <pdf2xml>: poppler writes it. It is
// never loaded.
constexpr std::string_view kPdf2XmlDtd = "pdf2xml.dtd";

struct Refusal {
    int line = 0;
    std::string message;
};

// Per-parse state reached from the SAX callbacks through ctxt->_private.
struct ParseState {
    const ParseLimits* limits = nullptr;
    int depth = 0;
    std::optional<Refusal> refusal;  // the first hostile construct found
    ErrorCollector errors;
};

std::string_view view(const xmlChar* text) {
    return text == nullptr ? std::string_view()
                           : std::string_view(reinterpret_cast<const char*>(text));
}

int current_line(xmlParserCtxt* ctxt) {
    return (ctxt->input != nullptr && ctxt->input->line > 0) ? ctxt->input->line : 0;
}

ParseState& state_of(void* ctx) {
    auto* ctxt = static_cast<xmlParserCtxt*>(ctx);
    return *static_cast<ParseState*>(ctxt->_private);
}

// Records the refusal and halts the parser: nothing after this point is read.
void refuse(void* ctx, std::string message) {
    auto* ctxt = static_cast<xmlParserCtxt*>(ctx);
    ParseState& state = state_of(ctx);
    if (!state.refusal) state.refusal = Refusal{current_line(ctxt), std::move(message)};
    xmlStopParser(ctxt);
}

const char* entity_kind(int type) {
    switch (type) {
        case XML_INTERNAL_GENERAL_ENTITY:
            return "internal entity";
        case XML_EXTERNAL_GENERAL_PARSED_ENTITY:
        case XML_EXTERNAL_GENERAL_UNPARSED_ENTITY:
            return "external entity";
        case XML_INTERNAL_PARAMETER_ENTITY:
            return "internal parameter entity";
        case XML_EXTERNAL_PARAMETER_ENTITY:
            return "external parameter entity";
        default:
            return "entity";
    }
}

void on_entity_decl(void* ctx, const xmlChar* name, int type, const xmlChar*, const xmlChar*,
                    xmlChar*) {
    refuse(ctx, std::string("declaration of ") + entity_kind(type) + " '" +
                    std::string(view(name)) + "' refused: entity declarations are not allowed");
}

void on_unparsed_entity_decl(void* ctx, const xmlChar* name, const xmlChar*, const xmlChar*,
                             const xmlChar*) {
    on_entity_decl(ctx, name, XML_EXTERNAL_GENERAL_UNPARSED_ENTITY, nullptr, nullptr, nullptr);
}

void on_internal_subset(void* ctx, const xmlChar* name, const xmlChar* public_id,
                        const xmlChar* system_id) {
    if (public_id != nullptr || system_id != nullptr) {
        const bool poppler_dtd =
            public_id == nullptr && view(system_id) == kPdf2XmlDtd && view(name) == "pdf2xml";
        if (!poppler_dtd) {
            std::string what = public_id != nullptr
                                   ? "PUBLIC \"" + std::string(view(public_id)) + "\""
                                   : "SYSTEM \"" + std::string(view(system_id)) + "\"";
            refuse(ctx, "external DTD " + what + " refused: only <!DOCTYPE pdf2xml SYSTEM \"" +
                            std::string(kPdf2XmlDtd) + "\"> is accepted, and it is not loaded");
            return;
        }
    }
    xmlSAX2InternalSubset(ctx, name, public_id, system_id);
}

// Never load an external subset, whatever the options say.
void on_external_subset(void*, const xmlChar*, const xmlChar*, const xmlChar*) {}

// Never resolve an external entity: with entity declarations refused this is not reached, but
// if it ever is, it loads nothing.
xmlParserInput* on_resolve_entity(void* ctx, const xmlChar* public_id, const xmlChar* system_id) {
    std::string target(system_id != nullptr ? view(system_id) : view(public_id));
    refuse(ctx, "reference to external resource \"" + target + "\" refused");
    return nullptr;
}

void on_start_element(void* ctx, const xmlChar* localname, const xmlChar* prefix,
                      const xmlChar* uri, int nb_namespaces, const xmlChar** namespaces,
                      int nb_attributes, int nb_defaulted, const xmlChar** attributes) {
    ParseState& state = state_of(ctx);
    if (++state.depth > state.limits->max_depth) {
        refuse(ctx, "element <" + std::string(view(localname)) + "> nested deeper than " +
                        std::to_string(state.limits->max_depth) + " levels");
        return;
    }
    xmlSAX2StartElementNs(ctx, localname, prefix, uri, nb_namespaces, namespaces, nb_attributes,
                          nb_defaulted, attributes);
}

void on_end_element(void* ctx, const xmlChar* localname, const xmlChar* prefix,
                    const xmlChar* uri) {
    ParseState& state = state_of(ctx);
    --state.depth;
    xmlSAX2EndElementNs(ctx, localname, prefix, uri);
}

bool is_utf8_name(std::string_view encoding) {
    if (encoding.size() != 5 && encoding.size() != 4) return false;
    std::string upper;
    for (char c : encoding) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return upper == "UTF-8" || upper == "UTF8";
}

std::string hex_byte(unsigned char byte) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(byte));
    return buffer;
}

}  // namespace

int find_invalid_utf8(std::string_view bytes, unsigned char& bad_byte) {
    int line = 1;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            if (c == '\n') ++line;
            ++p;
            continue;
        }
        int length = 0;
        unsigned char min_second = 0x80, max_second = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0) min_second = 0xA0;  // overlong
            if (c == 0xED) max_second = 0x9F;  // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0) min_second = 0x90;  // overlong
            if (c == 0xF4) max_second = 0x8F;  // past U+10FFFF
        }
        bool ok = length > 0 && end - p >= length;
        for (int i = 1; ok && i < length; ++i) {
            const unsigned char next = p[i];
            const unsigned char lo = i == 1 ? min_second : 0x80;
            const unsigned char hi = i == 1 ? max_second : 0xBF;
            ok = next >= lo && next <= hi;
        }
        if (!ok) {
            bad_byte = c;
            return line;
        }
        p += length;
    }
    return 0;
}

DocPtr parse_secure(std::string_view bytes, const std::string& name, const ParseLimits& limits) {
    if (bytes.size() > limits.max_bytes || bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        throw HostileInputError(name, 0,
                                "file is " + std::to_string(bytes.size()) +
                                    " bytes, over the limit of " +
                                    std::to_string(limits.max_bytes) + " bytes");
    }
    if (bytes.empty()) throw InputError(name, 0, "file is empty");
    unsigned char bad_byte = 0;
    if (int line = find_invalid_utf8(bytes, bad_byte); line > 0) {
        throw InputError(name, line,
                         "byte " + hex_byte(bad_byte) + " is not valid UTF-8; files must be UTF-8");
    }

    ParseState state;
    state.limits = &limits;
    // Errors raised outside the parser context (encoding, I/O) go to the thread's handlers:
    // catch them too, so that libxml2 prints nothing.
    ScopedErrorCapture capture(state.errors);

    ParserCtxtPtr ctxt(xmlCreateMemoryParserCtxt(bytes.data(), static_cast<int>(bytes.size())));
    if (!ctxt) throw InputError(name, 0, "cannot create an XML parser (out of memory?)");

    xmlCtxtUseOptions(ctxt.get(), XML_PARSE_NONET | XML_PARSE_NOCDATA);
    // Whatever the process-wide defaults (xmlSubstituteEntitiesDefault, xmlLoadExtDtdDefault...)
    // say: no substitution, no DTD loading, no validation.
    ctxt->replaceEntities = 0;
    ctxt->loadsubset = 0;
    ctxt->validate = 0;
    ctxt->_private = &state;

    xmlSAXHandler* sax = ctxt->sax;
    // serror is called with ctxt->userData, which is the context itself (the SAX2 tree builder
    // needs it there); reach the collector through ctxt->_private.
    sax->serror = [](void* user_data, xmlErrorPtr error) {
        auto* parser = static_cast<xmlParserCtxt*>(user_data);
        collect_structured_error(&static_cast<ParseState*>(parser->_private)->errors, error);
    };
    sax->entityDecl = on_entity_decl;
    sax->unparsedEntityDecl = on_unparsed_entity_decl;
    sax->internalSubset = on_internal_subset;
    sax->externalSubset = on_external_subset;
    sax->resolveEntity = on_resolve_entity;
    sax->startElementNs = on_start_element;
    sax->endElementNs = on_end_element;

    xmlParseDocument(ctxt.get());
    DocPtr doc(ctxt->myDoc);
    ctxt->myDoc = nullptr;

    if (state.refusal) throw HostileInputError(name, state.refusal->line, state.refusal->message);
    if (state.errors.has_error) throw InputError(name, state.errors.line, state.errors.message);
    if (!doc || !ctxt->wellFormed) throw InputError(name, 0, "not well-formed XML");
    if (xmlDocGetRootElement(doc.get()) == nullptr) throw InputError(name, 0, "no root element");
    if (doc->encoding != nullptr && !is_utf8_name(view(doc->encoding))) {
        throw InputError(name, 1,
                         "encoding \"" + std::string(view(doc->encoding)) +
                             "\" is declared; files must be UTF-8");
    }
    return doc;
}

}  // namespace arsip::xml
