#include "entities/places.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace arsip::entities {
namespace {

bool is_place_kind(std::string_view kind) {
    return kind == "province" || kind == "regency" || kind == "city" || kind == "place";
}

bool capitalised(std::string_view text, const text::Word& word) {
    const char c = text[word.begin];
    return c >= 'A' && c <= 'Z';
}

// Only spaces or hyphens between words first..first+count-1 (a name does not cross punctuation).
bool joined(std::string_view text, const std::vector<text::Word>& words, std::size_t first,
            std::size_t count) {
    for (std::size_t k = first; k + 1 < first + count; ++k) {
        for (std::size_t b = words[k].end; b < words[k + 1].begin; ++b) {
            if (text[b] != ' ' && text[b] != '-') return false;
        }
    }
    return true;
}

// Words first..first+count-1 are written with capitals (joining "dan" excepted).
bool all_capitalised(std::string_view text, const std::vector<text::Word>& words, std::size_t first,
                     std::size_t count) {
    for (std::size_t k = first; k < first + count; ++k) {
        if (!capitalised(text, words[k]) && words[k].text != "dan") return false;
    }
    return true;
}

bool ends_sentence(std::string_view gap) {
    return gap.find_first_of(".!?:;\"\n()[]") != std::string_view::npos ||
           gap.find("\xE2\x80\x9C") != std::string_view::npos ||  // “
           gap.find("\xE2\x80\x9D") != std::string_view::npos ||  // ”
           gap.find("\xE2\x80\x94") != std::string_view::npos ||  // —
           gap.find("\xE2\x80\x93") != std::string_view::npos;    // –
}

// Whether `part` alone names a place (gazetteer or a place shorthand of the synonym table).
bool names_place(std::string_view part, const Gazetteer& gazetteer,
                 const text::SynonymTable& synonyms) {
    if (!gazetteer.find(part).empty()) return true;
    const auto* group = synonyms.find(part);
    return group != nullptr && is_place_kind(group->kind);
}

// split_words, with glued shorthands ("KaltimJatim") split where every part names a place.
std::vector<text::Word> place_words(std::string_view text, const Gazetteer& gazetteer,
                                    const text::SynonymTable& synonyms) {
    std::vector<text::Word> words;
    for (auto& word : text::split_words(text)) {
        std::vector<std::size_t> cuts;  // byte offsets where a part starts
        for (std::size_t b = word.begin + 1; b < word.end; ++b) {
            const char prev = text[b - 1];
            if (text[b] >= 'A' && text[b] <= 'Z' && prev >= 'a' && prev <= 'z') cuts.push_back(b);
        }
        if (cuts.empty() || cuts.size() > 4) {
            words.push_back(std::move(word));
            continue;
        }
        cuts.push_back(word.end);
        std::vector<text::Word> parts;
        std::size_t start = word.begin;
        for (const std::size_t cut : cuts) {
            const auto sub = text::split_words(text.substr(start, cut - start));
            if (sub.size() != 1) break;
            parts.push_back({sub[0].text, start, cut});
            start = cut;
        }
        const bool all_places = parts.size() == cuts.size() &&
                                std::all_of(parts.begin(), parts.end(), [&](const text::Word& p) {
                                    return names_place(p.text, gazetteer, synonyms);
                                });
        if (all_places) {
            for (auto& p : parts) words.push_back(std::move(p));
        } else {
            words.push_back(std::move(word));
        }
    }
    return words;
}

// The place a synonym group stands for: the gazetteer place of its canonical form or of any other
// form, of the group's kind when there is one.
long resolve_group(const text::SynonymGroup& group, const Gazetteer& gazetteer) {
    long fallback = -1;
    for (const auto& form : group.forms) {
        for (const std::size_t id : gazetteer.find(form.text)) {
            if (gazetteer.place(id).kind == group.kind) return static_cast<long>(id);
            if (fallback < 0) fallback = static_cast<long>(id);
        }
    }
    return fallback;
}

std::string_view kind_cue(const std::vector<text::Word>& words, std::size_t at) {
    if (at == 0) return {};
    const std::string& w = words[at - 1].text;
    if (w == "kabupaten" || w == "kab") return "regency";
    if (w == "kota" && !(at >= 2 && words[at - 2].text == "ibu")) return "city";
    if (w == "provinsi" || w == "propinsi" || w == "prov") return "province";
    return {};
}

bool has_cue(const std::vector<text::Word>& words, std::size_t at) {
    if (at == 0) return false;
    const std::string& w = words[at - 1].text;
    return !kind_cue(words, at).empty() || w == "di" || w == "ke" || w == "dari" ||
           w == "kecamatan" || w == "wilayah" || w == "daerah";
}

// An ordinary-word name needs a cue or a lower-case word before it in the same sentence.
bool common_word_ok(std::string_view text, const std::vector<text::Word>& words, std::size_t at) {
    if (has_cue(words, at)) return true;
    if (at == 0) return false;
    const text::Word& prev = words[at - 1];
    const std::string_view gap = text.substr(prev.end, words[at].begin - prev.end);
    const char c = text[prev.begin];
    return !ends_sentence(gap) && c >= 'a' && c <= 'z';
}

}  // namespace

