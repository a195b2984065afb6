#include "index/searcher.h"

#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <future>

#include "index/analyzer.h"
#include "index/conjunction_source.h"
#include "index/document_mapper.h"
#include "index/facet_counter.h"
#include "index/facet_store.h"
#include "index/facet_value.h"
#include "index/hit_reader.h"
#include "index/query_builder.h"
#include "index/schema.h"
#include "index/search_passes.h"
#include "index/search_query.h"
#include "index/similar.h"
#include "index/spelling.h"
#include "index/store_weighting.h"
#include "json/document_json.h"
#include "model/errors.h"

namespace arsip::index {
namespace {

// Hits whose stored documents for_each_hit reads ahead at a time.
constexpr Xapian::doccount kExportPage = 200;

// A boolean field typed in a query ("sumber:LINK UMKM") folded the way facet values are stored.
class FacetFieldProcessor : public Xapian::FieldProcessor {
public:
    explicit FacetFieldProcessor(std::string_view prefix) : prefix_(prefix) {}

    Xapian::Query operator()(const std::string& value) override {
        return Xapian::Query(schema::term(prefix_, normalise_facet_value(value)));
    }

private:
    std::string prefix_;
};

// True when `key` starts with `prefix` or has a word that does (a word starts after a byte
// that is not an ASCII letter or digit). An empty prefix matches everything.
bool matches_prefix(const std::string& key, const std::string& prefix) {
    if (prefix.empty()) return true;
    for (std::size_t at = key.find(prefix); at != std::string::npos; at = key.find(prefix, at + 1)) {
        if (at == 0) return true;
        const auto before = static_cast<unsigned char>(key[at - 1]);
        if (before < 0x80 && !std::isalnum(before)) return true;
    }
    return false;
}

// The values of facet `facet` the request names, folded -> as written (the first spelling).
std::map<std::string, std::string> requested_forms(const SearchRequest& request, const schema::Facet& facet) {
    std::map<std::string, std::string> out;
    const auto it = request.filters.find(std::string(facet.name));
    if (it == request.filters.end()) return out;
    for (const auto& value : it->second) out.emplace(normalise_facet_value(value), value);
    return out;
}

// A hit's weight in percent of the best match's (Xapian's get_percent also weighs in how many
// query terms a hit has, which a query weighted from posting sources does not tell it).
double score_of(double weight, double best) {
    if (!(best > 0)) return 0;
    return std::clamp(std::round(100.0 * weight / best), 0.0, 100.0);
}
double score_of(const Xapian::MSetIterator& it, const Xapian::MSet& mset) {
    return score_of(it.get_weight(), mset.get_max_attained());
}

}  // namespace

std::shared_ptr<FacetStoreShare> share_facet_store() { return std::make_shared<FacetStoreShare>(); }

struct Searcher::Impl {
    Impl(const text::Analysis& analysis, const SearcherOptions& options) : analyzer(analysis), options(options) {}

    Analyzer analyzer;
    SearcherOptions options;
    Xapian::Database db;
    std::optional<Xapian::Database> helper_db;  // see helper()
    std::string path;
    DisplayNames names;
    // The database's facet store while it matches the open revision (facet_store.h); looked for
    // again at every search while there is none.
    std::shared_ptr<const FacetStore> store;

    const std::shared_ptr<const FacetStore>& facet_store() {
        if (!store) store = options.facet_stores ? options.facet_stores->get(path, db) : FacetStore::open(path, db);
        return store;
    }

    // The database's pair words once every document has its pair terms (pair_terms.h); read
    // again after a reopen that changed the revision.
    std::optional<PairWords> pairs;

    const PairWords& pair_words() {
        if (!pairs) {
            const std::string version = db.get_metadata(std::string(schema::kSchemaVersionKey));
            const bool current = !version.empty() && std::atoi(version.c_str()) >= schema::kPairTermsSchemaVersion;
            pairs = current ? PairWords::parse(db.get_metadata(std::string(schema::kPairWordsKey))) : PairWords();
        }
        return *pairs;
    }

    Xapian::QueryParser make_parser() const {
        Xapian::QueryParser parser;
        parser.set_database(db);
        analyzer.configure(parser);
        for (const auto& field : schema::kFields) {
            if (field.boolean) {
                // Grouping by prefix: "jenis:a type:b" is a OR b; different fields are ANDed.
                const std::string grouping(field.prefix);
                parser.add_boolean_prefix(std::string(field.name),
                                          (new FacetFieldProcessor(field.prefix))->release(), &grouping);
            } else {
                parser.add_prefix(std::string(field.name), std::string(field.prefix));
            }
        }
        return parser;
    }

