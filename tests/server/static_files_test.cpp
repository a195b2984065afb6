#include "server/static_files.h"

#include <gtest/gtest.h>

#include <fstream>

#include "temp_dir.h"

namespace arsip::server {
namespace {

namespace fs = std::filesystem;
using arsip::testing::TempDir;

// root/web/{index.html, css/style.css, docs/index.html, .secret, link-out -> ../outside.txt,
// link-in -> css/style.css}, root/outside.txt, root/web2/x.txt
class StaticFilesTest : public ::testing::Test {
protected:
    void SetUp() override {
        fs::create_directories(web() / "css");
        fs::create_directories(web() / "docs");
        fs::create_directories(dir_ / "web2");
        std::ofstream(web() / "index.html") << "<p>home</p>";
        std::ofstream(web() / "css/style.css") << "body{}";
        std::ofstream(web() / "docs/index.html") << "<p>docs</p>";
        std::ofstream(web() / ".secret") << "secret";
        std::ofstream(dir_ / "outside.txt") << "outside";
        std::ofstream(dir_ / "web2/x.txt") << "sibling";
        fs::create_symlink(dir_ / "outside.txt", web() / "link-out");
        fs::create_symlink(dir_.path(), web() / "dir-out");
        fs::create_symlink("css/style.css", web() / "link-in");
    }

    fs::path web() const { return dir_ / "web"; }

    TempDir dir_;
};

TEST_F(StaticFilesTest, FindsFilesAndFolderIndexes) {
    const struct {
        std::vector<std::string> segments;
        const char* file;  // relative to web/
    } cases[] = {
        {{""}, "index.html"},
        {{"index.html"}, "index.html"},
        {{"css", "style.css"}, "css/style.css"},
        {{"docs"}, "docs/index.html"},
        {{"docs", ""}, "docs/index.html"},
        {{"link-in"}, "css/style.css"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.file);
        const StaticFile found = resolve_static_file(web(), c.segments);
        ASSERT_EQ(found.lookup, StaticLookup::Found);
        EXPECT_EQ(found.file, fs::canonical(web() / c.file));
    }
}

TEST_F(StaticFilesTest, NeverLeavesTheRoot) {
    const struct {
        std::vector<std::string> segments;
        StaticLookup lookup;
    } cases[] = {
        {{"..", "outside.txt"}, StaticLookup::Refused},
        {{"css", "..", "..", "outside.txt"}, StaticLookup::Refused},
        {{".", "index.html"}, StaticLookup::Refused},
        {{"../outside.txt"}, StaticLookup::Refused},  // "..%2foutside.txt" decoded
        {{"..\\outside.txt"}, StaticLookup::Refused},
        {{"", "etc", "passwd"}, StaticLookup::Refused},  // "//etc/passwd"
        {{"/etc/passwd"}, StaticLookup::Refused},        // "/%2fetc%2fpasswd"
        {{"css", "", "style.css"}, StaticLookup::Refused},
        {{"link-out"}, StaticLookup::Missing},  // a link out of the root
        {{"dir-out", "outside.txt"}, StaticLookup::Missing},
        {{"dir-out", "web2", "x.txt"}, StaticLookup::Missing},
        {{".secret"}, StaticLookup::Missing},
        {{"nothing.html"}, StaticLookup::Missing},
        {{"css"}, StaticLookup::Missing},  // a folder without index.html
        {{"index.html", "x"}, StaticLookup::Missing},
    };
    for (const auto& c : cases) {
        std::string path;
        for (const auto& s : c.segments) path += "/" + s;
        SCOPED_TRACE(path);
        EXPECT_EQ(resolve_static_file(web(), c.segments).lookup, c.lookup);
    }
}

TEST_F(StaticFilesTest, RefusalsSayWhy) {
    const StaticFile refused = resolve_static_file(web(), {"..", "x"});
    EXPECT_EQ(refused.reason.rfind("path: ", 0), 0u) << refused.reason;
}

TEST_F(StaticFilesTest, AMissingRootFindsNothing) {
    EXPECT_EQ(resolve_static_file(dir_ / "no-such-web", {""}).lookup, StaticLookup::Missing);
}

TEST(StaticFilesContentTypeTest, KnowsTheWebTypes) {
    const struct {
        const char* file;
        const char* type;
    } cases[] = {
        {"index.html", "text/html; charset=utf-8"},
        {"app.JS", "text/javascript; charset=utf-8"},
        {"style.css", "text/css; charset=utf-8"},
        {"data.json", "application/json; charset=utf-8"},
        {"logo.svg", "image/svg+xml"},
        {"photo.png", "image/png"},
        {"favicon.ico", "image/x-icon"},
        {"archive.bin", "application/octet-stream"},
        {"README", "application/octet-stream"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.file);
        EXPECT_EQ(content_type_for(c.file), c.type);
    }
}

}  // namespace
}  // namespace arsip::server
