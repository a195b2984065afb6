#include "index/term_postings.h"

#include <algorithm>
#include <cmath>

#include "index/block_bounds.h"

namespace arsip::index {
namespace {

using Node = TermPostings;

// Parts of terms in the same document add up as odds: a term's wdf is at most part / (1 - part)
// times the document's normalised length plus k1 (invert bm25_wdf_part), so wdfs summed (an AND's
// or a synonym's) give at most the part of the odds summed, whatever the document's length.
double odds(double part) { return part >= 1 ? INFINITY : part / (1 - part); }
double part_of_odds(double sum) { return std::isinf(sum) ? 1.0 : std::min(1.0, sum / (1 + sum) * (1 + 1e-9)); }

// The part a wdf can give in the shortest possible document (the normalised length's floor).
double part_bound(Xapian::termcount wdf) {
    if (wdf == 0) return 0;
    const double w = wdf;
    return std::min(1.0, w / (kBM25K1 * (kBM25MinNormLength * kBM25B + (1 - kBM25B)) + w) * (1 + 1e-9));
}

// The bound of children whose wdfs add up in a match (an AND's, a synonym's): their wdfs and
// parts (as odds) summed, up to the first child's limit. `length` folds the children's length
// bounds: an AND's match is in every child (the largest bound holds), an OR's in one (the least).
template <typename Fold>
PostingBound summed(const std::vector<std::unique_ptr<Node>>& children, Xapian::docid did, bool skip_ended,
                    Xapian::termcount length, Fold&& fold) {
    PostingBound out{0, length, kLastDocid};
    double odds_sum = 0;
    bool parts = true;
    for (const auto& child : children) {
        if (skip_ended && child->at_end()) continue;
        const PostingBound b = child->bound(did);
        out.wdf += b.wdf;
        out.length = fold(out.length, b.length);
        out.until = std::min(out.until, b.until);
        parts = parts && b.part >= 0;
        odds_sum += odds(std::max(b.part, 0.0));
    }
    out.part = parts ? part_of_odds(odds_sum) : -1;
    return out;
}

class TermNode : public Node {
public:
    TermNode(const Xapian::Database& db, const std::string& term, const FacetStore* store)
        : at_(db.postlist_begin(term)), end_(db.postlist_end(term)) {
        if (store) blocks_ = store->blocks(term);
        if (blocks_.count == 0) wdf_max_ = db.get_wdf_upper_bound(term);
    }
    bool at_end() const override { return at_ == end_; }
    Xapian::docid docid() const override { return *at_; }
    Xapian::termcount wdf() const override { return at_.get_wdf(); }
    void next() override { ++at_; }
    void skip_to(Xapian::docid did) override { at_.skip_to(did); }
    std::size_t next_batch(Xapian::docid last, Xapian::docid* out, std::size_t max) override {
        std::size_t n = 0;
        for (; n < max && at_ != end_; ++at_) {
            const Xapian::docid did = *at_;
            if (did > last) break;
            out[n++] = did;
        }
        return n;
    }
    PostingBound bound(Xapian::docid did) override {
        if (blocks_.count == 0) return {wdf_max_, 0, kLastDocid, part_bound(wdf_max_)};
        if (block_ < blocks_.count && blocks_.last[block_] < did) {
            block_ = static_cast<std::size_t>(std::lower_bound(blocks_.last + block_, blocks_.last + blocks_.count, did) - blocks_.last);
        }
        if (block_ == blocks_.count) return {0, 0, kLastDocid, 0};  // no posting after the last block
        return {blocks_.max_wdf[block_], blocks_.min_length[block_], blocks_.last[block_], blocks_.max_part[block_]};
    }

private:
    Xapian::PostingIterator at_, end_;
    TermBlocks blocks_;
    std::size_t block_ = 0;  // the block of the last bound asked
    Xapian::termcount wdf_max_ = 0;  // without blocks
};

class AndNode : public Node {
public:
    explicit AndNode(std::vector<std::unique_ptr<Node>> children) : children_(std::move(children)) { align(); }
    bool at_end() const override { return ended_; }
    Xapian::docid docid() const override { return children_.front()->docid(); }
    Xapian::termcount wdf() const override {
        Xapian::termcount sum = 0;
        for (const auto& child : children_) sum += child->wdf();
        return sum;
    }
    void next() override {
        children_.front()->next();
        align();
    }
    void skip_to(Xapian::docid did) override {
        if (!ended_ && docid() >= did) return;
        children_.front()->skip_to(did);
        align();
    }
    PostingBound bound(Xapian::docid did) override {
        // A match is a match of every child: each child's block bounds it.
        return summed(children_, did, false, 0, [](Xapian::termcount a, Xapian::termcount b) { return std::max(a, b); });
    }

private:
    // Moves every child to the first docid they all have: the first child (the rarest) leads,
    // each other child is moved to its docid, and when one passes it the leader follows.
    void align() {
        Node& leader = *children_.front();
        for (;;) {
            if (leader.at_end()) {
                ended_ = true;
                return;
            }
            const Xapian::docid target = leader.docid();
            bool aligned = true;
            for (std::size_t i = 1; i < children_.size(); ++i) {
                Node& child = *children_[i];
                child.skip_to(target);
                if (child.at_end()) {
                    ended_ = true;
                    return;
                }
                if (child.docid() != target) {
                    leader.skip_to(child.docid());
                    aligned = false;
                    break;
                }
            }
            if (aligned) return;
        }
    }

