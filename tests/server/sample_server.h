// A test suite base: the sample corpus (data/corpus) plus one plain-text news item with HTML in
// it, indexed once per test program run into a temporary folder, served in process, and loaded
// again by the brute-force oracle.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <memory>

#include "corpus_oracle.h"
#include "server_test_support.h"
#include "temp_dir.h"

namespace arsip::testing {

class SampleServerTest : public ::testing::Test {
public:
    static void SetUpTestSuite() {
        dir_ = std::make_unique<TempDir>();
        const std::filesystem::path extra = dir_->path() / "extra";
        std::filesystem::create_directories(extra);
        std::ofstream(extra / "html-news.txt")
            << "Uji <b>tebal</b> & tanda tangan\n"
            << "SAMARINDA – Para pihak menandatangani berkas <script>alert(1)</script> & lampiran "
               "di Samarinda pada 3 Maret 2025.\n";
        inputs_ = {kSourceDir / "data/corpus", extra / "html-news.txt"};
        index_files(db(), inputs_);
        oracle_ = std::make_unique<CorpusOracle>(*corpus_loader(), inputs_);
        server_ = std::make_unique<TestServer>(db());
    }

    static void TearDownTestSuite() {
        server_.reset();
        oracle_.reset();
        dir_.reset();
    }

protected:
    static std::filesystem::path db() { return dir_->path() / "index"; }
    static TestServer& server() { return *server_; }
    static const CorpusOracle& oracle() { return *oracle_; }
    static HttpReply get(const std::string& target) { return server_->get(target); }

    // The id of the extra plain-text document.
    static std::string html_news_id() {
        for (const auto& [id, doc] : oracle_->documents()) {
            if (doc.document.format == model::SourceFormat::Text) return id;
        }
        ADD_FAILURE() << "no text document in the oracle";
        return "";
    }

private:
    inline static std::unique_ptr<TempDir> dir_;
    inline static std::vector<std::filesystem::path> inputs_;
    inline static std::unique_ptr<CorpusOracle> oracle_;
    inline static std::unique_ptr<TestServer> server_;
};

}  // namespace arsip::testing
