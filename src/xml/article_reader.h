// <article> (schemas/article.xsd) → model::Document. Internal to src/xml/.
#pragma once

#include <libxml/tree.h>

#include <string>

#include "model/document.h"

namespace arsip::xml {

// `root` is an <article> element already valid against article.xsd. Text is whitespace-
// normalised, one string per <p>. Sets type Article and format ArticleXml; date is the day of
// <published>, place the <dateline>. Throws SchemaError when a value the schema lets through
// cannot be used (a year outside 0000-9999).
model::Document read_article(const xmlNode* root, const std::string& name);

}  // namespace arsip::xml
