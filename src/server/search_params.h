// Query parameters -> index::SearchRequest (docs/api.md, GET /api/search), validating every
// parameter. A bad one throws QueryError whose message starts with the parameter's name
// ("size: a whole number from 1 to 100"), which the server answers with 400.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "index/searcher.h"
#include "server/request_target.h"

namespace arsip::server {

inline constexpr std::size_t kMaxSearchPageSize = 100;
inline constexpr std::size_t kMaxFacetLimit = 100;
inline constexpr std::size_t kMaxPage = 100000;

// The search parameters of `query`. Parameters other than the search parameters and `extra`
// (an endpoint's own, e.g. "format" for export) are refused, so a typo is not silently ignored.
index::SearchRequest parse_search_request(const QueryParameters& query,
                                          std::initializer_list<std::string_view> extra = {});

// The API names of a request's sort order and mode ("-date", "clauses").
std::string_view sort_name(index::SortOrder sort);
std::string_view mode_name(index::SearchMode mode);

// ---- Helpers for an endpoint's own parameters ------------------------------------------------

// Throws QueryError for any parameter not in `allowed`.
void check_parameter_names(const QueryParameters& query,
                           std::initializer_list<std::string_view> allowed);

// The value of a parameter given at most once; nullopt when absent. Given twice: QueryError.
std::optional<std::string> single_parameter(const QueryParameters& query, std::string_view name);

// A whole number in [min, max]; `fallback` when absent. Anything else: QueryError naming it.
std::size_t size_parameter(const QueryParameters& query, std::string_view name, std::size_t min,
                           std::size_t max, std::size_t fallback);

}  // namespace arsip::server
