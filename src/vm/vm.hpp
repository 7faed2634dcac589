// The VM: loaded modules (constants materialised as Values, per-site call caches) and the
// Machine, one execution as a pollable future. Every MATLAB call frame lives on the Machine's
// own frame stack over one contiguous register stack, so suspending deep inside a call chain
// is returning from the dispatch loop with the state saved. Knows nothing about hosts,
// executors' implementations, parsing or files: names it cannot resolve go to a VmHost.
#pragma once
#include "async/trace.hpp"
#include "async/executor.hpp"
#include "bytecode/chunk.hpp"
#include "runtime/builtin.hpp"
#include "runtime/value.hpp"
#include "support/pool.hpp"
#include "support/result.hpp"
#include <algorithm>
#include <atomic>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace runmat::runtime {
struct TaskShared; // runtime/future.hpp
} // namespace runmat::runtime

namespace runmat::vm {

class Module;
class Function;
struct AsyncScope;  // vm/async_task.hpp: the task a machine runs as, and its task group
struct SettleState; // vm/async_task.hpp
struct EvalState;   // vm/eval.hpp: dynamic variables and active eval frames

// [] and ':' shared by every machine on this thread (values are copy-on-write and never
// cross threads).
runtime::Value const& shared_empty();
runtime::Value const& shared_colon();

// A scalar fast path for a hot builtin (mod, abs, ...): returns false to fall back to the
// builtin itself (e.g. a non-finite argument).
using ScalarFast = bool (*)(double a, double b, double* out);
ScalarFast scalar_fast_path(std::string_view builtin_name, int nargs);

// What a function name resolves to.
struct Callee {
    enum class Kind : uint8_t { None, Builtin, User, Feval, NarginOf, NargoutOf, Clear, Await, Spawn, // Feval..: VM intrinsics
        Eval, EvalIn, AssignIn, OnCleanup, // vm/eval.cpp (resolved by the session)
        Str2Func }; // calls.cpp (compiles anonymous text through the Evaluator)
    Kind kind = Kind::None;
    runtime::BuiltinSpec const* builtin = nullptr; // Builtin
    Function* fn = nullptr;                        // User
    std::shared_ptr<Module> module;                // User: keeps fn alive
};

// Per call-site cache of a by-name call.
struct SiteCache {
    uint64_t epoch = ~uint64_t(0); // host resolution epoch the entry is valid for
    Callee callee;
    ScalarFast fast = nullptr;
    // Store a resolved callee. A local function of the site's own module is held without a
    // reference to that module: the module owns this cache, so a reference would be a cycle
    // (the module could never be freed); the module is alive whenever its code runs.
    void set(Callee c, Module const* site_module)
    {
        if (c.module.get() == site_module)
            c.module.reset();
        callee = std::move(c);
    }
};

// A loaded function: its chunk plus what the VM needs at run time.
class Function {
public:
    bytecode::Chunk const* chunk = nullptr;
    Module* module = nullptr;                 // owner
    std::vector<runtime::Value> constants;    // chunk constants as Values
    std::vector<SiteCache> sites;             // one per Call site
    std::vector<runtime::Value> persistents;  // persistent variables (live with the module)
    std::string file;                         // for error stacks (module file)
    // Precomputed for the inline call/return fast paths: a named function without varargin,
    // nargin/nargout variables, whose first output is `ret_slot` (-1: no outputs).
    bool simple = false;
    int32_t ret_slot = -1;
};

// A loaded module (a script, a REPL input or a function file). Shared: frames, handles and
// the session's function cache keep it alive.
class Module : public std::enable_shared_from_this<Module> {
public:
    std::shared_ptr<bytecode::Module const> code;
    std::vector<Function> functions;
    std::string file; // path or name used in error stacks
    // eval'd code: the module of the code that called eval, whose local functions it sees.
    std::shared_ptr<Module> outer;

