// The area gazetteer: Indonesia's provinces, regencies (kabupaten), cities (kota) and districts
// (kecamatan) with their Kemendagri codes, from idn-area-data (data/gazetteer/, ODbL 1.0), plus
// the project's extra names (data/gazetteer/extra_places.csv: Ibu Kota Nusantara, "Jakarta").
//
// Official names are turned into the names news uses:
//   "KABUPATEN KUTAI KARTANEGARA" -> "Kutai Kartanegara", kind "regency"
//   "KOTA BALIKPAPAN" / "KOTA ADMINISTRASI JAKARTA PUSAT" -> "Balikpapan" / "Jakarta Pusat", "city"
//   "KALIMANTAN TIMUR" -> "Kalimantan Timur", kind "province"; "DKI JAKARTA" -> "DKI Jakarta"
//
// Names are looked up by their folded words (text::split_words), so case, hyphens and
// diacritics do not matter. One name may belong to several places (Kabupaten Malang and Kota
// Malang; Provinsi/Kota Bengkulu): find() lists them in the order a bare name is read —
// province first, then city, then regency ("Malang" alone is the city; "Jambi" alone the
// province). Districts are not found by bare name (too many are ordinary words); see district().
//
// Loaded once and shared read-only: Gazetteer::load returns shared_ptr<const Gazetteer>.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace arsip::entities {

struct GazetteerPlace {
    std::string name;      // "Kutai Kartanegara"
    std::string kind;      // province, regency, city, district, capital
    std::string province;  // name of the province it lies in (itself for a province)
    std::string code;      // Kemendagri code: "64", "64.02", "65.01.04"; empty for IKN
    std::string parent;    // code of the province (regency, city, capital) or regency (district)
};

// The data as text, for tests and for load(); each `*_name` names its source in errors.
struct GazetteerSources {
    std::string_view provinces_csv;  // code,name
    std::string_view regencies_csv;  // code,province_code,name
    std::string_view districts_csv;  // code,regency_code,name (may be empty)
    std::string_view extra_csv;      // kind,province_code,code,name,aliases (may be empty)
    std::string_view common_words;   // one display name a line (may be empty)
    std::string provinces_name = "provinces.csv";
    std::string regencies_name = "regencies.csv";
    std::string districts_name = "districts.csv";
    std::string extra_name = "extra_places.csv";
};

class Gazetteer {
public:
    // Reads data_dir/gazetteer/{provinces,regencies,districts,extra_places}.csv and
    // common_words.txt; throws arsip::InputError naming the file on a missing file or bad line.
    static std::shared_ptr<const Gazetteer> load(const std::filesystem::path& data_dir);
    static Gazetteer parse(const GazetteerSources& sources);

    // "KABUPATEN KUTAI KARTANEGARA" -> "Kutai Kartanegara" (kind prefix dropped, title case,
    // "dan" lower case, "DKI"/"DI" kept upper case).
    static std::string display_name(std::string_view official);

    const std::vector<GazetteerPlace>& places() const { return places_; }
    const GazetteerPlace& place(std::size_t id) const { return places_[id]; }

    // Places (not districts) with this name or alias, in reading order (see above); empty if none.
    std::span<const std::size_t> find(std::string_view name) const;
    // The place with this Kemendagri code, or nullptr.
    const GazetteerPlace* by_code(std::string_view code) const;
    std::size_t id_of(const GazetteerPlace& place) const {
        return static_cast<std::size_t>(&place - places_.data());
    }

    // The longest place name (not a district) starting at words[at] (folded words):
    // its length in words and its places; count 0 when none.
    struct NameMatch {
        std::size_t count = 0;
        std::span<const std::size_t> places;
    };
    NameMatch longest_at(std::span<const std::string> words, std::size_t at) const;

    // The district called `folded_name` ("tanjung palas timur") in the regency with code
    // `regency_code`, or, with an empty code, the only district of that name; -1 when none.
    long district(std::string_view folded_name, std::string_view regency_code) const;

    // Whether this place's name is also an ordinary word (common_words.txt).
    bool is_common_word(std::size_t id) const;

private:
    void add_name(std::string_view name, std::size_t id);
    void sort_names();

    std::vector<GazetteerPlace> places_;
    std::vector<bool> common_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_key_;     // name key -> ids
    std::unordered_map<std::string, std::vector<std::size_t>> districts_;  // name key -> ids
    std::unordered_map<std::string, std::size_t> by_code_;
    std::unordered_map<std::string, std::vector<std::vector<std::string>>> by_first_word_;
};

}  // namespace arsip::entities
