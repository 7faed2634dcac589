// TaskScheduler: intrusive live-task list + FIFO ready queue with coalesced, thread-safe wakes.
#include "async/task_scheduler.hpp"
#include <atomic>
#include <mutex>
#include <vector>

namespace runmat::async {

// State a waker may touch after the scheduler is gone: the queue lives here, not in the
// scheduler, and `alive` turns late wakes into no-ops. The queue holds each woken node by a
// strong reference, so a task that completes while queued is skipped, never dangling.
struct TaskScheduler::Shared {
    std::mutex mutex;
    std::vector<std::shared_ptr<Node>> ready; // guarded by mutex
    bool alive = true;                        // guarded by mutex; false once the scheduler is destroyed
    std::function<void()> on_ready;
};

// One live task and its wake target (one allocation for both). `queued` coalesces repeated
// wakes: a task is in the ready queue at most once. While live, a node owns itself (`self`)
// and sits in the scheduler's live list; completing it clears both.
struct TaskScheduler::Node final : WakeTarget, std::enable_shared_from_this<Node> {
    std::unique_ptr<Task> task;
    std::shared_ptr<Shared> shared;
    std::shared_ptr<Node> self;
    Node* prev = nullptr;
    Node* next = nullptr;
    TaskId id = 0; // 0: detached
    std::atomic<bool> queued { false };

    void wake() override
    {
        if (queued.exchange(true))
            return;
        std::lock_guard lock(shared->mutex);
        if (!shared->alive)
            return;
        bool was_empty = shared->ready.empty();
        shared->ready.push_back(shared_from_this());
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
    destroy_tasks();
    std::vector<std::shared_ptr<Node>> ready;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->alive = false;
        ready.swap(m_shared->ready);
        m_shared->on_ready = nullptr;
    }
}

std::shared_ptr<TaskScheduler::Node> TaskScheduler::make_node(std::unique_ptr<Task> task)
{
    auto node = std::make_shared<Node>();
    node->task = std::move(task);
    node->shared = m_shared;
    node->self = node;
    node->next = m_live;
    if (m_live)
        m_live->prev = node.get();
    m_live = node.get();
    ++m_live_count;
    return node;
}

TaskId TaskScheduler::spawn(std::unique_ptr<Task> task)
{
    auto node = make_node(std::move(task));
    node->id = m_next_task++;
    m_by_id.emplace(node->id, node.get());
    node->wake();
    return node->id;
}

void TaskScheduler::spawn_detached(std::unique_ptr<Task> task) { make_node(std::move(task))->wake(); }

// Unlinks a node from the live list and drops its self-reference (the caller holds another).
void TaskScheduler::retire(Node& node)
{
    (node.prev ? node.prev->next : m_live) = node.next;
    if (node.next)
        node.next->prev = node.prev;
    node.prev = node.next = nullptr;
    --m_live_count;
    if (node.id)
        m_by_id.erase(node.id);
    node.self.reset();
}

// Drains the queue a batch at a time (one lock per batch). Tasks woken during the batch land
// in the shared queue behind it, so the order stays FIFO. `queued` is cleared before the poll
// so a wake during the poll queues the task again.
size_t TaskScheduler::run_ready(Executor& executor)
{
    size_t polls = 0;
    std::vector<std::shared_ptr<Node>> batch;
    for (;;) {
        {
            std::lock_guard lock(m_shared->mutex);
            if (m_shared->ready.empty())
                break;
            batch.swap(m_shared->ready);
        }
        for (auto& node : batch) {
            if (!node->task) // completed while queued
                continue;
            node->queued.store(false);
            Context cx(Waker(node), executor);
            ++polls;
            if (node->task->poll(cx).is_ready()) {
                node->task.reset();
                retire(*node);
            }
        }
        batch.clear();
    }
    return polls;
}

void TaskScheduler::destroy_tasks()
{
    while (m_live) {
        std::shared_ptr<Node> node = m_live->self;
        retire(*node);
        node->task.reset(); // may spawn or wake: the list is consistent here
    }
}

bool TaskScheduler::has_ready() const
{
    std::lock_guard lock(m_shared->mutex);
    return !m_shared->ready.empty();
}

bool TaskScheduler::is_complete(TaskId id) const { return id != 0 && id < m_next_task && m_by_id.find(id) == m_by_id.end(); }

} // namespace runmat::async
