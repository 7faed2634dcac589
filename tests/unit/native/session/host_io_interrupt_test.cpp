// NativeHostIo (file I/O on the worker pool) and interrupts (Session::interrupt from another
// thread or a SIGINT handler) driving real sessions on a NativeExecutor.
#include "async/host_io.hpp"
#include "hosts/native/native_executor.hpp"
#include "hosts/native/native_host_io.hpp"
#include "session/session.hpp"
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <gtest/gtest.h>
#include <string>
#include <thread>
#include <unistd.h>

using namespace runmat;
using namespace runmat::native;
using namespace std::chrono_literals;

namespace {

class CaptureHost final : public session::SessionHost {
public:
    void write_out(std::string_view t) override { out += t; }
    void write_err(std::string_view t) override { err += t; }
    std::string out;
    std::string err;
};

// Adapts an ExecuteFuture to an executor task.
class ExecTask final : public async::Task {
public:
    ExecTask(session::ExecuteFuture f, session::ExecutionResult* out) : m_future(std::move(f)), m_out(out) { }
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

// A temporary file path, removed when the test ends.
struct TempPath {
    explicit TempPath(std::string name) : path("/tmp/runmat_hostio_test_" + std::to_string(::getpid()) + "_" + name) { }
    ~TempPath() { std::remove(path.c_str()); }
    std::string path;
};

void write_file(std::string const& path, std::string const& text)
{
    FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
}

// A session on a native executor with the native host I/O installed.
struct NativeRun {
    NativeExecutor ex;
    CaptureHost host;
    session::Session s;
    explicit NativeRun(session::SessionConfig cfg = {}) : s(host, std::move(cfg)) { s.set_host_io(std::make_shared<NativeHostIo>(ex)); }

    session::ExecutionResult run(std::string code)
    {
        session::ExecutionResult r;
        r.ok = false;
        auto id = ex.spawn(std::make_unique<ExecTask>(s.execute_async(std::move(code), "t.m"), &r));
        EXPECT_TRUE(ex.run_until_complete(id));
        return r;
    }
    // Interrupts the session from another thread after `delay`, as a SIGINT handler would:
    // the signal-safe counter first, then a wake-up on the executor thread.
    std::thread interrupt_after(std::chrono::milliseconds delay)
    {
        auto hold = std::make_shared<NativeExecutor::Hold>(ex.hold());
        return std::thread([this, delay, hold] {
            std::this_thread::sleep_for(delay);
            s.interrupt();
            ex.post([this] { s.wake_interrupted(); });
            hold->release();
        });
    }
};

void expect_interrupted(session::ExecutionResult const& r)
{
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.interrupted);
    ASSERT_TRUE(r.runtime_error.has_value());
    EXPECT_EQ(r.runtime_error->identifier, "RunMat:cancelled");
    EXPECT_EQ(r.runtime_error->message, "Operation terminated by user");
}

} // namespace

TEST(NativeHostIo, ReadsAndWritesOnTheWorkerPool)
{
    TempPath p("rw.txt");
    NativeExecutor ex;
    NativeHostIo io(ex);
    std::optional<async::IoWrite> wrote;
    struct WriteTask final : async::Task {
        async::OneshotReceiver<async::IoWrite> rx;
        std::optional<async::IoWrite>* out;
        async::Poll<void> poll(async::Context& cx) override
        {
            auto r = rx.poll(cx);
            if (r.is_pending())
                return async::Pending;
            out->emplace(r.value().take());
            return async::Ready {};
        }
    };
    auto w = std::make_unique<WriteTask>();
    w->rx = io.write_file(p.path, "h\xc3\xa9llo");
    w->out = &wrote;
    EXPECT_TRUE(ex.run_until_complete(ex.spawn(std::move(w))));
    ASSERT_TRUE(wrote.has_value());
    EXPECT_FALSE(wrote->is_error());
    auto read = async::read_file_now(p.path);
    ASSERT_FALSE(read.is_error());
    EXPECT_EQ(read.value(), "h\xc3\xa9llo");
}

