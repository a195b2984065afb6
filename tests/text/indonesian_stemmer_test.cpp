#include "text/indonesian_stemmer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "model/errors.h"
#include "text/root_dictionary.h"
#include "text/stem_lines.h"

namespace arsip::text {
namespace {

struct StemCase {
    const char* word;
    const char* stem;
};

// A small dictionary so each rule is tested on its own.
std::shared_ptr<const RootDictionary> small_dictionary() {
    return RootDictionary::from_words(
        {"tangkap", "tulis",   "sapu",    "pukul",  "baca",   "kirim",   "ajar",        "kerja",
         "ternak",  "terbang", "lipat",   "bangun", "fitnah", "kata",    "ganggu",      "hajar",
         "ambil",   "bom",     "nyala",   "suara",  "rumah",  "tani",    "dagang",      "baru",
         "buku",    "lari",    "tambah",  "kupu",   "tiru",   "sepak",   "bolak-balik", "hantu",
         "beri",    "milik",   "sakit",   "jual",   "kasih",  "bijak",   "temu",        "getar",
         "tunjuk",  "syarat",  "promosi", "stabil", "final",  "ideal",   "jubah",       "apa",
         "siapa",   "nilai",   "baik",    "laku",   "terima", "sepakat", "tandatangan", "kerjasama",
         "capai",   "tahan",   "tinggi"});
}

TEST(IndonesianStemmerTest, AppliesAffixRules) {
    IndonesianStemmer stemmer(small_dictionary());
    const StemCase cases[] = {
        // particles, possessives, derivational suffixes
        {"apatah", "apa"},
        {"siapapun", "siapa"},
        {"jubahku", "jubah"},
        {"bukumu", "buku"},
        {"hantui", "hantu"},
        {"jualan", "jual"},
        {"berikanku", "beri"},
        {"kasihilah", "kasih"},
        {"miliknyalah", "milik"},
        // plain prefixes
        {"dibaca", "baca"},
        {"kesakitan", "sakit"},
        {"sebaiknya", "baik"},
        // me- / pe- with recoding
        {"menangkap", "tangkap"},
        {"menulis", "tulis"},
        {"menyapu", "sapu"},
        {"memukul", "pukul"},
        {"membangun", "bangun"},
        {"memfitnah", "fitnah"},
        {"mengatakan", "kata"},
        {"mengganggu", "ganggu"},
        {"menghajar", "hajar"},
        {"mengambil", "ambil"},
        {"mengebom", "bom"},
        {"menyala", "nyala"},
        {"menyuarakan", "suara"},
        {"pemukul", "pukul"},
        {"penulis", "tulis"},
        {"pengirim", "kirim"},
        {"pelajar", "ajar"},
        {"pelaku", "laku"},
        {"petani", "tani"},
        {"perumahan", "rumah"},
        {"memperbarui", "baru"},
        {"mensyaratkan", "syarat"},
        {"mempromosikan", "promosi"},
        {"penstabilan", "stabil"},
        // ber- / ter-
        {"bekerja", "kerja"},
        {"beternak", "ternak"},
        {"belajar", "ajar"},
        {"berdagang", "dagang"},
        {"tertangkap", "tangkap"},
        {"teterbang", "terbang"},
        {"tertinggi", "tinggi"},
        // infixes, ku-, kau-
        {"gemetar", "getar"},
        {"telunjuk", "tunjuk"},
        {"kupukul", "pukul"},
        {"kauhajar", "hajar"},
        // loan suffixes
        {"finalisasi", "final"},
        {"idealisme", "ideal"},
        {"idealis", "ideal"},
        // ECS: a root ending in k before -an
        {"kebijakan", "bijak"},
        {"ditemukan", "temu"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.word);
        EXPECT_EQ(stemmer.stem(c.word), c.stem);
    }
}

TEST(IndonesianStemmerTest, HandlesReduplication) {
    IndonesianStemmer stemmer(small_dictionary());
    const StemCase cases[] = {
        {"buku-buku", "buku"},          {"kupu-kupu", "kupu"},
        {"berlari-lari", "lari"},       {"tambahan-tambahan", "tambah"},
        {"meniru-nirukan", "tiru"},     {"menyepak-nyepak", "sepak"},
        {"bolak-balik", "bolak-balik"}, {"buku-bukunya", "buku"},
        {"buku-nya", "buku"},           {"apa-lah", "apa"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.word);
        EXPECT_EQ(stemmer.stem(c.word), c.stem);
    }
}

TEST(IndonesianStemmerTest, LeavesWordsWithoutRootUnchanged) {
    IndonesianStemmer stemmer(small_dictionary());
    const StemCase cases[] = {
        {"di", "di"},       {"apa", "apa"},         {"nilai", "nilai"},  // roots stay
        {"mei", "mei"},     {"covid19", "covid19"}, {"2025", "2025"},
        {"xyzzy", "xyzzy"}, {"menxyz", "menxyz"},   {"café", "café"},
        {"-", "-"},         {"buku-", "buku-"},     {"", ""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.word);
        EXPECT_EQ(stemmer.stem(c.word), c.stem);
    }
}

TEST(IndonesianStemmerTest, FallbackStripsInflectionWhenAsked) {
    IndonesianStemmer stemmer(small_dictionary(), {.fallback = StemFallback::strip_inflection});
    EXPECT_EQ(stemmer.stem("xyzzynya"), "xyzzy");
    EXPECT_EQ(stemmer.stem("xyzzylah"), "xyzzy");
    EXPECT_EQ(stemmer.stem("menangkapnya"), "tangkap");
}

// With the project's real dictionary: every inflected form of one root gets one stem.
TEST(IndonesianStemmerTest, GivesEveryFormOfARootOneStem) {
    IndonesianStemmer stemmer(RootDictionary::load_default());
    const std::vector<std::vector<std::string>> families = {
        {"tandatangan", "menandatangani", "ditandatangani", "penandatanganan", "ditandatanganinya"},
        {"sepakat", "kesepakatan", "disepakati", "menyepakati"},
        {"dagang", "perdagangan", "berdagang", "pedagang", "diperdagangkan"},
    };
    for (const auto& family : families) {
        for (const auto& word : family) {
            SCOPED_TRACE(word);
            EXPECT_EQ(stemmer.stem(word), family.front());
        }
    }
}

TEST(IndonesianStemmerTest, GetsSnowballFailuresRight) {
    IndonesianStemmer stemmer(RootDictionary::load_default());
    const StemCase cases[] = {
        {"kerjasama", "kerjasama"},
        {"pelaku", "laku"},
        {"mengatakan", "kata"},
        {"mencapai", "capai"},
        {"memiliki", "milik"},
        {"penerimaan", "terima"},
        {"menandatangani", "tandatangan"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.word);
        EXPECT_EQ(stemmer.stem(c.word), c.stem);
    }
}

TEST(IndonesianStemmerTest, CachedAndUncachedAgree) {
    IndonesianStemmer stemmer(RootDictionary::load_default(), {.cache_limit = 2});
    for (const char* word : {"menulis", "penulis", "menulis", "dituliskan", "menulis"}) {
        SCOPED_TRACE(word);
        EXPECT_EQ(stemmer.stem(word), stemmer.stem_uncached(word));
        EXPECT_EQ(stemmer.stem(word), "tulis");
    }
}

TEST(RootDictionaryTest, LoadsTrimsLowerCasesAndSkipsComments) {
    const auto path = std::filesystem::temp_directory_path() / "arsip_root_dictionary_test.txt";
    {
        std::ofstream out(path);
        out << "# a comment\n  Rumah \r\n\nkerjasama  # why\nbuku\n";
    }
    const auto dict = RootDictionary::load(path.string());
    std::filesystem::remove(path);
    EXPECT_EQ(dict->size(), 3u);
    EXPECT_TRUE(dict->contains("rumah"));
    EXPECT_TRUE(dict->contains("kerjasama"));
    EXPECT_FALSE(dict->contains("# a comment"));
    EXPECT_FALSE(dict->contains("Rumah"));
}

TEST(RootDictionaryTest, NamesTheUnreadableFile) {
    try {
        RootDictionary::load("/nonexistent/kata-dasar.txt");
        FAIL() << "no exception";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/kata-dasar.txt"), std::string::npos);
    }
}

TEST(RootDictionaryTest, DefaultListsLoad) {
    const auto dict = RootDictionary::load_default();
    EXPECT_GT(dict->size(), 29000u);
    EXPECT_TRUE(dict->contains("tandatangan"));  // from the supplement
    EXPECT_TRUE(dict->contains("tangkap"));
}

TEST(StemLinesTest, WritesWordTabStem) {
    IndonesianStemmer stemmer(small_dictionary());
    std::istringstream in("Menangkap\n\n  menulis  \nxyzzy\nMENYAPU\n");
    std::ostringstream out;
    stem_lines(in, out, stemmer);
    EXPECT_EQ(out.str(), "menangkap\ttangkap\nmenulis\ttulis\nxyzzy\txyzzy\nmenyapu\tsapu\n");
}

}  // namespace
}  // namespace arsip::text
