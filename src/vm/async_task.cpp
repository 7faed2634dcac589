// VM tasks: the executor task that drives a spawned future (a Machine running the body, or
// an awaitable), and the awaitables of task handles and combinators (join, race,
// with_timeout_ms, with_cancel). Tasks share one thread: they interleave only at await points.
#include "vm/async_task.hpp"
#include "async/sleep.hpp"
#include "support/pool.hpp"

namespace runmat::vm {

using runtime::TaskShared;
using runtime::Value;
using ValueResult = Result<std::vector<Value>>;

namespace {

// The outcome of a finished task: its outputs, its error, or RunMat:cancelled.
ValueResult task_outcome(TaskShared& t)
{
    auto& rec = t.record;
    switch (rec.state()) {
    case async::TaskState::Completed: return rec.value();
    case async::TaskState::Failed: return rec.error();
    case async::TaskState::Cancelled: return runtime::cancelled_error();
    case async::TaskState::Running: break;
    }
    return make_error("RunMat:internal", "A task was read before it finished.");
}

Value first_or_empty(std::vector<Value>& values) { return values.empty() || !values[0].is_defined() ? Value::empty() : std::move(values[0]); }

// Machines of finished tasks, reused by the next tasks of the same run (their register and
// frame storage stays allocated). A machine that grew big or used rare state is dropped.
constexpr size_t MACHINE_POOL_MAX = 64;

std::unique_ptr<Machine> acquire_machine(AsyncScope const& scope)
{
    auto& pool = scope.group->machines;
    if (pool.empty())
        return std::make_unique<Machine>(*scope.group->host, 0); // start_body sizes it
    auto m = std::move(pool.back());
    pool.pop_back();
    return m;
}

void release_machine(TaskGroup& group, std::unique_ptr<Machine> m)
{
    if (group.machines.size() < MACHINE_POOL_MAX && m->recycle())
        group.machines.push_back(std::move(m));
}

// One spawned task, in one allocation: what its handles share (TaskShared: the record), the
// scope its body runs in, and its scheduler entry, which drives it: polls its body, delivers
// its cancel request and records its outcome. A machine body unwinds through its try/catch
// when cancelled (it keeps being polled); an awaitable body is dropped at once.
// A call body's Machine is taken at the first poll, so a burst of spawns holds only the
// futures (a Machine's registers exist while its body runs). Everything the block holds that
// may point back at it (the machine's scope, the token's task waker, the group) is released
// when the task finishes or is abandoned, so no cycle outlives the task.
class TaskBlock final : public TaskShared, public async::ScheduledTask {
public:
    TaskBlock(AsyncScope const& parent, uint64_t number, async::CancelToken token, bool internal)
        : TaskShared(number, std::move(token), internal), m_scope { parent.group, this }
    {
    }

    // The body's scope (lives in this block, which owns the machine and awaitable using it).
    AsyncScope* scope_ptr() { return &m_scope; }
    void set_body(runtime::FutureObject* future)
    {
        future->ref();
        m_body = runtime::Ref<runtime::FutureObject>(future);
    }
    void set_awaitable(std::unique_ptr<runtime::ValueAwaitable> a) { m_awaitable = std::move(a); }

    async::Poll<void> poll(async::Context& cx) override
    {
        async::Tracer* tracer = m_scope.group->host->tracer();
        auto r = tracer ? poll_traced(cx, *tracer) : poll_task(cx);
        if (r.is_ready())
            release(true);
        return r;
    }

    void abandon() override { release(false); }

private:
    void release(bool finished)
    {
        record.token().set_task_waker(async::Waker()); // the token no longer wakes this task
        m_awaitable.reset();
        m_body = {};
        if (m_machine) {
            if (finished && m_scope.group)
                release_machine(*m_scope.group, std::move(m_machine));
            m_machine.reset();
        }
        m_scope.group.reset();
    }

    async::Poll<void> poll_traced(async::Context& cx, async::Tracer& tracer)
    {
        // Traced: one span per poll on the task's track, and its final state as an event.
        uint64_t track = number();
        if (!m_registered)
            tracer.flow_end(track, track);
        if (!m_traced_cancel && record.token().is_cancelled()) {
            m_traced_cancel = true;
            tracer.instant(track, "cancel requested", "task");
        }
        uint64_t start = tracer.now_us();
        auto r = poll_task(cx);
        tracer.span(track, "poll", "task", start, tracer.now_us());
        if (r.is_ready()) {
            auto s = record.state();
            tracer.instant(track, s == async::TaskState::Completed ? "complete" : s == async::TaskState::Failed ? "failed" : "cancelled", "task",
                s == async::TaskState::Failed ? std::string_view(record.error().message) : std::string_view());
        }
        return r;
    }

