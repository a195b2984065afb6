// Brute force over the documents themselves, to check what the server answers: each document's
// facet values by the rules of src/index/schema.h (XTYPE, XYEAR, XSRC, XPLACE, XINST, XOFF),
// filters (OR within a facet, AND across facets), date and amount ranges, and facet counts.
// Only the matching of the words of `q` is left to the index.
#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "index/facet_value.h"
#include "ingest/document_loader.h"
#include "ingest/file_walker.h"
#include "model/document.h"

namespace arsip::testing {

using FacetKeys = std::map<std::string, std::set<std::string>>;  // facet name -> folded values
using Filters = std::map<std::string, std::vector<std::string>>;

struct OracleDocument {
    model::Document document;
    FacetKeys facets;
    std::optional<double> largest_amount;  // rupiah
};

// The facet values of `d` as the index writer defines them (schema.h comments).
inline FacetKeys facet_keys(const model::Document& d) {
    FacetKeys out;
    auto add = [&](const char* facet, const std::string& value) {
        const std::string key = index::normalise_facet_value(value);
        if (!key.empty()) out[facet].insert(key);
    };
    add("type", std::string(model::to_string(d.type)));
    if (d.date.size() >= 10 && std::all_of(d.date.begin(), d.date.begin() + 4,
                                           [](char c) { return c >= '0' && c <= '9'; })) {
        add("year", d.date.substr(0, 4));
    }
    add("source", d.source);
    add("place", d.place);
    for (const auto& p : d.entities.places) add("place", p.name);
    for (const auto& i : d.entities.institutions) add("institution", i.name);
    for (const auto& o : d.entities.officials) add("official", o.name);
    // A party's or signatory's name as written ("H. Rudy Mas'ud") stands for the official whose
    // clean name it contains.
    auto official = [&](const std::string& written) {
        const std::string folded = index::normalise_facet_value(written);
        for (const auto& o : d.entities.officials) {
            const std::string clean = index::normalise_facet_value(o.name);
            if (!clean.empty() && folded.find(clean) != std::string::npos) return o.name;
        }
        return written;
    };
    for (const auto& p : d.parties) {
        add("institution", p.institution);
        if (!p.represented_by.empty()) add("official", official(p.represented_by));
    }
    for (const auto& s : d.signatories) {
        add("institution", s.institution);
        if (!s.name.empty()) add("official", official(s.name));
    }
    return out;
}

class CorpusOracle {
public:
    // Loads every supported file below `inputs` with `loader`.
    CorpusOracle(const ingest::DocumentLoader& loader,
                 const std::vector<std::filesystem::path>& inputs) {
        for (const auto& input : inputs) {
            std::vector<std::filesystem::path> files;
            if (std::filesystem::is_directory(input)) {
                for (const auto& e : std::filesystem::recursive_directory_iterator(input)) {
                    if (e.is_regular_file() && ingest::is_supported_file(e.path()))
                        files.push_back(e.path());
                }
            } else {
                files.push_back(input);
            }
            for (const auto& file : files) {
                OracleDocument doc;
                doc.document = loader.load(file);
                doc.facets = facet_keys(doc.document);
                double largest = 0;
                for (const auto& a : doc.document.entities.amounts) {
                    if (a.currency == "IDR") largest = std::max(largest, a.value);
                }
                if (largest > 0) doc.largest_amount = largest;
                documents_[doc.document.id] = std::move(doc);
            }
        }
        drop_twins();
    }

    const std::map<std::string, OracleDocument>& documents() const { return documents_; }
    const OracleDocument& at(const std::string& id) const { return documents_.at(id); }

    struct Ranges {
        std::string date_from = {};
        std::string date_to = {};
        std::optional<double> amount_min = {};
        std::optional<double> amount_max = {};
    };

    // Does document `id` pass the filters (all facets but `except`) and ranges?
    bool passes(const std::string& id, const Filters& filters, const Ranges& ranges,
                const std::string& except = "") const {
        const OracleDocument& doc = at(id);
        for (const auto& [facet, values] : filters) {
            if (facet == except || values.empty()) continue;
            const auto it = doc.facets.find(facet);
            const bool any = it != doc.facets.end() &&
                             std::any_of(values.begin(), values.end(), [&](const std::string& v) {
                                 return it->second.count(index::normalise_facet_value(v)) > 0;
                             });
            if (!any) return false;
        }
        const std::string& date = doc.document.date;
        if (!ranges.date_from.empty() && (date.empty() || date < ranges.date_from)) return false;
        if (!ranges.date_to.empty() && (date.empty() || date > ranges.date_to)) return false;
        if (ranges.amount_min && (!doc.largest_amount || *doc.largest_amount < *ranges.amount_min))
            return false;
        if (ranges.amount_max && (!doc.largest_amount || *doc.largest_amount > *ranges.amount_max))
            return false;
        return true;
    }

    // Of `matches` (the documents matching the words), those passing every filter and range.
    std::set<std::string> select(const std::set<std::string>& matches, const Filters& filters,
                                 const Ranges& ranges) const {
        std::set<std::string> out;
        for (const auto& id : matches) {
            if (passes(id, filters, ranges)) out.insert(id);
        }
        return out;
    }

    // Multi-select facet counts: folded value -> documents of `matches` that pass every filter
    // except the facet's own, and the ranges.
    std::map<std::string, std::size_t> facet_counts(const std::string& facet,
                                                    const std::set<std::string>& matches,
                                                    const Filters& filters,
                                                    const Ranges& ranges) const {
        std::map<std::string, std::size_t> out;
        for (const auto& id : matches) {
            if (!passes(id, filters, ranges, facet)) continue;
            const auto it = at(id).facets.find(facet);
            if (it == at(id).facets.end()) continue;
            for (const auto& key : it->second) ++out[key];
        }
        return out;
    }

private:
    // The index keeps one of twins (README, "Twins"): the sample PDFs are their agreement XML's,
    // with the same type, date, title (in capitals) and parties. Here: a document read from a PDF
    // or a text file goes when an agreement XML has its type, date and title (letters and digits).
    void drop_twins() {
        const auto key = [](const model::Document& d) {
            std::string out = std::string(model::to_string(d.type)) + "|" + d.date + "|";
            for (const unsigned char c : d.title) {
                if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
            }
            return out;
        };
        std::set<std::string> xml;
        for (const auto& [id, doc] : documents_) {
            if (doc.document.format == model::SourceFormat::AgreementXml) xml.insert(key(doc.document));
        }
        std::erase_if(documents_, [&](const auto& entry) {
            const model::Document& d = entry.second.document;
            const bool from_pdf_or_text = d.format == model::SourceFormat::Pdf ||
                                          d.format == model::SourceFormat::Pdf2Xml || d.format == model::SourceFormat::Text;
            return from_pdf_or_text && d.type != model::DocumentType::Article && !d.date.empty() && xml.contains(key(d));
        });
    }

    std::map<std::string, OracleDocument> documents_;
};

}  // namespace arsip::testing
