// The CLI host's pieces: running scripts/-e code and the REPL over a Session.
#pragma once
#include "session/session.hpp"
#include <string>
#include <vector>

namespace runmat::cli {

struct Options {
    std::string file;                      // script to run
    std::vector<std::string> script_args;  // arguments after the script name
    std::string code;                      // -e CODE
    bool has_code = false;
    session::CompatMode compat = session::CompatMode::RunMat;
    std::vector<std::string> path;         // -p DIR
    std::string trace_file;                // --trace FILE.json: write a Chrome/Perfetto trace
};

int run_file(Options const& opts);
int run_code(Options const& opts);
int run_repl(Options const& opts);

// Session settings from the command line (shared by scripts, -e and the REPL).
session::SessionConfig make_config(Options const& opts);
// After a run with --trace: write the trace JSON. False (and a message) if it cannot.
bool write_trace(Options const& opts, session::Session& s);

// Writes to the process's stdout/stderr (stdout flushed before stderr writes so the two
// interleave in program order on a terminal).
class StdioHost final : public session::SessionHost {
public:
    void write_out(std::string_view text) override;
    void write_err(std::string_view text) override;
};

enum class RunStatus : uint8_t { Ok, Error, Interrupted };

// Give the session the CLI's host services: file I/O on the native executor's worker pool.
void attach_host(session::Session& s);

// Drive one execution to completion on this thread and print an uncaught error. Ctrl-C
// during it interrupts the execution (and its tasks): "Operation terminated by user".
RunStatus run_to_completion(session::Session& s, session::ExecuteFuture future, StdioHost& host);
// The process exit status of a script or -e run: 0 ok, 1 uncaught error, 130 interrupted.
int exit_status(RunStatus status);

} // namespace runmat::cli
