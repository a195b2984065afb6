#include "entities/ner_tagger.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>

#include "model/errors.h"
#include "text/data_file.h"

namespace arsip::entities {
namespace {

constexpr auto kPositionWords = std::to_array<std::string_view>(
    {"gubernur", "wagub",      "menteri",   "presiden",  "wapres",  "bupati",    "walikota",
     "wali",     "kota",       "ketua",     "ketum",     "kepala",  "direktur",  "dirut",
     "rektor",   "kapolri",    "kapolda",   "kapolres",  "pak",     "bu",        "bapak",
     "ibu",      "sekretaris", "sekjen",    "wakil",     "anggota", "jubir",     "juru",
     "pelatih",  "kapten",     "gelandang", "penyerang", "kiper",   "bek",       "striker",
     "aktor",    "aktris",     "penyanyi",  "jenderal",  "kolonel", "mayor",     "letnan",
     "brigjen",  "irjen",      "kombes",    "akbp",      "ajun",    "komisaris", "ustaz",
     "kiai",     "raja",       "ratu",      "pangeran",  "mantan",  "capres",    "cawapres",
     "cagub",    "sekda",      "hakim",     "jaksa",     "senator", "pengacara", "kuasa"});

constexpr auto kOrgHeads = std::to_array<std::string_view>(
    {"pt",      "cv",         "tbk",       "universitas", "institut",  "kementerian", "kemenko",
     "dinas",   "badan",      "partai",    "bank",        "komisi",    "dewan",       "mahkamah",
     "polda",   "polres",     "polsek",    "kodam",       "persatuan", "asosiasi",    "ikatan",
     "lembaga", "yayasan",    "fakultas",  "sekolah",     "klub",      "fc",          "united",
     "tim",     "pengadilan", "kejaksaan", "direktorat",  "perum",     "persero",     "dpr",
     "dprd",    "mpr",        "kpk",       "kpu",         "bawaslu",   "pemprov",     "pemkab",
     "pemkot",  "pemerintah", "kabinet"});

constexpr auto kPlaceHeads = std::to_array<std::string_view>(
    {"di", "ke", "dari", "kota", "kabupaten", "provinsi", "desa", "kecamatan", "kelurahan", "jalan",
     "jl", "pulau", "negara", "wilayah", "daerah", "kawasan", "gunung", "sungai"});

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

// Xxxx -> "Xx", XXX -> "X", xxx -> "x", 2025 -> "d", mixed -> letters of each run kind.
std::string shape(std::string_view word) {
    std::string out;
    for (const char c : word) {
        char k = '*';
        if (c >= 'A' && c <= 'Z')
            k = 'X';
        else if (c >= 'a' && c <= 'z')
            k = 'x';
        else if (c >= '0' && c <= '9')
            k = 'd';
        else if (static_cast<unsigned char>(c) >= 0x80)
            k = 'x';
        else
            k = c;
        if (out.empty() || out.back() != k) out.push_back(k);
        if (out.size() >= 5) break;
    }
    return out;
}

std::string gaz_code(std::uint8_t classes) {
    std::string out;
    if (classes & NerGazetteer::Person) out += 'P';
    if (classes & NerGazetteer::Place) out += 'L';
    if (classes & NerGazetteer::Organisation) out += 'O';
    if (classes & NerGazetteer::FirstName) out += 'F';
    return out.empty() ? "-" : out;
}

struct WordInfo {
    std::string lower;
    std::string shape;
    std::string gaz;
};

std::vector<WordInfo> word_infos(const std::vector<std::string>& words,
                                 const NerGazetteer& gazetteer) {
    std::vector<WordInfo> infos;
    infos.reserve(words.size());
    for (const std::string& word : words) {
        WordInfo info;
        info.lower = lower(word);
        info.shape = shape(word);
        info.gaz = gaz_code(gazetteer.classes(info.lower));
        infos.push_back(std::move(info));
    }
    return infos;
}

// Features of word i that do not depend on the tags.
std::vector<std::string> static_features(const std::vector<WordInfo>& infos, std::size_t i) {
    auto at = [&](std::ptrdiff_t offset) -> const WordInfo* {
        const std::ptrdiff_t k = static_cast<std::ptrdiff_t>(i) + offset;
        if (k < 0 || k >= static_cast<std::ptrdiff_t>(infos.size())) return nullptr;
        return &infos[static_cast<std::size_t>(k)];
    };
    static const WordInfo kBoundary{"<s>", "<s>", "-"};
    auto word = [&](std::ptrdiff_t offset) -> const WordInfo& {
        const WordInfo* info = at(offset);
        return info != nullptr ? *info : kBoundary;
    };
    const WordInfo& w = infos[i];
    std::vector<std::string> f;
    f.reserve(32);
    f.push_back("b");
    f.push_back("w=" + w.lower);
    f.push_back("s=" + w.shape);
    f.push_back("p2=" + w.lower.substr(0, 2));
    f.push_back("p3=" + w.lower.substr(0, 3));
    f.push_back("x2=" + w.lower.substr(w.lower.size() - std::min<std::size_t>(2, w.lower.size())));
    f.push_back("x3=" + w.lower.substr(w.lower.size() - std::min<std::size_t>(3, w.lower.size())));
    f.push_back("g=" + w.gaz);
    f.push_back("g-1=" + word(-1).gaz);
    f.push_back("g+1=" + word(1).gaz);
    f.push_back("gs=" + w.gaz + "|" + w.shape);
    f.push_back("w-1=" + word(-1).lower);
    f.push_back("w+1=" + word(1).lower);
    f.push_back("w-2=" + word(-2).lower);
    f.push_back("w+2=" + word(2).lower);
    f.push_back("s-1=" + word(-1).shape);
    f.push_back("s+1=" + word(1).shape);
    f.push_back("ss=" + word(-1).shape + "|" + w.shape + "|" + word(1).shape);
    f.push_back("w-1w=" + word(-1).lower + "|" + w.lower);
    f.push_back("ww+1=" + w.lower + "|" + word(1).lower);
    if (i == 0) f.push_back("first|" + w.shape);
    if (in(kPositionWords, word(-1).lower)) f.push_back("pos-1");
    if (in(kPositionWords, word(-2).lower)) f.push_back("pos-2");
    if (in(kOrgHeads, w.lower)) f.push_back("org0");
    if (in(kOrgHeads, word(-1).lower)) f.push_back("org-1");
    if (in(kOrgHeads, word(-2).lower)) f.push_back("org-2");
    if (in(kPlaceHeads, word(-1).lower)) f.push_back("loc-1");
    return f;
}

void add_tag_features(std::vector<std::string>& f, const std::string& prev,
                      const std::string& prev2, const WordInfo& w) {
    f.push_back("t-1=" + prev);
    f.push_back("t-2=" + prev2 + "|" + prev);
    f.push_back("t-1s=" + prev + "|" + w.shape);
    f.push_back("t-1w=" + prev + "|" + w.lower);
}

// I-X may only follow B-X or I-X.
bool allowed(const std::string& tag, const std::string& prev) {
    if (tag.size() < 2 || tag[0] != 'I') return true;
    return prev.size() >= 2 && prev.compare(1, std::string::npos, tag, 1) == 0;
}

}  // namespace

std::vector<NerSentence> read_conll(std::string_view text, const std::string& name) {
    std::vector<NerSentence> sentences;
    NerSentence current;
    text::for_each_line(text, [&](int number, std::string_view line) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) {
            line.remove_suffix(1);
        }
        if (line.empty()) {
            if (!current.words.empty()) sentences.push_back(std::move(current));
            current = {};
            return;
        }
        const std::size_t first_space = line.find(' ');
        const std::size_t last_space = line.rfind(' ');
        if (first_space == std::string_view::npos || first_space == 0) {
            throw InputError(name, number, "expected 'token [POS] TAG'");
        }
        current.words.emplace_back(line.substr(0, first_space));
        current.tags.emplace_back(line.substr(last_space + 1));
    });
    if (!current.words.empty()) sentences.push_back(std::move(current));
    return sentences;
}

