// SleepFuture: completes once the executor's clock reaches a deadline (sleep_ms, pause, the
// timeout arm of with_timeout_ms). Host-neutral: it only uses Executor's timer API.
#pragma once
#include "async/executor.hpp"
#include <optional>

namespace runmat::async {

// The timer is registered on the first Pending poll, on the polling task's executor. A re-poll
// with a different waker re-registers (the queue holds one waker per timer: replace, never
// append). Dropping the future cancels its timer, so an abandoned sleep (race loser, cancelled
// task) leaves nothing in the queue. Executor thread only; the executor must outlive it.
class SleepFuture {
public:
    explicit SleepFuture(Millis duration) : m_duration(duration) { }
    ~SleepFuture() { disarm(); }
    SleepFuture(SleepFuture&& other) noexcept
        : m_duration(other.m_duration), m_deadline(other.m_deadline), m_executor(other.m_executor), m_timer(other.m_timer), m_waker(std::move(other.m_waker)), m_has_deadline(other.m_has_deadline), m_armed(other.m_armed)
    {
        other.m_armed = false;
    }
    SleepFuture(SleepFuture const&) = delete;
    SleepFuture& operator=(SleepFuture const&) = delete;
    SleepFuture& operator=(SleepFuture&&) = delete;

    Poll<void> poll(Context& cx)
    {
        Executor& ex = cx.executor();
        if (!m_has_deadline) {
            m_deadline = ex.now() + TimePoint(m_duration.count());
            m_has_deadline = true;
        }
        if (ex.now() >= m_deadline) {
            disarm();
            return Ready {};
        }
        if (m_armed && m_executor == &ex && m_waker.same_as(cx.waker()))
            return Pending; // already armed with this waker
        disarm();
        m_executor = &ex;
        m_waker = cx.waker();
        m_timer = ex.add_timer(m_deadline, m_waker);
        m_armed = true;
        return Pending;
    }
    // The absolute deadline, once the first poll fixed it.
    std::optional<TimePoint> deadline() const { return m_has_deadline ? std::optional<TimePoint>(m_deadline) : std::nullopt; }

private:
    void disarm()
    {
        if (m_armed)
            m_executor->cancel_timer(m_timer);
        m_armed = false;
    }
    Millis m_duration;
    TimePoint m_deadline { 0 };     // fixed at the first poll: the sleep starts then
    Executor* m_executor = nullptr; // where m_timer lives
    TimerId m_timer = 0;            // the armed timer (m_armed)
    Waker m_waker;                  // the waker m_timer holds
    bool m_has_deadline = false;
    bool m_armed = false;
};

} // namespace runmat::async
