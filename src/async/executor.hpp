// Executor interface (host-neutral) and the Context a poll receives.
// Implementations: LocalExecutor (tests, virtual clock) here; native (Asio) in hosts/.
#pragma once
#include "async/poll.hpp"
#include "async/waker.hpp"
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>

namespace runmat::async {

using Millis = std::chrono::milliseconds;
using TimePoint = std::chrono::duration<int64_t, std::milli>; // ms since the executor's epoch
using TaskId = uint64_t;
using TimerId = uint64_t;

class Executor;
class TaskScheduler;
namespace detail {
struct ReadyQueue; // async/task_scheduler.cpp
}

// What a future sees when polled: the waker of the task polling it, and its executor
// (for timers). A future that returns Pending must arrange for waker().wake() later.
class Context {
public:
    Context(Waker waker, Executor& executor) : m_waker(std::move(waker)), m_executor(&executor) { }
    Waker const& waker() const { return m_waker; }
    Executor& executor() const { return *m_executor; }

private:
    Waker m_waker;
    Executor* m_executor;
};

// A unit of work the executor drives to completion: a type-erased root future.
class Task {
public:
    virtual ~Task() = default;
    virtual Poll<void> poll(Context& cx) = 0;
};

// A task the scheduler links in place, with no allocation of its own: its owner allocates it
// (typically inside a larger block, with make_shared) and hands it over by shared_ptr. It is
// its own wake target: the scheduler keeps it alive while it is live or queued.
class ScheduledTask : public WakeTarget {
public:
    // As Task::poll (a ScheduledTask is not a Task: one vtable pointer, not two).
    virtual Poll<void> poll(Context& cx) = 0;
    void wake() final; // thread-safe (async/task_scheduler.cpp)
    // The scheduler is being destroyed before this task completed: drop what the task holds
    // (it may be kept alive longer by other references). Executor thread only.
    virtual void abandon() { }

private:
    friend class TaskScheduler;
    std::shared_ptr<detail::ReadyQueue> m_queue;
    std::shared_ptr<ScheduledTask> m_self; // while live (and while queued after it finished)
    ScheduledTask* m_prev = nullptr;       // the scheduler's live list
    ScheduledTask* m_next = nullptr;
    ScheduledTask* m_ready_next = nullptr; // the ready queue (intrusive, FIFO)
    std::atomic<bool> m_queued { false };  // woken and not yet polled (coalesces wakes)
    bool m_in_queue = false;               // linked in the ready queue or a batch taken from it
    bool m_done = false;                   // returned Ready (or abandoned)
    bool m_has_id = false;                 // spawn()ed: an OwnedTask with an id
};

class Executor {
public:
    virtual ~Executor() = default;
    // Queue a root task; it is first polled from run_*(), never inline.
    virtual TaskId spawn(std::unique_ptr<Task> task) = 0;
    // Queue a task that is its own scheduler entry (the VM's spawned tasks: one allocation per
    // task); nobody asks about it by id.
    virtual void spawn_shared(std::shared_ptr<ScheduledTask> task) = 0;
    // Current time on this executor's clock (virtual for LocalExecutor).
    virtual TimePoint now() const = 0;
    // Wake `waker` once the clock reaches `deadline`. Returns an id for cancel_timer.
    virtual TimerId add_timer(TimePoint deadline, Waker waker) = 0;
    // Forget a timer; harmless if it already fired.
    virtual void cancel_timer(TimerId id) = 0;
};

} // namespace runmat::async
