// "More like this": the query that finds documents like one stored document, by Xapian's
// relevance-feedback expansion (an RSet holding the document, its ESet of best terms).
// Internal to index/.
#pragma once

#include <xapian.h>

#include <cstddef>

#include "index/analyzer.h"

namespace arsip::index {

// Terms taken from the document.
inline constexpr std::size_t kSimilarTerms = 40;

// OR of the document's kSimilarTerms best free-text terms (plain and Z-stemmed words; no
// prefixed terms: ids, titles, facets, concepts; no stop words or bare numbers). Empty when the
// document has none. Does not exclude the document itself or restrict the kind.
Xapian::Query similar_terms_query(const Xapian::Database& db, Xapian::docid document, const Analyzer& analyzer);

}  // namespace arsip::index
