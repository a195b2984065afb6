// Document <-> JSON: written with Poco::JSON (streamed by its PrintHandler for the stored text,
// built as objects by its ParseHandler for the server, from one list of fields), read back with simdjson (document_from_json.cpp:
// every search reads its hits). Used by `arsip-index --extract`, by the index (the stored form
// of a document) and by the server. Never builds JSON by string concatenation.
#pragma once

#include <Poco/JSON/Object.h>

#include <string>

#include "model/document.h"

namespace arsip::json {

struct JsonWriteOptions {
    unsigned indent = 0;  // 0: compact, one line
};

Poco::JSON::Object::Ptr to_json(const model::Document& document);
Poco::JSON::Object::Ptr to_json(const model::Clause& clause);
// {"officials": [...], "institutions": [...], "amounts": [...], "percentages": [...],
//  "dates": [...], "places": [...]}; each entity has "mentions": [[start, end], ...] in code points
// of model::document_text.
Poco::JSON::Object::Ptr to_json(const model::Entities& entities);
// Compact (indent 0): the index's stored form, every character beyond ASCII escaped (\uXXXX).
// Indented: Object::stringify's layout, characters as they are (arsip-index --extract).
std::string to_json_string(const model::Document& document, const JsonWriteOptions& options = {});

// Inverse of to_json_string; throws arsip::Error when the text is not a stored document.
model::Document document_from_json(const std::string& text);

// Writes any Poco JSON object as text.
std::string stringify(const Poco::JSON::Object::Ptr& object, const JsonWriteOptions& options = {});

}  // namespace arsip::json
