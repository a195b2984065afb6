// Turns a user's query into a Xapian query. Internal to index/.
//
// A plain query (words only: no quotes, operators, field prefixes or +/-) is built word by word:
// each word (or each multi-word synonym form, such as "kalimantan timur", kept whole) weighs
// MAX(its stemmed match, twice its exact-form match), so a document with the very forms typed
// ranks first while every inflected form still matches. Measured on the IndoSum known-item sets
// (docs/benchmarks.md), this is what beats both no stemming and Snowball at once. Any other
// query goes through Xapian's QueryParser, with the exact forms as a weight-only bonus.
#pragma once

#include <xapian.h>

#include <functional>
#include <string>

#include "index/analyzer.h"

namespace arsip::index {

struct QueryBuildOptions {
    bool match_any_word = false;  // OR between words instead of AND
    double exact_form_weight = 2.0;
};

// `make_parser` gives a QueryParser set up for the database (prefixes, analyzer); `text` is the
// query after Analyzer::prepare. Throws Xapian::QueryParserError for a malformed query.
Xapian::Query build_query(const std::string& text, const Analyzer& analyzer,
                          const std::function<Xapian::QueryParser()>& make_parser, const QueryBuildOptions& options);

}  // namespace arsip::index
