// <agreement> (schemas/agreement.xsd) → model::Document. Internal to src/xml/.
#pragma once

#include <libxml/tree.h>

#include <string>

#include "model/document.h"

namespace arsip::xml {

// `root` is an <agreement> element already valid against agreement.xsd. Sets type from @type,
// format AgreementXml, date and place from <signed>, validity (months from @duration when it
// has only years and months), references with relation "amends" / "implements" /
// "refers-to", and each clause's chapter as "BAB <number> <heading>". Text is whitespace-
// normalised. Throws SchemaError for a value the schema lets through but the model cannot hold.
model::Document read_agreement(const xmlNode* root, const std::string& name);

}  // namespace arsip::xml
