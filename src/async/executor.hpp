// Executor interface (host-neutral) and the Context a poll receives.
// Implementations: LocalExecutor (tests, virtual clock) here; native (Asio) in hosts/.
#pragma once
#include "async/poll.hpp"
#include "async/waker.hpp"
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

class Executor {
public:
    virtual ~Executor() = default;
    // Queue a root task; it is first polled from run_*(), never inline.
    virtual TaskId spawn(std::unique_ptr<Task> task) = 0;
    // The same, for a task nobody will ask about by id (the VM's spawned tasks): executors may
    // skip their id bookkeeping.
    virtual void spawn_detached(std::unique_ptr<Task> task) { spawn(std::move(task)); }
    // Current time on this executor's clock (virtual for LocalExecutor).
    virtual TimePoint now() const = 0;
    // Wake `waker` once the clock reaches `deadline`. Returns an id for cancel_timer.
    virtual TimerId add_timer(TimePoint deadline, Waker waker) = 0;
    // Forget a timer; harmless if it already fired.
    virtual void cancel_timer(TimerId id) = 0;
};

} // namespace runmat::async
