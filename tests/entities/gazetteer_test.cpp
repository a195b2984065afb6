#include "entities/gazetteer.h"

#include <gtest/gtest.h>

#include <string>

#include "model/errors.h"
#include "temp_dir.h"

namespace arsip::entities {
namespace {

std::shared_ptr<const Gazetteer> project_gazetteer() {
    static const auto gazetteer = Gazetteer::load(ARSIP_TEST_SOURCE_DIR "/data");
    return gazetteer;
}

TEST(GazetteerTest, DisplayNamesAreHowNewsWritesThem) {
    const struct {
        const char* official;
        const char* name;
    } cases[] = {
        {"KABUPATEN KUTAI KARTANEGARA", "Kutai Kartanegara"},
        {"KOTA BALIKPAPAN", "Balikpapan"},
        {"KALIMANTAN TIMUR", "Kalimantan Timur"},
        {"DKI JAKARTA", "DKI Jakarta"},
        {"DI YOGYAKARTA", "DI Yogyakarta"},
        {"PAPUA BARAT DAYA", "Papua Barat Daya"},
        {"KABUPATEN PANGKAJENE DAN KEPULAUAN", "Pangkajene dan Kepulauan"},
        {"KOTA ADMINISTRASI JAKARTA PUSAT", "Jakarta Pusat"},
        {"KABUPATEN ADMINISTRASI KEPULAUAN SERIBU", "Kepulauan Seribu"},
        {"KOTA BAU-BAU", "Bau-Bau"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.official);
        EXPECT_EQ(Gazetteer::display_name(c.official), c.name);
    }
}

TEST(GazetteerTest, ProjectDataHasKindsProvincesAndCodes) {
    const auto g = project_gazetteer();
    const struct {
        const char* name;
        const char* kind;
        const char* province;
        const char* code;
    } cases[] = {
        {"Kalimantan Timur", "province", "Kalimantan Timur", "64"},
        {"KUTAI KARTANEGARA", "regency", "Kalimantan Timur", "64.02"},
        {"Balikpapan", "city", "Kalimantan Timur", "64.71"},
        {"Malang", "city", "Jawa Timur", "35.73"},  // bare name: the city
        {"Jambi", "province", "Jambi", "15"},       // bare name: the province first
        {"Jakarta", "province", "DKI Jakarta", "31"},
        {"Ibu Kota Nusantara", "capital", "Kalimantan Timur", ""},
        {"ikn", "capital", "Kalimantan Timur", ""},
        {"Papua Barat Daya", "province", "Papua Barat Daya", "96"},
        {"Daerah Istimewa Yogyakarta", "province", "Daerah Istimewa Yogyakarta", "34"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const auto ids = g->find(c.name);
        ASSERT_FALSE(ids.empty());
        const auto& p = g->place(ids.front());
        EXPECT_EQ(p.kind, c.kind);
        EXPECT_EQ(p.province, c.province);
        EXPECT_EQ(p.code, c.code);
    }
    EXPECT_EQ(g->find("Malang").size(), 2u);  // Kota Malang, Kabupaten Malang
    EXPECT_TRUE(g->find("Timur").empty());
    EXPECT_TRUE(g->find("Tanjung Palas Timur").empty());  // districts are not bare names
    EXPECT_GE(g->district("tanjung palas timur", "65.01"), 0);
    EXPECT_LT(g->district("tanjung palas timur", "64.71"), 0);
    ASSERT_NE(g->by_code("65.01"), nullptr);
    EXPECT_EQ(g->by_code("65.01")->name, "Bulungan");
    EXPECT_TRUE(g->is_common_word(g->find("Malang").front()));
    EXPECT_FALSE(g->is_common_word(g->find("Balikpapan").front()));
}

TEST(GazetteerTest, LongestNameFirst) {
    const auto g = project_gazetteer();
    const std::vector<std::string> words = {"di", "papua", "barat", "daya", "dan", "papua"};
    const auto m = g->longest_at(words, 1);
    EXPECT_EQ(m.count, 3u);
    EXPECT_EQ(g->longest_at(words, 5).count, 1u);
    EXPECT_EQ(g->longest_at(words, 0).count, 0u);
    EXPECT_EQ(g->longest_at(words, 99).count, 0u);
}

TEST(GazetteerTest, BadDataNamesTheFile) {
    const struct {
        const char* what;
        GazetteerSources sources;
        const char* message;
    } cases[] = {
        {"province line",
         {"code,name\n64\n", "code,province_code,name\n", "", "", ""},
         "provinces.csv:2"},
        {"unknown province",
         {"code,name\n64,KALTIM\n", "h\n64.71,99,KOTA X\n", "", "", ""},
         "regencies.csv:2"},
        {"extra kind",
         {"code,name\n64,KALTIM\n", "h\n", "", "town,64,,X,Y\n", ""},
         "extra_places.csv:1"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        try {
            Gazetteer::parse(c.sources);
            ADD_FAILURE() << "no error";
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.what()).find(c.message), std::string::npos) << e.what();
        }
    }
    testing::TempDir dir;
    try {
        Gazetteer::load(dir.path());
        ADD_FAILURE() << "no error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("provinces.csv"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace arsip::entities
