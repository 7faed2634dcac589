// NativeExecutor: the only translation unit that includes Asio. One io_context on the calling
// thread, one steady_timer over async::TimerQueue, a lazily started thread_pool, a SIGINT
// handler with a self-pipe, and a stream_descriptor for line input.
#include "hosts/native/native_executor.hpp"
#include "async/task_scheduler.hpp"
#include "async/timer_queue.hpp"
#include <asio.hpp>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <mutex>
#include <optional>
#include <thread>
#include <unistd.h>

namespace runmat::native {

using Clock = std::chrono::steady_clock;

// Shared with every Hold, so a Hold may be released after the executor is gone.
struct NativeExecutor::Hold::State {
    std::mutex mutex;
    std::atomic<size_t> count { 0 };
    asio::io_context* io = nullptr; // null once the executor is destroyed; guarded by mutex
};

// Line input on one descriptor. The descriptor is made non-blocking only while a read waits
// (asio's async_wait requires it), and restored after, so a REPL line editor reading the same
// terminal between two read_line() calls sees the mode it expects.
struct LineReader {
    explicit LineReader(asio::io_context& io, int fd) : fd(fd), desc(io) { }
    int fd;
    asio::posix::stream_descriptor desc;
    bool assigned = false;
    int saved_flags = -1;  // fcntl flags before we set O_NONBLOCK; -1 when not changed
    std::string buffer;    // bytes read past the last delivered line
    bool eof = false;
    bool reading = false;  // a wait or read is in flight
    std::deque<std::function<void(LineRead)>> waiting; // callers, oldest first
};

struct NativeExecutor::Impl {
    explicit Impl(NativeExecutor& owner, NativeOptions options);
    ~Impl();

    void drain() { scheduler.run_ready(owner); }
    size_t poll_io();
    bool stalled(size_t holds) const;
    void arm_alarm();
    void fire_due();
    void wait_signal();
    void on_signal_bytes();
    void clear_sigint();
    void next_line();
    void wait_readable();
    void read_available();
    void deliver(LineRead result);
    void restore_input_flags();

