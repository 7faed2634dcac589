// The interactive REPL: line editing and history through libedit; a runtime error leaves the
// session and its workspace usable. Input that is incomplete (an open block or bracket) keeps
// reading lines until it parses. Ctrl-C interrupts running code (run_to_completion); at the
// prompt it discards the line, and a second one in a row at an empty prompt exits.
#include "hosts/cli/cli.hpp"
#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <editline/readline.h>
#include <fcntl.h>
#include <poll.h>
#include <iostream>
#include <optional>
#include <string>
#include <unistd.h>

namespace runmat::cli {

namespace {

std::string history_path()
{
    char const* home = std::getenv("HOME");
    return home ? std::string(home) + "/.runmat_history" : std::string();
}

// Ctrl-C at the prompt: its handler sets this and writes to the self-pipe, which ends the
// key read in progress (or the next one: a Ctrl-C that lands before libedit reads is not
// lost); readline() then returns NULL, as at end of input, and the flag tells the two apart.
volatile sig_atomic_t g_prompt_interrupted = 0;
int g_prompt_pipe[2] = { -1, -1 };
// Keys read since the prompt was shown: Ctrl-C at a prompt with nothing typed is the one
// that counts towards exiting.
size_t g_keys_typed = 0;

extern "C" void on_prompt_sigint(int)
{
    int saved = errno;
    g_prompt_interrupted = 1;
    char byte = 1;
    (void)!::write(g_prompt_pipe[1], &byte, 1);
    errno = saved;
}

// The next byte of `fd`, or -1 at end of input or on Ctrl-C.
int read_byte(int fd)
{
    for (;;) {
        pollfd fds[2] = { { fd, POLLIN, 0 }, { g_prompt_pipe[0], POLLIN, 0 } };
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue; // the handler's byte is in the pipe now
            return -1;
        }
        if (fds[1].revents)
            return -1;
        unsigned char c;
        ssize_t n = ::read(fd, &c, 1);
        if (n == 1)
            return c;
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        return -1;
    }
}

// libedit's key reader (rl_getc_function): counts keys. libedit takes each value returned as
// one character, so UTF-8 is decoded here (an invalid sequence gives U+FFFD).
int read_key(FILE* in)
{
    int fd = fileno(in ? in : stdin);
    int c = read_byte(fd);
    if (c < 0)
        return EOF;
    ++g_keys_typed;
    if (c < 0xC0)
        return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    if (c >= 0xF8)
        return 0xFFFD;
    int cp = c & (0x3F >> extra);
    for (int i = 0; i < extra; ++i) {
        int d = read_byte(fd);
        if (d < 0)
            return EOF;
        if ((d & 0xC0) != 0x80)
            return 0xFFFD;
        cp = (cp << 6) | (d & 0x3F);
    }
    return cp;
}

enum class ReadStatus : uint8_t { Line, End, Interrupted };

// One line from libedit. Ctrl-C (handled by on_prompt_sigint while the REPL runs on a
// terminal; run_to_completion takes SIGINT over during a run and gives it back) ends it.
ReadStatus read_terminal_line(char const* prompt, std::string& out)
{
    g_prompt_interrupted = 0;
    g_keys_typed = 0;
    char stale[16]; // a Ctrl-C that came as the last run ended: it is not for this prompt
    while (g_prompt_pipe[0] >= 0 && ::read(g_prompt_pipe[0], stale, sizeof stale) > 0) { }
    char* line = readline(prompt);
    if (!line)
        return g_prompt_interrupted ? ReadStatus::Interrupted : ReadStatus::End;
    out = line;
    std::free(line);
    return ReadStatus::Line;
}

// Catches Ctrl-C for the whole REPL on a terminal (no SA_RESTART: a key read must end), so a
// Ctrl-C between a run and the next prompt never kills the session.
class PromptInterrupts {
public:
    PromptInterrupts()
    {
        if (::pipe2(g_prompt_pipe, O_NONBLOCK | O_CLOEXEC) != 0)
            return; // Ctrl-C keeps its default action
        rl_getc_function = read_key;
        struct sigaction sa { };
        sa.sa_handler = on_prompt_sigint;
        sigemptyset(&sa.sa_mask);
        ::sigaction(SIGINT, &sa, &m_previous);
        m_installed = true;
    }
    ~PromptInterrupts()
    {
        if (m_installed)
            ::sigaction(SIGINT, &m_previous, nullptr);
    }
    PromptInterrupts(PromptInterrupts const&) = delete;
    PromptInterrupts& operator=(PromptInterrupts const&) = delete;

private:
    struct sigaction m_previous { };
    bool m_installed = false;
};

// One line of input. Uses libedit on a terminal, plain reads otherwise (so piped input is
// not echoed or decorated with prompts).
ReadStatus read_line(bool tty, char const* prompt, std::string& out)
{
    if (tty)
        return read_terminal_line(prompt, out);
    return std::getline(std::cin, out) ? ReadStatus::Line : ReadStatus::End;
}

} // namespace

int run_repl(Options const& opts)
{
    bool tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    StdioHost host;
    session::SessionConfig cfg = make_config(opts);
    cfg.keep_tasks_running = true; // spawned tasks outlive the input that spawned them
    session::Session s(host, cfg);
    attach_host(s);
    std::string hist = history_path();
    if (tty) {
        std::setlocale(LC_CTYPE, ""); // libedit decodes and encodes the line in this locale
        using_history();
        stifle_history(1000);
        if (!hist.empty())
            read_history(hist.c_str());
        std::printf("runmat %s — MATLAB-compatible runtime. Type exit or press Ctrl-D to quit.\n\n", RUNMAT_VERSION);
    }
    std::optional<PromptInterrupts> prompt_interrupts;
    if (tty)
        prompt_interrupts.emplace();
    std::string line;
    std::string pending;
    int empty_interrupts = 0; // Ctrl-C in a row at an empty prompt
    for (;;) {
        ReadStatus status = read_line(tty, pending.empty() ? ">> " : "", line);
        if (status == ReadStatus::End)
            break;
        if (status == ReadStatus::Interrupted) {
            bool empty = pending.empty() && g_keys_typed == 0;
            pending.clear();
            std::printf("\n");
            if (!empty) {
                empty_interrupts = 0;
                continue;
            }
            if (++empty_interrupts >= 2)
                break;
            std::printf("(To exit, press Ctrl-C again or Ctrl-D, or type exit)\n");
            continue;
        }
        empty_interrupts = 0;
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
