#include "readers/agreement_structure.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model/errors.h"

namespace arsip::readers {
namespace {

using model::DocumentType;

// An MoU in the "Nama: / Jabatan:" form, Pasal without BAB, a Pasal without ayat, a signature
// block read column by column, a "Samarinda, 12 Januari 2024" line.
const std::vector<std::string> kLabelledMou = {
    "NOTA KESEPAHAMAN",
    "ANTARA",
    "PEMERINTAH PROVINSI KALIMANTAN TIMUR",
    "NOMOR : 120/1234/B.Pem/2024",
    "DAN",
    "UNIVERSITAS MULAWARMAN",
    "NOMOR : 050/45/UN17/2024",
    "TENTANG",
    "PENGEMBANGAN SUMBER DAYA MANUSIA",
    "Pada hari ini Jumat tanggal dua belas bulan Januari tahun dua ribu dua puluh empat, "
    "bertempat di Kantor Gubernur, Kota Samarinda, kami yang bertanda tangan di bawah ini:",
    "1. Nama : Dr. H. AKMAL MALIK, M.Si.",
    "Jabatan : Penjabat Gubernur Kalimantan Timur",
    "dalam hal ini bertindak untuk dan atas nama Pemerintah Provinsi Kalimantan Timur, "
    "selanjutnya disebut PIHAK KESATU;",
    "2. Nama : Prof. Dr. Ir. H. ABDUNNUR, M.Si., IPU",
    "Jabatan : Rektor",
    "dalam hal ini bertindak untuk dan atas nama Universitas Mulawarman (Unmul), selanjutnya "
    "disebut PIHAK KEDUA.",
    "PARA PIHAK sepakat mengikatkan diri dalam Nota Kesepahaman dengan ketentuan sebagai berikut:",
    "Pasal 1",
    "MAKSUD DAN TUJUAN",
    "(1) Maksud Nota Kesepahaman ini adalah sebagai landasan kerja sama.",
    "(2) Tujuan Nota Kesepahaman ini adalah meningkatkan kualitas sumber daya manusia,",
    "a. melalui pendidikan;",
    "b. melalui pelatihan.",
    "Pasal 2 Jangka Waktu",
    "Nota Kesepahaman ini berlaku untuk jangka waktu 5 (lima) tahun sejak ditandatangani.",
    "Pasal 3",
    "Penutup",
    "Hal-hal yang belum diatur akan diatur kemudian.",
    "Demikian Nota Kesepahaman ini dibuat dalam rangkap 2 (dua).",
    "Samarinda, 12 Januari 2024",
    "PIHAK KESATU,",
    "PENJABAT GUBERNUR KALIMANTAN TIMUR,",
    "ttd",
    "Dr. H. AKMAL MALIK, M.Si.",
    "PIHAK KEDUA,",
    "REKTOR UNIVERSITAS MULAWARMAN,",
    "Prof. Dr. Ir. H. ABDUNNUR, M.Si., IPU",
};

TEST(AgreementStructureTest, ReadsALabelledMemorandum) {
    model::Document doc = parse_agreement(kLabelledMou, "mou.pdf");
    EXPECT_EQ(doc.type, DocumentType::NotaKesepahaman);
    EXPECT_EQ(doc.title,
              "NOTA KESEPAHAMAN ANTARA PEMERINTAH PROVINSI KALIMANTAN TIMUR DAN UNIVERSITAS "
              "MULAWARMAN TENTANG PENGEMBANGAN SUMBER DAYA MANUSIA");
    ASSERT_EQ(doc.numbers.size(), 2u);
    EXPECT_EQ(doc.numbers[0].number, "120/1234/B.Pem/2024");
    EXPECT_EQ(doc.numbers[0].party, "PIHAK KESATU");
    EXPECT_EQ(doc.numbers[1].number, "050/45/UN17/2024");
    EXPECT_EQ(doc.numbers[1].party, "PIHAK KEDUA");

    ASSERT_EQ(doc.parties.size(), 2u);
    EXPECT_EQ(doc.parties[0].role, "PIHAK KESATU");
    EXPECT_EQ(doc.parties[0].institution, "Pemerintah Provinsi Kalimantan Timur");
    EXPECT_EQ(doc.parties[0].represented_by, "Dr. H. AKMAL MALIK, M.Si.");
    EXPECT_EQ(doc.parties[0].position, "Penjabat Gubernur Kalimantan Timur");
    EXPECT_EQ(doc.parties[1].institution, "Universitas Mulawarman");
    EXPECT_EQ(doc.parties[1].represented_by, "Prof. Dr. Ir. H. ABDUNNUR, M.Si., IPU");
    EXPECT_EQ(doc.parties[1].position, "Rektor");

    EXPECT_EQ(doc.date, "2024-01-12");
    EXPECT_EQ(doc.place, "Samarinda");
    EXPECT_EQ(doc.preamble.size(), 8u);
    EXPECT_EQ(doc.preamble.front().substr(0, 13), "Pada hari ini");

    ASSERT_EQ(doc.clauses.size(), 3u);
    EXPECT_EQ(doc.clauses[0].number, "1");
    EXPECT_EQ(doc.clauses[0].heading, "MAKSUD DAN TUJUAN");
    EXPECT_EQ(doc.clauses[0].chapter, "");
    ASSERT_EQ(doc.clauses[0].ayat.size(), 2u);
    EXPECT_EQ(doc.clauses[0].ayat[0].number, "1");
    EXPECT_EQ(doc.clauses[0].ayat[1].number, "2");
    EXPECT_EQ(doc.clauses[0].ayat[1].text,
              "Tujuan Nota Kesepahaman ini adalah meningkatkan kualitas sumber daya manusia, a. "
              "melalui pendidikan; b. melalui pelatihan.");
    EXPECT_EQ(doc.clauses[1].heading, "Jangka Waktu");
    ASSERT_EQ(doc.clauses[1].ayat.size(), 1u);
    EXPECT_EQ(doc.clauses[1].ayat[0].number, "");
    EXPECT_EQ(doc.clauses[2].heading, "Penutup");
    EXPECT_EQ(
        doc.closing,
        (std::vector<std::string>{"Demikian Nota Kesepahaman ini dibuat dalam rangkap 2 (dua)."}));

    ASSERT_EQ(doc.signatories.size(), 2u);
    EXPECT_EQ(doc.signatories[0].party_role, "PIHAK KESATU");
    EXPECT_EQ(doc.signatories[0].position, "PENJABAT GUBERNUR KALIMANTAN TIMUR");
    EXPECT_EQ(doc.signatories[0].name, "Dr. H. AKMAL MALIK, M.Si.");
    EXPECT_EQ(doc.signatories[0].institution, "Pemerintah Provinsi Kalimantan Timur");
    EXPECT_EQ(doc.signatories[1].name, "Prof. Dr. Ir. H. ABDUNNUR, M.Si., IPU");

    EXPECT_EQ(doc.validity.months, 60);
    EXPECT_EQ(doc.validity.text, "5 (lima) tahun");
    EXPECT_EQ(doc.validity.start, "2024-01-12");
    EXPECT_EQ(doc.validity.end, "2029-01-12");
}

// A PKS with BAB, the "diwakili oleh ... selaku" form, "Ditandatangani di ... pada tanggal".
const std::vector<std::string> kRepresentedPks = {
    "PERJANJIAN KERJA SAMA",
    "ANTARA DINAS PERINDUSTRIAN, PERDAGANGAN, KOPERASI, DAN UKM PROVINSI KALIMANTAN TIMUR DAN "
    "PT MAJU BERSAMA",
    "Dinas Perindustrian, Perdagangan, Koperasi, dan UKM Provinsi Kalimantan Timur, dalam hal ini "
    "diwakili oleh HERU SANTOSO selaku Kepala Dinas, selanjutnya disebut PIHAK PERTAMA;",
    "PT Maju Bersama, dalam hal ini diwakili oleh SITI AMINAH selaku Direktur Utama, "
    "berkedudukan di Balikpapan, selanjutnya disebut sebagai PIHAK KEDUA.",
    "BAB I",
    "KETENTUAN UMUM",
    "Pasal 1",
    "Pengertian",
    "Dalam Perjanjian ini yang dimaksud dengan Produk adalah barang hasil usaha mikro.",
    "BAB II RUANG LINGKUP",
    "Pasal 2",
    "Ruang Lingkup",
    "(1) Pemasaran produk.",
    "(2) Pelatihan pelaku usaha selama jangka waktu enam bulan.",
    "Pasal 2A",
    "(1) Ketentuan tambahan.",
    "Ditandatangani di Balikpapan pada tanggal 8 Mei 2025.",
    "PIHAK PERTAMA, PIHAK KEDUA,",
    "KEPALA DINAS, DIREKTUR UTAMA,",
    "HERU SANTOSO SITI AMINAH",
};

TEST(AgreementStructureTest, ReadsARepresentedCooperationAgreement) {
    model::Document doc = parse_agreement(kRepresentedPks, "pks.pdf");
    EXPECT_EQ(doc.type, DocumentType::PerjanjianKerjaSama);
    ASSERT_EQ(doc.parties.size(), 2u);
    EXPECT_EQ(doc.parties[0].role, "PIHAK PERTAMA");
    EXPECT_EQ(doc.parties[0].institution,
              "Dinas Perindustrian, Perdagangan, Koperasi, dan UKM Provinsi Kalimantan Timur");
    EXPECT_EQ(doc.parties[0].represented_by, "HERU SANTOSO");
    EXPECT_EQ(doc.parties[0].position, "Kepala Dinas");
    EXPECT_EQ(doc.parties[1].institution, "PT Maju Bersama");
    EXPECT_EQ(doc.parties[1].represented_by, "SITI AMINAH");
    EXPECT_EQ(doc.parties[1].position, "Direktur Utama");

    ASSERT_EQ(doc.clauses.size(), 3u);
    EXPECT_EQ(doc.clauses[0].chapter, "BAB I KETENTUAN UMUM");
    EXPECT_EQ(doc.clauses[0].heading, "Pengertian");
    EXPECT_EQ(doc.clauses[1].chapter, "BAB II RUANG LINGKUP");
    EXPECT_EQ(doc.clauses[1].ayat.size(), 2u);
    EXPECT_EQ(doc.clauses[2].number, "2A");
    EXPECT_EQ(doc.clauses[2].heading, "");

    EXPECT_EQ(doc.date, "2025-05-08");
    EXPECT_EQ(doc.place, "Balikpapan");
    EXPECT_EQ(doc.validity.months, 6);
    EXPECT_EQ(doc.validity.text, "enam bulan");
    EXPECT_EQ(doc.validity.end, "2025-11-08");
    EXPECT_TRUE(doc.closing.size() == 1);

    // Two roles on one line: the following lines are shared out column by column.
    ASSERT_EQ(doc.signatories.size(), 2u);
    EXPECT_EQ(doc.signatories[0].party_role, "PIHAK PERTAMA");
    EXPECT_EQ(doc.signatories[0].position, "KEPALA DINAS");
    EXPECT_EQ(doc.signatories[1].position, "DIREKTUR UTAMA");
    EXPECT_EQ(doc.signatories[1].name, "");
    EXPECT_EQ(doc.signatories[1].institution, "PT Maju Bersama");
}

TEST(AgreementStructureTest, ReadsTheNameCommaPositionForm) {
    const std::vector<std::string> paragraphs = {
        "KESEPAKATAN BERSAMA",
        "Pada hari ini Kamis tanggal 7 bulan Agustus tahun 2025, bertempat di Swiss-Belhotel "
        "Tarakan, Kota Tarakan, kami yang bertanda tangan di bawah ini:",
        "1. RUDY MAS'UD, Gubernur Kalimantan Timur, dalam hal ini bertindak dalam jabatannya untuk "
        "dan atas nama Pemerintah Provinsi Kalimantan Timur, selanjutnya disebut PIHAK KESATU;",
        "2. H. SENO AJI, Wakil Gubernur Kalimantan Timur, dalam hal ini bertindak untuk dan atas "
        "nama Gubernur berdasarkan Surat Kuasa, mewakili Pemerintah Provinsi Kalimantan Utara, "
        "selanjutnya disebut PIHAK KEDUA.",
        "Pasal 1",
        "Para Pihak sepakat bekerja sama.",
    };
    model::Document doc = parse_agreement(paragraphs, "kb.pdf");
    EXPECT_EQ(doc.type, DocumentType::KesepakatanBersama);
    EXPECT_EQ(doc.title, "KESEPAKATAN BERSAMA");
    EXPECT_EQ(doc.date, "2025-08-07");
    EXPECT_EQ(doc.place, "Tarakan");
    ASSERT_EQ(doc.parties.size(), 2u);
    EXPECT_EQ(doc.parties[0].represented_by, "RUDY MAS'UD");
    EXPECT_EQ(doc.parties[0].position, "Gubernur Kalimantan Timur");
    EXPECT_EQ(doc.parties[0].institution, "Pemerintah Provinsi Kalimantan Timur");
    EXPECT_EQ(doc.parties[1].represented_by, "H. SENO AJI");
    EXPECT_EQ(doc.parties[1].institution, "Pemerintah Provinsi Kalimantan Utara");
    ASSERT_EQ(doc.clauses.size(), 1u);
    EXPECT_EQ(doc.clauses[0].heading, "");
    EXPECT_EQ(doc.clauses[0].ayat.size(), 1u);
    EXPECT_FALSE(doc.validity.months.has_value());
    EXPECT_TRUE(doc.signatories.empty());
}

TEST(AgreementStructureTest, IsTolerantOfMissingParts) {
    model::Document doc = parse_agreement({"Surat biasa tanpa struktur apa pun."}, "x.pdf");
    EXPECT_EQ(doc.type, DocumentType::Other);
    EXPECT_TRUE(doc.title.empty());
    EXPECT_TRUE(doc.clauses.empty());
    EXPECT_EQ(doc.preamble.size(), 1u);

    doc = parse_agreement({"ADENDUM PERTAMA", "Pasal 1", "Diubah."}, "a.pdf");
    EXPECT_EQ(doc.type, DocumentType::Addendum);
    EXPECT_EQ(doc.clauses.size(), 1u);
    EXPECT_TRUE(doc.parties.empty());
    EXPECT_TRUE(doc.date.empty());
    EXPECT_TRUE(doc.validity.start.empty());
}

TEST(AgreementStructureTest, NoTextIsAnInputError) {
    EXPECT_THROW(parse_agreement({}, "empty.pdf"), InputError);
    EXPECT_THROW(parse_agreement({"", "  "}, "blank.pdf"), InputError);
}

struct TypeCase {
    const char* title;
    DocumentType type;
};

TEST(AgreementStructureTest, TellsTheTypeFromTheTitle) {
    const TypeCase cases[] = {
        {"NOTA KESEPAHAMAN ANTARA ...", DocumentType::NotaKesepahaman},
        {"Memorandum of Understanding", DocumentType::NotaKesepahaman},
        {"KESEPAKATAN  BERSAMA", DocumentType::KesepakatanBersama},
        {"PERJANJIAN KERJA SAMA", DocumentType::PerjanjianKerjaSama},
        {"Perjanjian Kerjasama", DocumentType::PerjanjianKerjaSama},
        {"ADENDUM I ATAS PERJANJIAN KERJA SAMA", DocumentType::Addendum},
        {"Addendum", DocumentType::Addendum},
        {"SURAT KEPUTUSAN", DocumentType::Other},
        {"", DocumentType::Other},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.title);
        EXPECT_EQ(agreement_type_from_title(c.title), c.type);
    }
}

TEST(AgreementStructureTest, RecognisesAgreements) {
    EXPECT_TRUE(looks_like_agreement({"NOTA KESEPAHAMAN", "ANTARA"}));
    EXPECT_TRUE(looks_like_agreement({"Judul", "Isi", "Pasal 1", "Isi pasal."}));
    EXPECT_FALSE(
        looks_like_agreement({"Misi Dagang Kaltim Jatim", "Berita tentang kesepakatan bersama."}));
    EXPECT_FALSE(looks_like_agreement({}));
}

}  // namespace
}  // namespace arsip::readers
