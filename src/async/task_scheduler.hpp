// TaskScheduler: the task table and FIFO ready queue every executor shares; it polls tasks and
// turns wakes (from any thread) into queue entries. It knows no clock, timer or host loop.
#pragma once
#include "async/executor.hpp"
#include <cstddef>
#include <functional>
#include <memory>
#include <unordered_map>

namespace runmat::async {

class TaskScheduler {
public:
    // `on_ready` is called (from the waking thread, under the queue lock, so keep it short and
    // never call back into the scheduler) each time the ready queue goes from empty to
    // non-empty: a host loop posts one "drain" there, so a burst of wakes costs one post.
    explicit TaskScheduler(std::function<void()> on_ready = {});
    ~TaskScheduler(); // wakers that outlive the scheduler become inert
    TaskScheduler(TaskScheduler const&) = delete;
    TaskScheduler& operator=(TaskScheduler const&) = delete;

    // Executor thread only. Queues the task; it is first polled by run_ready(), never inline.
    // Its id can be passed to is_complete().
    TaskId spawn(std::unique_ptr<Task> task);
    // Executor thread only. Queues a task that is its own entry (no allocation, no id).
    void spawn_shared(std::shared_ptr<ScheduledTask> task);
    // Executor thread only. Polls woken tasks in FIFO order until none is ready, including
    // tasks woken while it runs. Returns how many polls it made.
    size_t run_ready(Executor& executor);
    bool has_ready() const;
    // True once `id` (from spawn()) was spawned and its task returned Ready (its task object is
    // destroyed).
    bool is_complete(TaskId id) const;
    size_t live_tasks() const { return m_live_count; }
    // Executor thread only. Ends every live task now: a spawn()ed task is destroyed, a shared
    // one abandoned (an executor's destructor calls it first, while the tasks may still use the
    // executor, e.g. to cancel timers).
    void destroy_tasks();

private:
    void link(std::shared_ptr<ScheduledTask> task);
    void retire(ScheduledTask& task);

    std::shared_ptr<detail::ReadyQueue> m_queue; // shared with every task (its waker)
    ScheduledTask* m_live = nullptr;             // intrusive list of live (not yet complete) tasks
    size_t m_live_count = 0;
    std::unordered_map<TaskId, ScheduledTask*> m_by_id; // live tasks started by spawn()
    TaskId m_next_task = 1;
};

} // namespace runmat::async
