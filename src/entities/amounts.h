// Money amounts and percentages in Indonesian text.
//
// Amounts (value in units of the currency, ISO 4217 code):
//   "Rp666 miliar", "Rp 14,3 triliun", "Rp 14.3 triliun", "Rp1.500.000,00", "Rp. 600.000.000,-",
//   "Rp 250 juta", "Rp 300 rb", "IDR 2 M" (M = miliar), "Rp 2 T" (triliun), "2,5 juta rupiah",
//   "enam ratus enam puluh enam miliar rupiah"                                → IDR
//   "US$ 2 juta", "USD 1,5 miliar", "$2 million", "2 juta dolar AS"            → USD
//   "EUR"/"€"/"euro", "SGD"/"S$"/"dolar Singapura", "RM"/"MYR"/"ringgit", "JPY"/"¥"/"yen",
//   "GBP"/"£", "AUD"/"A$"/"dolar Australia", "CNY"/"RMB"/"yuan"                → their own code
// A number is an amount only with a currency (before it, or after it as a word), so a year, a
// date, a phone number or "Pasal 5" never is. Separators are Indonesian ("." thousands,
// "," decimal); a single "." followed by other than three digits is a decimal point
// ("14.3 triliun"), a single "," followed by exactly three digits is a thousands separator
// unless a scale word follows ("Rp 2,500" = 2500, "Rp 2,500 juta" = 2,5 juta), and with both
// separators the last one is the decimal mark.
//
// The legal form "Rp1.500.000.000,00 (satu miliar lima ratus juta rupiah)" is ONE mention:
// the figure's span; the words in parentheses that repeat the same value are consumed and not
// counted again (words that disagree with the figure are kept as an amount of their own).
//
// Percentages: "8%", "8 %", "0,5%", "8 persen", "delapan persen", "lima puluh persen";
// "40% (empat puluh persen)" is one mention, like the amounts.
//
// The same (value, currency) written several times is one entity with several mentions; its
// `text` is the first surface form. Entities come in order of first mention. Mentions are
// code-point offsets (entities/offsets.h). One pass, linear in the text; never throws
// (invalid UTF-8 included).
#pragma once

#include <string_view>
#include <vector>

#include "entities/offsets.h"
#include "model/entities.h"

namespace arsip::entities {

// Amounts (a currency named) and percentages, found in one scan of the text.
struct Figures {
    std::vector<model::Amount> amounts;
    std::vector<model::Percentage> percentages;
};
Figures extract_figures(std::string_view text, const CodePoints& points);

// The amounts, or the percentages, of extract_figures.
std::vector<model::Amount> extract_amounts(std::string_view text, const CodePoints& points);
std::vector<model::Percentage> extract_percentages(std::string_view text, const CodePoints& points);

}  // namespace arsip::entities
