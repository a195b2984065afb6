#include "entities/officials.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/synonyms.h"

namespace arsip::entities {
namespace {

text::SynonymTable table() {
    return text::SynonymTable::load(ARSIP_TEST_SOURCE_DIR "/data/synonyms/abbreviations.tsv");
}

std::vector<model::Official> extract(const std::string& text, const text::SynonymTable& table) {
    const CodePoints points(text);
    return extract_officials(text, {&table, nullptr}, points);
}

struct Expected {
    std::string name;
    std::string position;
    std::string institution;
};

TEST(OfficialsTest, PatternsFromNewsAndAgreements) {
    const auto synonyms = table();
    const struct {
        std::string text;
        Expected official;
    } cases[] = {
        {"Wakil Gubernur Kalimantan Timur, Seno Aji mengatakan bahwa misi dagang penting.",
         {"Seno Aji", "Wakil Gubernur", "Pemerintah Provinsi Kalimantan Timur"}},
        {"Gubernur Jawa Timur, Khofifah Indar Parawansa berharap ada tindak lanjut.",
         {"Khofifah Indar Parawansa", "Gubernur", "Pemerintah Provinsi Jawa Timur"}},
        {"kata Gubernur Kaltim Rudy Mas\u2019ud saat penandatanganan.",
         {"Rudy Mas'ud", "Gubernur", "Pemerintah Provinsi Kalimantan Timur"}},
        {"Rektor Unmul, Abdunnur, hadir langsung.",
         {"Abdunnur", "Rektor", "Universitas Mulawarman"}},
        {"Dinas Perindustrian, Perdagangan, Koperasi, dan UKM (DPPKUKM) Provinsi Kaltim rapat. "
         "Kepala Bidang Perdagangan DPPKUKM Kaltim Ali Wardana menyampaikan hal itu.",
         {"Ali Wardana", "Kepala Bidang Perdagangan",
          "Dinas Perindustrian, Perdagangan, Koperasi, dan UKM Provinsi Kalimantan Timur"}},
        {"diresmikan Menteri Perdagangan Budi Santoso di Galeri UMKM.",
         {"Budi Santoso", "Menteri Perdagangan", "Kementerian Perdagangan"}},
        {"Sekretaris Daerah Provinsi Kalimantan Timur, Sri Wahyuni membuka acara.",
         {"Sri Wahyuni", "Sekretaris Daerah", "Pemerintah Provinsi Kalimantan Timur"}},
        {"Hadir pula Zainal Paliwang, Gubernur Kalimantan Utara, dalam acara itu.",
         {"Zainal Paliwang", "Gubernur", "Pemerintah Provinsi Kalimantan Utara"}},
        {"H. RUDY MAS'UD, Gubernur Kalimantan Timur, dalam hal ini bertindak untuk dan atas nama "
         "Pemerintah Provinsi Kalimantan Timur.",
         {"Rudy Mas'ud", "Gubernur", "Pemerintah Provinsi Kalimantan Timur"}},
        {"Bupati Kutai Kartanegara Edi Damansyah membuka acara.",
         {"Edi Damansyah", "Bupati", "Pemerintah Kabupaten Kutai Kartanegara"}},
        {"Wali Kota Samarinda Andi Harun hadir.",
         {"Andi Harun", "Wali Kota", "Pemerintah Kota Samarinda"}},
        {"Walikota Balikpapan, Rahmad Mas'ud, hadir.",
         {"Rahmad Mas'ud", "Wali Kota", "Pemerintah Kota Balikpapan"}},
        {"hadir Anggota DPR RI Sarifah Suraidah Harum, serta para kepala OPD.",
         {"Sarifah Suraidah Harum", "Anggota DPR RI",
          "Dewan Perwakilan Rakyat Republik Indonesia"}},
        // An upper-case signatory with a field before the body (sample PKS Unmul-Pupuk Kaltim).
        {"2. Ir. HENDRA WICAKSANA PUTRA, M.M., Direktur Keuangan dan Umum PT Pupuk Kalimantan "
         "Timur, dalam hal ini bertindak dalam jabatannya.",
         {"Hendra Wicaksana Putra", "Direktur Keuangan dan Umum", "PT Pupuk Kalimantan Timur"}},
        {"Direktur Utama PT Pupuk Kalimantan Timur, Budi Hartono, hadir.",
         {"Budi Hartono", "Direktur Utama", "PT Pupuk Kalimantan Timur"}},
        {"Direktur Keuangan PT Pupuk Kalimantan Timur, Sri Lestari, hadir.",
         {"Sri Lestari", "Direktur Keuangan", "PT Pupuk Kalimantan Timur"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const auto officials = extract(c.text, synonyms);
        ASSERT_EQ(officials.size(), 1u);
        EXPECT_EQ(officials[0].name, c.official.name);
        EXPECT_EQ(officials[0].position, c.official.position);
        EXPECT_EQ(officials[0].institution, c.official.institution);
        EXPECT_FALSE(officials[0].mentions.empty());
    }
}

TEST(OfficialsTest, HonorificsAndDegreesAreStripped) {
    const auto synonyms = table();
    const struct {
        std::string text;
        std::string name;
    } cases[] = {
        {"Prof. Dr. Ir. H. Abdunnur, M.Si., IPU, Rektor Universitas Mulawarman, hadir.",
         "Abdunnur"},
        {"Rektor Universitas Mulawarman, Prof. Dr. Ir. H. Abdunnur, M.Si., IPU hadir.", "Abdunnur"},
        {"Gubernur Jawa Timur, Dr. Hj. Khofifah Indar Parawansa, M.Si. hadir.",
         "Khofifah Indar Parawansa"},
        {"Drs. Ahmad Yani, S.H., M.M., Ph.D., Bupati Kutai Timur, menandatangani.", "Ahmad Yani"},
        {"Bupati Kutai Timur Ir. Ardiansyah Sulaiman, S.Sos., M.T. membuka.",
         "Ardiansyah Sulaiman"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const auto officials = extract(c.text, synonyms);
        ASSERT_EQ(officials.size(), 1u);
        EXPECT_EQ(officials[0].name, c.name);
    }
}

TEST(OfficialsTest, PersonNameCleansANameAsWritten) {
    const struct {
        std::string written;
        std::string name;
    } cases[] = {
        {"Ir. Hendra Wicaksana Putra, M.M.", "Hendra Wicaksana Putra"},
        {"Ir. HENDRA WICAKSANA PUTRA, M.M.", "Hendra Wicaksana Putra"},
        {"Prof. Dr. Ir. H. ABDUNNUR, M.Si., IPU", "Abdunnur"},
        {"H. Rudy Mas\u2019ud", "Rudy Mas'ud"},
        {"Dr. Hj. Khofifah Indar Parawansa, M.Si.", "Khofifah Indar Parawansa"},
        {"Drs. Ahmad Yani, S.H., M.M., Ph.D.", "Ahmad Yani"},
        {"Budi S. Santoso", "Budi S. Santoso"},
        {"Seno Aji", "Seno Aji"},
        {"ABDUL-RAHMAN", "Abdul-Rahman"},
        {"Zainal Arifin Paliwang, Gubernur Kalimantan Utara", "Zainal Arifin Paliwang"},
        {"Prof. Dr.", ""},
        {"", ""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.written);
        EXPECT_EQ(person_name(c.written), c.name);
    }
}

TEST(OfficialsTest, NicknamesAttachToTheLastOfficial) {
    const auto synonyms = table();
    const struct {
        std::string text;
        std::string name;
        std::string nickname;
        std::size_t mentions;
    } cases[] = {
        {"Rektor Unmul, Abdunnur, hadir. \u201cKolaborasi,\u201d ungkap Abdunnur yang akrab disapa "
         "Ivan.",
         "Abdunnur", "Ivan", 3},
        {"kata Gubernur Kaltim Rudy Mas\u2019ud. Tambah lelaki yang kerap disapa Gubernur Harum "
         "itu. Gubernur Harum juga mengaku senang.",
         "Rudy Mas'ud", "Gubernur Harum", 3},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const auto officials = extract(c.text, synonyms);
        ASSERT_EQ(officials.size(), 1u);
        EXPECT_EQ(officials[0].name, c.name);
        ASSERT_EQ(officials[0].nicknames.size(), 1u);
        EXPECT_EQ(officials[0].nicknames[0], c.nickname);
        EXPECT_EQ(officials[0].mentions.size(), c.mentions);
    }
}

TEST(OfficialsTest, BareNameMentionsJoinTheOfficial) {
    const auto synonyms = table();
    const std::string text =
        "Wakil Gubernur Kalimantan Timur, Seno Aji mengatakan itu. Kalimantan Timur, lanjut Seno, "
        "kaya. Gubernur Jawa Timur, Khofifah Indar Parawansa berharap. Menurut Khofifah, baik. "
        "\u201cJadi,\u201d kata Khofifah.";
    const auto officials = extract(text, synonyms);
    ASSERT_EQ(officials.size(), 2u);
    EXPECT_EQ(officials[0].name, "Seno Aji");
    EXPECT_EQ(officials[0].mentions.size(), 2u);
    EXPECT_EQ(officials[1].name, "Khofifah Indar Parawansa");
    EXPECT_EQ(officials[1].mentions.size(), 3u);
}

TEST(OfficialsTest, PositionWithoutNameIsAPositionMention) {
    const auto synonyms = table();
    const std::string text =
        "Wakil Gubernur Kalimantan Timur menyebut misi dagang ini peluang. Sementara itu, "
        "Gubernur Jawa Timur menyoroti kerja sama. Gubernur Jawa Timur juga hadir.";
    const auto officials = extract(text, synonyms);
    ASSERT_EQ(officials.size(), 2u);
    EXPECT_EQ(officials[0].name, "");
    EXPECT_EQ(officials[0].position, "Wakil Gubernur");
    EXPECT_EQ(officials[0].institution, "Pemerintah Provinsi Kalimantan Timur");
    EXPECT_EQ(officials[1].institution, "Pemerintah Provinsi Jawa Timur");
    EXPECT_EQ(officials[1].mentions.size(), 2u);

    // With the holder named in the same document the position is one more mention of them.
    const auto named = extract(
        "Gubernur Jawa Timur menyoroti kerja sama. Gubernur Jawa Timur, Khofifah Indar "
        "Parawansa berharap.",
        synonyms);
    ASSERT_EQ(named.size(), 1u);
    EXPECT_EQ(named[0].name, "Khofifah Indar Parawansa");
    EXPECT_EQ(named[0].mentions.size(), 2u);
}

TEST(OfficialsTest, MentionsAreCodePointOffsetsOnMultiByteText) {
    const auto synonyms = table();
    // "“Ekspor,” kata " is 15 code points (the quotes are 3 bytes each).
    const std::string text = "\u201cEkspor,\u201d kata Gubernur Kaltim Rudy Mas\u2019ud saat itu.";
    const auto officials = extract(text, synonyms);
    ASSERT_EQ(officials.size(), 1u);
    ASSERT_EQ(officials[0].mentions.size(), 1u);
    // "Gubernur Kaltim Rudy Mas’ud" = 27 code points.
    EXPECT_EQ(officials[0].mentions[0], (model::Mention{15, 42}));
}

TEST(OfficialsTest, TextWithoutOfficials) {
    const auto synonyms = table();
    for (const std::string text : {"", "   ", "Misi dagang Kaltim dan Jatim mencapai Rp666 miliar.",
                                   "para kepala OPD dan gubernur hadir.",
                                   "Pemerintah Provinsi Kalimantan Timur (Pemprov "
                                   "Kaltim) melakukan kunjungan."}) {
        SCOPED_TRACE(text);
        EXPECT_TRUE(extract(text, synonyms).empty());
    }
}

TEST(OfficialsTest, WorksWithoutSynonymTable) {
    const std::string text = "Gubernur Jawa Timur, Khofifah Indar Parawansa berharap.";
    const CodePoints points(text);
    const auto officials = extract_officials(text, {}, points);
    ASSERT_EQ(officials.size(), 1u);
    EXPECT_EQ(officials[0].institution, "Pemerintah Provinsi Jawa Timur");
}

TEST(OfficialsTest, NeverThrowsOnRandomOrInvalidUtf8) {
    const auto synonyms = table();
    std::mt19937 random(42);
    const std::string pieces[] = {"Gubernur ",
                                  "Kaltim",
                                  ", ",
                                  "H. ",
                                  "RUDY ",
                                  "\xE2\x80",
                                  "\xFF",
                                  "(",
                                  ")",
                                  ".",
                                  "disapa ",
                                  "Rektor ",
                                  "\xE2\x80\x99",
                                  "M.Si.",
                                  "Kepala Bidang ",
                                  "\n"};
    for (int round = 0; round < 300; ++round) {
        std::string text;
        const int length = static_cast<int>(random() % 40);
        for (int k = 0; k < length; ++k) {
            if (random() % 4 == 0) {
                text.push_back(static_cast<char>(random() % 256));
            } else {
                text += pieces[random() % std::size(pieces)];
            }
        }
        const CodePoints points(text);
        EXPECT_NO_THROW({
            const auto officials = extract_officials(text, {&synonyms, nullptr}, points);
            for (const auto& official : officials) {
                for (const auto& mention : official.mentions) {
                    EXPECT_LE(mention.start, mention.end);
                }
            }
        });
    }
}

// Long text is read whole (no timing: speed is a benchmark's business; the test timeout only
// guards against runaway scans).
TEST(OfficialsTest, LongTextIsReadWhole) {
    const auto synonyms = table();
    const std::string paragraph =
        "Gubernur Kaltim Rudy Mas\u2019ud, kata Seno, Gubernur Jawa Timur menyoroti hal itu dan "
        "Rektor Unmul, Abdunnur, hadir. Ahmad, Budi, Citra, Dedi, Eko, Fajar, Gita, ";
    std::size_t previous_mentions = 0;
    for (const std::size_t copies : {500u, 4000u}) {
        SCOPED_TRACE(copies);
        std::string text;
        for (std::size_t k = 0; k < copies; ++k) text += paragraph;
        const CodePoints points(text);
        const auto officials = extract_officials(text, {&synonyms, nullptr}, points);
        ASSERT_FALSE(officials.empty());
        std::size_t mentions = 0;
        for (const auto& o : officials) mentions += o.mentions.size();
        EXPECT_GT(mentions, previous_mentions);  // the end of the text was reached too
        previous_mentions = mentions;
    }
}

TEST(OfficialsTest, UnitsOfAPositionAreNotNames) {
    const std::string text =
        "PARA PIHAK menunjuk koordinator pelaksana, yaitu Wakil Rektor Bidang Perencanaan, Kerja Sama, "
        "dan Hubungan Masyarakat untuk PIHAK KESATU.";
    const CodePoints points(text);
    for (const auto& official : extract_officials(text, {}, points)) {
        EXPECT_EQ(official.name.find("Bidang"), std::string::npos) << official.name;
        EXPECT_EQ(official.name.find("Perencanaan"), std::string::npos) << official.name;
    }
}

TEST(OfficialsTest, LegalCitationsNameNoOfficial) {
    for (const char* text : {"berdasarkan Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020 tentang Tata Cara",
                             "sesuai Keputusan Gubernur Nomor 100.3.3.1/K.123/2024",
                             "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"}) {
        SCOPED_TRACE(text);
        const CodePoints points(text);
        for (const auto& official : extract_officials(text, {}, points)) {
            EXPECT_NE(official.name, "Nomor");
            EXPECT_NE(official.name, "Tahun");
        }
    }
}

}  // namespace
}  // namespace arsip::entities
