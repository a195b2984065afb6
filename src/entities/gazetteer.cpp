#include "entities/gazetteer.h"

#include <algorithm>

#include "model/errors.h"
#include "text/data_file.h"
#include "text/words.h"

namespace arsip::entities {
namespace {

std::vector<std::string_view> split(std::string_view line, char separator) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t at = line.find(separator, start);
        fields.push_back(line.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos) return fields;
        start = at + 1;
    }
}

bool is_header_or_blank(int number, std::string_view line) {
    return number == 1 || line.empty() || line.front() == '#';
}

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
char upper(char c) {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

int kind_rank(std::string_view kind) {
    if (kind == "province") return 0;
    if (kind == "capital") return 1;
    if (kind == "city") return 2;
    return 3;
}

}  // namespace

std::string Gazetteer::display_name(std::string_view official) {
    for (const std::string_view prefix :
         {"KABUPATEN ADMINISTRASI ", "KOTA ADMINISTRASI ", "KABUPATEN ", "KOTA ", "PROVINSI "}) {
        if (official.starts_with(prefix) && official.size() > prefix.size()) {
            official.remove_prefix(prefix.size());
            break;
        }
    }
    std::string out;
    std::size_t start = 0;
    while (start <= official.size()) {
        std::size_t end = official.find(' ', start);
        if (end == std::string_view::npos) end = official.size();
        const std::string_view word = official.substr(start, end - start);
        if (!out.empty()) out += ' ';
        if (word == "DKI" || word == "DI") {
            out += word;
        } else if (word == "DAN") {
            out += "dan";
        } else {
            bool word_start = true;
            for (const char c : word) {
                out += word_start ? upper(c) : lower(c);
                word_start = (c == '-' || c == '(' || c == '\'');
            }
        }
        start = end + 1;
    }
    return out;
}

void Gazetteer::add_name(std::string_view name, std::size_t id) {
    const std::string key = text::phrase_key(name);
    if (key.empty()) return;
    auto& ids = by_key_[key];
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) return;
    if (ids.empty()) {
        std::vector<std::string> words = text::word_texts(name);
        by_first_word_[words.front()].push_back(std::move(words));
    }
    ids.push_back(id);
}

void Gazetteer::sort_names() {
    for (auto& [key, ids] : by_key_) {
        std::stable_sort(ids.begin(), ids.end(), [this](std::size_t a, std::size_t b) {
            return kind_rank(places_[a].kind) < kind_rank(places_[b].kind);
        });
    }
    for (auto& [first, names] : by_first_word_) {
        std::stable_sort(names.begin(), names.end(),
                         [](const auto& a, const auto& b) { return a.size() > b.size(); });
    }
}

