// TaskScheduler: intrusive live-task list + FIFO ready queue with coalesced, thread-safe wakes.
#include "async/task_scheduler.hpp"
#include <mutex>

namespace runmat::async {

namespace detail {

// State a waker may touch after the scheduler is gone: the queue lives here, not in the
// scheduler, and `alive` turns late wakes into no-ops. The queue links tasks through their
// m_ready_next (no allocation per wake). A queued task is kept alive by its m_self: a task
// that finishes while queued keeps it until the queue reaches it (retire() defers), and a
// finished task is never queued again (wake() checks m_done under the lock).
struct ReadyQueue {
    std::mutex mutex;
    ScheduledTask* head = nullptr; // guarded by mutex
    ScheduledTask* tail = nullptr;
    bool alive = true;             // guarded by mutex
    std::function<void()> on_ready;
};

} // namespace detail

void ScheduledTask::wake()
{
    if (!m_queue || m_queued.exchange(true)) // not spawned yet, or already queued
        return;
    detail::ReadyQueue& q = *m_queue;
    std::lock_guard lock(q.mutex);
    if (!q.alive || m_done)
        return;
    bool was_empty = q.head == nullptr;
    m_ready_next = nullptr;
    (q.tail ? q.tail->m_ready_next : q.head) = this;
    q.tail = this;
    m_in_queue = true;
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
    ScheduledTask* t;
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->alive = false;
        t = m_queue->head;
        m_queue->head = m_queue->tail = nullptr;
        m_queue->on_ready = nullptr;
    }
    while (t) { // finished tasks whose release was deferred while they were queued
        ScheduledTask* next = t->m_ready_next;
        t->m_in_queue = false;
        t->m_self.reset();
        t = next;
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

// Unlinks a task from the live list and drops its self-reference (the caller holds another),
// unless the task is queued: the queue drops it when it gets there.
void TaskScheduler::retire(ScheduledTask& t)
{
    (t.m_prev ? t.m_prev->m_next : m_live) = t.m_next;
    if (t.m_next)
        t.m_next->m_prev = t.m_prev;
    t.m_prev = t.m_next = nullptr;
    --m_live_count;
    if (t.m_has_id)
        m_by_id.erase(static_cast<OwnedTask&>(t).id());
    bool queued;
    {
        std::lock_guard lock(m_queue->mutex);
        t.m_done = true;
        queued = t.m_in_queue;
    }
    if (!queued)
        t.m_self.reset();
}

// Drains the queue a batch at a time (one lock per batch). Tasks woken during the batch land
// in the shared queue behind it, so the order stays FIFO. `m_queued` is cleared before the
// poll so a wake during the poll queues the task again.
size_t TaskScheduler::run_ready(Executor& executor)
{
    size_t polls = 0;
    for (;;) {
        ScheduledTask* batch;
        {
            std::lock_guard lock(m_queue->mutex);
            batch = m_queue->head;
            m_queue->head = m_queue->tail = nullptr;
        }
        if (!batch)
            break;
        while (batch) {
            ScheduledTask* t = batch;
            batch = t->m_ready_next;
            // No lock needed: while m_queued is set no wake() touches m_in_queue.
            t->m_in_queue = false;
            if (t->m_done) { // finished (or abandoned) while queued: its deferred release
                t->m_self.reset();
                continue;
            }
            std::shared_ptr<ScheduledTask> keep = t->m_self; // alive through the poll
            t->m_queued.store(false);
            Context cx(Waker(keep), executor);
            ++polls;
            if (t->poll(cx).is_ready())
                retire(*t);
        }
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
    return m_queue->head != nullptr;
}

bool TaskScheduler::is_complete(TaskId id) const { return id != 0 && id < m_next_task && m_by_id.find(id) == m_by_id.end(); }

} // namespace runmat::async
