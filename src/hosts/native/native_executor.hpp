// NativeExecutor: async::Executor over an Asio io_context run on the calling thread, with a
// real monotonic clock, a worker pool for blocking work, SIGINT and stdin hooks.
// Asio stays inside native_executor.cpp: this header includes no host library.
#pragma once
#include "async/executor.hpp"
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace runmat::native {

using async::TaskId;
using async::TimePoint;
using async::TimerId;

struct NativeOptions {
    // Worker threads for post_blocking(); 0 picks hardware_concurrency clamped to [2, 8].
    // The pool starts on first use, so a run that never blocks starts no thread.
    size_t worker_threads = 0;
    // Descriptor read_line() reads (stdin by default; tests pass a pipe).
    int input_fd = 0;
};

// The outcome of one read_line(). `text` has no trailing '\n' (nor '\r\n'). At end of input a
// last line without '\n' comes as a Line, then Eof.
struct LineRead {
    enum class Status { Line, Eof, Error };
    Status status = Status::Line;
    std::string text; // the line (Line) or the system error text (Error)
};

class NativeExecutor final : public async::Executor {
public:
    explicit NativeExecutor(NativeOptions options = {});
    ~NativeExecutor() override; // joins the pool (running jobs finish; queued ones are dropped)
    NativeExecutor(NativeExecutor const&) = delete;
    NativeExecutor& operator=(NativeExecutor const&) = delete;

    // Executor thread only. Queued; first polled by a run_*() call, never inline. Wakes may
    // come from any thread: a burst of them costs one asio::post.
    TaskId spawn(std::unique_ptr<async::Task> task) override;
    void spawn_shared(std::shared_ptr<async::ScheduledTask> task) override;
    // Real monotonic time: milliseconds since this executor was created.
    TimePoint now() const override;
    // Executor thread only. O(log n) in the executor's own heap; one asio::steady_timer is
    // re-armed only when the earliest deadline moves earlier.
    TimerId add_timer(TimePoint deadline, async::Waker waker) override;
    void cancel_timer(TimerId id) override;

    // Runs every handler and woken task that is ready now; never blocks, never waits for a
    // timer.
    void run_until_idle();
    // Runs until task `id` completes (true). While nothing is ready it blocks in the
    // io_context (epoll: no CPU) for a timer, a worker completion, a line of input, a post
    // or a wake. Returns false when `id` can make no progress: nothing ready and no pending
    // timer, blocking job, read or Hold (the waker it waits on can never fire).
    bool run_until_complete(TaskId id);
    // Runs until nothing is left: no ready task, timer, job, read or Hold.
    void run();
    bool is_complete(TaskId id) const;
    size_t live_tasks() const;
    size_t pending_timers() const;
    size_t timer_memory_bytes() const;

    // Any thread, while the executor lives (use a Hold plus a wake to outlive it safely): run
    // `fn` on the executor thread, from a later run_*() call (never inline).
    void post(std::function<void()> fn);
    // Executor thread only. Runs `work` on the worker pool, then `on_done` on the executor
    // thread. `work` must not throw. A pending job keeps run_until_complete() waiting.
    void post_blocking(std::function<void()> work, std::function<void()> on_done);

    // Executor thread only. On SIGINT (Ctrl-C), instead of the default action (process exit):
    // first `on_signal(arg)`, if given, runs inside the signal handler, so it reaches code that
    // keeps the executor thread busy (a tight loop): it must be async-signal-safe, e.g.
    // Session::interrupt(). Then `fn` runs on the executor thread (from a run_*() call), once
    // per signal: a self-pipe wakes a blocked run_*(). The handler does not keep
    // run_until_complete() waiting. Setting it again replaces `fn` and the hook. One executor
    // at a time may hold SIGINT.
    void set_interrupt_handler(std::function<void()> fn, void (*on_signal)(void*) = nullptr, void* arg = nullptr);
    // Restores the action SIGINT had before set_interrupt_handler().
    void clear_interrupt_handler();

    // Executor thread only. Reads one line from NativeOptions::input_fd without blocking the
    // executor (readiness through epoll; regular files are read directly) and calls
    // `on_line` on the executor thread. Calls queue: each gets the next line, in order.
    void read_line(std::function<void(LineRead)> on_line);

    // While a Hold lives, run_until_complete() waits instead of reporting a stall: for code
    // outside the executor that keeps a Waker and will wake it later (another thread, a host
    // callback). Movable; may be released on any thread, even after the executor is gone.
    class Hold {
    public:
        Hold() = default;
        Hold(Hold&&) noexcept = default;
        Hold& operator=(Hold&& other) noexcept;
        ~Hold() { release(); }
        void release();

    private:
        friend class NativeExecutor;
        struct State;
        explicit Hold(std::shared_ptr<State> state) : m_state(std::move(state)) { }
        std::shared_ptr<State> m_state;
    };
    [[nodiscard]] Hold hold();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace runmat::native
