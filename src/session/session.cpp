// Session: parse -> compile -> run on the VM, as a pollable ExecuteFuture. Owns the base
// workspace, globals, the session's builtin table, the function-file cache and the search
// path; implements the VM's host interface and the runtime's Environment. Knows nothing
// about terminals, Asio or Emscripten.
#include "session/session.hpp"
#include "session/evaluator.hpp"
#include "async/local_executor.hpp"
#include "compiler/compiler.hpp"
#include "parser/parser.hpp"
#include "runtime/future.hpp"
#include "vm/vm.hpp"
#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>

namespace runmat::session {

namespace fs = std::filesystem;
using runtime::Value;

class SessionImpl final : public vm::VmHost, public runtime::Environment {
public:
    SessionImpl(SessionHost& host, SessionConfig config)
        : m_host(host), m_config(std::move(config)), m_builtins(runtime::builtins())
    {
    }

    // ---- VmHost ----
    Result<vm::Callee> resolve_function(std::string_view name) override;
    uint64_t const& resolution_epoch() const override { return m_epoch; }
    runtime::RuntimeState& runtime_state() override { return m_state; }
    runtime::Environment& environment() override { return *this; }
    std::unordered_map<std::string, Value>& globals() override { return m_globals; }
    size_t recursion_limit() const override { return m_config.recursion_limit; }
    std::atomic<uint32_t> const* interrupt_counter() const override { return &m_interrupts; }
    async::Tracer* tracer() override { return m_config.tracer.get(); }
    vm::Evaluator* evaluator() override { return &m_evaluator; }

    // ---- runtime::Environment ----
    void write_out(std::string_view text) override { m_host.write_out(text); }
    void write_err(std::string_view text) override { m_host.write_err(text); }
    int exist_kind(std::string_view name) override;
    void add_path(std::string const& dir, bool at_end) override;
    std::vector<std::string> path() const override { return m_config.path; }
    std::shared_ptr<async::HostIo> host_io() override { return m_host_io; }

    void invalidate()
    {
        ++m_epoch;
        m_resolved.clear();
    }
    std::optional<std::string> find_file(std::string_view name) const;
    Result<std::shared_ptr<vm::Module>> load_file(std::string const& path);

    SessionHost& m_host;
    SessionConfig m_config;
    SessionEvaluator m_evaluator { m_config }; // eval/evalin, onCleanup registry (evaluator.cpp)
    runtime::BuiltinTable m_builtins;
    std::deque<std::string> m_builtin_names; // owns the names of register_builtin specs (stable)
    runtime::RuntimeState m_state;
    std::map<std::string, Value> m_workspace;
    std::unordered_map<std::string, Value> m_globals;
    uint64_t m_epoch = 1;
    std::vector<std::string> m_run_dirs; // the running script's directory (searched first)
    vm::Machine* m_active = nullptr;     // the execution being polled (exist())
    std::shared_ptr<async::HostIo> m_host_io; // null: read_text_async & co. are synchronous
    std::atomic<uint32_t> m_interrupts { 0 }; // Session::interrupt() count (signal-safe)
    async::Waker* m_running = nullptr;         // the waker of the execution polled last, until it is done

    struct CachedFile {
        fs::file_time_type mtime;
        std::shared_ptr<vm::Module> module;
    };
    std::unordered_map<std::string, CachedFile> m_files;   // path -> compiled function file
    std::unordered_map<std::string, vm::Callee> m_resolved; // name -> callee (this epoch)
};

// The state of one execution: the compiled script and the VM running it, or the result of
// a failed compilation (delivered by the first poll).
struct ExecuteFuture::State {
    SessionImpl* session = nullptr;
    std::optional<ExecutionResult> immediate;
    std::shared_ptr<vm::Module> module;
    std::unique_ptr<vm::Machine> machine;
    std::vector<std::string> run_dirs;
    bool loaded = false; // workspace moved into the base frame
    bool done = false;
    bool stored = false;        // workspace moved back out of the base frame
    bool machine_done = false;  // the code completed; its tasks may still be settling
    bool traced = false;        // the trace names track 0 on the first poll
    VoidResult outcome;
    uint32_t interrupts_seen = 0; // SessionImpl::m_interrupts when last looked at
    bool interrupt_sent = false;  // take_interrupt() interrupted the machine
    bool interrupted = false;     // an interrupt ended the code: cancel its tasks, even kept ones
    async::Waker waker;           // of the latest poll (wake_interrupted)

    // An interrupt since the execution last looked: delivered to its machine (not catchable).
    bool take_interrupt();

