#include "xml/schema_validator.h"

#include <libxml/xmlschemas.h>

#include "model/errors.h"
#include "xml/libxml_errors.h"

namespace arsip::xml {

SchemaValidator::SchemaValidator(const std::filesystem::path& xsd) {
    const std::string path = xsd.string();
    if (!std::filesystem::is_regular_file(xsd)) throw Error("schema not found: " + path);

    ErrorCollector errors;
    ScopedErrorCapture capture(errors);
    SchemaParserCtxtPtr parser(xmlSchemaNewParserCtxt(path.c_str()));
    if (!parser) throw Error("cannot read schema " + path);
    xmlSchemaSetParserStructuredErrors(parser.get(), collect_structured_error, &errors);
    schema_.reset(xmlSchemaParse(parser.get()));
    if (!schema_ || errors.has_error) {
        std::string where = path;
        if (errors.line > 0) where += ":" + std::to_string(errors.line);
        throw Error("cannot compile schema " + where + ": " +
                    (errors.has_error ? errors.message : std::string("unknown error")));
    }
}

void SchemaValidator::validate(xmlDoc* doc, const std::string& name) const {
    ErrorCollector errors;
    ScopedErrorCapture capture(errors);
    SchemaValidCtxtPtr ctxt(xmlSchemaNewValidCtxt(schema_.get()));
    if (!ctxt) throw SchemaError(name, 0, "cannot create a schema validation context");
    xmlSchemaSetValidStructuredErrors(ctxt.get(), collect_structured_error, &errors);
    const int result = xmlSchemaValidateDoc(ctxt.get(), doc);
    if (result == 0 && !errors.has_error) return;
    if (errors.has_error) throw SchemaError(name, errors.line, errors.message);
    throw SchemaError(
        name, 0,
        "document is not valid against its schema (libxml2 code " + std::to_string(result) + ")");
}

}  // namespace arsip::xml