    std::vector<std::unique_ptr<Node>> children_;
    bool ended_ = false;
};

class OrNode : public Node {
public:
    explicit OrNode(std::vector<std::unique_ptr<Node>> children) : children_(std::move(children)) { settle(); }
    bool at_end() const override { return current_ == 0; }
    Xapian::docid docid() const override { return current_; }
    Xapian::termcount wdf() const override {
        Xapian::termcount sum = 0;
        for (const auto& child : children_) {
            if (!child->at_end() && child->docid() == current_) sum += child->wdf();
        }
        return sum;
    }
    void next() override {
        for (const auto& child : children_) {
            if (!child->at_end() && child->docid() == current_) child->next();
        }
        settle();
    }
    void skip_to(Xapian::docid did) override {
        if (current_ == 0 || current_ >= did) return;
        for (const auto& child : children_) {
            if (!child->at_end()) child->skip_to(did);
        }
        settle();
    }
    PostingBound bound(Xapian::docid did) override {
        // A match is a match of any child not at its end.
        PostingBound out = summed(children_, did, true, std::numeric_limits<Xapian::termcount>::max(),
                                  [](Xapian::termcount a, Xapian::termcount b) { return std::min(a, b); });
        if (out.wdf == 0) out.length = 0;
        return out;
    }

private:
    void settle() {
        current_ = 0;
        for (const auto& child : children_) {
            if (!child->at_end() && (current_ == 0 || child->docid() < current_)) current_ = child->docid();
        }
    }

    std::vector<std::unique_ptr<Node>> children_;
    Xapian::docid current_ = 0;  // 0: at the end
};

// The first child's matches that no other child has; the wdf is the first child's.
class AndNotNode : public Node {
public:
    AndNotNode(std::unique_ptr<Node> kept, std::unique_ptr<Node> dropped) : kept_(std::move(kept)), dropped_(std::move(dropped)) {
        settle();
    }
    bool at_end() const override { return kept_->at_end(); }
    Xapian::docid docid() const override { return kept_->docid(); }
    Xapian::termcount wdf() const override { return kept_->wdf(); }
    void next() override {
        kept_->next();
        settle();
    }
    void skip_to(Xapian::docid did) override {
        if (!kept_->at_end() && kept_->docid() >= did) return;
        kept_->skip_to(did);
        settle();
    }
    PostingBound bound(Xapian::docid did) override { return kept_->bound(did); }

private:
    // Moves the first child past the matches the other has.
    void settle() {
        while (!kept_->at_end()) {
            const Xapian::docid did = kept_->docid();
            dropped_->skip_to(did);
            if (dropped_->at_end() || dropped_->docid() != did) return;
            kept_->next();
        }
    }

    std::unique_ptr<Node> kept_, dropped_;
};

}  // namespace

Xapian::doccount most_matches(const Xapian::Database& db, const WeighedTerms& terms) {
    switch (terms.op) {
        case WeighedTerms::Op::Term:
            return db.get_termfreq(terms.term);
        case WeighedTerms::Op::AndNot:
            return most_matches(db, terms.children.front());
        case WeighedTerms::Op::And: {
            Xapian::doccount out = db.get_doccount();
            for (const auto& child : terms.children) out = std::min(out, most_matches(db, child));
            return out;
        }
        case WeighedTerms::Op::Or:
            break;
    }
    Xapian::doccount out = 0;
    for (const auto& child : terms.children) out += most_matches(db, child);
    return std::min(out, db.get_doccount());
}

std::unique_ptr<TermPostings> build_postings(const Xapian::Database& db, const WeighedTerms& terms, const FacetStore* store) {
    if (terms.op == WeighedTerms::Op::Term) return std::make_unique<TermNode>(db, terms.term, store);
    std::vector<std::pair<Xapian::doccount, std::unique_ptr<Node>>> children;
    for (const auto& child : terms.children) children.emplace_back(most_matches(db, child), build_postings(db, child, store));
    if (terms.op == WeighedTerms::Op::And) {
        std::stable_sort(children.begin(), children.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    std::vector<std::unique_ptr<Node>> nodes;
    for (auto& [matches, node] : children) nodes.push_back(std::move(node));
    switch (terms.op) {
        case WeighedTerms::Op::And:
            return std::make_unique<AndNode>(std::move(nodes));
        case WeighedTerms::Op::AndNot: {
            std::unique_ptr<Node> kept = std::move(nodes.front());
            nodes.erase(nodes.begin());
            std::unique_ptr<Node> dropped = nodes.size() == 1 ? std::move(nodes.front()) : std::make_unique<OrNode>(std::move(nodes));
            return std::make_unique<AndNotNode>(std::move(kept), std::move(dropped));
        }
        default:
            return std::make_unique<OrNode>(std::move(nodes));
    }
}

}  // namespace arsip::index
