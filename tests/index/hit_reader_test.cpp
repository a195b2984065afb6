#include "index/hit_reader.h"

#include <gtest/gtest.h>

namespace arsip::index {
namespace {

model::Official official(std::string name) { return {std::move(name), "Gubernur", "", {}, {}}; }
model::Institution institution(std::string name) { return {std::move(name), {}, "government", {}}; }
model::Place place(std::string name) { return {std::move(name), "province", "", "", {}}; }
model::Amount amount(double value, std::string currency) { return {"", value, std::move(currency), {}}; }

TEST(HitEntitiesTest, FirstSeenFirstWithoutRepeatsAndAtMostFive) {
    const struct {
        const char* name;
        std::vector<model::Official> officials;
        std::vector<model::Institution> institutions;
        std::vector<model::Place> places;
        std::vector<model::Amount> amounts;
        HitEntities expected;
    } cases[] = {
        {"nothing", {}, {}, {}, {}, {}},
        {"repeats folded, empty names skipped",
         {official("Rudy Mas'ud"), official(""), official("RUDY MAS\u2019UD"), official("Seno Aji")},
         {institution("Pemprov Kaltim"), institution("pemprov  kaltim")},
         {place("Samarinda"), place("Balikpapan"), place("Samarinda")},
         {},
         {{"Rudy Mas'ud", "Seno Aji"}, {"Pemprov Kaltim"}, {"Samarinda", "Balikpapan"}, std::nullopt}},
        {"at most five",
         {},
         {},
         {place("A"), place("B"), place("C"), place("D"), place("E"), place("F"), place("G")},
         {},
         {{}, {}, {"A", "B", "C", "D", "E"}, std::nullopt}},
        {"largest rupiah amount only",
         {},
         {},
         {},
         {amount(5e6, "IDR"), amount(1e12, "USD"), amount(2e9, "IDR"), amount(0, "IDR")},
         {{}, {}, {}, 2e9}},
        {"no rupiah", {}, {}, {}, {amount(100, "USD")}, {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        model::Document d;
        d.entities.officials = c.officials;
        d.entities.institutions = c.institutions;
        d.entities.places = c.places;
        d.entities.amounts = c.amounts;
        const HitEntities got = hit_entities(d);
        EXPECT_EQ(got.officials, c.expected.officials);
        EXPECT_EQ(got.institutions, c.expected.institutions);
        EXPECT_EQ(got.places, c.expected.places);
        EXPECT_EQ(got.largest_amount, c.expected.largest_amount);
    }
}

}  // namespace
}  // namespace arsip::index
