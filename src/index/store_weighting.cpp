#include "index/store_weighting.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace arsip::index {
namespace {

// Xapian's BM25Weight() defaults.
constexpr double kK1 = 1.0;
constexpr double kB = 0.5;
constexpr double kMinNormLength = 0.5;

}  // namespace

KindSource::KindSource(std::shared_ptr<const FacetStore> store, FacetStore::Kind kind, Xapian::doccount count)
    : store_(std::move(store)), kind_(kind), count_(count) {}

void KindSource::init(const Xapian::Database& /*db*/) { at_ = 0; }

void KindSource::advance_to_kind() {
    const Xapian::docid last = store_->last_docid();
    while (at_ <= last && store_->kind(at_) != kind_) ++at_;
}

void KindSource::next(double /*min_wt*/) {
    ++at_;
    advance_to_kind();
}

void KindSource::skip_to(Xapian::docid did, double /*min_wt*/) {
    if (did <= at_) return;
    at_ = did;
    advance_to_kind();
}

bool KindSource::check(Xapian::docid did, double /*min_wt*/) {
    at_ = did;
    return store_->kind(did) == kind_;
}

KindSource* KindSource::clone() const { return new KindSource(store_, kind_, count_); }

std::string KindSource::get_description() const {
    return "KindSource(" + std::to_string(static_cast<int>(kind_)) + ")";
}

StoreBM25Source::StoreBM25Source(std::shared_ptr<const FacetStore> store, std::string term)
    : store_(std::move(store)), term_(std::move(term)) {}

void StoreBM25Source::init(const Xapian::Database& db) {
    db_ = db;
    at_ = db_.postlist_begin(term_);
    end_ = db_.postlist_end(term_);
    started_ = false;
    termfreq_ = db_.get_termfreq(term_);
    // As BM25Weight::init: the idf part kept above 0 when the term is in most documents.
    const double documents = db_.get_doccount();
    double idf = (documents - termfreq_ + 0.5) / (termfreq_ + 0.5);
    if (idf < 2) idf = idf * 0.5 + 1;
    termweight_ = std::log(idf) * (kK1 + 1);
    const double average = db_.get_avlength();
    inverse_average_ = average > 0 ? 1 / average : 0;
    // As BM25Weight::get_maxpart: the weight of the largest wdf in the shortest document.
    const double lower = std::max(db_.get_doclength_lower_bound() * inverse_average_, kMinNormLength);
    const double wdf_max = db_.get_wdf_upper_bound(term_);
    set_maxweight(wdf_max > 0 ? termweight_ * wdf_max / (kK1 * (lower * kB + (1 - kB)) + wdf_max) : 0);
}

void StoreBM25Source::next(double /*min_wt*/) {
    if (!started_) {
        started_ = true;
        return;
    }
    ++at_;
}

void StoreBM25Source::skip_to(Xapian::docid did, double /*min_wt*/) {
    started_ = true;
    if (at_ != end_) at_.skip_to(did);
}

double StoreBM25Source::get_weight() const {
    const double wdf = at_.get_wdf();
    const double norm_length = std::max(store_->length(*at_) * inverse_average_, kMinNormLength);
    return termweight_ * wdf / (kK1 * (norm_length * kB + (1 - kB)) + wdf);
}

StoreBM25Source* StoreBM25Source::clone() const { return new StoreBM25Source(store_, term_); }

std::string StoreBM25Source::get_description() const { return "StoreBM25Source(" + term_ + ")"; }

namespace {

Xapian::Query term_source(const std::shared_ptr<const FacetStore>& store, const std::string& term) {
    return Xapian::Query((new StoreBM25Source(store, term))->release());
}

std::optional<Xapian::Query> rewrite(const Xapian::Query& query, const std::shared_ptr<const FacetStore>& store) {
    using Q = Xapian::Query;
    const auto type = query.get_type();
    switch (type) {
        case Q::LEAF_TERM: {
            const std::string term = *query.get_terms_begin();
            if (term.empty()) return std::nullopt;  // MatchAll: weighted by Xapian's own rules
            return term_source(store, term);
        }
        case Q::LEAF_MATCH_NOTHING:
        case Q::LEAF_POSTING_SOURCE:
        case Q::OP_VALUE_RANGE:
        case Q::OP_VALUE_GE:
        case Q::OP_VALUE_LE:
            return query;
        case Q::OP_AND:
        case Q::OP_OR:
        case Q::OP_XOR:
        case Q::OP_MAX:
        case Q::OP_AND_MAYBE: {
            // Every subquery is weighted.
            std::vector<Q> parts;
            for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
                auto part = rewrite(query.get_subquery(i), store);
                if (!part) return std::nullopt;
                parts.push_back(std::move(*part));
            }
            return Q(type, parts.begin(), parts.end());
        }
        case Q::OP_FILTER:
        case Q::OP_AND_NOT: {
            // Only the first subquery is weighted; the others only select.
            std::vector<Q> parts;
            for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
                if (i > 0) {
                    parts.push_back(query.get_subquery(i));
                    continue;
                }
                auto part = rewrite(query.get_subquery(i), store);
                if (!part) return std::nullopt;
                parts.push_back(std::move(*part));
            }
            return Q(type, parts.begin(), parts.end());
        }
        case Q::OP_PHRASE:
        case Q::OP_NEAR: {
            std::vector<Q> terms;
            for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
                const Q part = query.get_subquery(i);
                if (part.get_type() != Q::LEAF_TERM) return std::nullopt;
                const std::string term = *part.get_terms_begin();
                if (term.empty()) return std::nullopt;
                terms.push_back(term_source(store, term));
            }
            return Q(Q::OP_FILTER, Q(Q::OP_AND, terms.begin(), terms.end()), query);
        }
        default:
            return std::nullopt;
    }
}

}  // namespace

std::optional<Xapian::Query> store_weighted(const Xapian::Query& query, const std::shared_ptr<const FacetStore>& store) {
    if (!store || query.empty()) return std::nullopt;
    return rewrite(query, store);
}

}  // namespace arsip::index
