#include "entities/officials.h"

#include <gtest/gtest.h>

namespace arsip::entities {
namespace {
TEST(OfficialsTest, Placeholder) {}
}  // namespace
}  // namespace arsip::entities
