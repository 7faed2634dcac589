// LocalExecutor: single thread, deterministic FIFO wake order, virtual clock.
// Tests drive it by hand: run_until_idle(), advance_time(ms). Wakes may come from any thread.
#pragma once
#include "async/executor.hpp"
#include <atomic>
#include <deque>
#include <mutex>
#include <queue>
#include <unordered_map>
#include <vector>

namespace runmat::async {

struct LocalWakeTarget;

class LocalExecutor final : public Executor {
public:
    LocalExecutor();
    ~LocalExecutor() override;

    TaskId spawn(std::unique_ptr<Task> task) override;
    TimePoint now() const override { return m_now; }
    TimerId add_timer(TimePoint deadline, Waker waker) override;
    void cancel_timer(TimerId id) override;

    // Poll every woken task (FIFO) until none is ready. Does not advance the clock.
    void run_until_idle();
    // Move the virtual clock forward, firing due timers in deadline order, running ready
    // tasks after each firing.
    void advance_time(Millis ms);
    // Run until `id` has completed: runs ready tasks and, when only timers remain, jumps the
    // virtual clock to the next deadline. Returns false if `id` can make no progress
    // (nothing ready, no timers: it waits on something external).
    bool run_until_complete(TaskId id);
    bool is_complete(TaskId id) const;
    size_t pending_timers() const { return m_timer_count; }
    size_t live_tasks() const { return m_tasks.size(); }
    // True if some task has been woken and not yet polled.
    bool has_ready() const;

private:
    struct Slot;
    struct TimerEntry {
        TimePoint deadline;
        uint64_t seq;
        TimerId id;
        bool operator>(TimerEntry const& o) const { return deadline != o.deadline ? deadline > o.deadline : seq > o.seq; }
    };
    void push_ready(TaskId id);
    bool fire_next_timer_upto(TimePoint limit);

    std::unordered_map<TaskId, std::shared_ptr<Slot>> m_tasks;
    std::unordered_map<TaskId, std::shared_ptr<LocalWakeTarget>> m_targets;
    std::shared_ptr<std::atomic<bool>> m_alive; // false once destroyed; stale wakers check it
    mutable std::mutex m_ready_mutex; // guards m_ready (wakes may come from other threads)
    std::deque<TaskId> m_ready;
    std::priority_queue<TimerEntry, std::vector<TimerEntry>, std::greater<>> m_timer_heap;
    std::unordered_map<TimerId, Waker> m_timer_wakers; // live timers; cancelled ones are erased
    size_t m_timer_count = 0;
    TimePoint m_now { 0 };
    TaskId m_next_task = 1;
    TimerId m_next_timer = 1;
    uint64_t m_seq = 0;
    friend struct LocalWakeTarget;
};

} // namespace runmat::async
