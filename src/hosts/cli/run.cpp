// Running a script file or -e code to completion.
#include "hosts/cli/cli.hpp"
#include "hosts/native/native_executor.hpp"
#include <cstdio>
#include <filesystem>
#include <fstream>

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
// and tasks the REPL keeps running between inputs progress while later inputs run.
native::NativeExecutor& cli_executor()
{
    static native::NativeExecutor executor;
    return executor;
}

bool run_to_completion(session::Session& s, session::ExecuteFuture future, StdioHost& host)
{
    native::NativeExecutor& executor = cli_executor();
    session::ExecutionResult result;
    result.ok = false;
    auto id = executor.spawn(std::make_unique<ExecutionTask>(std::move(future), &result));
    if (!executor.run_until_complete(id)) {
        std::fflush(stdout);
        host.write_err("Error: the execution is waiting on an event that can never arrive.\n");
        return false;
    }
    std::fflush(stdout);
    if (!result.ok) {
        host.write_err(session::Session::format_error(result));
        return false;
    }
    return true;
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
    bool ok = run_to_completion(s, s.execute_file_async(opts.file), host);
    std::fflush(stdout);
    ok = write_trace(opts, s) && ok;
    return ok ? 0 : 1;
}

int run_code(Options const& opts)
{
    StdioHost host;
    session::Session s(host, make_config(opts));
    bool ok = run_to_completion(s, s.execute_async(opts.code, "<eval>"), host);
    std::fflush(stdout);
    ok = write_trace(opts, s) && ok;
    return ok ? 0 : 1;
}

} // namespace runmat::cli
