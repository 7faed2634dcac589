// TaskRecord: the bookkeeping of one spawned task (id, state, result, cancel token, join
// waiters), for the VM's task handles. It knows no VM, value type or executor implementation.
//
// Design: a non-template base (TaskRecordBase: id, state, token, waiters) plus a template on
// the result and error types (TaskRecord<T, E>). The template keeps results typed (no
// std::any or void* casts when the VM reads a task's outputs), while the base lets code that
// never looks at results (join/race over mixed tasks, "cancel every task of this execution",
// the unfinished-task warning, JoinWait) work on any record through one type.
// Threading: records are touched on the executor thread only; only the CancelToken inside is
// thread-safe (so a host interrupt may request cancellation from any thread).
#pragma once
#include "async/cancel.hpp"
#include "async/executor.hpp"
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>

namespace runmat::async {

// Completed, Failed and Cancelled are final. Cancelled means the task acknowledged a cancel
// request (unwound at an await point), not merely that one was requested.
enum class TaskState : uint8_t { Running, Completed, Failed, Cancelled };

class JoinWait;

class TaskRecordBase {
public:
    TaskRecordBase(TaskId id, CancelToken token) : m_id(id), m_token(std::move(token)) { }
    // Not virtual (a record is never deleted through its base: shared_ptrs to the base come
    // from make_shared of the derived type, or alias a record held in a larger object).
    ~TaskRecordBase();
    TaskRecordBase(TaskRecordBase const&) = delete;
    TaskRecordBase& operator=(TaskRecordBase const&) = delete;

    TaskId id() const { return m_id; }
    TaskState state() const { return m_state; }
    bool is_finished() const { return m_state != TaskState::Running; }
    // The task's token: its body checks it at await points; children derive from it
    // (token().child()) so cancelling a task cancels the tasks it spawned.
    CancelToken const& token() const { return m_token; }
    // Ask the task to stop (thread-safe); the driver later calls mark_cancelled().
    void request_cancel() const { m_token.cancel(); }
    // Join waiters registered and not yet woken.
    size_t join_waiter_count() const { return m_waiter_count; }
    // The driver records that the task unwound because of a cancel; wakes every join waiter.
    void mark_cancelled() { finish(TaskState::Cancelled); }

protected:
    // Moves to a final state and wakes every join waiter exactly once. Later calls are
    // ignored (a task finishes once).
    void finish(TaskState state);

private:
    friend class JoinWait;
    TaskId m_id;
    TaskState m_state = TaskState::Running;
    uint32_t m_waiter_count = 0;
    CancelToken m_token;
    JoinWait* m_head = nullptr; // intrusive list of waiting JoinWaits
    JoinWait* m_tail = nullptr;
};

// T: the task's result (e.g. the VM's output values); E: its error (e.g. RuntimeError).
template <typename T, typename E>
class TaskRecord final : public TaskRecordBase {
public:
    using TaskRecordBase::TaskRecordBase;
    void complete(T value)
    {
        if (is_finished())
            return;
        m_value = std::move(value);
        finish(TaskState::Completed);
    }
    void fail(E error)
    {
        if (is_finished())
            return;
        m_error = std::make_unique<E>(std::move(error));
        finish(TaskState::Failed);
    }
    // Valid in state Completed / Failed respectively.
    T& value() { return m_value; }
    E& error() { return *m_error; }
    T take_value() { return std::move(m_value); }
    E take_error() { return std::move(*m_error); }

private:
    T m_value {}; // valid in state Completed
    std::unique_ptr<E> m_error; // boxed: errors are rare, and a pending task stays small
};

// A future that completes when a record reaches a final state; the caller then reads the
// record. Any number may wait on one record. Dropping a JoinWait unregisters it (a race that
// cancels its losers leaves no dangling waiter). Movable; executor thread only.
class JoinWait {
public:
    explicit JoinWait(std::shared_ptr<TaskRecordBase> record) : m_record(std::move(record)) { }
    ~JoinWait() { unlink(); }
    JoinWait(JoinWait&& other) noexcept;
    JoinWait& operator=(JoinWait&& other) noexcept;
    JoinWait(JoinWait const&) = delete;
    JoinWait& operator=(JoinWait const&) = delete;

    // Ready once the record is finished; else keeps `waker` (the latest one) and is Pending.
    Poll<void> poll(Waker const& waker);
    Poll<void> poll(Context& cx) { return poll(cx.waker()); }
    TaskRecordBase& record() const { return *m_record; }

private:
    friend class TaskRecordBase;
    void link();
    void unlink();
    void take_place_of(JoinWait& other);

    std::shared_ptr<TaskRecordBase> m_record;
    Waker m_waker;
    JoinWait* m_prev = nullptr;
    JoinWait* m_next = nullptr;
    bool m_linked = false;
};

} // namespace runmat::async
