#include "index/twins.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <xapian.h>

#include "index/analyzer.h"
#include "index/document_mapper.h"
#include "index/index_writer.h"
#include "index/schema.h"
#include "index_test_documents.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::index {
namespace {

// The sample MoU as its XML and as pdftohtml reads its PDF (data/corpus): the title in capitals.
model::Document mou(model::SourceFormat format) {
    model::Document d = arsip::testing::agreement(format == model::SourceFormat::AgreementXml ? "mou-1" : "pdf-1", 3);
    d.format = format;
    d.source_path = format == model::SourceFormat::AgreementXml ? "agreements/mou-1.xml" : "pdf/mou-1.pdf";
    d.date = "2025-06-10";
    d.title =
        "Nota Kesepahaman antara Universitas Mulawarman dan PT Pupuk Kalimantan Timur tentang Kerja Sama "
        "Pendidikan, Penelitian, dan Pengabdian kepada Masyarakat";
    return d;
}

TEST(TwinTermTest, TheSameAgreementFromTwoSourcesHasOneTerm) {
    const std::string xml = twin_term(mou(model::SourceFormat::AgreementXml));
    ASSERT_FALSE(xml.empty());
    EXPECT_TRUE(xml.starts_with(schema::kTwin));
    EXPECT_EQ(xml.size(), schema::kTwin.size() + 32);

    const struct {
        std::string context;
        void (*change)(model::Document&);
    } same[] = {
        {"the PDF's capitals", [](model::Document& d) {
             d.format = model::SourceFormat::Pdf;
             d.title = "NOTA KESEPAHAMAN ANTARA UNIVERSITAS MULAWARMAN DAN PT PUPUK KALIMANTAN TIMUR TENTANG KERJA SAMA "
                       "PENDIDIKAN, PENELITIAN, DAN PENGABDIAN KEPADA MASYARAKAT";
         }},
        {"line breaks and double spaces", [](model::Document& d) {
             d.title = "Nota  Kesepahaman antara\nUniversitas Mulawarman dan PT Pupuk Kalimantan Timur tentang Kerja "
                       "Sama Pendidikan, Penelitian, dan Pengabdian kepada Masyarakat";
         }},
        {"punctuation", [](model::Document& d) {
             d.title = "Nota Kesepahaman antara Universitas Mulawarman dan PT. Pupuk Kalimantan Timur tentang Kerja "
                       "Sama Pendidikan; Penelitian; dan Pengabdian kepada Masyarakat.";
         }},
        {"the parties in another order, one in capitals", [](model::Document& d) {
             std::swap(d.parties[0], d.parties[1]);
             d.parties[0].institution = "PT PUPUK KALIMANTAN TIMUR";
         }},
        {"another id, clauses and content", [](model::Document& d) {
             d.id = "pdf-2";
             d.clauses.pop_back();
             d.content_hash = "other";
         }},
    };
    for (const auto& c : same) {
        SCOPED_TRACE(c.context);
        model::Document d = mou(model::SourceFormat::AgreementXml);
        c.change(d);
        EXPECT_EQ(twin_term(d), xml);
    }
}

TEST(TwinTermTest, AnotherAgreementHasAnotherTermOrNone) {
    const std::string xml = twin_term(mou(model::SourceFormat::AgreementXml));
    const struct {
        std::string context;
        void (*change)(model::Document&);
        bool none;  // no twin term at all
    } cases[] = {
        {"another date", [](model::Document& d) { d.date = "2025-06-11"; }, false},
        {"another type", [](model::Document& d) { d.type = model::DocumentType::PerjanjianKerjaSama; }, false},
        {"another title", [](model::Document& d) { d.title += " Tahap II"; }, false},
        {"another party", [](model::Document& d) { d.parties[1].institution = "PT Pupuk Indonesia"; }, false},
        {"a party fewer", [](model::Document& d) { d.parties.pop_back(); }, false},
        {"no date", [](model::Document& d) { d.date.clear(); }, true},
        {"a date that is no date", [](model::Document& d) { d.date = "2025-6-10"; }, true},
        {"no title", [](model::Document& d) { d.title = " .,; "; }, true},
        {"an article", [](model::Document& d) { d.type = model::DocumentType::Article; }, true},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.context);
        model::Document d = mou(model::SourceFormat::AgreementXml);
        c.change(d);
        const std::string term = twin_term(d);
        if (c.none) {
            EXPECT_EQ(term, "");
        } else {
            EXPECT_NE(term, "");
            EXPECT_NE(term, xml);
        }
    }
}

