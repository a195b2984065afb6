#include "entities/institutions.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>

#include "entities/places.h"
#include "text/abbreviations.h"
#include "text/words.h"

namespace arsip::entities {
namespace {

constexpr std::size_t kMaxNameWords = 16;
constexpr std::size_t kMaxAliasWords = 6;

// Head word -> kind; regional bodies take a bare place after them as their region.
struct Head {
    std::string_view kind;
    bool regional = false;
};

constexpr Head kGovernment{"government", false};
constexpr Head kRegional{"government", true};
constexpr Head kCompany{"company", false};
constexpr Head kUniversity{"university", false};
constexpr Head kOther{"other", false};

constexpr std::pair<std::string_view, const Head*> kHeads[] = {
    {"kementerian", &kGovernment},
    {"kementrian", &kGovernment},
    {"dinas", &kRegional},
    {"badan", &kRegional},
    {"biro", &kRegional},
    {"sekretariat", &kRegional},
    {"dewan", &kRegional},
    {"komisi", &kGovernment},
    {"direktorat", &kGovernment},
    {"inspektorat", &kRegional},
    {"lembaga", &kGovernment},
    {"otoritas", &kGovernment},
    {"majelis", &kGovernment},
    {"mahkamah", &kGovernment},
    {"kejaksaan", &kRegional},
    {"kepolisian", &kRegional},
    {"pengadilan", &kRegional},
    {"tentara", &kGovernment},
    {"pt", &kCompany},
    {"perum", &kCompany},
    {"perumda", &kCompany},
    {"cv", &kCompany},
    {"bank", &kOther},
    {"universitas", &kUniversity},
    {"institut", &kUniversity},
    {"politeknik", &kUniversity},
    {"akademi", &kUniversity},
    {"sekolah", &kUniversity},
};

const Head* head_of(std::string_view word) {
    for (const auto& [name, head] : kHeads) {
        if (name == word) return head;
    }
    return nullptr;
}

bool is_tail_head(std::string_view w) {
    return w == "center" || w == "centre" || w == "foundation" || w == "institute" ||
           w == "corporation" || w == "association";
}

// Capitalised words that never belong to a name: positions, days, months, sentence openers.
constexpr std::string_view kStopWords[] = {
    "gubernur", "wakil",     "bupati",   "walikota",   "wali",     "kepala",  "rektor", "menteri",
    "direktur", "ketua",     "anggota",  "sekretaris", "presiden", "kabid",   "kadis",  "plt",
    "camat",    "lurah",     "senin",    "selasa",     "rabu",     "kamis",   "jumat",  "sabtu",
    "minggu",   "januari",   "februari", "maret",      "april",    "mei",     "juni",   "juli",
    "agustus",  "september", "oktober",  "november",   "desember", "dengan",  "dan",    "di",
    "ke",       "dari",      "pada",     "untuk",      "dalam",    "oleh",    "yang",   "sementara",
    "menurut",  "selain",    "melalui",  "bagi",       "sebagai",  "ini",     "itu",    "para",
    "kata",     "pihak",     "nomor",    "tentang",    "antara",   "bersama", "kami",   "kita",
    "saat",     "jadi",      "namun",    "tahun",
};

bool is_stop_word(std::string_view w) {
    return std::find(std::begin(kStopWords), std::end(kStopWords), w) != std::end(kStopWords);
}

constexpr std::string_view kGeneric[] = {
    "badan usaha milik negara",
    "badan usaha milik daerah",
    "organisasi perangkat daerah",
    "satuan kerja perangkat daerah",
    "pemerintah daerah",
    "pemerintah pusat",
    "perangkat daerah",
    "dinas terkait",
    "badan usaha",
};

bool is_generic(std::string_view key) {
    return std::find(std::begin(kGeneric), std::end(kGeneric), key) != std::end(kGeneric);
}

bool is_joining(std::string_view w) {
    return w == "dan" || w == "serta" || w == "untuk" || w == "of" || w == "and" || w == "&";
}

// A synonym-table group that names an institution (not a generic body or a venue).
bool institution_group(const text::SynonymGroup& group) {
    if (group.kind != "government" && group.kind != "institution" && group.kind != "company") {
        return false;
    }
    const std::string key = text::phrase_key(group.canonical);
    if (is_generic(key) || key.find("hotel") != std::string::npos) return false;
    if (group.kind != "government") return true;
    const auto words = text::word_texts(group.canonical);
    return !words.empty() && head_of(words.front()) != nullptr;
}

struct Found {
    std::string base;       // name without region, as written ("Dinas ... dan UKM")
    std::string qualified;  // canonical: base + region in full
    std::string kind;
    std::size_t begin = 0, end = 0;  // byte range of the surface form
};

class Extractor {
public:
    Extractor(std::string_view text, const InstitutionContext& context)
        : text_(text),
          synonyms_(*context.synonyms),
          gazetteer_(*context.gazetteer),
          own_scan_(context.places ? PlaceScan{} : scan_places(text, gazetteer_, synonyms_)),
          scan_(context.places ? *context.places : own_scan_),
          words_(scan_.words),
          span_at_(words_.size(), -1),
          own_index_(context.institution_index ? std::nullopt
                                               : std::optional<SynonymIndex>(institution_index(synonyms_))),
          table_index_(context.institution_index ? *context.institution_index : *own_index_) {
        for (std::size_t s = 0; s < scan_.spans.size(); ++s) {
            span_at_[scan_.spans[s].first] = static_cast<long>(s);
        }
        const std::vector<text::AbbreviationPair> learned =
            context.abbreviations ? std::vector<text::AbbreviationPair>{} : text::learn_document_abbreviations(text);
        for (const auto& pair : context.abbreviations ? *context.abbreviations : learned) {
            const std::string full_key = text::phrase_key(pair.full_name);
            const auto words = text::word_texts(pair.full_name);
            if (words.empty() || head_of(words.front()) == nullptr || is_generic(full_key))
                continue;
            abbreviations_.try_emplace(text::phrase_key(pair.abbreviation), pair.full_name);
        }
    }

