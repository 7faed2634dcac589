// Machine: setup, poll/resume of a pending awaitable, cancellation, and error raising
// (stack traces and unwinding to try/catch handlers across frames).
#include "runtime/mexception.hpp"
#include "vm/async_task.hpp"
#include "vm/eval.hpp"
#include "vm/vm.hpp"
#include <algorithm>

namespace runmat::vm {

using namespace bytecode;
using runtime::Value;

namespace {

constexpr size_t INITIAL_STACK = 4096;
constexpr uint32_t CHECK_INTERVAL = 1024;

// Sets runtime::active_session() for the duration of a poll, restoring the previous one.
class ActiveGuard {
public:
    ActiveGuard(runtime::Environment& env, runtime::RuntimeState& state)
        : m_saved(runtime::active_session())
    {
        runtime::active_session() = { &env, &state };
    }
    ~ActiveGuard() { runtime::active_session() = m_saved; }

private:
    runtime::ActiveSession m_saved;
};

} // namespace

// [] and ':' shared by every machine on this thread: a spawned task's machine allocates neither.
Value const& shared_empty()
{
    thread_local Value const empty = Value::empty();
    return empty;
}
Value const& shared_colon()
{
    thread_local Value const colon = Value::char_row(":");
    return colon;
}

SideStacks::SideStacks() = default;

EvalState* Machine::eval_state() const { return m_side ? m_side->eval.get() : nullptr; }
SideStacks::~SideStacks() = default;

Machine::Machine(VmHost& host) : Machine(host, INITIAL_STACK) { }

Machine::Machine(VmHost& host, size_t initial_stack)
    : m_host(host)
    , m_epoch(&host.resolution_epoch())
    , m_recursion_limit(static_cast<uint32_t>(std::min<size_t>(host.recursion_limit(), UINT32_MAX)))
{
    if (host_interrupts())
        m_interrupts_seen = host_interrupts()->load(std::memory_order_relaxed);
    m_stack.resize(initial_stack);
    m_frames.reserve(initial_stack >= INITIAL_STACK ? 64 : 1); // a task grows on demand
    if (Evaluator* ev = host.evaluator())
        m_cleanups = &ev->cleanups();
}

bool Machine::recycle()
{
    constexpr size_t MAX_REGISTERS = 256;
    if (eval_state() || (m_side && !m_side->natives.empty()) || m_pending || m_stack.size() > MAX_REGISTERS || (m_side && m_side->settle))
        return false;
    for (Value& v : m_stack)
        v = Value();
    m_frames.clear();
    if (m_side) {
        m_side->keeps.clear();
        m_side->await_trace.reset();
        m_side->own_async.reset();
    }
    m_main.reset();
    m_user_depth = 0;
    m_pending_spec = nullptr;
    m_cancel.store(0, std::memory_order_relaxed);
    m_cancel_delivered = 0;
    m_top_level = false;
    m_budget = CHECK_INTERVAL;
    m_finished = false;
    m_started = false;
    m_result = VoidResult {};
    m_async = nullptr;
    m_cx = nullptr;
    return true;
}

Machine::~Machine()
{
    if (m_pending)
        m_pending->cancel();
}

void Machine::start(std::shared_ptr<Module> module, uint32_t fn)
{
    m_main = std::move(module);
    Function* f = &m_main->functions[fn];
    ensure_stack(f->chunk->num_regs);
    Frame& fr = m_frames.emplace_back();
    fr.fn = f;
    fr.pc = f->chunk->code.data();
    fr.base = 0;
    fr.size = f->chunk->num_regs;
    bytecode::Chunk const& c = *f->chunk;
    for (size_t i = 0; i < c.const_nums.size(); ++i)
        m_stack[c.const_base + i].set_num(c.const_nums[i]);
    m_started = true;
}

Value& Machine::base_slot(uint32_t i) { return m_stack[m_frames.front().base + i]; }

bool Machine::base_frame_alive() const { return !m_frames.empty(); }

Value* Machine::regs() { return m_stack.data() + m_frames.back().base; }

bool Machine::current_frame_has_variable(std::string_view name) const
{
    for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
        if (!it->fn)
            continue;
        auto const& names = it->fn->chunk->slot_names;
        for (size_t i = 0; i < names.size(); ++i)
            if (names[i] == name)
                return m_stack[it->base + i].is_defined();
        return frame_has_dynamic(static_cast<size_t>(m_frames.rend() - it) - 1, name); // made by eval/assignin
    }
    return false;
}

