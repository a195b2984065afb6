#include "text/analysis.h"

#include "text/root_dictionary.h"
#include "text/stopwords.h"
#include "text/synonyms.h"

namespace arsip::text {

Analysis load_analysis(const std::filesystem::path& data_dir) {
    Analysis analysis;
    analysis.roots = RootDictionary::load(std::vector<std::string>{
        (data_dir / "dictionaries/kata-dasar.txt").string(),
        (data_dir / "dictionaries/kata-dasar-tambahan.txt").string(),
    });
    analysis.synonyms = std::make_shared<const SynonymTable>(SynonymTable::load(data_dir / "synonyms/abbreviations.tsv"));
    analysis.stopwords = std::make_shared<const StopwordList>(StopwordList::load(data_dir / "stopwords/stopwords-id.txt"));
    analysis.pair_words = std::make_shared<const StopwordList>(StopwordList::load(data_dir / "phrases/common-words.txt"));
    return analysis;
}

}  // namespace arsip::text
