#include "index/pair_terms.h"

#include <algorithm>
#include <utility>

#include "index/schema.h"

namespace arsip::index {
namespace {

using Q = Xapian::Query;

std::string leaf_term(const Q& leaf) { return *leaf.get_terms_begin(); }

bool rewrites_children(Q::op op) {
    switch (op) {
        case Q::OP_AND: case Q::OP_OR: case Q::OP_AND_NOT: case Q::OP_XOR: case Q::OP_AND_MAYBE:
        case Q::OP_FILTER: case Q::OP_MAX:
            return true;
        default:
            return false;
    }
}

}  // namespace

PairWords::PairWords(std::vector<std::string> words) : words_(std::move(words)) {
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
    words_.erase(std::remove(words_.begin(), words_.end(), std::string()), words_.end());
}

PairWords PairWords::parse(std::string_view text) {
    std::vector<std::string> words;
    while (!text.empty()) {
        const auto end = text.find('\n');
        words.emplace_back(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
    return PairWords(std::move(words));
}

std::string PairWords::serialise() const {
    std::string out;
    for (const auto& w : words_) out += w + "\n";
    return out;
}

bool PairWords::contains(std::string_view word) const {
    return std::binary_search(words_.begin(), words_.end(), word, std::less<>());
}

std::string pair_term(std::string_view first, std::string_view second) {
    std::string term(schema::kPair);
    term.append(first).append(" ").append(second);
    return term;
}

void add_pair_terms(Xapian::Document& document, const PairWords& words) {
    if (words.empty()) return;
    std::vector<std::string> found;                            // the list's words the document has
    std::vector<std::pair<Xapian::termpos, std::size_t>> at;  // position, index into found
    for (auto t = document.termlist_begin(); t != document.termlist_end(); ++t) {
        std::string term = *t;
        // Prefixed terms (Z stems, S title words, X...) start with a capital: the list holds
        // lower-case words only, so they need no lookup.
        if (schema::is_prefixed(term) || !words.contains(term)) continue;
        for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) at.emplace_back(*p, found.size());
        found.push_back(std::move(term));
    }
    std::sort(at.begin(), at.end());
    for (std::size_t i = 1; i < at.size(); ++i) {
        if (at[i].first == at[i - 1].first + 1) {
            document.add_boolean_term(pair_term(found[at[i - 1].second], found[at[i].second]));
        }
    }
}

Q with_pair_terms(const Q& query, const PairWords& words, PairForm form) {
    if (words.empty()) return query;
    const Q::op op = query.get_type();
    if (op == Q::OP_PHRASE) {
        if (query.get_num_subqueries() != 2) return query;
        const Q first = query.get_subquery(0), second = query.get_subquery(1);
        if (first.get_type() != Q::LEAF_TERM || second.get_type() != Q::LEAF_TERM) return query;
        const std::string a = leaf_term(first), b = leaf_term(second);
        if (!words.contains(a) || !words.contains(b)) return query;
        // Only the exact phrase (window 2): "a ADJ/3 b" lets other words come between.
        const Q both[] = {first, second};
        if (Q(Q::OP_PHRASE, std::begin(both), std::end(both), 2).serialise() != query.serialise()) return query;
        if (form == PairForm::Matched) return Q(pair_term(a, b));
        return Q(Q::OP_FILTER, Q(Q::OP_AND, first, second), Q(pair_term(a, b)));
    }
    if (!rewrites_children(op)) return query;
    std::vector<Q> children;
    bool changed = false;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
        const Q child = query.get_subquery(i);
        children.push_back(with_pair_terms(child, words, form));
        changed = changed || children.back().serialise() != child.serialise();
    }
    return changed ? Q(op, children.begin(), children.end()) : query;
}

}  // namespace arsip::index
