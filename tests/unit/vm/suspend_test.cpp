// The suspension proof: a builtin's pending awaitable suspends the whole MATLAB call stack
// (three user calls deep, inside a for loop and a try block) without blocking a thread; the
// execution resumes where it stopped when woken. Also: errors delivered by the awaitable are
// catchable at that depth, code without awaits completes in the first poll, cancellation, and
// a native continuation (cellfun-style builtin) whose callback suspends.
#include "vm_test_util.hpp"

using namespace runmat;
using test::gates;

namespace {

char const* DEEP_SCRIPT = R"(
total = 0;
for k = 1:3
  try
    v = level1(k);
    total = total + v;
    fprintf('got %d\n', v);
  catch e
    fprintf('caught %s: %s\n', e.identifier, e.message);
  end
end
fprintf('total %d\n', total);

function r = level1(k)
  r = level2(k) + 1;
end

function r = level2(k)
  r = level3(k) * 10;
end

function r = level3(k)
  w = test_wait();
  r = w + k;
end
)";

} // namespace

TEST(VmSuspend, CodeWithoutAwaitsCompletesInFirstPoll)
{
    test::CaptureHost host;
    session::Session s(host);
    auto fut = s.execute_async("x = 0; for i = 1:100, x = x + f(i); end\nfunction y = f(a)\n y = a * 2;\nend\n");
    test::ManualPoller p;
    auto r = fut.poll(p.cx);
    ASSERT_TRUE(r.is_ready());
    EXPECT_TRUE(r.value().ok);
    EXPECT_EQ(s.get_variable("x")->num(), 10100);
}

TEST(VmSuspend, PendingThreeCallsDeepInLoopAndTryResumes)
{
    test::CaptureHost host;
    session::Session s(host);
    test::register_test_wait(s);
    gates() = {};
    auto fut = s.execute_async(DEEP_SCRIPT, "deep.m");
    test::ManualPoller p;
    for (int k = 1; k <= 3; ++k) {
        auto r = fut.poll(p.cx);
        ASSERT_TRUE(r.is_pending()) << "iteration " << k;
        ASSERT_EQ(gates().all.size(), size_t(k));
        EXPECT_EQ(p.target->wakes, k - 1);
        // Nothing is blocked: the output so far is there, and the test decides when to wake.
        gates().last().complete(42);
        EXPECT_EQ(p.target->wakes, k);
    }
    auto r = fut.poll(p.cx);
    ASSERT_TRUE(r.is_ready());
    EXPECT_TRUE(r.value().ok) << session::Session::format_error(r.value());
    EXPECT_EQ(host.out, "got 431\ngot 441\ngot 451\ntotal 1323\n");
    EXPECT_EQ(s.get_variable("total")->num(), 1323);
    EXPECT_EQ(s.get_variable("v")->num(), 451);
}

TEST(VmSuspend, AwaitableErrorIsCaughtAtDepth)
{
    test::CaptureHost host;
    session::Session s(host);
    test::register_test_wait(s);
    gates() = {};
    auto fut = s.execute_async(DEEP_SCRIPT, "deep.m");
    test::ManualPoller p;
    ASSERT_TRUE(fut.poll(p.cx).is_pending());
    gates().last().complete(42);
    ASSERT_TRUE(fut.poll(p.cx).is_pending());
    gates().last().fail(); // second iteration: the awaitable delivers an error
    ASSERT_TRUE(fut.poll(p.cx).is_pending());
    gates().last().complete(1);
    auto r = fut.poll(p.cx);
    ASSERT_TRUE(r.is_ready());
    EXPECT_TRUE(r.value().ok);
    EXPECT_EQ(host.out, "got 431\ncaught test:gateFailed: gate failed\ngot 41\ntotal 472\n");
}