void Machine::ensure_stack(size_t size)
{
    if (m_stack.size() < size)
        m_stack.resize(std::max(size, m_stack.size() * 2));
}

async::Poll<VoidResult> Machine::poll(async::Context& cx)
{
    if (m_finished || !m_started)
        return VoidResult {};
    ActiveGuard guard(host_env(), host_state());
    if (host_interrupts() && !m_top_level) // a task: interrupts from before this poll are not its own
        m_interrupts_seen = host_interrupts()->load(std::memory_order_relaxed);
    m_cx = &cx; // spawn (async_ops.cpp) schedules on the executor polling us
    if (m_pending) {
        Flow f = resume_pending(cx);
        if (f == Flow::Suspend)
            return async::Pending;
        if (f == Flow::Finished)
            return std::move(m_result);
    }
    auto r = run(cx);
    if (host_tracer() && r.is_pending())
        trace_await_begin();
    return r;
}


void Machine::cancel() { m_cancel.fetch_add(1); }

// A count of 2 or more is delivered as not catchable.
void Machine::interrupt() { m_cancel.fetch_add(2); }

// Poll the parked awaitable. The suspended call's frame still has its pc on the call
// instruction, so an error (or a cancellation) raises exactly there.
Machine::Flow Machine::resume_pending(async::Context& cx)
{
    int requested = m_cancel.load(std::memory_order_relaxed);
    if (requested > m_cancel_delivered) {
        m_pending->cancel();
        if (host_tracer())
            trace_await_end();
        m_pending.reset();
        m_cancel_delivered = requested;
        bool catchable = requested == 1;
        raise(make_error("RunMat:cancelled", "Operation terminated by user"), catchable);
        return m_finished ? Flow::Finished : Flow::Continue;
    }
    auto p = m_pending->poll(cx);
    if (p.is_pending())
        return Flow::Suspend;
    if (host_tracer())
        trace_await_end();
    m_pending.reset();
    Result<std::vector<Value>> r = p.take();
    if (r.is_error()) {
        RuntimeError e = r.release_error();
        if (e.raised_by.empty() && pending_name() != "error")
            e.raised_by = std::string(pending_name());
        return raise_flow(std::move(e));
    }
    std::vector<Value> values = r.release_value();
    if (values.size() < m_pending_call.nout) {
        RuntimeError e = make_error("MATLAB:TooManyOutputs", "Too many output arguments.");
        e.raised_by = std::string(pending_name());
        return raise_flow(std::move(e));
    }
    Flow f = deliver(m_pending_call, values.data(), static_cast<uint32_t>(values.size()));
    if (f == Flow::Continue && !m_frames.empty() && m_frames.back().is_native())
        return drive_native();
    return f;
}

bool Machine::interrupt_check()
{
    m_budget = CHECK_INTERVAL;
    if (host_interrupts()) {
        uint32_t n = host_interrupts()->load(std::memory_order_relaxed);
        if (n != m_interrupts_seen) { // Ctrl-C while this machine runs
            m_interrupts_seen = n;
            interrupt();
        }
    }
    int requested = m_cancel.load(std::memory_order_relaxed);
    if (requested <= m_cancel_delivered)
        return true;
    m_cancel_delivered = requested;
    raise(make_error("RunMat:cancelled", "Operation terminated by user"), requested == 1);
    return false;
}

