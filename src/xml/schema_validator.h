// One compiled XML Schema, used to validate parsed documents. Internal to src/xml/.
#pragma once

#include <filesystem>
#include <string>

#include "xml/libxml_handles.h"

namespace arsip::xml {

class SchemaValidator {
public:
    // Loads and compiles `xsd` (its xs:include files are read from the same folder: the schema
    // directory is trusted). Throws arsip::Error when it cannot.
    explicit SchemaValidator(const std::filesystem::path& xsd);

    // Validates `doc` with a fresh validation context; throws SchemaError(name, line, message)
    // for the first error, with the line of the failing element. Thread-safe: the compiled
    // schema is only read.
    void validate(xmlDoc* doc, const std::string& name) const;

private:
    SchemaPtr schema_;
};

}  // namespace arsip::xml