    std::vector<model::Institution> run(const CodePoints& points) {
        std::size_t i = 0;
        while (i < words_.size()) {
            const std::size_t next = step(i);
            i = next > i ? next : i + 1;
        }
        for (const auto& f : found_) add(f, points);
        return std::move(institutions_);
    }

private:
    bool cap(std::size_t i) const {
        if (i >= words_.size()) return false;
        const char c = text_[words_[i].begin];
        return c >= 'A' && c <= 'Z';
    }
    const std::string& word(std::size_t i) const { return words_[i].text; }
    std::string_view gap(std::size_t i) const {  // text before word i
        const std::size_t from = i == 0 ? 0 : words_[i - 1].end;
        return text_.substr(from, words_[i].begin - from);
    }
    bool clean_gap(std::size_t i) const {
        const auto g = gap(i);
        return !g.empty() && g.find_first_not_of(" -") == std::string_view::npos;
    }
    const PlaceSpan* span_at(std::size_t i) const {
        if (i >= words_.size() || span_at_[i] < 0) return nullptr;
        return &scan_.spans[static_cast<std::size_t>(span_at_[i])];
    }
    std::string span_text(std::size_t first, std::size_t count) const {
        return std::string(
            text_.substr(words_[first].begin, words_[first + count - 1].end - words_[first].begin));
    }

    // "Provinsi X" / "Kabupaten X" / "Kota X" at i (or, if `bare`, a place alone): the region
    // suffix of a canonical name and the word after it; 0 when none.
    std::size_t region_at(std::size_t i, bool bare, std::string& suffix,
                          bool check_gap = true) const {
        if (i >= words_.size() || !cap(i) || (check_gap && !clean_gap(i))) return 0;
        const std::string& w = word(i);
        std::string level;
        std::size_t at = i;
        if (w == "provinsi" || w == "propinsi") level = "Provinsi";
        if (w == "kabupaten") level = "Kabupaten";
        if (w == "kota") level = "Kota";
        if (!level.empty()) at = i + 1;
        const PlaceSpan* span = span_at(at);
        if (span == nullptr || (level.empty() && !bare) || (at != i && !clean_gap(at))) return 0;
        const auto& place = gazetteer_.place(span->place);
        if (level.empty()) {
            if (place.kind == "province")
                level = "Provinsi";
            else if (place.kind == "regency")
                level = "Kabupaten";
            else if (place.kind == "city")
                level = "Kota";
            else
                return 0;
        }
        suffix = " " + level + " " + (level == "Provinsi" ? place.province : place.name);
        return at + span->count;
    }

    // A comma list closed by "dan"/"serta" starting at word j (after a comma).
    bool comma_list_at(std::size_t j) const {
        for (std::size_t k = j, items = 0; k < words_.size() && items < 10; ++k) {
            if (is_joining(word(k)) && (word(k) == "dan" || word(k) == "serta")) {
                return cap(k + 1) && clean_gap(k + 1);
            }
            if (!cap(k) || is_stop_word(word(k)) || head_of(word(k)) != nullptr) return false;
            if (k + 1 < words_.size()) {
                const auto g = gap(k + 1);
                if (g == ", " || g == ",")
                    ++items;
                else if (!clean_gap(k + 1))
                    return false;
            }
        }
        return false;
    }

