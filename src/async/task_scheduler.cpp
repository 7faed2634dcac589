// TaskScheduler: task table + FIFO ready queue with coalesced, thread-safe wakes.
#include "async/task_scheduler.hpp"
#include <atomic>
#include <deque>
#include <mutex>

namespace runmat::async {

// State a waker may touch after the scheduler is gone: the queue lives here, not in the
// scheduler, and `alive` turns late wakes into no-ops.
struct TaskScheduler::Shared {
    std::mutex mutex;
    std::deque<TaskId> ready; // guarded by mutex
    bool alive = true;        // guarded by mutex; false once the scheduler is destroyed
    std::function<void()> on_ready;
};

// One live task and its wake target (one allocation for both). `queued` coalesces repeated
// wakes: a task is in the ready queue at most once.
struct TaskScheduler::Node final : WakeTarget {
    std::unique_ptr<Task> task;
    std::shared_ptr<Shared> shared;
    TaskId id = 0;
    std::atomic<bool> queued { false };

    void wake() override
    {
        if (queued.exchange(true))
            return;
        std::lock_guard lock(shared->mutex);
        if (!shared->alive)
            return;
        bool was_empty = shared->ready.empty();
        shared->ready.push_back(id);
        if (was_empty && shared->on_ready)
            shared->on_ready();
    }
};

TaskScheduler::TaskScheduler(std::function<void()> on_ready) : m_shared(std::make_shared<Shared>())
{
    m_shared->on_ready = std::move(on_ready);
}

TaskScheduler::~TaskScheduler()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->alive = false;
    m_shared->ready.clear();
    m_shared->on_ready = nullptr;
}

TaskId TaskScheduler::spawn(std::unique_ptr<Task> task)
{
    auto node = std::make_shared<Node>();
    node->task = std::move(task);
    node->shared = m_shared;
    node->id = m_next_task++;
    Node* raw = node.get();
    m_tasks.emplace(raw->id, std::move(node));
    raw->wake();
    return raw->id;
}

bool TaskScheduler::pop_ready(TaskId& id)
{
    std::lock_guard lock(m_shared->mutex);
    if (m_shared->ready.empty())
        return false;
    id = m_shared->ready.front();
    m_shared->ready.pop_front();
    return true;
}

// `queued` is cleared before the poll so a wake during the poll queues the task again.
// The node is held by a local shared_ptr while polling: the task may drop its own wakers.
size_t TaskScheduler::run_ready(Executor& executor)
{
    size_t polls = 0;
    TaskId id;
    while (pop_ready(id)) {
        auto it = m_tasks.find(id);
        if (it == m_tasks.end())
            continue;
        std::shared_ptr<Node> node = it->second;
        node->queued.store(false);
        Context cx(Waker(node), executor);
        ++polls;
        if (node->task->poll(cx).is_ready()) {
            node->task.reset();
            m_tasks.erase(id);
        }
    }
    return polls;
}

void TaskScheduler::destroy_tasks()
{
    auto tasks = std::move(m_tasks);
    m_tasks.clear();
    for (auto& [id, node] : tasks)
        node->task.reset();
}

bool TaskScheduler::has_ready() const
{
    std::lock_guard lock(m_shared->mutex);
    return !m_shared->ready.empty();
}

bool TaskScheduler::is_complete(TaskId id) const { return id != 0 && id < m_next_task && m_tasks.find(id) == m_tasks.end(); }

} // namespace runmat::async
