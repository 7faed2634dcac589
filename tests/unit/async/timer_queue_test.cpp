// TimerQueue and LocalExecutor timers at scale: order, O(log n) cancel, bounded memory.
#include "async/local_executor.hpp"
#include "async/timer_queue.hpp"
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <gtest/gtest.h>
#include <vector>

using namespace runmat::async;

namespace {

struct CountTarget final : WakeTarget {
    int wakes = 0;
    void wake() override { ++wakes; }
};

// Deterministic pseudo-random deadlines (no global RNG state in tests).
struct Lcg {
    uint64_t s = 0x9e3779b97f4a7c15ull;
    uint32_t next() { return static_cast<uint32_t>((s = s * 6364136223846793005ull + 1442695040888963407ull) >> 33); }
};

// Sleeps `ms` of virtual time, then appends (wake time, index) to the log.
class SleepTask final : public Task {
public:
    SleepTask(int64_t ms, int index, std::vector<std::pair<int64_t, int>>* log) : m_ms(ms), m_index(index), m_log(log) { }
    Poll<void> poll(Context& cx) override
    {
        if (!m_armed) {
            m_armed = true;
            cx.executor().add_timer(cx.executor().now() + TimePoint(m_ms), cx.waker());
            return Pending;
        }
        m_log->push_back({ cx.executor().now().count(), m_index });
        return Ready {};
    }

private:
    int64_t m_ms;
    int m_index;
    bool m_armed = false;
    std::vector<std::pair<int64_t, int>>* m_log;
};

} // namespace

TEST(TimerQueue, PopsInDeadlineThenInsertionOrder)
{
    TimerQueue q;
    auto t = std::make_shared<CountTarget>();
    q.add(TimePoint(30), Waker(t));
    q.add(TimePoint(10), Waker(t));
    TimerId b = q.add(TimePoint(20), Waker(t));
    q.add(TimePoint(20), Waker(t));
    EXPECT_EQ(q.next_deadline()->count(), 10);
    EXPECT_FALSE(q.pop_due(TimePoint(9)).has_value());
    EXPECT_TRUE(q.cancel(b));
    EXPECT_FALSE(q.cancel(b)); // already gone
    std::vector<int64_t> order;
    while (auto due = q.pop_due(TimePoint(100)))
        order.push_back(due->deadline.count());
    EXPECT_EQ(order, (std::vector<int64_t> { 10, 20, 30 }));
    EXPECT_TRUE(q.empty());
}

TEST(TimerQueue, StaleIdDoesNotCancelTheSlotsNextTimer)
{
    TimerQueue q;
    auto t = std::make_shared<CountTarget>();
    TimerId first = q.add(TimePoint(5), Waker(t));
    ASSERT_TRUE(q.pop_due(TimePoint(5)).has_value());
    TimerId second = q.add(TimePoint(7), Waker(t)); // reuses the slot
    EXPECT_NE(first, second);
    EXPECT_FALSE(q.cancel(first));
    EXPECT_EQ(q.size(), 1u);
    EXPECT_TRUE(q.cancel(second));
}

TEST(TimerQueue, CancelRemovesFromTheMiddleAndKeepsHeapOrder)
{
    TimerQueue q;
    auto t = std::make_shared<CountTarget>();
    Lcg rng;
    std::vector<std::pair<TimerId, int64_t>> ids;
    for (int i = 0; i < 5000; ++i) {
        int64_t d = rng.next() % 1000;
        ids.push_back({ q.add(TimePoint(d), Waker(t)), d });
    }
    std::vector<int64_t> kept;
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i % 3 == 0)
            EXPECT_TRUE(q.cancel(ids[i].first));
        else
            kept.push_back(ids[i].second);
    }
    std::sort(kept.begin(), kept.end());
    std::vector<int64_t> popped;
    while (auto due = q.pop_due(TimePoint(INT64_MAX)))
        popped.push_back(due->deadline.count());
    EXPECT_EQ(popped, kept);
}

// A timer's waker holds its task alive: cancelling must drop that reference at once.
TEST(TimerQueue, CancelReleasesTheWakerAndDrainedStorage)
{
    TimerQueue q;
    auto t = std::make_shared<CountTarget>();
    std::vector<TimerId> ids;
    for (int i = 0; i < 100000; ++i)
        ids.push_back(q.add(TimePoint(i), Waker(t)));
    EXPECT_EQ(t.use_count(), 100001);
    size_t peak = q.memory_bytes();
    for (TimerId id : ids)
        EXPECT_TRUE(q.cancel(id));
    EXPECT_EQ(t.use_count(), 1);
    EXPECT_EQ(q.memory_bytes(), 0u);
    // Churn: add/cancel cycles never grow past one cycle's peak.
    for (int round = 0; round < 5; ++round) {
        ids.clear();
        for (int i = 0; i < 100000; ++i)
            ids.push_back(q.add(TimePoint(i), Waker(t)));
        for (size_t i = 0; i < ids.size(); i += 2)
            q.cancel(ids[i]);
        for (size_t i = 1; i < ids.size(); i += 2)
            q.cancel(ids[i]);
        EXPECT_LE(q.memory_bytes(), peak);
    }
    EXPECT_EQ(t.use_count(), 1);
}

TEST(LocalExecutorTimers, HundredThousandTimersFireInDeadlineOrder)
{
    LocalExecutor ex;
    std::vector<std::pair<int64_t, int>> log;
    std::vector<int64_t> delay;
    Lcg rng;
    const int n = 100000;
    for (int i = 0; i < n; ++i) {
        delay.push_back(rng.next() % 60000);
        ex.spawn(std::make_unique<SleepTask>(delay.back(), i, &log));
    }
    auto t0 = std::chrono::steady_clock::now();
    ex.run_until_idle();
    ASSERT_EQ(ex.pending_timers(), size_t(n));
    double bytes_per_timer = double(ex.timer_memory_bytes()) / n;
    EXPECT_LT(bytes_per_timer, 200.0);
    ex.advance_time(Millis(60000));
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    ASSERT_EQ(log.size(), size_t(n));
    for (int i = 1; i < n; ++i) {
        ASSERT_LE(log[i - 1].first, log[i].first);
        if (log[i - 1].first == log[i].first) {
            ASSERT_LT(log[i - 1].second, log[i].second); // ties: spawn order
        }
    }
    for (auto const& [at, index] : log)
        ASSERT_EQ(at, delay[index]);
    EXPECT_EQ(ex.live_tasks(), 0u);
    EXPECT_EQ(ex.timer_memory_bytes(), 0u);
    std::printf("[numbers] LocalExecutor: 100k timers armed+fired in %.1f ms; timer queue %.1f bytes/pending timer\n", ms, bytes_per_timer);
}

TEST(LocalExecutorTimers, CancelledTimersDoNotFireOrLinger)
{
    LocalExecutor ex;
    auto t = std::make_shared<CountTarget>();
    std::vector<TimerId> ids;
    for (int i = 0; i < 100000; ++i)
        ids.push_back(ex.add_timer(TimePoint(1 + i % 100), Waker(t)));
    for (size_t i = 0; i < ids.size(); ++i)
        if (i % 10 != 0)
            ex.cancel_timer(ids[i]);
    EXPECT_EQ(ex.pending_timers(), 10000u);
    ex.advance_time(Millis(100));
    EXPECT_EQ(t->wakes, 10000);
    EXPECT_EQ(ex.pending_timers(), 0u);
    EXPECT_EQ(t.use_count(), 1);
}
