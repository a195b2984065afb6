#include "index/store_weighting.h"

#include "index/conjunction_source.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace arsip::index {
namespace {

constexpr double kK1 = kBM25K1;
constexpr double kB = kBM25B;
constexpr double kMinNormLength = kBM25MinNormLength;

}  // namespace

KindSource::KindSource(std::shared_ptr<const FacetStore> store, FacetStore::Kind kind, Xapian::doccount count)
    : store_(std::move(store)), kind_(kind), count_(count), runs_(&store_->runs(kind)) {}

void KindSource::init(const Xapian::Database& /*db*/) {
    run_ = 0;
    at_ = 0;
}

void KindSource::move_to(Xapian::docid did) {
    const auto& runs = *runs_;
    // Only called forward: the run is this one or a later one, usually the next.
    while (run_ < runs.size() && runs[run_].last < did) ++run_;
    if (run_ == runs.size()) return;
    at_ = std::max(did, runs[run_].first);
    // Inside a run, a docid without a document (deleted) is passed over.
    while (store_->kind(at_) != kind_) {
        if (at_ == runs[run_].last) {
            // Runs end on a docid of their kind: unreachable unless the store is damaged.
            ++run_;
            if (run_ == runs.size()) return;
            at_ = runs[run_].first;
        } else {
            ++at_;
        }
    }
}

void KindSource::next(double /*min_wt*/) { move_to(at_ + 1); }

void KindSource::skip_to(Xapian::docid did, double /*min_wt*/) {
    if (did <= at_) return;
    move_to(did);
}

bool KindSource::check(Xapian::docid did, double /*min_wt*/) {
    // As skip_to: where the other kind starts a long run, the match jumps past it.
    if (did < at_) {
        run_ = 0;
        at_ = 0;
    }
    if (did > at_) move_to(did);
    return true;
}

KindSource* KindSource::clone() const { return new KindSource(store_, kind_, count_); }

std::string KindSource::get_description() const {
    return "KindSource(" + std::to_string(static_cast<int>(kind_)) + ")";
}

namespace {

// Xapian 1.4's estimate of the documents `terms` matches (get_termfreq_est_using_stats): an AND
// rounds once, at the end; an OR (a chain of two-way ORs, the same as Xapian's for two
// subqueries) at every step.
Xapian::doccount estimated_termfreq(const Xapian::Database& db, const WeighedTerms& terms) {
    if (terms.op == WeighedTerms::Op::Term) return db.get_termfreq(terms.term);
    const double documents = db.get_doccount();
    double estimate = estimated_termfreq(db, terms.children.front());
    for (std::size_t i = 1; i < terms.children.size(); ++i) {
        const double other = estimated_termfreq(db, terms.children[i]);
        if (terms.op == WeighedTerms::Op::And) {
            estimate = estimate * other / documents;
        } else {
            estimate = static_cast<Xapian::doccount>(estimate + other - estimate * other / documents + 0.5);
        }
    }
    return static_cast<Xapian::doccount>(terms.op == WeighedTerms::Op::And ? estimate + 0.5 : estimate);
}

// The largest wdf `terms` can give (the sum of its terms').
Xapian::termcount wdf_upper_bound(const Xapian::Database& db, const WeighedTerms& terms) {
    if (terms.op == WeighedTerms::Op::Term) return db.get_wdf_upper_bound(terms.term);
    Xapian::termcount wdf = 0;
    for (const auto& child : terms.children) wdf += wdf_upper_bound(db, child);
    return wdf;
}

std::string describe(const WeighedTerms& terms) {
    if (terms.op == WeighedTerms::Op::Term) return terms.term;
    std::string out = "(";
    for (std::size_t i = 0; i < terms.children.size(); ++i) {
        if (i > 0) out += terms.op == WeighedTerms::Op::And ? " AND " : " OR ";
        out += describe(terms.children[i]);
    }
    return out + ")";
}

}  // namespace

