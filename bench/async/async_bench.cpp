// Micro-benchmarks of the async substrate: task spawn+complete, timer arm/fire at 100k, cancel
// tokens, oneshot. Prints wall and thread-CPU time (CPU is what counts on a shared machine).
// Build and run: bench/async/run.sh [build-dir]
#include "async/cancel.hpp"
#include "async/local_executor.hpp"
#include "async/oneshot.hpp"
#include "hosts/native/native_executor.hpp"
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

using namespace runmat;
using async::Context;
using async::Pending;
using async::Poll;
using async::Ready;
using async::Task;

namespace {

struct Stopwatch {
    std::chrono::steady_clock::time_point wall0 = std::chrono::steady_clock::now();
    double cpu0 = cpu_ms();
    static double cpu_ms()
    {
        timespec ts;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    }
    double wall() const { return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall0).count(); }
    double cpu() const { return cpu_ms() - cpu0; }
};

class Trivial final : public Task {
public:
    Poll<void> poll(Context&) override { return Ready {}; }
};

// Sleeps until an absolute deadline on the executor's clock.
class SleepUntil final : public Task {
public:
    explicit SleepUntil(int64_t deadline) : m_deadline(deadline) { }
    Poll<void> poll(Context& cx) override
    {
        if (cx.executor().now().count() >= m_deadline)
            return Ready {};
        if (!m_armed) {
            m_armed = true;
            cx.executor().add_timer(async::TimePoint(m_deadline), cx.waker());
        }
        return Pending;
    }

private:
    int64_t m_deadline;
    bool m_armed = false;
};

struct NullTarget final : async::WakeTarget {
    void wake() override { }
};

template <typename Ex>
void bench_spawn(char const* name, Ex& ex, int n)
{
    for (int round = 0; round < 2; ++round) { // round 0 warms the allocator
        Stopwatch sw;
        async::TaskId last = 0;
        for (int i = 0; i < n; ++i)
            last = ex.spawn(std::make_unique<Trivial>());
        (void)ex.run_until_complete(last);
        if (round == 1)
            std::printf("%-14s spawn+complete %d trivial tasks: wall %.1f ms (%.2f M/s), cpu %.1f ms (%.2f M/s)\n", name, n, sw.wall(), n / sw.wall() / 1e3, sw.cpu(),
                n / sw.cpu() / 1e3);
    }
}

void bench_local_timers(int n)
{
    async::LocalExecutor ex;
    Stopwatch sw;
    for (int i = 0; i < n; ++i)
        ex.spawn(std::make_unique<SleepUntil>(1 + (int64_t(i) * 7919) % 60000));
    ex.run_until_idle();
    double arm_cpu = sw.cpu();
    size_t bytes = ex.timer_memory_bytes();
    ex.advance_time(async::Millis(60000));
    std::printf("LocalExecutor  %d tasks sleeping (virtual clock): spawn+arm cpu %.1f ms, all fired cpu %.1f ms; %.1f bytes/pending timer\n", n, arm_cpu, sw.cpu(),
        double(bytes) / n);
}

template <typename Ex>
void bench_raw_timers(char const* name, Ex& ex, int n, int64_t ahead)
{
    auto target = std::make_shared<NullTarget>();
    Stopwatch sw;
    int64_t base = ex.now().count() + ahead;
    std::vector<async::TimerId> ids(n);
    for (int i = 0; i < n; ++i)
        ids[i] = ex.add_timer(async::TimePoint(base + (int64_t(i) * 7919) % 200), async::Waker(target));
    double add = sw.cpu();
    size_t bytes = ex.timer_memory_bytes();
    Stopwatch sc;
    for (int i = 0; i < n; i += 2)
        ex.cancel_timer(ids[i]);
    double cancel = sc.cpu();
    Stopwatch sf;
    if constexpr (std::is_same_v<Ex, async::LocalExecutor>)
        ex.advance_time(async::Millis(ahead + 200));
    else
        ex.run();
    std::printf("%-14s %d timers: add cpu %.1f ms (%.0f ns each), cancel half %.1f ms, fire rest cpu %.1f ms wall %.1f ms; %.1f bytes/pending timer\n", name, n, add,
        add * 1e6 / n, cancel, sf.cpu(), sf.wall(), double(bytes) / n);
}

void bench_cancel(int n)
{
    async::CancelToken tok;
    auto target = std::make_shared<NullTarget>();
    std::vector<async::CancelRegistration> regs;
    regs.reserve(n);
    Stopwatch sw;
    for (int i = 0; i < n; ++i)
        regs.push_back(tok.register_waker(async::Waker(target)));
    double reg = sw.cpu();
    Stopwatch sc;
    tok.cancel();
    std::printf("CancelToken    %d waiters: register cpu %.1f ms, cancel (wake all) cpu %.1f ms\n", n, reg, sc.cpu());
}

void bench_oneshot(int n)
{
    auto target = std::make_shared<NullTarget>();
    async::Waker w(target);
    Stopwatch sw;
    for (int i = 0; i < n; ++i) {
        auto [tx, rx] = async::oneshot<int>();
        (void)rx.poll(w);
        tx.send(i);
        (void)rx.poll(w);
    }
    std::printf("oneshot        %d create+poll+send+poll: cpu %.1f ms (%.0f ns each)\n", n, sw.cpu(), sw.cpu() * 1e6 / n);
}

} // namespace

int main()
{
    const int n = 100000;
    {
        async::LocalExecutor local;
        bench_spawn("LocalExecutor", local, n);
    }
    {
        native::NativeExecutor native;
        bench_spawn("NativeExecutor", native, n);
    }
    bench_local_timers(n);
    {
        async::LocalExecutor local;
        bench_raw_timers("LocalExecutor", local, n, 100);
    }
    {
        native::NativeExecutor native;
        bench_raw_timers("NativeExecutor", native, n, 100);
    }
    bench_cancel(n);
    bench_oneshot(n);
    return 0;
}
