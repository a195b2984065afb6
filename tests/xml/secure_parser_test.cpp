// Secure parsing: hostile, broken and non-UTF-8 input is refused with the right exception, a
// message naming the file (and line), nothing printed, and nothing read from outside the input.
#include <gtest/gtest.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "model/errors.h"
#include "xml/xml_reader.h"
#include "xml/xml_test_util.h"

namespace arsip::xml {
namespace {

using testing::fixture;
using testing::read_bytes;
using testing::replace_once;
using testing::source_file;
using testing::TempDir;
using testing::write_bytes;

enum class Expect { Input, Hostile, Schema };

const char* name_of(Expect expect) {
    switch (expect) {
        case Expect::Input:
            return "InputError";
        case Expect::Hostile:
            return "HostileInputError";
        case Expect::Schema:
            return "SchemaError";
    }
    return "?";
}

// Runs `call`, which must throw exactly the `expect` kind of InputError; returns the error's
// what() ("" when the check failed) and appends anything printed to stdout/stderr to `printed`.
std::string expect_refused(const std::function<void()>& call, Expect expect, std::string& printed) {
    ::testing::internal::CaptureStdout();
    ::testing::internal::CaptureStderr();
    std::string what;
    try {
        call();
        ADD_FAILURE() << "accepted; expected " << name_of(expect);
    } catch (const SchemaError& e) {
        EXPECT_EQ(expect, Expect::Schema) << e.what();
        what = e.what();
    } catch (const HostileInputError& e) {
        EXPECT_EQ(expect, Expect::Hostile) << e.what();
        what = e.what();
    } catch (const InputError& e) {
        EXPECT_EQ(expect, Expect::Input) << e.what();
        what = e.what();
    } catch (const std::exception& e) {
        ADD_FAILURE() << "unexpected exception: " << e.what();
    }
    printed += ::testing::internal::GetCapturedStdout();
    printed += ::testing::internal::GetCapturedStderr();
    return what;
}

// The hostile fixtures, through every entry point. Schema errors only come from
// read_document; sniff and read_pdf2xml stop earlier (or at the root) for not_schema.xml.
TEST(SecureParserTest, HostileFixturesAreRefused) {
    struct Case {
        const char* file;
        Expect expect;
        int line;
        const char* message_part;
    };
    const Case cases[] = {
        {"xxe.xml", Expect::Hostile, 5,
         "declaration of external entity 'xxe' refused: entity declarations are not allowed"},
        {"billion_laughs.xml", Expect::Hostile, 5, "declaration of internal entity 'lol' refused"},
        {"truncated.xml", Expect::Input, 8, "Premature end of data in tag p"},
        {"latin1.xml", Expect::Input, 3, "byte 0xE9 is not valid UTF-8; files must be UTF-8"},
        {"not_schema.xml", Expect::Schema, 4, "Element 'source': This element is not expected"},
        {"deep.xml", Expect::Hostile, 131, "element <x> nested deeper than 128 levels"},
        {"external_dtd.xml", Expect::Hostile, 4,
         "external DTD SYSTEM \"file:///etc/passwd\" refused"},
    };
    XmlReader reader;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.file);
        const std::string bytes = read_bytes(fixture(std::string("hostile/") + c.file));
        std::string printed;
        const std::string what =
            expect_refused([&] { reader.read_document(bytes, c.file); }, c.expect, printed);
        EXPECT_EQ(what.rfind(std::string(c.file) + ":" + std::to_string(c.line) + ": ", 0), 0u)
            << what;
        EXPECT_NE(what.find(c.message_part), std::string::npos) << what;
        EXPECT_EQ(what.find('\n'), std::string::npos) << what;

        if (c.expect != Expect::Schema) {
            const std::string sniffed =
                expect_refused([&] { reader.sniff(bytes, c.file); }, c.expect, printed);
            EXPECT_EQ(sniffed, what);
            const std::string as_pdf =
                expect_refused([&] { reader.read_pdf2xml(bytes, c.file); }, c.expect, printed);
            EXPECT_EQ(as_pdf, what);
        }
        EXPECT_EQ(printed, "") << "libxml2 printed something";
        // Nothing from /etc/passwd, ever.
        EXPECT_EQ(what.find("root:"), std::string::npos);
        EXPECT_EQ(printed.find("root:"), std::string::npos);
    }
}

constexpr const char* kMarker = "ARSIP-SECRET-7f3a9c2e";