TEST(TwinTermTest, ALongTitleStillMakesAShortTerm) {
    model::Document a = mou(model::SourceFormat::AgreementXml), b = a;
    a.title = std::string(2000, 'a') + " satu";
    b.title = std::string(2000, 'a') + " dua";
    EXPECT_EQ(twin_term(a).size(), schema::kTwin.size() + 32);
    EXPECT_NE(twin_term(a), twin_term(b)) << "the end of a long title counts";
}

TEST(SourceRankTest, TheArchivesOwnXmlFirstThenPdftohtmlThenPdfThenText) {
    using model::SourceFormat;
    const std::vector<SourceFormat> best_first{SourceFormat::AgreementXml, SourceFormat::Pdf2Xml, SourceFormat::Pdf,
                                               SourceFormat::Text};
    for (std::size_t i = 1; i < best_first.size(); ++i) {
        SCOPED_TRACE(std::string(model::to_string(best_first[i])));
        EXPECT_GT(source_rank(model::to_string(best_first[i - 1])), source_rank(model::to_string(best_first[i])));
    }
    EXPECT_EQ(source_rank(model::to_string(SourceFormat::AgreementXml)), kOwnSchemaRank);
    EXPECT_EQ(source_rank(model::to_string(SourceFormat::ArticleXml)), kOwnSchemaRank);
    EXPECT_EQ(source_rank("docx"), -1);
}

// The ids of the documents (not clauses) in the index at `path`, and how many clauses it holds.
struct Held {
    std::vector<std::string> ids;
    Xapian::doccount clauses = 0;
};

Held held(const std::filesystem::path& path) {
    const Xapian::Database db(path.string());
    Held out;
    const std::string documents = schema::term(schema::kKind, schema::kKindDocument);
    for (auto it = db.postlist_begin(documents); it != db.postlist_end(documents); ++it) {
        auto term = db.termlist_begin(*it);
        term.skip_to(std::string(schema::kId));
        out.ids.push_back((*term).substr(schema::kId.size()));
    }
    std::sort(out.ids.begin(), out.ids.end());
    out.clauses = db.get_termfreq(schema::term(schema::kKind, schema::kKindClause));
    return out;
}

model::Document pdf(std::string id, model::SourceFormat format = model::SourceFormat::Pdf) {
    model::Document d = mou(format);
    d.id = std::move(id);
    d.source_path = "pdf/" + d.id + ".pdf";
    d.content_hash = "hash-" + d.id;
    return d;
}

TEST(TwinsTest, AWorseTwinIsNotWrittenBesideABetterOne) {
    arsip::testing::TempDir dir;
    IndexWriter writer(dir.path(), arsip::testing::analysis());
    EXPECT_EQ(writer.write(mou(model::SourceFormat::AgreementXml)), WriteOutcome::Added);
    const struct {
        std::string context;
        model::Document document;
    } worse[] = {
        {"a PDF", pdf("pdf-1")},
        {"pdftohtml's XML", pdf("pdf2xml-1", model::SourceFormat::Pdf2Xml)},
        {"a text file", pdf("txt-1", model::SourceFormat::Text)},
    };
    for (const auto& c : worse) {
        SCOPED_TRACE(c.context);
        TwinNote note;
        EXPECT_EQ(writer.write(c.document, &note), WriteOutcome::Twin);
        EXPECT_EQ(note.id, c.document.id);
        EXPECT_EQ(note.source_path, c.document.source_path);
        EXPECT_EQ(note.kept_id, "mou-1");
        EXPECT_EQ(note.kept_source_path, "agreements/mou-1.xml");
    }
    EXPECT_TRUE(writer.resolve_twins().empty());
    writer.commit();
    const Held h = held(dir.path());
    EXPECT_EQ(h.ids, std::vector<std::string>{"mou-1"});
    EXPECT_EQ(h.clauses, 3u);
}

