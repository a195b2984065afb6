// GET /api/search over HTTP against the sample corpus: totals, hits and multi-select facet counts
// equal a brute-force count over the documents; sort orders; clause mode; snippets.
#include <Poco/JSON/Array.h>
#include <gtest/gtest.h>

#include <regex>

#include "index/schema.h"
#include "sample_server.h"

namespace arsip::testing {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;
using Params = std::vector<std::pair<std::string, std::string>>;

class SearchApiTest : public SampleServerTest {
protected:
    // GET /api/search with `params`; expects 200 and returns the body.
    static Object::Ptr search(const Params& params) {
        const HttpReply reply = get("/api/search" + query_string(params));
        EXPECT_EQ(reply.status, 200) << reply.body;
        EXPECT_EQ(reply.content_type, "application/json; charset=utf-8");
        return reply.json();
    }

    static std::vector<std::string> hit_ids(const Object::Ptr& result) {
        std::vector<std::string> ids;
        const Array::Ptr hits = result->getArray("hits");
        for (std::size_t i = 0; hits && i < hits->size(); ++i) {
            ids.push_back(hits->getObject(i)->getValue<std::string>("id"));
        }
        return ids;
    }

    // Every document matching the words of `q` alone (no filters), by the index.
    static std::set<std::string> word_matches(const std::string& q) {
        const Object::Ptr result = search({{"q", q}, {"size", "100"}});
        EXPECT_LE(result->getValue<std::size_t>("total"), 100u);
        const auto ids = hit_ids(result);
        return {ids.begin(), ids.end()};
    }
};

struct FilterCase {
    const char* name;
    std::string q;
    Filters filters;
    CorpusOracle::Ranges ranges;
};

Params params_of(const FilterCase& c) {
    Params params{{"q", c.q}, {"size", "100"}, {"facet_limit", "100"}};
    for (const auto& [facet, values] : c.filters) {
        for (const auto& v : values) params.emplace_back(facet, v);
    }
    if (!c.ranges.date_from.empty()) params.emplace_back("date_from", c.ranges.date_from);
    if (!c.ranges.date_to.empty()) params.emplace_back("date_to", c.ranges.date_to);
    if (c.ranges.amount_min)
        params.emplace_back("amount_min",
                            std::to_string(static_cast<long long>(*c.ranges.amount_min)));
    if (c.ranges.amount_max)
        params.emplace_back("amount_max",
                            std::to_string(static_cast<long long>(*c.ranges.amount_max)));
    return params;
}

TEST_F(SearchApiTest, TotalsHitsAndFacetCountsEqualBruteForce) {
    const FilterCase cases[] = {
        {"everything", "", {}, {}},
        {"words only", "kaltim", {}, {}},
        {"OR within a facet", "", {{"type", {"article", "nota-kesepahaman"}}}, {}},
        {"AND across facets", "perdagangan", {{"type", {"article"}}, {"year", {"2025"}}}, {}},
        {"display forms",
         "",
         {{"institution", {"Universitas Mulawarman"}}, {"place", {"Samarinda"}}},
         {}},
        {"officials OR, with a type",
         "",
         {{"official", {"Seno Aji", "Abdunnur"}}, {"type", {"article"}}},
         {}},
        {"a source", "tandatangan", {{"source", {"Seputar-ikn.com", "LINK UMKM"}}}, {}},
        {"a value matching nothing", "", {{"place", {"Tarakan"}}, {"type", {"addendum"}}}, {}},
        {"date range", "", {}, {.date_from = "2025-05-01", .date_to = "2025-06-30"}},
        {"open date range", "kerja sama", {}, {.date_from = "2025-08-01"}},
        {"amount at least Rp1 miliar", "", {}, {.amount_min = 1e9}},
        {"amount range and facets",
         "",
         {{"year", {"2025"}}},
         {.amount_min = 1e6, .amount_max = 666e9}},
        {"everything at once",
         "kaltim",
         {{"type", {"article", "kesepakatan-bersama"}}, {"place", {"balikpapan"}}},
         {.date_from = "2025-01-01", .date_to = "2025-12-31", .amount_min = 1}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const std::set<std::string> matches = word_matches(c.q);
        ASSERT_FALSE(matches.empty());
        const std::set<std::string> expected = oracle().select(matches, c.filters, c.ranges);

        const Object::Ptr result = search(params_of(c));
        EXPECT_EQ(result->getValue<std::size_t>("total"), expected.size());
        const auto ids = hit_ids(result);
        EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()), expected);

        const Object::Ptr facets = result->getObject("facets");
        ASSERT_TRUE(facets);
        for (const auto& facet : index::schema::kFacets) {
            const std::string name(facet.name);
            SCOPED_TRACE(name);
            const Array::Ptr values = facets->getArray(name);
            ASSERT_TRUE(values) << "facet missing";
            std::map<std::string, std::size_t> counts;
            std::size_t previous = SIZE_MAX;
            for (std::size_t i = 0; i < values->size(); ++i) {
                const Object::Ptr v = values->getObject(i);
                const std::string key = v->getValue<std::string>("key");
                const std::size_t count = v->getValue<std::size_t>("count");
                const bool selected = v->getValue<bool>("selected");
                EXPECT_FALSE(v->getValue<std::string>("value").empty()) << key;
                if (count == 0) {
                    EXPECT_TRUE(selected)
                        << key << ": only a selected value is listed with no match";
                    continue;
                }
                EXPECT_LE(count, previous) << key << ": most frequent first";
                previous = count;
                counts[key] = count;
            }
            EXPECT_EQ(counts, oracle().facet_counts(name, matches, c.filters, c.ranges));
            // Every selected value is listed and flagged.
            const auto own = c.filters.find(name);
            for (std::size_t i = 0; own != c.filters.end() && i < own->second.size(); ++i) {
                const std::string key = index::normalise_facet_value(own->second[i]);
                bool listed = false;
                for (std::size_t j = 0; j < values->size(); ++j) {
                    const Object::Ptr v = values->getObject(j);
                    if (v->getValue<std::string>("key") == key)
                        listed = v->getValue<bool>("selected");
                }
                EXPECT_TRUE(listed) << key;
            }
        }
    }
}

