#include "entities/official_tokens.h"

#include <algorithm>
#include <array>

namespace arsip::entities::official_detail {
namespace {

enum class CharKind { Letter, Apostrophe, Space, Punct };

struct Char {
    CharKind kind = CharKind::Letter;
    char punct = 0;
    std::size_t length = 1;
};

bool ascii_alnum(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

Char classify(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        if (ascii_alnum(c)) return {CharKind::Letter, 0, 1};
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            return {CharKind::Space, 0, 1};
        }
        if (c == '\'' || c == '`') return {CharKind::Apostrophe, '\'', 1};
        if (c == '\n' || c == ',' || c == '.' || c == '(' || c == ')' || c == ':' || c == ';' ||
            c == '"' || c == '-' || c == '!' || c == '?') {
            return {CharKind::Punct, static_cast<char>(c), 1};
        }
        return {CharKind::Punct, '*', 1};
    }
    std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + length > s.size()) length = 1;
    for (std::size_t k = 1; k < length; ++k) {
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) length = 1;
    }
    if (length == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
        return {CharKind::Space, 0, 2};  // no-break space
    }
    if (length == 3 && c == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80) {
        const auto d = static_cast<unsigned char>(s[i + 2]);
        if (d == 0x98 || d == 0x99) return {CharKind::Apostrophe, '\'', 3};  // ‘ ’
        if (d == 0x9C || d == 0x9D) return {CharKind::Punct, '"', 3};        // “ ”
        if (d >= 0x90 && d <= 0x95) return {CharKind::Punct, '-', 3};        // dashes
        if (d == 0xA6) return {CharKind::Punct, '.', 3};                     // …
        if (d <= 0x8B || d == 0xAF) return {CharKind::Space, 0, 3};          // spaces
        return {CharKind::Punct, '*', 3};
    }
    return {CharKind::Letter, 0, length};
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

constexpr auto kHonorifics = std::to_array<std::string_view>(
    {"h",   "hj",  "dr",  "drs",     "dra", "ir",    "prof",  "kh",
     "hc",  "drg", "ns",  "apt",     "tgh", "ust",   "bapak", "ibu",
     "pak", "bu",  "sdr", "saudara", "rd",  "raden", "tuan",  "nyonya"});

constexpr auto kDegrees = std::to_array<std::string_view>(
    {"sh",  "se",   "ssos", "si",   "mm",  "mt",   "msi",  "mh",   "mpd", "spd",  "st",  "sp",
     "sag", "skom", "phd",  "ipu",  "ipm", "mba",  "ma",   "msc",  "bsc", "meng", "ak",  "ca",
     "cpa", "sip",  "map",  "mkes", "skm", "ssi",  "ssit", "mp",   "mag", "mhum", "dea", "ked",
     "mkn", "llm",  "mpa",  "mt",   "se",  "ssn",  "shi",  "sthi", "mhi", "lc",   "ma",  "mkom",
     "stp", "mti",  "ssn",  "dipl", "ing", "spog", "mars", "sked"});

constexpr auto kStopWords = std::to_array<std::string_view>(
    {// function words and verbs of saying
     "menurut", "kata", "ujar", "ucap", "ungkap", "jelas", "tambah", "lanjut", "tutur", "sebut",
     "sementara", "dalam", "pada", "di", "ke", "dari", "yang", "untuk", "oleh", "bersama", "dan",
     "atau", "serta", "itu", "ini", "bahwa", "saat", "ketika", "selain", "sedangkan", "namun",
     "tetapi", "sebagai", "para", "selaku", "juga", "pun", "hadir", "turut", "acara", "kegiatan",
     "mengatakan", "menyampaikan", "menjelaskan", "berharap", "menyebut", "menambahkan", "dengan",
     "adapun", "kemudian", "hal", "ia", "dia", "kami", "kita", "mereka", "beliau", "harapannya",
     "lebih", "setelah", "sebelum", "jadi", "mari", "intinya", "dengan", "via", "the", "of",
     // bodies and places
     "provinsi", "kabupaten", "kota", "pemerintah", "pemprov", "pemkab", "pemkot", "dinas", "badan",
     "kementerian", "universitas", "pt", "nota", "kesepakatan", "perjanjian", "rapat", "misi",
     "republik", "indonesia",
     // words of legal citations ("Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020")
     "nomor", "no", "tahun", "pasal", "ayat", "huruf", "peraturan", "undang", "keputusan", "instruksi",
     "lampiran", "bab",
     // units inside a position ("Wakil Rektor Bidang Perencanaan, Kerja Sama, dan ...")
     "bidang", "bagian", "seksi", "divisi", "urusan", "subbagian", "subbidang",
     // days and months
     "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari", "maret",
     "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
     // position words
     "gubernur", "wakil", "bupati", "walikota", "wali", "menteri", "rektor", "kepala", "ketua",
     "anggota", "direktur", "sekretaris", "presiden", "sekda", "kabid"});

constexpr auto kOrgHeads = std::to_array<std::string_view>(
    {"dinas",       "badan",      "biro",        "balai",      "dewan",    "kantor",
     "komisi",      "lembaga",    "bank",        "pt",         "cv",       "perum",
     "universitas", "institut",   "politeknik",  "sekolah",    "otoritas", "perusahaan",
     "kementerian", "direktorat", "inspektorat", "sekretariat"});

