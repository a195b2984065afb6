// Counting without Xapian's matcher, over the sample corpus: for every query shape the direct
// count takes, with either kind and with filters that lead the walk or are checked in the store,
// the same total and the same facet counts as Xapian's matcher over the facet terms; the shapes
// it does not take are left to Xapian.
#include "index/direct_count.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "corpus_index.h"
#include "index/facet_counter.h"
#include "index/facet_store.h"
#include "index/facet_slot.h"
#include "index/schema.h"
#include "temp_dir.h"

namespace arsip::index {
namespace {

using Q = Xapian::Query;

// The plan as a Xapian query over the kind and facet terms.
Q as_query(const CountPlan& plan) {
    std::vector<Q> parts{Q(schema::term(schema::kKind, plan.kind == FacetStore::Kind::Clause ? schema::kKindClause
                                                                                            : schema::kKindDocument))};
    for (const auto& filter : plan.filters) {
        std::vector<Q> terms(filter.terms.begin(), filter.terms.end());
        parts.emplace_back(Q::OP_OR, terms.begin(), terms.end());
    }
    const Q filters(Q::OP_AND, parts.begin(), parts.end());
    if (plan.text.empty()) return Q(Q::OP_SCALE_WEIGHT, filters, 0.0);
    return Q(Q::OP_FILTER, plan.text, filters);
}

class DirectCountTest : public arsip::testing::CorpusIndexTest {
protected:
    void SetUp() override {
        db_ = Xapian::Database(dir_->path().string());
        store_ = FacetStore::open(dir_->path(), db_);
        ASSERT_NE(store_, nullptr);
    }

    // Stems with a wdf by frequency, the commonest first.
    std::vector<std::string> stems() const {
        std::vector<std::pair<Xapian::doccount, std::string>> terms;
        for (auto t = db_.allterms_begin("Z"); t != db_.allterms_end("Z"); ++t) {
            if (db_.get_collection_freq(*t) > 0) terms.emplace_back(t.get_termfreq(), *t);
        }
        std::sort(terms.rbegin(), terms.rend());
        std::vector<std::string> out;
        for (auto& [freq, term] : terms) out.push_back(std::move(term));
        return out;
    }

    // Values of facet `name` by how many Xapian documents carry them: (folded value, term).
    std::vector<std::string> values_of(std::string_view name) const {
        const schema::Facet& facet = *schema::find_facet(name);
        std::vector<std::pair<Xapian::doccount, std::string>> values;
        const std::string prefix(facet.prefix);
        for (auto t = db_.allterms_begin(prefix); t != db_.allterms_end(prefix); ++t) {
            values.emplace_back(t.get_termfreq(), (*t).substr(prefix.size()));
        }
        std::sort(values.rbegin(), values.rend());
        std::vector<std::string> out;
        for (auto& [freq, value] : values) out.push_back(std::move(value));
        return out;
    }

    CountPlan::Filter filter(std::string_view name, const std::vector<std::string>& keys) const {
        const auto facet = static_cast<std::size_t>(schema::find_facet(name) - schema::kFacets.data());
        CountPlan::Filter out;
        for (const auto& key : keys) {
            out.terms.push_back(schema::term(schema::kFacets[facet].prefix, key));
            if (const auto id = store_->find(facet, key)) out.ids.push_back(*id);
        }
        std::sort(out.ids.begin(), out.ids.end());
        return out;
    }

