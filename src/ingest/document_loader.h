// One file -> one Document, whatever its format: article or agreement XML, pdftohtml -xml
// output, a PDF (converted with pdftohtml), or plain UTF-8 news text. Sets the provenance
// fields (source_path, format, content_hash) and, for formats without an id of their own, a
// stable id from the content hash. Throws arsip::InputError (or a subclass) naming the file.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>

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

class DocumentLoader {
public:
    // With an extractor, every loaded document also gets its entities (entities/).
    explicit DocumentLoader(LoaderOptions options = {},
                            std::shared_ptr<const entities::EntityExtractor> extractor = nullptr);
    ~DocumentLoader();
    DocumentLoader(const DocumentLoader&) = delete;
    DocumentLoader& operator=(const DocumentLoader&) = delete;

    model::Document load(const std::filesystem::path& path) const;

private:
    LoaderOptions options_;
    std::unique_ptr<xml::XmlReader> xml_;
    std::shared_ptr<const entities::EntityExtractor> extractor_;
};

}  // namespace arsip::ingest