// The 38 provinces (Kemendagri), longest first where one name starts another.
constexpr auto kProvinces = std::to_array<std::string_view>({"aceh",
                                                             "sumatera utara",
                                                             "sumatera barat",
                                                             "kepulauan riau",
                                                             "riau",
                                                             "jambi",
                                                             "sumatera selatan",
                                                             "kepulauan bangka belitung",
                                                             "bengkulu",
                                                             "lampung",
                                                             "dki jakarta",
                                                             "jawa barat",
                                                             "banten",
                                                             "jawa tengah",
                                                             "daerah istimewa yogyakarta",
                                                             "jawa timur",
                                                             "bali",
                                                             "nusa tenggara barat",
                                                             "nusa tenggara timur",
                                                             "kalimantan barat",
                                                             "kalimantan tengah",
                                                             "kalimantan selatan",
                                                             "kalimantan timur",
                                                             "kalimantan utara",
                                                             "sulawesi utara",
                                                             "gorontalo",
                                                             "sulawesi tengah",
                                                             "sulawesi barat",
                                                             "sulawesi selatan",
                                                             "sulawesi tenggara",
                                                             "maluku utara",
                                                             "maluku",
                                                             "papua barat daya",
                                                             "papua barat",
                                                             "papua tengah",
                                                             "papua pegunungan",
                                                             "papua selatan",
                                                             "papua",
                                                             "daerah khusus jakarta"});

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const Char ch = classify(text, i);
        if (ch.kind == CharKind::Space) {
            i += ch.length;
            continue;
        }
        if (ch.kind != CharKind::Letter) {
            Token token;
            token.begin = i;
            token.end = i + ch.length;
            token.punct = ch.punct;
            tokens.push_back(std::move(token));
            i += ch.length;
            continue;
        }
        Token token;
        token.word = true;
        token.begin = i;
        std::size_t j = i;
        while (j < n) {
            const Char c = classify(text, j);
            if (c.kind == CharKind::Letter) {
                token.text.append(text.substr(j, c.length));
                j += c.length;
                continue;
            }
            const bool joiner =
                c.kind == CharKind::Apostrophe ||
                (c.kind == CharKind::Punct && (c.punct == '-' || c.punct == '.' || c.punct == ','));
            if (!joiner || (c.kind != CharKind::Apostrophe && c.length != 1)) break;
            const std::size_t next = j + c.length;
            if (next >= n || classify(text, next).kind != CharKind::Letter) break;
            const char before = text[j - 1];
            const char after = text[next];
            if (c.punct == ',' && !(is_digit(before) && is_digit(after))) break;
            if (c.punct == '.' && is_digit(before) != is_digit(after)) break;
            if (c.punct == '.' && !is_digit(before)) token.inner_dot = true;
            token.text.push_back(c.kind == CharKind::Apostrophe ? '\'' : c.punct);
            j = next;
        }
        token.end = j;
        token.dot_after = j < n && text[j] == '.';
        std::size_t letters = 0;
        bool lower_seen = false;
        for (const char c : token.text) {
            if (c >= 'A' && c <= 'Z') {
                ++letters;
                token.lower.push_back(static_cast<char>(c - 'A' + 'a'));
                continue;
            }
            if (c >= 'a' && c <= 'z') {
                ++letters;
                lower_seen = true;
            }
            if (is_digit(c)) token.digit = true;
            token.lower.push_back(c);
        }
        token.capital = !token.text.empty() && token.text[0] >= 'A' && token.text[0] <= 'Z';
        token.all_caps = letters >= 2 && !lower_seen;
        tokens.push_back(std::move(token));
        i = j;
    }
    return tokens;
}

bool is_honorific(const Token& token) {
    if (!token.word || !token.capital) return false;
    return in(kHonorifics, token.lower);
}

bool is_degree(const Token& token) {
    if (!token.word) return false;
    std::string bare;
    for (const char c : token.lower) {
        if (c != '.') bare.push_back(c);
    }
    if (!in(kDegrees, bare)) return false;
    return token.inner_dot || token.all_caps || token.dot_after;
}

bool is_stop_word(std::string_view lower) {
    return in(kStopWords, lower);
}
bool is_org_head(std::string_view lower) {
    return in(kOrgHeads, lower);
}

bool is_name_word(const Token& token) {
    if (!token.word || !token.capital || token.inner_dot || token.digit) return false;
    if (is_stop_word(token.lower)) return false;
    if (is_honorific(token) && (token.dot_after || token.text.size() <= 2)) return false;
    if (token.all_caps && is_degree(token)) return false;
    return true;
}

std::string name_case(const std::string& word) {
    bool has_lower = false;
    std::size_t letters = 0;
    for (const char c : word) {
        if (c >= 'a' && c <= 'z') has_lower = true;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
    }
    if (has_lower || letters < 2) return word;
    std::string out = word;
    bool first = true;
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z' && !first) c = static_cast<char>(c - 'A' + 'a');
        // A hyphen starts a new part ("ABDUL-RAHMAN" -> "Abdul-Rahman"); an apostrophe does not.
        first = c == '-';
    }
    return out;
}

std::size_t province_at(const std::vector<Token>& tokens, std::size_t i, std::string& name) {
    for (const std::string_view province : kProvinces) {
        std::size_t k = i;
        std::size_t pos = 0;
        bool ok = true;
        while (pos < province.size()) {
            const std::size_t space = province.find(' ', pos);
            const std::string_view part =
                province.substr(pos, space == std::string_view::npos ? space : space - pos);
            if (k >= tokens.size() || !tokens[k].word || !tokens[k].capital ||
                tokens[k].lower != part) {
                ok = false;
                break;
            }
            ++k;
            pos = space == std::string_view::npos ? province.size() : space + 1;
        }
        if (!ok) continue;
        name.clear();
        for (std::size_t t = i; t < k; ++t) {
            if (!name.empty()) name.push_back(' ');
            name += tokens[t].all_caps && tokens[t].text.size() <= 3 ? tokens[t].text
                                                                     : name_case(tokens[t].text);
        }
        return k - i;
    }
    return 0;
}

}  // namespace arsip::entities::official_detail
