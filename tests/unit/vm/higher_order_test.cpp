// cellfun/arrayfun/structfun as native frames the VM drives: a callback that suspends
// suspends the whole execution (resuming inside the builtin), errors inside callbacks unwind
// with the callback's stack or go to the ErrorHandler, nesting and recursion, cancellation.
#include "vm_test_util.hpp"

using namespace runmat;
using test::gates;

namespace {

std::vector<double> doubles(session::Session& s, std::string const& name)
{
    auto v = s.get_variable(name);
    EXPECT_TRUE(v.has_value()) << name;
    if (!v)
        return {};
    if (v->is_num())
        return { v->num() };
    auto* a = v->as_double_array();
    EXPECT_NE(a, nullptr) << name << " is not double";
    if (!a)
        return {};
    return std::vector<double>(a->data(), a->data() + a->numel());
}

struct Fixture {
    test::CaptureHost host;
    session::Session s { host };
    test::ManualPoller p;
    Fixture()
    {
        test::register_test_wait(s);
        gates() = {};
    }
};

} // namespace

TEST(VmHigherOrder, CallbackThatSuspendsSuspendsTheWholeExecution)
{
    Fixture f;
    auto fut = f.s.execute_async("disp('before');\nr = cellfun(@(x) test_wait() + x, {1, 2, 3});\ndisp('after');\n", "h.m");
    for (int k = 1; k <= 3; ++k) {
        ASSERT_TRUE(fut.poll(f.p.cx).is_pending()) << "element " << k;
        ASSERT_EQ(gates().all.size(), size_t(k)); // one element at a time, in order
        EXPECT_EQ(f.host.out, "before\n");        // nothing after cellfun ran yet
        gates().last().complete(10 * k);
    }
    auto r = fut.poll(f.p.cx);
    ASSERT_TRUE(r.is_ready());
    EXPECT_TRUE(r.value().ok) << session::Session::format_error(r.value());
    EXPECT_EQ(f.host.out, "before\nafter\n");
    EXPECT_EQ(doubles(f.s, "r"), (std::vector<double> { 11, 22, 33 }));
}

TEST(VmHigherOrder, SuspendsInNestedCellfunInsideAFunctionInsideTry)
{
    Fixture f;
    char const* code = "try\n  v = outer({{1, 2}, {3}});\ncatch e\n  disp(e.message);\nend\n"
                       "function y = outer(c)\n  y = cellfun(@(inner) sum(cellfun(@(x) x * test_wait(), inner)), c);\nend\n";
    auto fut = f.s.execute_async(code, "n.m");
    for (int k = 1; k <= 3; ++k) {
        ASSERT_TRUE(fut.poll(f.p.cx).is_pending());
        gates().last().complete(k);
    }
    auto r = fut.poll(f.p.cx);
    ASSERT_TRUE(r.is_ready());
    EXPECT_TRUE(r.value().ok) << session::Session::format_error(r.value());
    EXPECT_EQ(f.host.out, "");
    EXPECT_EQ(doubles(f.s, "v"), (std::vector<double> { 1 * 1 + 2 * 2, 3 * 3 }));
}

TEST(VmHigherOrder, AwaitableErrorInCallbackIsCaughtAfterResume)
{
    Fixture f;
    auto fut = f.s.execute_async("try\n  r = arrayfun(@(x) test_wait(), 1:3);\ncatch e\n  id = e.identifier;\nend\nafter = 1;\n", "e.m");
    ASSERT_TRUE(fut.poll(f.p.cx).is_pending());
    gates().last().complete(1);
    ASSERT_TRUE(fut.poll(f.p.cx).is_pending());
    gates().last().fail();
    auto r = fut.poll(f.p.cx);
    ASSERT_TRUE(r.is_ready());
    EXPECT_TRUE(r.value().ok) << session::Session::format_error(r.value());
    EXPECT_EQ(gates().all.size(), 2u); // the third element never ran
    EXPECT_FALSE(f.s.get_variable("r").has_value());
    EXPECT_EQ(f.s.get_variable("id")->as_char_array()->to_utf8(), "test:gateFailed");
    EXPECT_EQ(f.s.get_variable("after")->num(), 1);
}

TEST(VmHigherOrder, ErrorHandlerReceivesAnAwaitableError)
{
    Fixture f;
    auto fut = f.s.execute_async("r = cellfun(@(x) test_wait() * x, {1, 2, 3}, 'ErrorHandler', @(s, x) -s.index);\n", "eh.m");
    ASSERT_TRUE(fut.poll(f.p.cx).is_pending());
    gates().last().complete(5);
    ASSERT_TRUE(fut.poll(f.p.cx).is_pending());
    gates().last().fail();
    ASSERT_TRUE(fut.poll(f.p.cx).is_pending()); // the handler ran; element 3 waits
    gates().last().complete(7);
    auto r = fut.poll(f.p.cx);
    ASSERT_TRUE(r.is_ready());
    EXPECT_TRUE(r.value().ok) << session::Session::format_error(r.value());
    EXPECT_EQ(doubles(f.s, "r"), (std::vector<double> { 5, -2, 21 }));
}

