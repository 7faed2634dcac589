// Quick timing of the two interpreter benchmarks (scalar loop with a builtin call, recursive
// fib): prints ns per iteration / per call. Informational only: no assertion on time.
#include "vm_test_util.hpp"
#include <chrono>
#include <ctime>
#include <cstdio>

using namespace runmat;

namespace {

// CPU time of this thread: the machines these run on are shared, and wall time there mostly
// measures the other processes. (Lua's benchmark uses os.clock(), also CPU time.)
double cpu_now()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double seconds_of(test::Runner& r, std::string const& code)
{
    double t0 = cpu_now();
    auto res = r.run(code);
    double t1 = cpu_now();
    EXPECT_TRUE(res.ok) << session::Session::format_error(res);
    return t1 - t0;
}

} // namespace

TEST(VmTiming, ScalarLoopAndFib)
{
    test::Runner r;
    constexpr double N = 5e6;
    double t = seconds_of(r, "s = 0; for i = 1:5000000, s = s + mod(i*i, 7); end");
    double expect = 0;
    for (long long i = 1; i <= 5000000; ++i)
        expect += static_cast<double>((i * i) % 7);
    EXPECT_EQ(r.num("s"), expect);
    std::printf("[ timing ] scalar loop: %.1f ns/iter (CPU time) (N = %.0f)\n", t / N * 1e9, N);

    double tf = seconds_of(r, "r = fib(25);\nfunction r = fib(n)\n if n < 2, r = n; else, r = fib(n-1) + fib(n-2); end\nend\n");
    EXPECT_EQ(r.num("r"), 75025);
    double calls = 2 * 121393 - 1; // 2*F(26) - 1 invocations
    std::printf("[ timing ] fib(25): %.1f ns/call (CPU time) (%.0f calls)\n", tf / calls * 1e9, calls);
}
