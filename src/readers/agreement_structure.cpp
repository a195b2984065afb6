#include "readers/agreement_structure.h"

#include <algorithm>
#include <optional>
#include <regex>

#include "model/errors.h"
#include "readers/date_text.h"
#include "text/number_words.h"

namespace arsip::readers {
namespace {

using model::Document;
using model::DocumentType;

bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}

std::string trim(std::string_view s, std::string_view extra = "") {
    auto strip = [&](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
               extra.find(c) != std::string_view::npos;
    };
    while (!s.empty() && strip(s.front())) s.remove_prefix(1);
    while (!s.empty() && strip(s.back())) s.remove_suffix(1);
    return std::string(s);
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (is_lower(c)) c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool mostly_upper(std::string_view s) {
    int up = 0;
    int low = 0;
    for (char c : s) {
        up += is_upper(c);
        low += is_lower(c);
    }
    return up >= 3 && low * 10 <= up;
}

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
const std::regex& role_re() {
    static const std::regex re(R"(PIHAK\s+(KESATU|PERTAMA|KEDUA|KETIGA|KEEMPAT|KELIMA))");
    return re;
}
const std::regex& place_date_re() {
    static const std::regex re(
        R"(^([A-Z][A-Za-z .'-]{1,40}),\s*([0-9]{1,2}\s+[A-Za-z]{3,9}\.?\s+[0-9]{4})\s*\.?$)");
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

// ---- parties ---------------------------------------------------------------------------

std::string cut_at(std::string_view text, std::initializer_list<std::string_view> stops) {
    std::string lowered = lower(text);
    std::size_t end = text.size();
    for (std::string_view stop : stops) {
        std::size_t at = lowered.find(stop);
        if (at != std::string::npos) end = std::min(end, at);
    }
    return trim(text.substr(0, end), " ,;:");
}

std::string after(std::string_view text, std::string_view key, bool last = false) {
    std::string lowered = lower(text);
    std::size_t at = last ? lowered.rfind(key) : lowered.find(key);
    if (at == std::string::npos) return {};
    return std::string(text.substr(at + key.size()));
}

std::string label_value(const std::string& context, const char* label) {
    std::regex re(std::string(R"((^|[^A-Za-z]))") + label + R"(\s*:\s*)", std::regex::icase);
    std::smatch m;
    if (!std::regex_search(context, m, re)) return {};
    std::string rest = m.suffix();
    static const std::regex next(R"(\s(Nama|Jabatan|NIP|Alamat|Instansi|Kedudukan)\s*:)",
                                 std::regex::icase);
    std::smatch n;
    if (std::regex_search(rest, n, next))
        rest = rest.substr(0, static_cast<std::size_t>(n.position(0)));
    return cut_at(rest, {";", "dalam hal ini", "bertindak"});
}

bool is_degree(const std::string& segment) {
    if (segment.empty() || segment.find(' ') != std::string::npos || segment.size() > 12)
        return false;
    if (segment.find('.') != std::string::npos) return true;
    return segment.size() <= 5 && mostly_upper(segment);
}

std::vector<std::string> split_commas(const std::string& text) {
    std::vector<std::string> parts;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find(',', pos);
        if (end == std::string::npos) end = text.size();
        std::string part = trim(text.substr(pos, end - pos));
        if (!part.empty()) parts.push_back(part);
        pos = end + 1;
    }
    return parts;
}

// "Universitas Mulawarman (Unmul)" → "Universitas Mulawarman".
std::string without_alias(const std::string& name) {
    if (name.size() > 2 && name.back() == ')') {
        std::size_t open = name.rfind(" (");
        if (open != std::string::npos && open > 0) return name.substr(0, open);
    }
    return name;
}

// "Rektor Universitas Mulawarman" with institution "Universitas Mulawarman" → "Rektor".
void split_position(model::Party& party) {
    const std::string& inst = party.institution;
    std::string& pos = party.position;
    if (inst.empty() || pos.size() <= inst.size() + 1) return;
    if (pos.compare(pos.size() - inst.size(), inst.size(), inst) == 0 &&
        pos[pos.size() - inst.size() - 1] == ' ')
        pos = trim(pos.substr(0, pos.size() - inst.size() - 1), " ,");
}

model::Party parse_party(const std::string& context, const std::string& role) {
    static const std::regex list_marker(R"(^\s*([0-9]{1,2}|[IVX]{1,4}|[a-z])[.)]\s*)");
    std::string text =
        std::regex_replace(context, list_marker, "", std::regex_constants::format_first_only);
    model::Party party;
    party.role = role;
    std::string institution =
        cut_at(after(text, "atas nama ", true),
               {",", ";", " yang berkedudukan", " berkedudukan", " selanjutnya"});
    std::string on_behalf =
        cut_at(after(text, "mewakili ", true), {",", ";", " berkedudukan", " selanjutnya"});
    if (!on_behalf.empty()) institution = on_behalf;
    if (institution.rfind("Direksi ", 0) == 0 && institution.size() > 8) institution.erase(0, 8);
    party.institution = without_alias(trim(institution, " ."));

    std::string name = label_value(text, "Nama");
    if (!name.empty()) {
        party.represented_by = name;
        party.position = label_value(text, "Jabatan");
        return party;
    }
    std::string lowered = lower(text);
    std::size_t represented = lowered.find("diwakili oleh ");
    if (represented != std::string::npos) {
        if (party.institution.empty()) {
            party.institution =
                trim(cut_at(text.substr(0, represented), {"dalam hal ini", "yang diwakili"}), " .");
        }
        std::string rest = text.substr(represented + 14);
        party.represented_by = cut_at(rest, {" selaku ", " sebagai ", ",", ";"});
        std::string position = after(rest, " selaku ");
        if (position.empty()) position = after(rest, " sebagai ");
        party.position =
            cut_at(position, {",", ";", " berkedudukan", " yang berkedudukan", " selanjutnya"});
        return party;
    }
    // "X, Jabatan, dalam hal ini bertindak ... atas nama Z"
    std::string head = cut_at(text, {"dalam hal ini", "bertindak", "selanjutnya"});
    std::vector<std::string> segments = split_commas(head);
    if (segments.empty()) return party;
    std::size_t i = 1;
    std::string person = segments[0];
    while (i < segments.size() && is_degree(segments[i])) person += ", " + segments[i++];
    party.represented_by = person;
    std::string position;
    for (; i < segments.size(); ++i) position += (position.empty() ? "" : ", ") + segments[i];
    party.position = position;
    return party;
}

std::vector<model::Party> parse_parties(const std::vector<std::string>& preamble) {
    static const std::regex called(
        R"(selanjutnya\s+(?:dalam\s+\S+\s+ini\s+)?disebut\s+(?:sebagai\s+)?["“]?(PIHAK\s+(KESATU|PERTAMA|KEDUA|KETIGA|KEEMPAT|KELIMA)))",
        std::regex::icase);
    static const std::regex label_line(
        R"(^([0-9]{1,2}\.\s*)?(Nama|Jabatan|NIP|Alamat|Instansi|Kedudukan)\s*:)",
        std::regex::icase);
    std::vector<model::Party> parties;
    int last_party_paragraph = -1;
    for (std::size_t j = 0; j < preamble.size(); ++j) {
        const std::string& p = preamble[j];
        std::size_t from = 0;
        for (auto it = std::sregex_iterator(p.begin(), p.end(), called);
             it != std::sregex_iterator(); ++it) {
            const std::smatch& m = *it;
            std::string context = p.substr(from, static_cast<std::size_t>(m.position(0)) - from);
            if (from == 0) {
                for (int k = static_cast<int>(j) - 1;
                     k > last_party_paragraph && k >= static_cast<int>(j) - 4; --k) {
                    if (!std::regex_search(preamble[static_cast<std::size_t>(k)], label_line))
                        break;
                    context = preamble[static_cast<std::size_t>(k)] + " " + context;
                }
            }
            std::string role = upper(m.str(1));
            role = std::regex_replace(role, std::regex(R"(\s+)"), " ");
            bool known = std::any_of(parties.begin(), parties.end(),
                                     [&](const model::Party& party) { return party.role == role; });
            if (!known) {
                parties.push_back(parse_party(context, role));
                split_position(parties.back());
            }
            from = static_cast<std::size_t>(m.position(0) + m.length(0));
        }
        if (from > 0) last_party_paragraph = static_cast<int>(j);
    }
    return parties;
}