    std::size_t step(std::size_t i) {
        if (!cap(i)) return i + 1;
        if (std::size_t end = regional_government(i)) return end;
        if (std::size_t end = named_body(i)) return end;
        if (std::size_t end = alias(i)) return end;
        if (std::size_t end = tail_named(i)) return end;
        return i + 1;
    }

    // Pemerintah Provinsi X, Pemprov X, Pemkab X, Pemkot X (+ "dan Y").
    std::size_t regional_government(std::size_t i) {
        const std::string& w = word(i);
        std::string level;
        std::size_t length = 1;
        if (w == "pemprov" || w == "pemprop") level = "Provinsi";
        if (w == "pemkab") level = "Kabupaten";
        if (w == "pemkot") level = "Kota";
        if (w == "pemerintah" && i + 1 < words_.size() && clean_gap(i + 1)) {
            const std::string& n = word(i + 1);
            if (n == "provinsi" || n == "propinsi") level = "Provinsi";
            if (n == "kabupaten") level = "Kabupaten";
            if (n == "kota") level = "Kota";
            length = 2;
        }
        if (level.empty()) return 0;
        const PlaceSpan* span = span_at(i + length);
        if (span == nullptr || !clean_gap(i + length)) return i + length;  // generic
        std::size_t end = i + length + span->count;
        found_.push_back({"", "", "government", words_[i].begin, words_[end - 1].end});
        found_.back().qualified = "Pemerintah " + level + " " + region_name(*span, level);
        // "Pemerintah Provinsi Kalimantan Timur dan Kalimantan Utara"
        while (end + 1 < words_.size() && (word(end) == "dan" || word(end) == "serta")) {
            const PlaceSpan* other = span_at(end + 1);
            if (other == nullptr || !clean_gap(end + 1) ||
                gazetteer_.place(other->place).kind != gazetteer_.place(span->place).kind) {
                break;
            }
            found_.push_back({"", "Pemerintah " + level + " " + region_name(*other, level),
                              "government", words_[end + 1].begin, words_[end + other->count].end});
            end += 1 + other->count;
        }
        return end;
    }

    std::string region_name(const PlaceSpan& span, std::string_view level) const {
        const auto& place = gazetteer_.place(span.place);
        return level == "Provinsi" ? place.province : place.name;
    }