// Watches a directory for any file being opened while it lives.
class OpenWatch {
public:
    explicit OpenWatch(const std::filesystem::path& dir) : fd_(inotify_init1(IN_NONBLOCK)) {
        EXPECT_GE(fd_, 0);
        EXPECT_GE(inotify_add_watch(fd_, dir.c_str(), IN_OPEN | IN_ACCESS), 0);
    }
    ~OpenWatch() { close(fd_); }
    OpenWatch(const OpenWatch&) = delete;
    OpenWatch& operator=(const OpenWatch&) = delete;
    bool anything_opened() const {
        char buffer[4096];
        return read(fd_, buffer, sizeof buffer) > 0;
    }

private:
    int fd_;
};

// External entities, parameter entities, external DTDs, XInclude and schema hints all point
// at secret files in a temporary directory; none of them may be opened, and the marker they
// hold must appear in no result, error or output.
TEST(SecureParserTest, NothingOutsideTheInputIsEverRead) {
    TempDir dir;
    const std::string secret = (dir.path() / "secret.txt").string();
    const std::string secret_dtd = (dir.path() / "secret.dtd").string();
    write_bytes(secret, std::string(kMarker) + "\n");
    write_bytes(secret_dtd, std::string("<!ENTITY leak \"") + kMarker + "\">\n");
    write_bytes(dir.path() / "pdf2xml.dtd", std::string("<!ENTITY leak \"") + kMarker + "\">\n");

    const std::string article = read_bytes(source_file("schemas/examples/article.xml"));
    const std::string title =
        "Pemprov Kaltim dan Pemprov Jatim Teken Nota Kesepahaman Kerja Sama Pembangunan";
    auto with_doctype = [&](const std::string& doctype, const std::string& new_title) {
        std::string xml = replace_once(article, "<article id=", doctype + "\n<article id=");
        return replace_once(xml, title, new_title);
    };

    struct Case {
        const char* what;
        std::string xml;
        Expect expect;
    };
    const std::vector<Case> cases = {
        {"external entity, absolute file URL",
         with_doctype("<!DOCTYPE article [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]>",
                      "&xxe;"),
         Expect::Hostile},
        {"external entity, plain path",
         with_doctype("<!DOCTYPE article [<!ENTITY xxe SYSTEM \"" + secret + "\">]>", "&xxe;"),
         Expect::Hostile},
        {"external entity, relative to the file name",
         with_doctype("<!DOCTYPE article [<!ENTITY xxe SYSTEM \"secret.txt\">]>", "&xxe;"),
         Expect::Hostile},
        {"external entity over the network",
         with_doctype("<!DOCTYPE article [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/x\">]>",
                      "&xxe;"),
         Expect::Hostile},
        {"parameter entity",
         with_doctype("<!DOCTYPE article [<!ENTITY % p SYSTEM \"file://" + secret_dtd + "\"> %p;]>",
                      "&leak;"),
         Expect::Hostile},
        {"external DTD",
         with_doctype("<!DOCTYPE article SYSTEM \"file://" + secret_dtd + "\">", "&leak;"),
         Expect::Hostile},
        {"external DTD, public id",
         with_doctype("<!DOCTYPE article PUBLIC \"-//X//Y\" \"secret.dtd\">", "&leak;"),
         Expect::Hostile},
        {"pdf2xml.dtd on an article",
         with_doctype("<!DOCTYPE article SYSTEM \"pdf2xml.dtd\">", "&leak;"), Expect::Hostile},
        {"unparsed entity",
         with_doctype("<!DOCTYPE article [<!NOTATION n SYSTEM \"x\"><!ENTITY u SYSTEM \"" + secret +
                          "\" NDATA n>]>",
                      "Judul"),
         Expect::Hostile},
        {"XInclude",
         with_doctype("", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" +
                              secret + "\" parse=\"text\"/>"),
         Expect::Schema},
        {"pdf2xml DTD is not loaded",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE pdf2xml SYSTEM \"pdf2xml.dtd\">\n"
         "<pdf2xml><page number=\"1\"><text>&leak;</text></page></pdf2xml>\n",
         Expect::Input},
    };

    XmlReader reader;
    const std::string name = (dir.path() / "doc.xml").string();
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        OpenWatch watch(dir.path());
        std::string printed;
        std::vector<std::string> errors;
        errors.push_back(
            expect_refused([&] { reader.read_document(c.xml, name); }, c.expect, printed));
        if (c.expect != Expect::Schema) {
            errors.push_back(expect_refused([&] { reader.sniff(c.xml, name); }, c.expect, printed));
            errors.push_back(
                expect_refused([&] { reader.read_pdf2xml(c.xml, name); }, c.expect, printed));
        }
        for (const std::string& error : errors) {
            EXPECT_EQ(error.rfind(name + ":", 0), 0u) << error;
            EXPECT_EQ(error.find(kMarker), std::string::npos) << error;
        }
        EXPECT_EQ(printed.find(kMarker), std::string::npos);
        EXPECT_EQ(printed, "");
        EXPECT_FALSE(watch.anything_opened()) << "a file in the secret directory was opened";
    }
}