TEST(NativeHostIo, MissingFileGivesTheSystemReason)
{
    auto r = async::read_file_now("/nonexistent_runmat_dir/x.txt");
    ASSERT_TRUE(r.is_error());
    EXPECT_EQ(r.error().reason, "No such file or directory");
    auto d = async::read_file_now("/tmp");
    ASSERT_TRUE(d.is_error());
    EXPECT_EQ(d.error().reason, "Is a directory");
    auto w = async::write_file_now("/nonexistent_runmat_dir/x.txt", "x");
    ASSERT_TRUE(w.is_error());
    EXPECT_EQ(w.error().reason, "No such file or directory");
}

TEST(NativeHostIo, ReadTextAsyncInASession)
{
    TempPath p("session.txt");
    write_file(p.path, "line one\nl\xc3\xa9ne two");
    NativeRun n;
    auto r = n.run("t = await(read_text_async('" + p.path + "')); fprintf('%d %d %d\\n', numel(t), double(t(10)), double(t(11)));");
    EXPECT_TRUE(r.ok) << session::Session::format_error(r);
    EXPECT_EQ(n.host.out, "17 108 233\n");
}

TEST(NativeHostIo, WriteIsLazyAndRoundTrips)
{
    TempPath p("lazy.txt");
    write_file(p.path, "old");
    NativeRun n;
    auto r = n.run("f = write_text_async('" + p.path + "', 'new'); a = await(read_text_async('" + p.path
        + "')); await(f); b = await(read_text_async('" + p.path + "')); fprintf('%s %s\\n', a, b);");
    EXPECT_TRUE(r.ok) << session::Session::format_error(r);
    EXPECT_EQ(n.host.out, "old new\n");
}

TEST(NativeHostIo, ReadErrorIsAttributedToTheBuiltin)
{
    NativeRun n;
    auto r = n.run("x = await(read_text_async('/nonexistent_runmat_dir/a.txt'));");
    ASSERT_TRUE(r.runtime_error.has_value());
    EXPECT_EQ(r.runtime_error->identifier, "RunMat:read_text_async:cannotOpenFile");
    EXPECT_EQ(r.runtime_error->message, "Could not open file /nonexistent_runmat_dir/a.txt. No such file or directory.");
    EXPECT_EQ(r.runtime_error->raised_by, "read_text_async");
}

// A host whose reads complete only when the test says so (a file that never arrives).
class StalledHostIo final : public async::HostIo {
public:
    async::OneshotReceiver<async::IoRead> read_file(std::string) override
    {
        auto [tx, rx] = async::oneshot<async::IoRead>();
        sender = std::move(tx);
        ++reads;
        return std::move(rx);
    }
    async::OneshotReceiver<async::IoWrite> write_file(std::string, std::string) override { return {}; }
    async::OneshotSender<async::IoRead> sender;
    int reads = 0;
};

TEST(NativeHostIo, TimeoutCancelsAPendingReadPromptly)
{
    NativeRun n;
    auto io = std::make_shared<StalledHostIo>();
    n.s.set_host_io(io);
    auto start = std::chrono::steady_clock::now();
    auto r = n.run("try, await(with_timeout_ms(30, read_text_async('x.txt'))); catch e, disp(e.identifier); end");
    EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
    EXPECT_TRUE(r.ok) << session::Session::format_error(r);
    EXPECT_EQ(n.host.out, "RunMat:timeout\n");
    EXPECT_EQ(io->reads, 1);
    EXPECT_TRUE(io->sender.is_receiver_gone()); // a late result is discarded
    EXPECT_FALSE(io->sender.send(async::IoRead(std::string("late"))));
}

TEST(NativeHostIo, InterruptWhileAwaitingAReadEndsTheRun)
{
    NativeRun n;
    auto io = std::make_shared<StalledHostIo>();
    n.s.set_host_io(io);
    auto th = n.interrupt_after(30ms);
    auto r = n.run("x = 5; t = await(read_text_async('x.txt'));");
    th.join();
    expect_interrupted(r);
    EXPECT_TRUE(n.s.get_variable("x").has_value());
    EXPECT_TRUE(io->sender.is_receiver_gone());
}

