// LocalExecutor: FIFO wake order, coalesced wakes, virtual-clock timers, cross-thread wakes.
#include "async/local_executor.hpp"
#include <gtest/gtest.h>
#include <string>
#include <thread>
#include <vector>

using namespace runmat::async;

namespace {

// A task that records each poll and completes after `polls_needed` polls, re-waking itself.
class CountingTask final : public Task {
public:
    CountingTask(std::string name, int polls_needed, std::vector<std::string>* log) : m_name(std::move(name)), m_left(polls_needed), m_log(log) { }
    Poll<void> poll(Context& cx) override
    {
        m_log->push_back(m_name);
        if (--m_left <= 0)
            return Ready {};
        cx.waker().wake();
        return Pending;
    }

private:
    std::string m_name;
    int m_left;
    std::vector<std::string>* m_log;
};

// A task that sleeps until a virtual deadline, then completes.
class SleepTask final : public Task {
public:
    SleepTask(int64_t ms, std::vector<std::string>* log, std::string name) : m_ms(ms), m_log(log), m_name(std::move(name)) { }
    Poll<void> poll(Context& cx) override
    {
        if (!m_armed) {
            m_armed = true;
            cx.executor().add_timer(cx.executor().now() + TimePoint(m_ms), cx.waker());
            return Pending;
        }
        m_log->push_back(m_name + "@" + std::to_string(cx.executor().now().count()));
        return Ready {};
    }

private:
    int64_t m_ms;
    bool m_armed = false;
    std::vector<std::string>* m_log;
    std::string m_name;
};

// Pending until an external waker (kept by the test) fires.
class ExternalTask final : public Task {
public:
    explicit ExternalTask(Waker* out, bool* flag) : m_out(out), m_flag(flag) { }
    Poll<void> poll(Context& cx) override
    {
        if (*m_flag)
            return Ready {};
        *m_out = cx.waker();
        return Pending;
    }

private:
    Waker* m_out;
    bool* m_flag;
};

} // namespace

TEST(LocalExecutor, RunsTasksInFifoOrderAndInterleavesOnWake)
{
    LocalExecutor ex;
    std::vector<std::string> log;
    ex.spawn(std::make_unique<CountingTask>("a", 2, &log));
    ex.spawn(std::make_unique<CountingTask>("b", 2, &log));
    EXPECT_TRUE(log.empty()); // spawn never polls inline
    ex.run_until_idle();
    EXPECT_EQ(log, (std::vector<std::string> { "a", "b", "a", "b" }));
    EXPECT_EQ(ex.live_tasks(), 0u);
}

TEST(LocalExecutor, VirtualClockFiresTimersInDeadlineOrder)
{
    LocalExecutor ex;
    std::vector<std::string> log;
    ex.spawn(std::make_unique<SleepTask>(60000, &log, "long"));
    ex.spawn(std::make_unique<SleepTask>(10, &log, "short"));
    ex.run_until_idle();
    EXPECT_TRUE(log.empty());
    EXPECT_EQ(ex.pending_timers(), 2u);
    ex.advance_time(Millis(10));
    EXPECT_EQ(log, (std::vector<std::string> { "short@10" }));
    ex.advance_time(Millis(59990));
    EXPECT_EQ(log, (std::vector<std::string> { "short@10", "long@60000" }));
}

TEST(LocalExecutor, RunUntilCompleteJumpsTheClock)
{
    LocalExecutor ex;
    std::vector<std::string> log;
    auto id = ex.spawn(std::make_unique<SleepTask>(1000000, &log, "t"));
    EXPECT_TRUE(ex.run_until_complete(id));
    EXPECT_EQ(log, (std::vector<std::string> { "t@1000000" }));
}

TEST(LocalExecutor, CancelledTimerNeverWakes)
{
    LocalExecutor ex;
    bool done = false;
    Waker w;
    auto id = ex.spawn(std::make_unique<ExternalTask>(&w, &done));
    ex.run_until_idle();
    TimerId t = ex.add_timer(TimePoint(5), w);
    ex.cancel_timer(t);
    EXPECT_EQ(ex.pending_timers(), 0u);
    EXPECT_FALSE(ex.run_until_complete(id)); // nothing can make progress
}

TEST(LocalExecutor, WakeFromAnotherThread)
{
    LocalExecutor ex;
    bool done = false;
    Waker w;
    auto id = ex.spawn(std::make_unique<ExternalTask>(&w, &done));
    ex.run_until_idle();
    EXPECT_FALSE(ex.is_complete(id));
    done = true;
    std::thread th([&] { w.wake(); w.wake(); }); // repeated wakes coalesce
    th.join();
    EXPECT_TRUE(ex.has_ready());
    ex.run_until_idle();
    EXPECT_TRUE(ex.is_complete(id));
}

TEST(LocalExecutor, WakerOutlivingExecutorIsHarmless)
{
    Waker w;
    bool done = false;
    {
        LocalExecutor ex;
        ex.spawn(std::make_unique<ExternalTask>(&w, &done));
        ex.run_until_idle();
    }
    w.wake(); // must not touch the destroyed executor
    SUCCEED();
}