// The schema hint attributes are allowed by XSD on any element; validation must ignore them.
TEST(SecureParserTest, SchemaLocationHintsAreIgnored) {
    TempDir dir;
    const std::string secret_xsd = (dir.path() / "secret.xsd").string();
    write_bytes(secret_xsd, std::string("<oops>") + kMarker + "</oops>");
    const std::string xml =
        replace_once(read_bytes(source_file("schemas/examples/article.xml")), "<article id=",
                     "<article xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                     "xsi:noNamespaceSchemaLocation=\"file://" +
                         secret_xsd + "\" id=");
    XmlReader reader;
    OpenWatch watch(dir.path());
    const model::Document doc = reader.read_document(xml, "a.xml");
    EXPECT_EQ(doc.id, "seputar-ikn-2025-05-08-mou-kaltim-jatim");
    EXPECT_FALSE(watch.anything_opened());
}

// A pdf2xml.dtd beside the file is never read, even a broken one.
TEST(SecureParserTest, PopplerDoctypeIsAcceptedWithoutLoading) {
    TempDir dir;
    write_bytes(dir.path() / "pdf2xml.dtd", "<!ELEMENT broken");
    XmlReader reader;
    OpenWatch watch(dir.path());
    const readers::PdfText pdf = reader.read_pdf2xml(read_bytes(fixture("xml/pdf2xml_sample.xml")),
                                                     (dir.path() / "sample.xml").string());
    EXPECT_EQ(pdf.pages.size(), 2u);
    EXPECT_FALSE(watch.anything_opened());
}

// DTD declarations other than entities are tolerated, but their attribute defaults never
// reach the document: the article still misses its id.
TEST(SecureParserTest, DtdAttributeDefaultsAreNotApplied) {
    std::string xml = read_bytes(source_file("schemas/examples/article.xml"));
    xml = replace_once(xml, "<article id=\"seputar-ikn-2025-05-08-mou-kaltim-jatim\">",
                       "<!DOCTYPE article [<!ATTLIST article id CDATA \"dari-dtd\">]>\n<article>");
    XmlReader reader;
    try {
        reader.read_document(xml, "a.xml");
        FAIL() << "accepted";
    } catch (const SchemaError& e) {
        EXPECT_NE(e.message().find("The attribute 'id' is required but missing"), std::string::npos)
            << e.what();
    }
}

TEST(SecureParserTest, LimitsAreConfigurable) {
    const std::string article = read_bytes(source_file("schemas/examples/article.xml"));
    {
        XmlReaderOptions options;
        options.max_bytes = 100;
        XmlReader reader(options);
        try {
            reader.sniff(article, "a.xml");
            FAIL() << "accepted";
        } catch (const HostileInputError& e) {
            EXPECT_EQ(std::string(e.what()), "a.xml: file is " + std::to_string(article.size()) +
                                                 " bytes, over the limit of 100 bytes");
            EXPECT_EQ(e.line(), 0);
        }
    }
    {
        XmlReaderOptions options;
        options.max_depth = 3;  // article > body > p
        EXPECT_EQ(XmlReader(options).read_document(article, "a.xml").paragraphs.size(), 4u);
        options.max_depth = 2;
        XmlReader reader(options);
        try {
            reader.read_document(article, "a.xml");
            FAIL() << "accepted";
        } catch (const HostileInputError& e) {
            EXPECT_EQ(e.line(), testing::line_of(article, "    <author>"));
            EXPECT_EQ(e.message(), "element <author> nested deeper than 2 levels");
        }
    }
    XmlReaderOptions bad;
    bad.max_depth = 0;
    EXPECT_THROW(XmlReader reader(bad), Error);
}