    // A name that starts with a head word.
    std::size_t named_body(std::size_t i) {
        const Head* head = head_of(word(i));
        if (head == nullptr) return 0;
        if (word(i) == "sekolah" && (i + 1 >= words_.size() || word(i + 1) != "tinggi")) return 0;
        std::size_t last = i;  // last word of the base name
        std::size_t j = i + 1;
        std::string paren;
        std::size_t paren_end = 0;  // byte after ')'
        while (j < words_.size() && j - i < kMaxNameWords) {
            const auto g = gap(j);
            if (g.find('(') != std::string_view::npos) break;
            const bool comma = (g == ", " || g == ",");
            if (!clean_gap(j) && !comma) break;
            if (comma && !comma_list_at(j)) break;
            // "Lembaga Penelitian dan Pengabdian kepada Masyarakat": the fixed phrase of the
            // Tridharma stays inside the name.
            const bool kepada_masyarakat =
                word(j) == "kepada" && j + 1 < words_.size() && word(j + 1) == "masyarakat";
            if ((is_joining(word(j)) || kepada_masyarakat) && !cap(j)) {
                if (!cap(j + 1) || !clean_gap(j + 1) || is_stop_word(word(j + 1))) break;
                // "Universitas Mulawarman dan PT Pupuk Kalimantan Timur": a head word after the
                // joining word starts a second institution.
                // So does one of the document's own abbreviations ("... dan LP2M").
                if (head_of(word(j + 1)) != nullptr || abbreviations_.contains(word(j + 1))) break;
                ++j;
                continue;
            }
            if (!cap(j) || is_stop_word(word(j))) break;
            const std::string& w = word(j);
            if ((w == "provinsi" || w == "kabupaten" || w == "kota") && span_at(j + 1)) break;
            if (head->regional && span_at(j) != nullptr) break;  // "DPPKUKM Kaltim"-style region
            last = j;
            ++j;
        }
        if (last == i) return 0;
        std::size_t end = last + 1;
        std::size_t surface_end = words_[last].end;
        // "(ABBR)" right after the name.
        if (end < words_.size()) {
            // Only the gap before the next word is searched (no scan to the end of the text).
            const std::string_view between = gap(end);
            const std::size_t at = between.find('(');
            if (at != std::string_view::npos &&
                between.substr(0, at).find_first_not_of(' ') == std::string_view::npos) {
                const std::size_t open = words_[last].end + at;
                std::size_t close = text_.substr(open, 48).find(')');
                if (close != std::string_view::npos) {
                    close += open;
                    paren = std::string(text_.substr(open + 1, close - open - 1));
                    paren_end = close + 1;
                }
            }
        }
        if (paren_end > 0) {
            while (end < words_.size() && words_[end].begin < paren_end) ++end;
            surface_end = paren_end;
        }
        std::string base(text_.substr(words_[i].begin, words_[last].end - words_[i].begin));
        const std::string base_key = text::phrase_key(base);
        if (is_generic(base_key)) return end;
        std::string suffix;
        const bool bare = head->regional || head->kind == "university";
        if (std::size_t after = region_at(end, bare, suffix, paren_end == 0)) {
            const std::string& level = word(end);
            if ((word(i) == "pengadilan" || word(i) == "kejaksaan") && level != "provinsi" &&
                level != "kabupaten" && level != "kota") {
                // Courts and prosecutors are named after the bare city or regency
                // ("Pengadilan Negeri Samarinda", not "... Kota Samarinda").
                suffix = " " + suffix.substr(suffix.find(' ', 1) + 1);
            }
            if (head->kind != "university" || word(end) == "provinsi") {
                end = after;
                surface_end = words_[after - 1].end;
            } else {
                suffix.clear();
                surface_end = words_[after - 1].end;  // "Universitas Mulawarman (Unmul) Samarinda"
                end = after;
            }
        }
        base = canonical_base(base);
        record({base, base + suffix, std::string(head->kind), words_[i].begin, surface_end});
        if (!paren.empty()) {
            const std::string key = text::phrase_key(paren);
            const bool acronym_like = key.find(' ') == std::string::npos &&
                                      std::count_if(paren.begin(), paren.end(), [](char c) {
                                          return c >= 'A' && c <= 'Z';
                                      }) >= 2;
            if (!key.empty() && (acronym_like || text::plausible_abbreviation(paren, base))) {
                abbreviations_[key] = base;
            }
            auto& known = aliases_[base + suffix];
            if (std::find(known.begin(), known.end(), paren) == known.end()) known.push_back(paren);
        }
        return end;
    }

    // Collapses runs of spaces; the synonym table's full name when it is one of its forms.
    std::string canonical_base(const std::string& base) const {
        if (const auto* group = synonyms_.find(base);
            group != nullptr && institution_group(*group)) {
            return group->canonical;
        }
        std::string out;
        for (const char c : base) {
            if ((c == ' ' || c == '\n') && (!out.empty() && out.back() == ' ')) continue;
            out += c == '\n' ? ' ' : c;
        }
        return out;
    }

    // A known abbreviation (the document's own or the synonym table's), with an optional region.
    std::size_t alias(std::size_t i) {
        std::string base;
        std::string kind = "government";
        std::size_t n = 0;
        // The document's own, longest first (keys are folded words joined by spaces).
        std::string key;
        std::vector<std::string> keys;
        for (std::size_t k = i; k < words_.size() && k - i < kMaxAliasWords; ++k) {
            if (k > i && !clean_gap(k)) break;
            key += (k > i ? " " : "") + word(k);
            keys.push_back(key);
        }
        for (std::size_t m = keys.size(); m >= 1 && n == 0; --m) {
            const auto it = abbreviations_.find(keys[m - 1]);
            if (it == abbreviations_.end()) continue;
            base = canonical_base(it->second);
            n = m;
        }
        const auto table = table_index_.longest_at(
            words_, i, [&](std::size_t m) { return m > n && (m == 1 || all_clean(i, m)); });
        if (table.count > n && !table.ambiguous) {
            base = table.group->canonical;
            n = table.count;
            if (table.group->kind == "company") kind = "company";
            if (table.group->kind == "institution") kind = "other";
        }
        if (n == 0) return 0;
        const auto first_words = text::word_texts(base);
        const Head* head = first_words.empty() ? nullptr : head_of(first_words.front());
        if (head != nullptr && head->kind != "other") kind = head->kind;
        std::size_t end = i + n;
        std::string suffix;
        if (std::size_t after = region_at(end, head != nullptr && head->regional, suffix)) {
            end = after;
        }
        std::string canonical = suffix.empty() ? only_qualified(base) : base + suffix;
        // "Peruri" after "PT Percetakan Uang Republik Indonesia (PT Peruri)"
        if (const auto pt = bases_.find("pt " + text::phrase_key(base)); pt != bases_.end()) {
            canonical = pt->second;
        }
        record({base, canonical, kind, words_[i].begin, words_[end - 1].end});
        return end;
    }

