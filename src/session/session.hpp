// Session: the API hosts use. Parse -> compile -> run on the VM, as a pollable future.
// Knows nothing about Asio, terminals, Emscripten: hosts drive ExecuteFuture with their
// executor, and give output/input through SessionHost.
#pragma once
#include "async/executor.hpp"
#include "async/host_io.hpp"
#include "async/trace.hpp"
#include "runtime/builtin.hpp"
#include "runtime/value.hpp"
#include "support/error.hpp"
#include "support/source.hpp"
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace runmat::session {

// Where output goes. The CLI writes to stdout/stderr; tests capture into strings.
class SessionHost {
public:
    virtual ~SessionHost() = default;
    virtual void write_out(std::string_view text) = 0;
    virtual void write_err(std::string_view text) = 0;
};

enum class CompatMode : uint8_t { RunMat, Matlab };

struct SessionConfig {
    CompatMode compat = CompatMode::RunMat;
    size_t recursion_limit = 500; // MATLAB's default
    std::vector<std::string> path; // extra search directories (addpath appends/prepends)
    // Tasks spawned by an execution keep running after it ends (the REPL) instead of being
    // cancelled and listed in a warning.
    bool keep_tasks_running = false;
    // Record tasks, polls and awaits as a Chrome/Perfetto trace (runmat --trace FILE).
    std::shared_ptr<async::Tracer> tracer;
};

// The outcome of one execution: success, or the uncaught error (syntax or runtime).
struct ExecutionResult {
    bool ok = true;
    std::optional<Diagnostic> syntax_error;   // parse/compile error
    std::optional<RuntimeError> runtime_error; // uncaught runtime error (with stack)
    // Session::interrupt() ended the run: runtime_error is RunMat:cancelled "Operation
    // terminated by user"; hosts print just that line (MATLAB prints no stack for Ctrl-C).
    bool interrupted = false;
};

class SessionImpl;

// A running execution. poll() advances it until it completes or waits on an awaitable
// (then Pending, with the waker stored). Code with no awaits completes in the first poll.
// Owns the VM state of this execution (frames, registers, pc, the pending awaitable).
class ExecuteFuture {
public:
    ExecuteFuture(ExecuteFuture&&) noexcept;
    ExecuteFuture& operator=(ExecuteFuture&&) noexcept;
    ~ExecuteFuture();
    async::Poll<ExecutionResult> poll(async::Context& cx);
    // Cancel: the next poll (or the current pending awaitable) delivers RunMat:cancelled.
    void cancel();

private:
    friend class Session;
    struct State;
    explicit ExecuteFuture(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

class Session {
public:
    explicit Session(SessionHost& host, SessionConfig config = {});
    ~Session();
    Session(Session const&) = delete;
    Session& operator=(Session const&) = delete;

    // Compile `source` (a script, or code typed at the REPL) and return a future that runs
    // it in this session's base workspace. `name` is the file name used in errors ("<repl>").
    ExecuteFuture execute_async(std::string source, std::string name = "<eval>");
    // Run a script file (its directory joins the function search path for this run).
    ExecuteFuture execute_file_async(std::string const& path);
    // Convenience: drive execute_async to completion on a LocalExecutor.
    ExecutionResult execute(std::string source, std::string name = "<eval>");

    /// Install the host's file I/O for read_text_async/write_text_async (the native host runs
    /// it on its worker pool). The default, async::BlockingHostIo, does it synchronously.
    void set_host_io(std::shared_ptr<async::HostIo> io);

    /// Interrupt (Ctrl-C, or a host's cancel button): async-signal-safe and callable from any
    /// thread (one lock-free atomic increment). Code running on the executor thread (this
    /// session's execution or one of its tasks, even a tight loop) stops at its next loop
    /// back-edge or call; the running execution ends with RunMat:cancelled "Operation
    /// terminated by user", which try/catch does not catch, and the tasks it spawned are
    /// cancelled (also in the REPL). The workspace keeps what was assigned before.
    /// An execution suspended at an await sees it when next polled: call wake_interrupted().
    void interrupt() noexcept;
    /// Executor thread, after interrupt(): wake the running execution if it waits at an
    /// await, so the interrupt is delivered now.
    void wake_interrupted();

    // Register an extra builtin for this session only (tests register awaitable builtins).
    void register_builtin(runtime::BuiltinSpec spec);
    // Base workspace access.
    std::optional<runtime::Value> get_variable(std::string const& name) const;
    void set_variable(std::string const& name, runtime::Value value);
    std::vector<std::string> variable_names() const;

    runtime::RuntimeState& runtime_state();
    SessionConfig& config();
    // False when `source` ends inside an open block, bracket, string continuation or `...`
    // line, i.e. a REPL should read more lines before executing it. (Added by the lead;
    // implemented in session/input_complete.cpp.)
    static bool input_is_complete(std::string const& source);
    // Format an uncaught error the way the CLI prints it (Error using ... / message / stack).
    static std::string format_error(ExecutionResult const& r);
    // The bytecode listing of `source` (every function, with line numbers), or the formatted
    // syntax error if it does not compile. For `runmat --dump-bytecode` and debugging.
    static std::string disassemble(std::string source, std::string name = "<eval>");

private:
    friend class ExecuteFuture;
    std::unique_ptr<SessionImpl> m_impl;
};

} // namespace runmat::session