// ---- signatures --------------------------------------------------------------------------

bool is_signature_noise(const std::string& item) {
    std::string l = lower(trim(item, "()."));
    return l.empty() || l == "ttd" || l == "cap" || l == "materai" || l == "meterai" ||
           l.rfind("meterai ", 0) == 0 || l.rfind("materai ", 0) == 0 || l == "saksi-saksi" ||
           l == "para pihak";
}

std::vector<model::Signatory> parse_signatures(const std::vector<std::string>& block,
                                               const std::vector<model::Party>& parties) {
    struct Token {
        bool role;
        std::string text;
    };
    std::vector<Token> tokens;
    for (const std::string& p : block) {
        if (std::regex_match(p, place_date_re())) continue;
        std::size_t from = 0;
        for (auto it = std::sregex_iterator(p.begin(), p.end(), role_re());
             it != std::sregex_iterator(); ++it) {
            std::string before =
                trim(p.substr(from, static_cast<std::size_t>(it->position(0)) - from), " ,;");
            if (!before.empty()) tokens.push_back({false, before});
            tokens.push_back({true, "PIHAK " + it->str(1)});
            from = static_cast<std::size_t>(it->position(0) + it->length(0));
        }
        std::string rest = trim(p.substr(from), " ,;");
        if (!rest.empty()) tokens.push_back({false, rest});
    }
    std::vector<model::Signatory> out;
    std::size_t i = 0;
    while (i < tokens.size()) {
        if (!tokens[i].role) {
            ++i;
            continue;
        }
        std::vector<model::Signatory> group;
        while (i < tokens.size() && tokens[i].role) {
            model::Signatory s;
            s.party_role = tokens[i++].text;
            group.push_back(s);
        }
        std::vector<std::vector<std::string>> items(group.size());
        std::vector<std::string> institutions(group.size());
        std::size_t n = 0;
        for (; i < tokens.size() && !tokens[i].role; ++i) {
            std::string item = trim(tokens[i].text, " ,;");
            if (is_signature_noise(item)) continue;
            std::vector<std::string> parts{item};
            if (group.size() > 1) {
                // Several roles on one line: columns were not separated. A line that splits by
                // commas into one part per role is shared out; any other cannot be attributed.
                parts = split_commas(item);
                if (parts.size() != group.size()) continue;
            }
            for (const std::string& part : parts) {
                std::size_t slot = n++ % group.size();
                std::string inst = after(part, "untuk dan atas nama ");
                if (!inst.empty())
                    institutions[slot] = trim(inst, " ,;");
                else
                    items[slot].push_back(part);
            }
        }
        for (std::size_t g = 0; g < group.size(); ++g) {
            model::Signatory& s = group[g];
            if (items[g].empty()) continue;
            if (group.size() > 1 && items[g].size() == 1) {
                s.position = items[g].front();  // the names could not be told apart
                items[g].clear();
            } else {
                s.name = items[g].back();
            }
            for (std::size_t k = 0; k + 1 < items[g].size(); ++k) {  // all but the name
                s.position += (s.position.empty() ? "" : " ") + items[g][k];
            }
            s.institution = institutions[g];
            for (const model::Party& party : parties) {
                if (party.role == s.party_role && s.institution.empty())
                    s.institution = party.institution;
            }
            out.push_back(std::move(s));
        }
    }
    return out;
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
        if (auto written = find_written_date(p)) {
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
                if (auto d = find_date(rest))
                    doc.date = d->date.iso();
                else if (auto w = find_written_date(rest))
                    doc.date = w->date.iso();
            }
        }
        if (std::regex_match(p, m, place_date_re())) {
            if (doc.place.empty()) doc.place = trim(m.str(1));
            if (auto d = find_date(m.str(2)); d && doc.date.empty()) doc.date = d->date.iso();
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
        if (auto d = find_date(since.substr(0, 30)); d && d->begin == 0)
            doc.validity.start = d->date.iso();
        std::string until = after(rest, "sampai dengan tanggal ");
        if (auto d = find_date(until.substr(0, 30)); d && d->begin == 0)
            doc.validity.end = d->date.iso();
        break;
    }
    if (doc.validity.start.empty()) doc.validity.start = doc.date;
    auto start = parse_iso_date(doc.validity.start);
    if (start && doc.validity.months && doc.validity.end.empty())
        doc.validity.end = add_months(*start, *doc.validity.months).iso();
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
