// A sorted list of docids as a boolean posting source. Internal to index/.
//
// A filtered search's page (search_passes.h): the direct count (direct_count.h) has already
// visited every match of the text with every filter, so it lists them, and the page ranks the
// text among them (SearchQuery::ranked_among). Xapian's AND leads with its smallest part: a
// selective filter's few matches then lead the ranking, which skips to each of them in the
// text's postings instead of walking the text's postings and checking the filters for each.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace arsip::index {

class DocidListSource : public Xapian::PostingSource {
public:
    // `docids`: ascending, without repeats.
    explicit DocidListSource(std::shared_ptr<const std::vector<Xapian::docid>> docids);

    Xapian::doccount get_termfreq_min() const override { return count(); }
    Xapian::doccount get_termfreq_est() const override { return count(); }
    Xapian::doccount get_termfreq_max() const override { return count(); }
    void init(const Xapian::Database& db) override;
    void next(double min_wt) override;
    void skip_to(Xapian::docid did, double min_wt) override;
    bool at_end() const override { return started_ && at_ == docids_->size(); }
    Xapian::docid get_docid() const override { return (*docids_)[at_]; }
    DocidListSource* clone() const override;
    std::string get_description() const override;

private:
    Xapian::doccount count() const { return static_cast<Xapian::doccount>(docids_->size()); }

    std::shared_ptr<const std::vector<Xapian::docid>> docids_;
    std::size_t at_ = 0;    // index of the current docid
    bool started_ = false;  // next() or skip_to() was called since init()
};

}  // namespace arsip::index
