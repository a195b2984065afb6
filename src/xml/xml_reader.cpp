#include "xml/xml_reader.h"

#include <libxml/parser.h>

#include "model/errors.h"
#include "xml/agreement_reader.h"
#include "xml/article_reader.h"
#include "xml/dom.h"
#include "xml/libxml_handles.h"
#include "xml/pdf2xml_reader.h"
#include "xml/schema_validator.h"
#include "xml/secure_parser.h"
#include "xml/values.h"

namespace arsip::xml {
namespace {

std::optional<XmlKind> kind_of(const xmlNode* root) {
    if (is_element(root, "article")) return XmlKind::Article;
    if (is_element(root, "agreement")) return XmlKind::Agreement;
    if (is_element(root, "pdf2xml")) return XmlKind::Pdf2Xml;
    return std::nullopt;
}

}  // namespace

std::string_view to_string(XmlKind kind) {
    switch (kind) {
        case XmlKind::Article:
            return "article";
        case XmlKind::Agreement:
            return "agreement";
        case XmlKind::Pdf2Xml:
            return "pdf2xml";
    }
    return "article";
}

struct XmlReader::Impl {
    explicit Impl(XmlReaderOptions opts)
        : options(std::move(opts)),
          limits{options.max_bytes, options.max_depth},
          article_schema(options.schema_dir / "article.xsd"),
          agreement_schema(options.schema_dir / "agreement.xsd") {}

    // Parses safely and tells the kind of the root element.
    std::pair<DocPtr, XmlKind> parse(std::string_view bytes, const std::string& name) const {
        DocPtr doc = parse_secure(bytes, name, limits);
        const xmlNode* root = xmlDocGetRootElement(doc.get());
        auto kind = kind_of(root);
        if (!kind) {
            throw InputError(
                name, line_of(root),
                "root element <" + qualified_name(root) + "> is not article, agreement or pdf2xml");
        }
        return {std::move(doc), *kind};
    }

    // As parse, with the control characters XML forbids replaced first (pdftohtml output).
    std::pair<DocPtr, XmlKind> parse_tolerant(std::string_view bytes, const std::string& name) const {
        std::string tolerant(bytes);
        replace_xml_invalid_chars(tolerant);
        return parse(tolerant, name);
    }

    // An article or agreement: validated, then read; pdf2xml is refused.
    model::Document read_document(xmlDoc* doc, XmlKind kind, const std::string& name) const;

    XmlReaderOptions options;
    ParseLimits limits;
    SchemaValidator article_schema;
    SchemaValidator agreement_schema;
};

XmlReader::XmlReader(XmlReaderOptions options) {
    if (options.max_depth < 1) throw Error("XmlReaderOptions::max_depth must be at least 1");
    xmlInitParser();
    impl_ = std::make_unique<Impl>(std::move(options));
}

XmlReader::~XmlReader() = default;
XmlReader::XmlReader(XmlReader&&) noexcept = default;
XmlReader& XmlReader::operator=(XmlReader&&) noexcept = default;

XmlKind XmlReader::sniff(std::string_view bytes, const std::string& name) const {
    return impl_->parse_tolerant(bytes, name).second;
}

std::variant<model::Document, readers::PdfText> XmlReader::read(std::string_view bytes,
                                                                const std::string& name) const {
    std::pair<DocPtr, XmlKind> parsed;
    try {
        parsed = impl_->parse(bytes, name);
    } catch (const InputError&) {
        // pdftohtml output may hold characters XML forbids: read_pdf2xml tolerates them; an
        // article or agreement gets the error of its text as written.
        auto lenient = impl_->parse_tolerant(bytes, name);
        if (lenient.second != XmlKind::Pdf2Xml) throw;
        parsed = std::move(lenient);
    }
    if (parsed.second == XmlKind::Pdf2Xml) return xml::read_pdf2xml(xmlDocGetRootElement(parsed.first.get()), name);
    return impl_->read_document(parsed.first.get(), parsed.second, name);
}

model::Document XmlReader::read_document(std::string_view bytes, const std::string& name) const {
    auto [doc, kind] = impl_->parse(bytes, name);
    return impl_->read_document(doc.get(), kind, name);
}

model::Document XmlReader::Impl::read_document(xmlDoc* doc, XmlKind kind, const std::string& name) const {
    const xmlNode* root = xmlDocGetRootElement(doc);
    switch (kind) {
        case XmlKind::Article:
            article_schema.validate(doc, name);
            return read_article(root, name);
        case XmlKind::Agreement:
            agreement_schema.validate(doc, name);
            return read_agreement(root, name);
        case XmlKind::Pdf2Xml:
            break;
    }
    throw InputError(name, line_of(root),
                     "root element <pdf2xml> is pdftohtml output, not an article or agreement");
}

readers::PdfText XmlReader::read_pdf2xml(std::string_view bytes, const std::string& name) const {
    auto [doc, kind] = impl_->parse_tolerant(bytes, name);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (kind != XmlKind::Pdf2Xml) {
        throw InputError(name, line_of(root),
                         "root element <" + qualified_name(root) + "> is not pdf2xml");
    }
    return xml::read_pdf2xml(root, name);
}

}  // namespace arsip::xml
