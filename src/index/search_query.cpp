#include "index/search_query.h"

#include <algorithm>
#include <cmath>

#include "index/facet_value.h"
#include "index/schema.h"
#include "index/store_weighting.h"
#include "model/errors.h"

namespace arsip::index {
namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// The digits of `text` [from, from + count) as a number, or -1 when one is not a digit.
int digits(const std::string& text, std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

void check_amount(const char* parameter, const std::optional<double>& amount) {
    if (amount && !(std::isfinite(*amount) && *amount >= 0)) {
        throw QueryError(std::string(parameter) + ": must be a rupiah amount of 0 or more");
    }
}

FacetFilter make_filter(std::size_t facet, const std::vector<std::string>& values) {
    FacetFilter filter;
    filter.facet = facet;
    std::vector<Xapian::Query> terms;
    for (const auto& value : values) {
        std::string key = normalise_facet_value(value);
        if (key.empty() || std::find(filter.keys.begin(), filter.keys.end(), key) != filter.keys.end()) continue;
        terms.emplace_back(schema::term(schema::kFacets[facet].prefix, key));
        filter.keys.push_back(std::move(key));
    }
    filter.query = Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    return filter;
}

}  // namespace

std::string date_slot_value(const std::string& parameter, const std::string& date) {
    const auto bad = [&] {
        return QueryError(parameter + ": \"" + date + "\" is not a calendar date written YYYY-MM-DD");
    };
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') throw bad();
    const int year = digits(date, 0, 4);
    const int month = digits(date, 5, 2);
    const int day = digits(date, 8, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) throw bad();
    return date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2);
}

void check_page(const SearchRequest& request) {
    if (request.size > kMaxPageSize) {
        throw QueryError("size: at most " + std::to_string(kMaxPageSize) + ", not " + std::to_string(request.size));
    }
}

SearchQuery::SearchQuery(Xapian::Query text, const SearchRequest& request)
    : text_(std::move(text)),
      matching_(text_),
      kind_(schema::term(schema::kKind,
                         request.mode == SearchMode::Clauses ? schema::kKindClause : schema::kKindDocument)) {
    // Facets in schema::kFacets order, whatever the order of the request's map.
    for (const auto& [name, values] : request.filters) {
        if (!schema::find_facet(name)) throw QueryError(name + ": unknown facet");
    }
    for (std::size_t i = 0; i < schema::kFacets.size(); ++i) {
        const auto it = request.filters.find(std::string(schema::kFacets[i].name));
        if (it == request.filters.end()) continue;
        FacetFilter filter = make_filter(i, it->second);
        if (!filter.keys.empty()) filters_.push_back(std::move(filter));
    }

    std::string from, to;
    if (!request.date_from.empty()) from = date_slot_value("date_from", request.date_from);
    if (!request.date_to.empty()) to = date_slot_value("date_to", request.date_to);
    if (!from.empty() && !to.empty() && from > to) throw QueryError("date_from: after date_to");
    if (!from.empty() && !to.empty()) {
        ranges_.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, from, to);
    } else if (!from.empty()) {
        ranges_.emplace_back(Xapian::Query::OP_VALUE_GE, schema::kDateSlot, from);
    } else if (!to.empty()) {
        ranges_.emplace_back(Xapian::Query::OP_VALUE_LE, schema::kDateSlot, to);
    }

    check_amount("amount_min", request.amount_min);
    check_amount("amount_max", request.amount_max);
    const auto& low = request.amount_min;
    const auto& high = request.amount_max;
    if (low && high && *low > *high) throw QueryError("amount_min: greater than amount_max");
    // An empty slot (no amount) is never in a value range.
    if (low && high) {
        ranges_.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kLargestAmountSlot,
                             Xapian::sortable_serialise(*low), Xapian::sortable_serialise(*high));
    } else if (low) {
        ranges_.emplace_back(Xapian::Query::OP_VALUE_GE, schema::kLargestAmountSlot, Xapian::sortable_serialise(*low));
    } else if (high) {
        ranges_.emplace_back(Xapian::Query::OP_VALUE_LE, schema::kLargestAmountSlot, Xapian::sortable_serialise(*high));
    }
}