    NativeExecutor& owner;
    NativeOptions options;
    asio::io_context io { 1 }; // concurrency hint 1: one thread runs it; posts may come from any
    asio::executor_work_guard<asio::io_context::executor_type> keep_running;
    Clock::time_point epoch = Clock::now();
    async::TimerQueue timers;
    asio::steady_timer alarm;
    std::optional<int64_t> armed_deadline; // deadline the alarm waits for, if armed
    uint64_t alarm_generation = 0;         // tells the live alarm wait from superseded ones
    std::unique_ptr<asio::thread_pool> pool;
    size_t jobs_in_flight = 0; // executor thread only: decremented when on_done runs
    std::shared_ptr<Hold::State> holds = std::make_shared<Hold::State>();
    // SIGINT: the handler writes a byte to sig_pipe[1]; sig_read watches sig_pipe[0].
    int sig_pipe[2] = { -1, -1 };
    std::unique_ptr<asio::posix::stream_descriptor> sig_read; // owns sig_pipe[0]
    struct sigaction sig_previous { };
    bool sig_installed = false;
    std::function<void()> on_interrupt;
    LineReader reader;
    // Declared last: destroyed first, so task destructors may still cancel timers.
    async::TaskScheduler scheduler;
};

NativeExecutor::Impl::Impl(NativeExecutor& owner_, NativeOptions options_)
    : owner(owner_)
    , options(options_)
    , keep_running(io.get_executor())
    , alarm(io)
    , reader(io, options_.input_fd)
    , scheduler([this] { asio::post(io, [this] { drain(); }); })
{
    holds->io = &io;
}

// Order matters: workers may still post completions (io must be alive), holds must stop
// posting, the descriptor must be released (stream_descriptor would close fd 0).
NativeExecutor::Impl::~Impl()
{
    if (pool) {
        pool->stop();
        pool->join();
    }
    {
        std::lock_guard lock(holds->mutex);
        holds->io = nullptr;
    }
    clear_sigint();
    sig_read.reset();
    if (sig_pipe[1] >= 0)
        ::close(sig_pipe[1]);
    if (reader.assigned) {
        asio::error_code ec;
        reader.desc.cancel(ec);
        restore_input_flags();
        reader.desc.release();
    }
}

// Runs ready io handlers and ready tasks until neither has anything left. Returns the count.
size_t NativeExecutor::Impl::poll_io()
{
    size_t total = 0;
    for (;;) {
        size_t n = io.poll();
        n += scheduler.run_ready(owner);
        if (n == 0)
            return total;
        total += n;
    }
}

// A stall: nothing can ever wake a task. `holds_seen` is read before the last poll_io(), so a
// Hold released after posting its wake-up is never mistaken for a stall.
bool NativeExecutor::Impl::stalled(size_t holds_seen) const
{
    return holds_seen == 0 && !scheduler.has_ready() && timers.empty() && jobs_in_flight == 0 && reader.waiting.empty();
}

NativeExecutor::NativeExecutor(NativeOptions options) : m_impl(std::make_unique<Impl>(*this, options)) { }

NativeExecutor::~NativeExecutor() { m_impl->scheduler.destroy_tasks(); }

TaskId NativeExecutor::spawn(std::unique_ptr<async::Task> task) { return m_impl->scheduler.spawn(std::move(task)); }

void NativeExecutor::spawn_shared(std::shared_ptr<async::ScheduledTask> task) { m_impl->scheduler.spawn_shared(std::move(task)); }

TimePoint NativeExecutor::now() const
{
    return std::chrono::duration_cast<TimePoint>(Clock::now() - m_impl->epoch);
}

void NativeExecutor::run_until_idle() { m_impl->poll_io(); }

bool NativeExecutor::run_until_complete(TaskId id)
{
    for (;;) {
        size_t holds = m_impl->holds->count.load();
        m_impl->poll_io();
        if (is_complete(id))
            return true;
        if (m_impl->stalled(holds))
            return false;
        m_impl->io.run_one(); // blocks in epoll until a handler is ready
    }
}

void NativeExecutor::run()
{
    for (;;) {
        size_t holds = m_impl->holds->count.load();
        m_impl->poll_io();
        if (m_impl->stalled(holds))
            return;
        m_impl->io.run_one();
    }
}

bool NativeExecutor::is_complete(TaskId id) const { return m_impl->scheduler.is_complete(id); }

size_t NativeExecutor::live_tasks() const { return m_impl->scheduler.live_tasks(); }

size_t NativeExecutor::pending_timers() const { return m_impl->timers.size(); }

size_t NativeExecutor::timer_memory_bytes() const { return m_impl->timers.memory_bytes(); }

void NativeExecutor::post(std::function<void()> fn) { asio::post(m_impl->io, std::move(fn)); }

// ---- timers -------------------------------------------------------------------------------

TimerId NativeExecutor::add_timer(TimePoint deadline, async::Waker waker)
{
    TimerId id = m_impl->timers.add(deadline, std::move(waker));
    m_impl->arm_alarm();
    return id;
}

// The alarm is not re-armed: if this was the earliest timer, the alarm fires early, finds
// nothing due and re-arms for the new earliest.
void NativeExecutor::cancel_timer(TimerId id) { m_impl->timers.cancel(id); }

// Re-arms only when the earliest deadline is earlier than the armed one, so adding 100k
// timers costs a handful of re-arms, not 100k.
void NativeExecutor::Impl::arm_alarm()
{
    auto next = timers.next_deadline();
    if (!next || (armed_deadline && *armed_deadline <= next->count()))
        return;
    armed_deadline = next->count();
    uint64_t generation = ++alarm_generation;
    alarm.expires_at(epoch + std::chrono::milliseconds(next->count())); // cancels the old wait
    alarm.async_wait([this, generation](asio::error_code ec) {
        if (ec == asio::error::operation_aborted || generation != alarm_generation)
            return;
        armed_deadline.reset();
        fire_due();
    });
}

// Wakes every due timer in (deadline, insertion) order: the ready queue keeps that order.
void NativeExecutor::Impl::fire_due()
{
    TimePoint now = std::chrono::duration_cast<TimePoint>(Clock::now() - epoch);
    while (auto due = timers.pop_due(now))
        due->waker.wake();
    arm_alarm();
}

// ---- worker pool --------------------------------------------------------------------------

void NativeExecutor::post_blocking(std::function<void()> work, std::function<void()> on_done)
{
    Impl& im = *m_impl;
    if (!im.pool) {
        size_t n = im.options.worker_threads;
        if (n == 0)
            n = std::clamp<size_t>(std::thread::hardware_concurrency(), 2, 8);
        im.pool = std::make_unique<asio::thread_pool>(n);
    }
    ++im.jobs_in_flight;
    asio::post(*im.pool, [&im, work = std::move(work), on_done = std::move(on_done)]() mutable {
        work();
        asio::post(im.io, [&im, on_done = std::move(on_done)] {
            --im.jobs_in_flight;
            if (on_done)
                on_done();
        });
    });
}

// ---- SIGINT -------------------------------------------------------------------------------

namespace {

// The process-wide SIGINT handler's state. The handler touches only lock-free atomics, the
// host's hook (async-signal-safe by contract) and write(2): all async-signal-safe.
struct SigintTarget {
    std::atomic<int> pipe_write { -1 };
    std::atomic<void (*)(void*)> hook { nullptr };
    std::atomic<void*> hook_arg { nullptr };
};
SigintTarget g_sigint;
static_assert(std::atomic<int>::is_always_lock_free && std::atomic<void*>::is_always_lock_free);

extern "C" void on_sigint(int)
{
    int saved = errno;
    if (auto hook = g_sigint.hook.load())
        hook(g_sigint.hook_arg.load());
    int fd = g_sigint.pipe_write.load();
    if (fd >= 0) {
        char byte = 1;
        (void)!::write(fd, &byte, 1); // a full pipe already holds enough wake-ups
    }
    errno = saved;
}

} // namespace

void NativeExecutor::set_interrupt_handler(std::function<void()> fn, void (*on_signal)(void*), void* arg)
{
    Impl& im = *m_impl;
    im.on_interrupt = std::move(fn);
    g_sigint.hook.store(nullptr);
    g_sigint.hook_arg.store(arg);
    g_sigint.hook.store(on_signal);
    if (im.sig_installed)
        return;
    if (im.sig_pipe[0] < 0) {
        if (::pipe2(im.sig_pipe, O_NONBLOCK | O_CLOEXEC) != 0)
            return; // no pipe: SIGINT keeps its default action
        im.sig_read = std::make_unique<asio::posix::stream_descriptor>(im.io, im.sig_pipe[0]);
    }
    char stale[64]; // signals from before: their runs are over
    while (::read(im.sig_pipe[0], stale, sizeof stale) > 0) { }
    g_sigint.pipe_write.store(im.sig_pipe[1]);
    struct sigaction sa { };
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART; // system calls of other code carry on; epoll wakes through the pipe
    ::sigaction(SIGINT, &sa, &im.sig_previous);
    im.sig_installed = true;
    im.wait_signal();
}

// Restores the action SIGINT had before. The pipe stays open (a handler still running on
// another thread may write to it) until the executor is destroyed.
void NativeExecutor::clear_interrupt_handler() { m_impl->clear_sigint(); }

void NativeExecutor::Impl::clear_sigint()
{
    if (!sig_installed)
        return;
    ::sigaction(SIGINT, &sig_previous, nullptr);
    sig_installed = false;
    asio::error_code ec;
    sig_read->cancel(ec);
    g_sigint.pipe_write.store(-1);
    g_sigint.hook.store(nullptr);
    on_interrupt = nullptr;
}

void NativeExecutor::Impl::wait_signal()
{
    sig_read->async_wait(asio::posix::descriptor_base::wait_read, [this](asio::error_code ec) {
        if (ec)
            return; // cancelled: the handler was cleared
        on_signal_bytes();
    });
}

// One byte per signal: `on_interrupt` runs once for each (it may clear the handler).
void NativeExecutor::Impl::on_signal_bytes()
{
    char bytes[64];
    ssize_t n;
    size_t signals = 0;
    while ((n = ::read(sig_pipe[0], bytes, sizeof bytes)) > 0)
        signals += size_t(n);
    if (!sig_installed)
        return;
    wait_signal();
    for (size_t i = 0; i < signals && sig_installed; ++i)
        if (on_interrupt)
            on_interrupt();
}

// ---- line input ---------------------------------------------------------------------------

void NativeExecutor::read_line(std::function<void(LineRead)> on_line)
{
    m_impl->reader.waiting.push_back(std::move(on_line));
    if (!m_impl->reader.reading)
        m_impl->next_line();
}

// Serves the oldest caller from the buffer if a whole line (or EOF) is there, else reads.
void NativeExecutor::Impl::next_line()
{
    LineReader& r = reader;
    while (!r.waiting.empty()) {
        size_t nl = r.buffer.find('\n');
        if (nl != std::string::npos) {
            std::string line = r.buffer.substr(0, nl);
            r.buffer.erase(0, nl + 1);
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            deliver({ LineRead::Status::Line, std::move(line) });
        } else if (r.eof) {
            if (r.buffer.empty())
                deliver({ LineRead::Status::Eof, {} });
            else
                deliver({ LineRead::Status::Line, std::exchange(r.buffer, {}) });
        } else {
            wait_readable();
            return;
        }
    }
}

// Callbacks always run from an io handler of their own, never inside read_line().
void NativeExecutor::Impl::deliver(LineRead result)
{
    auto fn = std::move(reader.waiting.front());
    reader.waiting.pop_front();
    asio::post(io, [fn = std::move(fn), result = std::move(result)]() mutable { fn(std::move(result)); });
}

void NativeExecutor::Impl::wait_readable()
{
    LineReader& r = reader;
    r.reading = true;
    asio::error_code ec;
    if (!r.assigned) {
        r.desc.assign(r.fd, ec); // a regular file is accepted and reports operation_not_supported
        if (ec) {
            r.reading = false;
            deliver({ LineRead::Status::Error, ec.message() });
            return next_line();
        }
        r.assigned = true;
    }
    int flags = ::fcntl(r.fd, F_GETFL);
    if (flags >= 0 && !(flags & O_NONBLOCK)) {
        r.saved_flags = flags;
        ::fcntl(r.fd, F_SETFL, flags | O_NONBLOCK);
    }
    r.desc.async_wait(asio::posix::descriptor_base::wait_read, [this](asio::error_code ec) {
        if (ec == asio::error::operation_aborted)
            return;
        if (ec && ec != asio::error::operation_not_supported) { // regular files: just read
            restore_input_flags();
            reader.reading = false;
            deliver({ LineRead::Status::Error, ec.message() });
            return next_line();
        }
        read_available();
    });
}

// Reads what is there without blocking (the descriptor is non-blocking during the wait; a
// regular file never blocks), then serves callers or waits again.
void NativeExecutor::Impl::read_available()
{
    LineReader& r = reader;
    char chunk[4096];
    for (;;) {
        ssize_t n = ::read(r.fd, chunk, sizeof chunk);
        if (n > 0) {
            r.buffer.append(chunk, size_t(n));
            if (std::memchr(chunk, '\n', size_t(n)))
                break;
            continue;
        }
        if (n == 0) {
            r.eof = true;
            break;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        restore_input_flags();
        r.reading = false;
        deliver({ LineRead::Status::Error, std::strerror(errno) });
        return next_line();
    }
    restore_input_flags();
    r.reading = false;
    next_line();
}

void NativeExecutor::Impl::restore_input_flags()
{
    if (reader.saved_flags >= 0)
        ::fcntl(reader.fd, F_SETFL, reader.saved_flags);
    reader.saved_flags = -1;
}

// ---- holds --------------------------------------------------------------------------------

NativeExecutor::Hold NativeExecutor::hold()
{
    m_impl->holds->count.fetch_add(1);
    return Hold(m_impl->holds);
}

NativeExecutor::Hold& NativeExecutor::Hold::operator=(Hold&& other) noexcept
{
    if (this != &other) {
        release();
        m_state = std::move(other.m_state);
    }
    return *this;
}

// The empty post wakes a run_one() that is blocked so it re-checks for a stall.
void NativeExecutor::Hold::release()
{
    if (!m_state)
        return;
    auto state = std::move(m_state);
    std::lock_guard lock(state->mutex);
    state->count.fetch_sub(1);
    if (state->io)
        asio::post(*state->io, [] { });
}

} // namespace runmat::native
