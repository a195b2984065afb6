// Reads the project's XML formats into the Document model. The only public header of xml/:
// it does not expose libxml2.
//
// Every file is parsed with network access off, no entity substitution, no external DTD or
// entity loading, and limits on size and nesting depth; a document that declares entities is
// refused. Article and agreement XML are validated against schemas/article.xsd and
// schemas/agreement.xsd before they are read. Errors are arsip::InputError (or a subclass)
// whose what() is "file:line: message".
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "model/document.h"
#include "readers/pdf_page.h"

namespace arsip::xml {

// What an XML file is, told by its root element.
enum class XmlKind {
    Article,    // <article>
    Agreement,  // <agreement>
    Pdf2Xml,    // <pdf2xml> from poppler's pdftohtml -xml
};

// "article", "agreement", "pdf2xml".
std::string_view to_string(XmlKind kind);

struct XmlReaderOptions {
    // Holds article.xsd and agreement.xsd (and the common.xsd they include).
    std::filesystem::path schema_dir = ARSIP_DEFAULT_SCHEMA_DIR;
    std::size_t max_bytes = 64u << 20;  // larger files are refused before parsing
    int max_depth = 128;                // deeper element nesting is refused (at least 1)
};

// One reader can serve many threads at once: its methods are const and share only the
// compiled schemas, which libxml2 reads without changing.
class XmlReader {
public:
    // Loads and compiles the schemas once; throws arsip::Error when they cannot be loaded, or
    // when an option is out of range.
    explicit XmlReader(XmlReaderOptions options = {});
    ~XmlReader();
    XmlReader(const XmlReader&) = delete;
    XmlReader& operator=(const XmlReader&) = delete;
    XmlReader(XmlReader&&) noexcept;  // a moved-from reader may only be destroyed or assigned
    XmlReader& operator=(XmlReader&&) noexcept;

    // Parses `bytes` (the content of the file called `name`, used in messages) safely and tells
    // its kind; throws InputError for anything else. It parses the whole file (so a hostile or
    // broken file is refused here already) but does not validate against a schema. Like
    // read_pdf2xml, it tolerates the control characters XML forbids (read_document does not).
    XmlKind sniff(std::string_view bytes, const std::string& name) const;

    // Any of the three, parsed once when the file is well-formed as written: an article or
    // agreement is validated and read as read_document does, pdftohtml output as read_pdf2xml
    // does. The errors are theirs, or sniff's for a root of another kind.
    std::variant<model::Document, readers::PdfText> read(std::string_view bytes, const std::string& name) const;

    // Article or agreement XML: validates and reads. Sets format, but not source_path or
    // content_hash (the caller knows the file). Throws InputError / HostileInputError /
    // SchemaError.
    model::Document read_document(std::string_view bytes, const std::string& name) const;

    // pdftohtml -xml output: the positioned text runs, for readers/pdf_layout. Run text is kept
    // as written (not trimmed or collapsed), except that characters XML forbids, which poppler
    // passes through from broken font maps (U+0001..U+001F but tab/LF/CR, U+FFFE, U+FFFF), are
    // replaced by a space (U+FFFD for the last two) instead of failing the file. Throws
    // InputError / HostileInputError, including for a root other than <pdf2xml>.
    readers::PdfText read_pdf2xml(std::string_view bytes, const std::string& name) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace arsip::xml