TEST(TwinsTest, ABetterTwinWrittenAfterTheWorseReplacesItWhenResolved) {
    arsip::testing::TempDir dir;
    {
        // The PDF in an earlier run.
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        writer.write(pdf("pdf-1"));
        writer.commit();
    }
    IndexWriter writer(dir.path(), arsip::testing::analysis());
    EXPECT_EQ(writer.write(mou(model::SourceFormat::AgreementXml)), WriteOutcome::Added);
    const auto removed = writer.resolve_twins();
    ASSERT_EQ(removed.size(), 1u);
    EXPECT_EQ(removed[0].id, "pdf-1");
    EXPECT_EQ(removed[0].source_path, "pdf/pdf-1.pdf");
    EXPECT_EQ(removed[0].kept_id, "mou-1");
    EXPECT_EQ(removed[0].kept_source_path, "agreements/mou-1.xml");
    writer.commit();
    Held h = held(dir.path());
    EXPECT_EQ(h.ids, std::vector<std::string>{"mou-1"});
    EXPECT_EQ(h.clauses, 3u) << "the PDF's clauses went with it";

    // The PDF again, in a later run: refused, the index as it was.
    TwinNote note;
    EXPECT_EQ(writer.write(pdf("pdf-1"), &note), WriteOutcome::Twin);
    EXPECT_EQ(note.kept_id, "mou-1");
    EXPECT_TRUE(writer.resolve_twins().empty());
    writer.commit();
    h = held(dir.path());
    EXPECT_EQ(h.ids, std::vector<std::string>{"mou-1"});
}

// The files a writer does not keep (refused, or removed when resolved) are listed by the next
// run's known_content with the document kept in their place, while it holds the twin term.
TEST(TwinsTest, KnownContentListsTheFilesNotKeptWhileTheirTwinIs) {
    arsip::testing::TempDir dir;
    const auto hashed = [](model::Document d, char digit) {
        d.content_hash = std::string(64, digit);
        return d;
    };
    model::Document xml = hashed(mou(model::SourceFormat::AgreementXml), 'a');
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        writer.write(hashed(pdf("pdf-2"), '2'));  // an earlier run's
        writer.commit();
    }
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        EXPECT_EQ(writer.write(xml), WriteOutcome::Added);
        TwinNote note;
        EXPECT_EQ(writer.write(hashed(pdf("pdf-1"), '1'), &note), WriteOutcome::Twin);
        EXPECT_EQ(note.kept_id, "mou-1") << "the better twin, not pdf-2, which is resolved away below";
        EXPECT_EQ(writer.resolve_twins().size(), 1u);
        writer.commit();
    }
    const std::string term = twin_term(xml);
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        const auto known = writer.known_content();
        ASSERT_NE(known, nullptr);
        const struct {
            char digit;
            std::string id, kept_id;
            const char* context;
        } cases[] = {
            {'a', "mou-1", "", "the agreement kept"},
            {'1', "pdf-1", "mou-1", "a twin refused"},
            {'2', "pdf-2", "mou-1", "a twin removed when the better one came"},
        };
        for (const auto& c : cases) {
            SCOPED_TRACE(c.context);
            const KnownContent::Entry* entry = known->find(std::string(64, c.digit));
            ASSERT_NE(entry, nullptr);
            EXPECT_EQ(entry->id, c.id);
            EXPECT_EQ(entry->kept_id, c.kept_id);
            EXPECT_EQ(entry->twin_term, c.kept_id.empty() ? "" : term);
            EXPECT_EQ(entry->kept_source_path, c.kept_id.empty() ? "" : "agreements/mou-1.xml");
        }
        EXPECT_TRUE(writer.keeps_twin("mou-1", term));
        // The agreement rewritten as another one: it vouches for no twin from then on.
        xml.title = "Nota Kesepahaman tentang Kerja Sama Lain";
        xml.content_hash = std::string(64, 'b');
        EXPECT_EQ(writer.write(xml), WriteOutcome::Replaced);
        EXPECT_FALSE(writer.keeps_twin("mou-1", term));
        EXPECT_FALSE(writer.keeps_twin("no-such-id", term));
        writer.commit();
    }
    IndexWriter writer(dir.path(), arsip::testing::analysis());
    const auto known = writer.known_content();
    ASSERT_NE(known, nullptr);
    EXPECT_EQ(known->find(std::string(64, '1')), nullptr);
    EXPECT_EQ(known->find(std::string(64, '2')), nullptr);
    EXPECT_EQ(known->size(), 1u) << "the agreement's new bytes only";
}

