// Runs every extractor over a document's text (model::document_text) and stores the results in
// document.entities. Holds the read-only resources (area gazetteer, synonym table); one
// extractor can serve several threads (extraction keeps no state between calls).
#pragma once

#include <filesystem>
#include <memory>

#include "model/document.h"

namespace arsip::text {
class SynonymTable;
}

namespace arsip::entities {

class Gazetteer;
class SynonymIndex;

class EntityExtractor {
public:
    EntityExtractor(std::shared_ptr<const Gazetteer> gazetteer, std::shared_ptr<const text::SynonymTable> synonyms);

    // The gazetteer from data_dir/gazetteer and the given synonym table. Throws arsip::Error
    // naming a file that cannot be read.
    static EntityExtractor load(const std::filesystem::path& data_dir,
                                std::shared_ptr<const text::SynonymTable> synonyms);

    // Fills document.entities (replacing what was there) and, for an agreement with a start
    // date and a validity period written in its text but no end date, the validity's months and
    // end. Never throws on any text.
    void annotate(model::Document& document) const;

private:
    std::shared_ptr<const Gazetteer> gazetteer_;
    std::shared_ptr<const text::SynonymTable> synonyms_;
    // Built once from synonyms_ (shared by copies of the extractor).
    std::shared_ptr<const SynonymIndex> place_index_;
    std::shared_ptr<const SynonymIndex> institution_index_;
};

}  // namespace arsip::entities