TEST_F(SearchApiTest, FacetLimitKeepsTheMostFrequent) {
    const Object::Ptr all = search({{"facet_limit", "100"}});
    const Object::Ptr top = search({{"facet_limit", "2"}, {"place", "Tarakan"}});
    const Array::Ptr places = top->getObject("facets")->getArray("place");
    const Array::Ptr all_places = all->getObject("facets")->getArray("place");
    ASSERT_GE(all_places->size(), 3u);
    // The two most frequent, plus the selected one beyond the limit.
    ASSERT_EQ(places->size(), 3u);
    EXPECT_EQ(places->getObject(0)->getValue<std::string>("key"),
              all_places->getObject(0)->getValue<std::string>("key"));
    EXPECT_EQ(places->getObject(2)->getValue<std::string>("key"), "tarakan");
    EXPECT_TRUE(places->getObject(2)->getValue<bool>("selected"));
}

TEST_F(SearchApiTest, EachSortOrderIsMonotonic) {
    const struct {
        const char* sort;
        const char* q;
    } cases[] = {{"relevance", "kaltim perdagangan"},
                 {"date", ""},
                 {"-date", ""},
                 {"amount", ""},
                 {"-date", "kerja sama"}};
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.sort) + " q=" + c.q);
        const Object::Ptr result = search({{"q", c.q}, {"sort", c.sort}, {"size", "100"}});
        EXPECT_EQ(result->getValue<std::string>("sort"), c.sort);
        const Array::Ptr hits = result->getArray("hits");
        ASSERT_GE(hits->size(), 3u);
        bool seen_missing = false;
        for (std::size_t i = 1; i < hits->size(); ++i) {
            const Object::Ptr a = hits->getObject(i - 1);
            const Object::Ptr b = hits->getObject(i);
            const std::string what =
                a->getValue<std::string>("id") + " before " + b->getValue<std::string>("id");
            const std::string sort = c.sort;
            if (sort == "relevance") {
                EXPECT_GE(a->getValue<double>("score"), b->getValue<double>("score")) << what;
            } else if (sort == "date" || sort == "-date") {
                const std::string da = a->getValue<std::string>("date");
                const std::string db = b->getValue<std::string>("date");
                if (da.empty()) seen_missing = true;
                if (seen_missing) {
                    EXPECT_TRUE(db.empty()) << what << ": documents without a date come last";
                } else if (!db.empty()) {
                    EXPECT_TRUE(sort == "date" ? da <= db : da >= db) << what;
                }
            } else {
                const Object::Ptr ea = a->getObject("entities");
                const Object::Ptr eb = b->getObject("entities");
                if (!ea->has("largest_amount")) seen_missing = true;
                if (seen_missing) {
                    EXPECT_FALSE(eb->has("largest_amount"))
                        << what << ": documents naming no amount come last";
                } else if (eb->has("largest_amount")) {
                    EXPECT_GE(ea->getValue<double>("largest_amount"),
                              eb->getValue<double>("largest_amount"))
                        << what;
                }
            }
        }
    }
}

