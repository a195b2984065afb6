#include "index/similar.h"

#include <algorithm>
#include <string>

namespace arsip::index {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Free-text body terms only: a word ("kerja") or its stem ("Zkerja"). Prefixed terms start with
// an upper-case letter (Q, S, ZS, X...).
class FreeTextTerms : public Xapian::ExpandDecider {
public:
    explicit FreeTextTerms(const Analyzer& analyzer) : analyzer_(analyzer) {}

    bool operator()(const std::string& term) const override {
        std::string_view word = term;
        if (!word.empty() && word[0] == 'Z') word.remove_prefix(1);
        if (word.empty() || is_upper(word[0])) return false;
        if (std::all_of(word.begin(), word.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; })) {
            return false;
        }
        return !analyzer_.is_stopword(word);
    }

private:
    const Analyzer& analyzer_;
};

}  // namespace

Xapian::Query similar_terms_query(const Xapian::Database& db, Xapian::docid document, const Analyzer& analyzer) {
    Xapian::RSet relevant;
    relevant.add_document(document);
    Xapian::Enquire enquire(db);
    const FreeTextTerms decider(analyzer);
    const Xapian::ESet terms = enquire.get_eset(static_cast<Xapian::termcount>(kSimilarTerms), relevant, &decider);
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace arsip::index
