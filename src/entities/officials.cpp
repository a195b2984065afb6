#include "entities/officials.h"

#include <algorithm>
#include <array>
#include <exception>
#include <optional>
#include <string>
#include <unordered_map>

#include "entities/official_positions.h"
#include "entities/official_tokens.h"

namespace arsip::entities {
namespace {

using official_detail::Head;
using official_detail::Parsed;
using official_detail::Token;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

struct NameSpan {
    std::string name;
    std::size_t first = 0;  // first token (honorifics included)
    std::size_t end = 0;    // token index after the name
};

struct PositionOnly {
    std::string position;
    std::string institution;
    std::vector<model::Mention> mentions;
};

struct Nickname {
    std::vector<std::string> words;  // lower case
    std::size_t official = 0;
};

class Extractor {
public:
    Extractor(std::string_view text, const OfficialContext& context, const CodePoints& points,
              const text::SynonymTable& shared, const text::SynonymTable& document)
        : text_(text),
          points_(points),
          synonyms_(context.synonyms),
          tokens_(official_detail::tokenize(text)),
          tables_{&shared, &document} {}

    std::vector<model::Official> run();

private:
    std::optional<NameSpan> name_after(std::size_t k) const;
    std::optional<NameSpan> name_before(std::size_t comma) const;
    bool is_place_name(const NameSpan& name) const;
    model::Mention mention(std::size_t first, std::size_t end) const {
        return points_.mention(tokens_[first].begin, tokens_[end - 1].end);
    }

    void add_named(const std::string& name, const Parsed& parsed, model::Mention at);
    void register_words(const std::string& name, std::size_t official);
    std::size_t nickname_at(std::size_t i, std::size_t& official) const;
    std::size_t bare_name_at(std::size_t i, std::size_t& official) const;
    std::size_t learn_nickname(std::size_t i);

    std::string_view text_;
    const CodePoints& points_;
    const text::SynonymTable* synonyms_;
    std::vector<Token> tokens_;
    std::array<const text::SynonymTable*, 2> tables_;