    Function* local_function(std::string_view name);
};

std::shared_ptr<Module> load_module(std::shared_ptr<bytecode::Module const> code, std::string file);

// Code compiled at run time for eval/evalin (vm/eval.cpp runs it in a frame whose variables
// are bound to the target workspace by name).
struct EvalCode {
    std::shared_ptr<bytecode::Module const> code; // functions[0]: a script-like chunk
    std::vector<uint32_t> out_slots;              // expression form: the slots holding its outputs
};

// What eval/evalin and onCleanup need from the session: the VM cannot compile (layer rule),
// so text goes through this interface.
class Evaluator {
public:
    virtual ~Evaluator() = default;
    // Compile `text` to run in a workspace whose variables are `variables`. nout == 0: as
    // statements (eval('x = 1;')); nout > 0: as one expression whose nout values land in
    // out_slots ([a, b] = eval('deal(1, 2)')). A syntax error is a RuntimeError.
    virtual Result<EvalCode> compile_eval(std::string_view text, std::vector<std::string> const& variables, uint32_t nout) = 0;
    // The MATLAB function that runs due onCleanup tasks: f(tasks) calls each handle of the
    // cell `tasks` (an error in one becomes a warning); f(tasks, err) then rethrows err.
    virtual Result<Callee> cleanup_runner() = 0;
    // A reference to every live onCleanup object of the session: an object whose refcount is
    // down to this one reference has been dropped, and its task is due.
    virtual std::vector<runtime::Value>& cleanups() = 0;
};

// What the VM needs from the session it runs in.
class VmHost {
public:
    virtual ~VmHost() = default;
    // Resolve a function name that is not a local function of the calling module: a function
    // file on the search path, else a builtin (Kind::None if neither). An error if a
    // function file fails to parse/compile.
    virtual Result<Callee> resolve_function(std::string_view name) = 0;
    // Incremented whenever resolution may change (path edits, new builtins).
    virtual uint64_t const& resolution_epoch() const = 0;
    virtual runtime::RuntimeState& runtime_state() = 0;
    virtual runtime::Environment& environment() = 0;
    virtual std::unordered_map<std::string, runtime::Value>& globals() = 0;
    virtual size_t recursion_limit() const = 0;
    // The session's interrupt counter (Ctrl-C), bumped from any thread or a signal handler:
    // a machine that sees it change while it runs raises an uncatchable cancellation at its
    // next interrupt check. nullptr: no interrupts (the default).
    virtual std::atomic<uint32_t> const* interrupt_counter() const { return nullptr; }
    // The tracer recording this session's tasks (runmat --trace), or nullptr (the default).
    virtual async::Tracer* tracer() { return nullptr; }
    // eval/evalin/onCleanup support (vm/eval.cpp); nullptr: those intrinsics raise an error.
    virtual Evaluator* evaluator() { return nullptr; }
};

// A native frame: a builtin's Continuation the VM drives (cellfun-style callbacks).
struct NativeFrame {
    std::unique_ptr<runtime::Continuation> cont;
    runtime::BuiltinSpec const* spec = nullptr; // the builtin that created it (cx.name)
    std::vector<runtime::Value> results;        // outputs of the last requested call
    std::vector<runtime::Value> outs;           // the builtin's own outputs, when done
    runtime::CallRequest request;
    std::optional<RuntimeError> error;          // an error of the requested call, for resume_error()
};

// Tracing (--trace): when the pending await began, and what it waits on.
struct AwaitTrace {
    uint64_t start_us = 0;
    std::string label;
    std::string site;
    std::string_view what; // an awaited native future's builtin (static name)
};

// A machine's rarely used state, allocated on first use (a task's machine stays small): the
// side stacks of rare frames (see Frame::flags), the await trace, the end-of-run settling.
struct SideStacks {
    SideStacks();
    ~SideStacks(); // machine.cpp (SettleState is complete there)
    std::vector<std::shared_ptr<void const>> keeps;    // modules kept alive by HAS_KEEP frames
    std::vector<std::unique_ptr<NativeFrame>> natives; // state of NATIVE frames
    std::unique_ptr<AwaitTrace> await_trace;           // created when tracing
    std::unique_ptr<SettleState> settle;               // Machine::settle_tasks
    std::unique_ptr<EvalState> eval;                   // vm/eval.hpp: dynamic variables, eval frames
    std::unique_ptr<AsyncScope> own_async;             // a top-level run's scope (tasks use their block's)
};

// One entry of the MATLAB call stack. Trivially copyable so a call is a few stores; the rare
// parts (a handle's module to keep alive, a native frame's state) live on side stacks.
struct Frame {
    enum Flags : uint8_t { TO_NATIVE = 1, HAS_KEEP = 2, NATIVE = 4, HAS_DYN = 8, EVAL = 16, HAS_CLEANUP = 32 };
    Function* fn = nullptr;            // bytecode frame: its function; native frame: nullptr
    uint32_t const* pc = nullptr;      // next instruction (kept current while on top)
    uint32_t base = 0;                 // first register, an index into the register stack
    uint32_t size = 0;                 // registers in use: [base, base + size)
    uint32_t dst = 0;                  // outputs go to the caller's registers [dst, dst + max(1, nout))
    uint32_t nout = 0;                 // outputs the caller asked for (0: statement context)
    uint32_t nargin = 0;
    uint8_t flags = 0;                 // TO_NATIVE: outputs go to the native frame below;
                                       // HAS_KEEP: owns m_keeps.back(); NATIVE: owns m_natives.back()
                                       // HAS_DYN: has variables created by eval/assignin (m_eval)
                                       // EVAL: runs eval'd code (m_eval->evals.back())
                                       // HAS_CLEANUP: may drop an onCleanup object on exit
                                       // (any flag sends the frame's return down the slow path)
    bool is_native() const { return flags & NATIVE; }
};

// The frame stack: a vector-like array whose push/pop are a few inline stores (a call must
// not pay for std::vector's out-of-line growth path). Frames are trivially copyable.
class FrameStack {
public:
    FrameStack() = default;
    ~FrameStack()
    {
        if (m_buf)
            pool::Allocator<Frame>().deallocate(m_buf, m_cap);
    }
    FrameStack(FrameStack const&) = delete;
    FrameStack& operator=(FrameStack const&) = delete;
    Frame& emplace_back()
    {
        if (m_size == m_cap) [[unlikely]]
            grow(m_cap ? size_t(m_cap) * 2 : 64);
        Frame& f = m_buf[m_size++];
        f = Frame {};
        return f;
    }
    void pop_back() { --m_size; }
    void clear() { m_size = 0; }
    Frame& back() { return m_buf[m_size - 1]; }
    Frame const& back() const { return m_buf[m_size - 1]; }
    Frame& front() { return m_buf[0]; }
    Frame const& front() const { return m_buf[0]; }
    Frame& operator[](size_t i) { return m_buf[i]; }
    Frame const& operator[](size_t i) const { return m_buf[i]; }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    void reserve(size_t n)
    {
        if (n > m_cap)
            grow(n);
    }
    Frame* begin() { return m_buf; }
    Frame* end() { return m_buf + m_size; }
    Frame const* begin() const { return m_buf; }
    Frame const* end() const { return m_buf + m_size; }
    std::reverse_iterator<Frame*> rbegin() { return std::reverse_iterator<Frame*>(end()); }
    std::reverse_iterator<Frame*> rend() { return std::reverse_iterator<Frame*>(begin()); }
    std::reverse_iterator<Frame const*> rbegin() const { return std::reverse_iterator<Frame const*>(end()); }
    std::reverse_iterator<Frame const*> rend() const { return std::reverse_iterator<Frame const*>(begin()); }

private:
    // Frames are trivially copyable: storage is raw (pooled when small), copied by value.
    void grow(size_t cap)
    {
        Frame* buf = pool::Allocator<Frame>().allocate(cap);
        std::copy(begin(), end(), buf);
        if (m_buf)
            pool::Allocator<Frame>().deallocate(m_buf, m_cap);
        m_buf = buf;
        m_cap = static_cast<uint32_t>(cap);
    }
    Frame* m_buf = nullptr;
    uint32_t m_size = 0;
    uint32_t m_cap = 0;
};

// One execution. start() sets up the base frame; poll() runs until the code completes
// (Ready with success or the uncaught error) or a builtin's awaitable is pending (Pending,
// the awaitable holding the waker). Code without awaits completes in the first poll.
class Machine {
public:
    RUNMAT_POOLED_CLASS
    explicit Machine(VmHost& host);
    // `initial_stack`: registers allocated up front (a spawned task starts small; it grows).
    Machine(VmHost& host, size_t initial_stack);
    ~Machine();
    Machine(Machine const&) = delete;
    Machine& operator=(Machine const&) = delete;