SynonymIndex::SynonymIndex(const text::SynonymTable& synonyms,
                           const std::function<bool(const text::SynonymGroup&)>& keep) {
    for (const auto& group : synonyms.groups()) {
        if (!keep(group)) continue;
        for (const auto& form : group.forms) {
            Form entry{{}, &group, form.ambiguous};
            std::size_t start = 0;
            while (start <= form.key.size()) {
                std::size_t end = form.key.find(' ', start);
                if (end == std::string::npos) end = form.key.size();
                if (end > start) entry.words.push_back(form.key.substr(start, end - start));
                start = end + 1;
            }
            if (!entry.words.empty()) by_first_word_[entry.words.front()].push_back(entry);
        }
    }
    for (auto& [first, forms] : by_first_word_) {
        std::stable_sort(forms.begin(), forms.end(), [](const Form& a, const Form& b) {
            return a.words.size() > b.words.size();
        });
    }
}

SynonymIndex::Match SynonymIndex::longest_at(const std::vector<text::Word>& words, std::size_t at,
                                             const std::function<bool(std::size_t)>& accept) const {
    if (at >= words.size()) return {};
    const auto it = by_first_word_.find(words[at].text);
    if (it == by_first_word_.end()) return {};
    for (const auto& form : it->second) {
        if (at + form.words.size() > words.size()) continue;
        bool equal = true;
        for (std::size_t k = 0; k < form.words.size() && equal; ++k) {
            equal = words[at + k].text == form.words[k];
        }
        if (equal && accept(form.words.size()))
            return {form.words.size(), form.group, form.ambiguous};
    }
    return {};
}

namespace {

class Scanner {
public:
    Scanner(std::string_view text, const Gazetteer& gazetteer, const text::SynonymTable& synonyms,
            const SynonymIndex& index)
        : text_(text), gazetteer_(gazetteer), synonyms_(synonyms), index_(index) {}

    PlaceScan run() {
        PlaceScan scan;
        scan.words = place_words(text_, gazetteer_, synonyms_);
        const auto& words = scan.words;
        std::vector<std::string> texts;
        texts.reserve(words.size());
        for (const auto& w : words) texts.push_back(w.text);
        std::size_t i = 0;
        while (i < words.size()) {
            PlaceSpan span;
            if (match_district_cue(words, i, span) || match_at(words, texts, i, span)) {
                add_comma_district(words, scan.spans, span);
                scan.spans.push_back(span);
                i = span.first + span.count;
            } else {
                ++i;
            }
        }
        return scan;
    }

private:
    bool match_at(const std::vector<text::Word>& words, const std::vector<std::string>& texts,
                  std::size_t i, PlaceSpan& span) {
        if (!capitalised(text_, words[i])) return false;
        std::size_t best_count = 0;
        long best = -1;
        const auto gm = gazetteer_.longest_at(texts, i);
        if (gm.count > 0 && joined(text_, words, i, gm.count) &&
            all_capitalised(text_, words, i, gm.count)) {
            best = static_cast<long>(gm.places.front());
            const std::string_view cue = kind_cue(words, i);
            for (const std::size_t id : gm.places) {
                if (gazetteer_.place(id).kind == cue) best = static_cast<long>(id);
            }
            best_count = gm.count;
            if (gazetteer_.is_common_word(static_cast<std::size_t>(best)) &&
                !common_word_ok(text_, words, i)) {
                best = -1;
                best_count = 0;
            }
        }
        const auto sm = index_.longest_at(words, i, [&](std::size_t n) {
            return n > best_count && joined(text_, words, i, n) &&
                   all_capitalised(text_, words, i, n);
        });
        if (sm.count > 0) {
            if (const long id = resolved(*sm.group); id >= 0) {
                best = id;
                best_count = sm.count;
            }
        }
        if (best < 0) return false;
        span = {i, best_count, static_cast<std::size_t>(best)};
        return true;
    }