    bool all_clean(std::size_t first, std::size_t count) const {
        for (std::size_t k = first + 1; k < first + count; ++k) {
            if (!clean_gap(k)) return false;
        }
        return true;
    }

    // A bare abbreviation of a body the document names with exactly one region: that one.
    std::string only_qualified(const std::string& base) const {
        const auto it = qualified_by_base_.find(base);
        return it == qualified_by_base_.end() || it->second.empty() ? base : it->second;
    }

    void record(Found f) {
        if (!f.base.empty() && f.qualified != f.base) {
            auto [it, inserted] = qualified_by_base_.try_emplace(f.base, f.qualified);
            if (!inserted && it->second != f.qualified) it->second.clear();
        }
        if (!f.base.empty()) bases_.try_emplace(text::phrase_key(f.base), f.qualified);
        found_.push_back(std::move(f));
    }

    // "Export Center Balikpapan": a capitalised run holding a tail head word.
    std::size_t tail_named(std::size_t i) {
        if (is_stop_word(word(i)) || span_at(i) != nullptr) return 0;
        if (i > 0 && cap(i - 1) && clean_gap(i) && !is_stop_word(word(i - 1))) return 0;
        std::size_t j = i + 1;
        bool has_tail = false;
        while (j < words_.size() && j - i < 6 && cap(j) && clean_gap(j) && !is_stop_word(word(j))) {
            if (is_tail_head(word(j))) has_tail = true;
            ++j;
        }
        if (!has_tail) return 0;
        const std::string name(text_.substr(words_[i].begin, words_[j - 1].end - words_[i].begin));
        record({name, name, "other", words_[i].begin, words_[j - 1].end});
        return j;
    }

    void add(const Found& f, const CodePoints& points) {
        const std::string key = text::phrase_key(f.qualified);
        auto [it, inserted] = index_.try_emplace(key, institutions_.size());
        if (inserted) institutions_.push_back({f.qualified, {}, f.kind, {}});
        auto& institution = institutions_[it->second];
        std::string surface;
        for (const char c : text_.substr(f.begin, f.end - f.begin)) {
            if (c == '\n' || c == '\r') break;
            surface += c;
        }
        add_alias(institution, surface);
        if (const auto it = aliases_.find(f.qualified); it != aliases_.end()) {
            for (const auto& alias : it->second) add_alias(institution, alias);
        }
        institution.mentions.push_back(points.mention(f.begin, f.end));
    }

    static void add_alias(model::Institution& institution, const std::string& alias) {
        if (alias.empty() || alias == institution.name) return;
        auto& aliases = institution.aliases;
        if (std::find(aliases.begin(), aliases.end(), alias) == aliases.end()) {
            aliases.push_back(alias);
        }
    }

    std::string_view text_;
    const text::SynonymTable& synonyms_;
    const Gazetteer& gazetteer_;
    PlaceScan own_scan_;  // empty when the context brought the scan
    const PlaceScan& scan_;
    const std::vector<text::Word>& words_;
    std::vector<long> span_at_;
    std::optional<SynonymIndex> own_index_;  // when the context brought none
    const SynonymIndex& table_index_;        // the table's institution groups
    std::unordered_map<std::string, std::string> abbreviations_;  // key -> full name
    std::unordered_map<std::string, std::vector<std::string>> aliases_;  // canonical -> "(ABBR)"
    // base name -> its one qualified name so far ("" once it has two)
    std::unordered_map<std::string, std::string> qualified_by_base_;
    std::vector<Found> found_;
    std::unordered_map<std::string, std::string> bases_;  // base key -> qualified name
    std::vector<model::Institution> institutions_;
    std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace

SynonymIndex institution_index(const text::SynonymTable& synonyms) {
    return SynonymIndex(synonyms, institution_group);
}

std::vector<model::Institution> extract_institutions(std::string_view text,
                                                     const InstitutionContext& context,
                                                     const CodePoints& points) {
    if (context.synonyms == nullptr || context.gazetteer == nullptr) return {};
    return Extractor(text, context).run(points);
}

}  // namespace arsip::entities
