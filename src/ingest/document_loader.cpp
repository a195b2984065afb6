#include "ingest/document_loader.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <sstream>

#include "ingest/content_hash.h"
#include "model/errors.h"
#include "readers/pdf_reader.h"
#include "readers/text_reader.h"

namespace arsip::ingest {
namespace {

namespace fs = std::filesystem;

// Length of the content-hash part of an id made for a file that has none (64 bits of SHA-256).
constexpr std::size_t kHashIdLength = 16;

std::string lower_extension(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

std::string read_file(const fs::path& path, std::size_t limit) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) throw InputError(path.string(), 0, "cannot read: " + ec.message());
    if (size > limit) {
        throw HostileInputError(path.string(), 0,
                                "file is " + std::to_string(size) + " bytes, more than the limit of " +
                                    std::to_string(limit));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string(), 0, "cannot open for reading");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) throw InputError(path.string(), 0, "read error");
    return bytes.str();
}

}  // namespace

DocumentLoader::DocumentLoader(LoaderOptions options, std::shared_ptr<const entities::EntityExtractor> extractor)
    : options_(std::move(options)),
      xml_(std::make_unique<xml::XmlReader>(options_.xml)),
      extractor_(std::move(extractor)) {}

DocumentLoader::~DocumentLoader() = default;

model::Document DocumentLoader::load(const fs::path& path) const { return load(read(path)); }

SourceFile DocumentLoader::read(const fs::path& path) const {
    const std::string ext = lower_extension(path);
    if (ext != ".xml" && ext != ".pdf" && ext != ".txt") {
        throw InputError(path.string(), 0,
                         "unsupported file type '" + ext + "' (arsip-index reads .xml, .pdf and .txt)");
    }
    SourceFile file{path, read_file(path, options_.max_file_bytes), {}};
    file.hash = sha256_hex(file.bytes);
    return file;
}

model::Document DocumentLoader::load(const SourceFile& file) const {
    const fs::path& path = file.path;
    const std::string name = path.string();
    const std::string ext = lower_extension(path);
    const std::string& bytes = file.bytes;
    const std::string& hash = file.hash;

    model::Document document;
    std::string id_prefix;
    if (ext == ".xml") {
        auto read = xml_->read(bytes, name);
        if (auto* pdf = std::get_if<readers::PdfText>(&read)) {
            document = readers::read_pdf_text(*pdf, name, {.format = model::SourceFormat::Pdf2Xml, .layout = {}});
            id_prefix = "pdf-";
        } else {
            document = std::move(std::get<model::Document>(read));
        }
    } else if (ext == ".pdf") {
        const std::string pdf2xml = readers::convert_pdf_to_xml(path, options_.pdf);
        document = readers::read_pdf_text(xml_->read_pdf2xml(pdf2xml, name), name,
                                          {.format = model::SourceFormat::Pdf, .layout = {}});
        id_prefix = "pdf-";
    } else {
        document = readers::read_text(bytes, name);
        id_prefix = "txt-";
    }

    document.source_path = name;
    document.content_hash = hash;
    if (document.id.empty()) document.id = id_prefix + hash.substr(0, kHashIdLength);
    if (extractor_) extractor_->annotate(document);
    return document;
}

}  // namespace arsip::ingest