FacetFilterSource::FacetFilterSource(std::shared_ptr<const FacetStore> store, std::vector<std::string> terms,
                                     std::vector<std::uint32_t> ids, std::optional<FacetStore::Kind> kind)
    : store_(std::move(store)), terms_(std::move(terms)), ids_(std::move(ids)), kind_(kind) {
    std::sort(ids_.begin(), ids_.end());
}

FacetFilterSource::~FacetFilterSource() = default;

void FacetFilterSource::init(const Xapian::Database& db) {
    WeighedTerms any{WeighedTerms::Op::Or, {}, {}};
    termfreq_min_ = termfreq_est_ = termfreq_max_ = 0;
    for (const auto& term : terms_) {
        any.children.push_back({WeighedTerms::Op::Term, term, {}});
        const Xapian::doccount freq = db.get_termfreq(term);
        termfreq_min_ = std::max(termfreq_min_, freq);
        termfreq_max_ = std::min<Xapian::doccount>(termfreq_max_ + freq, db.get_doccount());
    }
    termfreq_est_ = termfreq_max_;
    if (kind_) {
        termfreq_est_ = std::min(termfreq_est_, store_->documents_with(*kind_, ids_));
        termfreq_min_ = std::min(termfreq_min_, termfreq_est_);
    }
    walk_ = any.children.empty() ? nullptr : build_postings(db, any, nullptr);
    checked_ = 0;
    started_ = false;
}

void FacetFilterSource::next(double /*min_wt*/) {
    if (!walk_) return;
    if (checked_) {
        walk_->skip_to(checked_ + 1);
        checked_ = 0;
    } else if (started_) {
        walk_->next();
    }
    started_ = true;
}

void FacetFilterSource::skip_to(Xapian::docid did, double /*min_wt*/) {
    if (!walk_) return;
    if (checked_) {
        did = std::max(did, checked_ + 1);
        checked_ = 0;
    }
    started_ = true;
    if (!walk_->at_end()) walk_->skip_to(did);
}

bool FacetFilterSource::check(Xapian::docid did, double /*min_wt*/) {
    if (!walk_) return true;  // at the end: skip_to's answer
    started_ = true;
    checked_ = did;
    return store_->has_any(did, ids_);
}

bool FacetFilterSource::at_end() const {
    if (!walk_) return true;
    return !checked_ && started_ && walk_->at_end();
}

Xapian::docid FacetFilterSource::get_docid() const { return checked_ ? checked_ : walk_->docid(); }

FacetFilterSource* FacetFilterSource::clone() const { return new FacetFilterSource(store_, terms_, ids_, kind_); }

std::string FacetFilterSource::get_description() const {
    std::string out = "FacetFilterSource(";
    for (std::size_t i = 0; i < terms_.size(); ++i) out += (i ? " OR " : "") + terms_[i];
    return out + ")";
}

StoreBM25Source::StoreBM25Source(std::shared_ptr<const FacetStore> store, WeighedTerms terms, double scale)
    : store_(std::move(store)), terms_(std::move(terms)), scale_(scale) {}

StoreBM25Source::~StoreBM25Source() = default;

void StoreBM25Source::init(const Xapian::Database& db) {
    postings_ = build_postings(db, terms_, store_.get());
    started_ = false;
    exhausted_ = false;
    bound_until_ = 0;
    bound_weight_ = 0;
    termfreq_ = estimated_termfreq(db, terms_);
    termfreq_max_ = most_matches(db, terms_);
    const Xapian::termcount wdf_max = wdf_upper_bound(db, terms_);
    termfreq_ = std::min(termfreq_, termfreq_max_);
    // As BM25Weight::init: the idf part kept above 0 when the term is in most documents.
    const double documents = db.get_doccount();
    double idf = (documents - termfreq_ + 0.5) / (termfreq_ + 0.5);
    if (idf < 2) idf = idf * 0.5 + 1;
    termweight_ = std::log(idf) * (kK1 + 1);
    const double average = db.get_avlength();
    inverse_average_ = average > 0 ? 1 / average : 0;
    // The blocks' wdf parts hold for the average they were computed with.
    parts_hold_ = store_->bounds_average_length() == average;
    // As BM25Weight::get_maxpart: the weight of the largest wdf in the shortest document.
    const double lower = std::max(db.get_doclength_lower_bound() * inverse_average_, kMinNormLength);
    const double wdf_bound = wdf_max;
    set_maxweight(scale_ * (wdf_bound > 0 ? termweight_ * wdf_bound / (kK1 * (lower * kB + (1 - kB)) + wdf_bound) : 0));
}

