#include "xml/pdf2xml_reader.h"

#include "model/errors.h"
#include "xml/dom.h"
#include "xml/values.h"

namespace arsip::xml {
namespace {

class Pdf2XmlReader {
public:
    explicit Pdf2XmlReader(const std::string& name) : name_(name) {}

    readers::PdfText read(const xmlNode* root) {
        readers::PdfText out;
        for (const xmlNode* child : child_elements(root)) {
            if (is_element(child, "fontspec")) out.fonts.push_back(read_font(child));
            if (!is_element(child, "page")) continue;
            readers::PdfPage page;
            page.number = static_cast<int>(number(child, "number", 0));
            page.width = number(child, "width", 0);
            page.height = number(child, "height", 0);
            for (const xmlNode* item : child_elements(child)) {
                if (is_element(item, "fontspec")) out.fonts.push_back(read_font(item));
                if (is_element(item, "text")) page.runs.push_back(read_run(item));
            }
            out.pages.push_back(std::move(page));
        }
        if (out.pages.empty()) throw InputError(name_, line_of(root), "<pdf2xml> has no <page>");
        return out;
    }

private:
    double number(const xmlNode* node, const char* attr, double fallback) const {
        auto value = attribute(node, attr);
        if (!value) return fallback;
        auto parsed = parse_number(normalize_space(*value));
        if (!parsed) {
            throw InputError(name_, line_of(node),
                             std::string("attribute '") + attr + "' of <" + qualified_name(node) +
                                 "> is not a number: '" + *value + "'");
        }
        return *parsed;
    }

    readers::FontSpec read_font(const xmlNode* node) const {
        readers::FontSpec font;
        font.id = static_cast<int>(number(node, "id", -1));
        font.size = number(node, "size", 0);
        font.family = attribute_text(node, "family");
        return font;
    }

    readers::TextRun read_run(const xmlNode* node) const {
        readers::TextRun run;
        run.top = number(node, "top", 0);
        run.left = number(node, "left", 0);
        run.width = number(node, "width", 0);
        run.height = number(node, "height", 0);
        run.font = static_cast<int>(number(node, "font", -1));
        run.text = raw_text(node);
        std::size_t bold_chars = 0;
        count_bold(node, false, bold_chars);
        run.bold = bold_chars > 0 && bold_chars == non_space_chars(run.text);
        return run;
    }

    // Counts the non-space bytes of text that stand inside a <b>.
    static void count_bold(const xmlNode* node, bool inside_bold, std::size_t& count) {
        for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                if (inside_bold) count += non_space_chars(raw_text(child));
            } else if (child->type == XML_ELEMENT_NODE) {
                count_bold(child, inside_bold || is_element(child, "b"), count);
            }
        }
    }

    static std::size_t non_space_chars(const std::string& text) {
        std::size_t count = 0;
        for (char c : text) {
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') ++count;
        }
        return count;
    }

    const std::string& name_;
};

}  // namespace

readers::PdfText read_pdf2xml(const xmlNode* root, const std::string& name) {
    return Pdf2XmlReader(name).read(root);
}

}  // namespace arsip::xml