TEST(VmSuspend, UncaughtAwaitableErrorHasTheDeepStack)
{
    test::CaptureHost host;
    session::Session s(host);
    test::register_test_wait(s);
    gates() = {};
    auto fut = s.execute_async("a = 1;\nx = f1();\nfunction r = f1()\n  r = f2();\nend\nfunction r = f2()\n  r = test_wait();\nend\n", "s.m");
    test::ManualPoller p;
    ASSERT_TRUE(fut.poll(p.cx).is_pending());
    gates().last().fail();
    auto r = fut.poll(p.cx);
    ASSERT_TRUE(r.is_ready());
    ASSERT_TRUE(r.value().runtime_error);
    auto const& e = *r.value().runtime_error;
    EXPECT_EQ(e.identifier, "test:gateFailed");
    ASSERT_EQ(e.stack.size(), 3u);
    EXPECT_EQ(e.stack[0].name, "f2");
    EXPECT_EQ(e.stack[0].line, 7u);
    EXPECT_EQ(e.stack[1].name, "f1");
    EXPECT_EQ(e.stack[1].line, 4u);
    EXPECT_EQ(e.stack[2].line, 2u);
    EXPECT_EQ(s.get_variable("a")->num(), 1); // the workspace keeps what was assigned
    EXPECT_FALSE(s.get_variable("x").has_value());
}

TEST(VmSuspend, RunsOnTheLocalExecutor)
{
    test::CaptureHost host;
    session::Session s(host);
    test::register_test_wait(s);
    gates() = {};
    async::LocalExecutor ex;
    session::ExecutionResult result;
    struct T final : async::Task {
        session::ExecuteFuture f;
        session::ExecutionResult* out;
        T(session::ExecuteFuture fut, session::ExecutionResult* o) : f(std::move(fut)), out(o) { }
        async::Poll<void> poll(async::Context& cx) override
        {
            auto p = f.poll(cx);
            if (p.is_pending())
                return async::Pending;
            *out = p.take();
            return async::Ready {};
        }
    };
    auto id = ex.spawn(std::make_unique<T>(s.execute_async("y = test_wait() + 1;"), &result));
    ex.run_until_idle();
    EXPECT_FALSE(ex.is_complete(id));
    gates().last().complete(41);
    ex.run_until_idle();
    EXPECT_TRUE(ex.is_complete(id));
    EXPECT_EQ(s.get_variable("y")->num(), 42);
}

TEST(VmSuspend, CancelWhilePendingCancelsTheAwaitable)
{
    test::CaptureHost host;
    session::Session s(host);
    test::register_test_wait(s);
    gates() = {};
    auto fut = s.execute_async("b = 2;\nz = test_wait();\n");
    test::ManualPoller p;
    ASSERT_TRUE(fut.poll(p.cx).is_pending());
    fut.cancel();
    auto r = fut.poll(p.cx);
    ASSERT_TRUE(r.is_ready());
    ASSERT_TRUE(r.value().runtime_error);
    EXPECT_EQ(r.value().runtime_error->identifier, "RunMat:cancelled");
    EXPECT_EQ(r.value().runtime_error->message, "Operation terminated by user");
    EXPECT_TRUE(gates().last().cancelled);
    EXPECT_EQ(s.get_variable("b")->num(), 2);
    // The session stays usable.
    EXPECT_TRUE(s.execute("c = b + 1;").ok);
    EXPECT_EQ(s.get_variable("c")->num(), 3);
}

TEST(VmSuspend, CancelStopsAnInfiniteLoop)
{
    test::CaptureHost host;
    session::Session s(host);
    auto fut = s.execute_async("n = 0;\nwhile true\n  n = n + 1;\nend\n");
    fut.cancel(); // delivered at the first back-edge check
    test::ManualPoller p;
    auto r = fut.poll(p.cx);
    ASSERT_TRUE(r.is_ready());
    ASSERT_TRUE(r.value().runtime_error);
    EXPECT_EQ(r.value().runtime_error->identifier, "RunMat:cancelled");
    EXPECT_GE(s.get_variable("n")->num(), 1);
}