double StoreBM25Source::weight_of(double wdf, Xapian::termcount length) const {
    const double norm_length = std::max(length * inverse_average_, kMinNormLength);
    return scale_ * (termweight_ * wdf / (kK1 * (norm_length * kB + (1 - kB)) + wdf));
}

StoreBM25Source::WeightBound StoreBM25Source::bound_from(Xapian::docid did) {
    if (did > bound_until_) {
        const PostingBound b = postings_->bound(did);
        bound_until_ = b.until;
        // Two bounds, both true: the wdf and length bounds, and the wdf part's (tighter, from
        // each document's own length, while the store's parts are for this average).
        bound_weight_ = b.wdf > 0 ? weight_of(static_cast<double>(b.wdf), b.length) : 0;
        if (b.part >= 0 && parts_hold_) bound_weight_ = std::min(bound_weight_, scale_ * (termweight_ * b.part));
    }
    return {bound_weight_, bound_until_};
}

void StoreBM25Source::prune(double min_wt) {
    // Xapian asks for nothing below min_wt: blocks whose bound is below it are passed over.
    if (min_wt <= 0) return;
    while (!postings_->at_end()) {
        const WeightBound bound = bound_from(postings_->docid());
        if (bound.weight >= min_wt) return;
        if (bound.until == kLastDocid) {
            exhausted_ = true;
            return;
        }
        postings_->skip_to(bound.until + 1);
    }
}

void StoreBM25Source::next(double min_wt) {
    if (!started_) {
        started_ = true;  // the postings start on their first match
    } else {
        postings_->next();
    }
    prune(min_wt);
}

void StoreBM25Source::skip_to(Xapian::docid did, double min_wt) {
    started_ = true;
    if (!postings_->at_end()) postings_->skip_to(did);
    prune(min_wt);
}

bool StoreBM25Source::at_end() const { return started_ && (exhausted_ || postings_->at_end()); }

Xapian::docid StoreBM25Source::get_docid() const { return postings_->docid(); }

double StoreBM25Source::get_weight() const {
    const Xapian::termcount length = store_->length(postings_->docid());
    const double wdf = std::min(postings_->wdf(), length);
    const double norm_length = std::max(length * inverse_average_, kMinNormLength);
    return scale_ * (termweight_ * wdf / (kK1 * (norm_length * kB + (1 - kB)) + wdf));
}

StoreBM25Source* StoreBM25Source::clone() const { return new StoreBM25Source(store_, terms_, scale_); }

std::string StoreBM25Source::get_description() const {
    std::string out = "StoreBM25Source(" + describe(terms_);
    if (scale_ != 1) out += " * " + std::to_string(scale_);
    return out + ")";
}

