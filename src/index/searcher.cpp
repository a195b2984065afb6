#include "index/searcher.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <xapian.h>

#include "index/document_mapper.h"
#include "index/query_builder.h"
#include "index/facet_value.h"
#include "index/schema.h"
#include "index/analyzer.h"
#include "index/spelling.h"
#include "json/document_json.h"
#include "model/errors.h"

namespace arsip::index {
namespace {

std::string join_text(const model::Document& d) {
    std::string text;
    auto add = [&](const std::string& s) {
        if (s.empty()) return;
        if (!text.empty()) text += "\n";
        text += s;
    };
    add(d.summary);
    for (const auto& p : d.paragraphs) add(p);
    for (const auto& p : d.preamble) add(p);
    for (const auto& c : d.clauses) {
        for (const auto& a : c.ayat) add(a.text);
    }
    for (const auto& p : d.closing) add(p);
    return text;
}

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

}  // namespace

struct Searcher::Impl {
    explicit Impl(const text::Analysis& analysis) : analyzer(analysis) {}

    Analyzer analyzer;
    Xapian::Database db;
    std::string path;

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

    Xapian::Query parse(const std::string& text, bool match_any_word) const {
        try {
            return build_query(analyzer.prepare(text), analyzer, [this] { return make_parser(); },
                               {.match_any_word = match_any_word});
        } catch (const Xapian::QueryParserError& e) {
            throw QueryError("q: " + e.get_msg());
        }
    }

    SearchHit document_hit(const Xapian::MSetIterator& it, const Xapian::MSet& mset,
                           const SearchRequest& request) const {
        const Xapian::Document doc = it.get_document();
        const model::Document d = json::document_from_json(doc.get_data());
        SearchHit hit;
        hit.id = d.id;
        hit.type = d.type;
        hit.title = d.title;
        hit.date = d.date;
        hit.source = d.source;
        hit.score = it.get_percent();
        hit.snippet = mset.snippet(join_text(d), request.snippet_length, analyzer.stem(),
                                   Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                   "<mark>", "</mark>", "…");
        return hit;
    }

    SearchHit clause_hit(const Xapian::MSetIterator& it, const Xapian::MSet& mset,
                         const SearchRequest& request) const {
        const Xapian::Document doc = it.get_document();
        Poco::JSON::Parser parser;
        auto data = parser.parse(doc.get_data()).extract<Poco::JSON::Object::Ptr>();
        auto clause = data->getObject("clause");
        SearchHit hit;
        hit.parent_id = data->getValue<std::string>("parent_id");
        hit.title = data->getValue<std::string>("parent_title");
        hit.type = model::parse_document_type(data->getValue<std::string>("type")).value_or(model::DocumentType::Other);
        hit.date = data->getValue<std::string>("date");
        hit.clause_number = clause->getValue<std::string>("number");
        hit.clause_heading = clause->getValue<std::string>("heading");
        hit.id = clause_id(hit.parent_id, hit.clause_number);
        hit.score = it.get_percent();
        std::string text = "Pasal " + hit.clause_number + " " + hit.clause_heading;
        auto ayat = clause->getArray("ayat");
        for (std::size_t i = 0; ayat && i < ayat->size(); ++i) {
            text += "\n" + ayat->getObject(i)->getValue<std::string>("text");
        }
        hit.snippet = mset.snippet(text, request.snippet_length, analyzer.stem(),
                                   Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                   "<mark>", "</mark>", "…");
        return hit;
    }
};

Searcher::Searcher(const std::filesystem::path& path, const text::Analysis& analysis)
    : impl_(std::make_unique<Impl>(analysis)) {
    impl_->path = path.string();
    try {
        impl_->db = Xapian::Database(path.string());
    } catch (const Xapian::Error& e) {
        throw IndexError(path.string() + ": cannot open the index: " + e.get_description());
    }
}

Searcher::~Searcher() = default;

SearchResult Searcher::search(const SearchRequest& request) {
    if (request.size > kMaxPageSize) throw QueryError("size: at most " + std::to_string(kMaxPageSize));
    const Xapian::Query text_query = impl_->parse(request.query, request.match_any_word);
    const std::string kind(request.mode == SearchMode::Clauses ? schema::kKindClause : schema::kKindDocument);
    const Xapian::Query kind_filter(schema::term(schema::kKind, kind));
    const Xapian::Query query = text_query.empty()
                                    ? kind_filter
                                    : Xapian::Query(Xapian::Query::OP_FILTER, text_query, kind_filter);
    // A writer may commit while we read: reopen once and try again.
    for (int attempt = 0;; ++attempt) {
        try {
            Xapian::Enquire enquire(impl_->db);
            enquire.set_query(query);
            // check_at_least = the whole database: the total is exact, not an estimate.
            Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                                 static_cast<Xapian::doccount>(request.size),
                                                 impl_->db.get_doccount());
            SearchResult result;
            result.total = mset.get_matches_estimated();
            if (request.suggest) {
                result.suggestion = suggest_query(
                    impl_->db, request.query,
                    [this](std::string_view word) { return impl_->analyzer.is_known_word(word); });
            }
            for (auto it = mset.begin(); it != mset.end(); ++it) {
                result.hits.push_back(request.mode == SearchMode::Clauses
                                          ? impl_->clause_hit(it, mset, request)
                                          : impl_->document_hit(it, mset, request));
            }
            return result;
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt > 0) throw IndexError(impl_->path + ": the index kept changing during the search");
            reopen();
        } catch (const Xapian::Error& e) {
            throw IndexError(impl_->path + ": search failed: " + e.get_description());
        }
    }
}

std::optional<model::Document> Searcher::document(const std::string& id) {
    try {
        const std::string term = document_id_term(id);
        Xapian::PostingIterator it = impl_->db.postlist_begin(term);
        if (it == impl_->db.postlist_end(term)) return std::nullopt;
        return json::document_from_json(impl_->db.get_document(*it).get_data());
    } catch (const Xapian::Error& e) {
        throw IndexError(impl_->path + ": cannot read document " + id + ": " + e.get_description());
    }
}

std::size_t Searcher::document_count() {
    try {
        return impl_->db.get_termfreq(schema::term(schema::kKind, schema::kKindDocument));
    } catch (const Xapian::Error& e) {
        throw IndexError(impl_->path + ": " + e.get_description());
    }
}

bool Searcher::reopen() {
    try {
        return impl_->db.reopen();
    } catch (const Xapian::Error& e) {
        throw IndexError(impl_->path + ": cannot reopen the index: " + e.get_description());
    }
}

}  // namespace arsip::index
