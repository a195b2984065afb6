#include "readers/agreement_structure.h"

#include <algorithm>
#include <optional>
#include <regex>

#include "model/errors.h"
#include "readers/agreement_parties.h"
#include "readers/agreement_text.h"
#include "text/date_text.h"
#include "text/number_words.h"

namespace arsip::readers {
namespace {

using model::Document;
using model::DocumentType;

int word_count(std::string_view s) {
    int n = 0;
    bool in_word = false;
    for (char c : s) {
        bool space = c == ' ';
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

const std::regex& pasal_re() {
    static const std::regex re(R"(^(?:Pasal|PASAL)\s+([0-9]{1,4}[A-Z]?)\b\s*(.*)$)");
    return re;
}
const std::regex& bab_re() {
    static const std::regex re(R"(^(?:BAB|Bab)\s+([IVXLCDM]{1,8}|[0-9]{1,3})\b\s*(.*)$)");
    return re;
}
const std::regex& ayat_re() {
    static const std::regex re(R"(^\(([0-9]{1,2}[a-z]?)\)\s*(.*)$)");
    return re;
}
const std::regex& number_re() {
    static const std::regex re(R"(^(?:NOMOR|Nomor|No\.)\s*:?\s*(\S.*)$)");
    return re;
}

bool is_marker_paragraph(const std::string& p) {
    return std::regex_match(p, pasal_re()) || std::regex_match(p, bab_re()) ||
           std::regex_match(p, ayat_re());
}

// "Maksud dan Tujuan", "RUANG LINGKUP", "Perubahan Pasal 2": short, no sentence end, every
// longer word capitalised.
bool looks_like_heading(const std::string& p) {
    if (p.empty() || is_marker_paragraph(p) || word_count(p) > 12) return false;
    char last = p.back();
    if (last == '.' || last == ';' || last == ':' || last == ',') return false;
    if (mostly_upper(p)) return true;
    static const char* kSmall[] = {"dan",  "atau",    "di",    "ke",     "dari",
                                   "yang", "untuk",   "serta", "kepada", "dengan",
                                   "pada", "tentang", "atas",  "dalam",  "antara"};
    std::size_t pos = 0;
    while (pos < p.size()) {
        std::size_t end = p.find(' ', pos);
        if (end == std::string::npos) end = p.size();
        std::string word = p.substr(pos, end - pos);
        pos = end + 1;
        if (word.empty() || !is_lower(word.front())) continue;
        if (std::none_of(std::begin(kSmall), std::end(kSmall),
                         [&](const char* small) { return word == small; }))
            return false;
    }
    return is_upper(p.front());
}

bool is_role_line(const std::string& p) {
    std::smatch m;
    std::string t = trim(p);
    if (!std::regex_search(t, m, role_re()) || m.position(0) != 0) return false;
    std::string rest = m.suffix();
    return word_count(rest) <= 6 || mostly_upper(rest);
}

bool is_closing_start(const std::string& p) {
    static const std::regex re(R"(^(Demikian|DEMIKIAN|Ditandatangani|Dibuat\s+(di|dan|dalam)))");
    return std::regex_search(p, re);
}

// ---- dates and validity ------------------------------------------------------------------

std::string place_from_bertempat(const std::string& p) {
    std::string rest = after(p, "bertempat di ");
    if (rest.empty()) return {};
    rest = cut_at(rest, {" kami ", ";", ":", " yang bertanda", " telah"});
    std::vector<std::string> parts = split_commas(rest);
    if (parts.empty()) return {};
    std::string place = parts.back();
    for (const char* prefix : {"Kota ", "Kabupaten ", "Kab. "}) {
        if (place.rfind(prefix, 0) == 0) place.erase(0, std::string_view(prefix).size());
    }
    return trim(place, " .");
}

void find_signing(Document& doc, const std::vector<std::string>& preamble,
                  const std::vector<std::string>& tail) {
    for (const std::string& p : preamble) {
        if (auto written = text::find_written_date(p)) {
            doc.date = written->date.iso();
            doc.place = place_from_bertempat(p);
            break;
        }
    }
    static const std::regex signed_at(
        R"((Ditandatangani|Dibuat)\s+di\s+([A-Z][A-Za-z .'-]{1,40}?)\s*(,|\s+pada\b))");
    for (const std::string& p : tail) {
        std::smatch m;
        if (std::regex_search(p, m, signed_at)) {
            if (doc.place.empty()) doc.place = trim(m.str(2));
            if (doc.date.empty()) {
                std::string rest = m.suffix();
                if (auto d = text::find_date(rest))
                    doc.date = d->date.iso();
                else if (auto w = text::find_written_date(rest))
                    doc.date = w->date.iso();
            }
        }
        if (std::regex_match(p, m, place_date_re())) {
            if (doc.place.empty()) doc.place = trim(m.str(1));
            if (auto d = text::find_date(m.str(2)); d && doc.date.empty()) doc.date = d->date.iso();
        }
    }
}

void find_validity(Document& doc, const std::vector<std::string>& texts) {
    static const std::regex duration(
        R"(jangka\s+waktu\s+(?:(?:paling\s+lama|selama|maksimal)\s+)?(([0-9]{1,3})\s*\(([A-Za-z ]+)\)\s*(tahun|bulan)|([A-Za-z ]+?)\s+(tahun|bulan))\b)",
        std::regex::icase);
    for (const std::string& t : texts) {
        std::smatch m;
        if (!std::regex_search(t, m, duration)) continue;
        std::optional<std::int64_t> n;
        std::string unit;
        if (m[2].matched) {
            n = text::parse_number(m.str(2));
            unit = lower(m.str(4));
        } else {
            n = text::parse_number_words(m.str(5));
            unit = lower(m.str(6));
        }
        if (!n || *n <= 0 || *n > 1200) continue;
        doc.validity.months = static_cast<int>(unit == "tahun" ? *n * 12 : *n);
        doc.validity.text = m.str(1);
        std::string rest = m.suffix();
        std::string since = after(rest, "sejak tanggal ");
        if (auto d = text::find_date(since.substr(0, 30)); d && d->begin == 0)
            doc.validity.start = d->date.iso();
        std::string until = after(rest, "sampai dengan tanggal ");
        if (auto d = text::find_date(until.substr(0, 30)); d && d->begin == 0)
            doc.validity.end = d->date.iso();
        break;
    }
    if (doc.validity.start.empty()) doc.validity.start = doc.date;
    auto start = text::parse_iso_date(doc.validity.start);
    if (start && doc.validity.months && doc.validity.end.empty())
        doc.validity.end = text::add_months(*start, *doc.validity.months).iso();
}

}  // namespace

DocumentType agreement_type_from_title(std::string_view title) {
    std::string t = std::regex_replace(upper(title), std::regex(R"(\s+)"), " ");
    if (t.find("ADENDUM") != std::string::npos || t.find("ADDENDUM") != std::string::npos)
        return DocumentType::Addendum;
    if (t.find("NOTA KESEPAHAMAN") != std::string::npos ||
        t.find("MEMORANDUM OF UNDERSTANDING") != std::string::npos)
        return DocumentType::NotaKesepahaman;
    if (t.find("KESEPAKATAN BERSAMA") != std::string::npos) return DocumentType::KesepakatanBersama;
    if (t.find("PERJANJIAN KERJA SAMA") != std::string::npos ||
        t.find("PERJANJIAN KERJASAMA") != std::string::npos)
        return DocumentType::PerjanjianKerjaSama;
    return DocumentType::Other;
}

bool looks_like_agreement(const std::vector<std::string>& paragraphs) {
    for (std::size_t i = 0; i < paragraphs.size() && i < 8; ++i) {
        if (mostly_upper(paragraphs[i]) &&
            agreement_type_from_title(paragraphs[i]) != DocumentType::Other)
            return true;
    }
    static const std::regex first(R"(^(Pasal|PASAL)\s+1\b)");
    return std::any_of(paragraphs.begin(), paragraphs.end(),
                       [](const std::string& p) { return std::regex_search(p, first); });
}

Document parse_agreement(const std::vector<std::string>& input, const std::string& name) {
    std::vector<std::string> paragraphs;
    for (const std::string& p : input) {
        std::string t = trim(p);
        if (!t.empty()) paragraphs.push_back(std::move(t));
    }
    if (paragraphs.empty()) throw InputError(name, 0, "no text in the agreement");
    const std::size_t n = paragraphs.size();
    Document doc;
    doc.type = DocumentType::Other;

    // Title block: upper-case paragraphs and NOMOR lines at the top. A non-upper-case running
    // header before an upper-case title is skipped.
    std::size_t i = 0;
    for (std::size_t k = 0; k < std::min<std::size_t>(n, 4); ++k) {
        if (mostly_upper(paragraphs[k]) &&
            agreement_type_from_title(paragraphs[k]) != DocumentType::Other) {
            i = k;
            break;
        }
    }
    std::vector<std::string> numbers;
    for (; i < n; ++i) {
        const std::string& p = paragraphs[i];
        std::smatch m;
        if (std::regex_match(p, m, number_re())) {
            numbers.push_back(trim(m.str(1)));
        } else if (mostly_upper(p) && !is_marker_paragraph(p)) {
            doc.title += (doc.title.empty() ? "" : " ") + p;
        } else {
            break;
        }
    }
    doc.type = agreement_type_from_title(doc.title);

    // Where the Pasal start and end.
    std::size_t first_clause = n;
    std::size_t last_pasal = n;
    for (std::size_t k = i; k < n; ++k) {
        bool pasal = std::regex_match(paragraphs[k], pasal_re());
        if (first_clause == n && (pasal || std::regex_match(paragraphs[k], bab_re())))
            first_clause = k;
        if (pasal) last_pasal = k;
    }
    std::size_t closing_start = n;
    std::size_t signature_start = n;
    for (std::size_t k = (last_pasal == n ? i : last_pasal + 1); k < n; ++k) {
        const std::string& p = paragraphs[k];
        if (closing_start == n && is_closing_start(p)) closing_start = k;
        if (is_role_line(p) || std::regex_match(p, place_date_re())) {
            signature_start = k;
            break;
        }
    }
    std::size_t clauses_end = std::min(closing_start, signature_start);

    for (std::size_t k = i; k < std::min(first_clause, clauses_end); ++k)
        doc.preamble.push_back(paragraphs[k]);
    std::string chapter;
    for (std::size_t k = first_clause; k < clauses_end; ++k) {
        const std::string& p = paragraphs[k];
        std::smatch m;
        if (std::regex_match(p, m, bab_re())) {
            std::string heading = trim(m.str(2));
            if (heading.empty() && k + 1 < clauses_end && mostly_upper(paragraphs[k + 1]) &&
                !is_marker_paragraph(paragraphs[k + 1]))
                heading = paragraphs[++k];
            chapter = "BAB " + m.str(1) + (heading.empty() ? "" : " " + heading);
            continue;
        }
        if (std::regex_match(p, m, pasal_re())) {
            model::Clause clause;
            clause.number = m.str(1);
            clause.chapter = chapter;
            std::string rest = trim(m.str(2));
            if (looks_like_heading(rest)) {
                clause.heading = rest;
            } else if (!rest.empty()) {
                std::smatch a;
                if (std::regex_match(rest, a, ayat_re()))
                    clause.ayat.push_back({a.str(1), trim(a.str(2))});
                else
                    clause.ayat.push_back({"", rest});
            } else if (k + 1 < clauses_end && looks_like_heading(paragraphs[k + 1])) {
                clause.heading = paragraphs[++k];
            }
            doc.clauses.push_back(std::move(clause));
            continue;
        }
        if (doc.clauses.empty()) {
            doc.preamble.push_back(p);  // text between a BAB line and its first Pasal
            continue;
        }
        model::Clause& clause = doc.clauses.back();
        if (std::regex_match(p, m, ayat_re())) {
            clause.ayat.push_back({m.str(1), trim(m.str(2))});
        } else if (clause.ayat.empty()) {
            clause.ayat.push_back({"", p});
        } else {
            clause.ayat.back().text += " " + p;
        }
    }
    for (std::size_t k = closing_start; k < signature_start; ++k)
        doc.closing.push_back(paragraphs[k]);
    std::vector<std::string> signature_block(
        paragraphs.begin() + static_cast<std::ptrdiff_t>(signature_start), paragraphs.end());

    doc.parties = parse_parties(doc.preamble);
    for (std::size_t k = 0; k < numbers.size(); ++k) {
        static const char* kRoles[] = {"PIHAK KESATU", "PIHAK KEDUA", "PIHAK KETIGA",
                                       "PIHAK KEEMPAT"};
        std::string party = k < doc.parties.size() ? doc.parties[k].role
                            : k < 4                ? kRoles[k]
                                                   : "PIHAK " + std::to_string(k + 1);
        doc.numbers.push_back({party, numbers[k]});
    }
    doc.signatories = parse_signatures(signature_block, doc.parties);

    std::vector<std::string> tail = doc.closing;
    tail.insert(tail.end(), signature_block.begin(), signature_block.end());
    find_signing(doc, doc.preamble, tail);

    std::vector<std::string> texts;
    for (const model::Clause& clause : doc.clauses) {
        for (const model::Ayat& ayat : clause.ayat) texts.push_back(ayat.text);
    }
    texts.insert(texts.end(), doc.preamble.begin(), doc.preamble.end());
    find_validity(doc, texts);
    return doc;
}

}  // namespace arsip::readers