TEST_F(SearchApiTest, PagesAreSlicesOfOneOrder) {
    const auto all = hit_ids(search({{"sort", "-date"}, {"size", "100"}}));
    ASSERT_GE(all.size(), 11u) << "two pages of 5 and more";
    const Object::Ptr page2 = search({{"sort", "-date"}, {"size", "5"}, {"page", "2"}});
    EXPECT_EQ(page2->getValue<int>("page"), 2);
    EXPECT_EQ(page2->getValue<int>("size"), 5);
    EXPECT_EQ(page2->getValue<std::size_t>("total"), all.size());
    EXPECT_EQ(hit_ids(page2), std::vector<std::string>(all.begin() + 5, all.begin() + 10));
    EXPECT_TRUE(hit_ids(search({{"page", "100"}})).empty());
}

TEST_F(SearchApiTest, ClauseModeReturnsPasalWithTheirParent) {
    const Object::Ptr result =
        search({{"q", "jangka waktu"}, {"mode", "clauses"}, {"size", "100"}});
    EXPECT_EQ(result->getValue<std::string>("mode"), "clauses");
    const Array::Ptr hits = result->getArray("hits");
    ASSERT_GE(hits->size(), 3u);
    EXPECT_EQ(result->getValue<std::size_t>("total"), hits->size());
    for (std::size_t i = 0; i < hits->size(); ++i) {
        const Object::Ptr hit = hits->getObject(i);
        const std::string id = hit->getValue<std::string>("id");
        SCOPED_TRACE(id);
        const std::string parent = hit->getValue<std::string>("parent_id");
        const std::string number = hit->getValue<std::string>("clause_number");
        EXPECT_EQ(id, parent + "#pasal-" + number);
        EXPECT_EQ(hit->getValue<std::string>("parent_title"), hit->getValue<std::string>("title"));
        const model::Document& doc = oracle().at(parent).document;
        EXPECT_TRUE(model::is_agreement(doc.type));
        EXPECT_EQ(hit->getValue<std::string>("title"), doc.title);
        bool found = false;
        for (const auto& clause : doc.clauses) {
            if (clause.number == number) {
                found = true;
                EXPECT_EQ(hit->getValue<std::string>("clause_heading"), clause.heading);
            }
        }
        EXPECT_TRUE(found) << "the parent has Pasal " << number;
    }
    // Document mode has no clause fields.
    const Object::Ptr documents = search({{"q", "jangka waktu"}});
    ASSERT_GT(documents->getArray("hits")->size(), 0u);
    EXPECT_FALSE(documents->getArray("hits")->getObject(0)->has("parent_id"));
}

// The words in <mark>...</mark> of every snippet of a search, lower-cased.
std::set<std::string> marked_words(const Object::Ptr& result) {
    std::set<std::string> out;
    const std::regex mark("<mark>([^<]*)</mark>");
    const Array::Ptr hits = result->getArray("hits");
    for (std::size_t i = 0; i < hits->size(); ++i) {
        const std::string snippet = hits->getObject(i)->getValue<std::string>("snippet");
        for (std::sregex_iterator it(snippet.begin(), snippet.end(), mark), end; it != end; ++it) {
            std::string word = (*it)[1];
            for (char& ch : word)
                ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            out.insert(word);
        }
    }
    return out;
}

