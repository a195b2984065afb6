// One file -> one Document, whatever its format: article or agreement XML, pdftohtml -xml
// output, a PDF (converted with pdftohtml), or plain UTF-8 news text. Sets the provenance
// fields (source_path, format, content_hash) and, for formats without an id of their own, a
// stable id from the content hash. Throws arsip::InputError (or a subclass) naming the file.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>

#include "entities/entity_extractor.h"
#include "model/document.h"
#include "readers/pdf_converter.h"
#include "xml/xml_reader.h"

namespace arsip::ingest {

struct LoaderOptions {
    xml::XmlReaderOptions xml;
    readers::PdfConverterOptions pdf;
    std::size_t max_file_bytes = 256u << 20;  // larger files are refused before being read
};

// A file's bytes as read, with their content hash (lower-case hex SHA-256).
struct SourceFile {
    std::filesystem::path path;
    std::string bytes;
    std::string hash;
};

class DocumentLoader {
public:
    // With an extractor, every loaded document also gets its entities (entities/).
    explicit DocumentLoader(LoaderOptions options = {},
                            std::shared_ptr<const entities::EntityExtractor> extractor = nullptr);
    ~DocumentLoader();
    DocumentLoader(const DocumentLoader&) = delete;
    DocumentLoader& operator=(const DocumentLoader&) = delete;

    model::Document load(const std::filesystem::path& path) const;

    // load() in two steps: the file read and hashed (its type and size checked first), then
    // parsed or converted, and analysed. Both throw as load() does.
    SourceFile read(const std::filesystem::path& path) const;
    model::Document load(const SourceFile& file) const;

private:
    LoaderOptions options_;
    std::unique_ptr<xml::XmlReader> xml_;
    std::shared_ptr<const entities::EntityExtractor> extractor_;
};

}  // namespace arsip::ingest
