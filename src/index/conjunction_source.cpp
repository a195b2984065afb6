#include "index/conjunction_source.h"

#include <algorithm>
#include <cstdlib>

namespace arsip::index {

// A word: its parts' sources (its stem and exact form), weighed by their MAX. Its first part
// matches every document the others match (ConjunctionPart): while that part is in use, the word
// walks its postings alone, and the others are brought to a match only to weigh it. A part that
// cannot give the weight the word needs (the page's minimum less what the other words can give
// at most) is put aside, as Xapian's OP_MAX drops such a subquery: a document it alone matches
// cannot reach the page, and where another part matches too, that part weighs more. Without
// the first part, the word walks the OR of the parts left.
struct ConjunctionSource::Word {
    std::vector<std::unique_ptr<StoreBM25Source>> parts;
    std::vector<bool> active;       // parts not put aside
    double maxweight = 0;           // its parts' largest
    Xapian::doccount termfreq = 0;  // its commonest part's

    // True while the first part is in use: it alone is walked.
    bool first_walks() const { return active[0]; }
    bool walked(std::size_t i) const { return active[i] && (i == 0 || !first_walks()); }

    bool at_end() const {
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (walked(i) && !parts[i]->at_end()) return false;
        }
        return true;
    }
    // Its first match (valid unless at_end).
    Xapian::docid docid() const {
        Xapian::docid out = kLastDocid;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (walked(i) && !parts[i]->at_end()) out = std::min(out, parts[i]->get_docid());
        }
        return out;
    }
    void skip_to(Xapian::docid did) {
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (walked(i) && !parts[i]->at_end() && parts[i]->get_docid() < did) parts[i]->skip_to(did, 0);
        }
    }
    // The weight of its match at `did`, where it is (the parts not walked are brought there).
    double weight(Xapian::docid did) const {
        double out = 0;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (!active[i] || parts[i]->at_end()) continue;
            if (parts[i]->get_docid() < did) {
                parts[i]->skip_to(did, 0);
                if (parts[i]->at_end()) continue;
            }
            if (parts[i]->get_docid() == did) out = std::max(out, parts[i]->get_weight());
        }
        return out;
    }
    StoreBM25Source::WeightBound bound(Xapian::docid did) const {
        StoreBM25Source::WeightBound out{0, kLastDocid};
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (!active[i] || parts[i]->at_end()) continue;
            const auto b = parts[i]->bound_from(did);
            out.weight = std::max(out.weight, b.weight);
            out.until = std::min(out.until, b.until);
        }
        return out;
    }
    // Puts aside the parts that cannot give `needed`; true when one was.
    bool set_aside(double needed) {
        bool changed = false;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            // With a margin for the rounding of the sums that make `needed`.
            if (active[i] && parts[i]->get_maxweight() * (1 + 1e-9) < needed) {
                active[i] = false;
                changed = true;
            }
        }
        return changed;
    }
    // The postings its walk reads.
    Xapian::doccount active_termfreq() const {
        Xapian::doccount out = 0;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (walked(i)) out += parts[i]->get_termfreq_est();
        }
        return out;
    }
};

ConjunctionSource::ConjunctionSource(std::shared_ptr<const FacetStore> store, std::vector<std::vector<Part>> words,
                                     std::vector<std::string> required)
    : store_(std::move(store)), spec_(std::move(words)), required_(std::move(required)) {}

ConjunctionSource::~ConjunctionSource() = default;

void ConjunctionSource::init(const Xapian::Database& db) {
    words_.clear();
    required_postings_.clear();
    double maxweight = 0;
    termfreq_max_ = db.get_doccount();
    for (const auto& spec : spec_) {
        Word word;
        double word_max = 0;
        Xapian::doccount word_termfreq_max = 0;
        for (const auto& part : spec) {
            auto source = std::make_unique<StoreBM25Source>(store_, part.terms, part.scale);
            source->init(db);
            source->next(0);  // on its first match
            word_max = std::max(word_max, source->get_maxweight());
            word.active.push_back(true);
            word.termfreq = std::max(word.termfreq, source->get_termfreq_est());
            // The first part matches every document the others match.
            if (word.parts.empty()) word_termfreq_max = source->get_termfreq_max();
            word.parts.push_back(std::move(source));
        }
        maxweight += word_max;
        word.maxweight = word_max;
        termfreq_max_ = std::min(termfreq_max_, word_termfreq_max);
        words_.push_back(std::move(word));
    }
    required_freq_.clear();
    for (const auto& term : required_) {
        required_postings_.push_back(build_postings(db, {WeighedTerms::Op::Term, term, {}}, nullptr));
        const Xapian::doccount freq = db.get_termfreq(term);
        required_freq_.push_back(freq);
        termfreq_max_ = std::min(termfreq_max_, freq);
    }
    required_lead_ = static_cast<std::size_t>(std::min_element(required_freq_.begin(), required_freq_.end()) -
                                              required_freq_.begin());
    // The rarest word leads the walk.
    std::stable_sort(words_.begin(), words_.end(), [](const Word& a, const Word& b) { return a.termfreq < b.termfreq; });
    lead_ = 0;
    maxweight_ = maxweight;
    set_aside_below_ = 0;
    // What the walk reads (the lead's postings), not the matches expected: Xapian orders an AND
    // by it, and a filter with fewer postings should lead.
    termfreq_est_ = termfreq_max_;
    set_maxweight(maxweight);
    current_ = 0;
    started_ = false;
    ended_ = words_.empty();
    bound_until_ = 0;
    bound_weight_ = 0;
}