    // Prepare to run `module->functions[fn]` (a script body: no arguments, no outputs).
    void start(std::shared_ptr<Module> module, uint32_t fn);
    // Registers of the base frame (the script's variables), valid after start(), and after
    // completion (success or uncaught error): the session syncs its workspace through them.
    runtime::Value& base_slot(uint32_t i);
    bool base_frame_alive() const;

    async::Poll<VoidResult> poll(async::Context& cx);
    // Thread-safe. The next interrupt check (loop back-edge, call) or the pending awaitable
    // raises RunMat:cancelled (catchable once; a second cancel() is not catchable).
    void cancel();
    // Thread-safe. Like cancel(), but try/catch does not catch it (MATLAB's Ctrl-C).
    void interrupt();
    // A top-level execution: it reacts to every change of the host's interrupt counter since
    // it was created. By default (a task) a machine reacts only to changes while it runs; its
    // owner delivers the others (cancel) if it wants.
    void set_top_level() { m_top_level = true; }
    bool finished() const { return m_finished; }

    // The variables visible in the innermost MATLAB frame (exist()/who).
    bool current_frame_has_variable(std::string_view name) const;
    // Variables that eval/assignin created in the base frame (it has no slot for them): the
    // session moves them into its workspace when the run ends.
    std::vector<std::pair<std::string, runtime::Value>> take_base_dynamic();

