// CancelToken: exactly-once wakes, RAII registrations, child tokens, cross-thread cancel.
#include "async/cancel.hpp"
#include "async/local_executor.hpp"
#include <atomic>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

using namespace runmat::async;

namespace {

struct CountTarget final : WakeTarget {
    std::atomic<int> wakes { 0 };
    void wake() override { ++wakes; }
};

// Completes when the token is cancelled; counts its polls.
class CancelTask final : public Task {
public:
    CancelTask(CancelToken token, int* polls, int* done) : m_wait(std::move(token)), m_polls(polls), m_done(done) { }
    Poll<void> poll(Context& cx) override
    {
        ++*m_polls;
        if (m_wait.poll(cx).is_pending())
            return Pending;
        ++*m_done;
        return Ready {};
    }

private:
    CancelWait m_wait;
    int* m_polls;
    int* m_done;
};

} // namespace

TEST(CancelToken, WakesEachWaiterOnceAndStaysCancelled)
{
    CancelToken tok;
    auto a = std::make_shared<CountTarget>();
    auto b = std::make_shared<CountTarget>();
    auto ra = tok.register_waker(Waker(a));
    auto rb = tok.register_waker(Waker(b));
    EXPECT_EQ(tok.waiter_count(), 2u);
    EXPECT_FALSE(tok.is_cancelled());
    tok.cancel();
    tok.cancel();
    EXPECT_TRUE(tok.is_cancelled());
    EXPECT_EQ(a->wakes, 1);
    EXPECT_EQ(b->wakes, 1);
    EXPECT_TRUE(ra.fired());
    EXPECT_EQ(tok.waiter_count(), 0u);
}

TEST(CancelToken, CopiesShareState)
{
    CancelToken tok;
    CancelToken copy = tok;
    copy.cancel();
    EXPECT_TRUE(tok.is_cancelled());
    EXPECT_TRUE(tok.same_as(copy));
}

TEST(CancelToken, RegisteringOnCancelledTokenWakesAtOnce)
{
    CancelToken tok;
    tok.cancel();
    auto a = std::make_shared<CountTarget>();
    auto r = tok.register_waker(Waker(a));
    EXPECT_EQ(a->wakes, 1);
    EXPECT_TRUE(r.fired());
    int ran = 0;
    auto rc = tok.on_cancel([&] { ++ran; });
    EXPECT_EQ(ran, 1);
}

TEST(CancelToken, DroppedRegistrationIsNeverWoken)
{
    CancelToken tok;
    auto a = std::make_shared<CountTarget>();
    {
        auto r = tok.register_waker(Waker(a));
        EXPECT_EQ(tok.waiter_count(), 1u);
    }
    EXPECT_EQ(tok.waiter_count(), 0u);
    EXPECT_EQ(a.use_count(), 1); // the waker reference was released
    tok.cancel();
    EXPECT_EQ(a->wakes, 0);
}

TEST(CancelToken, SetWakerReplacesTheWaker)
{
    CancelToken tok;
    auto a = std::make_shared<CountTarget>();
    auto b = std::make_shared<CountTarget>();
    auto r = tok.register_waker(Waker(a));
    r.set_waker(Waker(b));
    tok.cancel();
    EXPECT_EQ(a->wakes, 0);
    EXPECT_EQ(b->wakes, 1);
}

TEST(CancelToken, MovedRegistrationStaysRegistered)
{
    CancelToken tok;
    auto a = std::make_shared<CountTarget>();
    CancelRegistration outer;
    {
        auto r = tok.register_waker(Waker(a));
        outer = std::move(r);
    }
    EXPECT_EQ(tok.waiter_count(), 1u);
    tok.cancel();
    EXPECT_EQ(a->wakes, 1);
}

TEST(CancelToken, FanOutToThousandTasksFromAnotherThread)
{
    LocalExecutor ex;
    CancelToken tok;
    int polls = 0, done = 0;
    for (int i = 0; i < 1000; ++i)
        ex.spawn(std::make_unique<CancelTask>(tok, &polls, &done));
    ex.run_until_idle();
    EXPECT_EQ(polls, 1000);
    EXPECT_EQ(tok.waiter_count(), 1000u);
    std::thread th([tok] { tok.cancel(); });
    th.join();
    ex.run_until_idle();
    EXPECT_EQ(done, 1000);
    EXPECT_EQ(polls, 2000); // each task woken exactly once
    EXPECT_EQ(tok.waiter_count(), 0u);
    EXPECT_EQ(ex.live_tasks(), 0u);
}

TEST(CancelToken, ChildTokensFollowTheirParentOnly)
{
    CancelToken root;
    CancelToken child = root.child();
    CancelToken grandchild = child.child();
    CancelToken sibling = root.child();
    auto a = std::make_shared<CountTarget>();
    auto r = grandchild.register_waker(Waker(a));
    sibling.cancel();
    EXPECT_FALSE(root.is_cancelled());
    EXPECT_FALSE(child.is_cancelled());
    root.cancel();
    EXPECT_TRUE(child.is_cancelled());
    EXPECT_TRUE(grandchild.is_cancelled());
    EXPECT_EQ(a->wakes, 1);
    EXPECT_TRUE(root.child().is_cancelled()); // a child of a cancelled token starts cancelled
}

TEST(CancelToken, DroppedChildUnlinksFromParent)
{
    CancelToken root;
    for (int i = 0; i < 1000; ++i) {
        CancelToken c = root.child();
        EXPECT_EQ(root.waiter_count(), 1u);
    }
    EXPECT_EQ(root.waiter_count(), 0u);
    root.cancel();
}

TEST(CancelToken, CallbackMayDropItsOwnRegistration)
{
    CancelToken tok;
    auto holder = std::make_unique<CancelRegistration>();
    int ran = 0;
    *holder = tok.on_cancel([&] {
        ++ran;
        holder.reset(); // destroys the registration from inside its own callback
    });
    tok.cancel();
    EXPECT_EQ(ran, 1);
    EXPECT_EQ(holder, nullptr);
}

TEST(CancelToken, ConcurrentCancelRunsCallbacksOnce)
{
    for (int round = 0; round < 50; ++round) {
        CancelToken tok;
        std::atomic<int> ran { 0 };
        std::vector<CancelRegistration> regs;
        for (int i = 0; i < 20; ++i)
            regs.push_back(tok.on_cancel([&] { ++ran; }));
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([tok] { tok.cancel(); });
        for (auto& t : threads)
            t.join();
        EXPECT_EQ(ran.load(), 20);
    }
}

// Registrations dropped while another thread cancels: no waiter runs after its drop returns.
TEST(CancelToken, DropRacingCancelNeverRunsAfterDrop)
{
    for (int round = 0; round < 200; ++round) {
        CancelToken tok;
        std::atomic<bool> dropped { false };
        std::atomic<bool> ran_after_drop { false };
        auto reg = std::make_unique<CancelRegistration>(tok.on_cancel([&] {
            if (dropped.load())
                ran_after_drop = true;
        }));
        std::thread th([tok] { tok.cancel(); });
        reg.reset();
        dropped = true;
        th.join();
        EXPECT_FALSE(ran_after_drop.load());
    }
}
