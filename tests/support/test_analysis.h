// The project's analysis resources (data/), loaded once per test program.
#pragma once

#include "text/analysis.h"

namespace arsip::testing {

inline const text::Analysis& analysis() {
    static const text::Analysis loaded = text::load_analysis();
    return loaded;
}

}  // namespace arsip::testing
