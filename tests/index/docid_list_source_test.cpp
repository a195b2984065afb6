// A sorted docid list as a posting source: it walks and skips like the list it holds, and in a
// match it selects exactly its docids, with weight 0, whichever part of an AND leads.
#include "index/docid_list_source.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace arsip::index {
namespace {

using Q = Xapian::Query;
using Docids = std::vector<Xapian::docid>;

// A source over `docids`, shared with the test.
std::unique_ptr<DocidListSource> source_of(const Docids& docids) {
    auto source = std::make_unique<DocidListSource>(std::make_shared<const Docids>(docids));
    source->init(Xapian::Database());
    return source;
}

TEST(DocidListSourceTest, WalksAndSkipsLikeTheList) {
    Docids long_list;
    for (Xapian::docid d = 3; d < 5000; d += 7) long_list.push_back(d);
    struct Case {
        const char* name;
        Docids docids;
        std::vector<Xapian::docid> skips;  // skip_to targets, ascending, each followed by a next()
    };
    const std::vector<Case> cases{
        {"empty", {}, {1, 5}},
        {"one", {4}, {1, 4, 5}},
        {"dense", {1, 2, 3, 4, 5, 6}, {2, 2, 5, 7}},
        {"gaps", {2, 10, 11, 40, 1000}, {1, 3, 11, 12, 999, 1000, 1001}},
        {"long (galloping far and near)", long_list, {1, 10, 11, 12, 500, 501, 4000, 4990, 4996, 5000}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        const auto walked = source_of(c.docids);
        EXPECT_EQ(walked->get_termfreq_est(), c.docids.size());
        Docids seen;
        for (walked->next(0); !walked->at_end(); walked->next(0)) {
            EXPECT_EQ(walked->get_weight(), 0);
            seen.push_back(walked->get_docid());
        }
        EXPECT_EQ(seen, c.docids);

        const auto skipped = source_of(c.docids);
        std::size_t expected = 0;  // index in c.docids of where the source must be
        for (const Xapian::docid target : c.skips) {
            SCOPED_TRACE("skip_to " + std::to_string(target));
            skipped->skip_to(target, 0);
            // A skip never goes back: to the first docid at or after the target and the current one.
            expected = std::max<std::size_t>(
                expected, std::lower_bound(c.docids.begin(), c.docids.end(), target) - c.docids.begin());
            ASSERT_EQ(skipped->at_end(), expected == c.docids.size());
            if (skipped->at_end()) break;
            EXPECT_EQ(skipped->get_docid(), c.docids[expected]);
            skipped->next(0);
            ++expected;
            ASSERT_EQ(skipped->at_end(), expected == c.docids.size());
            if (skipped->at_end()) break;
            EXPECT_EQ(skipped->get_docid(), c.docids[expected]);
        }
    }
}

TEST(DocidListSourceTest, SelectsItsDocidsInAMatch) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int i = 1; i <= 60; ++i) {
        Xapian::Document doc;
        doc.add_term("common", 1 + i % 3);
        if (i % 4 == 0) doc.add_term("rare");
        db.add_document(doc);
    }
    struct Case {
        const char* name;
        Q text;
        Docids listed;
    };
    Docids many;
    for (Xapian::docid d = 1; d <= 60; d += 2) many.push_back(d);
    const std::vector<Case> cases{
        {"a few under a common word (the list leads)", Q("common"), {5, 8, 33, 60}},
        {"many under a rare word (the word leads)", Q("rare"), many},
        {"none", Q("common"), {}},
        {"docids the word is not on", Q("rare"), {1, 2, 3, 4}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        Xapian::Enquire listed(db);
        listed.set_query(Q(Q::OP_FILTER, c.text,
                           Q((new DocidListSource(std::make_shared<const Docids>(c.listed)))->release())));
        // The same selection as Xapian's own boolean terms: one per listed docid.
        std::vector<Q> ids;
        for (const Xapian::docid d : c.listed) ids.emplace_back("Q" + std::to_string(d));
        Xapian::WritableDatabase marked(std::string(), Xapian::DB_BACKEND_INMEMORY);
        for (Xapian::docid d = 1; d <= db.get_lastdocid(); ++d) {
            Xapian::Document doc = db.get_document(d);
            doc.add_boolean_term("Q" + std::to_string(d));
            marked.add_document(doc);
        }
        Xapian::Enquire native(marked);
        native.set_query(Q(Q::OP_FILTER, c.text, Q(Q::OP_OR, ids.begin(), ids.end())));
        const Xapian::MSet a = listed.get_mset(0, 100), b = native.get_mset(0, 100);
        ASSERT_EQ(a.size(), b.size());
        for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
            EXPECT_EQ(*i, *j);
            EXPECT_DOUBLE_EQ(i.get_weight(), j.get_weight());
        }
    }
}

}  // namespace
}  // namespace arsip::index
