#include "entities/places.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace arsip::entities {
namespace {

struct Data {
    std::shared_ptr<const Gazetteer> gazetteer = Gazetteer::load(ARSIP_TEST_SOURCE_DIR "/data");
    text::SynonymTable synonyms =
        text::SynonymTable::load(ARSIP_TEST_SOURCE_DIR "/data/synonyms/abbreviations.tsv");
};

const Data& data() {
    static const Data loaded;
    return loaded;
}

std::vector<model::Place> places_of(std::string_view text) {
    const CodePoints points(text);
    return extract_places(text, *data().gazetteer, data().synonyms, points);
}

// "name/kind" of each place, in order.
std::string summary(const std::vector<model::Place>& places) {
    std::string out;
    for (const auto& p : places) {
        out += (out.empty() ? "" : "; ") + p.name + "/" + p.kind + "x" +
               std::to_string(p.mentions.size());
    }
    return out;
}

TEST(PlacesTest, FindsPlacesInNewsSentences) {
    const struct {
        const char* text;
        const char* expected;
    } cases[] = {
        {"Balikpapan (Seputar-ikn.com) \xE2\x80\x94 Provinsi Kalimantan Timur dan Jawa Timur "
         "(KaltimJatim) jalin kerjasama misi dagang.",
         "Balikpapan/cityx1; Kalimantan Timur/provincex2; Jawa Timur/provincex2"},
        {"\xE2\x80\x9CJadi, gerbangnya di Jawa Timur, IKN-nya di Kalimantan Timur,\xE2\x80\x9D",
         "Jawa Timur/provincex1; Ibu Kota Nusantara/capitalx1; Kalimantan Timur/provincex1"},
        {"Gubernur Harum mencermati Kawasan Industri Hijau di Tanjung Palas Timur, Bulungan.",
         "Tanjung Palas Timur/districtx1; Bulungan/regencyx1"},
        {"Bupati Kukar dan Wali Kota Samarinda hadir di Kabupaten Kutai Kartanegara.",
         "Kutai Kartanegara/regencyx2; Samarinda/cityx1"},
        {"Kabupaten Malang dan Kota Malang berbagi nama; warga Malang senang.",
         "Malang/regencyx1; Malang/cityx2"},
        {"Nasib Malang Petani Tembakau", ""},      // headline: common word, no cue
        {"Malang nian nasib mereka.", ""},         // sentence start
        {"kota malang dan kalimantan timur", ""},  // lower case is no name
        {"Pasar di sebelah Barat dan Timur, bagian Selatan.", ""},
        {"Ekspor dari Kaltara ke Kaltim melalui Tarakan.",
         "Kalimantan Utara/provincex1; Kalimantan Timur/provincex1; Tarakan/cityx1"},
        {"Rapat di Papua Barat Daya dan Papua Barat.",
         "Papua Barat Daya/provincex1; Papua Barat/provincex1"},
        {"", ""},
        {"Tidak ada tempat di sini.", ""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(summary(places_of(c.text)), c.expected);
    }
}

TEST(PlacesTest, PlacesCarryProvinceAndCode) {
    const auto places = places_of("Pelaku usaha Kukar dan Balikpapan.");
    ASSERT_EQ(places.size(), 2u);
    EXPECT_EQ(places[0].name, "Kutai Kartanegara");
    EXPECT_EQ(places[0].province, "Kalimantan Timur");
    EXPECT_EQ(places[0].code, "64.02");
    EXPECT_EQ(places[1].code, "64.71");
}

TEST(PlacesTest, MentionsAreCodePointOffsets) {
    // "Mas’ud — " before the place: ’ and — are 3 bytes each, one code point each.
    const std::string text = "Mas\xE2\x80\x99ud \xE2\x80\x94 KaltimJatim, Samarinda";
    const auto places = places_of(text);
    ASSERT_EQ(places.size(), 3u);
    EXPECT_EQ(places[0].mentions.front(), (model::Mention{9, 15}));   // Kaltim
    EXPECT_EQ(places[1].mentions.front(), (model::Mention{15, 20}));  // Jatim
    EXPECT_EQ(places[2].mentions.front(), (model::Mention{22, 31}));  // Samarinda
}

TEST(PlacesTest, NeverThrowsOnArbitraryBytes) {
    std::mt19937 random(7);
    for (int round = 0; round < 200; ++round) {
        std::string text(static_cast<std::size_t>(random() % 300), '\0');
        for (auto& c : text) c = static_cast<char>(random() % 256);
        if (round % 2 == 0) text += " Kaltim \xFF\xFE Kabupaten \xC3";
        EXPECT_NO_THROW(places_of(text));
    }
}

// Long text is read whole (no timing: speed is a benchmark's business; the test timeout only
// guards against runaway scans).
TEST(PlacesTest, LongTextIsReadWhole) {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "Kalimantan Timur dan Kabupaten Kutai Kartanegara, ";
    const auto places = places_of(text);
    ASSERT_EQ(places.size(), 2u);
    EXPECT_EQ(places[0].mentions.size(), 20000u);
    EXPECT_EQ(places[1].mentions.size(), 20000u);
}

}  // namespace
}  // namespace arsip::entities