const FacetFilter* SearchQuery::filter_of(std::size_t facet) const {
    for (const auto& filter : filters_) {
        if (filter.facet == facet) return &filter;
    }
    return nullptr;
}

SearchQuery::SearchQuery(const BuiltQuery& text, const SearchRequest& request, std::shared_ptr<const FacetStore> store)
    : SearchQuery(text.parsed, request) {
    matching_ = text.matching;
    if (!store) return;
    ranked_text_ = text.ranked;
    const auto kind = request.mode == SearchMode::Clauses ? FacetStore::Kind::Clause : FacetStore::Kind::Document;
    const Xapian::doccount count = store->kind_count(kind);
    kind_ = Xapian::Query((new KindSource(store, kind, count))->release());
    store_kind_ = kind;
    for (auto& filter : filters_) {
        for (const auto& key : filter.keys) {
            filter.terms.push_back(schema::term(schema::kFacets[filter.facet].prefix, key));
            if (const auto id = store->find(filter.facet, key)) filter.ids.push_back(*id);
        }
        std::sort(filter.ids.begin(), filter.ids.end());
        filter.query = Xapian::Query((new FacetFilterSource(store, filter.terms, filter.ids, kind))->release());
    }
}

std::optional<CountPlan> SearchQuery::count_plan(std::optional<std::size_t> skipped_facet) const {
    if (!store_kind_ || !ranges_.empty()) return std::nullopt;
    CountPlan plan;
    plan.text = matching_;
    plan.kind = *store_kind_;
    for (const auto& filter : filters_) {
        if (filter.facet != skipped_facet) plan.filters.push_back({filter.terms, filter.ids, filter.facet});
    }
    return plan;
}

Xapian::Query SearchQuery::ranked_among(const Xapian::Query& matches) const {
    const Xapian::Query& text = ranked_text_ ? *ranked_text_ : text_;
    // As compose: without words every match weighs 0.
    if (text.empty()) return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, matches, 0.0);
    return Xapian::Query(Xapian::Query::OP_FILTER, text, matches);
}

Xapian::Query SearchQuery::compose(const Xapian::Query& text, std::optional<std::size_t> skipped_facet) const {
    std::vector<Xapian::Query> parts{kind_};
    for (const auto& filter : filters_) {
        if (filter.facet != skipped_facet) parts.push_back(filter.query);
    }
    parts.insert(parts.end(), ranges_.begin(), ranges_.end());
    const Xapian::Query filter = parts.size() == 1 ? parts[0] : Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
    // Without words every match weighs 0: the sort's tie-breaks decide the order.
    if (text.empty()) return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, filter, 0.0);
    return Xapian::Query(Xapian::Query::OP_FILTER, text, filter);
}

void apply_sort(Xapian::Enquire& enquire, SortOrder order, Xapian::MultiValueKeyMaker& keys) {
    // An empty slot (no date, no amount) gets the default value: in a reverse key an empty value
    // sorts after every other, in a forward key "\xff" does (dates are ASCII digits).
    switch (order) {
        case SortOrder::Relevance:
            keys.add_value(schema::kDateSlot, true);
            enquire.set_sort_by_relevance_then_key(&keys, false);
            return;
        case SortOrder::DateAscending:
            keys.add_value(schema::kDateSlot, false, "\xff");
            enquire.set_sort_by_key_then_relevance(&keys, false);
            return;
        case SortOrder::DateDescending:
            keys.add_value(schema::kDateSlot, true);
            enquire.set_sort_by_key_then_relevance(&keys, false);
            return;
        case SortOrder::AmountDescending:
            keys.add_value(schema::kLargestAmountSlot, true);
            keys.add_value(schema::kDateSlot, true);
            enquire.set_sort_by_key_then_relevance(&keys, false);
            return;
    }
}

}  // namespace arsip::index
