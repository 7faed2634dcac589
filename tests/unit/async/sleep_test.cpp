// SleepFuture: lazy start, deadline on the virtual clock, cancel-on-drop, waker replacement.
#include "async/local_executor.hpp"
#include "async/sleep.hpp"
#include <gtest/gtest.h>
#include <optional>

using namespace runmat::async;

namespace {

class SleepTask final : public Task {
public:
    SleepTask(Millis ms, int64_t* woke_at) : m_sleep(ms), m_woke_at(woke_at) { }
    Poll<void> poll(Context& cx) override
    {
        if (m_sleep.poll(cx).is_pending())
            return Pending;
        *m_woke_at = cx.executor().now().count();
        return Ready {};
    }

private:
    SleepFuture m_sleep;
    int64_t* m_woke_at;
};

// Polls a sleep once, then drops it when told (a race loser).
class DropTask final : public Task {
public:
    DropTask(bool* drop, Waker* waker) : m_sleep(std::in_place, Millis(1000)), m_drop(drop), m_waker(waker) { }
    Poll<void> poll(Context& cx) override
    {
        *m_waker = cx.waker();
        if (*m_drop) {
            m_sleep.reset();
            return Pending; // still alive: only the sleep is gone
        }
        return m_sleep->poll(cx);
    }

private:
    std::optional<SleepFuture> m_sleep;
    bool* m_drop;
    Waker* m_waker;
};

struct CountTarget final : WakeTarget {
    int wakes = 0;
    void wake() override { ++wakes; }
};

} // namespace

TEST(SleepFuture, CompletesAtItsDeadline)
{
    LocalExecutor ex;
    ex.advance_time(Millis(5)); // the sleep starts at its first poll, not at creation
    int64_t woke = -1;
    auto id = ex.spawn(std::make_unique<SleepTask>(Millis(60000), &woke));
    ex.run_until_idle();
    ex.advance_time(Millis(59999));
    EXPECT_FALSE(ex.is_complete(id));
    ex.advance_time(Millis(1));
    EXPECT_TRUE(ex.is_complete(id));
    EXPECT_EQ(woke, 60005);
}

TEST(SleepFuture, ZeroSleepCompletesWithoutATimer)
{
    LocalExecutor ex;
    int64_t woke = -1;
    auto id = ex.spawn(std::make_unique<SleepTask>(Millis(0), &woke));
    ex.run_until_idle();
    EXPECT_TRUE(ex.is_complete(id));
    EXPECT_EQ(ex.pending_timers(), 0u);
}

TEST(SleepFuture, DroppingCancelsTheTimer)
{
    LocalExecutor ex;
    bool drop = false;
    Waker waker;
    ex.spawn(std::make_unique<DropTask>(&drop, &waker));
    ex.run_until_idle();
    EXPECT_EQ(ex.pending_timers(), 1u);
    drop = true;
    waker.wake(); // e.g. a race's other arm completed
    ex.run_until_idle();
    EXPECT_EQ(ex.pending_timers(), 0u);
}

TEST(SleepFuture, RepollWithNewWakerReplacesTheTimer)
{
    LocalExecutor ex;
    SleepFuture sleep(Millis(10));
    auto a = std::make_shared<CountTarget>();
    auto b = std::make_shared<CountTarget>();
    Context ca(Waker(a), ex);
    Context cb(Waker(b), ex);
    EXPECT_TRUE(sleep.poll(ca).is_pending());
    EXPECT_TRUE(sleep.poll(ca).is_pending());
    EXPECT_EQ(ex.pending_timers(), 1u);
    EXPECT_TRUE(sleep.poll(cb).is_pending());
    EXPECT_EQ(ex.pending_timers(), 1u);
    ex.advance_time(Millis(10));
    EXPECT_EQ(a->wakes, 0);
    EXPECT_EQ(b->wakes, 1);
    EXPECT_TRUE(sleep.poll(cb).is_ready());
}

TEST(SleepFuture, DropBeforeDeadlineLeavesNoTimer)
{
    LocalExecutor ex;
    auto a = std::make_shared<CountTarget>();
    Context ca(Waker(a), ex);
    {
        SleepFuture sleep(Millis(10));
        EXPECT_TRUE(sleep.poll(ca).is_pending());
        EXPECT_EQ(ex.pending_timers(), 1u);
    }
    EXPECT_EQ(ex.pending_timers(), 0u);
    EXPECT_EQ(a.use_count(), 2); // `a` and the Context: the timer let go of its copy
}