    BuiltQuery parse(const std::string& text, bool match_any_word, const std::shared_ptr<const FacetStore>& with_store) {
        QueryBuildOptions options;
        options.match_any_word = match_any_word;
        options.pair_words = &pair_words();
        if (with_store) {
            options.reweight = [&with_store](const Xapian::Query& q, double scale) {
                return store_weighted(q, with_store, scale);
            };
            options.conjoin = [&with_store](const std::vector<std::vector<ConjunctionPart>>& words) {
                return store_conjunction(words, {}, with_store);
            };
        }
        try {
            return build_query(analyzer.prepare(text), analyzer, [this] { return make_parser(); }, options);
        } catch (const Xapian::QueryParserError& e) {
            throw QueryError("q: " + e.get_msg());
        }
    }

    // The request's query; with the facet store while it is current (store_weighting.h).
    SearchQuery make_query(const SearchRequest& request) {
        const std::shared_ptr<const FacetStore> current = facet_store();
        return SearchQuery(parse(request.query, request.match_any_word, current), request, current);
    }

    // Runs `read` (Xapian calls); a writer may commit while we read: reopen once and try again.
    template <typename Read>
    auto reading(const std::string& what, Read&& read) {
        for (int attempt = 0;; ++attempt) {
            try {
                return read();
            } catch (const Xapian::DatabaseModifiedError&) {
                if (attempt > 0) throw IndexError(path + ": the index kept changing during " + what);
            } catch (const Xapian::Error& e) {
                throw IndexError(path + ": " + what + " failed: " + e.get_description());
            }
            reopen();
        }
    }

    // A second handle on the index at the revision of `db`, for the passes run beside the
    // caller's (search_passes.h); nullptr when there is to be none or it is not at that revision.
    const Xapian::Database* helper() {
        if (options.threads < 2 || db.get_doccount() < options.threads_from) return nullptr;
        try {
            if (!helper_db) helper_db = Xapian::Database(path);
            if (helper_db->get_revision() < db.get_revision()) helper_db->reopen();
            if (helper_db->get_revision() == db.get_revision()) return &*helper_db;
        } catch (const Xapian::Error&) {
            helper_db.reset();  // the search runs on `db` alone, which reports its own trouble
        }
        return nullptr;
    }

    // Throws IndexError.
    bool reopen() {
        try {
            const Xapian::rev before = db.get_revision();
            db.reopen();
            const bool changed = db.get_revision() != before;
            if (changed) {
                names.clear();
                store.reset();
                pairs.reset();
            }
            return changed;
        } catch (const Xapian::Error& e) {
            throw IndexError(path + ": cannot reopen the index: " + e.get_description());
        }
    }

    // Every facet in kFacets order: a facet without a filter of its own from the count of the
    // search's own matches, one with a filter from the count of the matches without that filter.
    std::vector<FacetCounts> facet_counts(const SearchQuery& query, const SearchRequest& request,
                                          const SearchPasses& passes) {
        std::vector<FacetCounts> out;
        for (std::size_t i = 0; i < schema::kFacets.size(); ++i) {
            const FacetFilter* filter = query.filter_of(i);
            RankOptions options;
            options.limit = request.facet_limit;
            if (filter) options.selected = filter->keys;
            const auto forms = requested_forms(request, schema::kFacets[i]);
            options.requested_form = [&forms](const std::string& key) {
                const auto it = forms.find(key);
                return it == forms.end() ? key : it->second;
            };
            const FacetCounter& counter = filter ? *passes.filtered.at(i) : *passes.unfiltered;
            out.push_back(rank_facet_values(db, i, counter, options, names));
        }
        return out;
    }

    // The page's hits [from, to) read from `db` (the page's documents and weights as `page`),
    // snippeted with the words of `text` (an MSet of it gives them: the ranked query's terms are
    // posting sources) and `stem`, into hits[from, to). `best`: the best match's weight.
    static void read_hits(const Xapian::Database& db, const Xapian::Query& text, const Xapian::Stem& stem,
                          const std::vector<std::pair<Xapian::docid, double>>& page, double best,
                          const SearchRequest& request, std::size_t from, std::size_t to, std::vector<SearchHit>& hits) {
        if (from >= to) return;
        Xapian::Enquire words(db);
        words.set_query(text);
        const Xapian::MSet terms = words.get_mset(0, 0);
        HitReader reader(db);
        for (std::size_t i = from; i < to; ++i) {
            ReadHit read = reader.read(db.get_document(page[i].first), request.mode);
            read.hit.score = score_of(page[i].second, best);
            read.hit.snippet = make_snippet(terms, read.text, request.snippet_length, stem);
            hits[i] = std::move(read.hit);
        }
    }

