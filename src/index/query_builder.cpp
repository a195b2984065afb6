#include "index/query_builder.h"

#include <array>
#include <optional>
#include <vector>

#include "text/stopwords.h"
#include "text/synonyms.h"
#include "text/words.h"

namespace arsip::index {
namespace {

constexpr std::array<std::string_view, 6> kOperators{"AND", "OR", "NOT", "NEAR", "ADJ", "XOR"};

// Words, spaces and in-word punctuation only: nothing the QueryParser gives a meaning to.
bool is_plain(std::string_view text, const std::vector<text::Word>& words) {
    for (char c : text) {
        switch (c) {
            case '"': case ':': case '(': case ')': case '-': case '+': case '*': case '[': case ']':
            case '{': case '}': case '~': case '^':
                return false;
            default:
                break;
        }
    }
    for (const auto& w : words) {
        const std::string_view raw = text.substr(w.begin, w.end - w.begin);
        for (auto op : kOperators) {
            if (raw == op) return false;
        }
    }
    return true;
}

// Collects a query's parts as parsed, for counting and as reweighted (while the reweight accepts
// them). With `pairs`, the counted and reweighted parts match exact two-word phrases from pair
// terms (pair_terms.h); the parsed parts keep their phrases, which snippets highlight as phrases.
class Parts {
public:
    Parts(const Reweight& reweight, const PairWords* pairs = nullptr, const Conjoin* conjoin = nullptr)
        : reweight_(reweight), pairs_(pairs), conjoin_(conjoin), ranked_ok_(static_cast<bool>(reweight)) {}

    void add(const Xapian::Query& parsed) {
        parsed_.push_back(parsed);
        const Xapian::Query a = paired(parsed);
        matching_.push_back(paired(parsed, PairForm::Matched));
        words_.push_back({{a, 1.0}});
        if (!ranked_ok_) return;
        const auto ra = reweight_(a, 1.0);
        if (!ra) {
            ranked_ok_ = false;
            return;
        }
        ranked_.push_back(*ra);
    }

    // Adds op(parts...) of both forms, `factor` scaling the second part when given.
    void add(Xapian::Query::op op, const Xapian::Query& parsed_a, const Xapian::Query& parsed_b,
             std::optional<double> factor) {
        const auto scaled = [&](const Xapian::Query& q) {
            return factor ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, *factor) : q;
        };
        parsed_.emplace_back(op, parsed_a, scaled(parsed_b));
        const Xapian::Query a = paired(parsed_a), b = paired(parsed_b);
        matching_.push_back(paired(parsed_a, PairForm::Matched));  // `b`, the exact form of `a`, matches no more
        if (op == Xapian::Query::OP_MAX) {
            words_.push_back({{a, 1.0}, {b, factor.value_or(1.0)}});
        } else {
            all_max_ = false;
        }
        if (!ranked_ok_) return;
        const auto ra = reweight_(a, 1.0);
        const auto rb = reweight_(b, factor.value_or(1.0));
        if (!ra || !rb) {
            ranked_ok_ = false;
            return;
        }
        ranked_.emplace_back(op, *ra, *rb);
    }

    BuiltQuery combine(Xapian::Query::op op) const {
        BuiltQuery out{Xapian::Query(op, parsed_.begin(), parsed_.end()),
                       Xapian::Query(op, matching_.begin(), matching_.end()), std::nullopt};
        if (ranked_ok_) out.ranked = Xapian::Query(op, ranked_.begin(), ranked_.end());
        // All the words (one word too: its stem and exact form): ranked as one conjunction when
        // the caller can (conjunction_source.h; store_conjunction declines what it cannot rank).
        if (ranked_ok_ && op == Xapian::Query::OP_AND && all_max_ && conjoin_ && *conjoin_ && !words_.empty()) {
            if (auto conjunction = (*conjoin_)(words_)) out.ranked = std::move(*conjunction);
        }
        return out;
    }

    BuiltQuery single() const {
        BuiltQuery out{parsed_.front(), matching_.front(), std::nullopt};
        if (ranked_ok_) out.ranked = ranked_.front();
        return out;
    }

private:
    Xapian::Query paired(const Xapian::Query& q, PairForm form = PairForm::Weighed) const {
        return pairs_ ? with_pair_terms(q, *pairs_, form) : q;
    }

    const Reweight& reweight_;
    const PairWords* pairs_;
    const Conjoin* conjoin_;
    bool ranked_ok_;
    bool all_max_ = true;  // every part added is a word, alone or as MAX(stem, exact)
    std::vector<std::vector<ConjunctionPart>> words_;
    std::vector<Xapian::Query> parsed_, matching_, ranked_;
};

}  // namespace

BuiltQuery build_query(const std::string& text, const Analyzer& analyzer,
                          const std::function<Xapian::QueryParser()>& make_parser, const QueryBuildOptions& options) {
    Xapian::QueryParser parser = make_parser();
    const Xapian::Query::op op = options.match_any_word ? Xapian::Query::OP_OR : Xapian::Query::OP_AND;
    parser.set_default_op(op);
    const unsigned flags = analyzer.query_flags();

    const std::vector<text::Word> words = text::split_words(text);
    if (words.empty() || !is_plain(text, words)) {
        const Xapian::Query stemmed = parser.parse_query(text, flags);
        if (stemmed.empty()) return {stemmed, stemmed, std::nullopt};
        parser.set_stemming_strategy(Xapian::QueryParser::STEM_NONE);
        const Xapian::Query exact = parser.parse_query(text, flags);
        // Quoted phrases: two frequent words are matched from their pair term.
        Parts parts(options.reweight, options.pair_words);
        // A query without a stemmed word (a phrase, a field) is its own exact form: matching it
        // twice would only double every weight.
        if (exact.serialise() == stemmed.serialise()) {
            parts.add(stemmed);
        } else {
            parts.add(Xapian::Query::OP_AND_MAYBE, stemmed, exact, std::nullopt);
        }
        return parts.single();
    }

    // Multi-word synonym forms are kept as one unit, so "kalimantan timur" still finds "Kaltim".
    std::vector<std::string> folded;
    folded.reserve(words.size());
    for (const auto& w : words) folded.push_back(w.text);
    std::vector<std::size_t> unit_length(words.size(), 1);
    if (const text::SynonymTable* synonyms = analyzer.synonyms()) {
        for (const auto& match : synonyms->match(folded)) {
            if (match.count > 1) unit_length[match.first] = match.count;
        }
    }

    Xapian::QueryParser exact_parser = make_parser();
    exact_parser.set_default_op(op);
    exact_parser.set_stemming_strategy(Xapian::QueryParser::STEM_NONE);

    Parts units(options.reweight, nullptr, &options.conjoin);
    for (std::size_t i = 0; i < words.size(); i += unit_length[i]) {
        const std::size_t last = i + unit_length[i] - 1;
        // A stopword alone is dropped unless it is all the query has.
        if (unit_length[i] == 1 && words.size() > 1 && analyzer.is_stopword(folded[i])) continue;
        const std::string unit = text.substr(words[i].begin, words[last].end - words[i].begin);
        const Xapian::Query stemmed = parser.parse_query(unit, flags);
        if (stemmed.empty()) continue;
        const Xapian::Query exact = exact_parser.parse_query(unit, flags);
        units.add(Xapian::Query::OP_MAX, stemmed, exact, options.exact_form_weight);
    }
    return units.combine(op);
}

}  // namespace arsip::index
