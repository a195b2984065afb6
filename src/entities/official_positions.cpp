#include "entities/official_positions.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "text/words.h"

namespace arsip::entities::official_detail {

enum class Kind { Province, Regency, City, Ministry, University, FieldBody, Body, Nation };

struct Head {
    std::string_view words;  // lower case, space separated
    Kind kind;
    std::string_view position;  // as the archive writes it
};

constexpr auto kHeads = std::to_array<Head>({
    {"wakil gubernur", Kind::Province, "Wakil Gubernur"},
    {"gubernur", Kind::Province, "Gubernur"},
    {"penjabat gubernur", Kind::Province, "Penjabat Gubernur"},
    {"pj gubernur", Kind::Province, "Penjabat Gubernur"},
    {"plt gubernur", Kind::Province, "Plt Gubernur"},
    {"sekretaris daerah", Kind::Province, "Sekretaris Daerah"},
    {"sekda", Kind::Province, "Sekretaris Daerah"},
    {"wakil bupati", Kind::Regency, "Wakil Bupati"},
    {"bupati", Kind::Regency, "Bupati"},
    {"wakil wali kota", Kind::City, "Wakil Wali Kota"},
    {"wakil walikota", Kind::City, "Wakil Wali Kota"},
    {"wali kota", Kind::City, "Wali Kota"},
    {"walikota", Kind::City, "Wali Kota"},
    {"wakil menteri", Kind::Ministry, "Wakil Menteri"},
    {"menteri", Kind::Ministry, "Menteri"},
    {"wakil rektor", Kind::University, "Wakil Rektor"},
    {"rektor", Kind::University, "Rektor"},
    {"kepala bidang", Kind::FieldBody, "Kepala Bidang"},
    {"kabid", Kind::FieldBody, "Kepala Bidang"},
    {"kepala seksi", Kind::FieldBody, "Kepala Seksi"},
    {"kepala bagian", Kind::FieldBody, "Kepala Bagian"},
    {"kepala", Kind::Body, "Kepala"},
    {"wakil ketua", Kind::Body, "Wakil Ketua"},
    {"ketua", Kind::Body, "Ketua"},
    {"anggota", Kind::Body, "Anggota"},
    {"direktur utama", Kind::Body, "Direktur Utama"},
    {"direktur", Kind::Body, "Direktur"},
    {"sekretaris", Kind::Body, "Sekretaris"},
    {"wakil presiden", Kind::Nation, "Wakil Presiden"},
    {"presiden", Kind::Nation, "Presiden"},
});

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool is_place_kind(std::string_view kind) {
    return kind == "province" || kind == "regency" || kind == "city" || kind == "place" ||
           kind == "term" || kind == "spelling" || kind == "agreement";
}

struct Known {
    const text::SynonymGroup* group = nullptr;
    std::size_t end = 0;  // token index after the match
};

class PositionReader {
public:
    PositionReader(const std::vector<Token>& tokens, SynonymTables tables)
        : tokens_(tokens), tables_(tables) {}

    std::optional<Parsed> position(const Head& head, std::size_t j) const;

private:
    Known known_at(std::size_t i, std::string_view prefix = {}) const;
    std::size_t place(Kind kind, std::size_t j, std::string& institution) const;
    std::size_t body(std::size_t j, std::string& institution) const;
    std::string raw(std::size_t first, std::size_t end) const;

