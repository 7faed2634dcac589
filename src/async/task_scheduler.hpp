// TaskScheduler: the task table and FIFO ready queue every executor shares; it polls tasks and
// turns wakes (from any thread) into queue entries. It knows no clock, timer or host loop.
#pragma once
#include "async/executor.hpp"
#include <cstddef>
#include <functional>
#include <memory>
#include <unordered_map>

namespace runmat::async {

class TaskScheduler {
public:
    // `on_ready` is called (from the waking thread, under the queue lock, so keep it short and
    // never call back into the scheduler) each time the ready queue goes from empty to
    // non-empty: a host loop posts one "drain" there, so a burst of wakes costs one post.
    explicit TaskScheduler(std::function<void()> on_ready = {});
    ~TaskScheduler(); // wakers that outlive the scheduler become inert
    TaskScheduler(TaskScheduler const&) = delete;
    TaskScheduler& operator=(TaskScheduler const&) = delete;

    // Executor thread only. Queues the task; it is first polled by run_ready(), never inline.
    // Its id can be passed to is_complete().
    TaskId spawn(std::unique_ptr<Task> task);
    // Executor thread only. Like spawn(), for a task nobody asks about by id (the VM's spawned
    // tasks): no id table entry, so spawning and completing cost no hashing.
    void spawn_detached(std::unique_ptr<Task> task);
    // Executor thread only. Polls woken tasks in FIFO order until none is ready, including
    // tasks woken while it runs. Returns how many polls it made.
    size_t run_ready(Executor& executor);
    bool has_ready() const;
    // True once `id` (from spawn()) was spawned and its task returned Ready (its task object is
    // destroyed).
    bool is_complete(TaskId id) const;
    size_t live_tasks() const { return m_live_count; }
    // Executor thread only. Destroys every live task now (an executor's destructor calls it
    // first, while the task destructors may still use the executor, e.g. to cancel timers).
    void destroy_tasks();

private:
    struct Shared;
    struct Node;
    std::shared_ptr<Node> make_node(std::unique_ptr<Task> task);
    void retire(Node& node);

    std::shared_ptr<Shared> m_shared; // ready queue + lock, shared with every task's waker
    Node* m_live = nullptr;           // intrusive list of live (not yet complete) tasks
    size_t m_live_count = 0;
    std::unordered_map<TaskId, Node*> m_by_id; // live tasks started by spawn()
    TaskId m_next_task = 1;
};

} // namespace runmat::async
