// Ranking a conjunction of words with block-max pruning across all of them. Internal to index/.
//
// Xapian 1.4 ranks "pelayanan publik" as AND(MAX(stem, 2 x word), MAX(stem, 2 x word)) and asks
// each side for at least the page's minimum weight less the most the other side can give: with
// two common words that is about nothing, so every document with both words is weighed. A
// ConjunctionSource walks the words together (rarest first) and bounds their sum block by block
// (each StoreBM25Source's bound_from, block_bounds.h): a run of documents whose words cannot add
// up to the page's minimum is passed over whole. It weighs exactly as that Xapian query weighs
// (each word the MAX of its parts, the conjunction their sum), and matches exactly its matches;
// `required` terms (a pair term, pair_terms.h) must match too and weigh nothing, as the boolean
// side of OP_FILTER. The walk is led by whichever has the fewest postings: the rarest word, or a
// required term with fewer (a quoted pair's pair term is in far fewer documents than its words).
#pragma once

#include <xapian.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "index/facet_store.h"
#include "index/store_weighting.h"

namespace arsip::index {

// One part of a word: a term or a synonym (what one StoreBM25Source weighs), times `scale`.
// A word's first part must match every document its other parts match: a word is its stem and
// its exact form, and the term generator writes the stem's term beside every word's term
// (STEM_SOME), as the count's matching query assumes (query_builder.h). The word's walk goes
// along the first part alone while it is in use, reading the others only to weigh a match.
struct ConjunctionPart {
    Xapian::Query query;
    double scale = 1;
};

// AND of the words, each the MAX of its parts, filtered by `required`, as a ConjunctionSource;
// nullopt when a part is not a term or a synonym of terms (store_weighted's operators are left
// to Xapian then), without words, with one word of one part (its StoreBM25Source weighs it
// alone), or without a store.
std::optional<Xapian::Query> store_conjunction(const std::vector<std::vector<ConjunctionPart>>& words,
                                               const std::vector<std::string>& required,
                                               const std::shared_ptr<const FacetStore>& store);

class ConjunctionSource : public Xapian::PostingSource {
public:
    struct Part {
        WeighedTerms terms;
        double scale = 1;
    };

    ConjunctionSource(std::shared_ptr<const FacetStore> store, std::vector<std::vector<Part>> words,
                      std::vector<std::string> required);
    ~ConjunctionSource() override;

    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override { return termfreq_est_; }
    Xapian::doccount get_termfreq_max() const override { return termfreq_max_; }
    void init(const Xapian::Database& db) override;
    void next(double min_wt) override;
    void skip_to(Xapian::docid did, double min_wt) override;
    bool at_end() const override { return ended_; }
    Xapian::docid get_docid() const override { return current_; }
    double get_weight() const override;
    ConjunctionSource* clone() const override;
    std::string get_description() const override;

private:
    struct Word;  // its parts' sources, walked as their OR
    // To the first match at or after `did` that can weigh min_wt.
    void find(Xapian::docid did, double min_wt);
    // Puts aside the parts of words that cannot give what min_wt leaves them (Word::set_aside).
    void set_aside(double min_wt);

    std::shared_ptr<const FacetStore> store_;
    std::vector<std::vector<Part>> spec_;
    std::vector<std::string> required_;
    std::vector<Word> words_;  // the rarest first
    std::size_t lead_ = 0;     // the word that leads the walk
    double maxweight_ = 0;
    double set_aside_below_ = 0;  // the min_wt the parts were last put aside for
    std::vector<std::unique_ptr<TermPostings>> required_postings_;
    std::vector<Xapian::doccount> required_freq_;  // each required term's postings
    std::size_t required_lead_ = 0;                 // the required term with the fewest
    Xapian::doccount termfreq_est_ = 0, termfreq_max_ = 0;
    Xapian::docid current_ = 0;
    bool started_ = false, ended_ = false;
    Xapian::docid bound_until_ = 0;  // the sum's bound holds up to this docid
    double bound_weight_ = 0;
};

}  // namespace arsip::index