    async::Poll<void> poll_task(async::Context& cx)
    {
        auto& rec = record;
        // The task's waker is the same at every poll (it is this block): its token keeps it,
        // to wake the task when cancelled.
        if (!m_registered) {
            rec.token().set_task_waker(cx.waker());
            m_registered = true;
        }
        bool cancelled = rec.token().is_cancelled();
        if (m_body) {
            runtime::Ref<runtime::FutureObject> body = std::move(m_body);
            if (cancelled) { // cancelled before it started: nothing to unwind
                rec.mark_cancelled();
                return async::Ready {};
            }
            runtime::FutureObject* f = body.get();
            m_machine = acquire_machine(m_scope);
            VoidResult started = f->fn ? m_machine->start_function(const_cast<Function*>(static_cast<Function const*>(f->fn)), nullptr, std::move(f->args), scope_ptr())
                                       : m_machine->start_body(f->callee, std::move(f->args), scope_ptr());
            f->keep.reset();
            if (started.is_error()) {
                m_machine.reset();
                rec.fail(started.release_error());
                return async::Ready {};
            }
        }
        if (m_machine)
            return poll_machine(cx, cancelled);
        if (cancelled) {
            m_awaitable->cancel();
            m_awaitable.reset();
            rec.mark_cancelled();
            return async::Ready {};
        }
        auto p = m_awaitable->poll(cx);
        if (p.is_pending())
            return async::Pending;
        m_awaitable.reset();
        ValueResult r = p.take();
        if (r.is_error())
            rec.fail(r.release_error());
        else
            rec.complete(r.release_value());
        return async::Ready {};
    }

    async::Poll<void> poll_machine(async::Context& cx, bool cancelled)
    {
        auto& rec = record;
        if (cancelled && !m_cancel_sent) {
            m_cancel_sent = true;
            m_machine->cancel();
        }
        auto p = m_machine->poll(cx);
        if (p.is_pending())
            return async::Pending;
        VoidResult r = p.take();
        if (!r.is_error()) {
            rec.complete(m_machine->take_body_outputs());
        } else {
            RuntimeError e = r.release_error();
            if (cancelled && e.identifier == "RunMat:cancelled")
                rec.mark_cancelled();
            else
                rec.fail(std::move(e));
        }
        return async::Ready {};
    }

    // The flags first: they fit in the scheduler entry's tail padding (a smaller pool class).
    bool m_registered = false;
    bool m_cancel_sent = false;
    bool m_traced_cancel = false;
    AsyncScope m_scope;
    runtime::Ref<runtime::FutureObject> m_body; // a call future not yet started
    std::unique_ptr<Machine> m_machine;
    std::unique_ptr<runtime::ValueAwaitable> m_awaitable;
};

char const* future_kind_label(runtime::FutureObject::Kind k)
{
    using K = runtime::FutureObject::Kind;
    switch (k) {
    case K::Call: return "call";
    case K::Native: return "native future";
    case K::Join: return "join";
    case K::Race: return "race";
    case K::Timeout: return "with_timeout_ms";
    case K::WithCancel: return "with_cancel";
    }
    return "future";
}

void add_to_group(TaskGroup& g, std::shared_ptr<TaskShared> t)
{
    if (g.tasks.size() >= g.compact_at) {
        std::erase_if(g.tasks, [](auto const& x) { return x->record.is_finished() && (x->consumed || x->internal); });
        g.compact_at = std::max<size_t>(64, g.tasks.size() * 2);
    }
    g.tasks.push_back(std::move(t));
}

// Awaiting a task handle.
class TaskAwaitable final : public runtime::ValueAwaitable {
public:
    TaskAwaitable(std::shared_ptr<TaskShared> task, SiteFn site)
        : m_task(std::move(task)), m_wait(runtime::record_of(m_task)), m_site(std::move(site))
    {
    }
    async::Poll<ValueResult> poll(async::Context& cx) override
    {
        if (m_wait.poll(cx).is_pending())
            return async::Pending;
        ValueResult r = task_outcome(*m_task);
        if (r.is_error()) {
            RuntimeError e = r.release_error();
            auto site = m_site();
            e.stack.insert(e.stack.end(), site.begin(), site.end());
            return ValueResult(std::move(e));
        }
        return r;
    }

private:
    std::shared_ptr<TaskShared> m_task;
    async::JoinWait m_wait;
    SiteFn m_site;
};

// join / race / with_timeout_ms / with_cancel: children run as tasks of the awaiting task's
// scope (started on the first poll: futures are lazy); the first error (join), the first
// outcome (race), the timer or the token decide, and the other children are cancelled.
class CombinatorAwaitable final : public runtime::ValueAwaitable {
public:
    CombinatorAwaitable(AsyncScope* scope, runtime::FutureObject& f)
        : m_scope(scope), m_kind(f.kind), m_children(f.children), m_sleep(async::Millis(static_cast<int64_t>(f.ms))), m_cancel_wait(f.token ? std::optional<async::CancelWait>(std::in_place, *f.token) : std::nullopt), m_ms(static_cast<int64_t>(f.ms))
    {
    }
    ~CombinatorAwaitable() override { cancel(); }