    // Async (vm/async_ops.cpp). Prepare to run a future's body `callee(args...)` as this
    // machine's base frame (a spawned task, in `scope`). An error if it cannot be a body.
    VoidResult start_body(runtime::Value const& callee, std::vector<runtime::Value> args, AsyncScope* scope);
    // The same for a function's code (`closure`: an anonymous function's captures, or null).
    VoidResult start_function(Function* fn, runtime::FunctionHandle const* closure, std::vector<runtime::Value> args, AsyncScope* scope);
    // After a task's run completed and its outputs were taken: return to the state of a new
    // machine of the same host, keeping register and frame storage, so the next task reuses
    // it. False (nothing changed) if this machine should rather be dropped.
    bool recycle();
    // After start_body's run completed: the base frame's outputs (the task's result).
    std::vector<runtime::Value> take_body_outputs();
    // After a top-level run completed: cancel the tasks it spawned that still run (unless
    // `keep_running`, the REPL), wait until they unwound, and warn about them and about
    // failed tasks whose error nobody awaited.
    async::Poll<void> settle_tasks(async::Context& cx, bool keep_running);

private:
    friend struct Interp;
    friend struct EvalAccess; // vm/eval.cpp: binding eval'd code to a workspace
    enum class Flow : uint8_t { Continue, Suspend, Finished };

    async::Poll<VoidResult> run(async::Context& cx);
    Flow resume_pending(async::Context& cx);
    bool raise(RuntimeError err, bool catchable = true);
    bool raise_undefined(uint32_t reg);
    void finish(VoidResult r);
    bool interrupt_check();
    void ensure_stack(size_t size);
    void pop_frame_registers(Frame& f);
    void pop_frame(); // side stacks too (not the registers)
    NativeFrame& native_top() { return *m_side->natives.back(); }
    std::vector<StackEntry> stack_trace() const;
    void set_raised_by_user(RuntimeError& e) const;
    void raise_as_caller(RuntimeError& e) const; // throwAsCaller (calls.cpp)

