// The sample corpus (data/corpus) indexed the way arsip-index does it (entity extraction on),
// and what the index tests read straight from the Xapian database to check the searcher against:
// the documents each facet term is on.
#pragma once

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "entities/entity_extractor.h"
#include "index/index_writer.h"
#include "index/schema.h"
#include "ingest/document_loader.h"
#include "ingest/ingester.h"
#include "temp_dir.h"
#include "test_analysis.h"

namespace arsip::testing {

// `options`: the ingest's (jobs 1: every document followed by its clauses; sharded: every
// document, then every clause).
inline void index_corpus(const std::filesystem::path& db, const ingest::IngestOptions& options = {}) {
    const std::filesystem::path source = ARSIP_TEST_SOURCE_DIR;
    auto extractor = std::make_shared<const entities::EntityExtractor>(
        entities::EntityExtractor::load(source / "data", analysis().synonyms));
    ingest::DocumentLoader loader({}, extractor);
    index::IndexWriter writer(db, analysis());
    ingest::Ingester ingester(loader, writer, options);
    ingest::ProgressListener quiet;
    const auto summary = ingester.run({source / "data/corpus"}, quiet);
    for (const auto& file : summary.files) EXPECT_NE(file.status, ingest::FileStatus::Failed) << file.reason;
    ASSERT_GE(summary.indexed, 10u);
    ASSERT_EQ(summary.twins, 5u) << "each sample PDF is its XML's twin";
}

// A test suite over one index of the sample corpus, built once for the suite; dir_ is its folder.
class CorpusIndexTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        index_corpus(dir_->path());
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }

    static inline TempDir* dir_ = nullptr;
};

// Facet postings: for each facet (kFacets index), folded value -> ids (SearchHit::id: document
// ids and clause ids) of the Xapian documents carrying that value's term.
using FacetPostings = std::map<std::size_t, std::map<std::string, std::set<std::string>>>;

inline FacetPostings read_facet_postings(const std::filesystem::path& path) {
    Xapian::Database db(path.string());
    auto id_of = [&](Xapian::docid docid) {
        Xapian::TermIterator t = db.termlist_begin(docid);
        t.skip_to(std::string(index::schema::kId));
        const std::string term = *t;
        EXPECT_EQ(term.rfind(index::schema::kId, 0), 0u) << term;
        return term.substr(index::schema::kId.size());
    };
    FacetPostings out;
    for (std::size_t f = 0; f < index::schema::kFacets.size(); ++f) {
        const std::string prefix(index::schema::kFacets[f].prefix);
        for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
            std::string key = (*term).substr(prefix.size());
            if (!key.empty() && key[0] == ':') key.erase(0, 1);
            auto& ids = out[f][key];
            for (auto p = db.postlist_begin(*term); p != db.postlist_end(*term); ++p) ids.insert(id_of(*p));
        }
    }
    return out;
}

}  // namespace arsip::testing
