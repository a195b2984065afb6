// Party and signature-block parsing for the agreement reader (agreement_structure.cpp): who
// the parties are, from the preamble, and who signed for them, from the signature block.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace arsip::readers {

// Preamble paragraphs → one Party per "selanjutnya disebut PIHAK ..." role, in order of first
// mention (role, institution, represented_by, position; missing parts left empty).
std::vector<model::Party> parse_parties(const std::vector<std::string>& preamble);

// Signature-block paragraphs and the parsed parties → one Signatory per role found in the
// block (role, position, name; institution from "untuk dan atas nama", else from the party).
std::vector<model::Signatory> parse_signatures(const std::vector<std::string>& block,
                                               const std::vector<model::Party>& parties);

}  // namespace arsip::readers