    // Calls (calls.cpp, hot paths in interpreter.cpp). Each returns Continue (a frame was
    // pushed, or the outputs were written and the caller's pc advanced), Suspend (a builtin's
    // awaitable is pending) or Finished (an uncaught error ended the execution). On an error
    // that is caught, Continue: the state is the catch handler's.
    struct CallInfo {
        uint32_t args = 0;                 // absolute index of the first argument register
        uint32_t nargs = 0;
        uint32_t dst = 0;                  // the caller's first output register (frame-relative)
        uint32_t nout = 0;                 // outputs requested (0: statement context)
        uint32_t const* next_pc = nullptr; // the caller's return address
        bool to_native = false;            // outputs go to the native frame on top instead
        bool nout_from_frame = false;      // nout is an anonymous body's caller's nargout: a
                                           // builtin's output count is checked after the call
        bool run_body = false;             // an async function's body runs (await), rather than
                                           // the call returning a future of it
    };
    Flow call_named(uint32_t const* pc);
    Flow call_named_args(uint32_t const* pc); // Call1/Call2: copy the operands, then call_named
    Flow call_builtin(runtime::BuiltinSpec const& spec, CallInfo const& ci);
    // `pinned`: the handle stays alive in a caller register for the whole call (f(x) on a
    // variable), so its module needs no extra reference.
    Flow call_value(runtime::Value const& callee, CallInfo const& ci, bool pinned = false);
    Flow call_callee(Callee const& c, CallInfo const& ci, bool keep_module);
    Flow push_user(Function* fn, runtime::FunctionHandle const* closure, std::shared_ptr<void const> keep, CallInfo const& ci);
    Flow do_return();
    Flow deliver(CallInfo const& ci, runtime::Value* outs, uint32_t count);
    Flow drive_native();
    Result<Callee> resolve_in(Module* module, std::string_view name);
    Flow arg_count_query(CallInfo const& ci, bool outputs);
    Flow clear_variables(CallInfo const& ci);
    Flow raise_flow(RuntimeError err);
    Flow str2func_op(CallInfo const& ci); // str2func: a handle from text (calls.cpp)
    // Async intrinsics (vm/async_ops.cpp).
    Flow await_op(CallInfo const& ci);
    Flow await_finished(runtime::TaskShared& task, CallInfo const& ci);
    Flow spawn_op(CallInfo const& ci);
    Flow async_call_future(Function* fn, runtime::FunctionHandle const* closure, CallInfo const& ci);
    AsyncScope& async_scope();
    // Dynamic evaluation and onCleanup (vm/eval.cpp).
    Flow eval_op(CallInfo const& ci, Callee::Kind kind); // eval, evalin, assignin
    Flow on_cleanup_op(CallInfo const& ci);
    Flow call_dyn(uint32_t const* pc);
    Flow cleanup_check(uint32_t const* pc);
    // name(args) where `name` (or its head, for s.a) is a variable eval/assignin created in the
    // top frame: index/call it. nullopt: no such variable (call the function instead).
    std::optional<Flow> dyn_call(std::string const& name, CallInfo const& ci, uint32_t mode);
    Flow eval_return();                                     // do_return of an EVAL frame
    bool frame_exit_cleanups();                             // do_return of a HAS_CLEANUP frame
    bool unwind_special(RuntimeError& err, bool catchable); // raise() leaving an EVAL/HAS_CLEANUP frame
    bool run_due_cleanups(RuntimeError const* rethrow);     // push the onCleanup runner if a task is due
    void drop_frame_state(Frame const& f);                  // pop_frame of a HAS_DYN/EVAL frame
    bool frame_has_dynamic(size_t index, std::string_view name) const;
    void clear_dynamic(std::vector<std::string> const& names, bool all); // clear: the top frame's

