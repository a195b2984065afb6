#include "server/csv.h"

namespace arsip::server {
namespace {

bool is_number(std::string_view value) {
    if (!value.empty() && (value.front() == '-' || value.front() == '+')) value.remove_prefix(1);
    if (value.empty()) return false;
    for (const char c : value) {
        if ((c < '0' || c > '9') && c != '.') return false;
    }
    return true;
}

// Whether a spreadsheet would take the field for a formula.
bool looks_like_formula(std::string_view value) {
    if (value.empty()) return false;
    switch (value.front()) {
        case '=': case '@': case '\t': case '\r': return true;
        case '+': case '-': return !is_number(value);
        default: return false;
    }
}

}  // namespace

std::string csv_field(std::string_view value) {
    const bool formula = looks_like_formula(value);
    if (!formula && value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) return "'" + std::string(value);
    std::string out;
    out.reserve(value.size() + 3);
    out.push_back('"');
    if (formula) out.push_back('\'');
    for (const char c : value) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

std::string csv_record(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out.push_back(',');
        out.append(csv_field(fields[i]));
    }
    out.append("\r\n");
    return out;
}

}  // namespace arsip::server
