#include "readers/agreement_parties.h"

#include <algorithm>
#include <regex>

#include "readers/agreement_text.h"

namespace arsip::readers {
namespace {

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

bool is_signature_noise(const std::string& item) {
    std::string l = lower(trim(item, "()."));
    return l.empty() || l == "ttd" || l == "cap" || l == "materai" || l == "meterai" ||
           l.rfind("meterai ", 0) == 0 || l.rfind("materai ", 0) == 0 || l == "saksi-saksi" ||
           l == "para pihak";
}

}  // namespace

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

}  // namespace arsip::readers
