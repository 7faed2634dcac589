// TaskScheduler: intrusive live-task list + FIFO ready queue with coalesced, thread-safe wakes.
#include "async/task_scheduler.hpp"
#include <mutex>
#include <vector>

namespace runmat::async {

namespace detail {

// State a waker may touch after the scheduler is gone: the queue lives here, not in the
// scheduler, and `alive` turns late wakes into no-ops. The queue holds each woken task by a
// strong reference, so a task that completes while queued is skipped, never dangling.
struct ReadyQueue {
    std::mutex mutex;
    std::vector<std::shared_ptr<ScheduledTask>> ready; // guarded by mutex
    bool alive = true;                                 // guarded by mutex
    std::function<void()> on_ready;
};

} // namespace detail

void ScheduledTask::wake()
{
    if (m_queued.exchange(true))
        return;
    detail::ReadyQueue& q = *m_queue;
    std::lock_guard lock(q.mutex);
    if (!q.alive)
        return;
    bool was_empty = q.ready.empty();
    q.ready.push_back(shared_from_this());
    if (was_empty && q.on_ready)
        q.on_ready();
}

namespace {

// A spawn()ed task: the scheduler's own entry owning it.
} // namespace

class OwnedTask final : public ScheduledTask {
public:
    OwnedTask(std::unique_ptr<Task> task, TaskId id) : m_task(std::move(task)), m_id(id) { }
    TaskId id() const { return m_id; }
    Poll<void> poll(Context& cx) override
    {
        auto r = m_task->poll(cx);
        if (r.is_ready())
            m_task.reset(); // a completed task is destroyed at once
        return r;
    }
    void abandon() override { m_task.reset(); }

private:
    std::unique_ptr<Task> m_task;
    TaskId m_id;
};

TaskScheduler::TaskScheduler(std::function<void()> on_ready) : m_queue(std::make_shared<detail::ReadyQueue>())
{
    m_queue->on_ready = std::move(on_ready);
}

TaskScheduler::~TaskScheduler()
{
    destroy_tasks();
    std::vector<std::shared_ptr<ScheduledTask>> ready;
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->alive = false;
        ready.swap(m_queue->ready);
        m_queue->on_ready = nullptr;
    }
}

void TaskScheduler::link(std::shared_ptr<ScheduledTask> task)
{
    ScheduledTask* t = task.get();
    t->m_queue = m_queue;
    t->m_next = m_live;
    if (m_live)
        m_live->m_prev = t;
    m_live = t;
    ++m_live_count;
    t->m_self = std::move(task);
}

TaskId TaskScheduler::spawn(std::unique_ptr<Task> task)
{
    TaskId id = m_next_task++;
    auto entry = std::make_shared<OwnedTask>(std::move(task), id);
    ScheduledTask* t = entry.get();
    t->m_has_id = true;
    link(std::move(entry));
    m_by_id.emplace(id, t);
    t->wake();
    return id;
}

void TaskScheduler::spawn_shared(std::shared_ptr<ScheduledTask> task)
{
    ScheduledTask* t = task.get();
    link(std::move(task));
    t->wake();
}

// Unlinks a task from the live list and drops its self-reference (the caller holds another).
void TaskScheduler::retire(ScheduledTask& t)
{
    (t.m_prev ? t.m_prev->m_next : m_live) = t.m_next;
    if (t.m_next)
        t.m_next->m_prev = t.m_prev;
    t.m_prev = t.m_next = nullptr;
    t.m_done = true;
    --m_live_count;
    if (t.m_has_id)
        m_by_id.erase(static_cast<OwnedTask&>(t).id());
    t.m_self.reset();
}

// Drains the queue a batch at a time (one lock per batch). Tasks woken during the batch land
// in the shared queue behind it, so the order stays FIFO. `m_queued` is cleared before the
// poll so a wake during the poll queues the task again.
size_t TaskScheduler::run_ready(Executor& executor)
{
    size_t polls = 0;
    std::vector<std::shared_ptr<ScheduledTask>> batch;
    for (;;) {
        {
            std::lock_guard lock(m_queue->mutex);
            if (m_queue->ready.empty())
                break;
            batch.swap(m_queue->ready);
        }
        for (auto& t : batch) {
            if (t->m_done) // completed (or abandoned) while queued
                continue;
            t->m_queued.store(false);
            Context cx(Waker(t), executor);
            ++polls;
            if (t->poll(cx).is_ready())
                retire(*t);
        }
        batch.clear();
    }
    return polls;
}

void TaskScheduler::destroy_tasks()
{
    while (m_live) {
        std::shared_ptr<ScheduledTask> t = m_live->m_self;
        retire(*t);
        t->abandon(); // may spawn or wake: the list is consistent here
    }
}

bool TaskScheduler::has_ready() const
{
    std::lock_guard lock(m_queue->mutex);
    return !m_queue->ready.empty();
}

bool TaskScheduler::is_complete(TaskId id) const { return id != 0 && id < m_next_task && m_by_id.find(id) == m_by_id.end(); }

} // namespace runmat::async
