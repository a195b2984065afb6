// One thread kept for the work a search runs beside the caller's (search_passes.h, the hits
// read on two threads): starting a thread for each of them cost about 50 µs each on the
// benchmark machine, twice a search. Internal to index/.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace arsip::index {

class HelperThread {
public:
    HelperThread();
    // Runs the tasks still queued, then joins the thread.
    ~HelperThread();
    HelperThread(const HelperThread&) = delete;
    HelperThread& operator=(const HelperThread&) = delete;

    // Runs `task` on the thread after the tasks queued before it; its future holds its end (or
    // its exception). Safe to call from any thread.
    std::future<void> run(std::function<void()> task);

private:
    void loop();

    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::packaged_task<void()>> tasks_;
    bool stopping_ = false;
    std::thread thread_;  // last: started once the members above exist
};

}  // namespace arsip::index