namespace {

Xapian::Query term_source(const std::shared_ptr<const FacetStore>& store, const std::string& term, double scale) {
    return Xapian::Query((new StoreBM25Source(store, {WeighedTerms::Op::Term, term, {}}, scale))->release());
}

// The term of a one-term query; nullopt for anything else (MatchAll is the empty term, which
// Xapian weighs by its own rules).
std::optional<std::string> term_of(const Xapian::Query& query) {
    if (query.get_type() != Xapian::Query::LEAF_TERM) return std::nullopt;
    std::string term = *query.get_terms_begin();
    if (term.empty()) return std::nullopt;
    return term;
}

// A synonym's subquery as WeighedTerms: terms, and ANDs and ORs of them.
std::optional<WeighedTerms> synonym_terms(const Xapian::Query& query) {
    using Q = Xapian::Query;
    switch (query.get_type()) {
        case Q::LEAF_TERM: {
            auto term = term_of(query);
            if (!term) return std::nullopt;
            return WeighedTerms{WeighedTerms::Op::Term, std::move(*term), {}};
        }
        case Q::OP_AND:
        case Q::OP_OR:
        case Q::OP_SYNONYM:
            return combine_subqueries(query.get_type() == Q::OP_AND ? WeighedTerms::Op::And : WeighedTerms::Op::Or,
                                      query, synonym_terms);
        default:
            return std::nullopt;
    }
}

// FILTER(AND(a, b, ...), t, ...) of terms or synonyms a, b and terms t as a ConjunctionSource.
std::optional<Xapian::Query> filtered_conjunction(const Xapian::Query& query, const std::shared_ptr<const FacetStore>& store,
                                                  double scale) {
    using Q = Xapian::Query;
    const Q words = query.get_subquery(0);
    if (words.get_type() != Q::OP_AND) return std::nullopt;
    std::vector<std::vector<ConjunctionPart>> parts;
    for (std::size_t i = 0; i < words.get_num_subqueries(); ++i) parts.push_back({{words.get_subquery(i), scale}});
    std::vector<std::string> required;
    for (std::size_t i = 1; i < query.get_num_subqueries(); ++i) {
        const auto term = term_of(query.get_subquery(i));
        if (!term) return std::nullopt;
        required.push_back(*term);
    }
    return store_conjunction(parts, required, store);
}

std::optional<Xapian::Query> rewrite(const Xapian::Query& query, const std::shared_ptr<const FacetStore>& store,
                                     double scale) {
    using Q = Xapian::Query;
    const auto type = query.get_type();
    switch (type) {
        case Q::LEAF_TERM: {
            const auto term = term_of(query);
            if (!term) return std::nullopt;
            return term_source(store, *term, scale);
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
                auto part = rewrite(query.get_subquery(i), store, scale);
                if (!part) return std::nullopt;
                parts.push_back(std::move(*part));
            }
            return Q(type, parts.begin(), parts.end());
        }
        case Q::OP_FILTER:
            // FILTER(AND(words...), term...) (a quoted pair: pair_terms.h) as one conjunction,
            // pruned across its words.
            if (auto conjunction = filtered_conjunction(query, store, scale)) return conjunction;
            [[fallthrough]];
        case Q::OP_AND_NOT: {
            // Only the first subquery is weighted; the others only select.
            std::vector<Q> parts;
            for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
                if (i > 0) {
                    parts.push_back(query.get_subquery(i));
                    continue;
                }
                auto part = rewrite(query.get_subquery(i), store, scale);
                if (!part) return std::nullopt;
                parts.push_back(std::move(*part));
            }
            return Q(type, parts.begin(), parts.end());
        }
        case Q::OP_SYNONYM: {
            auto terms = synonym_terms(query);
            if (!terms) return std::nullopt;
            // Xapian weighs a synonym as one term, over the documents any subquery matches.
            return Q((new StoreBM25Source(store, std::move(*terms), scale))->release());
        }
        case Q::OP_PHRASE:
        case Q::OP_NEAR: {
            std::vector<Q> terms;
            for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
                const auto term = term_of(query.get_subquery(i));
                if (!term) return std::nullopt;
                terms.push_back(term_source(store, *term, scale));
            }
            return Q(Q::OP_FILTER, Q(Q::OP_AND, terms.begin(), terms.end()), query);
        }
        default:
            return std::nullopt;
    }
}

}  // namespace

std::optional<WeighedTerms> source_terms(const Xapian::Query& query) {
    if (query.get_type() == Xapian::Query::LEAF_TERM) {
        auto term = term_of(query);
        if (!term) return std::nullopt;
        return WeighedTerms{WeighedTerms::Op::Term, std::move(*term), {}};
    }
    if (query.get_type() == Xapian::Query::OP_SYNONYM) return synonym_terms(query);
    return std::nullopt;
}

std::optional<Xapian::Query> store_weighted(const Xapian::Query& query, const std::shared_ptr<const FacetStore>& store,
                                           double scale) {
    if (!store || query.empty()) return std::nullopt;
    return rewrite(query, store, scale);
}

}  // namespace arsip::index