    std::vector<model::Official> officials_;
    std::vector<PositionOnly> position_only_;
    std::unordered_map<std::string, std::size_t> by_name_;  // lower full name -> official
    std::unordered_map<std::string, std::size_t> by_word_;  // lower name word -> official/kNone
    std::unordered_map<std::string, std::vector<Nickname>> nicknames_;  // by first word
    std::size_t last_official_ = kNone;
    std::size_t consumed_until_ = 0;  // tokens before this belong to an earlier mention
};

std::optional<NameSpan> Extractor::name_after(std::size_t k) const {
    NameSpan span;
    span.first = k;
    while (k < tokens_.size() && official_detail::is_honorific(tokens_[k])) {
        const bool dotted = tokens_[k].dot_after;
        ++k;
        if (dotted && k < tokens_.size() && tokens_[k].punct == '.') ++k;
        if (!dotted && (k >= tokens_.size() || !official_detail::is_name_word(tokens_[k]))) {
            return std::nullopt;
        }
    }
    std::size_t count = 0;
    while (k < tokens_.size() && count < 5 && official_detail::is_name_word(tokens_[k])) {
        const Token& token = tokens_[k];
        if (!span.name.empty()) span.name.push_back(' ');
        span.name += official_detail::name_case(token.text);
        ++count;
        ++k;
        if (token.dot_after) {
            // An initial inside a name ("Budi S. Santoso") goes on; otherwise the sentence ends.
            if (token.text.size() == 1 && count > 0 && k + 1 < tokens_.size() &&
                official_detail::is_name_word(tokens_[k + 1])) {
                span.name.push_back('.');
                ++k;
                continue;
            }
            break;
        }
    }
    if (count == 0) return std::nullopt;
    span.end = k;
    if (is_place_name(span)) return std::nullopt;
    return span;
}

// "Abdunnur, M.Si., IPU, Rektor ...": the name before the comma at `comma`, degrees skipped.
std::optional<NameSpan> Extractor::name_before(std::size_t comma) const {
    std::size_t j = comma;
    std::size_t steps = 0;
    while (j > consumed_until_ && steps < 12) {
        const Token& t = tokens_[j - 1];
        if (t.punct == ',' || t.punct == '.' || official_detail::is_degree(t)) {
            --j;
            ++steps;
            continue;
        }
        break;
    }
    const std::size_t end = j;
    while (j > consumed_until_ && end - j < 5 && official_detail::is_name_word(tokens_[j - 1]) &&
           !(tokens_[j - 1].dot_after && j != end)) {
        --j;
    }
    if (j == end) return std::nullopt;
    NameSpan span;
    span.end = end;
    for (std::size_t t = j; t < end; ++t) {
        if (!span.name.empty()) span.name.push_back(' ');
        span.name += official_detail::name_case(tokens_[t].text);
    }
    span.first = j;
    while (span.first > consumed_until_) {
        const std::size_t p = span.first - 1;
        if (tokens_[p].punct == '.' && p > consumed_until_ &&
            official_detail::is_honorific(tokens_[p - 1])) {
            span.first = p - 1;
        } else if (official_detail::is_honorific(tokens_[p])) {
            span.first = p;
        } else {
            break;
        }
    }
    if (span.first > 0) {
        const std::string& before = tokens_[span.first - 1].lower;
        if (before == "di" || before == "ke" || before == "dari") return std::nullopt;
    }
    if (is_place_name(span)) return std::nullopt;
    return span;
}

bool Extractor::is_place_name(const NameSpan& name) const {
    std::string province;
    if (official_detail::province_at(tokens_, name.end - 1, province) > 0) return true;
    if (synonyms_ != nullptr && synonyms_->find(name.name) != nullptr) return true;
    return false;
}

void Extractor::register_words(const std::string& name, std::size_t official) {
    by_name_.emplace(lower_ascii(name), official);
    std::size_t pos = 0;
    while (pos < name.size()) {
        const std::size_t space = std::min(name.find(' ', pos), name.size());
        const std::string word = lower_ascii(name.substr(pos, space - pos));
        pos = space + 1;
        if (word.size() < 3 || word.back() == '.') continue;
        const auto [it, inserted] = by_word_.emplace(word, official);
        if (!inserted && it->second != official) it->second = kNone;
    }
}

void Extractor::add_named(const std::string& name, const Parsed& parsed, model::Mention at) {
    std::size_t index = kNone;
    if (const auto it = by_name_.find(lower_ascii(name)); it != by_name_.end()) {
        index = it->second;
    } else if (name.find(' ') == std::string::npos) {
        const auto word = by_word_.find(lower_ascii(name));
        if (word != by_word_.end()) index = word->second;
    }
    if (index == kNone) {
        index = officials_.size();
        officials_.push_back({name, parsed.position, parsed.institution, {}, {}});
        register_words(name, index);
    }
    model::Official& official = officials_[index];
    if (official.position.empty()) official.position = parsed.position;
    if (official.institution.empty()) official.institution = parsed.institution;
    official.mentions.push_back(at);
    last_official_ = index;
}

std::size_t Extractor::nickname_at(std::size_t i, std::size_t& official) const {
    const auto it = nicknames_.find(tokens_[i].lower);
    if (it == nicknames_.end()) return i;
    std::size_t best = i;
    for (const Nickname& nickname : it->second) {
        std::size_t k = i;
        std::size_t w = 0;
        while (w < nickname.words.size() && k < tokens_.size() &&
               tokens_[k].lower == nickname.words[w]) {
            ++k;
            ++w;
        }
        if (w == nickname.words.size() && k > best) {
            best = k;
            official = nickname.official;
        }
    }
    return best;
}

std::size_t Extractor::bare_name_at(std::size_t i, std::size_t& official) const {
    if (!official_detail::is_name_word(tokens_[i])) return i;
    const auto it = by_word_.find(tokens_[i].lower);
    if (it == by_word_.end() || it->second == kNone) return i;
    official = it->second;
    std::size_t k = i + 1;
    while (k < tokens_.size() && official_detail::is_name_word(tokens_[k])) {
        const auto next = by_word_.find(tokens_[k].lower);
        if (next == by_word_.end() || next->second != official) break;
        ++k;
    }
    return k;
}

// "yang akrab disapa Ivan": `i` is the verb; returns the token after the nickname.
std::size_t Extractor::learn_nickname(std::size_t i) {
    std::size_t k = i + 1;
    std::vector<std::string> words;
    std::string nickname;
    while (k < tokens_.size() && words.size() < 3 && tokens_[k].word && tokens_[k].capital &&
           !tokens_[k].digit) {
        words.push_back(tokens_[k].lower);
        if (!nickname.empty()) nickname.push_back(' ');
        nickname += official_detail::name_case(tokens_[k].text);
        const bool dotted = tokens_[k].dot_after;
        ++k;
        if (dotted) break;
    }
    if (words.empty() || last_official_ == kNone) return k;
    model::Official& official = officials_[last_official_];
    if (std::find(official.nicknames.begin(), official.nicknames.end(), nickname) ==
        official.nicknames.end()) {
        official.nicknames.push_back(nickname);
        nicknames_[words.front()].push_back({words, last_official_});
    }
    official.mentions.push_back(mention(i + 1, k));
    return k;
}

std::vector<model::Official> Extractor::run() {
    std::size_t i = 0;
    while (i < tokens_.size()) {
        const Token& token = tokens_[i];
        if (!token.word) {
            ++i;
            continue;
        }
        if ((token.lower == "disapa" || token.lower == "dipanggil" || token.lower == "disebut") &&
            i > 0 &&
            (tokens_[i - 1].lower == "akrab" || tokens_[i - 1].lower == "kerap" ||
             tokens_[i - 1].lower == "biasa" || tokens_[i - 1].lower == "karib" ||
             tokens_[i - 1].lower == "sering" || tokens_[i - 1].lower == "populer")) {
            i = consumed_until_ = std::max(learn_nickname(i), i + 1);
            continue;
        }
        std::size_t official = kNone;
        if (const std::size_t end = nickname_at(i, official); end > i) {
            officials_[official].mentions.push_back(mention(i, end));
            last_official_ = official;
            i = consumed_until_ = end;
            continue;
        }
        std::size_t head_end = i;
        if (const Head* head = official_detail::head_at(tokens_, i, head_end)) {
            const std::optional<Parsed> parsed =
                official_detail::parse_position(tokens_, tables_, *head, head_end);
            if (!parsed) {
                i = head_end;
                continue;
            }
            std::size_t k = parsed->end;
            if (k < tokens_.size() && tokens_[k].punct == ',') ++k;
            if (const auto name = name_after(k)) {
                add_named(name->name, *parsed, mention(i, name->end));
                i = consumed_until_ = name->end;
                continue;
            }
            if (i > 0 && tokens_[i - 1].punct == ',') {
                if (const auto name = name_before(i - 1)) {
                    add_named(
                        name->name, *parsed,
                        points_.mention(tokens_[name->first].begin, tokens_[parsed->end - 1].end));
                    i = consumed_until_ = parsed->end;
                    continue;
                }
            }
            if (!parsed->institution.empty()) {
                const model::Mention at = mention(i, parsed->end);
                auto same = std::find_if(position_only_.begin(), position_only_.end(),
                                         [&](const PositionOnly& p) {
                                             return p.position == parsed->position &&
                                                    p.institution == parsed->institution;
                                         });
                if (same == position_only_.end()) {
                    position_only_.push_back({parsed->position, parsed->institution, {at}});
                } else {
                    same->mentions.push_back(at);
                }
            }
            i = consumed_until_ = std::max(parsed->end, i + 1);
            continue;
        }
        if (const std::size_t end = bare_name_at(i, official); end > i) {
            officials_[official].mentions.push_back(mention(i, end));
            last_official_ = official;
            i = consumed_until_ = end;
            continue;
        }
        ++i;
    }
    for (PositionOnly& only : position_only_) {
        const auto holder =
            std::find_if(officials_.begin(), officials_.end(), [&](const model::Official& o) {
                return lower_ascii(o.position) == lower_ascii(only.position) &&
                       lower_ascii(o.institution) == lower_ascii(only.institution);
            });
        if (holder != officials_.end()) {
            holder->mentions.insert(holder->mentions.end(), only.mentions.begin(),
                                    only.mentions.end());
        } else {
            officials_.push_back({"", only.position, only.institution, {}, only.mentions});
        }
    }
    for (model::Official& official : officials_) {
        std::sort(
            official.mentions.begin(), official.mentions.end(),
            [](const model::Mention& a, const model::Mention& b) { return a.start < b.start; });
    }
    std::stable_sort(officials_.begin(), officials_.end(),
                     [](const model::Official& a, const model::Official& b) {
                         return a.mentions.front().start < b.mentions.front().start;
                     });
    return std::move(officials_);
}

}  // namespace

std::vector<model::Official> extract_officials(std::string_view text,
                                               const OfficialContext& context,
                                               const CodePoints& points) {
    try {
        const text::SynonymTable empty;
        const text::SynonymTable& shared = context.synonyms != nullptr ? *context.synonyms : empty;
        std::vector<text::AbbreviationPair> learnt;
        if (context.abbreviations == nullptr) learnt = text::learn_document_abbreviations(text);
        const text::SynonymTable document = text::document_synonyms(
            context.abbreviations != nullptr ? *context.abbreviations : learnt, shared);
        Extractor extractor(text, context, points, shared, document);
        return extractor.run();
    } catch (const std::exception&) {
        return {};  // never throws on any text; an extractor failure loses only its officials
    }
}

std::string person_name(std::string_view written) {
    try {
        const std::vector<Token> tokens = official_detail::tokenize(written);
        std::string name;
        bool started = false;
        bool after_comma = false;  // "Putra, M.M.": only degrees follow the name's comma
        for (const Token& token : tokens) {
            if (!token.word) {
                if (token.punct == ',' && started) after_comma = true;
                continue;
            }
            // Honorifics lead the name ("Prof. Dr. Ir. H."); a later "H" is an initial.
            if (!started && official_detail::is_honorific(token)) continue;
            if (official_detail::is_degree(token)) continue;
            if (after_comma) break;
            started = true;
            if (!name.empty()) name.push_back(' ');
            name += official_detail::name_case(token.text);
            // An initial keeps its dot ("Budi S. Santoso").
            if (token.dot_after && token.text.size() == 1) name.push_back('.');
        }
        return name;
    } catch (const std::exception&) {
        return {};
    }
}

}  // namespace arsip::entities
