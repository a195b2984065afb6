#include "readers/pdf_reader.h"

#include <gtest/gtest.h>

#include "model/errors.h"

namespace arsip::readers {
namespace {

TextRun run(double top, double left, double width, const char* text, int font = 0,
            bool bold = false) {
    TextRun r;
    r.top = top;
    r.left = left;
    r.width = width;
    r.height = font == 1 ? 16 : 12;
    r.font = font;
    r.bold = bold;
    r.text = text;
    return r;
}

PdfText one_page(std::vector<TextRun> runs) {
    PdfText text;
    text.fonts = {{0, 12, "Times"}, {1, 18, "Times"}};
    PdfPage page;
    page.number = 1;
    page.width = 600;
    page.height = 800;
    page.runs = std::move(runs);
    text.pages.push_back(std::move(page));
    return text;
}

TEST(PdfReaderTest, ReadsAnAgreement) {
    PdfText text = one_page({
        run(100, 200, 200, "PERJANJIAN KERJA SAMA", 1, true),
        run(160, 60, 480,
            "Pada hari ini Senin tanggal dua belas bulan Januari tahun dua ribu dua puluh"),
        run(176, 60, 200, "empat, bertempat di Samarinda."),
        run(220, 280, 40, "Pasal 1", 0, true),
        run(236, 250, 100, "Ruang Lingkup", 0, true),
        run(260, 60, 300, "Kerja sama meliputi pelatihan."),
    });
    model::Document doc = read_pdf_text(text, "pks.pdf", {model::SourceFormat::Pdf2Xml, {}});
    EXPECT_EQ(doc.type, model::DocumentType::PerjanjianKerjaSama);
    EXPECT_EQ(doc.format, model::SourceFormat::Pdf2Xml);
    EXPECT_EQ(doc.title, "PERJANJIAN KERJA SAMA");
    EXPECT_EQ(doc.date, "2024-01-12");
    EXPECT_EQ(doc.place, "Samarinda");
    ASSERT_EQ(doc.clauses.size(), 1u);
    EXPECT_EQ(doc.clauses[0].heading, "Ruang Lingkup");
    EXPECT_TRUE(doc.paragraphs.empty());
}

TEST(PdfReaderTest, ReadsAnOtherDocumentWithItsLargestLineAsTitle) {
    PdfText text = one_page({
        run(60, 60, 200, "Siaran Pers Nomor 12"),
        run(100, 150, 300, "Misi Dagang Kaltim Jatim", 1, true),
        run(160, 60, 480, "Transaksi mencapai Rp666 miliar."),
    });
    model::Document doc = read_pdf_text(text, "rilis.pdf");
    EXPECT_EQ(doc.type, model::DocumentType::Other);
    EXPECT_EQ(doc.format, model::SourceFormat::Pdf);
    EXPECT_EQ(doc.title, "Misi Dagang Kaltim Jatim");
    EXPECT_EQ(doc.paragraphs, (std::vector<std::string>{"Siaran Pers Nomor 12",
                                                        "Transaksi mencapai Rp666 miliar."}));
}

TEST(PdfReaderTest, NoTextIsAnInputError) {
    EXPECT_THROW(read_pdf_text(PdfText{}, "empty.pdf"), InputError);
    EXPECT_THROW(read_pdf_text(one_page({run(100, 60, 10, " ")}), "blank.pdf"), InputError);
}

}  // namespace
}  // namespace arsip::readers
