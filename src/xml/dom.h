// Small helpers to read a libxml2 tree: child elements by name, attributes, text.
// Internal to src/xml/. Only un-namespaced elements and attributes are considered: our formats
// have no namespace.
#pragma once

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <vector>

namespace arsip::xml {

// True for an element named `name` with no namespace.
bool is_element(const xmlNode* node, const char* name);

// The child elements (any name when `name` is null), in document order.
std::vector<const xmlNode*> child_elements(const xmlNode* parent, const char* name = nullptr);

// The first child element called `name`, or null.
const xmlNode* first_child(const xmlNode* parent, const char* name);

// The text of a node and its descendants, as written.
std::string raw_text(const xmlNode* node);

// raw_text with whitespace normalised (normalize_space); "" for a null node.
std::string text(const xmlNode* node);

// Text of the first child `name`, normalised; "" when there is none.
std::string child_text(const xmlNode* parent, const char* name);

// An un-namespaced attribute as written in the document (DTD defaults are never consulted).
std::optional<std::string> attribute(const xmlNode* node, const char* name);

// attribute() normalised, "" when absent.
std::string attribute_text(const xmlNode* node, const char* name);

// The element's line in its file (0 when unknown).
int line_of(const xmlNode* node);

// Element name for messages: "article", or "{uri}article" when it has a namespace.
std::string qualified_name(const xmlNode* node);

// The normalised text of each <p> child of `parent`, in order.
std::vector<std::string> read_paragraphs(const xmlNode* parent);

// The normalised text of each <tags>/<tag> under `root`.
std::vector<std::string> read_tags(const xmlNode* root);

// The YYYY-MM-DD day of an xs:date / xs:dateTime `value` read from `node`; throws
// SchemaError(name, line of node, ...) when it has none.
std::string day_of(const xmlNode* node, const std::string& value, const std::string& name);

}  // namespace arsip::xml
