#include "model/document.h"

#include <gtest/gtest.h>

#include "model/errors.h"

namespace arsip::model {
namespace {

TEST(DocumentTypeTest, NamesRoundTrip) {
    const DocumentType all[] = {DocumentType::Article,          DocumentType::NotaKesepahaman,
                                DocumentType::KesepakatanBersama, DocumentType::PerjanjianKerjaSama,
                                DocumentType::Addendum,          DocumentType::Other};
    for (DocumentType type : all) {
        SCOPED_TRACE(std::string(to_string(type)));
        auto parsed = parse_document_type(to_string(type));
        ASSERT_TRUE(parsed.has_value());
        EXPECT_EQ(*parsed, type);
    }
}

TEST(DocumentTypeTest, UnknownNameIsRejected) {
    for (const char* name : {"", "mou", "Article", "nota kesepahaman"}) {
        SCOPED_TRACE(name);
        EXPECT_FALSE(parse_document_type(name).has_value());
    }
}

TEST(DocumentTypeTest, OnlyArticlesAreNotAgreements) {
    EXPECT_FALSE(is_agreement(DocumentType::Article));
    EXPECT_TRUE(is_agreement(DocumentType::Addendum));
    EXPECT_TRUE(is_agreement(DocumentType::NotaKesepahaman));
}

TEST(InputErrorTest, MessageNamesFileAndLine) {
    InputError with_line("data/a.xml", 12, "element title: missing");
    EXPECT_STREQ(with_line.what(), "data/a.xml:12: element title: missing");
    InputError without_line("data/b.pdf", 0, "pdftohtml timed out");
    EXPECT_STREQ(without_line.what(), "data/b.pdf: pdftohtml timed out");
    EXPECT_EQ(with_line.line(), 12);
}

}  // namespace
}  // namespace arsip::model