void ConjunctionSource::set_aside(double min_wt) {
    if (min_wt <= set_aside_below_) return;
    set_aside_below_ = min_wt;
    bool changed = false;
    for (Word& word : words_) changed = word.set_aside(min_wt - (maxweight_ - word.maxweight)) || changed;
    if (!changed) return;
    // The word with the fewest postings left leads.
    for (std::size_t i = 0; i < words_.size(); ++i) {
        if (words_[i].active_termfreq() < words_[lead_].active_termfreq()) lead_ = i;
    }
    bound_until_ = 0;  // the bounds of the parts put aside no longer count
}

void ConjunctionSource::find(Xapian::docid did, double min_wt) {
    if (min_wt > 0) set_aside(min_wt);
    // The lead: the word with the fewest postings, or a required term with fewer still (a quoted
    // pair's pair term: its few documents lead, not every document with the rarer word).
    const bool required_leads = !required_freq_.empty() && required_freq_[required_lead_] < words_[lead_].active_termfreq();
    const std::size_t lead_word = required_leads ? words_.size() : lead_;
    Xapian::docid at = did;
    for (;;) {
        if (required_leads) {
            TermPostings& lead = *required_postings_[required_lead_];
            lead.skip_to(at);
            if (lead.at_end()) {
                ended_ = true;
                return;
            }
            at = lead.docid();
        } else {
            Word& lead = words_[lead_];
            lead.skip_to(at);
            if (lead.at_end()) {
                ended_ = true;
                return;
            }
            at = lead.docid();
        }
        if (min_wt > 0) {
            // The words' bounds summed, over the blocks they are in at `at`.
            if (at > bound_until_) {
                double sum = 0;
                Xapian::docid until = kLastDocid;
                for (const Word& word : words_) {
                    const auto b = word.bound(at);
                    sum += b.weight;
                    until = std::min(until, b.until);
                }
                bound_weight_ = sum;
                bound_until_ = until;
            }
            if (bound_weight_ < min_wt) {
                if (bound_until_ == kLastDocid) {
                    ended_ = true;
                    return;
                }
                at = bound_until_ + 1;
                continue;
            }
        }
        // Every other word and required term to `at`; where one passes it, the lead follows.
        bool aligned = true;
        const auto follow = [&](auto& postings) {
            postings.skip_to(at);
            if (postings.at_end()) {
                ended_ = true;
            } else if (postings.docid() != at) {
                at = postings.docid();
                aligned = false;
            }
        };
        for (std::size_t i = 0; i < words_.size() && aligned && !ended_; ++i) {
            if (i != lead_word) follow(words_[i]);
        }
        for (std::size_t i = 0; i < required_postings_.size() && aligned && !ended_; ++i) follow(*required_postings_[i]);
        if (ended_) return;
        if (aligned) {
            current_ = at;
            return;
        }
    }
}

void ConjunctionSource::next(double min_wt) {
    if (ended_) return;
    if (!started_) {
        started_ = true;
        find(1, min_wt);
        return;
    }
    if (current_ == kLastDocid) {
        ended_ = true;
        return;
    }
    find(current_ + 1, min_wt);
}

void ConjunctionSource::skip_to(Xapian::docid did, double min_wt) {
    if (ended_ || (started_ && did <= current_)) return;
    started_ = true;
    find(did, min_wt);
}

double ConjunctionSource::get_weight() const {
    double sum = 0;
    for (const Word& word : words_) sum += word.weight(current_);
    return sum;
}

ConjunctionSource* ConjunctionSource::clone() const { return new ConjunctionSource(store_, spec_, required_); }

std::string ConjunctionSource::get_description() const {
    std::string out = "ConjunctionSource(";
    for (std::size_t i = 0; i < spec_.size(); ++i) {
        if (i > 0) out += " AND ";
        out += "MAX(";
        for (std::size_t j = 0; j < spec_[i].size(); ++j) {
            if (j > 0) out += ", ";
            out += StoreBM25Source(store_, spec_[i][j].terms, spec_[i][j].scale).get_description();
        }
        out += ")";
    }
    for (const auto& term : required_) out += " FILTER " + term;
    return out + ")";
}

std::optional<Xapian::Query> store_conjunction(const std::vector<std::vector<ConjunctionPart>>& words,
                                               const std::vector<std::string>& required,
                                               const std::shared_ptr<const FacetStore>& store) {
    // One word of several parts (its stem and exact form) is walked along its stem alone
    // (callgrind at 1M, instructions per search: "pemerintah" -18 %, the synonym unit "kerja
    // sama" -21 %; "bank indonesia" and the rarer "investasi" +5 %).
    if (!store || words.empty() || (words.size() == 1 && words.front().size() < 2)) return std::nullopt;
    std::vector<std::vector<ConjunctionSource::Part>> spec;
    for (const auto& word : words) {
        if (word.empty()) return std::nullopt;
        std::vector<ConjunctionSource::Part> parts;
        for (const auto& part : word) {
            auto terms = source_terms(part.query);
            if (!terms) return std::nullopt;
            parts.push_back({std::move(*terms), part.scale});
        }
        spec.push_back(std::move(parts));
    }
    return Xapian::Query((new ConjunctionSource(store, std::move(spec), required))->release());
}

}  // namespace arsip::index
