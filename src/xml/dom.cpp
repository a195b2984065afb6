#include "xml/dom.h"

#include <cstring>

#include "model/errors.h"
#include "xml/libxml_handles.h"
#include "xml/values.h"

namespace arsip::xml {

bool is_element(const xmlNode* node, const char* name) {
    return node != nullptr && node->type == XML_ELEMENT_NODE && node->ns == nullptr &&
           std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

std::vector<const xmlNode*> child_elements(const xmlNode* parent, const char* name) {
    std::vector<const xmlNode*> out;
    if (parent == nullptr) return out;
    for (const xmlNode* child = parent->children; child != nullptr; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) continue;
        if (name == nullptr || is_element(child, name)) out.push_back(child);
    }
    return out;
}

const xmlNode* first_child(const xmlNode* parent, const char* name) {
    if (parent == nullptr) return nullptr;
    for (const xmlNode* child = parent->children; child != nullptr; child = child->next) {
        if (is_element(child, name)) return child;
    }
    return nullptr;
}

std::string raw_text(const xmlNode* node) {
    if (node == nullptr) return {};
    return take_string(xmlNodeGetContent(node));
}

std::string text(const xmlNode* node) {
    return normalize_space(raw_text(node));
}

std::string child_text(const xmlNode* parent, const char* name) {
    return text(first_child(parent, name));
}

std::optional<std::string> attribute(const xmlNode* node, const char* name) {
    if (node == nullptr || node->type != XML_ELEMENT_NODE) return std::nullopt;
    for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
        if (attr->ns != nullptr) continue;
        if (std::strcmp(reinterpret_cast<const char*>(attr->name), name) != 0) continue;
        return take_string(xmlNodeListGetString(node->doc, attr->children, 1));
    }
    return std::nullopt;
}

std::string attribute_text(const xmlNode* node, const char* name) {
    auto value = attribute(node, name);
    return value ? normalize_space(*value) : std::string();
}

int line_of(const xmlNode* node) {
    if (node == nullptr) return 0;
    const long line = xmlGetLineNo(node);
    return line > 0 ? static_cast<int>(line) : 0;
}

std::string qualified_name(const xmlNode* node) {
    if (node == nullptr) return {};
    std::string name = to_std_string(node->name);
    if (node->ns != nullptr && node->ns->href != nullptr) {
        return "{" + to_std_string(node->ns->href) + "}" + name;
    }
    return name;
}

std::vector<std::string> read_paragraphs(const xmlNode* parent) {
    std::vector<std::string> out;
    for (const xmlNode* p : child_elements(parent, "p")) out.push_back(text(p));
    return out;
}

std::vector<std::string> read_tags(const xmlNode* root) {
    std::vector<std::string> out;
    for (const xmlNode* tag : child_elements(first_child(root, "tags"), "tag")) {
        out.push_back(text(tag));
    }
    return out;
}

std::string day_of(const xmlNode* node, const std::string& value, const std::string& name) {
    auto day = iso_day(value);
    if (!day) {
        throw SchemaError(name, line_of(node),
                          "'" + value + "' does not start with a YYYY-MM-DD date");
    }
    return *day;
}

}  // namespace arsip::xml