std::vector<NerSpan> bio_spans(const std::vector<std::string>& tags) {
    std::vector<NerSpan> spans;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        const std::string& tag = tags[i];
        if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I')) continue;
        const std::string type = tag.substr(2);
        const bool continues =
            tag[0] == 'I' && !spans.empty() && spans.back().end == i && spans.back().type == type;
        if (continues) {
            spans.back().end = i + 1;
        } else {
            spans.push_back({i, i + 1, type});
        }
    }
    return spans;
}

NerGazetteer NerGazetteer::parse(std::string_view text, const std::string& name) {
    NerGazetteer gazetteer;
    text::for_each_line(text, [&](int number, std::string_view line) {
        if (line.empty() || line.front() == '#') return;
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos || tab == 0) {
            throw InputError(name, number, "expected 'word<TAB>classes'");
        }
        std::uint8_t classes = 0;
        std::string_view rest = line.substr(tab + 1);
        while (!rest.empty()) {
            const std::size_t comma = std::min(rest.find(','), rest.size());
            const std::string_view c = rest.substr(0, comma);
            if (c == "PER")
                classes |= Person;
            else if (c == "LOC")
                classes |= Place;
            else if (c == "ORG")
                classes |= Organisation;
            else if (c == "FIRST")
                classes |= FirstName;
            else
                throw InputError(name, number, "unknown class '" + std::string(c) + "'");
            rest.remove_prefix(std::min(rest.size(), comma + 1));
        }
        gazetteer.classes_[lower(line.substr(0, tab))] |= classes;
    });
    return gazetteer;
}