    const std::vector<Token>& tokens_;
    SynonymTables tables_;
};

std::string PositionReader::raw(std::size_t first, std::size_t end) const {
    std::string out;
    for (std::size_t t = first; t < end; ++t) {
        if (tokens_[t].word) {
            if (!out.empty() && tokens_[t - 1].word) out.push_back(' ');
            if (!out.empty() && tokens_[t - 1].punct == ',') out.push_back(' ');
            out += tokens_[t].text;
        } else if (tokens_[t].punct == ',') {
            out.push_back(',');
        }
    }
    return out;
}

Known PositionReader::known_at(std::size_t i, std::string_view prefix) const {
    if (i >= tokens_.size() || !tokens_[i].word || !(tokens_[i].capital || tokens_[i].all_caps)) {
        return {};
    }
    std::vector<std::string> words;
    std::vector<std::size_t> token_of;
    if (!prefix.empty()) {
        words.emplace_back(prefix);
        token_of.push_back(kNone);
    }
    const std::size_t skip = words.size();
    for (std::size_t t = i; t < tokens_.size() && words.size() < 14; ++t) {
        if (!tokens_[t].word) {
            if (tokens_[t].punct == ',') continue;
            break;
        }
        const std::string key = text::phrase_key(tokens_[t].text);
        std::size_t pos = 0;
        while (pos < key.size()) {
            const std::size_t space = std::min(key.find(' ', pos), key.size());
            words.push_back(key.substr(pos, space - pos));
            token_of.push_back(t);
            pos = space + 1;
        }
    }
    if (words.size() <= skip) return {};
    const auto matches = text::match_synonyms(words, tables_);
    if (matches.empty() || matches.front().first != 0 || matches.front().count <= skip) return {};
    const std::size_t last = matches.front().count - 1;
    // A match must end at a token's end ("Swiss-Belhotel" is one token, two words).
    if (last + 1 < token_of.size() && token_of[last + 1] == token_of[last]) return {};
    return {matches.front().group, token_of[last] + 1};
}

// The place after a regional position; returns the token after it (j when there is none).
std::size_t PositionReader::place(Kind kind, std::size_t j, std::string& institution) const {
    if (j >= tokens_.size() || !tokens_[j].word) return j;
    const std::string& w = tokens_[j].lower;
    std::size_t k = j;
    if (kind == Kind::Province && (w == "provinsi" || w == "propinsi" || w == "prov")) ++k;
    if ((kind == Kind::Province || kind == Kind::Regency) && (w == "kabupaten" || w == "kab")) {
        kind = Kind::Regency;
        k = j + 1;
    }
    if ((kind == Kind::Province || kind == Kind::City) && w == "kota") {
        kind = Kind::City;
        k = j + 1;
    }
    const Known known = known_at(k);
    std::string name;
    std::size_t end = k;
    if (known.group != nullptr && known.group->kind == (kind == Kind::Province  ? "province"
                                                        : kind == Kind::Regency ? "regency"
                                                                                : "city")) {
        name = known.group->canonical;
        end = known.end;
    } else if (kind == Kind::Province) {
        end = k + province_at(tokens_, k, name);
    } else {
        std::size_t run = k;
        while (run < tokens_.size() && run - k < 3 && is_name_word(tokens_[run])) {
            ++run;
        }
        const bool closed = run >= tokens_.size() || !tokens_[run].word;
        end = closed ? run : std::min(run, k + 1);
        name = raw(k, end);
    }
    if (name.empty() || end == k) return j;
    institution = std::string(kind == Kind::Province  ? "Pemerintah Provinsi "
                              : kind == Kind::Regency ? "Pemerintah Kabupaten "
                                                      : "Pemerintah Kota ") +
                  name;
    return end;
}

// A body ("DPPKUKM Kaltim", "DPR RI", "Dinas Pariwisata Provinsi Kaltim"); returns the token
// after it (j when there is none).
std::size_t PositionReader::body(std::size_t j, std::string& institution) const {
    if (j >= tokens_.size() || !tokens_[j].word) return j;
    std::size_t end = j;
    const Known known = known_at(j);
    if (known.group != nullptr && !is_place_kind(known.group->kind)) {
        institution = known.group->canonical;
        end = known.end;
    } else if (tokens_[j].capital && is_org_head(tokens_[j].lower)) {
        end = j + 1;
        while (end < tokens_.size() && end - j < 10 && tokens_[end].word &&
               (is_name_word(tokens_[end]) || tokens_[end].lower == "dan" ||
                tokens_[end].lower == "serta")) {
            const std::string& l = tokens_[end].lower;
            if (l == "provinsi" || l == "kabupaten" || l == "kota") break;
            ++end;
        }
        institution = raw(j, end);
    } else if (tokens_[j].all_caps && !tokens_[j].digit) {
        institution = tokens_[j].text;
        end = j + 1;
    } else {
        return j;
    }
    // "(DPPKUKM)" after a full name.
    if (end + 2 < tokens_.size() && tokens_[end].punct == '(' && tokens_[end + 1].word &&
        tokens_[end + 2].punct == ')') {
        end += 3;
    }
    std::string where;
    const std::size_t after = place(Kind::Province, end, where);
    if (after != end) {
        // "Pemerintah Provinsi Kalimantan Timur" -> "Provinsi Kalimantan Timur"
        institution += " " + where.substr(std::string_view("Pemerintah ").size());
        end = after;
    }
    return end;
}

std::optional<Parsed> PositionReader::position(const Head& head, std::size_t j) const {
    Parsed parsed;
    parsed.position = head.position;
    parsed.end = j;
    switch (head.kind) {
        case Kind::Province:
        case Kind::Regency:
        case Kind::City:
            parsed.end = place(head.kind, j, parsed.institution);
            return parsed;
        case Kind::Nation:
            parsed.institution = "Pemerintah Republik Indonesia";
            if (j < tokens_.size() && tokens_[j].text == "RI") parsed.end = j + 1;
            return parsed;
        case Kind::Ministry: {
            Known known = known_at(j, "kementerian");
            if (known.group == nullptr) known = known_at(j);
            if (known.group != nullptr && known.group->canonical.starts_with("Kementerian")) {
                parsed.institution = known.group->canonical;
                parsed.position += " " + raw(j, known.end);
                parsed.end = known.end;
                return parsed;
            }
            std::size_t run = j;
            while (run < tokens_.size() && run - j < 6 &&
                   (is_name_word(tokens_[run]) || (run > j && tokens_[run].lower == "dan"))) {
                ++run;
            }
            if (run == j) return parsed;
            const bool closed = run >= tokens_.size() || !tokens_[run].word;
            parsed.end = closed ? run : j + 1;
            const std::string field = raw(j, parsed.end);
            parsed.position += " " + field;
            parsed.institution = "Kementerian " + field;
            return parsed;
        }
        case Kind::University: {
            const Known known = known_at(j);
            if (known.group != nullptr && !is_place_kind(known.group->kind)) {
                parsed.institution = known.group->canonical;
                parsed.end = known.end;
            } else if (j < tokens_.size() && tokens_[j].capital && is_org_head(tokens_[j].lower)) {
                std::size_t run = j + 1;
                while (run < tokens_.size() && run - j < 5 && is_name_word(tokens_[run])) {
                    ++run;
                }
                parsed.institution = raw(j, run);
                parsed.end = run;
            } else if (j < tokens_.size() && tokens_[j].all_caps && !tokens_[j].digit) {
                parsed.institution = tokens_[j].text;
                parsed.end = j + 1;
            }
            return parsed;
        }
        case Kind::FieldBody: {
            std::size_t field = j;
            while (field < tokens_.size() && field - j < 4 && tokens_[field].word &&
                   tokens_[field].capital && !tokens_[field].all_caps &&
                   !is_org_head(tokens_[field].lower) && !is_stop_word(tokens_[field].lower) &&
                   known_at(field).group == nullptr) {
                ++field;
            }
            if (field > j) parsed.position += " " + raw(j, field);
            parsed.end = body(field, parsed.institution);
            return parsed;
        }
        case Kind::Body: {
            parsed.end = body(j, parsed.institution);
            if (parsed.end == j) {
                // "Direktur Keuangan dan Umum PT Pupuk Kalimantan Timur": a field of the body
                // (capitalised words, joined by "dan") before the body itself.
                std::size_t field = j;
                while (field < tokens_.size() && field - j < 5 && tokens_[field].word &&
                       tokens_[field].capital && !tokens_[field].all_caps &&
                       !is_org_head(tokens_[field].lower) && !is_stop_word(tokens_[field].lower) &&
                       known_at(field).group == nullptr) {
                    ++field;
                    if (field + 1 < tokens_.size() && tokens_[field].lower == "dan" &&
                        tokens_[field + 1].capital) {
                        ++field;
                    }
                }
                if (field == j || tokens_[field - 1].lower == "dan") return std::nullopt;
                parsed.end = body(field, parsed.institution);
                if (parsed.end == field) return std::nullopt;
                parsed.position += " " + raw(j, field);
                return parsed;
            }
            if (head.position == "Anggota") {
                std::size_t surface_end = j;
                while (surface_end < parsed.end && tokens_[surface_end].word &&
                       !is_stop_word(tokens_[surface_end].lower)) {
                    ++surface_end;
                }
                parsed.position += " " + raw(j, surface_end);
            }
            return parsed;
        }
    }
    return std::nullopt;
}

}  // namespace

const Head* head_at(const std::vector<Token>& tokens, std::size_t i, std::size_t& end) {
    if (!tokens[i].word || !tokens[i].capital) return nullptr;
    const Head* best = nullptr;
    for (const Head& head : kHeads) {
        std::size_t k = i;
        std::size_t pos = 0;
        bool ok = true;
        while (pos < head.words.size()) {
            const std::size_t space = head.words.find(' ', pos);
            const std::size_t stop = space == std::string_view::npos ? head.words.size() : space;
            if (k >= tokens.size() || tokens[k].lower != head.words.substr(pos, stop - pos)) {
                ok = false;
                break;
            }
            ++k;
            pos = stop + 1;
        }
        if (ok && (best == nullptr || k > end)) {
            best = &head;
            end = k;
        }
    }
    return best;
}

std::optional<Parsed> parse_position(const std::vector<Token>& tokens, SynonymTables tables,
                                     const Head& head, std::size_t j) {
    return PositionReader(tokens, tables).position(head, j);
}

}  // namespace arsip::entities::official_detail
