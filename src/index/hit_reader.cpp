#include "index/hit_reader.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <set>

#include "index/document_mapper.h"
#include "index/facet_value.h"
#include "index/schema.h"
#include "json/document_json.h"
#include "model/errors.h"

namespace arsip::index {
namespace {

// Parents of clause hits kept by one reader (an export reads many).
constexpr std::size_t kMaxCachedParents = 32;

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

// Appends `name` to `out` unless it is empty, already there (folded) or `out` is full.
void add_unique(std::vector<std::string>& out, std::set<std::string>& seen, const std::string& name) {
    if (name.empty() || out.size() >= kMaxHitEntities) return;
    if (seen.insert(normalise_facet_value(name)).second) out.push_back(name);
}

// The text a clause hit's snippet is cut from: "Pasal <number> <heading>", then each ayat.
std::string clause_hit_text(const model::Clause& clause) {
    std::string text = "Pasal " + clause.number + " " + clause.heading;
    for (const auto& a : clause.ayat) text += "\n" + a.text;
    return text;
}

}  // namespace

HitEntities hit_entities(const model::Document& d) {
    HitEntities out;
    std::set<std::string> seen;
    for (const auto& official : d.entities.officials) add_unique(out.officials, seen, official.name);
    seen.clear();
    for (const auto& institution : d.entities.institutions) add_unique(out.institutions, seen, institution.name);
    seen.clear();
    for (const auto& place : d.entities.places) add_unique(out.places, seen, place.name);
    for (const auto& amount : d.entities.amounts) {
        if (amount.currency != "IDR" || amount.value <= 0) continue;
        if (!out.largest_amount || amount.value > *out.largest_amount) out.largest_amount = amount.value;
    }
    return out;
}

ReadHit HitReader::read(const Xapian::Document& document, SearchMode mode) {
    return mode == SearchMode::Clauses ? read_clause(document) : read_document(document);
}

ReadHit HitReader::read_document(const Xapian::Document& document) const {
    auto d = std::make_shared<const model::Document>(json::document_from_json(document.get_data()));
    ReadHit out;
    out.hit.id = d->id;
    out.hit.type = d->type;
    out.hit.title = d->title;
    out.hit.date = d->date;
    out.hit.source = d->source;
    out.hit.entities = hit_entities(*d);
    out.text = join_text(*d);
    out.document = std::move(d);
    return out;
}

ReadHit HitReader::read_clause(const Xapian::Document& document) {
    const std::string data = document.get_data();
    if (data.starts_with(schema::kClauseRecordStart)) return read_clause_record(data);
    // The data is the clause's number, its parent's id in kParentIdSlot (schema.h).
    ReadHit out;
    SearchHit& hit = out.hit;
    hit.parent_id = document.get_value(schema::kParentIdSlot);
    hit.clause_number = data;
    hit.id = clause_id(hit.parent_id, hit.clause_number);
    out.document = parent(hit.parent_id);
    const model::Clause* clause = nullptr;
    if (out.document) {
        const auto& clauses = out.document->clauses;
        const auto found = std::find_if(clauses.begin(), clauses.end(),
                                        [&](const model::Clause& c) { return c.number == hit.clause_number; });
        if (found != clauses.end()) clause = &*found;
    }
    if (!clause) throw Error("clause " + hit.id + " is not in its stored agreement");
    hit.title = out.document->title;
    hit.type = out.document->type;
    hit.date = out.document->date;
    hit.source = out.document->source;
    hit.entities = hit_entities(*out.document);
    hit.clause_heading = clause->heading;
    out.text = clause_hit_text(*clause);
    return out;
}

ReadHit HitReader::read_clause_record(const std::string& data) {
    ReadHit out;
    SearchHit& hit = out.hit;
    try {
        Poco::JSON::Parser parser;
        auto record = parser.parse(data).extract<Poco::JSON::Object::Ptr>();
        auto clause = record->getObject("clause");
        if (!clause) throw Error("a clause document without its clause");
        hit.parent_id = record->getValue<std::string>("parent_id");
        hit.title = record->getValue<std::string>("parent_title");
        hit.type = model::parse_document_type(record->getValue<std::string>("type")).value_or(model::DocumentType::Other);
        hit.date = record->getValue<std::string>("date");
        model::Clause stored;
        stored.number = clause->getValue<std::string>("number");
        stored.heading = clause->getValue<std::string>("heading");
        auto ayat = clause->getArray("ayat");
        for (std::size_t i = 0; ayat && i < ayat->size(); ++i) {
            stored.ayat.push_back({"", ayat->getObject(i)->getValue<std::string>("text")});
        }
        hit.clause_number = stored.number;
        hit.clause_heading = stored.heading;
        out.text = clause_hit_text(stored);
    } catch (const Poco::Exception& e) {
        throw Error("stored clause is not readable: " + e.displayText());
    }
    hit.id = clause_id(hit.parent_id, hit.clause_number);
    out.document = parent(hit.parent_id);
    if (out.document) {
        hit.source = out.document->source;
        hit.entities = hit_entities(*out.document);
    } else {
        // Not expected (the writer stores a document with its clauses): what the clause knows.
        auto d = std::make_shared<model::Document>();
        d->id = hit.parent_id;
        d->type = hit.type;
        d->title = hit.title;
        d->date = hit.date;
        out.document = std::move(d);
    }
    return out;
}

std::shared_ptr<const model::Document> HitReader::parent(const std::string& id) {
    const auto cached = parents_.find(id);
    if (cached != parents_.end()) return cached->second;
    std::shared_ptr<const model::Document> d;
    const std::string term = document_id_term(id);
    Xapian::PostingIterator it = db_.postlist_begin(term);
    if (it != db_.postlist_end(term)) {
        d = std::make_shared<const model::Document>(json::document_from_json(db_.get_document(*it).get_data()));
    }
    if (parents_.size() >= kMaxCachedParents) parents_.clear();
    parents_.emplace(id, d);
    return d;
}

std::string make_snippet(const Xapian::MSet& mset, const std::string& text, std::size_t length,
                         const Xapian::Stem& stem) {
    return mset.snippet(text, length, stem, /* flags: no background model */ 0, "<mark>", "</mark>", "…");
}

}  // namespace arsip::index