    // A future dropped before completion gives the workspace back (what it held, plus what
    // the run assigned so far).
    ~State();
};

// ---- name resolution ----

std::optional<std::string> SessionImpl::find_file(std::string_view name) const
{
    if (name.empty() || name.find_first_of("/\\.") != std::string_view::npos)
        return std::nullopt;
    std::string file = std::string(name) + ".m";
    std::error_code ec;
    auto try_dir = [&](fs::path const& dir) -> std::optional<std::string> {
        fs::path p = dir / file;
        if (fs::is_regular_file(p, ec))
            return p.string();
        return std::nullopt;
    };
    for (auto const& d : m_run_dirs)
        if (auto p = try_dir(d))
            return p;
    if (auto p = try_dir(fs::current_path(ec)))
        return p;
    for (auto const& d : m_config.path)
        if (auto p = try_dir(d))
            return p;
    return std::nullopt;
}

namespace {

std::string diagnostic_text(Diagnostic const& d)
{
    return "Error: File: " + d.file + " Line: " + std::to_string(d.pos.line) + " Column: " + std::to_string(d.pos.column) + "\n" + d.message;
}

Result<std::string> read_file(std::string const& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return make_error("MATLAB:FileIO:InvalidFid", "Unable to read file '" + path + "'.");
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

// Load (parse + compile) a function file, cached by path and modification time.
Result<std::shared_ptr<vm::Module>> SessionImpl::load_file(std::string const& path)
{
    std::error_code ec;
    auto mtime = fs::last_write_time(path, ec);
    if (auto it = m_files.find(path); it != m_files.end() && it->second.mtime == mtime)
        return it->second.module;
    std::string text = TRY(read_file(path));
    auto src = std::make_shared<SourceFile>(SourceFile { path, std::move(text) });
    auto program = parser::parse_program(src);
    if (program.is_error())
        return make_error("MATLAB:syntaxError", diagnostic_text(program.error()));
    compiler::CompileOptions co;
    co.matlab_compat = m_config.compat == CompatMode::Matlab;
    auto code = compiler::compile(program.value(), co);
    if (code.is_error())
        return make_error("MATLAB:syntaxError", diagnostic_text(code.error()));
    if (!code.value()->functions.empty() && code.value()->is_script)
        return make_error("RunMat:unsupported", "Calling a script file ('" + path + "') is not supported yet.");
    auto module = vm::load_module(code.release_value(), path);
    m_files[path] = CachedFile { mtime, module };
    return module;
}

Result<vm::Callee> SessionImpl::resolve_function(std::string_view name)
{
    std::string key(name);
    if (auto it = m_resolved.find(key); it != m_resolved.end())
        return it->second;
    vm::Callee c;
    if (auto file = find_file(name)) {
        auto module = TRY(load_file(*file));
        c.kind = vm::Callee::Kind::User;
        c.fn = &module->functions[0];
        c.module = std::move(module);
    } else if (m_config.compat == CompatMode::Matlab && runtime::is_async_extension_name(name)) {
        return make_error("RunMat:compat", "'" + key + "' is a RunMat async extension, not available with --compat matlab.");
    } else if (name == "await" || name == "spawn") {
        c.kind = name == "await" ? vm::Callee::Kind::Await : vm::Callee::Kind::Spawn;
    } else if (auto k = eval_intrinsic(name); k != vm::Callee::Kind::None) {
        c.kind = k; // eval, evalin, assignin, onCleanup
    } else if (auto const* spec = m_builtins.find(name)) {
        c.kind = vm::Callee::Kind::Builtin;
        c.builtin = spec;
    }
    m_resolved.emplace(std::move(key), c);
    return c;
}

int SessionImpl::exist_kind(std::string_view name)
{
    if (m_active ? m_active->current_frame_has_variable(name) : m_workspace.count(std::string(name)) > 0)
        return 1;
    if (find_file(name))
        return 2;
    if (m_builtins.find(name) || eval_intrinsic(name) != vm::Callee::Kind::None)
        return 5;
    // Built-in functions the VM implements (vm/calls.cpp intrinsics) instead of the table.
    static constexpr std::string_view VM_FUNCTIONS[] = { "feval", "nargin", "nargout", "clear", "clearvars", "str2func" };
    for (std::string_view f : VM_FUNCTIONS)
        if (name == f)
            return 5;
    return 0;
}

void SessionImpl::add_path(std::string const& dir, bool at_end)
{
    auto& p = m_config.path;
    p.erase(std::remove(p.begin(), p.end(), dir), p.end());
    if (at_end)
        p.push_back(dir);
    else
        p.insert(p.begin(), dir);
    invalidate();
}

// ---- ExecuteFuture ----

ExecuteFuture::ExecuteFuture(std::unique_ptr<State> state) : m_state(std::move(state)) { }
ExecuteFuture::ExecuteFuture(ExecuteFuture&&) noexcept = default;
ExecuteFuture& ExecuteFuture::operator=(ExecuteFuture&&) noexcept = default;
ExecuteFuture::~ExecuteFuture() = default;

void ExecuteFuture::cancel()
{
    if (m_state && m_state->machine)
        m_state->machine->cancel();
}

namespace {

// Move the base workspace into the script's variable registers (so updates are in place),
// and back when the run ends (also after an uncaught error: what was assigned stays).
void load_workspace(SessionImpl& s, vm::Machine& m, bytecode::Chunk const& c)
{
    for (uint32_t i = 0; i < c.num_slots; ++i) {
        auto it = s.m_workspace.find(c.slot_names[i]);
        if (it != s.m_workspace.end()) {
            m.base_slot(i) = std::move(it->second);
            s.m_workspace.erase(it);
        }
    }
}

void store_workspace(SessionImpl& s, vm::Machine& m, bytecode::Chunk const& c)
{
    if (!m.base_frame_alive())
        return;
    for (uint32_t i = 0; i < c.num_slots; ++i) {
        std::string const& name = c.slot_names[i];
        if (name == "~")
            continue;
        Value& v = m.base_slot(i);
        if (v.is_defined())
            s.m_workspace[name] = std::move(v);
        else
            s.m_workspace.erase(name);
    }
    for (auto& [name, v] : m.take_base_dynamic()) // variables eval/assignin created
        s.m_workspace[name] = std::move(v);
}

} // namespace

ExecuteFuture::State::~State()
{
    if (session && session->m_running == &waker)
        session->m_running = nullptr;
    if (loaded && !stored && machine)
        store_workspace(*session, *machine, *module->functions[0].chunk);
}

bool ExecuteFuture::State::take_interrupt()
{
    uint32_t n = session->m_interrupts.load(std::memory_order_relaxed);
    if (n == interrupts_seen)
        return false;
    interrupts_seen = n;
    interrupt_sent = true;
    machine->interrupt();
    return true;
}

async::Poll<ExecutionResult> ExecuteFuture::poll(async::Context& cx)
{
    State& st = *m_state;
    if (st.done)
        return ExecutionResult {};
    if (st.immediate) {
        st.done = true;
        return std::move(*st.immediate);
    }
    SessionImpl& s = *st.session;
    bytecode::Chunk const& main = *st.module->functions[0].chunk;
    if (!st.loaded) {
        load_workspace(s, *st.machine, main);
        st.loaded = true;
    }
    if (!st.machine_done) {
        s.m_running = &st.waker;
        st.waker = cx.waker();
        st.take_interrupt();
        s.m_active = st.machine.get();
        s.m_run_dirs = st.run_dirs;
        async::Tracer* tracer = s.m_config.tracer.get();
        uint64_t start = tracer ? tracer->now_us() : 0;
        if (tracer && !st.traced) {
            st.traced = true;
            tracer->name_track(0, "main: " + st.module->file);
        }
        auto p = st.machine->poll(cx);
        if (tracer)
            tracer->span(0, "poll", "task", start, tracer->now_us());
        s.m_active = nullptr;
        if (p.is_pending()) {
            if (st.take_interrupt()) // came while it ran, after its last check
                cx.waker().wake();
            return async::Pending;
        }
        st.machine_done = true;
        st.outcome = p.take();
        bool during = s.m_interrupts.load(std::memory_order_relaxed) != st.interrupts_seen; // seen by the machine
        st.interrupted = (st.interrupt_sent || during) && st.outcome.is_error() && st.outcome.error().identifier == "RunMat:cancelled";
        store_workspace(s, *st.machine, main);
        st.stored = true;
    }
    // Tasks the run spawned: cancelled (and waited for while they unwind) unless kept.
    if (st.machine->settle_tasks(cx, s.m_config.keep_tasks_running && !st.interrupted).is_pending())
        return async::Pending;
    st.done = true;
    if (s.m_running == &st.waker)
        s.m_running = nullptr;
    ExecutionResult r;
    r.interrupted = st.interrupted;
    VoidResult out = std::move(st.outcome);
    if (out.is_error()) {
        r.ok = false;
        r.runtime_error = out.release_error();
    }
    return r;
}

// ---- Session ----

Session::Session(SessionHost& host, SessionConfig config) : m_impl(std::make_unique<SessionImpl>(host, std::move(config))) { }
Session::~Session() = default;

ExecuteFuture Session::execute_async(std::string source, std::string name)
{
    auto st = std::make_unique<ExecuteFuture::State>();
    st->session = m_impl.get();
    SessionImpl& s = *m_impl;
    st->interrupts_seen = s.m_interrupts.load(std::memory_order_relaxed);
    s.invalidate(); // files may have changed since the last run
    auto src = std::make_shared<SourceFile>(SourceFile { name, std::move(source) });
    parser::ParseOptions po;
    compiler::CompileOptions co;
    co.matlab_compat = s.m_config.compat == CompatMode::Matlab;
    for (auto const& [var, _] : s.m_workspace) {
        po.known_variables.push_back(var);
        co.workspace_vars.push_back(var);
    }
    auto fail = [&](Diagnostic d) {
        ExecutionResult r;
        r.ok = false;
        r.syntax_error = std::move(d);
        st->immediate = std::move(r);
        return ExecuteFuture(std::move(st));
    };
    auto program = parser::parse_program(src, po);
    if (program.is_error())
        return fail(program.release_error());
    auto code = compiler::compile(program.value(), co);
    if (code.is_error())
        return fail(code.release_error());
    st->module = vm::load_module(code.release_value(), name);
    st->machine = std::make_unique<vm::Machine>(s);
    st->machine->set_top_level();
    st->machine->start(st->module, 0);
    return ExecuteFuture(std::move(st));
}

ExecuteFuture Session::execute_file_async(std::string const& path)
{
    auto text = read_file(path);
    if (text.is_error()) {
        auto st = std::make_unique<ExecuteFuture::State>();
        st->session = m_impl.get();
        ExecutionResult r;
        r.ok = false;
        r.runtime_error = text.release_error();
        st->immediate = std::move(r);
        return ExecuteFuture(std::move(st));
    }
    ExecuteFuture f = execute_async(text.release_value(), path);
    std::error_code ec;
    fs::path dir = fs::absolute(fs::path(path), ec).parent_path();
    f.m_state->run_dirs.push_back(dir.string());
    return f;
}

namespace {

class ExecuteTask final : public async::Task {
public:
    ExecuteTask(ExecuteFuture f, ExecutionResult* out) : m_future(std::move(f)), m_out(out) { }
    async::Poll<void> poll(async::Context& cx) override
    {
        auto p = m_future.poll(cx);
        if (p.is_pending())
            return async::Pending;
        *m_out = p.take();
        return async::Ready {};
    }

private:
    ExecuteFuture m_future;
    ExecutionResult* m_out;
};

} // namespace

ExecutionResult Session::execute(std::string source, std::string name)
{
    async::LocalExecutor executor;
    ExecutionResult result;
    auto id = executor.spawn(std::make_unique<ExecuteTask>(execute_async(std::move(source), std::move(name)), &result));
    if (!executor.run_until_complete(id)) {
        result = ExecutionResult {};
        result.ok = false;
        result.runtime_error = make_error("RunMat:deadlock", "The execution is waiting on an event that cannot arrive.");
    }
    return result;
}

void Session::set_host_io(std::shared_ptr<async::HostIo> io) { m_impl->m_host_io = std::move(io); }

void Session::interrupt() noexcept { m_impl->m_interrupts.fetch_add(1, std::memory_order_relaxed); }

void Session::wake_interrupted()
{
    if (async::Waker* w = m_impl->m_running)
        w->wake();
}

void Session::register_builtin(runtime::BuiltinSpec spec)
{
    // Keep the name alive as long as the table (specs hold string_views).
    spec.name = m_impl->m_builtin_names.emplace_back(spec.name);
    m_impl->m_builtins.add(spec);
    m_impl->invalidate();
}

std::optional<Value> Session::get_variable(std::string const& name) const
{
    auto it = m_impl->m_workspace.find(name);
    if (it == m_impl->m_workspace.end())
        return std::nullopt;
    return it->second;
}

void Session::set_variable(std::string const& name, Value value) { m_impl->m_workspace[name] = std::move(value); }

std::vector<std::string> Session::variable_names() const
{
    std::vector<std::string> out;
    for (auto const& [name, _] : m_impl->m_workspace)
        out.push_back(name);
    return out;
}

runtime::RuntimeState& Session::runtime_state() { return m_impl->m_state; }
SessionConfig& Session::config() { return m_impl->m_config; }

std::string Session::disassemble(std::string source, std::string name)
{
    auto src = std::make_shared<SourceFile>(SourceFile { std::move(name), std::move(source) });
    auto program = parser::parse_program(src);
    if (program.is_error())
        return diagnostic_text(program.error()) + "\n";
    auto code = compiler::compile(program.value());
    if (code.is_error())
        return diagnostic_text(code.error()) + "\n";
    return bytecode::disassemble(*code.value());
}

std::string Session::format_error(ExecutionResult const& r)
{
    if (r.syntax_error)
        return diagnostic_text(*r.syntax_error) + "\n";
    if (!r.runtime_error)
        return {};
    RuntimeError const& e = *r.runtime_error;
    std::string out;
    if (!e.raised_by.empty())
        out += "Error using " + e.raised_by + "\n";
    out += e.message + "\n";
    if (!e.stack.empty())
        out += "\n";
    for (auto const& s : e.stack)
        out += "Error in " + s.name + " (" + s.file + ":" + std::to_string(s.line) + ":" + std::to_string(s.column) + ")\n";
    return out;
}

} // namespace runmat::session
