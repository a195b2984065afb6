// Retrieval over the sample corpus (plus two short test texts in tests/fixtures/retrieval that
// use only "Kaltim" and only "kerjasama", forms no corpus document uses alone): a search for one
// form finds documents that only use another form of the same word or name. Which documents only use which form is computed from their text,
// so the test keeps checking the right thing when the corpus grows.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "index/index_writer.h"
#include "index/searcher.h"
#include "ingest/document_loader.h"
#include "ingest/ingester.h"
#include "temp_dir.h"
#include "test_analysis.h"
#include "text/words.h"

namespace arsip::index {
namespace {

namespace fs = std::filesystem;
using arsip::testing::TempDir;

std::string all_text(const model::Document& d) {
    std::string text = d.title + "\n" + d.summary + "\n";
    for (const auto& p : d.paragraphs) text += p + "\n";
    for (const auto& p : d.preamble) text += p + "\n";
    for (const auto& c : d.clauses) {
        text += "Pasal " + c.number + " " + c.heading + "\n";
        for (const auto& a : c.ayat) text += a.text + "\n";
    }
    for (const auto& p : d.closing) text += p + "\n";
    return text;
}

// True when the folded words of `text` contain the folded words of `phrase` in a row.
bool has_phrase(const std::vector<std::string>& words, const std::string& phrase) {
    const std::vector<std::string> needle = text::word_texts(phrase);
    return std::search(words.begin(), words.end(), needle.begin(), needle.end()) != words.end();
}

class RetrievalTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        ingest::DocumentLoader loader;
        IndexWriter writer(dir_->path(), arsip::testing::analysis());
        ingest::Ingester ingester(loader, writer);
        ingest::ProgressListener quiet;
        const auto summary = ingester.run({fs::path(ARSIP_TEST_SOURCE_DIR) / "data/corpus",
                                             fs::path(ARSIP_TEST_FIXTURES_DIR) / "retrieval"},
                                            quiet);
        ASSERT_EQ(summary.failed, 0u);
        for (const auto& file : summary.files) {
            if (file.status == ingest::FileStatus::Twin) continue;  // a sample PDF: its XML is indexed
            const model::Document d = loader.load(file.path);
            texts_->emplace(d.id, text::word_texts(all_text(d)));
        }
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
        texts_->clear();
    }

    static std::set<std::string> found(const std::string& query) {
        Searcher searcher(dir_->path(), arsip::testing::analysis());
        SearchRequest request;
        request.query = query;
        request.size = 100;
        std::set<std::string> ids;
        for (const auto& hit : searcher.search(request).hits) ids.insert(hit.id);
        return ids;
    }

    // Documents that use one of `forms` and none of `other_forms`.
    static std::set<std::string> only(const std::vector<std::string>& forms, const std::vector<std::string>& other_forms) {
        std::set<std::string> ids;
        for (const auto& [id, words] : *texts_) {
            const bool any = std::any_of(forms.begin(), forms.end(), [&](const auto& f) { return has_phrase(words, f); });
            const bool other = std::any_of(other_forms.begin(), other_forms.end(),
                                           [&](const auto& f) { return has_phrase(words, f); });
            if (any && !other) ids.insert(id);
        }
        return ids;
    }

    static TempDir* dir_;
    static std::map<std::string, std::vector<std::string>>* texts_;
};

TempDir* RetrievalTest::dir_ = nullptr;
std::map<std::string, std::vector<std::string>>* RetrievalTest::texts_ = new std::map<std::string, std::vector<std::string>>;

TEST_F(RetrievalTest, OneFormFindsDocumentsThatUseOnlyAnother) {
    const struct {
        std::string query;
        std::vector<std::string> other_forms;  // the documents use one of these...
        std::vector<std::string> query_forms;  // ...and none of these
    } cases[] = {
        {"tandatangan", {"penandatanganan", "ditandatangani", "menandatangani"}, {"tandatangan"}},
        {"Kalimantan Timur", {"Kaltim"}, {"Kalimantan Timur"}},
        {"Kaltim", {"Kalimantan Timur"}, {"Kaltim"}},
        {"kerja sama", {"kerjasama"}, {"kerja sama"}},
        {"nota kesepahaman", {"MoU"}, {"nota kesepahaman"}},
        {"kesepakatan", {"sepakat", "disepakati", "menyepakati"}, {"kesepakatan"}},
        {"perdagangan", {"dagang", "berdagang", "pedagang", "diperdagangkan"}, {"perdagangan"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.query);
        const std::set<std::string> expected = only(c.other_forms, c.query_forms);
        const std::set<std::string> hits = found(c.query);
        for (const auto& id : expected) EXPECT_TRUE(hits.count(id)) << id << " uses only another form";
    }
}

TEST_F(RetrievalTest, TheCorpusHasDocumentsForEachCase) {
    // Guards the test above against passing on an empty expectation.
    EXPECT_FALSE(only({"penandatanganan", "ditandatangani"}, {"tandatangan"}).empty());
    EXPECT_FALSE(only({"Kaltim"}, {"Kalimantan Timur"}).empty());
    EXPECT_FALSE(only({"kerjasama"}, {"kerja sama"}).empty());
}

TEST_F(RetrievalTest, TypoInTheCorpusGetsASuggestion) {
    Searcher searcher(dir_->path(), arsip::testing::analysis());
    SearchRequest request;
    request.query = "peovinsi";
    EXPECT_EQ(searcher.search(request).suggestion, "provinsi");
    request.query = "terget ekonomi";
    EXPECT_EQ(searcher.search(request).suggestion, "target ekonomi");
    request.query = "provinsi";
    EXPECT_EQ(searcher.search(request).suggestion, "");
    request.query = "DPRD";  // a known abbreviation, even where no document uses it
    EXPECT_EQ(searcher.search(request).suggestion, "");
}

}  // namespace
}  // namespace arsip::index
