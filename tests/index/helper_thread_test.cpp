// The helper thread runs what it is given in order, one task at a time, and hands back each
// task's end or exception.
#include "index/helper_thread.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

namespace arsip::index {
namespace {

TEST(HelperThreadTest, RunsTasksInOrderOnAnotherThread) {
    HelperThread helper;
    std::vector<int> order;
    std::vector<std::future<void>> done;
    std::thread::id ran_on;
    for (int i = 0; i < 50; ++i) {
        done.push_back(helper.run([&order, &ran_on, i] {
            ran_on = std::this_thread::get_id();
            order.push_back(i);
        }));
    }
    for (auto& d : done) d.get();
    ASSERT_EQ(order.size(), 50u);
    for (int i = 0; i < 50; ++i) EXPECT_EQ(order[static_cast<std::size_t>(i)], i);
    EXPECT_NE(ran_on, std::this_thread::get_id());
}

TEST(HelperThreadTest, HandsBackATasksException) {
    HelperThread helper;
    auto failed = helper.run([] { throw std::runtime_error("broken"); });
    EXPECT_THROW(failed.get(), std::runtime_error);
    // The thread goes on with the next task.
    bool ran = false;
    helper.run([&ran] { ran = true; }).get();
    EXPECT_TRUE(ran);
}

TEST(HelperThreadTest, RunsWhatIsQueuedBeforeItStops) {
    std::atomic<int> ran{0};
    {
        HelperThread helper;
        for (int i = 0; i < 20; ++i) {
            helper.run([&ran] {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                ++ran;
            });
        }
    }
    EXPECT_EQ(ran.load(), 20);
}

TEST(HelperThreadTest, TakesTasksFromSeveralThreads) {
    HelperThread helper;
    std::atomic<int> ran{0};
    std::vector<std::thread> callers;
    for (int c = 0; c < 4; ++c) {
        callers.emplace_back([&] {
            for (int i = 0; i < 100; ++i) helper.run([&ran] { ++ran; }).get();
        });
    }
    for (auto& t : callers) t.join();
    EXPECT_EQ(ran.load(), 400);
}

}  // namespace
}  // namespace arsip::index
