#include "server/search_params.h"

#include <algorithm>
#include <charconv>
#include <chrono>

#include "index/schema.h"
#include "model/document.h"
#include "model/errors.h"

namespace arsip::server {
namespace {

// Parameters of GET /api/search besides the facet filters (schema::kFacets names).
constexpr std::string_view kSearchParameters[] = {
    "q",    "date_from", "date_to", "amount_min", "amount_max",
    "sort", "page",      "size",    "mode",       "facet_limit",
};

[[noreturn]] void bad(std::string_view name, std::string_view message) {
    std::string text(name);
    text.append(": ").append(message);
    throw QueryError(text);
}

bool all_digits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_search_parameter(std::string_view name) {
    return std::find(std::begin(kSearchParameters), std::end(kSearchParameters), name) !=
               std::end(kSearchParameters) ||
           index::schema::find_facet(name) != nullptr;
}

// YYYY-MM-DD naming a real day; empty stays empty (an open end).
std::string date_parameter(const QueryParameters& query, std::string_view name) {
    const auto value = single_parameter(query, name);
    if (!value || value->empty()) return {};
    const std::string& v = *value;
    const bool shape = v.size() == 10 && v[4] == '-' && v[7] == '-' &&
                       all_digits(std::string_view(v).substr(0, 4)) &&
                       all_digits(std::string_view(v).substr(5, 2)) &&
                       all_digits(std::string_view(v).substr(8, 2));
    if (!shape) bad(name, "a date as YYYY-MM-DD, e.g. 2025-05-08");
    const std::chrono::year_month_day day{std::chrono::year(std::stoi(v.substr(0, 4))),
                                          std::chrono::month(std::stoul(v.substr(5, 2))),
                                          std::chrono::day(std::stoul(v.substr(8, 2)))};
    if (!day.ok()) bad(name, "'" + v + "' is not a day of the calendar");
    return v;
}

// Rupiah in digits ("1500000"); empty: absent.
std::optional<double> amount_parameter(const QueryParameters& query, std::string_view name) {
    const auto value = single_parameter(query, name);
    if (!value || value->empty()) return std::nullopt;
    if (!all_digits(*value) || value->size() > 18) {
        bad(name, "rupiah as digits only (at most 18), e.g. 1500000000");
    }
    return static_cast<double>(std::stoll(*value));
}

index::SortOrder sort_parameter(const QueryParameters& query) {
    const auto value = single_parameter(query, "sort");
    if (!value || value->empty() || *value == "relevance") return index::SortOrder::Relevance;
    if (*value == "date") return index::SortOrder::DateAscending;
    if (*value == "-date") return index::SortOrder::DateDescending;
    if (*value == "amount") return index::SortOrder::AmountDescending;
    bad("sort", "one of relevance, date, -date, amount");
}

index::SearchMode mode_parameter(const QueryParameters& query) {
    const auto value = single_parameter(query, "mode");
    if (!value || value->empty() || *value == "documents") return index::SearchMode::Documents;
    if (*value == "clauses") return index::SearchMode::Clauses;
    bad("mode", "documents or clauses");
}

std::string ascii_lower(std::string text) {
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return text;
}

// A facet filter value that can be checked without the index: document types and years.
void check_filter_value(std::string_view facet, const std::string& value) {
    if (facet == "type" && !model::parse_document_type(ascii_lower(value))) {
        bad(facet, "unknown document type '" + value +
                       "' (article, nota-kesepahaman, kesepakatan-bersama, "
                       "perjanjian-kerja-sama, addendum, other)");
    }
    if (facet == "year" && (value.size() != 4 || !all_digits(value))) {
        bad(facet, "a year as four digits, e.g. 2025");
    }
}

}  // namespace

void check_parameter_names(const QueryParameters& query,
                           std::initializer_list<std::string_view> allowed) {
    for (const auto& [name, value] : query) {
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
            bad(name.empty() ? "query string" : name, "unknown parameter");
        }
    }
}

std::optional<std::string> single_parameter(const QueryParameters& query, std::string_view name) {
    std::optional<std::string> out;
    for (const auto& [n, value] : query) {
        if (n != name) continue;
        if (out) bad(name, "given more than once");
        out = value;
    }
    return out;
}

std::size_t size_parameter(const QueryParameters& query, std::string_view name, std::size_t min,
                           std::size_t max, std::size_t fallback) {
    const auto value = single_parameter(query, name);
    if (!value) return fallback;
    std::size_t number = 0;
    const char* end = value->data() + value->size();
    const auto [ptr, ec] = std::from_chars(value->data(), end, number);
    if (!all_digits(*value) || ec != std::errc() || ptr != end || number < min || number > max) {
        bad(name, "a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    }
    return number;
}

index::SearchRequest parse_search_request(const QueryParameters& query,
                                          std::initializer_list<std::string_view> extra) {
    for (const auto& [name, value] : query) {
        if (!is_search_parameter(name) &&
            std::find(extra.begin(), extra.end(), name) == extra.end()) {
            bad(name.empty() ? "query string" : name, "unknown parameter");
        }
    }
    index::SearchRequest request;
    request.query = single_parameter(query, "q").value_or("");
    for (const auto& facet : index::schema::kFacets) {
        for (const auto& [name, value] : query) {
            if (name != facet.name || value.empty()) continue;
            check_filter_value(facet.name, value);
            request.filters[std::string(facet.name)].push_back(value);
        }
    }
    request.date_from = date_parameter(query, "date_from");
    request.date_to = date_parameter(query, "date_to");
    if (!request.date_from.empty() && !request.date_to.empty() &&
        request.date_from > request.date_to) {
        bad("date_from", "after date_to");
    }
    request.amount_min = amount_parameter(query, "amount_min");
    request.amount_max = amount_parameter(query, "amount_max");
    if (request.amount_min && request.amount_max && *request.amount_min > *request.amount_max) {
        bad("amount_min", "larger than amount_max");
    }
    request.sort = sort_parameter(query);
    request.mode = mode_parameter(query);
    const std::size_t page = size_parameter(query, "page", 1, kMaxPage, 1);
    request.size = size_parameter(query, "size", 1, kMaxSearchPageSize, 10);
    request.offset = (page - 1) * request.size;
    request.facet_limit = size_parameter(query, "facet_limit", 1, kMaxFacetLimit, 10);
    return request;
}

std::string_view sort_name(index::SortOrder sort) {
    switch (sort) {
        case index::SortOrder::DateAscending:
            return "date";
        case index::SortOrder::DateDescending:
            return "-date";
        case index::SortOrder::AmountDescending:
            return "amount";
        case index::SortOrder::Relevance:
            break;
    }
    return "relevance";
}

std::string_view mode_name(index::SearchMode mode) {
    return mode == index::SearchMode::Clauses ? "clauses" : "documents";
}

}  // namespace arsip::server
