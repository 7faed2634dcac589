// LocalExecutor: single thread, deterministic FIFO wake order, virtual clock.
// Tests drive it by hand: run_until_idle(), advance_time(ms). Wakes may come from any thread.
#pragma once
#include "async/executor.hpp"
#include "async/task_scheduler.hpp"
#include "async/timer_queue.hpp"
// Kept for source compatibility: includers may rely on these from the first version.
#include <atomic>
#include <deque>
#include <mutex>
#include <queue>
#include <unordered_map>
#include <vector>

namespace runmat::async {

class LocalExecutor final : public Executor {
public:
    LocalExecutor();
    ~LocalExecutor() override;

    TaskId spawn(std::unique_ptr<Task> task) override;
    void spawn_shared(std::shared_ptr<ScheduledTask> task) override { m_scheduler.spawn_shared(std::move(task)); }
    TimePoint now() const override { return m_now; }
    // Executor thread only (futures call it while being polled). O(log n).
    TimerId add_timer(TimePoint deadline, Waker waker) override;
    // Executor thread only. O(log n); the timer's storage is freed at once.
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
    size_t pending_timers() const { return m_timers.size(); }
    size_t live_tasks() const { return m_scheduler.live_tasks(); }
    // True if some task has been woken and not yet polled.
    bool has_ready() const;
    // Bytes the timer queue holds (for measurements: divide by pending_timers()).
    size_t timer_memory_bytes() const { return m_timers.memory_bytes(); }

private:
    bool fire_next_timer_upto(TimePoint limit);

    TaskScheduler m_scheduler;
    TimerQueue m_timers;
    TimePoint m_now { 0 };
};

} // namespace runmat::async