std::vector<StackEntry> Machine::stack_trace() const
{
    std::vector<StackEntry> out;
    for (size_t i = m_frames.size(); i-- > 0;) {
        Frame const& f = m_frames[i];
        if (!f.fn)
            continue;
        Chunk const& c = *f.fn->chunk;
        uint32_t off = static_cast<uint32_t>(f.pc - c.code.data());
        if (i + 1 != m_frames.size() && off > 0)
            off -= 1; // a caller's pc is its return address: point into the call
        LineEntry pos = c.position(off);
        out.push_back({ c.name, f.fn->file, pos.line, pos.column });
    }
    return out;
}

void Machine::set_raised_by_user(RuntimeError& e) const
{
    for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
        if (!it->fn)
            continue;
        e.raised_by = it->fn->chunk->kind == ChunkKind::Script ? std::string() : it->fn->chunk->name;
        return;
    }
}

// Unwind to the innermost try/catch covering the faulting instruction of some frame (its pc
// becomes the handler's), or end the execution (m_finished). The base (script) frame keeps
// its registers when the error escapes: they are the workspace. Always returns false, so a
// slow path can `return raise(e);` and the dispatch loop then reloads the frame state.
bool Machine::raise(RuntimeError err, bool catchable)
{
    if (err.stack.empty())
        err.stack = stack_trace();
    host_state().last_error_msg = err.message; // lasterr
    host_state().last_error_id = err.identifier;
    bool top = true;
    while (!m_frames.empty()) {
        Frame& f = m_frames.back();
        if (f.fn) {
            Chunk const& c = *f.fn->chunk;
            uint32_t off = static_cast<uint32_t>(f.pc - c.code.data());
            if (!top && off > 0)
                off -= 1;
            if (catchable) {
                for (Handler const& h : c.handlers) {
                    if (off < h.begin || off >= h.end)
                        continue;
                    if (h.catch_reg >= 0)
                        m_stack[f.base + h.catch_reg] = runtime::make_mexception(std::move(err));
                    f.pc = c.code.data() + h.target;
                    return false;
                }
            }
            if (m_frames.size() == 1)
                break;
            if (f.flags & (Frame::EVAL | Frame::HAS_CLEANUP)) [[unlikely]] {
                if (unwind_special(err, catchable))
                    return false; // a frame took over: eval's catch string, or the onCleanup runner
                top = false;
                continue;         // unwind_special popped the frame
            }
            pop_frame_registers(f);
            --m_user_depth;
        } else if (catchable && err.identifier != "RunMat:cancelled" && native_top().cont->handles_errors()) {
            native_top().error = std::move(err); // the caller drives the native frame next
            return false;
        }
        pop_frame();
        top = false;
    }
    finish(std::move(err));
    return false;
}

Machine::Flow Machine::raise_flow(RuntimeError err)
{
    raise(std::move(err));
    if (m_finished)
        return Flow::Finished;
    return m_frames.back().is_native() ? drive_native() : Flow::Continue; // an ErrorHandler
}

bool Machine::raise_undefined(uint32_t reg)
{
    Frame const& f = m_frames.back();
    Chunk const& c = *f.fn->chunk;
    if (c.kind == ChunkKind::Function && reg < c.num_params)
        return raise(make_error("MATLAB:minrhs", "Not enough input arguments."));
    std::string name = reg < c.slot_names.size() ? c.slot_names[reg] : std::string("?");
    return raise(make_error("MATLAB:UndefinedFunction", "Unrecognized function or variable '" + name + "'."));
}

void Machine::finish(VoidResult r)
{
    m_finished = true;
    m_result = std::move(r);
    if (m_pending) {
        m_pending->cancel();
        m_pending.reset();
    }
    while (m_frames.size() > 1) {
        if (m_frames.back().fn)
            pop_frame_registers(m_frames.back());
        pop_frame();
    }
}

} // namespace runmat::vm
