// RAII owners for libxml2 handles. Internal to src/xml/: the only place besides the other
// src/xml/*.cpp files that includes libxml2.
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlschemas.h>

#include <memory>
#include <string>

namespace arsip::xml {

struct DocDeleter {
    void operator()(xmlDoc* doc) const noexcept { xmlFreeDoc(doc); }
};
struct ParserCtxtDeleter {
    void operator()(xmlParserCtxt* ctxt) const noexcept { xmlFreeParserCtxt(ctxt); }
};
struct SchemaParserCtxtDeleter {
    void operator()(xmlSchemaParserCtxt* ctxt) const noexcept { xmlSchemaFreeParserCtxt(ctxt); }
};
struct SchemaDeleter {
    void operator()(xmlSchema* schema) const noexcept { xmlSchemaFree(schema); }
};
struct SchemaValidCtxtDeleter {
    void operator()(xmlSchemaValidCtxt* ctxt) const noexcept { xmlSchemaFreeValidCtxt(ctxt); }
};
// For strings libxml2 allocates and the caller frees (xmlNodeGetContent, xmlNodeListGetString).
struct XmlCharDeleter {
    void operator()(xmlChar* text) const noexcept { xmlFree(text); }
};

using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;
using ParserCtxtPtr = std::unique_ptr<xmlParserCtxt, ParserCtxtDeleter>;
using SchemaParserCtxtPtr = std::unique_ptr<xmlSchemaParserCtxt, SchemaParserCtxtDeleter>;
using SchemaPtr = std::unique_ptr<xmlSchema, SchemaDeleter>;
using SchemaValidCtxtPtr = std::unique_ptr<xmlSchemaValidCtxt, SchemaValidCtxtDeleter>;
using XmlCharPtr = std::unique_ptr<xmlChar, XmlCharDeleter>;

// A libxml2 string as std::string ("" for null).
inline std::string to_std_string(const xmlChar* text) {
    return text == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(text));
}

// Takes ownership of an allocated libxml2 string and copies it out ("" for null).
inline std::string take_string(xmlChar* text) {
    XmlCharPtr owned(text);
    return to_std_string(owned.get());
}

inline const xmlChar* as_xml_chars(const char* text) {
    return reinterpret_cast<const xmlChar*>(text);
}

}  // namespace arsip::xml
