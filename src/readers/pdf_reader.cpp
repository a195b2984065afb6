#include "readers/pdf_reader.h"

#include "model/errors.h"
#include "readers/agreement_structure.h"

namespace arsip::readers {

model::Document read_pdf_text(const PdfText& text, const std::string& name,
                              const PdfReaderOptions& options) {
    LaidOutText laid_out = lay_out(text, options.layout);
    if (laid_out.paragraphs.empty()) throw InputError(name, 0, "no text in the PDF");
    std::vector<std::string> paragraphs = laid_out.texts();

    model::Document doc;
    if (looks_like_agreement(paragraphs)) {
        doc = parse_agreement(paragraphs, name);
    } else {
        doc.type = model::DocumentType::Other;
        const int first_page = laid_out.paragraphs.front().page;
        std::size_t title = 0;
        for (std::size_t i = 0; i < laid_out.paragraphs.size(); ++i) {
            const LayoutParagraph& p = laid_out.paragraphs[i];
            if (p.page != first_page) break;
            if (p.font_size > laid_out.paragraphs[title].font_size + 0.5) title = i;
        }
        doc.title = paragraphs[title];
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            if (i != title) doc.paragraphs.push_back(paragraphs[i]);
        }
    }
    doc.format = options.format;
    return doc;
}

}  // namespace arsip::readers