TEST(VmHigherOrder, UncaughtCallbackErrorHasTheCallbackStack)
{
    test::Runner t;
    RuntimeError e = t.error("a = 1;\nr = cellfun(@inner, {1, 2});\nfunction y = inner(x)\n  if x == 2\n    error('my:id', 'bad %d', x);\n  end\n  y = x;\nend\n");
    EXPECT_EQ(e.identifier, "my:id");
    EXPECT_EQ(e.message, "bad 2");
    ASSERT_EQ(e.stack.size(), 2u); // inner, then the script line calling cellfun
    EXPECT_EQ(e.stack[0].name, "inner");
    EXPECT_EQ(e.stack[0].line, 5u);
    EXPECT_EQ(e.stack[1].line, 2u);
    EXPECT_EQ(t.num("a"), 1);
    EXPECT_FALSE(t.session.get_variable("r").has_value());
}

TEST(VmHigherOrder, ErrorOfCellfunItselfIsRaisedAtTheCall)
{
    test::Runner t;
    RuntimeError e = t.error("x = 1;\ny = 2;\nr = cellfun(@(v) [v v], {1, 2});\n");
    EXPECT_EQ(e.identifier, "MATLAB:cellfun:NotAScalarOutput");
    EXPECT_EQ(e.message, "Non-scalar in Uniform output, at index 1, output 1.\nSet 'UniformOutput' to false.");
    EXPECT_EQ(e.raised_by, "cellfun");
    ASSERT_EQ(e.stack.size(), 1u);
    EXPECT_EQ(e.stack[0].line, 3u);
}

TEST(VmHigherOrder, ErrorHandlerCatchesADirectBuiltinCallee)
{
    test::Runner t;
    // factorial(-1) raises inside the builtin itself, called straight from the native frame.
    EXPECT_EQ(t.out("r = cellfun(@factorial, {3, -1}, 'ErrorHandler', @(s, m) 100 * s.index);\nfprintf('%d %d\\n', r);\n"), "6 200\n");
}

TEST(VmHigherOrder, ErrorHandlerSkipsTheCallbacksOwnTryCatch)
{
    // A try/catch inside the callback is nearer than the ErrorHandler and wins.
    test::Runner t;
    EXPECT_EQ(t.out("r = cellfun(@f, {1, 2}, 'ErrorHandler', @(s, x) -1);\nfprintf('%g %g\\n', r);\n"
                    "function y = f(x)\n  try\n    error('a:b', 'c');\n  catch\n    y = 10 * x;\n  end\nend\n"),
        "10 20\n");
}

TEST(VmHigherOrder, ManyCaughtCallbackErrorsLeaveTheStackClean)
{
    test::Runner t;
    auto out = t.out("n = 0;\nfor k = 1:200\n  try\n    cellfun(@(c) cellfun(@(x) error('e:e', 'x'), c), {{1}});\n  catch\n    n = n + 1;\n  end\nend\n"
                     "h = cellfun(@(x) error('e:e', 'y'), num2cell(1:300), 'ErrorHandler', @(s, x) x);\n"
                     "fprintf('%d %d %d\\n', n, sum(h), deep(50));\n"
                     "function d = deep(k)\n  if k == 0\n    d = 0;\n  else\n    d = 1 + cellfun(@deep, {k - 1});\n  end\nend\n");
    EXPECT_EQ(out, "200 45150 50\n");
}

TEST(VmHigherOrder, RecursionThroughCellfunHitsTheRecursionLimit)
{
    test::Runner t;
    auto out = t.out("try\n  r = down(1);\ncatch e\n  disp(e.identifier);\nend\nok = down2(10);\ndisp(ok);\n"
                     "function y = down(k)\n  y = cellfun(@down, {k + 1});\nend\n"
                     "function y = down2(k)\n  if k == 0\n    y = 0;\n  else\n    y = cellfun(@down2, {k - 1}) + 1;\n  end\nend\n");
    EXPECT_EQ(out, "MATLAB:recursionLimit\n    10\n");
}

TEST(VmHigherOrder, CancellationIsNotHandedToTheErrorHandler)
{
    Fixture f;
    auto fut = f.s.execute_async("r = cellfun(@(x) test_wait(), {1, 2}, 'ErrorHandler', @(s, x) 0);\n", "c.m");
    ASSERT_TRUE(fut.poll(f.p.cx).is_pending());
    fut.cancel();
    auto r = fut.poll(f.p.cx);
    ASSERT_TRUE(r.is_ready());
    ASSERT_TRUE(r.value().runtime_error);
    EXPECT_EQ(r.value().runtime_error->identifier, "RunMat:cancelled");
    EXPECT_TRUE(gates().last().cancelled);
    EXPECT_TRUE(f.s.execute("z = cellfun(@(x) x, {3});").ok); // the session stays usable
    EXPECT_EQ(doubles(f.s, "z"), (std::vector<double> { 3 }));
}

TEST(VmHigherOrder, StructfunAndMultipleOutputsSuspend)
{
    Fixture f;
    auto fut = f.s.execute_async("[a, b] = structfun(@(v) deal(v, test_wait()), struct('p', 1, 'q', 2));\n", "s.m");
    ASSERT_TRUE(fut.poll(f.p.cx).is_pending());
    gates().last().complete(8);
    ASSERT_TRUE(fut.poll(f.p.cx).is_pending());
    gates().last().complete(9);
    auto r = fut.poll(f.p.cx);
    ASSERT_TRUE(r.is_ready());
    EXPECT_TRUE(r.value().ok) << session::Session::format_error(r.value());
    EXPECT_EQ(doubles(f.s, "a"), (std::vector<double> { 1, 2 }));
    EXPECT_EQ(doubles(f.s, "b"), (std::vector<double> { 8, 9 }));
}