NerGazetteer NerGazetteer::load(const std::filesystem::path& path) {
    return parse(text::read_data_file(path, "NER gazetteer"), path.string());
}

std::uint8_t NerGazetteer::classes(const std::string& lower_word) const {
    const auto it = classes_.find(lower_word);
    return it == classes_.end() ? 0 : it->second;
}

NerTagger NerTagger::train(const std::vector<NerSentence>& sentences, NerGazetteer gazetteer,
                           const NerTrainOptions& options) {
    NerTagger tagger;
    tagger.gazetteer_ = std::move(gazetteer);
    tagger.tags_ = {"O"};
    for (const NerSentence& sentence : sentences) {
        for (const std::string& tag : sentence.tags) {
            if (std::find(tagger.tags_.begin(), tagger.tags_.end(), tag) == tagger.tags_.end()) {
                tagger.tags_.push_back(tag);
            }
        }
    }
    const std::size_t T = tagger.tags_.size();
    std::unordered_map<std::string, std::size_t> ids;
    std::vector<float> weights;
    std::vector<double> totals;
    std::vector<long> stamps;
    long clock = 0;
    auto id_of = [&](const std::string& feature) {
        const auto [it, inserted] = ids.emplace(feature, ids.size());
        if (inserted) {
            weights.resize(weights.size() + T, 0);
            totals.resize(totals.size() + T, 0);
            stamps.resize(stamps.size() + T, 0);
        }
        return it->second;
    };
    auto update = [&](std::size_t id, std::size_t tag, float delta) {
        const std::size_t k = id * T + tag;
        totals[k] += static_cast<double>(clock - stamps[k]) * weights[k];
        stamps[k] = clock;
        weights[k] += delta;
    };
    std::vector<std::size_t> order(sentences.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 random(options.seed);
    std::vector<std::size_t> feature_ids;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        for (const std::size_t s : order) {
            const NerSentence& sentence = sentences[s];
            const auto infos = word_infos(sentence.words, tagger.gazetteer_);
            std::string prev = "<s>", prev2 = "<s>";
            for (std::size_t i = 0; i < infos.size(); ++i) {
                ++clock;
                auto features = static_features(infos, i);
                add_tag_features(features, prev, prev2, infos[i]);
                feature_ids.clear();
                for (const auto& f : features) feature_ids.push_back(id_of(f));
                std::vector<float> scores(T, 0);
                for (const std::size_t id : feature_ids) {
                    for (std::size_t t = 0; t < T; ++t) scores[t] += weights[id * T + t];
                }
                std::size_t best = 0;
                for (std::size_t t = 1; t < T; ++t) {
                    if (allowed(tagger.tags_[t], prev) &&
                        (!allowed(tagger.tags_[best], prev) || scores[t] > scores[best])) {
                        best = t;
                    }
                }
                const std::size_t gold = static_cast<std::size_t>(
                    std::find(tagger.tags_.begin(), tagger.tags_.end(), sentence.tags[i]) -
                    tagger.tags_.begin());
                if (best != gold) {
                    for (const std::size_t id : feature_ids) {
                        update(id, gold, 1);
                        update(id, best, -1);
                    }
                }
                prev2 = prev;
                prev = tagger.tags_[best];
            }
        }
    }
    for (const auto& [feature, id] : ids) {
        std::vector<float> averaged(T);
        float largest = 0;
        for (std::size_t t = 0; t < T; ++t) {
            const std::size_t k = id * T + t;
            const double total = totals[k] + static_cast<double>(clock - stamps[k]) * weights[k];
            averaged[t] = clock == 0 ? 0 : static_cast<float>(total / static_cast<double>(clock));
            largest = std::max(largest, std::fabs(averaged[t]));
        }
        if (largest >= options.prune_below) tagger.weights_.emplace(feature, std::move(averaged));
    }
    return tagger;
}

