#include "readers/agreement_text.h"

#include <algorithm>

namespace arsip::readers {

std::string trim(std::string_view s, std::string_view extra) {
    auto strip = [&](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
               extra.find(c) != std::string_view::npos;
    };
    while (!s.empty() && strip(s.front())) s.remove_prefix(1);
    while (!s.empty() && strip(s.back())) s.remove_suffix(1);
    return std::string(s);
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (is_lower(c)) c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool mostly_upper(std::string_view s) {
    int up = 0;
    int low = 0;
    for (char c : s) {
        up += is_upper(c);
        low += is_lower(c);
    }
    return up >= 3 && low * 10 <= up;
}

std::vector<std::string> split_commas(const std::string& text) {
    std::vector<std::string> parts;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find(',', pos);
        if (end == std::string::npos) end = text.size();
        std::string part = trim(text.substr(pos, end - pos));
        if (!part.empty()) parts.push_back(part);
        pos = end + 1;
    }
    return parts;
}

std::string cut_at(std::string_view text, std::initializer_list<std::string_view> stops) {
    std::string lowered = lower(text);
    std::size_t end = text.size();
    for (std::string_view stop : stops) {
        std::size_t at = lowered.find(stop);
        if (at != std::string::npos) end = std::min(end, at);
    }
    return trim(text.substr(0, end), " ,;:");
}

std::string after(std::string_view text, std::string_view key, bool last) {
    std::string lowered = lower(text);
    std::size_t at = last ? lowered.rfind(key) : lowered.find(key);
    if (at == std::string::npos) return {};
    return std::string(text.substr(at + key.size()));
}

const std::regex& role_re() {
    static const std::regex re(R"(PIHAK\s+(KESATU|PERTAMA|KEDUA|KETIGA|KEEMPAT|KELIMA))");
    return re;
}
const std::regex& place_date_re() {
    static const std::regex re(
        R"(^([A-Z][A-Za-z .'-]{1,40}),\s*([0-9]{1,2}\s+[A-Za-z]{3,9}\.?\s+[0-9]{4})\s*\.?$)");
    return re;
}

}  // namespace arsip::readers
