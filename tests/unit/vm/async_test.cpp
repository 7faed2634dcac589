// The async extensions end to end on LocalExecutor (virtual clock: sleeping a minute takes no
// real time): futures and tasks as values, await at any depth, spawn interleaving, errors,
// cancellation, combinators, end-of-run task settling, block lambdas, --compat matlab.
#include "vm_test_util.hpp"
#include <chrono>

using namespace runmat;

namespace {

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

// A session whose executions run on one LocalExecutor that outlives them (tasks may keep
// running between executions when the session keeps them).
struct AsyncRunner {
    test::CaptureHost host;
    session::Session session { host };
    async::LocalExecutor executor;

    session::ExecutionResult run(std::string const& code)
    {
        host.out.clear();
        host.err.clear();
        session::ExecutionResult r;
        auto id = executor.spawn(std::make_unique<ExecTask>(session.execute_async(code, "t.m"), &r));
        EXPECT_TRUE(executor.run_until_complete(id));
        return r;
    }
    std::string out(std::string const& code)
    {
        auto r = run(code);
        EXPECT_TRUE(r.ok) << session::Session::format_error(r);
        return host.out;
    }
};

} // namespace

TEST(Async, ClassOfFutureAndTask)
{
    AsyncRunner r;
    EXPECT_EQ(r.out("f = sleep_ms(1); t = spawn(sleep_ms(1)); fprintf('%s %s %s\\n', class(f), class(t), class(async @() 1));"),
        "future task future\n");
}

TEST(Async, FuturesAreLazy)
{
    AsyncRunner r;
    EXPECT_EQ(r.out("f = async @() do disp('ran'); end;\ng = work(1);\ndisp('created');\nawait(g);\n"
                    "async function work(x)\n  fprintf('work %d\\n', x);\nend\n"),
        "created\nwork 1\n");
}

TEST(Async, SpawnedTasksInterleaveAtAwaitPointsOnVirtualTime)
{
    AsyncRunner r;
    auto wall = std::chrono::steady_clock::now();
    std::string out = r.out(R"(
a = spawn(async @() do
  disp('A1'); await(sleep_ms(30000)); disp('A2'); await(sleep_ms(30000)); disp('A3');
end);
b = spawn(async @() do
  disp('B1'); await(sleep_ms(10000)); disp('B2'); await(sleep_ms(35000)); disp('B3');
end);
disp('main');
await(a); await(b);
disp('done');
)");
    EXPECT_EQ(out, "main\nA1\nB1\nB2\nA2\nB3\nA3\ndone\n");
    EXPECT_EQ(r.executor.now().count(), 60000);
    EXPECT_LT(std::chrono::steady_clock::now() - wall, std::chrono::seconds(5));
}

TEST(Async, AwaitRunsTheBodyInTheCurrentTaskAtAnyDepth)
{
    AsyncRunner r;
    EXPECT_EQ(r.out(R"(
x = outer(2);
fprintf('%d\n', x);
function y = outer(k)
  y = await(inner(k)) + 1;
end
async function y = inner(k)
  await(sleep_ms(5));
  y = deeper(k) * 10;
end
function y = deeper(k)
  await(yield_now());
  y = k;
end
)"),
        "21\n");
}

TEST(Async, AwaitingTwiceIsAnError)
{
    AsyncRunner r;
    EXPECT_EQ(r.out(R"(
f = sleep_ms(1); g = f; await(f);
try, await(g); catch e, disp(e.identifier); end
t = spawn(sleep_ms(1)); await(t);
try, await(t); catch e, disp(e.identifier); end
try, spawn(f); catch e, disp(e.identifier); end
)"),
        "RunMat:futureConsumed\nRunMat:taskConsumed\nRunMat:futureConsumed\n");
}

TEST(Async, AwaitOfAnyOtherValueReturnsIt)
{
    AsyncRunner r;
    EXPECT_EQ(r.out("x = await(5); y = await('hi'); fprintf('%d %s\\n', x, y);"), "5 hi\n");
}

