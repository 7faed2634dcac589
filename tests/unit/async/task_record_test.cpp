// TaskRecord and JoinWait: final states, many join waiters, RAII unregistration, task trees.
#include "async/local_executor.hpp"
#include "async/task_record.hpp"
#include <gtest/gtest.h>
#include <string>

using namespace runmat::async;

namespace {

using Record = TaskRecord<int, std::string>;

struct CountTarget final : WakeTarget {
    int wakes = 0;
    void wake() override { ++wakes; }
};

// Joins a record and copies its outcome.
class JoinTask final : public Task {
public:
    JoinTask(std::shared_ptr<Record> r, int* sum) : m_record(r), m_wait(r), m_sum(sum) { }
    Poll<void> poll(Context& cx) override
    {
        if (m_wait.poll(cx).is_pending())
            return Pending;
        if (m_record->state() == TaskState::Completed)
            *m_sum += m_record->value();
        return Ready {};
    }

private:
    std::shared_ptr<Record> m_record;
    JoinWait m_wait;
    int* m_sum;
};

} // namespace

TEST(TaskRecord, CompletesOnceAndWakesEveryJoiner)
{
    LocalExecutor ex;
    auto rec = std::make_shared<Record>(7, CancelToken {});
    int sum = 0;
    for (int i = 0; i < 100; ++i)
        ex.spawn(std::make_unique<JoinTask>(rec, &sum));
    ex.run_until_idle();
    EXPECT_EQ(rec->join_waiter_count(), 100u);
    EXPECT_EQ(rec->state(), TaskState::Running);
    rec->complete(5);
    rec->fail("ignored: already finished");
    EXPECT_EQ(rec->state(), TaskState::Completed);
    EXPECT_EQ(rec->join_waiter_count(), 0u);
    ex.run_until_idle();
    EXPECT_EQ(sum, 500);
    EXPECT_EQ(ex.live_tasks(), 0u);
}

TEST(TaskRecord, FailedAndCancelledAreFinal)
{
    auto failed = std::make_shared<Record>(1, CancelToken {});
    failed->fail("boom");
    EXPECT_EQ(failed->state(), TaskState::Failed);
    EXPECT_EQ(failed->error(), "boom");
    auto cancelled = std::make_shared<Record>(2, CancelToken {});
    cancelled->request_cancel();
    EXPECT_TRUE(cancelled->token().is_cancelled());
    EXPECT_EQ(cancelled->state(), TaskState::Running); // a request is not yet an outcome
    cancelled->mark_cancelled();
    cancelled->complete(3);
    EXPECT_EQ(cancelled->state(), TaskState::Cancelled);
    EXPECT_TRUE(JoinWait(cancelled).poll(Waker {}).is_ready());
}

TEST(TaskRecord, DroppedJoinWaitUnregisters)
{
    auto rec = std::make_shared<Record>(1, CancelToken {});
    auto a = std::make_shared<CountTarget>();
    auto b = std::make_shared<CountTarget>();
    JoinWait kept(rec);
    EXPECT_TRUE(kept.poll(Waker(a)).is_pending());
    {
        JoinWait dropped(rec);
        EXPECT_TRUE(dropped.poll(Waker(b)).is_pending());
        EXPECT_EQ(rec->join_waiter_count(), 2u);
    }
    EXPECT_EQ(rec->join_waiter_count(), 1u);
    JoinWait moved = std::move(kept);
    EXPECT_EQ(rec->join_waiter_count(), 1u);
    rec->complete(1);
    EXPECT_EQ(a->wakes, 1);
    EXPECT_EQ(b->wakes, 0);
    EXPECT_TRUE(moved.poll(Waker(a)).is_ready());
}

TEST(TaskRecord, RepollReplacesWakerWithoutDuplicating)
{
    auto rec = std::make_shared<Record>(1, CancelToken {});
    auto a = std::make_shared<CountTarget>();
    auto b = std::make_shared<CountTarget>();
    JoinWait w(rec);
    EXPECT_TRUE(w.poll(Waker(a)).is_pending());
    EXPECT_TRUE(w.poll(Waker(b)).is_pending());
    EXPECT_EQ(rec->join_waiter_count(), 1u);
    rec->complete(0);
    EXPECT_EQ(a->wakes, 0);
    EXPECT_EQ(b->wakes, 1);
}

TEST(TaskRecord, TaskTreeCancelsThroughChildTokens)
{
    auto parent = std::make_shared<Record>(1, CancelToken {});
    auto child = std::make_shared<Record>(2, parent->token().child());
    auto grandchild = std::make_shared<Record>(3, child->token().child());
    parent->request_cancel();
    EXPECT_TRUE(child->token().is_cancelled());
    EXPECT_TRUE(grandchild->token().is_cancelled());
}
