#include "ingest/file_walker.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "temp_dir.h"

namespace arsip::ingest {
namespace {

namespace fs = std::filesystem;
using arsip::testing::TempDir;

void touch(const fs::path& path) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << "x";
}

std::vector<std::string> names(const std::vector<std::string>& files, const fs::path& base) {
    std::vector<std::string> out;
    for (const auto& f : files) out.push_back(fs::relative(f, base).string());
    return out;
}

TEST(FileWalkerTest, SupportedExtensions) {
    const struct {
        const char* name;
        bool supported;
    } cases[] = {{"a.xml", true}, {"b.PDF", true}, {"c.Txt", true}, {"d.docx", false},
                 {"e", false},    {"f.xml.bak", false}};
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(is_supported_file(c.name), c.supported);
    }
}

TEST(FileWalkerTest, FoldersGiveSortedSupportedVisibleFiles) {
    TempDir dir;
    touch(dir / "b/2.xml");
    touch(dir / "a/1.pdf");
    touch(dir / "a/notes.docx");
    touch(dir / ".hidden/3.xml");
    touch(dir / "a/.4.xml");
    touch(dir / "c.txt");
    const WalkResult result = walk_inputs({dir.path()});
    EXPECT_EQ(names(result.files, dir.path()), (std::vector<std::string>{"a/1.pdf", "b/2.xml", "c.txt"}));
    EXPECT_TRUE(result.problems.empty());
}

TEST(FileWalkerTest, FilesComeInPathOrderNotStringOrder) {
    TempDir dir;
    // As strings "a-b/1.xml" < "a/2.xml" ('-' < '/'); as paths folder "a" comes before "a-b".
    touch(dir / "a-b/1.xml");
    touch(dir / "a/2.xml");
    touch(dir / "a/b/3.xml");
    touch(dir / "a.xml");
    touch(dir / "a0/4.xml");
    const WalkResult result = walk_inputs({dir.path()});
    EXPECT_EQ(names(result.files, dir.path()),
              (std::vector<std::string>{"a/2.xml", "a/b/3.xml", "a-b/1.xml", "a.xml", "a0/4.xml"}));
    std::vector<fs::path> as_paths(result.files.begin(), result.files.end());
    EXPECT_TRUE(std::is_sorted(as_paths.begin(), as_paths.end()));
}

TEST(FileWalkerTest, NamedFilesAreTakenOnceWhateverTheirExtension) {
    TempDir dir;
    touch(dir / "notes.docx");
    touch(dir / "a.xml");
    const WalkResult result = walk_inputs({dir / "notes.docx", dir / "a.xml", dir.path()});
    EXPECT_EQ(names(result.files, dir.path()), (std::vector<std::string>{"notes.docx", "a.xml"}));
}

TEST(FileWalkerTest, AFileReachedTwiceIsTakenOnce) {
    TempDir dir;
    touch(dir / "a/1.xml");
    touch(dir / "a/b/2.xml");
    fs::create_symlink(dir / "a/1.xml", dir / "link.xml");
    fs::create_directory_symlink(dir / "a", dir / "alias");
    const std::vector<std::string> both{"a/1.xml", "a/b/2.xml"};
    const struct {
        const char* context;
        std::vector<fs::path> inputs;
        std::vector<std::string> files;  // relative to dir, links resolved
    } cases[] = {
        {"a folder, then a folder inside it", {dir / "a", dir / "a/b"}, both},
        {"a folder, then one of its files", {dir / "a", dir / "a/b/2.xml"}, both},
        {"a file, then its folder", {dir / "a/b/2.xml", dir / "a"}, {"a/b/2.xml", "a/1.xml"}},
        {"a folder, then the same with .. and a trailing slash", {dir / "a", dir.path() / "a/b/../"}, both},
        {"a link to a folder, then the folder", {dir / "alias", dir / "a"}, both},
        {"a folder with a link to one of its files (links to folders are not followed)", {dir.path()}, both},
        {"a link to a file, then its folder", {dir / "link.xml", dir / "a"}, {"a/1.xml", "a/b/2.xml"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.context);
        const WalkResult result = walk_inputs(c.inputs);
        EXPECT_EQ(names(result.files, dir.path()), c.files);
        EXPECT_TRUE(result.problems.empty());
    }
}

TEST(FileWalkerTest, MissingInputIsAProblemNotAnError) {
    TempDir dir;
    const WalkResult result = walk_inputs({dir / "missing.xml"});
    EXPECT_TRUE(result.files.empty());
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].reason, "no such file or folder");
}

}  // namespace
}  // namespace arsip::ingest
