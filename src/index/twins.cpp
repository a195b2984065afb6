#include "index/twins.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <set>

#include "index/schema.h"
#include "json/document_json.h"
#include "model/errors.h"
#include "text/date_text.h"
#include "text/words.h"

namespace arsip::index {
namespace {

// The text's words as the analysis splits and folds them (text/words.h), joined by single
// spaces: "NOTA KESEPAHAMAN ... PENDIDIKAN, PENELITIAN" and "Nota Kesepahaman ... Pendidikan,
// Penelitian" fold alike.
std::string folded_words(const std::string& text) {
    std::string out;
    for (const auto& word : text::word_texts(text)) {
        if (!out.empty()) out += ' ';
        out += word;
    }
    return out;
}

}  // namespace

std::string twin_term(const model::Document& document) {
    if (document.type == model::DocumentType::Article || !text::parse_iso_date(document.date)) return {};
    const std::string title = folded_words(document.title);
    if (title.empty()) return {};
    std::set<std::string> parties;
    for (const auto& party : document.parties) {
        if (std::string name = folded_words(party.institution); !name.empty()) parties.insert(std::move(name));
    }
    std::string key = std::string(model::to_string(document.type)) + "\n" + document.date + "\n" + title;
    for (const auto& party : parties) key += "\n" + party;
    // A hash keeps the term within Xapian's 245 bytes whatever the title's length.
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(key.data(), key.size());
    return schema::term(schema::kTwin, Poco::DigestEngine::digestToHex(engine.digest()).substr(0, 32));
}

int source_rank(std::string_view format) {
    using model::SourceFormat;
    // The archive's own schemas, then pdftohtml's XML (its layout kept), then a PDF's text.
    if (format == model::to_string(SourceFormat::AgreementXml) || format == model::to_string(SourceFormat::ArticleXml)) {
        return kOwnSchemaRank;
    }
    if (format == model::to_string(SourceFormat::Pdf2Xml)) return 2;
    if (format == model::to_string(SourceFormat::Pdf)) return 1;
    if (format == model::to_string(SourceFormat::Text)) return 0;
    return -1;
}

std::vector<StoredTwin> stored_twins(const Xapian::Database& db, const std::string& term) {
    std::vector<StoredTwin> out;
    const std::string id_prefix(schema::kId), format_prefix(schema::kFormat);
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
        StoredTwin twin;
        twin.docid = *it;
        // Term lists are sorted: the id term ("Q..."), then the format's ("XFMT...").
        auto t = db.termlist_begin(*it);
        t.skip_to(id_prefix);
        if (t != db.termlist_end(*it) && (*t).starts_with(id_prefix)) twin.id = (*t).substr(id_prefix.size());
        t.skip_to(format_prefix);
        if (t != db.termlist_end(*it)) {
            const std::string name = *t;
            if (name.starts_with(format_prefix)) twin.rank = source_rank(std::string_view(name).substr(format_prefix.size()));
        }
        out.push_back(std::move(twin));
    }
    return out;
}

std::string stored_source_path(const Xapian::Database& db, Xapian::docid docid) {
    try {
        return json::document_from_json(db.get_document(docid).get_data()).source_path;
    } catch (const Error&) {
        return {};
    }
}

}  // namespace arsip::index
