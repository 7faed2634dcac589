// LocalExecutor: deterministic single-threaded executor with a virtual clock.
#include "async/local_executor.hpp"
#include <atomic>

namespace runmat::async {

struct LocalExecutor::Slot {
    std::unique_ptr<Task> task;
    bool complete = false;
};

// Wake target of one task. Holds the executor weakly via a shared "alive" flag so a waker that
// outlives the executor does nothing. `queued` coalesces repeated wakes.
struct LocalWakeTarget final : WakeTarget {
    LocalExecutor* executor;
    TaskId id;
    std::shared_ptr<std::atomic<bool>> alive;
    std::atomic<bool> queued { false };
    void wake() override
    {
        if (!alive->load())
            return;
        if (queued.exchange(true))
            return;
        executor->push_ready(id);
    }
};

LocalExecutor::LocalExecutor() : m_alive(std::make_shared<std::atomic<bool>>(true)) { }

LocalExecutor::~LocalExecutor() { m_alive->store(false); }

TaskId LocalExecutor::spawn(std::unique_ptr<Task> task)
{
    TaskId id = m_next_task++;
    auto slot = std::make_shared<Slot>();
    slot->task = std::move(task);
    m_tasks.emplace(id, std::move(slot));
    auto target = std::make_shared<LocalWakeTarget>();
    target->executor = this;
    target->id = id;
    target->alive = m_alive;
    m_targets.emplace(id, target);
    target->wake();
    return id;
}

void LocalExecutor::push_ready(TaskId id)
{
    std::lock_guard lock(m_ready_mutex);
    m_ready.push_back(id);
}

bool LocalExecutor::has_ready() const
{
    std::lock_guard lock(m_ready_mutex);
    return !m_ready.empty();
}

void LocalExecutor::run_until_idle()
{
    for (;;) {
        TaskId id;
        {
            std::lock_guard lock(m_ready_mutex);
            if (m_ready.empty())
                return;
            id = m_ready.front();
            m_ready.pop_front();
        }
        auto it = m_tasks.find(id);
        if (it == m_tasks.end())
            continue;
        auto target = m_targets[id];
        target->queued.store(false);
        auto slot = it->second; // keep alive while polling
        Context cx(Waker(target), *this);
        if (slot->task->poll(cx).is_ready()) {
            slot->complete = true;
            slot->task.reset();
            m_tasks.erase(id);
            m_targets.erase(id);
        }
    }
}

TimerId LocalExecutor::add_timer(TimePoint deadline, Waker waker)
{
    TimerId id = m_next_timer++;
    m_timer_heap.push(TimerEntry { deadline, m_seq++, id });
    m_timer_wakers.emplace(id, std::move(waker));
    ++m_timer_count;
    return id;
}

void LocalExecutor::cancel_timer(TimerId id)
{
    if (m_timer_wakers.erase(id))
        --m_timer_count;
}

bool LocalExecutor::fire_next_timer_upto(TimePoint limit)
{
    while (!m_timer_heap.empty()) {
        TimerEntry top = m_timer_heap.top();
        auto it = m_timer_wakers.find(top.id);
        if (it == m_timer_wakers.end()) { // cancelled: drop lazily
            m_timer_heap.pop();
            continue;
        }
        if (top.deadline > limit)
            return false;
        m_timer_heap.pop();
        Waker w = std::move(it->second);
        m_timer_wakers.erase(it);
        --m_timer_count;
        if (top.deadline > m_now)
            m_now = top.deadline;
        w.wake();
        return true;
    }
    return false;
}

void LocalExecutor::advance_time(Millis ms)
{
    TimePoint target = m_now + TimePoint(ms.count());
    run_until_idle();
    while (fire_next_timer_upto(target))
        run_until_idle();
    m_now = target;
}

bool LocalExecutor::is_complete(TaskId id) const { return m_tasks.find(id) == m_tasks.end() && id < m_next_task; }

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
