// Runs poppler's pdftohtml on a PDF and returns its XML (pdf2xml) output, for
// xml::XmlReader::read_pdf2xml. The program runs as a child process (Poco::Process, no shell:
// the file name is one argument) with a time limit and an output limit.
//
// Command: <program> -xml -i -nodrm -stdout <file>. "-q" is not passed so that poppler's error
// message can be reported; stderr is collected separately.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>

namespace arsip::readers {

struct PdfConverterOptions {
    std::string program = "pdftohtml";         // a name looked up in PATH, or a path
    std::chrono::milliseconds timeout{30000};  // the child is killed after this long
    std::size_t max_output_bytes = 64u << 20;  // more XML than this is an error
};

// Converts `pdf` and returns pdftohtml's XML. Throws ConversionError(pdf, 0, reason) when the
// program cannot be found or started, exits non-zero (reason holds the first line of its
// stderr), times out, writes more than max_output_bytes, or produces no text ("no text layer
// (scanned PDF?)").
std::string convert_pdf_to_xml(const std::filesystem::path& pdf,
                               const PdfConverterOptions& options = {});

}  // namespace arsip::readers
