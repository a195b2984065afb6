#include "model/document_text.h"

namespace arsip::model {

std::string document_text(const Document& d) {
    std::string text;
    auto line = [&](const std::string& s) {
        if (s.empty()) return;
        text += s;
        text += '\n';
    };
    line(d.title);
    line(d.summary);
    for (const auto& p : d.paragraphs) line(p);
    for (const auto& p : d.preamble) line(p);
    for (const auto& clause : d.clauses) {
        line("Pasal " + clause.number + (clause.heading.empty() ? "" : " " + clause.heading));
        for (const auto& a : clause.ayat) line(a.number.empty() ? a.text : "(" + a.number + ") " + a.text);
    }
    for (const auto& p : d.closing) line(p);
    return text;
}

}  // namespace arsip::model