    // Values (values.cpp).
    bool binary_slow(uint8_t op, uint32_t dst, uint32_t lhs, uint32_t rhs);
    bool unary_slow(uint8_t op, uint32_t dst, uint32_t src);
    bool truth_slow(uint32_t dst, uint32_t src, bool oror);
    int jump_cond_slow(uint32_t cond); // 1 true, 0 false, -1 raised
    int compare_slow(uint8_t op, uint32_t lhs, uint32_t rhs); // is_true(lhs OP rhs), -1 raised
    bool range_slow(uint32_t const* pc);
    bool concat_slow(uint32_t dst, uint32_t first, uint32_t count, bool vertical);
    Flow index_slow(uint32_t const* pc);
    bool set_index_slow(uint32_t const* pc);
    bool delete_index_slow(uint32_t const* pc);
    bool end_value_slow(uint32_t const* pc);
    bool case_match_slow(uint32_t const* pc);
    bool for_range_prep(uint32_t state);
    bool for_array_prep(uint32_t state);
    int for_array_next(uint32_t var, uint32_t state); // 1 iterate, 0 done, -1 raised
    bool display(uint32_t src, std::string_view name);
    bool expr_stmt(uint32_t src, uint32_t ans, bool print);
    bool make_closure(uint32_t const* pc);
    bool make_handle(uint32_t const* pc);
    bool global_op(uint32_t const* pc);
    bool persistent_op(uint32_t const* pc);
    bool unsupported(std::string_view what);

    // Cells, structs and cs-lists (cells.cpp).
    bool cell_index_op(uint32_t const* pc);
    bool set_cell_index_op(uint32_t const* pc);
    bool get_field_op(uint32_t dst, uint32_t base, std::string_view name);
    bool get_method_op(uint32_t dst, uint32_t base, std::string_view name); // values.cpp
    bool set_field_op(uint32_t base, std::string_view name, uint32_t src);
    Result<std::string> dyn_field_name(uint32_t reg);
    bool cell_op(uint32_t const* pc);
    Flow pack_call(uint32_t const* pc);

    runtime::Value* regs(); // registers of the top frame

    VmHost& m_host;
    uint64_t const* m_epoch;
    // Host state read through the host (a machine holds no copies: a suspended task stays small).
    runtime::RuntimeState& host_state() const { return m_host.runtime_state(); }
    runtime::Environment& host_env() const { return m_host.environment(); }
    std::vector<runtime::Value> m_stack;  // all registers of all frames
    FrameStack m_frames;                  // the MATLAB call stack (innermost last)
    std::unique_ptr<SideStacks> m_side;   // keeps and native frames (side())
    SideStacks& side()
    {
        if (!m_side) [[unlikely]]
            m_side = std::make_unique<SideStacks>();
        return *m_side;
    }
    std::shared_ptr<Module> m_main;       // the module being executed
    uint32_t m_user_depth = 0;            // user-function frames (recursion limit)
    uint32_t m_recursion_limit = 500;

    // Suspension: a builtin's awaitable and where its values go when Ready.
    std::unique_ptr<runtime::ValueAwaitable> m_pending;
    CallInfo m_pending_call;                     // where its outputs go
    runtime::BuiltinSpec const* m_pending_spec = nullptr; // its builtin (raised_by), if any
    std::string_view pending_name() const { return m_pending_spec ? m_pending_spec->name : std::string_view(); }
    // Tracing (--trace): when the pending await began, and what it waits on.
    async::Tracer* host_tracer() const { return m_host.tracer(); }
    AwaitTrace& await_trace();
    void trace_await_begin();
    void trace_await_end();
    uint64_t trace_track() const;

    std::atomic<int> m_cancel { 0 };      // cancel() count (1: catchable, 2+: not)
    int m_cancel_delivered = 0;
    std::atomic<uint32_t> const* host_interrupts() const { return m_host.interrupt_counter(); }
    uint32_t m_interrupts_seen = 0;       // its value at creation, or (a task) when this poll began
    bool m_top_level = false;             // set_top_level()
    uint32_t m_budget = 1024;             // back-edges/calls until the next interrupt check
    bool m_finished = false;
    bool m_started = false;
    VoidResult m_result;

    // Async: the task this machine runs as (created on first use for a top-level run), the
    // end-of-run settling state, and the context of the poll in progress (spawn needs it).
    AsyncScope* m_async = nullptr; // a task's: its block's (which owns this machine); top level: side().own_async
    async::Context* m_cx = nullptr;

    // Dynamic evaluation (vm/eval.hpp): created by the first eval/evalin/assignin.
    EvalState* eval_state() const; // created by the first eval/evalin/assignin (side().eval)
    std::vector<runtime::Value>* m_cleanups = nullptr; // the session's onCleanup registry
};

} // namespace runmat::vm