TEST(SecureParserTest, OnlyUtf8IsAccepted) {
    struct Case {
        const char* what;
        std::string xml;
        int line;
        const char* message;
    };
    const Case cases[] = {
        {"declared latin-1, ASCII bytes",
         "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<article id=\"a\"/>", 1,
         "encoding \"ISO-8859-1\" is declared; files must be UTF-8"},
        {"declared windows-1252", "<?xml version='1.0' encoding='windows-1252'?><article/>", 1,
         "encoding \"windows-1252\" is declared; files must be UTF-8"},
        {"UTF-16 with BOM", std::string("\xFF\xFE<\0a\0/\0>\0", 10), 1,
         "byte 0xFF is not valid UTF-8; files must be UTF-8"},
        {"lone continuation byte", "<a>\n\nx\x80y</a>", 3, "byte 0x80 is not valid UTF-8"},
        {"overlong slash", "<a>\xC0\xAF</a>", 1, "byte 0xC0 is not valid UTF-8"},
        {"surrogate", "<a>\n\xED\xA0\x80</a>", 2, "byte 0xED is not valid UTF-8"},
        {"past U+10FFFF", "<a>\xF4\x90\x80\x80</a>", 1, "byte 0xF4 is not valid UTF-8"},
        {"truncated sequence", "<a>\xE2\x80", 1, "byte 0xE2 is not valid UTF-8"},
        {"NUL byte", std::string("<a>\0</a>", 8), 1, ""},
    };
    XmlReader reader;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        std::string printed;
        const std::string what =
            expect_refused([&] { reader.read_document(c.xml, "u.xml"); }, Expect::Input, printed);
        EXPECT_EQ(what.rfind("u.xml:" + std::to_string(c.line) + ": ", 0), 0u) << what;
        EXPECT_NE(what.find(c.message), std::string::npos) << what;
        EXPECT_EQ(printed, "");
    }
    // UTF-8 in any spelling, with or without a BOM, is fine.
    for (const char* xml : {"<?xml version=\"1.0\" encoding=\"utf-8\"?><article/>",
                            "<?xml version=\"1.0\" encoding=\"UTF8\"?><article/>",
                            "\xEF\xBB\xBF<article>café — Samarinda</article>"}) {
        SCOPED_TRACE(xml);
        EXPECT_EQ(reader.sniff(xml, "u.xml"), XmlKind::Article);
    }
}

TEST(SecureParserTest, MalformedXmlIsAnInputErrorWithLine) {
    struct Case {
        const char* xml;
        int line;
        const char* message;
    };
    const Case cases[] = {
        {"", 0, "file is empty"},
        {"<article>\n<title>x</judul>\n</article>", 2,
         "Opening and ending tag mismatch: title line 2 and judul"},
        {"<article>\n\n<p>&nbsp;</p></article>", 3, "Entity 'nbsp' not defined"},
        {"<article a=\"1\" a=\"2\"/>", 1, "Attribute a redefined"},
        {"<article/><article/>", 1, "Extra content at the end of the document"},
        {"<article>\n\x01</article>", 2, "PCDATA invalid Char value 1"},
    };
    XmlReader reader;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.xml);
        std::string printed;
        const std::string what =
            expect_refused([&] { reader.read_document(c.xml, "m.xml"); }, Expect::Input, printed);
        const std::string line = c.line > 0 ? ":" + std::to_string(c.line) : "";
        EXPECT_EQ(what, "m.xml" + line + ": " + c.message);
        EXPECT_EQ(printed, "");
    }
}

// libxml2's error channels are per thread; readers in parallel threads must each get their
// own errors and never print.
TEST(SecureParserTest, ParallelReadersKeepTheirErrorsApart) {
    const XmlReader reader;
    const std::string good = read_bytes(source_file("schemas/examples/agreement.xml"));
    const std::string hostile = read_bytes(fixture("hostile/xxe.xml"));
    const std::string broken = read_bytes(fixture("hostile/truncated.xml"));
    const std::string invalid = read_bytes(fixture("hostile/not_schema.xml"));
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 40; ++i) {
                try {
                    switch ((i + t) % 4) {
                        case 0:
                            if (reader.read_document(good, "g.xml").clauses.size() != 4) ++failures;
                            break;
                        case 1:
                            reader.read_document(hostile, "x.xml");
                            ++failures;
                            break;
                        case 2:
                            reader.read_document(broken, "t.xml");
                            ++failures;
                            break;
                        case 3:
                            reader.read_document(invalid, "n.xml");
                            ++failures;
                            break;
                    }
                } catch (const SchemaError& e) {
                    if (e.file() != "n.xml" || e.line() != 4) ++failures;
                } catch (const HostileInputError& e) {
                    if (e.file() != "x.xml" || e.line() != 5) ++failures;
                } catch (const InputError& e) {
                    if (e.file() != "t.xml" || e.line() != 8) ++failures;
                }
            }
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(failures.load(), 0);
}

}  // namespace
}  // namespace arsip::xml
