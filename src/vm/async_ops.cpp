// The VM side of the async extensions: await (a lazy future's body runs as ordinary frames of
// the awaiting task, so it may await again at any depth), spawn (a new Machine over the same
// session, driven as an executor task), calls of async functions (they return a future), task
// bodies as base frames, and the end-of-run task settling.
#include "vm/async_task.hpp"
#include <algorithm>

namespace runmat::vm {

using namespace bytecode;
using runtime::Value;

namespace {

RuntimeError raised_by(RuntimeError e, char const* name)
{
    e.raised_by = name;
    return e;
}

} // namespace

uint64_t Machine::trace_track() const { return m_async ? m_async->track() : 0; }

// The await that just suspended this machine: its builtin (or "await") and its site.
AwaitTrace& Machine::await_trace()
{
    auto& t = side().await_trace;
    if (!t)
        t = std::make_unique<AwaitTrace>();
    return *t;
}

void Machine::trace_await_begin()
{
    AwaitTrace& t = await_trace();
    t.start_us = host_tracer()->now_us();
    std::string_view what = m_pending_spec ? pending_name() : t.what;
    t.label = what.empty() ? "await" : "await " + std::string(what);
    t.what = {};
    auto site = stack_trace();
    t.site = site.empty() ? std::string() : site[0].name + " (" + site[0].file + ":" + std::to_string(site[0].line) + ")";
}

void Machine::trace_await_end()
{
    AwaitTrace& t = await_trace();
    host_tracer()->span(trace_track(), t.label, "await", t.start_us, host_tracer()->now_us(), t.site);
}

AsyncScope& Machine::async_scope()
{
    if (!m_async) {
        auto group = std::make_shared<TaskGroup>(&m_host);
        auto& own = side().own_async;
        own = std::make_unique<AsyncScope>(AsyncScope { std::move(group), nullptr });
        m_async = own.get();
    }
    return *m_async;
}

// await(x): a future runs here (a call future as a call in this frame; others park their
// awaitable); a task handle parks until the task finishes; any other value is returned.
Machine::Flow Machine::await_op(CallInfo const& ci)
{
    if (ci.nargs != 1)
        return raise_flow(raised_by(make_error(ci.nargs ? "MATLAB:TooManyInputs" : "MATLAB:minrhs",
                                        ci.nargs ? "Too many input arguments." : "Not enough input arguments."), "await"));
    Value x = std::move(m_stack[ci.args]);
    if (auto* f = runtime::as_future(x)) {
        if (f->consumed)
            return raise_flow(raised_by(runtime::future_consumed_error(), "await"));
        f->consumed = true;
        if (f->kind == runtime::FutureObject::Kind::Call) {
            // The body is called here, with the future's arguments.
            uint32_t n = static_cast<uint32_t>(f->args.size());
            ensure_stack(size_t(ci.args) + n + 1);
            for (uint32_t i = 0; i < n; ++i)
                m_stack[ci.args + i] = std::move(f->args[i]);
            CallInfo inner = ci;
            inner.nargs = n;
            inner.run_body = true;
            if (f->fn) // an async function's code
                return push_user(const_cast<Function*>(static_cast<Function const*>(f->fn)), nullptr, std::move(f->keep), inner);
            return call_value(f->callee, inner);
        }
        async_scope();
        auto a = future_awaitable(m_async, *f);
        if (a.is_error())
            return raise_flow(raised_by(a.release_error(), "await"));
        m_pending = a.release_value();
        m_pending_call = ci;
        m_pending_spec = nullptr; // errors keep the attribution they had where they were raised
        if (host_tracer())
            await_trace().what = f->kind == runtime::FutureObject::Kind::Native ? f->label : "";
        return Flow::Suspend;
    }
    if (auto* t = runtime::as_task(x)) {
        if (t->task->consumed)
            return raise_flow(raised_by(runtime::task_consumed_error(), "await"));
        t->task->consumed = true;
        if (t->task->record.is_finished() && !host_tracer())
            return await_finished(*t->task, ci);
        // The awaiting frames stay put while the task runs: the site is read only if it fails.
        m_pending = task_awaitable(t->task, [this] { return stack_trace(); });
        m_pending_call = ci;
        m_pending_spec = nullptr;
        return Flow::Suspend;
    }
    if (ci.nout > 1)
        return raise_flow(raised_by(make_error("MATLAB:TooManyOutputs", "Too many output arguments."), "await"));
    return deliver(ci, &x, 1);
}

// await of a task that already finished: what resume_pending would do at once with its
// awaitable (a pending cancel first, then the outcome), without parking one.
Machine::Flow Machine::await_finished(runtime::TaskShared& task, CallInfo const& ci)
{
    int requested = m_cancel.load(std::memory_order_relaxed);
    if (requested > m_cancel_delivered) {
        m_cancel_delivered = requested;
        raise(make_error("RunMat:cancelled", "Operation terminated by user"), requested == 1);
        return m_finished ? Flow::Finished : Flow::Continue;
    }
    Result<std::vector<Value>> r = take_task_outcome(task);
    if (r.is_error()) {
        RuntimeError e = r.release_error();
        auto site = stack_trace();
        e.stack.insert(e.stack.end(), site.begin(), site.end());
        return raise_flow(std::move(e));
    }
    std::vector<Value> values = r.release_value();
    if (values.size() < ci.nout)
        return raise_flow(make_error("MATLAB:TooManyOutputs", "Too many output arguments."));
    return deliver(ci, values.data(), static_cast<uint32_t>(values.size()));
}

// spawn(fut): start the future as a task now; return its handle at once.
Machine::Flow Machine::spawn_op(CallInfo const& ci)
{
    if (ci.nargs != 1)
        return raise_flow(raised_by(make_error(ci.nargs ? "MATLAB:TooManyInputs" : "MATLAB:minrhs",
                                        ci.nargs ? "Too many input arguments." : "Not enough input arguments."), "spawn"));
    if (ci.nout > 1)
        return raise_flow(raised_by(make_error("MATLAB:TooManyOutputs", "Too many output arguments."), "spawn"));
    Value x = std::move(m_stack[ci.args]);
    auto* f = runtime::as_future(x);
    if (!f)
        return raise_flow(raised_by(make_error("RunMat:spawn:notAFuture", "spawn requires a future, e.g. spawn(async @() f(x)) or spawn(sleep_ms(10))."), "spawn"));
    if (f->consumed)
        return raise_flow(raised_by(runtime::future_consumed_error(), "spawn"));
    if (!m_cx)
        return raise_flow(raised_by(make_error("RunMat:internal", "spawn outside a running execution."), "spawn"));
    f->consumed = true;
    auto t = spawn_future(async_scope(), x, *m_cx, false);
    if (t.is_error())
        return raise_flow(raised_by(t.release_error(), "spawn"));
    Value handle = Value::object(runtime::make_ref<runtime::TaskObject>(t.release_value()));
    return deliver(ci, &handle, 1);
}

// A call of an `async function`: the arguments (already in the call's registers) go into a
// lazy future of the body; nothing of the body runs now.
Machine::Flow Machine::async_call_future(Function* fn, runtime::FunctionHandle const*, CallInfo const& ci)
{
    Chunk const& c = *fn->chunk;
    if (ci.nout > 1) {
        RuntimeError e = make_error("MATLAB:TooManyOutputs", "Too many output arguments.");
        e.raised_by = c.name;
        return raise_flow(std::move(e));
    }
    if (ci.nargs > c.num_params && c.varargin_slot < 0) {
        RuntimeError e = make_error("MATLAB:TooManyInputs", "Too many input arguments.");
        e.raised_by = c.name;
        return raise_flow(std::move(e));
    }
    auto fut = runtime::make_ref<runtime::FutureObject>(runtime::FutureObject::Kind::Call);
    fut->fn = fn;
    fut->keep = std::shared_ptr<void const>(fn->module->shared_from_this(), fn);
    fut->args.reserve(ci.nargs);
    for (uint32_t i = 0; i < ci.nargs; ++i)
        fut->args.push_back(std::move(m_stack[ci.args + i]));
    Value v = Value::object(std::move(fut));
    return deliver(ci, &v, 1);
}

// A task's body as the base frame: set up like push_user does for a callee, with nargout
// the declared outputs (an anonymous body: 0, i.e. its value if it has one).
VoidResult Machine::start_body(Value const& callee, std::vector<Value> args, AsyncScope* scope)
{
    auto* fh = callee.as_function_handle();
    if (!fh)
        return make_error("RunMat:async:notCallable", "A future's body must be a function handle.");
    Function* fn = nullptr;
    runtime::FunctionHandle const* closure = nullptr;
    if (fh->code) {
        fn = const_cast<Function*>(static_cast<Function const*>(fh->code.get()));
        closure = fh->is_anonymous() ? fh : nullptr;
    } else {
        Module* where = fh->scope ? const_cast<Module*>(static_cast<Module const*>(fh->scope.get())) : nullptr;
        Callee c = TRY(resolve_in(where, fh->name));
        if (c.kind != Callee::Kind::User)
            return make_error("RunMat:async:notUserCode", "A spawned future must run MATLAB code: write async @() " + fh->name + "(...) instead of async @" + fh->name + ".");
        fn = c.fn;
    }
    return start_function(fn, closure, std::move(args), std::move(scope));
}

VoidResult Machine::start_function(Function* fn, runtime::FunctionHandle const* closure, std::vector<Value> args, AsyncScope* scope)
{
    m_async = scope;
    m_main = fn->module->shared_from_this();
    Chunk const& c = *fn->chunk;
    uint32_t nargs = static_cast<uint32_t>(args.size());
    bool varargin = c.varargin_slot >= 0;
    if (nargs > c.num_params && !varargin) {
        RuntimeError e = make_error("MATLAB:TooManyInputs", "Too many input arguments.");
        e.raised_by = c.name;
        return e;
    }
    bool anon = c.kind == ChunkKind::Anonymous;
    uint32_t nout = anon ? 0 : static_cast<uint32_t>(c.outputs.size());
    uint32_t size = c.num_regs + (anon ? 1 : 0);
    ensure_stack(std::max<size_t>(size, nargs));
    Value* R = m_stack.data();
    for (uint32_t i = 0; i < nargs; ++i)
        R[i] = std::move(args[i]);
    if (!varargin) {
        for (uint32_t i = nargs; i < c.num_slots; ++i)
            R[i] = Value();
    } else {
        uint32_t extra = nargs > c.num_params ? nargs - c.num_params : 0;
        auto cell = runtime::make_ref<runtime::CellArray>(runtime::Dims(1, extra));
        for (uint32_t i = 0; i < extra; ++i)
            cell->data()[i] = std::move(R[c.num_params + i]);
        for (uint32_t i = std::min(nargs, c.num_params); i < c.num_slots; ++i)
            R[i] = Value();
        R[c.varargin_slot] = Value::object(std::move(cell));
    }
    for (size_t i = 0; i < c.const_nums.size(); ++i)
        R[c.const_base + i].set_num(c.const_nums[i]);
    if (closure)
        for (size_t i = 0; i < closure->captures.size(); ++i)
            R[c.capture_base + i] = closure->captures[i];
    if (c.nargin_slot >= 0)
        R[c.nargin_slot].set_num(nargs);
    if (c.nargout_slot >= 0)
        R[c.nargout_slot].set_num(nout);
    Frame& f = m_frames.emplace_back();
    f.fn = fn;
    f.pc = c.code.data();
    f.base = 0;
    f.size = size;
    f.nout = nout;
    f.nargin = nargs;
    m_started = true;
    return {};
}

std::vector<Value> Machine::take_body_outputs()
{
    std::vector<Value> out;
    if (m_frames.empty() || !m_frames.front().fn)
        return out;
    Chunk const& c = *m_frames.front().fn->chunk;
    Value* R = m_stack.data() + m_frames.front().base;
    if (c.kind == ChunkKind::Anonymous) {
        if (R[c.anon_out].is_defined())
            out.push_back(std::move(R[c.anon_out]));
        return out;
    }
    for (uint32_t slot : c.outputs) {
        if (!R[slot].is_defined())
            break;
        out.push_back(std::move(R[slot]));
    }
    return out;
}

namespace {

// "task 1, task 2, task 3"; past ten names, "... and N more" (a run may leave 100k tasks).
std::string task_list(std::vector<uint64_t> const& numbers)
{
    constexpr size_t SHOWN = 10;
    std::string s;
    for (size_t i = 0; i < numbers.size() && i < SHOWN; ++i)
        s += (i ? ", " : "") + std::string("task ") + std::to_string(numbers[i]);
    if (numbers.size() > SHOWN)
        s += " and " + std::to_string(numbers.size() - SHOWN) + " more";
    return s;
}

} // namespace

async::Poll<void> Machine::settle_tasks(async::Context& cx, bool keep_running)
{
    if (!m_async)
        return async::Ready {};
    TaskGroup& g = *m_async->group;
    auto& settle = side().settle;
    if (!settle) {
        settle = std::make_unique<SettleState>();
        std::vector<uint64_t> running;
        for (auto const& t : g.tasks) {
            if (t->record.is_finished() || keep_running)
                continue;
            t->record.request_cancel();
            if (!t->internal)
                running.push_back(t->number());
            settle->waits.emplace_back(runtime::record_of(t));
        }
        if (!running.empty()) {
            bool one = running.size() == 1;
            host_env().write_err("Warning: " + std::to_string(running.size()) + (one ? " task was" : " tasks were")
                + " still running when the execution ended and " + (one ? "was" : "were") + " cancelled: " + task_list(running) + ".\n");
        }
    }
    for (auto& w : settle->waits)
        if (w.poll(cx).is_pending())
            return async::Pending;
    if (!settle->reported) {
        settle->reported = true;
        for (auto const& t : g.tasks) {
            if (t->consumed || t->internal || t->record.state() != async::TaskState::Failed)
                continue;
            t->consumed = true; // reported once
            RuntimeError const& e = t->record.error();
            host_env().write_err("Warning: task " + std::to_string(t->number()) + " failed and its error was never awaited: " + e.message
                + (e.identifier.empty() ? std::string() : " (" + e.identifier + ")") + "\n");
        }
    }
    return async::Ready {};
}

} // namespace runmat::vm
