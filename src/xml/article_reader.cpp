#include "xml/article_reader.h"

#include "xml/dom.h"
#include "xml/values.h"

namespace arsip::xml {

model::Document read_article(const xmlNode* root, const std::string& name) {
    model::Document doc;
    doc.id = attribute_text(root, "id");
    doc.type = model::DocumentType::Article;
    doc.format = model::SourceFormat::ArticleXml;
    doc.title = child_text(root, "title");
    doc.source = child_text(root, "source");
    doc.url = child_text(root, "url");
    const xmlNode* published = first_child(root, "published");
    doc.published = text(published);
    doc.date = day_of(published, doc.published, name);
    for (const xmlNode* author : child_elements(first_child(root, "authors"), "author")) {
        doc.authors.push_back(text(author));
    }
    doc.place = child_text(root, "dateline");
    doc.language = child_text(root, "language");
    doc.summary = child_text(root, "summary");
    doc.tags = read_tags(root);
    doc.paragraphs = read_paragraphs(first_child(root, "body"));
    return doc;
}

}  // namespace arsip::xml
