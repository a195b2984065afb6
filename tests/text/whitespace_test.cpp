#include "text/whitespace.h"

#include <gtest/gtest.h>

namespace arsip::text {
namespace {

TEST(WhitespaceTest, CollapsesAndTrims) {
    const struct {
        const char* in;
        bool no_break_space;
        const char* out;
    } cases[] = {
        {"  Pasal \t 1\n\nMAKSUD  ", false, "Pasal 1 MAKSUD"},
        {"", false, ""},
        {" \r\n\t ", false, ""},
        {"Rp\u00a0666\u00a0miliar", false, "Rp\u00a0666\u00a0miliar"},  // kept unless asked
        {"Rp\u00a0666 \u00a0 miliar", true, "Rp 666 miliar"},
        {"kupu-kupu", true, "kupu-kupu"},
        {"\u00c2x", true, "\u00c2x"},  // Â is C3 82: not mistaken for a no-break space
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.in);
        EXPECT_EQ(collapse_whitespace(c.in, {.no_break_space = c.no_break_space}), c.out);
    }
}

}  // namespace
}  // namespace arsip::text
