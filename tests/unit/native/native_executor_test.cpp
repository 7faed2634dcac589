// NativeExecutor: real timers, cross-thread wakes, worker pool, idle CPU, SIGINT, line input.
#include "async/oneshot.hpp"
#include "hosts/native/native_executor.hpp"
#include <atomic>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <future>
#include <cstdio>
#include <ctime>
#include <gtest/gtest.h>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace runmat;
using namespace runmat::native;
using async::Context;
using async::Pending;
using async::Poll;
using async::Ready;
using async::Task;
using async::Waker;

namespace {

double cpu_ms()
{
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Sleeps `ms` on the executor's clock, then logs its name and the time it woke.
class SleepTask final : public Task {
public:
    SleepTask(int64_t ms, std::string name, std::vector<std::pair<std::string, int64_t>>* log) : m_ms(ms), m_name(std::move(name)), m_log(log) { }
    Poll<void> poll(Context& cx) override
    {
        if (!m_deadline) {
            m_deadline = cx.executor().now().count() + m_ms;
            cx.executor().add_timer(TimePoint(m_deadline), cx.waker());
            return Pending;
        }
        int64_t now = cx.executor().now().count();
        if (now < m_deadline)
            return Pending; // spurious poll: the timer still holds our waker
        if (m_log)
            m_log->push_back({ m_name, now });
        return Ready {};
    }
    int64_t deadline() const { return m_deadline; }

private:
    int64_t m_ms;
    int64_t m_deadline = 0;
    std::string m_name;
    std::vector<std::pair<std::string, int64_t>>* m_log;
};

// Waits for a oneshot and stores what it got.
template <typename T>
class RecvTask final : public Task {
public:
    RecvTask(async::OneshotReceiver<T> rx, std::optional<T>* out) : m_rx(std::move(rx)), m_out(out) { }
    Poll<void> poll(Context& cx) override
    {
        auto p = m_rx.poll(cx);
        if (p.is_pending())
            return Pending;
        if (!p.value().is_closed())
            *m_out = p.value().take();
        return Ready {};
    }

private:
    async::OneshotReceiver<T> m_rx;
    std::optional<T>* m_out;
};

// Pending until *flag is set; counts polls; hands its waker out.
class FlagTask final : public Task {
public:
    FlagTask(std::atomic<bool>* flag, std::atomic<int>* polls, std::promise<Waker>* out) : m_flag(flag), m_polls(polls), m_out(out) { }
    Poll<void> poll(Context& cx) override
    {
        ++*m_polls;
        if (m_flag->load())
            return Ready {};
        if (m_out) {
            m_out->set_value(cx.waker());
            m_out = nullptr;
        }
        return Pending;
    }

private:
    std::atomic<bool>* m_flag;
    std::atomic<int>* m_polls;
    std::promise<Waker>* m_out;
};

class Trivial final : public Task {
public:
    explicit Trivial(int* count) : m_count(count) { }
    Poll<void> poll(Context&) override
    {
        ++*m_count;
        return Ready {};
    }

private:
    int* m_count;
};

} // namespace

TEST(NativeExecutor, SpawnRunsOnlyFromRunCalls)
{
    NativeExecutor ex;
    int count = 0;
    auto id = ex.spawn(std::make_unique<Trivial>(&count));
    EXPECT_EQ(count, 0);
    EXPECT_TRUE(ex.run_until_complete(id));
    EXPECT_EQ(count, 1);
    EXPECT_EQ(ex.live_tasks(), 0u);
}

TEST(NativeExecutor, CrossThreadWakesAreCoalesced)
{
    NativeExecutor ex;
    std::atomic<bool> flag { false };
    std::atomic<int> polls { 0 };
    std::promise<Waker> waker_promise;
    auto waker_future = waker_promise.get_future();
    auto id = ex.spawn(std::make_unique<FlagTask>(&flag, &polls, &waker_promise));
    ex.run_until_idle();
    Waker w = waker_future.get();
    auto hold = ex.hold(); // the waker now lives on another thread
    std::thread th([&, w, hold = std::move(hold)]() mutable {
        flag = true;
        for (int i = 0; i < 1000; ++i)
            w.wake();
        hold.release();
    });
    EXPECT_TRUE(ex.run_until_complete(id));
    th.join();
    EXPECT_LE(polls.load(), 3); // 1000 wakes, a couple of polls
}

TEST(NativeExecutor, StallIsReportedAndHoldKeepsWaiting)
{
    NativeExecutor ex;
    std::atomic<bool> flag { false };
    std::atomic<int> polls { 0 };
    auto id = ex.spawn(std::make_unique<FlagTask>(&flag, &polls, nullptr));
    EXPECT_FALSE(ex.run_until_complete(id)); // nothing can wake it
}

TEST(NativeExecutor, RealTimersFireInDeadlineOrder)
{
    NativeExecutor ex;
    std::vector<std::pair<std::string, int64_t>> log;
    std::vector<async::TaskId> ids;
    int64_t start = ex.now().count();
    for (auto [ms, name] : std::vector<std::pair<int, const char*>> { { 30, "d" }, { 5, "a" }, { 20, "c" }, { 10, "b" } })
        ids.push_back(ex.spawn(std::make_unique<SleepTask>(ms, name, &log)));
    for (auto id : ids)
        EXPECT_TRUE(ex.run_until_complete(id));
    ASSERT_EQ(log.size(), 4u);
    EXPECT_EQ(log[0].first, "a");
    EXPECT_EQ(log[1].first, "b");
    EXPECT_EQ(log[2].first, "c");
    EXPECT_EQ(log[3].first, "d");
    EXPECT_GE(log[0].second - start, 5);
    EXPECT_GE(log[3].second - start, 30);
}

TEST(NativeExecutor, CancelledEarliestTimerReArmsForTheNext)
{
    NativeExecutor ex;
    std::vector<std::pair<std::string, int64_t>> log;
    auto t = ex.add_timer(ex.now() + TimePoint(2), Waker {});
    auto id = ex.spawn(std::make_unique<SleepTask>(15, "x", &log));
    ex.cancel_timer(t);
    EXPECT_TRUE(ex.run_until_complete(id));
    EXPECT_EQ(log.size(), 1u);
    EXPECT_EQ(ex.pending_timers(), 0u);
}

TEST(NativeExecutor, WaitingOnATimerUsesNoCpu)
{
    NativeExecutor ex;
    auto id = ex.spawn(std::make_unique<SleepTask>(200, "idle", nullptr));
    double cpu0 = cpu_ms();
    auto t0 = std::chrono::steady_clock::now();
    EXPECT_TRUE(ex.run_until_complete(id));
    double wall = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    double cpu = cpu_ms() - cpu0;
    EXPECT_GE(wall, 199.0);
    EXPECT_LT(cpu, 20.0);
    std::printf("[numbers] NativeExecutor: 200 ms timer wait: wall %.1f ms, process CPU %.3f ms\n", wall, cpu);
}

TEST(NativeExecutor, BlockingJobCompletesBackOnTheExecutorThread)
{
    NativeExecutor ex(NativeOptions { .worker_threads = 2 });
    auto [tx, rx] = async::oneshot<std::thread::id>();
    std::optional<std::thread::id> worker_id;
    std::thread::id done_on;
    auto sender = std::make_shared<async::OneshotSender<std::thread::id>>(std::move(tx));
    auto id = ex.spawn(std::make_unique<RecvTask<std::thread::id>>(std::move(rx), &worker_id));
    ex.post_blocking([sender] { sender->send(std::this_thread::get_id()); }, [&] { done_on = std::this_thread::get_id(); });
    EXPECT_TRUE(ex.run_until_complete(id));
    ASSERT_TRUE(worker_id.has_value());
    EXPECT_NE(*worker_id, std::this_thread::get_id());
    ex.run(); // the on_done completion keeps run() going until it ran
    EXPECT_EQ(done_on, std::this_thread::get_id());
}

TEST(NativeExecutor, PendingJobKeepsRunUntilCompleteWaiting)
{
    NativeExecutor ex(NativeOptions { .worker_threads = 1 });
    auto [tx, rx] = async::oneshot<int>();
    std::optional<int> got;
    auto id = ex.spawn(std::make_unique<RecvTask<int>>(std::move(rx), &got));
    auto sender = std::make_shared<async::OneshotSender<int>>(std::move(tx));
    // The value is sent from on_done, after a job that takes a while: no stall in between.
    ex.post_blocking([] { std::this_thread::sleep_for(std::chrono::milliseconds(20)); }, [sender] { sender->send(7); });
    EXPECT_TRUE(ex.run_until_complete(id));
    EXPECT_EQ(got, 7);
}

TEST(NativeExecutor, PostFromAnotherThreadRunsOnExecutorThread)
{
    NativeExecutor ex;
    auto [tx, rx] = async::oneshot<int>();
    std::optional<int> got;
    auto id = ex.spawn(std::make_unique<RecvTask<int>>(std::move(rx), &got));
    auto sender = std::make_shared<async::OneshotSender<int>>(std::move(tx));
    std::thread::id ran_on;
    auto hold = ex.hold();
    std::thread th([&ex, &ran_on, sender, hold = std::move(hold)]() mutable {
        ex.post([&ran_on, sender] {
            ran_on = std::this_thread::get_id();
            sender->send(3);
        });
        hold.release();
    });
    EXPECT_TRUE(ex.run_until_complete(id));
    th.join();
    EXPECT_EQ(ran_on, std::this_thread::get_id());
    EXPECT_EQ(got, 3);
}

TEST(NativeExecutor, SigintRunsTheInterruptHandlerOnTheExecutor)
{
    NativeExecutor ex;
    auto [tx, rx] = async::oneshot<int>();
    std::optional<int> got;
    auto sender = std::make_shared<async::OneshotSender<int>>(std::move(tx));
    int interrupts = 0;
    std::thread::id ran_on;
    ex.set_interrupt_handler([&, sender] {
        ++interrupts;
        ran_on = std::this_thread::get_id();
        sender->send(interrupts);
    });
    auto id = ex.spawn(std::make_unique<RecvTask<int>>(std::move(rx), &got));
    auto safety = ex.spawn(std::make_unique<SleepTask>(5000, "safety", nullptr)); // keeps it from stalling
    ex.run_until_idle();
    std::raise(SIGINT);
    EXPECT_TRUE(ex.run_until_complete(id));
    EXPECT_EQ(got, 1);
    EXPECT_EQ(ran_on, std::this_thread::get_id());
    std::raise(SIGINT); // a second Ctrl-C reaches the handler again
    std::vector<std::pair<std::string, int64_t>> log;
    auto tick = ex.spawn(std::make_unique<SleepTask>(5, "tick", &log));
    EXPECT_TRUE(ex.run_until_complete(tick));
    EXPECT_EQ(interrupts, 2);
    ex.clear_interrupt_handler();
    (void)safety;
}

TEST(NativeExecutor, ReadLineFromAPipeWithoutBlocking)
{
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    NativeExecutor ex(NativeOptions { .input_fd = fds[0] });
    std::vector<LineRead> got;
    for (int i = 0; i < 4; ++i)
        ex.read_line([&](LineRead r) { got.push_back(std::move(r)); });
    ex.run_until_idle();
    EXPECT_TRUE(got.empty()); // nothing written yet: the executor did not block
    std::thread writer([w = fds[1]] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        (void)!write(w, "hello\r\nwor", 10);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        (void)!write(w, "ld\nlast", 7);
        close(w);
    });
    ex.run();
    writer.join();
    ASSERT_EQ(got.size(), 4u);
    EXPECT_EQ(got[0].text, "hello");
    EXPECT_EQ(got[1].text, "world");
    EXPECT_EQ(got[2].text, "last");
    EXPECT_EQ(got[2].status, LineRead::Status::Line);
    EXPECT_EQ(got[3].status, LineRead::Status::Eof);
    EXPECT_FALSE(fcntl(fds[0], F_GETFL) & O_NONBLOCK); // blocking mode restored
    close(fds[0]);
}

TEST(NativeExecutor, ReadLineFromARegularFile)
{
    FILE* f = std::tmpfile();
    ASSERT_NE(f, nullptr);
    std::fputs("one\ntwo\n", f);
    std::fflush(f);
    std::rewind(f);
    NativeExecutor ex(NativeOptions { .input_fd = fileno(f) });
    std::vector<LineRead> got;
    for (int i = 0; i < 3; ++i)
        ex.read_line([&](LineRead r) { got.push_back(std::move(r)); });
    ex.run();
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[0].text, "one");
    EXPECT_EQ(got[1].text, "two");
    EXPECT_EQ(got[2].status, LineRead::Status::Eof);
    std::fclose(f);
}

TEST(NativeExecutor, DestroyedWithPendingWorkIsClean)
{
    auto ex = std::make_unique<NativeExecutor>();
    for (int i = 0; i < 100; ++i)
        ex->spawn(std::make_unique<SleepTask>(100000, "never", nullptr));
    ex->run_until_idle();
    EXPECT_EQ(ex->pending_timers(), 100u);
    auto hold = ex->hold();
    ex.reset();
    hold.release(); // after the executor: harmless
}
