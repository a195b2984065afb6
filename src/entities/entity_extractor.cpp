#include "entities/entity_extractor.h"

#include "entities/amounts.h"
#include "entities/dates.h"
#include "entities/gazetteer.h"
#include "entities/institutions.h"
#include "entities/officials.h"
#include "entities/offsets.h"
#include "entities/places.h"
#include "model/document_text.h"
#include "model/errors.h"
#include "text/abbreviations.h"
#include "text/date_text.h"
#include "text/synonyms.h"

namespace arsip::entities {

EntityExtractor::EntityExtractor(std::shared_ptr<const Gazetteer> gazetteer,
                                 std::shared_ptr<const text::SynonymTable> synonyms)
    : gazetteer_(std::move(gazetteer)), synonyms_(std::move(synonyms)) {
    if (!gazetteer_ || !synonyms_) throw Error("entity extraction needs a gazetteer and a synonym table");
    place_index_ = std::make_shared<const SynonymIndex>(place_index(*synonyms_));
    institution_index_ = std::make_shared<const SynonymIndex>(institution_index(*synonyms_));
}

EntityExtractor EntityExtractor::load(const std::filesystem::path& data_dir,
                                      std::shared_ptr<const text::SynonymTable> synonyms) {
    return EntityExtractor(Gazetteer::load(data_dir), std::move(synonyms));
}

void EntityExtractor::annotate(model::Document& document) const {
    const std::string text = model::document_text(document);
    const CodePoints points(text);
    model::Entities& e = document.entities;
    e = {};
    Figures figures = extract_figures(text, points);
    e.amounts = std::move(figures.amounts);
    e.percentages = std::move(figures.percentages);
    DateContext dates;
    if (!document.date.empty()) dates.document_date = document.date;
    e.dates = extract_dates(text, dates, points);
    // One place scan and one abbreviation pass serve places, institutions and officials.
    const PlaceScan places = scan_places(text, *gazetteer_, *synonyms_, *place_index_);
    e.places = places_from_scan(places, *gazetteer_, points);
    const std::vector<text::AbbreviationPair> abbreviations = text::learn_document_abbreviations(text);
    e.institutions = extract_institutions(text,
                                          {.synonyms = synonyms_.get(),
                                           .gazetteer = gazetteer_.get(),
                                           .places = &places,
                                           .institution_index = institution_index_.get(),
                                           .abbreviations = &abbreviations},
                                          points);
    e.officials = extract_officials(text, {.synonyms = synonyms_.get(), .abbreviations = &abbreviations}, points);

    // "jangka waktu 5 (lima) tahun" gives an agreement its end date.
    model::Validity& validity = document.validity;
    if (model::is_agreement(document.type) && validity.end.empty()) {
        if (!validity.months) validity.months = validity_months(text);
        const auto start = text::parse_iso_date(validity.start.empty() ? document.date : validity.start);
        if (validity.months && start) {
            if (validity.start.empty()) validity.start = start->iso();
            validity.end = text::add_months(*start, *validity.months).iso();
        }
    }
}

}  // namespace arsip::entities