TEST(Async, TaskErrorIsRethrownByAwaitWithIdentifierMessageAndStack)
{
    AsyncRunner r;
    auto res = r.run(R"(
t = spawn(async @() do
  await(sleep_ms(10));
  fail_now(7);
end);
await(t);
function fail_now(k)
  error('my:task', 'task failed with %d', k);
end
)");
    ASSERT_TRUE(res.runtime_error);
    EXPECT_EQ(res.runtime_error->identifier, "my:task");
    EXPECT_EQ(res.runtime_error->message, "task failed with 7");
    auto const& st = res.runtime_error->stack;
    ASSERT_GE(st.size(), 2u);
    EXPECT_EQ(st.front().name, "fail_now");
    EXPECT_EQ(st.back().line, 6u); // the await site
    EXPECT_EQ(r.host.err, "");     // awaited: no "never awaited" warning
}

TEST(Async, FailedTaskNeverAwaitedIsReported)
{
    AsyncRunner r;
    std::string out = r.out("t = spawn(async @() do error('my:lost', 'lost error'); end);\nawait(sleep_ms(5));\ndisp('end');\n");
    EXPECT_EQ(out, "end\n");
    EXPECT_EQ(r.host.err, "Warning: task 1 failed and its error was never awaited: lost error (my:lost)\n");
}

TEST(Async, RunningTasksAreCancelledAtTheEndWithCleanupAndAWarning)
{
    AsyncRunner r;
    std::string out = r.out(R"(
t1 = spawn(async @() do
  try
    await(sleep_ms(1e9));
  catch e
    fprintf('cleanup 1: %s\n', e.identifier);
  end
end);
t2 = spawn(async @() do await(sleep_ms(1e9)); end);
await(yield_now());
disp('end of script');
)");
    EXPECT_EQ(out, "end of script\ncleanup 1: RunMat:cancelled\n");
    EXPECT_EQ(r.host.err, "Warning: 2 tasks were still running when the execution ended and were cancelled: task 1, task 2.\n");
    EXPECT_LT(r.executor.now().count(), 1000); // cancelled promptly, not after the sleep
    EXPECT_EQ(r.executor.live_tasks(), 0u);    // the cancelled tasks unwound before the run ended
}

TEST(Async, ManyTasksLeftRunningNameTheFirstTenAndCountTheRest)
{
    AsyncRunner r;
    std::string out = r.out("for i = 1:25\n  t = spawn(sleep_ms(1e9));\nend\ndisp('end of script');\n");
    EXPECT_EQ(out, "end of script\n");
    EXPECT_EQ(r.host.err, "Warning: 25 tasks were still running when the execution ended and were cancelled: task 1, task 2, task 3, "
                          "task 4, task 5, task 6, task 7, task 8, task 9, task 10 and 15 more.\n");
    EXPECT_EQ(r.executor.live_tasks(), 0u);
}

// Spawned tasks reuse machines of finished tasks; a task that was cancelled or failed hands
// back a clean machine (the next task sees none of its state).
TEST(Async, ReusedMachinesStartClean)
{
    AsyncRunner r;
    std::string out = r.out(R"(
a = spawn(async @() do
  try
    await(sleep_ms(1e9));
  catch e
    disp(e.identifier);
  end
end);
await(yield_now());
cancel_a = a;
b = spawn(async @() do error('x:y', 'boom'); end);
await(yield_now());
c = spawn(async @() 40 + 2);
disp(await(c));
try
  await(b);
catch e
  disp(e.message);
end
)");
    EXPECT_EQ(out, "    42\nboom\nRunMat:cancelled\n"); // a: cancelled at the end of the run
}

TEST(Async, ReplKeepsTasksRunningBetweenInputs)
{
    AsyncRunner r;
    r.session.config().keep_tasks_running = true;
    EXPECT_EQ(r.out("t = spawn(async @() do await(sleep_ms(100)); 42 end);\ndisp('first');"), "first\n");
    EXPECT_EQ(r.host.err, "");
    EXPECT_EQ(r.out("x = await(t); fprintf('%d\\n', x);"), "42\n");
}