    // The thread that runs the helper handle's share of each search (started at the first).
    HelperThread& helper_thread() {
        if (!thread) thread = std::make_unique<HelperThread>();
        return *thread;
    }
    std::unique_ptr<HelperThread> thread;  // idle between searches: each waits for its tasks

    // A stemmer for the helper thread's snippets (the analyzer's is the caller's thread's).
    const Xapian::Stem& helper_stem() {
        if (!separate_stem) separate_stem = analyzer.separate_stem();
        return *separate_stem;
    }
    std::optional<Xapian::Stem> separate_stem;
};

Searcher::Searcher(const std::filesystem::path& path, const text::Analysis& analysis, const SearcherOptions& options)
    : impl_(std::make_unique<Impl>(analysis, options)) {
    impl_->path = path.string();
    try {
        impl_->db = Xapian::Database(path.string());
    } catch (const Xapian::Error& e) {
        throw IndexError(path.string() + ": cannot open the index: " + e.get_description());
    }
}

Searcher::~Searcher() = default;

SearchResult Searcher::search(const SearchRequest& request) {
    check_page(request);
    return impl_->reading("the search", [&] {
        const SearchQuery query = impl_->make_query(request);
        const Xapian::Database& db = impl_->db;
        const Xapian::Database* helper = impl_->helper();
        // The helper thread's own copy of the query (built here: the analyzer is not shared).
        std::optional<SearchQuery> copy;
        if (helper) copy.emplace(impl_->make_query(request));
        const PassLane main{db, query};
        const PassLane beside = helper ? PassLane{*helper, *copy} : main;
        HelperThread* thread = helper ? &impl_->helper_thread() : nullptr;
        const SearchPasses passes = run_search_passes(main, helper ? &beside : nullptr, request, impl_->facet_store(), thread);
        const Xapian::MSet& mset = passes.page;
        SearchResult result;
        result.total = passes.total;
        // The hits: read and snippeted on both threads when there are two (the second half of
        // the page on the helper's handle, with its own copy of the query and its own stemmer).
        std::vector<std::pair<Xapian::docid, double>> page;
        for (auto it = mset.begin(); it != mset.end(); ++it) page.emplace_back(*it, it.get_weight());
        const double best = passes.best_weight.value_or(mset.get_max_attained());
        result.hits.resize(page.size());
        const std::size_t half = helper && page.size() > 1 ? page.size() / 2 : page.size();
        std::future<void> hits_beside;
        if (half < page.size()) {
            const Xapian::Stem& stem = impl_->helper_stem();
            hits_beside = run_beside(thread, [&] {
                Impl::read_hits(*helper, copy->text(), stem, page, best, request, half, page.size(), result.hits);
            });
        }
        try {
            Impl::read_hits(db, query.text(), impl_->analyzer.stem(), page, best, request, 0, half, result.hits);
            if (request.suggest) {
                result.suggestion = suggest_query(db, request.query, [this](std::string_view word) {
                    return impl_->analyzer.is_known_word(word);
                });
            }
            if (request.count_facets) result.facets = impl_->facet_counts(query, request, passes);
        } catch (...) {
            if (hits_beside.valid()) hits_beside.wait();  // it writes into `result`: let it finish first
            throw;
        }
        if (hits_beside.valid()) hits_beside.get();
        return result;
    });
}

std::size_t Searcher::for_each_hit(const SearchRequest& request,
                                   const std::function<bool(const SearchHit&, const model::Document&)>& sink) {
    std::size_t delivered = 0;
    for (int attempt = 0;; ++attempt) {
        try {
            const SearchQuery query = impl_->make_query(request);
            Xapian::Enquire enquire(impl_->db);
            enquire.set_query(query.ranked());
            Xapian::MultiValueKeyMaker keys;
            apply_sort(enquire, request.sort, keys);
            // One match gives every hit's document id in order; the documents are then read a
            // page at a time.
            const Xapian::MSet mset = enquire.get_mset(0, impl_->db.get_doccount());
            HitReader reader(impl_->db);
            for (auto page = mset.begin(); page != mset.end();) {
                auto end = page;
                for (Xapian::doccount n = 0; n < kExportPage && end != mset.end(); ++n) ++end;
                mset.fetch(page, end);
                for (; page != end; ++page) {
                    // No snippet: an export lists metadata and entities.
                    ReadHit read = reader.read(page.get_document(), request.mode);
                    read.hit.score = score_of(page, mset);
                    ++delivered;
                    if (!sink(read.hit, *read.document)) return delivered;
                }
            }
            return delivered;
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt > 0 || delivered > 0) {
                throw IndexError(impl_->path + ": the index changed during the export");
            }
        } catch (const Xapian::Error& e) {
            throw IndexError(impl_->path + ": the export failed: " + e.get_description());
        }
        impl_->reopen();
    }
}

