// The interactive REPL: line editing and history through libedit; a runtime error leaves the
// session and its workspace usable. Input that is incomplete (an open block or bracket) keeps
// reading lines until it parses.
#include "hosts/cli/cli.hpp"
#include <cstdio>
#include <cstdlib>
#include <editline/readline.h>
#include <iostream>
#include <string>
#include <unistd.h>

namespace runmat::cli {

namespace {

std::string history_path()
{
    char const* home = std::getenv("HOME");
    return home ? std::string(home) + "/.runmat_history" : std::string();
}

// One line of input; false at end of input. Uses libedit on a terminal, plain reads otherwise
// (so piped input is not echoed or decorated with prompts).
bool read_line(bool tty, char const* prompt, std::string& out)
{
    if (tty) {
        char* line = readline(prompt);
        if (!line)
            return false;
        out = line;
        std::free(line);
        return true;
    }
    return static_cast<bool>(std::getline(std::cin, out));
}

} // namespace

int run_repl(Options const& opts)
{
    bool tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    StdioHost host;
    session::SessionConfig cfg = make_config(opts);
    cfg.keep_tasks_running = true; // spawned tasks outlive the input that spawned them
    session::Session s(host, cfg);
    std::string hist = history_path();
    if (tty) {
        using_history();
        stifle_history(1000);
        if (!hist.empty())
            read_history(hist.c_str());
        std::printf("runmat %s — MATLAB-compatible runtime. Type exit or press Ctrl-D to quit.\n\n", RUNMAT_VERSION);
    }
    std::string line;
    std::string pending;
    while (read_line(tty, pending.empty() ? ">> " : "", line)) {
        pending += line;
        pending += '\n';
        if (!session::Session::input_is_complete(pending))
            continue;
        std::string code = std::move(pending);
        pending.clear();
        if (tty && code.find_first_not_of(" \t\r\n") != std::string::npos) {
            std::string entry = code.substr(0, code.size() - 1);
            add_history(entry.c_str());
            if (!hist.empty())
                write_history(hist.c_str());
        }
        std::string trimmed = code.substr(0, code.find_last_not_of(" \t\r\n;") + 1);
        trimmed.erase(0, trimmed.find_first_not_of(" \t"));
        if (trimmed == "exit" || trimmed == "quit")
            break;
        run_to_completion(s, s.execute_async(code, "<repl>"), host);
        std::fflush(stdout);
    }
    if (tty)
        std::printf("\n");
    write_trace(opts, s);
    return 0;
}

} // namespace runmat::cli
