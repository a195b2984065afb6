#include "model/document.h"

#include <array>
#include <utility>

namespace arsip::model {
namespace {

constexpr std::array<std::pair<DocumentType, std::string_view>, 6> kTypeNames{{
    {DocumentType::Article, "article"},
    {DocumentType::NotaKesepahaman, "nota-kesepahaman"},
    {DocumentType::KesepakatanBersama, "kesepakatan-bersama"},
    {DocumentType::PerjanjianKerjaSama, "perjanjian-kerja-sama"},
    {DocumentType::Addendum, "addendum"},
    {DocumentType::Other, "other"},
}};

}  // namespace

std::string_view to_string(DocumentType type) {
    for (const auto& [value, name] : kTypeNames) {
        if (value == type) return name;
    }
    return "other";
}

std::optional<DocumentType> parse_document_type(std::string_view name) {
    for (const auto& [value, type_name] : kTypeNames) {
        if (type_name == name) return value;
    }
    return std::nullopt;
}

bool is_agreement(DocumentType type) { return type != DocumentType::Article; }

std::string_view to_string(SourceFormat format) {
    switch (format) {
        case SourceFormat::ArticleXml: return "article-xml";
        case SourceFormat::AgreementXml: return "agreement-xml";
        case SourceFormat::Pdf2Xml: return "pdf2xml";
        case SourceFormat::Pdf: return "pdf";
        case SourceFormat::Text: return "text";
    }
    return "text";
}

}  // namespace arsip::model
