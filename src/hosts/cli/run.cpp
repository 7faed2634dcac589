// Running a script file or -e code to completion.
#include "hosts/cli/cli.hpp"
#include "hosts/native/native_executor.hpp"
#include "hosts/native/native_host_io.hpp"
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace runmat::cli {

void StdioHost::write_out(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
}

void StdioHost::write_err(std::string_view text)
{
    std::fflush(stdout);
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

namespace {

// Adapts an ExecuteFuture to an executor task and keeps its result.
class ExecutionTask final : public async::Task {
public:
    ExecutionTask(session::ExecuteFuture fut, session::ExecutionResult* out) : m_future(std::move(fut)), m_out(out) { }
    async::Poll<void> poll(async::Context& cx) override
    {
        auto p = m_future.poll(cx);
        if (p.is_pending())
            return async::Pending;
        *m_out = p.take();
        return async::Ready {};
    }

private:
    session::ExecuteFuture m_future;
    session::ExecutionResult* m_out;
};

} // namespace

session::SessionConfig make_config(Options const& opts)
{
    session::SessionConfig cfg;
    cfg.compat = opts.compat;
    cfg.path = opts.path;
    if (!opts.trace_file.empty())
        cfg.tracer = std::make_shared<async::Tracer>();
    return cfg;
}

bool write_trace(Options const& opts, session::Session& s)
{
    auto const& tracer = s.config().tracer;
    if (opts.trace_file.empty() || !tracer)
        return true;
    std::ofstream out(opts.trace_file, std::ios::binary | std::ios::trunc);
    std::string json = tracer->to_json();
    out.write(json.data(), static_cast<std::streamsize>(json.size()));
    if (!out) {
        std::fprintf(stderr, "runmat: cannot write trace file '%s'\n", opts.trace_file.c_str());
        return false;
    }
    return true;
}

// One native executor for the process: real time (sleep_ms sleeps, with no CPU used while waiting),
// and tasks the REPL keeps running between inputs progress while later inputs run. Never
// destroyed: its destructor joins the worker pool, and a worker may be blocked for good in a
// read that Ctrl-C abandoned (a FIFO with no writer); exit must not wait for it.
native::NativeExecutor& cli_executor()
{
    static auto* executor = new native::NativeExecutor();
    return *executor;
}

void attach_host(session::Session& s) { s.set_host_io(std::make_shared<native::NativeHostIo>(cli_executor())); }

namespace {

// While a run is driven: Ctrl-C interrupts the session from the signal handler (reaching a
// tight loop on this thread), then wakes the execution from the executor thread (reaching
// one suspended at an await). Restores SIGINT's previous action afterwards.
class InterruptScope {
public:
    explicit InterruptScope(session::Session& s) : m_executor(cli_executor())
    {
        m_executor.set_interrupt_handler([&s] { s.wake_interrupted(); }, [](void* session) { static_cast<session::Session*>(session)->interrupt(); }, &s);
    }
    ~InterruptScope() { m_executor.clear_interrupt_handler(); }
    InterruptScope(InterruptScope const&) = delete;
    InterruptScope& operator=(InterruptScope const&) = delete;

private:
    native::NativeExecutor& m_executor;
};

} // namespace

RunStatus run_to_completion(session::Session& s, session::ExecuteFuture future, StdioHost& host)
{
    native::NativeExecutor& executor = cli_executor();
    session::ExecutionResult result;
    result.ok = false;
    bool finished;
    {
        InterruptScope interrupts(s);
        auto id = executor.spawn(std::make_unique<ExecutionTask>(std::move(future), &result));
        finished = executor.run_until_complete(id);
    }
    std::fflush(stdout);
    if (!finished) {
        host.write_err("Error: the execution is waiting on an event that can never arrive.\n");
        return RunStatus::Error;
    }
    if (result.interrupted) {
        // On a terminal the "^C" echo ends the line first. MATLAB prints no stack for Ctrl-C.
        host.write_err(isatty(STDERR_FILENO) ? "\nOperation terminated by user\n" : "Operation terminated by user\n");
        return RunStatus::Interrupted;
    }
    if (!result.ok) {
        host.write_err(session::Session::format_error(result));
        return RunStatus::Error;
    }
    return RunStatus::Ok;
}

int exit_status(RunStatus status)
{
    switch (status) {
    case RunStatus::Ok: return 0;
    case RunStatus::Error: return 1;
    case RunStatus::Interrupted: return 130; // 128 + SIGINT, the shells' convention
    }
    return 1;
}

int run_file(Options const& opts)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(opts.file, ec)) {
        std::fprintf(stderr, "runmat: cannot open '%s': no such file\n", opts.file.c_str());
        return 2;
    }
    StdioHost host;
    session::Session s(host, make_config(opts));
    attach_host(s);
    RunStatus status = run_to_completion(s, s.execute_file_async(opts.file), host);
    std::fflush(stdout);
    if (!write_trace(opts, s) && status == RunStatus::Ok)
        status = RunStatus::Error;
    return exit_status(status);
}

int run_code(Options const& opts)
{
    StdioHost host;
    session::Session s(host, make_config(opts));
    attach_host(s);
    RunStatus status = run_to_completion(s, s.execute_async(opts.code, "<eval>"), host);
    std::fflush(stdout);
    if (!write_trace(opts, s) && status == RunStatus::Ok)
        status = RunStatus::Error;
    return exit_status(status);
}

} // namespace runmat::cli
