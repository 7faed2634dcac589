// oneshot<T>: value or Closed, cross-thread send wakes the receiver, dropped receiver.
#include "async/local_executor.hpp"
#include "async/oneshot.hpp"
#include <gtest/gtest.h>
#include <string>
#include <thread>

using namespace runmat::async;

namespace {

struct CountTarget final : WakeTarget {
    std::atomic<int> wakes { 0 };
    void wake() override { ++wakes; }
};

class RecvTask final : public Task {
public:
    RecvTask(OneshotReceiver<std::string> rx, std::string* out, bool* closed) : m_rx(std::move(rx)), m_out(out), m_closed(closed) { }
    Poll<void> poll(Context& cx) override
    {
        auto p = m_rx.poll(cx);
        if (p.is_pending())
            return Pending;
        if (p.value().is_closed())
            *m_closed = true;
        else
            *m_out = p.value().take();
        return Ready {};
    }

private:
    OneshotReceiver<std::string> m_rx;
    std::string* m_out;
    bool* m_closed;
};

} // namespace

TEST(Oneshot, SendBeforePollIsReadyAtOnce)
{
    auto [tx, rx] = oneshot<int>();
    EXPECT_TRUE(tx.send(42));
    EXPECT_FALSE(tx.valid());
    auto p = rx.poll(Waker {});
    ASSERT_TRUE(p.is_ready());
    ASSERT_FALSE(p.value().is_closed());
    EXPECT_EQ(p.value().value(), 42);
    auto again = rx.poll(Waker {});
    ASSERT_TRUE(again.is_ready());
    EXPECT_TRUE(again.value().is_closed()); // completes once
}

TEST(Oneshot, SendWakesTheLatestWakerOnce)
{
    auto [tx, rx] = oneshot<int>();
    auto a = std::make_shared<CountTarget>();
    auto b = std::make_shared<CountTarget>();
    EXPECT_TRUE(rx.poll(Waker(a)).is_pending());
    EXPECT_TRUE(rx.poll(Waker(b)).is_pending());
    tx.send(1);
    EXPECT_EQ(a->wakes, 0);
    EXPECT_EQ(b->wakes, 1);
}

TEST(Oneshot, DroppedSenderClosesAndWakes)
{
    auto [tx, rx] = oneshot<int>();
    auto a = std::make_shared<CountTarget>();
    EXPECT_TRUE(rx.poll(Waker(a)).is_pending());
    { auto gone = std::move(tx); }
    EXPECT_EQ(a->wakes, 1);
    auto p = rx.poll(Waker(a));
    ASSERT_TRUE(p.is_ready());
    EXPECT_TRUE(p.value().is_closed());
}

TEST(Oneshot, DroppedReceiverMakesSendANoOp)
{
    auto [tx, rx] = oneshot<std::shared_ptr<int>>();
    auto payload = std::make_shared<int>(7);
    { auto gone = std::move(rx); }
    EXPECT_TRUE(tx.is_receiver_gone());
    EXPECT_FALSE(tx.send(payload));
    EXPECT_EQ(payload.use_count(), 1); // the value was dropped, not stored
}

TEST(Oneshot, SendFromWorkerThreadWakesTaskOnExecutor)
{
    LocalExecutor ex;
    auto [tx, rx] = oneshot<std::string>();
    std::string out;
    bool closed = false;
    auto id = ex.spawn(std::make_unique<RecvTask>(std::move(rx), &out, &closed));
    ex.run_until_idle();
    EXPECT_FALSE(ex.is_complete(id));
    std::thread worker([tx = std::move(tx)]() mutable { tx.send("from worker"); });
    worker.join();
    EXPECT_TRUE(ex.has_ready());
    ex.run_until_idle();
    EXPECT_TRUE(ex.is_complete(id));
    EXPECT_EQ(out, "from worker");
    EXPECT_FALSE(closed);
}

TEST(Oneshot, SenderDroppedOnWorkerThreadGivesClosed)
{
    LocalExecutor ex;
    auto [tx, rx] = oneshot<std::string>();
    std::string out;
    bool closed = false;
    auto id = ex.spawn(std::make_unique<RecvTask>(std::move(rx), &out, &closed));
    ex.run_until_idle();
    std::thread worker([tx = std::move(tx)]() mutable { auto drop = std::move(tx); });
    worker.join();
    EXPECT_TRUE(ex.run_until_complete(id));
    EXPECT_TRUE(closed);
}