Gazetteer Gazetteer::parse(const GazetteerSources& sources) {
    Gazetteer g;
    text::for_each_line(sources.provinces_csv, [&](int number, std::string_view line) {
        if (is_header_or_blank(number, line)) return;
        const auto f = split(line, ',');
        if (f.size() != 2 || f[0].empty() || f[1].empty()) {
            throw InputError(sources.provinces_name, number, "expected code,name");
        }
        const std::string name = display_name(f[1]);
        g.places_.push_back({name, "province", name, std::string(f[0]), std::string(f[0])});
    });
    for (std::size_t id = 0; id < g.places_.size(); ++id) g.by_code_[g.places_[id].code] = id;
    text::for_each_line(sources.regencies_csv, [&](int number, std::string_view line) {
        if (is_header_or_blank(number, line)) return;
        const auto f = split(line, ',');
        if (f.size() != 3 || f[0].empty() || f[2].empty()) {
            throw InputError(sources.regencies_name, number, "expected code,province_code,name");
        }
        const auto province = g.by_code_.find(std::string(f[1]));
        if (province == g.by_code_.end()) {
            throw InputError(sources.regencies_name, number,
                             "unknown province code " + std::string(f[1]));
        }
        const std::string kind = f[2].starts_with("KOTA ") ? "city" : "regency";
        g.places_.push_back({display_name(f[2]), kind, g.places_[province->second].name,
                             std::string(f[0]), std::string(f[1])});
        g.by_code_[g.places_.back().code] = g.places_.size() - 1;
    });
    text::for_each_line(sources.extra_csv, [&](int number, std::string_view line) {
        if (line.empty() || line.front() == '#') return;
        const auto f = split(line, ',');
        if (f.size() != 5 || f[3].empty() || (f[0] != "alias" && f[0] != "capital")) {
            throw InputError(sources.extra_name, number,
                             "expected alias|capital,province_code,code,name,aliases");
        }
        const auto province = g.by_code_.find(std::string(f[1]));
        if (province == g.by_code_.end()) {
            throw InputError(sources.extra_name, number, "unknown code " + std::string(f[1]));
        }
        std::size_t id = 0;
        if (f[0] == "alias") {
            const auto place = g.by_code_.find(std::string(f[2]));
            if (place == g.by_code_.end()) {
                throw InputError(sources.extra_name, number, "unknown code " + std::string(f[2]));
            }
            id = place->second;
        } else {
            g.places_.push_back({std::string(f[3]), "capital", g.places_[province->second].name,
                                 std::string(f[2]), std::string(f[1])});
            id = g.places_.size() - 1;
            g.add_name(f[3], id);
        }
        for (const std::string_view alias : split(f[4], '|')) g.add_name(alias, id);
    });
    for (std::size_t id = 0; id < g.places_.size(); ++id) g.add_name(g.places_[id].name, id);
    text::for_each_line(sources.districts_csv, [&](int number, std::string_view line) {
        if (is_header_or_blank(number, line)) return;
        const auto f = split(line, ',');
        if (f.size() != 3 || f[0].empty() || f[2].empty()) {
            throw InputError(sources.districts_name, number, "expected code,regency_code,name");
        }
        const auto regency = g.by_code_.find(std::string(f[1]));
        if (regency == g.by_code_.end()) {
            throw InputError(sources.districts_name, number,
                             "unknown regency code " + std::string(f[1]));
        }
        g.places_.push_back({std::string(f[2]), "district", g.places_[regency->second].province,
                             std::string(f[0]), std::string(f[1])});
        g.districts_[text::phrase_key(f[2])].push_back(g.places_.size() - 1);
    });
    g.sort_names();
    g.common_.assign(g.places_.size(), false);
    text::for_each_line(sources.common_words, [&](int, std::string_view line) {
        if (line.empty() || line.front() == '#') return;
        const auto it = g.by_key_.find(text::phrase_key(line));
        if (it == g.by_key_.end()) return;
        for (const std::size_t id : it->second) g.common_[id] = true;
    });
    return g;
}

std::shared_ptr<const Gazetteer> Gazetteer::load(const std::filesystem::path& data_dir) {
    const auto dir = data_dir / "gazetteer";
    const auto read = [&](const char* name) {
        return text::read_data_file(dir / name, "gazetteer file");
    };
    const std::string provinces = read("provinces.csv");
    const std::string regencies = read("regencies.csv");
    const std::string districts = read("districts.csv");
    const std::string extra = read("extra_places.csv");
    const std::string common = read("common_words.txt");
    GazetteerSources sources{provinces, regencies, districts, extra, common};
    sources.provinces_name = (dir / "provinces.csv").string();
    sources.regencies_name = (dir / "regencies.csv").string();
    sources.districts_name = (dir / "districts.csv").string();
    sources.extra_name = (dir / "extra_places.csv").string();
    return std::make_shared<const Gazetteer>(parse(sources));
}

std::span<const std::size_t> Gazetteer::find(std::string_view name) const {
    const auto it = by_key_.find(text::phrase_key(name));
    if (it == by_key_.end()) return {};
    return it->second;
}

const GazetteerPlace* Gazetteer::by_code(std::string_view code) const {
    const auto it = by_code_.find(std::string(code));
    return it == by_code_.end() ? nullptr : &places_[it->second];
}

Gazetteer::NameMatch Gazetteer::longest_at(std::span<const std::string> words,
                                           std::size_t at) const {
    if (at >= words.size()) return {};
    const auto it = by_first_word_.find(words[at]);
    if (it == by_first_word_.end()) return {};
    for (const auto& name : it->second) {  // longest first
        if (at + name.size() > words.size()) continue;
        if (!std::equal(name.begin(), name.end(), words.begin() + static_cast<long>(at))) continue;
        std::string key;
        for (const auto& w : name) key += (key.empty() ? "" : " ") + w;
        return {name.size(), by_key_.at(key)};
    }
    return {};
}

long Gazetteer::district(std::string_view folded_name, std::string_view regency_code) const {
    const auto it = districts_.find(std::string(folded_name));
    if (it == districts_.end()) return -1;
    if (regency_code.empty()) return it->second.size() == 1 ? static_cast<long>(it->second[0]) : -1;
    for (const std::size_t id : it->second) {
        if (places_[id].parent == regency_code) return static_cast<long>(id);
    }
    return -1;
}

bool Gazetteer::is_common_word(std::size_t id) const {
    return id < common_.size() && common_[id];
}

}  // namespace arsip::entities
