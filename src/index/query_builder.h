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
#include <optional>
#include <string>

#include "index/analyzer.h"
#include "index/conjunction_source.h"
#include "index/pair_terms.h"

namespace arsip::index {

// The same matches with the same weights times `scale`, weighted another way (store_weighted);
// nullopt when it cannot reweight the query given. The builder scales a part through it, never
// by OP_SCALE_WEIGHT over what it returns (store_weighting.h tells why).
using Reweight = std::function<std::optional<Xapian::Query>(const Xapian::Query&, double scale)>;

// The words of an all-words query as one ranking query (store_conjunction), each word the MAX
// of its parts; nullopt when it cannot. The parts are those the builder would reweight.
using Conjoin = std::function<std::optional<Xapian::Query>(const std::vector<std::vector<ConjunctionPart>>&)>;

struct QueryBuildOptions {
    bool match_any_word = false;  // OR between words instead of AND
    double exact_form_weight = 2.0;
    Reweight reweight;  // when set, BuiltQuery::ranked is built with it
    Conjoin conjoin;    // when set (with reweight), the words of an all-words query rank as one
    // The database's pair words: exact two-word phrases of them are matched with pair terms
    // (pair_terms.h). nullptr or empty: phrases check positions.
    const PairWords* pair_words = nullptr;
};

struct BuiltQuery {
    // The QueryParser's terms, weighted by Xapian, phrases as phrases: what snippets highlight.
    Xapian::Query parsed;
    // The same matches without the exact-form parts, for counting: a document with a word as
    // written also has its stem (the TermGenerator indexes both, STEM_SOME), so the stemmed
    // part of each word already matches every document its exact form does. With
    // options.pair_words, exact two-word phrases of pair words match from their pair terms.
    Xapian::Query matching;
    // `parsed` (with pair terms as `matching`) with each part reweighted by options.reweight
    // (applied under the scaling this builder adds); nullopt without a reweight or when it
    // declined a part.
    std::optional<Xapian::Query> ranked;
};

// `make_parser` gives a QueryParser set up for the database (prefixes, analyzer); `text` is the
// query after Analyzer::prepare. Throws Xapian::QueryParserError for a malformed query.
BuiltQuery build_query(const std::string& text, const Analyzer& analyzer,
                       const std::function<Xapian::QueryParser()>& make_parser, const QueryBuildOptions& options);

}  // namespace arsip::index