TEST(TwinsTest, OfTwinsFromEqualSourcesTheFirstWrittenStays) {
    arsip::testing::TempDir dir;
    IndexWriter writer(dir.path(), arsip::testing::analysis());
    EXPECT_EQ(writer.write(pdf("pdf-b")), WriteOutcome::Added);
    TwinNote note;
    EXPECT_EQ(writer.write(pdf("pdf-a"), &note), WriteOutcome::Twin);
    EXPECT_EQ(note.kept_id, "pdf-b");
    // Rewriting the one kept is no twin of itself.
    EXPECT_EQ(writer.write(pdf("pdf-b")), WriteOutcome::Unchanged);
    writer.commit();
    EXPECT_EQ(held(dir.path()).ids, std::vector<std::string>{"pdf-b"});
}

TEST(TwinsTest, TwoRecordsOfTheArchivesOwnXmlAreNeverTwins) {
    arsip::testing::TempDir dir;
    IndexWriter writer(dir.path(), arsip::testing::analysis());
    model::Document second = mou(model::SourceFormat::AgreementXml);
    second.id = "mou-2";
    second.content_hash = "hash-mou-2";
    EXPECT_EQ(writer.write(mou(model::SourceFormat::AgreementXml)), WriteOutcome::Added);
    EXPECT_EQ(writer.write(second), WriteOutcome::Added);
    // A PDF of them is a twin of the first.
    TwinNote note;
    EXPECT_EQ(writer.write(pdf("pdf-1"), &note), WriteOutcome::Twin);
    EXPECT_EQ(note.kept_id, "mou-1");
    EXPECT_TRUE(writer.resolve_twins().empty());
    writer.commit();
    EXPECT_EQ(held(dir.path()).ids, (std::vector<std::string>{"mou-1", "mou-2"}));
}

TEST(TwinsTest, TwinsInTwoShardsAreResolvedAfterTheMerge) {
    arsip::testing::TempDir dir;
    IndexWriter writer(dir.path(), arsip::testing::analysis());
    {
        auto first = writer.open_shard(0);
        auto second = writer.open_shard(1);
        first->write(pdf("pdf-1"));
        first->write(arsip::testing::article("a1", "Misi dagang", {"Isi."}));
        second->write(mou(model::SourceFormat::AgreementXml));
        first->commit();
        second->commit();
    }
    writer.merge_shards();
    const auto removed = writer.resolve_twins();
    ASSERT_EQ(removed.size(), 1u);
    EXPECT_EQ(removed[0].id, "pdf-1");
    EXPECT_EQ(removed[0].kept_id, "mou-1");
    writer.commit();
    const Held h = held(dir.path());
    EXPECT_EQ(h.ids, (std::vector<std::string>{"a1", "mou-1"}));
    EXPECT_EQ(h.clauses, 3u);
}

TEST(TwinsTest, AnIndexOfTheSchemaBeforeTwinsIsCurrentOnceItsTwinsAreGone) {
    arsip::testing::TempDir dir;
    {
        IndexWriter writer(dir.path(), arsip::testing::analysis());
        writer.write(mou(model::SourceFormat::AgreementXml));
        writer.commit();
    }
    {
        // The PDF written by hand the way schema 3 wrote it: no twin term.
        Xapian::WritableDatabase db(dir.path().string());
        Xapian::TermGenerator generator;
        MappedSet set = map_document(pdf("pdf-1"), generator, Analyzer(arsip::testing::analysis()));
        set.main.document.remove_term(twin_term(pdf("pdf-1")));
        db.add_document(set.main.document);
        for (const auto& clause : set.clauses) db.add_document(clause.document);
        db.set_metadata(std::string(schema::kSchemaVersionKey), "3");
        db.commit();
    }
    IndexWriter writer(dir.path(), arsip::testing::analysis());
    EXPECT_EQ(writer.write(mou(model::SourceFormat::AgreementXml)), WriteOutcome::Replaced);
    EXPECT_EQ(writer.write(pdf("pdf-1")), WriteOutcome::Twin);
    writer.commit();
    const Xapian::Database db(dir.path().string());
    EXPECT_EQ(db.get_metadata(std::string(schema::kSchemaVersionKey)), std::to_string(schema::kSchemaVersion))
        << "the PDF removed counts as rewritten";
    const Held h = held(dir.path());
    EXPECT_EQ(h.ids, std::vector<std::string>{"mou-1"});
    EXPECT_EQ(h.clauses, 3u);
}

}  // namespace
}  // namespace arsip::index
