// Ranking and the kind filter from the facet store (facet_store.h) instead of Xapian's
// document-length and kind posting lists. Internal to index/.
//
// Xapian 1.4 weights a term's match with BM25, which needs the matching document's length; it
// reads it from the document-length posting list by skipping forward to the docid, which decodes
// every entry on the way: a rare term costs as much as decoding the lengths of the whole
// database (about 10 ms per million Xapian documents on the benchmark machine). The store holds
// every length in an array, so a StoreBM25Source gives the same BM25 weight (Xapian's
// BM25Weight with its default parameters, which the searcher uses) for an array read.
// KindSource likewise replaces the schema::kKind filter term, whose posting list holds every
// document of the index.
//
// A store is only used while it was written for the open revision (FacetStore::open), so the
// lengths are Xapian's own.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "index/facet_store.h"
#include "index/term_postings.h"

namespace arsip::index {

// The documents of one kind, as a boolean posting source (weight 0). It moves along the
// store's runs of its kind (FacetStore::runs), and answers check() like skip_to(): when a
// candidate is of the other kind, the source moves to the start of its next run, and the match
// skips every posting before it (in an index built from shards, every clause of a document
// search), instead of decoding and refusing them one by one.
class KindSource : public Xapian::PostingSource {
public:
    KindSource(std::shared_ptr<const FacetStore> store, FacetStore::Kind kind, Xapian::doccount count);

    Xapian::doccount get_termfreq_min() const override { return count_; }
    Xapian::doccount get_termfreq_est() const override { return count_; }
    Xapian::doccount get_termfreq_max() const override { return count_; }
    void init(const Xapian::Database& db) override;
    void next(double min_wt) override;
    void skip_to(Xapian::docid did, double min_wt) override;
    bool check(Xapian::docid did, double min_wt) override;
    bool at_end() const override { return run_ == runs_->size(); }
    Xapian::docid get_docid() const override { return at_; }
    KindSource* clone() const override;
    std::string get_description() const override;

private:
    // To the first docid of the kind at or after `did` (at_end when there is none).
    void move_to(Xapian::docid did);

    std::shared_ptr<const FacetStore> store_;
    FacetStore::Kind kind_;
    Xapian::doccount count_;
    const std::vector<FacetStore::Run>* runs_;
    std::size_t run_ = 0;  // the run at_ is in
    Xapian::docid at_ = 0;
};

// The documents with any of one facet's selected values (a facet filter), as a boolean posting
// source: walked along the values' facet terms when it leads a match, answered from the
// store's value ids when another part leads and asks whether a document matches (a facet term
// of a common value, type = article, holds most documents: decoding it up to each asked docid
// costs what the length list did for BM25). With the kind searched, it estimates its matches
// as the values' documents of that kind (FacetStore::value_counts): a facet term's postings
// hold the other kind's too (every clause has its agreement's values), and Xapian's AND leads
// with the part it estimates smallest.
class FacetFilterSource : public Xapian::PostingSource {
public:
    // `terms`: the values' facet terms; `ids`: their value ids in the store; `kind`: the kind
    // the search is over, when it is one (the estimate then counts that kind's documents).
    FacetFilterSource(std::shared_ptr<const FacetStore> store, std::vector<std::string> terms,
                      std::vector<std::uint32_t> ids, std::optional<FacetStore::Kind> kind = std::nullopt);
    ~FacetFilterSource() override;