    Xapian::Database db_;
    std::shared_ptr<const FacetStore> store_;
};

std::vector<std::size_t> all_facets() {
    std::vector<std::size_t> out(schema::kFacets.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
    return out;
}

void expect_same_counts(const FacetCounter& a, const FacetCounter& b) {
    for (std::size_t f = 0; f < schema::kFacets.size(); ++f) {
        std::map<std::string, std::size_t> ca, cb;
        a.for_each_count(f, [&](std::string_view key, std::size_t n) { ca[std::string(key)] = n; });
        b.for_each_count(f, [&](std::string_view key, std::size_t n) { cb[std::string(key)] = n; });
        EXPECT_EQ(ca, cb) << schema::kFacets[f].name;
    }
}

// The count of `plan` split into `ranges` (as two threads count shares), then merged: the same
// total and facet counts as `expected`.
void expect_same_in_shares(const Xapian::Database& db, const CountPlan& plan, const std::shared_ptr<const FacetStore>& store,
                           const std::vector<DocidRange>& ranges, std::size_t total, const FacetCounter& expected) {
    FacetCounter merged(all_facets(), store);
    std::size_t shared = 0;
    for (const DocidRange range : ranges) {
        FacetCounter part(all_facets(), store);
        shared += count_directly(db, plan, *store, &part, range).value_or(0);
        merged.merge(part);
    }
    EXPECT_EQ(shared, total) << "in shares";
    expect_same_counts(merged, expected);
}

// One pass per multi-select count of `plan` (pass f without filter f), then the total's (every
// filter), each with its counter in `counters`.
std::vector<CountPass> multi_select_passes(const CountPlan& plan, const std::shared_ptr<const FacetStore>& store,
                                           std::vector<std::unique_ptr<FacetCounter>>& counters) {
    std::vector<CountPass> passes;
    const std::uint32_t all = (std::uint32_t{1} << plan.filters.size()) - 1;
    for (std::size_t skipped = 0; skipped <= plan.filters.size(); ++skipped) {
        counters.push_back(std::make_unique<FacetCounter>(all_facets(), store));
        passes.push_back({all & ~(std::uint32_t{1} << skipped), counters.back().get()});
    }
    return passes;
}

TEST_F(DirectCountTest, CountsWhatXapiansMatcherCounts) {
    const auto z = stems();
    const std::string a = z.at(0), b = z.at(2), c = z.at(25), rare = z.at(300);
    const std::string pair = std::string(schema::kPair) + "kerja sama";
    ASSERT_GT(db_.get_termfreq(pair), 0u) << "the corpus has the pair term";
    const std::vector<Q> abc{Q(a), Q(b), Q(c)};
    const std::vector<std::pair<const char*, Q>> texts{
        {"no words", Q()},
        {"a common stem", Q(a)},
        {"a rare stem", Q(rare)},
        {"AND", Q(Q::OP_AND, Q(a), Q(b))},
        {"three-term AND", Q(Q::OP_AND, abc.begin(), abc.end())},
        {"OR", Q(Q::OP_OR, Q(b), Q(rare))},
        {"synonym of an AND and a term", Q(Q::OP_SYNONYM, Q(Q::OP_AND, Q(a), Q(b)), Q(c))},
        {"MAX with a scaled part", Q(Q::OP_MAX, Q(b), Q(Q::OP_SCALE_WEIGHT, Q(c), 2.0))},
        {"AND_MAYBE", Q(Q::OP_AND_MAYBE, Q(c), Q(a))},
        {"AND_NOT", Q(Q::OP_AND_NOT, Q(a), Q(b))},
        {"AND_NOT of two", Q(Q::OP_AND_NOT, abc.begin(), abc.end())},
        {"a pair term's filter", Q(Q::OP_FILTER, Q(Q::OP_AND, Q("kerja"), Q("sama")), Q(pair))},
        {"a term no document has", Q("Znosuchterm")},
    };
    const auto types = values_of("type");
    const auto places = values_of("place");
    ASSERT_GE(types.size(), 2u);
    ASSERT_GE(places.size(), 3u);
    const std::vector<std::pair<const char*, std::vector<CountPlan::Filter>>> filter_sets{
        {"no filter", {}},
        {"the commonest type (checked in the store)", {filter("type", {types.front()})}},
        {"a rare place (leads the walk)", {filter("place", {places.back()})}},
        {"two places and a type", {filter("place", {places.at(0), places.at(2)}), filter("type", {types.at(1)})}},
        {"a value no document has", {filter("place", {"atlantis"})}},
    };
    std::size_t counted = 0, cases = 0;
    for (const auto& [text_name, text] : texts) {
        for (const auto kind : {FacetStore::Kind::Document, FacetStore::Kind::Clause}) {
            for (const auto& [filters_name, filters] : filter_sets) {
                SCOPED_TRACE(std::string(text_name) + ", " + (kind == FacetStore::Kind::Clause ? "clauses" : "documents") +
                             ", " + filters_name);
                const CountPlan plan{text, kind, filters};
                FacetCounter expected(all_facets(), store_), actual(all_facets(), store_);
                const std::size_t total = count_matches(db_, as_query(plan), &expected);
                const auto direct = count_directly(db_, plan, *store_, &actual);
                ASSERT_TRUE(direct.has_value());
                EXPECT_EQ(*direct, total);
                EXPECT_EQ(actual.matches(), expected.matches());
                expect_same_counts(actual, expected);
                EXPECT_EQ(count_directly(db_, plan, *store_, nullptr), direct) << "without facets";
                const Xapian::docid third = db_.get_lastdocid() / 3;
                expect_same_in_shares(db_, plan, store_,
                                      {DocidRange{1, third}, DocidRange{third + 1, 2 * third}, DocidRange{2 * third + 1}},
                                      total, expected);
                // Every multi-select count (without one filter each) with the total, in one walk.
                std::vector<std::unique_ptr<FacetCounter>> counters;
                const std::vector<CountPass> passes = multi_select_passes(plan, store_, counters);
                const auto walked = count_passes_directly(db_, plan, passes, *store_);
                ASSERT_TRUE(walked.has_value());
                for (std::size_t skipped = 0; skipped <= plan.filters.size(); ++skipped) {
                    SCOPED_TRACE("without filter " + std::to_string(skipped));
                    CountPlan without = plan;
                    if (skipped < plan.filters.size()) without.filters.erase(without.filters.begin() + static_cast<std::ptrdiff_t>(skipped));
                    FacetCounter xapian(all_facets(), store_);
                    EXPECT_EQ((*walked)[skipped], count_matches(db_, as_query(without), &xapian));
                    expect_same_counts(*counters[skipped], xapian);
                }
                ++cases;
                if (total > 0) ++counted;
            }
        }
    }
    EXPECT_GT(counted * 3, cases) << "many cases match something";
}

// A generated database of many documents (the sample corpus's matches fit in one batch of the
// walk): documents and clauses in interleaved runs with deleted docids between, words of several
// frequencies, a type, places and institutions; with 16-bit ids and, past 65,535 values, 32-bit
// ones. Every count, in shares and with its multi-select passes, is what Xapian's matcher counts.
TEST(DirectCountManyTest, CountsWhatXapiansMatcherCountsOverManyBatches) {
    struct Case {
        const char* name;
        std::size_t documents;
        std::size_t institutions_each;  // distinct institution values of each document
    };
    const std::vector<Case> stores{{"16-bit ids", 4000, 1}, {"32-bit ids", 1400, 60}};
    const schema::Facet& type = *schema::find_facet("type");
    const schema::Facet& place = *schema::find_facet("place");
    const schema::Facet& institution = *schema::find_facet("institution");
    for (const auto& c : stores) {
        SCOPED_TRACE(c.name);
        arsip::testing::TempDir dir;
        {
            Xapian::WritableDatabase db(dir.path().string(), Xapian::DB_CREATE_OR_OVERWRITE);
            for (std::size_t i = 1; i <= c.documents; ++i) {
                Xapian::Document doc;
                // Runs of 300 documents, then 100 clauses; the last fifth all clauses.
                const bool clause = i > c.documents * 4 / 5 || i % 400 >= 300;
                doc.add_boolean_term(schema::term(schema::kKind, clause ? schema::kKindClause : schema::kKindDocument));
                for (const std::size_t every : {2, 3, 7, 50}) {
                    if (i % every == 0) doc.add_term("Zw" + std::to_string(every));
                }
                const std::string t = i % 5 == 0 ? "addendum" : "article";
                std::set<std::string> places{"p" + std::to_string(i % 13)}, institutions;
                if (i % 4 == 0) places.insert("p" + std::to_string(i % 29 + 13));
                for (std::size_t k = 0; k < c.institutions_each; ++k) institutions.insert("i" + std::to_string(i * c.institutions_each + k));
                institutions.insert("common " + std::to_string(i % 3));
                doc.add_value(type.slot, t);
                doc.add_value(place.slot, encode_facet_values(place, places));
                doc.add_value(institution.slot, encode_facet_values(institution, institutions));
                doc.add_boolean_term(schema::term(type.prefix, t));
                for (const auto& v : places) doc.add_boolean_term(schema::term(place.prefix, v));
                for (const auto& v : institutions) doc.add_boolean_term(schema::term(institution.prefix, v));
                db.add_document(doc);
            }
            for (Xapian::docid d = 5; d <= c.documents; d += 97) db.delete_document(d);  // holes in the runs
            db.commit();
            FacetStore::write(db, dir.path());
        }
        const Xapian::Database db(dir.path().string());
        const auto store = FacetStore::open(dir.path(), db);
        ASSERT_NE(store, nullptr);
        EXPECT_EQ(store->id_bytes(), c.institutions_each > 1 ? 4u : 2u);
        const auto filter = [&](const schema::Facet& facet, const std::vector<std::string>& keys) {
            CountPlan::Filter out;
            out.facet = static_cast<std::size_t>(&facet - schema::kFacets.data());
            for (const auto& key : keys) {
                out.terms.push_back(schema::term(facet.prefix, key));
                if (const auto id = store->find(out.facet, key)) out.ids.push_back(*id);
            }
            std::sort(out.ids.begin(), out.ids.end());
            return out;
        };
        const std::vector<std::pair<const char*, Q>> texts{
            {"no words", Q()}, {"every second", Q("Zw2")}, {"AND", Q(Q::OP_AND, Q("Zw3"), Q("Zw7"))}, {"rare", Q("Zw50")}};
        const std::vector<std::pair<const char*, std::vector<CountPlan::Filter>>> filter_sets{
            {"no filter", {}},
            {"the common type", {filter(type, {"article"})}},
            {"a rare place", {filter(place, {"p20"})}},
            {"two places and a type", {filter(place, {"p1", "p2"}), filter(type, {"addendum"})}},
        };
        for (const auto& [text_name, text] : texts) {
            for (const auto kind : {FacetStore::Kind::Document, FacetStore::Kind::Clause}) {
                for (const auto& [filters_name, filters] : filter_sets) {
                    SCOPED_TRACE(std::string(text_name) + ", " + (kind == FacetStore::Kind::Clause ? "clauses" : "documents") +
                                 ", " + filters_name);
                    const CountPlan plan{text, kind, filters};
                    const Q query = as_query(plan);
                    FacetCounter expected(all_facets(), store), actual(all_facets(), store);
                    const std::size_t total = count_matches(db, query, &expected);
                    EXPECT_EQ(count_directly(db, plan, *store, &actual), total);
                    expect_same_counts(actual, expected);
                    // In shares that cut runs and batches.
                    expect_same_in_shares(db, plan, store, {DocidRange{1, 333}, DocidRange{334, 1001}, DocidRange{1002}},
                                          total, expected);
                    // The total with every filter, listed, and each filter's multi-select count.
                    std::vector<std::unique_ptr<FacetCounter>> counters;
                    std::vector<CountPass> passes = multi_select_passes(plan, store, counters);
                    std::vector<Xapian::docid> listed;
                    passes.back().matches = &listed;  // skipped == filters.size(): every filter
                    const auto walked = count_passes_directly(db, plan, passes, *store);
                    ASSERT_TRUE(walked.has_value());
                    EXPECT_EQ(walked->back(), total);
                    expect_same_counts(*counters.back(), expected);
                    std::vector<Xapian::docid> matches;
                    Xapian::Enquire enquire(db);
                    enquire.set_query(query);
                    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
                    enquire.set_weighting_scheme(Xapian::BoolWeight());
                    const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
                    for (auto it = mset.begin(); it != mset.end(); ++it) matches.push_back(*it);
                    EXPECT_EQ(listed, matches);
                    for (std::size_t skipped = 0; skipped < plan.filters.size(); ++skipped) {
                        SCOPED_TRACE("without filter " + std::to_string(skipped));
                        CountPlan without = plan;
                        without.filters.erase(without.filters.begin() + static_cast<std::ptrdiff_t>(skipped));
                        FacetCounter xapian(all_facets(), store);
                        EXPECT_EQ((*walked)[skipped], count_matches(db, as_query(without), &xapian));
                        expect_same_counts(*counters[skipped], xapian);
                    }
                }
            }
        }
    }
}

TEST_F(DirectCountTest, LeavesOtherQueriesToXapian) {
    const std::vector<std::pair<const char*, Q>> cases{
        {"phrase (positions)", Q(Q::OP_PHRASE, Q("kerja", 1, 1), Q("sama", 1, 2))},
        {"NEAR", Q(Q::OP_NEAR, Q("kerja", 1, 1), Q("sama", 1, 2))},
        {"wildcard", Q(Q::OP_WILDCARD, "kerj")},
        {"match all", Q::MatchAll},
        {"a phrase under AND", Q(Q::OP_AND, Q("Zdagang"), Q(Q::OP_PHRASE, Q("kerja", 1, 1), Q("sama", 1, 2)))},
        {"a value range", Q(Q::OP_VALUE_GE, schema::kDateSlot, "2025")},
        {"a filter that is no pair term", Q(Q::OP_FILTER, Q("Zdagang"), Q(Q::OP_PHRASE, Q("kerja", 1, 1), Q("sama", 1, 2)))},
    };
    for (const auto& [name, text] : cases) {
        SCOPED_TRACE(name);
        EXPECT_FALSE(matching_terms(text).has_value());
        EXPECT_FALSE(count_directly(db_, CountPlan{text, FacetStore::Kind::Document, {}}, *store_, nullptr).has_value());
    }
}

}  // namespace
}  // namespace arsip::index
