// Dates and validity periods in Indonesian text.
//
// Forms, each → YYYY-MM-DD:
//   "8 Mei 2025", "7 Agt. 2025", "12 Sept. 2024", "3 Nop 2024"      day, month name, year
//   "8 Mei"                                     year from the document date (capitalised month)
//   "08/05/2025", "8-5-2025", "2025-05-08"                          numeric, day first
//   "(08/05/2025)", "(17/4)", "(31 / 5)"                            parenthesised; day/month
//                                               alone only in parentheses or after a weekday,
//                                               with the year from the document date
//   "Kamis, 8 Mei 2025", "Kamis (08/05/2025)", "Rabu (31 / 5)"      the weekday is part of
//                                                                   the mention
//   "tanggal dua belas bulan Januari tahun dua ribu dua puluh empat" written out (agreements),
//   "pada hari ini Senin tanggal dua belas ..."                     from the weekday on
// A numeric date inside a longer figure ("120/05/2025/01", "1.08/05/2025") is not read.
// Invalid dates (31 Februari) are dropped; forms without a year are dropped when the context
// has no document date. The same ISO date written several times is one entity with several
// mentions, `text` the first surface form, entities in order of first mention. Mentions are
// code-point offsets (entities/offsets.h). Linear in the text; never throws.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entities/offsets.h"
#include "model/entities.h"

namespace arsip::entities {

struct DateContext {
    std::optional<std::string> document_date;  // YYYY-MM-DD, for dates written without a year
};

std::vector<model::DateMention> extract_dates(std::string_view text, const DateContext& context,
                                              const CodePoints& points);

// The first validity period in `text`, in months: "jangka waktu 5 (lima) tahun" → 60,
// "berlaku selama 24 (dua puluh empat) bulan" → 24, "untuk masa 2 tahun" → 24,
// "jangka waktu paling lama lima tahun" → 60. A period introduced by "berlaku" ("berlaku untuk
// jangka waktu 3 (tiga) tahun") wins over an earlier bare "jangka waktu" (which may be an
// extension: "memperpanjang jangka waktu 1 (satu) tahun"). std::nullopt when there is none (or
// it is longer than 100 years). The agreement's end date is the caller's to compute.
std::optional<int> validity_months(std::string_view text);

}  // namespace arsip::entities
