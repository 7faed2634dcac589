// LocalExecutor: deterministic single-threaded executor with a virtual clock.
#include "async/local_executor.hpp"

namespace runmat::async {

LocalExecutor::LocalExecutor() = default;

LocalExecutor::~LocalExecutor() { m_scheduler.destroy_tasks(); }

TaskId LocalExecutor::spawn(std::unique_ptr<Task> task) { return m_scheduler.spawn(std::move(task)); }

bool LocalExecutor::has_ready() const { return m_scheduler.has_ready(); }

void LocalExecutor::run_until_idle() { m_scheduler.run_ready(*this); }

TimerId LocalExecutor::add_timer(TimePoint deadline, Waker waker) { return m_timers.add(deadline, std::move(waker)); }

void LocalExecutor::cancel_timer(TimerId id) { m_timers.cancel(id); }

// Fires one timer (the clock jumps to its deadline, never backwards). The woken task is
// polled by the caller's next run_until_idle(), so tasks see timers in deadline order.
bool LocalExecutor::fire_next_timer_upto(TimePoint limit)
{
    auto due = m_timers.pop_due(limit);
    if (!due)
        return false;
    if (due->deadline > m_now)
        m_now = due->deadline;
    due->waker.wake();
    return true;
}

void LocalExecutor::advance_time(Millis ms)
{
    TimePoint target = m_now + TimePoint(ms.count());
    run_until_idle();
    while (fire_next_timer_upto(target))
        run_until_idle();
    m_now = target;
}

bool LocalExecutor::is_complete(TaskId id) const { return m_scheduler.is_complete(id); }

bool LocalExecutor::run_until_complete(TaskId id)
{
    for (;;) {
        run_until_idle();
        if (is_complete(id))
            return true;
        if (!fire_next_timer_upto(TimePoint(INT64_MAX)))
            return false;
    }
}

} // namespace runmat::async
