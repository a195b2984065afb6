#include "readers/pdf_converter.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "model/errors.h"
#include "readers/pdf_reader.h"
#include "xml/xml_reader.h"

namespace arsip::readers {
namespace {

namespace fs = std::filesystem;

// A fresh temporary directory per test, removed afterwards.
class PdfConverterTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("arsip_pdf_converter_" + std::to_string(::getpid()) + "_" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    fs::path write(const std::string& name, const std::string& content) {
        fs::path path = dir_ / name;
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }

    // Runs a command line built only from our own fixed paths (no user input).
    static bool run(const std::string& command) { return std::system(command.c_str()) == 0; }

    fs::path groff_pdf(const std::string& name, const std::string& ms) {
        fs::path source = write(name + ".ms", ms);
        fs::path pdf = dir_ / (name + ".pdf");
        if (!run("groff -ms -Tpdf '" + source.string() + "' > '" + pdf.string() + "' 2>/dev/null"))
            return {};
        return pdf;
    }

    fs::path dir_;
};

constexpr const char* kAgreementMs = R"(.TL
NOTA KESEPAHAMAN
.LP
Pada hari ini Senin tanggal dua belas bulan Januari tahun dua ribu dua puluh empat, kami yang
bertanda tangan di bawah ini:
.LP
1. RUDY MAS'UD, Gubernur Kalimantan Timur, dalam hal ini bertindak untuk dan atas nama
Pemerintah Provinsi Kalimantan Timur, selanjutnya disebut PIHAK KESATU;
.LP
Pasal 1
.LP
MAKSUD DAN TUJUAN
.LP
(1) Maksud Nota Kesepahaman ini adalah sebagai landasan kerja sama antar-OPD.
.LP
(2) Nota Kesepahaman ini berlaku untuk jangka waktu 5 (lima) tahun.
)";

TEST_F(PdfConverterTest, ConvertsAGroffPdfAndReadsIt) {
    fs::path pdf = groff_pdf("mou", kAgreementMs);
    if (pdf.empty()) GTEST_SKIP() << "groff -Tpdf not available";
    std::string xml = convert_pdf_to_xml(pdf);
    EXPECT_NE(xml.find("<pdf2xml"), std::string::npos);
    EXPECT_NE(xml.find("NOTA KESEPAHAMAN"), std::string::npos);

    xml::XmlReader reader;
    model::Document doc = read_pdf_text(reader.read_pdf2xml(xml, pdf.string()), pdf.string());
    EXPECT_EQ(doc.type, model::DocumentType::NotaKesepahaman);
    EXPECT_EQ(doc.date, "2024-01-12");
    ASSERT_EQ(doc.clauses.size(), 1u);
    EXPECT_EQ(doc.clauses[0].heading, "MAKSUD DAN TUJUAN");
    ASSERT_EQ(doc.clauses[0].ayat.size(), 2u);
    EXPECT_EQ(doc.validity.months, 60);
    ASSERT_EQ(doc.parties.size(), 1u);
    EXPECT_EQ(doc.parties[0].institution, "Pemerintah Provinsi Kalimantan Timur");
}

TEST_F(PdfConverterTest, FileNamesAreNotInterpretedByAShell) {
    fs::path pdf = groff_pdf("plain", ".LP\nIsi dokumen.\n");
    if (pdf.empty()) GTEST_SKIP() << "groff -Tpdf not available";
    fs::path odd = dir_ / "a b; touch pwned $(id).pdf";
    fs::copy_file(pdf, odd);
    std::string xml = convert_pdf_to_xml(odd);
    EXPECT_NE(xml.find("Isi dokumen."), std::string::npos);
    EXPECT_FALSE(fs::exists(dir_ / "pwned"));
    EXPECT_FALSE(fs::exists("pwned"));
}

TEST_F(PdfConverterTest, ABrokenFileIsAConversionError) {
    fs::path bad = write("bad.pdf", "this is not a PDF at all\n");
    try {
        convert_pdf_to_xml(bad);
        FAIL() << "expected ConversionError";
    } catch (const ConversionError& e) {
        EXPECT_EQ(e.file(), bad.string());
        EXPECT_NE(e.message().find("failed (exit"), std::string::npos) << e.message();
    }
}

TEST_F(PdfConverterTest, AMissingFileIsAConversionError) {
    EXPECT_THROW(convert_pdf_to_xml(dir_ / "nothing.pdf"), ConversionError);
}

TEST_F(PdfConverterTest, AMissingProgramIsAConversionError) {
    fs::path pdf = write("x.pdf", "%PDF-1.4\n");
    for (const char* program : {"arsip-no-such-pdftohtml", "/nonexistent/pdftohtml"}) {
        SCOPED_TRACE(program);
        PdfConverterOptions options;
        options.program = program;
        try {
            convert_pdf_to_xml(pdf, options);
            FAIL() << "expected ConversionError";
        } catch (const ConversionError& e) {
            EXPECT_NE(e.message().find("not found"), std::string::npos) << e.message();
        }
    }
}

TEST_F(PdfConverterTest, ASlowProgramIsKilledAtTheTimeOut) {
    fs::path slow = write("slow.sh", "#!/bin/sh\nexec sleep 30\n");
    fs::permissions(slow, fs::perms::owner_all);
    PdfConverterOptions options;
    options.program = slow.string();
    options.timeout = std::chrono::milliseconds(300);
    auto start = std::chrono::steady_clock::now();
    try {
        convert_pdf_to_xml(dir_ / "any.pdf", options);
        FAIL() << "expected ConversionError";
    } catch (const ConversionError& e) {
        EXPECT_NE(e.message().find("timed out"), std::string::npos) << e.message();
    }
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

TEST_F(PdfConverterTest, OutputWithoutTextIsAScannedPdf) {
    // A stand-in converter that writes pdf2xml with pages but no text, as for a scan.
    fs::path fake = write("fake.sh",
                          "#!/bin/sh\necho '<pdf2xml><page number=\"1\" height=\"10\" width=\"10\">"
                          "<text top=\"1\" left=\"1\" width=\"1\" height=\"1\" font=\"0\"> </text>"
                          "</page></pdf2xml>'\n");
    fs::permissions(fake, fs::perms::owner_all);
    PdfConverterOptions options;
    options.program = fake.string();
    try {
        convert_pdf_to_xml(dir_ / "scan.pdf", options);
        FAIL() << "expected ConversionError";
    } catch (const ConversionError& e) {
        EXPECT_EQ(e.message(), "no text layer (scanned PDF?)");
    }
}

TEST_F(PdfConverterTest, AGrandchildHoldingThePipeDoesNotHangTheCall) {
    // The script exits at once; its background child keeps stdout open for a while.
    fs::path script =
        write("forks.sh", "#!/bin/sh\n(sleep 3; echo late) &\necho '<text top=\"1\">x</text>'\n");
    fs::permissions(script, fs::perms::owner_all);
    PdfConverterOptions options;
    options.program = script.string();
    options.timeout = std::chrono::milliseconds(500);
    auto start = std::chrono::steady_clock::now();
    std::string xml = convert_pdf_to_xml(dir_ / "any.pdf", options);
    EXPECT_NE(xml.find(">x</text>"), std::string::npos);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(2500));
}

TEST_F(PdfConverterTest, TooMuchOutputIsAConversionError) {
    fs::path chatty = write("chatty.sh", "#!/bin/sh\nexec yes '<text>x</text>'\n");
    fs::permissions(chatty, fs::perms::owner_all);
    PdfConverterOptions options;
    options.program = chatty.string();
    options.max_output_bytes = 4096;
    try {
        convert_pdf_to_xml(dir_ / "big.pdf", options);
        FAIL() << "expected ConversionError";
    } catch (const ConversionError& e) {
        EXPECT_NE(e.message().find("exceeds 4096 bytes"), std::string::npos) << e.message();
    }
}

}  // namespace
}  // namespace arsip::readers
