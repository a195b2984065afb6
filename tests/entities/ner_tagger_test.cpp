#include "entities/ner_tagger.h"

#include <gtest/gtest.h>

#include "model/errors.h"

namespace arsip::entities {
namespace {

TEST(NerTaggerTest, BioSpansConllStyle) {
    const std::vector<std::string> tags = {"B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-PER"};
    const std::vector<NerSpan> want = {{0, 2, "PER"}, {3, 4, "LOC"}, {4, 5, "ORG"}, {5, 6, "PER"}};
    EXPECT_EQ(bio_spans(tags), want);
}

TEST(NerTaggerTest, ReadsConllWithCrLf) {
    const auto sentences = read_conll("Kata NOUN O\r\nAnis PROPN B-PER\r\n\r\nDi ADP O\r\n", "t");
    ASSERT_EQ(sentences.size(), 2u);
    EXPECT_EQ(sentences[0].words, (std::vector<std::string>{"Kata", "Anis"}));
    EXPECT_EQ(sentences[0].tags, (std::vector<std::string>{"O", "B-PER"}));
    EXPECT_THROW(read_conll("lonely\n", "t"), InputError);
}

TEST(NerTaggerTest, LearnsAndRoundTripsThroughTheModelFile) {
    std::vector<NerSentence> train;
    for (int k = 0; k < 20; ++k) {
        train.push_back({{"kata", "Anis", "di", "Jakarta"}, {"O", "B-PER", "O", "B-LOC"}});
        train.push_back({{"Gubernur", "Budi", "Santoso", "ke", "Surabaya"},
                         {"O", "B-PER", "I-PER", "O", "B-LOC"}});
    }
    const auto gazetteer = NerGazetteer::parse("budi\tPER,FIRST\njakarta\tLOC\n", "g");
    const NerTagger tagger = NerTagger::train(train, gazetteer);
    const std::vector<std::string> words = {"kata", "Anis", "di", "Jakarta"};
    EXPECT_EQ(tagger.tag(words), (std::vector<std::string>{"O", "B-PER", "O", "B-LOC"}));
    const NerTagger loaded = NerTagger::parse(tagger.serialize(), gazetteer, "m");
    EXPECT_EQ(loaded.tag(words), tagger.tag(words));
    EXPECT_THROW(NerTagger::parse("nope\n", gazetteer, "m"), InputError);
    EXPECT_THROW(NerGazetteer::parse("x\tPLANET\n", "g"), InputError);
}

TEST(NerTaggerTest, NeverThrowsOnOddWords) {
    const NerTagger tagger;  // untrained: all O
    const std::vector<std::string> words = {"", "\xFF\xFE", "Rp1.500", "\xE2\x80", "-"};
    std::vector<std::string> tags;
    EXPECT_NO_THROW(tags = tagger.tag(words));
    EXPECT_EQ(tags, std::vector<std::string>(words.size(), "O"));
}

}  // namespace
}  // namespace arsip::entities