    async::Poll<ValueResult> poll(async::Context& cx) override
    {
        if (!m_started) {
            m_started = true;
            for (auto const& c : m_children) {
                std::shared_ptr<TaskShared> t;
                if (auto* task = runtime::as_task(c)) {
                    t = task->task;
                } else {
                    auto r = spawn_future(*m_scope, c, cx, true);
                    if (r.is_error()) {
                        cancel();
                        return ValueResult(r.release_error());
                    }
                    t = r.release_value();
                }
                m_waits.emplace_back(runtime::record_of(t));
                m_tasks.push_back(std::move(t));
            }
            m_children.clear();
        }
        return step(cx);
    }

    void cancel() override
    {
        for (auto& t : m_tasks)
            if (!t->record.is_finished())
                t->record.request_cancel();
        m_tasks.clear();
        m_waits.clear();
    }

private:
    async::Poll<ValueResult> step(async::Context& cx)
    {
        using K = runtime::FutureObject::Kind;
        size_t done = 0;
        for (size_t i = 0; i < m_tasks.size(); ++i) {
            if (m_waits[i].poll(cx).is_pending())
                continue;
            ++done;
            if (m_kind == K::Join && m_tasks[i]->record.state() == async::TaskState::Completed)
                continue;
            return finish(task_outcome(*m_tasks[i]));
        }
        if (m_kind == K::Join && done == m_tasks.size()) {
            auto cell = runtime::make_ref<runtime::CellArray>(runtime::Dims(1, m_tasks.size()));
            for (size_t i = 0; i < m_tasks.size(); ++i)
                cell->data()[i] = first_or_empty(m_tasks[i]->record.value());
            return finish(ValueResult(std::vector<Value> { Value::object(std::move(cell)) }));
        }
        if (m_kind == K::Timeout && m_sleep.poll(cx).is_ready())
            return finish(ValueResult(make_error("RunMat:timeout", "The operation timed out after " + std::to_string(m_ms) + " ms.")));
        if (m_kind == K::WithCancel && m_cancel_wait->poll(cx).is_ready())
            return finish(ValueResult(runtime::cancelled_error()));
        return async::Pending;
    }

    async::Poll<ValueResult> finish(ValueResult r)
    {
        cancel(); // the others lose
        return r;
    }

    AsyncScope* m_scope; // owned by the machine or task that owns this awaitable
    runtime::FutureObject::Kind m_kind;
    std::vector<Value> m_children;
    std::vector<std::shared_ptr<TaskShared>> m_tasks;
    std::vector<async::JoinWait> m_waits;
    async::SleepFuture m_sleep;
    std::optional<async::CancelWait> m_cancel_wait; // WithCancel only
    int64_t m_ms = 0;
    bool m_started = false;
};

} // namespace

Result<std::shared_ptr<TaskShared>> spawn_future(AsyncScope const& parent, Value const& fut, async::Context& cx, bool internal)
{
    auto* f = runtime::as_future(fut);
    bool call = f->kind == runtime::FutureObject::Kind::Call;
    if (call && !f->fn && !f->callee.as_function_handle())
        return make_error("RunMat:async:notCallable", "A future's body must be a function handle.");
    uint64_t number = parent.group->next_number++;
    async::Tracer* tracer = parent.group->host->tracer();
    auto block = std::allocate_shared<TaskBlock>(pool::Allocator<TaskBlock>(), parent, number, parent.token().child(), internal);
    if (call) {
        block->set_body(f);
    } else {
        auto a = future_awaitable(block->scope_ptr(), *f);
        if (a.is_error()) {
            block->abandon();
            return a.release_error();
        }
        block->set_awaitable(a.release_value());
    }
    if (tracer) {
        std::string what = !call ? std::string(future_kind_label(f->kind))
            : f->fn              ? "@" + static_cast<Function const*>(f->fn)->chunk->name
                                 : f->callee.as_function_handle()->text;
        tracer->name_track(number, "task " + std::to_string(number) + ": " + what);
        tracer->instant(parent.track(), internal ? "start child" : "spawn", "task", "task " + std::to_string(number) + ": " + what);
        tracer->flow_begin(parent.track(), number);
    }
    std::shared_ptr<TaskShared> task = block;
    cx.executor().spawn_shared(std::move(block));
    add_to_group(*parent.group, task);
    return task;
}

Result<std::vector<Value>> take_task_outcome(TaskShared& t)
{
    if (t.record.state() == async::TaskState::Completed)
        return t.record.take_value();
    return task_outcome(t);
}

Result<std::unique_ptr<runtime::ValueAwaitable>> future_awaitable(AsyncScope* scope, runtime::FutureObject& f)
{
    if (f.kind == runtime::FutureObject::Kind::Native)
        return f.make();
    if (f.kind == runtime::FutureObject::Kind::Call)
        return make_error("RunMat:internal", "A call future is run by the VM, not as an awaitable.");
    return std::unique_ptr<runtime::ValueAwaitable>(std::make_unique<CombinatorAwaitable>(scope, f));
}

std::unique_ptr<runtime::ValueAwaitable> task_awaitable(std::shared_ptr<TaskShared> task, SiteFn site)
{
    return std::make_unique<TaskAwaitable>(std::move(task), std::move(site));
}

} // namespace runmat::vm