namespace {

// test_map(f, n): sum of f(1), ..., f(n), calling f through the VM (a native continuation).
class MapContinuation final : public runtime::Continuation {
public:
    MapContinuation(runtime::Value f, int n) : m_f(std::move(f)), m_n(n) { }
    Result<bool> resume(runtime::CallContext& cx, std::span<runtime::Value> results, runtime::Outs outs, runtime::CallRequest& next) override
    {
        if (m_k > 0) {
            if (results.empty() || !results[0].is_num())
                return cx.error("test:map", "callback must return a number");
            m_sum += results[0].num();
        }
        if (m_k == m_n) {
            outs[0] = runtime::Value::scalar(m_sum);
            return true;
        }
        ++m_k;
        next.callee = m_f;
        next.args = { runtime::Value::scalar(m_k) };
        next.nargout = 1;
        return false;
    }

private:
    runtime::Value m_f;
    int m_n;
    int m_k = 0;
    double m_sum = 0;
};

VoidResult test_map_builtin(runtime::CallContext& cx, runtime::Args args, runtime::Outs)
{
    cx.continuation = std::make_unique<MapContinuation>(args[0], static_cast<int>(args[1].num()));
    return {};
}

} // namespace

TEST(VmSuspend, NativeContinuationCallbackMaySuspend)
{
    test::CaptureHost host;
    session::Session s(host);
    test::register_test_wait(s);
    s.register_builtin({ .name = "test_map", .fn = test_map_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    gates() = {};
    auto fut = s.execute_async("s = test_map(@cb, 3);\nq = test_map(@(x) x * 2, 4);\nfunction r = cb(k)\n  r = test_wait() * k;\nend\n");
    test::ManualPoller p;
    for (int k = 1; k <= 3; ++k) {
        ASSERT_TRUE(fut.poll(p.cx).is_pending());
        gates().last().complete(10);
    }
    auto r = fut.poll(p.cx);
    ASSERT_TRUE(r.is_ready());
    EXPECT_TRUE(r.value().ok) << session::Session::format_error(r.value());
    EXPECT_EQ(s.get_variable("s")->num(), 60);
    EXPECT_EQ(s.get_variable("q")->num(), 20);
}

TEST(VmSuspend, NativeContinuationErrorUnwindsIntoTry)
{
    test::CaptureHost host;
    session::Session s(host);
    s.register_builtin({ .name = "test_map", .fn = test_map_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    auto r = s.execute("try\n  s = test_map(@(x) error('my:id', 'bad %d', x), 3);\ncatch e\n  m = e.message;\nend\n");
    EXPECT_TRUE(r.ok) << session::Session::format_error(r);
    auto m = s.get_variable("m");
    ASSERT_TRUE(m && m->as_char_array());
    EXPECT_EQ(m->as_char_array()->to_utf8(), "bad 1");
}

TEST(VmSuspend, ContinuationErrorOnTheLastStatementOfATryIsCaught)
{
    test::CaptureHost host;
    session::Session s(host);
    s.register_builtin({ .name = "test_map", .fn = test_map_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    // The call writes straight into the variable: its return address is the end of the try.
    auto r = s.execute("try\n  v = test_map(@(x) [x x], 2);\ncatch e\n  ok = 1;\nend\n");
    EXPECT_TRUE(r.ok) << session::Session::format_error(r);
    EXPECT_TRUE(s.get_variable("ok").has_value());
}

TEST(VmSuspend, DroppingAPendingFutureKeepsTheWorkspace)
{
    test::CaptureHost host;
    session::Session s(host);
    test::register_test_wait(s);
    gates() = {};
    EXPECT_TRUE(s.execute("keep = 7;").ok);
    {
        auto fut = s.execute_async("made = 1;\nw = test_wait();\n");
        test::ManualPoller p;
        ASSERT_TRUE(fut.poll(p.cx).is_pending());
    }
    EXPECT_TRUE(gates().last().cancelled);
    EXPECT_EQ(s.get_variable("keep")->num(), 7);
    EXPECT_EQ(s.get_variable("made")->num(), 1);
}
