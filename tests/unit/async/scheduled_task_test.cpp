// Tasks that are their own scheduler entry (Executor::spawn_shared): FIFO polling, release once
// finished, a task that finishes while queued (it woke itself in its last poll), abandon on
// executor destruction, and wakes after the executor is gone.
#include "async/local_executor.hpp"
#include <gtest/gtest.h>
#include <memory>
#include <string>
#include <vector>

using namespace runmat::async;

namespace {

class Step final : public ScheduledTask {
public:
    Step(std::string name, int polls, std::vector<std::string>* log, bool wake_on_last = false)
        : m_name(std::move(name)), m_left(polls), m_log(log), m_wake_on_last(wake_on_last)
    {
    }
    Poll<void> poll(Context& cx) override
    {
        m_log->push_back(m_name);
        if (--m_left <= 0) {
            if (m_wake_on_last)
                cx.waker().wake(); // queued again, then finished: the queue must drop it
            return Ready {};
        }
        cx.waker().wake();
        return Pending;
    }
    void abandon() override { m_log->push_back(m_name + " abandoned"); }

private:
    std::string m_name;
    int m_left;
    std::vector<std::string>* m_log;
    bool m_wake_on_last;
};

} // namespace

TEST(ScheduledTask, PolledInFifoOrderAndReleasedWhenDone)
{
    std::vector<std::string> log;
    std::weak_ptr<Step> a_weak, b_weak;
    {
        LocalExecutor ex;
        auto a = std::make_shared<Step>("a", 2, &log);
        auto b = std::make_shared<Step>("b", 1, &log);
        a_weak = a;
        b_weak = b;
        ex.spawn_shared(a);
        ex.spawn_shared(b);
        a.reset();
        b.reset();
        EXPECT_EQ(ex.live_tasks(), 2u);
        ex.run_until_idle();
        EXPECT_EQ(log, (std::vector<std::string> { "a", "b", "a" }));
        EXPECT_EQ(ex.live_tasks(), 0u);
        EXPECT_TRUE(a_weak.expired()); // the scheduler held the only references
        EXPECT_TRUE(b_weak.expired());
    }
}

TEST(ScheduledTask, FinishingWhileQueuedIsReleasedWithoutAnotherPoll)
{
    std::vector<std::string> log;
    LocalExecutor ex;
    auto t = std::make_shared<Step>("t", 1, &log, true);
    std::weak_ptr<Step> weak = t;
    ex.spawn_shared(std::move(t));
    ex.run_until_idle();
    EXPECT_EQ(log, (std::vector<std::string> { "t" })); // not polled after Ready
    EXPECT_TRUE(weak.expired());
    EXPECT_FALSE(ex.has_ready());
}

TEST(ScheduledTask, UnfinishedTasksAreAbandonedWithTheExecutor)
{
    std::vector<std::string> log;
    std::weak_ptr<Step> weak;
    Waker late;
    {
        LocalExecutor ex;
        auto t = std::make_shared<Step>("t", 3, &log);
        weak = t;
        ex.spawn_shared(t);
        late = Waker(t);
        t.reset();
        // Not run: the task is live and queued when the executor goes.
    }
    EXPECT_EQ(log, (std::vector<std::string> { "t abandoned" }));
    late.wake(); // the executor is gone: inert
    late = Waker();
    EXPECT_TRUE(weak.expired());
}