    long resolved(const text::SynonymGroup& group) {
        const auto it = groups_.find(group.id);
        if (it != groups_.end()) return it->second;
        return groups_[group.id] = resolve_group(group, gazetteer_);
    }

    // "Kecamatan Tanjung Palas Timur"
    bool match_district_cue(const std::vector<text::Word>& words, std::size_t i,
                            PlaceSpan& span) const {
        if (i == 0 || words[i - 1].text != "kecamatan" || !capitalised(text_, words[i])) {
            return false;
        }
        return district_at(words, i, std::min<std::size_t>(4, words.size() - i), "", span);
    }

    bool district_at(const std::vector<text::Word>& words, std::size_t first, std::size_t most,
                     std::string_view regency_code, PlaceSpan& span) const {
        for (std::size_t n = most; n >= 1; --n) {
            if (!joined(text_, words, first, n) || !all_capitalised(text_, words, first, n)) {
                continue;
            }
            std::string key;
            for (std::size_t k = first; k < first + n; ++k) {
                key += (k > first ? " " : "") + words[k].text;
            }
            const long id = gazetteer_.district(key, regency_code);
            if (id >= 0) {
                span = {first, n, static_cast<std::size_t>(id)};
                return true;
            }
        }
        return false;
    }

    // "Tanjung Palas Timur, Bulungan": the words before ", <regency>" naming one of its districts.
    void add_comma_district(const std::vector<text::Word>& words, std::vector<PlaceSpan>& spans,
                            const PlaceSpan& regency) const {
        const auto& place = gazetteer_.place(regency.place);
        if ((place.kind != "regency" && place.kind != "city") || regency.first == 0) return;
        const std::size_t before = regency.first;
        const std::string_view gap =
            text_.substr(words[before - 1].end, words[before].begin - words[before - 1].end);
        if (gap != ", " && gap != ",") return;
        const std::size_t floor = spans.empty() ? 0 : spans.back().first + spans.back().count;
        for (std::size_t n = std::min<std::size_t>(4, before - floor); n >= 1; --n) {
            PlaceSpan district;
            if (district_at(words, before - n, n, place.code, district) && district.count == n) {
                spans.push_back(district);
                return;
            }
        }
    }

    std::string_view text_;
    const Gazetteer& gazetteer_;
    const text::SynonymTable& synonyms_;
    const SynonymIndex& index_;
    std::unordered_map<std::size_t, long> groups_;  // synonym group id -> place id
};

}  // namespace

SynonymIndex place_index(const text::SynonymTable& synonyms) {
    return SynonymIndex(synonyms, [](const text::SynonymGroup& g) { return is_place_kind(g.kind); });
}

PlaceScan scan_places(std::string_view text, const Gazetteer& gazetteer, const text::SynonymTable& synonyms,
                      const SynonymIndex& places) {
    return Scanner(text, gazetteer, synonyms, places).run();
}

PlaceScan scan_places(std::string_view text, const Gazetteer& gazetteer,
                      const text::SynonymTable& synonyms) {
    return scan_places(text, gazetteer, synonyms, place_index(synonyms));
}

std::vector<model::Place> extract_places(std::string_view text, const Gazetteer& gazetteer,
                                         const text::SynonymTable& synonyms,
                                         const CodePoints& points) {
    return places_from_scan(scan_places(text, gazetteer, synonyms), gazetteer, points);
}

std::vector<model::Place> places_from_scan(const PlaceScan& scan, const Gazetteer& gazetteer,
                                           const CodePoints& points) {
    std::vector<model::Place> places;
    std::unordered_map<std::size_t, std::size_t> index;  // gazetteer id -> position in places
    for (const auto& span : scan.spans) {
        auto [it, inserted] = index.try_emplace(span.place, places.size());
        if (inserted) {
            const auto& p = gazetteer.place(span.place);
            places.push_back({p.name, p.kind, p.province, p.code, {}});
        }
        places[it->second].mentions.push_back(points.mention(
            scan.words[span.first].begin, scan.words[span.first + span.count - 1].end));
    }
    return places;
}

}  // namespace arsip::entities