TEST(Async, CancelTokenCancelsATaskBlockedInALongSleepPromptly)
{
    AsyncRunner r;
    std::string out = r.out(R"(
[cancel, tok] = cancellation_token();
t = spawn(with_cancel(tok, async @() do
  try
    await(sleep_ms(1e9));
  catch e
    fprintf('task saw %s\n', e.identifier);
    rethrow(e);
  end
end));
await(sleep_ms(20));
cancel();
try
  await(t);
catch e
  fprintf('await: %s\n', e.identifier);
end
)");
    // The losing child unwinds (its catch runs) before the awaiter resumes: FIFO wake order.
    EXPECT_EQ(out, "task saw RunMat:cancelled\nawait: RunMat:cancelled\n");
    EXPECT_LT(r.executor.now().count(), 1000);
}

TEST(Async, JoinRaceTimeout)
{
    AsyncRunner r;
    std::string out = r.out(R"(
c = await(join(async @() do await(sleep_ms(30)); 1 end, async @() do await(sleep_ms(10)); 2 end, sleep_ms(5)));
fprintf('%d %d %d\n', c{1}, c{2}, isempty(c{3}));
w = await(race(async @() do await(sleep_ms(100)); 'slow' end, async @() do await(sleep_ms(10)); 'fast' end));
disp(w);
try
  await(with_timeout_ms(50, sleep_ms(1000)));
catch e
  fprintf('%s: %s\n', e.identifier, e.message);
end
v = await(with_timeout_ms(50, async @() do await(sleep_ms(10)); 9 end));
fprintf('%d\n', v);
try
  await(join(async @() do await(sleep_ms(1e9)); end, async @() do await(sleep_ms(5)); error('j:e', 'join failed'); end));
catch e
  fprintf('%s: %s\n', e.identifier, e.message);
end
)");
    EXPECT_EQ(out, "1 2 1\nfast\nRunMat:timeout: The operation timed out after 50 ms.\n9\nj:e: join failed\n");
    EXPECT_LT(r.executor.now().count(), 1000);
}

TEST(Async, BlockLambdas)
{
    AsyncRunner r;
    EXPECT_EQ(r.out(R"(
k = 10;
g = @(a, b) do
  c = a + b;
  c * k
end;
k = 0;
fprintf('%d\n', g(1, 2));
h = @() do
  k = k + 5;
  disp('side effect');
end;
v = h();
fprintf('%d %d\n', isempty(v), k);
m = @(x) do
  if x > 0
    'pos'
  else
    'neg'
  end
end;
disp(m(1)); disp(m(-1));
)"),
        "30\nside effect\n1 0\npos\nneg\n");
}

TEST(Async, CompatMatlabRejectsTheExtensions)
{
    test::CaptureHost host;
    session::SessionConfig cfg;
    cfg.compat = session::CompatMode::Matlab;
    session::Session s(host, cfg);
    auto r = s.execute("f = @() do disp(1) end;");
    ASSERT_TRUE(r.syntax_error);
    EXPECT_NE(r.syntax_error->message.find("Block lambdas"), std::string::npos);
    r = s.execute("f = async @() 1;");
    ASSERT_TRUE(r.syntax_error);
    EXPECT_NE(r.syntax_error->message.find("'async'"), std::string::npos);
    r = s.execute("x = await(3);");
    ASSERT_TRUE(r.runtime_error);
    EXPECT_EQ(r.runtime_error->identifier, "RunMat:compat");
    EXPECT_NE(r.runtime_error->message.find("'await'"), std::string::npos);
    r = s.execute("x = sleep_ms(3);");
    ASSERT_TRUE(r.runtime_error);
    EXPECT_EQ(r.runtime_error->identifier, "RunMat:compat");
    // MATLAB's text join still works in both modes.
    r = s.execute("x = join({'a','b'}, '-');");
    EXPECT_TRUE(r.ok) << session::Session::format_error(r);
}

TEST(Async, ManySpawnsComplete)
{
    AsyncRunner r;
    EXPECT_EQ(r.out(R"(
s = 0;
for i = 1:2000
  t = spawn(async @() do i * 2 end);
  s = s + await(t);
end
fprintf('%d\n', s);
)"),
        "4002000\n");
}