std::vector<SearchHit> Searcher::similar(const std::string& id, std::size_t size) {
    if (size > kMaxPageSize) throw QueryError("size: at most " + std::to_string(kMaxPageSize));
    return impl_->reading("the similar-documents search", [&] {
        const std::string id_term = document_id_term(id);
        Xapian::PostingIterator posting = impl_->db.postlist_begin(id_term);
        if (posting == impl_->db.postlist_end(id_term)) throw NotFoundError(id + ": no such document");
        std::vector<SearchHit> hits;
        const Xapian::Query terms = similar_terms_query(impl_->db, *posting, impl_->analyzer);
        if (terms.empty()) return hits;
        const Xapian::Query documents(schema::term(schema::kKind, schema::kKindDocument));
        Xapian::Enquire enquire(impl_->db);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_NOT,
                                        Xapian::Query(Xapian::Query::OP_FILTER, terms, documents),
                                        Xapian::Query(id_term)));
        const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(size));
        HitReader reader(impl_->db);
        const SearchRequest defaults;
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            // Snippets highlight the similar query's own terms.
            ReadHit read = reader.read(it.get_document(), SearchMode::Documents);
            read.hit.score = score_of(it, mset);
            read.hit.snippet = make_snippet(mset, read.text, defaults.snippet_length, impl_->analyzer.stem());
            hits.push_back(std::move(read.hit));
        }
        return hits;
    });
}

FacetCounts Searcher::facet_values(const FacetValuesRequest& request) {
    const schema::Facet* facet = schema::find_facet(request.facet);
    if (!facet) throw QueryError(request.facet + ": unknown facet");
    const auto index = static_cast<std::size_t>(facet - schema::kFacets.data());
    const std::string prefix = normalise_facet_value(request.prefix);
    return impl_->reading("the facet values", [&] {
        const SearchQuery query = impl_->make_query(request.scope);
        // Counted like the search's facet counts: over the scope without this facet's filter.
        const auto counter = count_one_facet(impl_->db, query, index, impl_->facet_store());
        RankOptions options;
        options.limit = request.limit;
        options.keep = [&](std::string_view key) { return matches_prefix(std::string(key), prefix); };
        FacetCounts counts = rank_facet_values(impl_->db, index, *counter, options, impl_->names);
        if (const FacetFilter* filter = query.filter_of(index)) {
            for (auto& value : counts.values) {
                value.selected = std::find(filter->keys.begin(), filter->keys.end(), value.key) != filter->keys.end();
            }
        }
        return counts;
    });
}

std::optional<model::Document> Searcher::document(const std::string& id) {
    return impl_->reading("reading document " + id, [&]() -> std::optional<model::Document> {
        const std::string term = document_id_term(id);
        Xapian::PostingIterator it = impl_->db.postlist_begin(term);
        if (it == impl_->db.postlist_end(term)) return std::nullopt;
        return json::document_from_json(impl_->db.get_document(*it).get_data());
    });
}

std::size_t Searcher::document_count() {
    return impl_->reading("counting documents", [&] {
        return static_cast<std::size_t>(impl_->db.get_termfreq(schema::term(schema::kKind, schema::kKindDocument)));
    });
}

IndexStats Searcher::stats() {
    return impl_->reading("reading the index statistics", [&] {
        IndexStats stats;
        stats.revision = impl_->db.get_revision();
        stats.documents = impl_->db.get_termfreq(schema::term(schema::kKind, schema::kKindDocument));
        stats.clauses = impl_->db.get_termfreq(schema::term(schema::kKind, schema::kKindClause));
        return stats;
    });
}

bool Searcher::reopen() { return impl_->reopen(); }

}  // namespace arsip::index