std::vector<std::string> NerTagger::tag(const std::vector<std::string>& words) const {
    std::vector<std::string> out;
    out.reserve(words.size());
    const auto infos = word_infos(words, gazetteer_);
    const std::size_t T = tags_.size();
    std::string prev = "<s>", prev2 = "<s>";
    std::vector<float> scores(T);
    for (std::size_t i = 0; i < infos.size(); ++i) {
        auto features = static_features(infos, i);
        add_tag_features(features, prev, prev2, infos[i]);
        std::fill(scores.begin(), scores.end(), 0.0f);
        for (const auto& f : features) {
            const auto it = weights_.find(f);
            if (it == weights_.end()) continue;
            for (std::size_t t = 0; t < T && t < it->second.size(); ++t) scores[t] += it->second[t];
        }
        std::size_t best = 0;
        for (std::size_t t = 1; t < T; ++t) {
            if (allowed(tags_[t], prev) &&
                (!allowed(tags_[best], prev) || scores[t] > scores[best])) {
                best = t;
            }
        }
        out.push_back(tags_[best]);
        prev2 = prev;
        prev = tags_[best];
    }
    return out;
}

std::string NerTagger::serialize() const {
    std::string out =
        "# arsip NER averaged perceptron (src/entities/ner_tagger.h); retrain with\n"
        "# bench/ner_eval.sh --train\n"
        "tags";
    for (const auto& tag : tags_) out += "\t" + tag;
    out += "\n";
    std::vector<const std::pair<const std::string, std::vector<float>>*> rows;
    for (const auto& row : weights_) rows.push_back(&row);
    std::sort(rows.begin(), rows.end(), [](auto* a, auto* b) { return a->first < b->first; });
    char buffer[32];
    for (const auto* row : rows) {
        out += row->first;
        for (const float w : row->second) {
            const float rounded = std::round(w * 1000.0f) / 1000.0f;
            if (rounded == 0) {
                out += "\t0";
                continue;
            }
            std::snprintf(buffer, sizeof buffer, "\t%g", static_cast<double>(rounded));
            out += buffer;
        }
        out += "\n";
    }
    return out;
}

NerTagger NerTagger::parse(std::string_view model, NerGazetteer gazetteer,
                           const std::string& name) {
    NerTagger tagger;
    tagger.gazetteer_ = std::move(gazetteer);
    bool have_tags = false;
    text::for_each_line(model, [&](int number, std::string_view line) {
        if (line.empty() || line.front() == '#') return;
        std::vector<std::string_view> fields;
        std::size_t pos = 0;
        while (pos <= line.size()) {
            const std::size_t tab = std::min(line.find('\t', pos), line.size());
            fields.push_back(line.substr(pos, tab - pos));
            pos = tab + 1;
        }
        if (!have_tags) {
            if (fields.front() != "tags" || fields.size() < 2) {
                throw InputError(name, number, "expected the 'tags' line first");
            }
            tagger.tags_.assign(fields.begin() + 1, fields.end());
            have_tags = true;
            return;
        }
        if (fields.size() != tagger.tags_.size() + 1) {
            throw InputError(name, number, "expected a weight for each tag");
        }
        std::vector<float> weights;
        for (std::size_t k = 1; k < fields.size(); ++k) {
            float w = 0;
            try {
                w = std::stof(std::string(fields[k]));
            } catch (const std::exception&) {
                throw InputError(name, number, "bad weight '" + std::string(fields[k]) + "'");
            }
            weights.push_back(w);
        }
        tagger.weights_.emplace(std::string(fields.front()), std::move(weights));
    });
    if (!have_tags) throw InputError(name, 0, "no 'tags' line");
    return tagger;
}

NerTagger NerTagger::load(const std::filesystem::path& model,
                          const std::filesystem::path& gazetteer) {
    return parse(text::read_data_file(model, "NER model"), NerGazetteer::load(gazetteer),
                 model.string());
}

}  // namespace arsip::entities
