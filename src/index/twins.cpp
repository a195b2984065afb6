#include "index/twins.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <set>

#include "index/schema.h"
#include "json/document_json.h"
#include "model/errors.h"

namespace arsip::index {
namespace {

// The title's letters and digits, case-folded, as words joined by single spaces: "NOTA
// KESEPAHAMAN ... PENDIDIKAN, PENELITIAN" and "Nota Kesepahaman ... Pendidikan, Penelitian"
// fold alike.
std::string folded_words(const std::string& title) {
    const icu::UnicodeString folded =
        icu::UnicodeString::fromUTF8(icu::StringPiece(title.data(), static_cast<int32_t>(title.size()))).foldCase();
    icu::UnicodeString words;
    bool gap = false;
    for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
        const UChar32 c = folded.char32At(i);
        if (u_isalnum(c)) {
            if (gap && !words.isEmpty()) words.append(static_cast<UChar>(' '));
            words.append(c);
            gap = false;
        } else {
            gap = true;
        }
    }
    std::string out;
    words.toUTF8String(out);
    return out;
}

// Agreement dates as the mapper keeps them: YYYY-MM-DD.
bool is_date(const std::string& date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (date[i] < '0' || date[i] > '9') return false;
    }
    return true;
}

}  // namespace

std::string twin_term(const model::Document& document) {
    if (document.type == model::DocumentType::Article || !is_date(document.date)) return {};
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
        return 3;
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