TEST_F(SearchApiTest, SnippetsMarkStemmedMatches) {
    const struct {
        const char* q;
        std::vector<std::string> marked;  // each must be marked somewhere
    } cases[] = {
        {"tandatangan", {"ditandatangani", "penandatanganan", "menandatangani"}},
        {"sepakat", {"kesepakatan"}},
        {"dagang", {"perdagangan"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.q);
        const std::set<std::string> marked = marked_words(search({{"q", c.q}, {"size", "100"}}));
        for (const auto& word : c.marked) EXPECT_TRUE(marked.count(word)) << word;
    }
}

TEST_F(SearchApiTest, SnippetsEscapeHtml) {
    const Object::Ptr result = search({{"q", "alert lampiran"}});
    ASSERT_EQ(result->getValue<std::size_t>("total"), 1u);
    const Object::Ptr hit = result->getArray("hits")->getObject(0);
    EXPECT_EQ(hit->getValue<std::string>("id"), html_news_id());
    const std::string snippet = hit->getValue<std::string>("snippet");
    EXPECT_NE(snippet.find("&lt;script&gt;"), std::string::npos) << snippet;
    EXPECT_NE(snippet.find("&amp;"), std::string::npos) << snippet;
    // The only tags are the marks.
    std::string rest = std::regex_replace(snippet, std::regex("</?mark>"), "");
    EXPECT_EQ(rest.find('<'), std::string::npos) << snippet;
    EXPECT_EQ(rest.find('>'), std::string::npos) << snippet;
    EXPECT_TRUE(marked_words(result).count("alert")) << snippet;
}

TEST_F(SearchApiTest, ResultDescribesItself) {
    const Object::Ptr result = search({{"q", "peovinsi"}});
    EXPECT_EQ(result->getValue<std::string>("query"), "peovinsi");
    EXPECT_EQ(result->getValue<std::string>("suggestion"), "provinsi");
    EXPECT_GE(result->getValue<double>("took_ms"), 0.0);
    EXPECT_EQ(result->getValue<std::string>("mode"), "documents");
    EXPECT_EQ(result->getValue<std::string>("sort"), "relevance");
    EXPECT_EQ(result->getValue<int>("page"), 1);
    EXPECT_EQ(result->getValue<int>("size"), 10);

    const Array::Ptr hits = search({{"q", "rp666 miliar"}})->getArray("hits");
    ASSERT_GE(hits->size(), 2u);
    for (std::size_t i = 0; i < hits->size(); ++i) {
        const Object::Ptr hit = hits->getObject(i);
        const std::string id = hit->getValue<std::string>("id");
        SCOPED_TRACE(id);
        for (const char* field :
             {"id", "type", "title", "date", "source", "score", "snippet", "entities"}) {
            EXPECT_TRUE(hit->has(field)) << field;
        }
        // The main entities are the document's (display forms).
        const model::Document& doc = oracle().at(id).document;
        const Object::Ptr entities = hit->getObject("entities");
        auto names = [&](const char* field) {
            std::set<std::string> out;
            const Array::Ptr array = entities->getArray(field);
            for (std::size_t j = 0; j < array->size(); ++j)
                out.insert(array->getElement<std::string>(j));
            return out;
        };
        std::set<std::string> officials, places, institutions;
        for (const auto& o : doc.entities.officials) {
            if (!o.name.empty()) officials.insert(o.name);
        }
        for (const auto& p : doc.entities.places) places.insert(p.name);
        for (const auto& n : doc.entities.institutions) institutions.insert(n.name);
        EXPECT_EQ(names("officials"), officials);
        EXPECT_EQ(names("places"), places);
        EXPECT_EQ(names("institutions"), institutions);
        ASSERT_TRUE(oracle().at(id).largest_amount);
        EXPECT_EQ(entities->getValue<double>("largest_amount"), *oracle().at(id).largest_amount);
    }
}

}  // namespace
}  // namespace arsip::testing