TEST(SessionInterrupt, StopsATightLoopAndKeepsTheWorkspace)
{
    NativeRun n;
    auto th = n.interrupt_after(30ms);
    auto r = n.run("x = 42; while true, end");
    th.join();
    expect_interrupted(r);
    auto x = n.s.get_variable("x");
    ASSERT_TRUE(x.has_value());
    EXPECT_EQ(x->num(), 42);
    auto again = n.run("fprintf('%d\\n', x + 1);"); // the session stays usable
    EXPECT_TRUE(again.ok);
    EXPECT_EQ(n.host.out, "43\n");
}

TEST(SessionInterrupt, TryCatchDoesNotCatchIt)
{
    NativeRun n;
    auto th = n.interrupt_after(30ms);
    auto r = n.run("try, while true, end, catch, disp('caught'), end");
    th.join();
    expect_interrupted(r);
    EXPECT_EQ(n.host.out, "");
}

TEST(SessionInterrupt, StopsAForLoopInAFunction)
{
    NativeRun n;
    auto th = n.interrupt_after(30ms);
    auto r = n.run("s = spin(); function s = spin()\n s = 0;\n for k = 1:1e12\n s = s + 1;\n end\nend\n");
    th.join();
    expect_interrupted(r);
}

TEST(SessionInterrupt, WakesARunSuspendedInSleep)
{
    NativeRun n;
    auto start = std::chrono::steady_clock::now();
    auto th = n.interrupt_after(30ms);
    auto r = n.run("await(sleep_ms(1e9));");
    th.join();
    expect_interrupted(r);
    EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
}

TEST(SessionInterrupt, StopsASpinningTaskAndCancelsTheRunsTasks)
{
    session::SessionConfig cfg;
    cfg.keep_tasks_running = true; // the REPL: still, an interrupted run's tasks are cancelled
    NativeRun n(cfg);
    auto th = n.interrupt_after(30ms);
    auto r = n.run("idle = spawn(sleep_ms(1e9)); t = spawn(async @() do while true, end end); await(t);");
    th.join();
    expect_interrupted(r);
    EXPECT_EQ(n.ex.live_tasks(), 0u);
    auto after = n.run("try, await(idle); catch e, disp(e.identifier); end");
    EXPECT_TRUE(after.ok) << session::Session::format_error(after);
    EXPECT_EQ(n.host.out, "RunMat:cancelled\n");
}

TEST(SessionInterrupt, AnInterruptBeforeARunDoesNotReachIt)
{
    NativeRun n;
    n.s.interrupt();
    auto r = n.run("x = 1; for k = 1:5000, x = x + 1; end");
    EXPECT_TRUE(r.ok) << session::Session::format_error(r);
}

TEST(SessionInterrupt, SigintHookRunsInTheHandlerAndWakesTheExecutor)
{
    NativeRun n;
    std::atomic<int> in_handler { 0 };
    int on_executor = 0;
    n.ex.set_interrupt_handler([&] { ++on_executor; n.s.wake_interrupted(); },
        [](void* p) { static_cast<std::atomic<int>*>(p)->fetch_add(1); }, &in_handler);
    std::raise(SIGINT);
    EXPECT_EQ(in_handler.load(), 1); // synchronously, inside the handler
    n.ex.run_until_idle();
    EXPECT_EQ(on_executor, 1);
    n.ex.clear_interrupt_handler();
}

TEST(SessionInterrupt, SigintDuringATightLoop)
{
    NativeRun n;
    n.ex.set_interrupt_handler([&] { n.s.wake_interrupted(); }, [](void* s) { static_cast<session::Session*>(s)->interrupt(); }, &n.s);
    std::thread killer([] {
        std::this_thread::sleep_for(30ms);
        ::kill(::getpid(), SIGINT);
    });
    auto r = n.run("while true, end");
    killer.join();
    n.ex.clear_interrupt_handler();
    expect_interrupted(r);
}