    Xapian::doccount get_termfreq_min() const override { return termfreq_min_; }
    Xapian::doccount get_termfreq_est() const override { return termfreq_est_; }
    Xapian::doccount get_termfreq_max() const override { return termfreq_max_; }
    void init(const Xapian::Database& db) override;
    void next(double min_wt) override;
    void skip_to(Xapian::docid did, double min_wt) override;
    bool check(Xapian::docid did, double min_wt) override;
    bool at_end() const override;
    Xapian::docid get_docid() const override;
    FacetFilterSource* clone() const override;
    std::string get_description() const override;

private:
    std::shared_ptr<const FacetStore> store_;
    std::vector<std::string> terms_;
    std::vector<std::uint32_t> ids_;  // sorted
    std::optional<FacetStore::Kind> kind_;
    std::unique_ptr<TermPostings> walk_;  // the values' terms; nullptr without any
    bool started_ = false;       // the walk starts on its first match: the first next() stays
    Xapian::docid checked_ = 0;  // the docid check() answered for, until the next move
    Xapian::doccount termfreq_min_ = 0, termfreq_est_ = 0, termfreq_max_ = 0;
};

// Weighs as Xapian's BM25Weight() weighs a term or an OP_SYNONYM (k1 = 1, k2 = 0, k3 = 1,
// b = 0.5, min_normlen = 0.5, query wqf 1), with the document length from the store, times
// `scale` (what OP_SCALE_WEIGHT would multiply it by). A synonym's document frequency is
// estimated as Xapian 1.4 estimates it (independent terms: an AND multiplies frequencies, an OR
// adds them less their product), its wdf clamped to the document length as Xapian clamps it.
//
// next() and skip_to() pass over the postings whose weight cannot reach the `min_wt` Xapian's
// matcher gives them, by the store's block bounds (block_bounds.h): Xapian 1.4 gives min_wt in
// the units of the weight the source returns only when no OP_SCALE_WEIGHT is above it, so a
// scaled source is built with its scale, never put under OP_SCALE_WEIGHT.
class StoreBM25Source : public Xapian::PostingSource {
public:
    StoreBM25Source(std::shared_ptr<const FacetStore> store, WeighedTerms terms, double scale = 1.0);
    ~StoreBM25Source() override;

    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override { return termfreq_; }
    Xapian::doccount get_termfreq_max() const override { return termfreq_max_; }
    void init(const Xapian::Database& db) override;
    void next(double min_wt) override;
    void skip_to(Xapian::docid did, double min_wt) override;
    bool at_end() const override;
    Xapian::docid get_docid() const override;
    double get_weight() const override;
    StoreBM25Source* clone() const override;
    std::string get_description() const override;

    // The most a match from `did` up to `until` can weigh (block_bounds.h). `did` never goes
    // back from one call to the next.
    struct WeightBound {
        double weight;
        Xapian::docid until;
    };
    WeightBound bound_from(Xapian::docid did);

private:
    // The weight of a match with this wdf in a document this long.
    double weight_of(double wdf, Xapian::termcount length) const;
    // Moves past the blocks whose bound is below min_wt.
    void prune(double min_wt);

    std::shared_ptr<const FacetStore> store_;
    WeighedTerms terms_;
    double scale_;
    std::unique_ptr<TermPostings> postings_;
    bool started_ = false;
    bool exhausted_ = false;  // nothing left can reach the weight asked
    bool parts_hold_ = false;  // the store's block wdf parts are for this database's average length
    Xapian::doccount termfreq_ = 0, termfreq_max_ = 0;
    double termweight_ = 0;  // idf part times (k1 + 1)
    double inverse_average_ = 0;
    Xapian::docid bound_until_ = 0;  // the current bound holds up to this docid
    double bound_weight_ = 0;        // the current bound
};

// What one StoreBM25Source weighs for `query`: a term, or a synonym of terms (and of ANDs and
// ORs of terms); nullopt for anything else.
std::optional<WeighedTerms> source_terms(const Xapian::Query& query);

// `query` times `scale` with every weighted term (a term that is not under the boolean side of
// OP_FILTER or OP_AND_NOT) weighted by a StoreBM25Source; a phrase or NEAR of terms becomes its terms' sources
// filtered by the phrase itself (Xapian weights a phrase as the sum of its terms). nullopt when
// the query has an operator whose weight this cannot reproduce (OP_SCALE_WEIGHT, whose factor
// Xapian does not expose, OP_WILDCARD, OP_ELITE_SET, a synonym of anything but terms, ANDs
// and ORs of terms): the caller keeps Xapian's weighting then.
std::optional<Xapian::Query> store_weighted(const Xapian::Query& query, const std::shared_ptr<const FacetStore>& store,
                                           double scale = 1.0);

}  // namespace arsip::index
