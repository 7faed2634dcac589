// Throughput numbers (printed as "[numbers] ..."): spawn+complete of trivial tasks on both
// executors, 100k concurrent timers on NativeExecutor. Loose checks only: the machine is shared.
#include "async/local_executor.hpp"
#include "hosts/native/native_executor.hpp"
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <gtest/gtest.h>
#include <vector>

using namespace runmat;
using async::Context;
using async::Pending;
using async::Poll;
using async::Ready;
using async::Task;

namespace {

class Trivial final : public Task {
public:
    explicit Trivial(int* count) : m_count(count) { }
    Poll<void> poll(Context&) override
    {
        ++*m_count;
        return Ready {};
    }

private:
    int* m_count;
};

// Records the clock when woken; each timer gets its own, so the wake order is observable.
struct StampTarget final : async::WakeTarget {
    async::Executor* ex = nullptr;
    int64_t deadline = 0;
    std::vector<std::pair<int64_t, int64_t>>* log = nullptr; // (deadline, woken at)
    void wake() override { log->push_back({ deadline, ex->now().count() }); }
};

double ms_since(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

template <typename Ex>
double spawn_complete_rate(Ex& ex, int n)
{
    int count = 0;
    auto t0 = std::chrono::steady_clock::now();
    async::TaskId last = 0;
    for (int i = 0; i < n; ++i)
        last = ex.spawn(std::make_unique<Trivial>(&count));
    EXPECT_TRUE(ex.run_until_complete(last));
    ex.run_until_idle();
    double ms = ms_since(t0);
    EXPECT_EQ(count, n);
    EXPECT_EQ(ex.live_tasks(), 0u);
    return n / (ms / 1e3);
}

} // namespace

TEST(Numbers, SpawnComplete100kTrivialTasks)
{
    const int n = 100000;
    async::LocalExecutor local;
    native::NativeExecutor native;
    // Warm-up round on each first: the first 100k allocations pay page faults.
    spawn_complete_rate(local, n);
    spawn_complete_rate(native, n);
    double lr = spawn_complete_rate(local, n);
    double nr = spawn_complete_rate(native, n);
    std::printf("[numbers] spawn+complete 100k trivial tasks: LocalExecutor %.2f M tasks/s, NativeExecutor %.2f M tasks/s\n", lr / 1e6, nr / 1e6);
}

// The executor's side of 100k pending timers: wakers are plain targets (no tasks), armed
// directly, so the numbers do not depend on how fast a loaded machine polls tasks.
TEST(Numbers, HundredThousandConcurrentNativeTimers)
{
    const int n = 100000;
    native::NativeExecutor ex;
    std::vector<std::pair<int64_t, int64_t>> log;
    log.reserve(n);
    std::vector<std::shared_ptr<StampTarget>> targets(n);
    for (int i = 0; i < n; ++i) {
        targets[i] = std::make_shared<StampTarget>();
        targets[i]->ex = &ex;
        targets[i]->log = &log;
    }
    auto t0 = std::chrono::steady_clock::now();
    int64_t base = ex.now().count() + 100;
    for (int i = 0; i < n; ++i) {
        targets[i]->deadline = base + (int64_t(i) * 7919) % 200; // scrambled, 100-300 ms ahead
        ex.add_timer(async::TimePoint(targets[i]->deadline), async::Waker(targets[i]));
    }
    double arm_ms = ms_since(t0);
    ASSERT_EQ(ex.pending_timers(), size_t(n));
    double queue_bytes = double(ex.timer_memory_bytes()) / n;
    ex.run();
    double total_ms = ms_since(t0);
    ASSERT_EQ(log.size(), size_t(n));
    int64_t max_late = 0;
    for (size_t i = 0; i < log.size(); ++i) {
        ASSERT_GE(log[i].second, log[i].first); // never early
        if (i > 0) {
            ASSERT_LE(log[i - 1].first, log[i].first); // deadline order
        }
        max_late = std::max(max_late, log[i].second - log[i].first);
    }
    EXPECT_LT(queue_bytes, 200.0);
    EXPECT_EQ(ex.timer_memory_bytes(), 0u); // released once drained
    std::printf("[numbers] NativeExecutor 100k concurrent timers (due 100-300 ms): armed in %.1f ms, all fired by %.1f ms, "
                "worst lateness %lld ms; %.1f bytes/pending timer (executor's queue)\n",
        arm_ms, total_ms, (long long)max_late, queue_bytes);
}
