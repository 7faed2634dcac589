// VM tasks: the scope a machine runs in (its task's cancel token, its top-level run's task
// group), spawning a future as a task (a new Machine over the same session, or a driven
// awaitable), and the awaitables of task handles and combinators. VM-internal header.
// Knows no host or executor implementation.
#pragma once
#include "async/cancel.hpp"
#include "async/task_record.hpp"
#include "runtime/future.hpp"
#include "vm/vm.hpp"
#include <functional>
#include <memory>
#include <vector>

namespace runmat::vm {

// The tasks spawned (directly or by tasks) during one top-level run.
struct TaskGroup {
    explicit TaskGroup(VmHost* h) : host(h) { }
    VmHost* host;            // the session the run's machines run in
    async::CancelToken root; // the run's token: its tasks' tokens derive from it
    std::vector<std::shared_ptr<runtime::TaskShared>> tasks;
    std::vector<std::unique_ptr<Machine>> machines; // finished tasks' machines, for reuse
    uint64_t next_number = 1;
    size_t compact_at = 64; // prune finished, consumed entries when the list reaches this
};

struct AsyncScope {
    std::shared_ptr<TaskGroup> group;
    runtime::TaskShared const* task = nullptr; // the running task (null: the top-level run)
    // The running task's token (top level: the run's root token).
    async::CancelToken const& token() const { return task ? task->record.token() : group->root; }
    // Its trace track: the task's number (0: the top-level run).
    uint64_t track() const { return task ? task->number() : 0; }
};

// End-of-run settling (Machine::settle_tasks).
struct SettleState {
    std::vector<async::JoinWait> waits;
    bool reported = false;
};

// Spawn future `fut` (its consumed flag already checked and set) as a task of `parent` on
// cx's executor. `internal`: started by a combinator, which owns its result.
Result<std::shared_ptr<runtime::TaskShared>> spawn_future(AsyncScope const& parent, runtime::Value const& fut, async::Context& cx, bool internal);
// A Native or combinator future as an awaitable (combinators spawn their children as tasks
// of `scope` on their first poll).
// `scope` must outlive the awaitable (it is the scope of the machine or task owning it).
Result<std::unique_ptr<runtime::ValueAwaitable>> future_awaitable(AsyncScope* scope, runtime::FutureObject& f);
// Waits for a task, then yields its outputs or rethrows its error with `site()` (the stack
// of the await, computed only when there is an error to report) appended to the task's stack.
// The outcome of a finished task for its one awaiter: its outputs (moved out), its error, or
// RunMat:cancelled.
Result<std::vector<runtime::Value>> take_task_outcome(runtime::TaskShared& task);
using SiteFn = std::function<std::vector<StackEntry>()>;
std::unique_ptr<runtime::ValueAwaitable> task_awaitable(std::shared_ptr<runtime::TaskShared> task, SiteFn site);

} // namespace runmat::vm
