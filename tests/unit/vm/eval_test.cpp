// eval / evalin / assignin / onCleanup through Session::execute: binding of eval'd code to the
// caller's variables, dynamic variables, suspension inside eval'd code, cleanup tasks.
#include "vm_test_util.hpp"

using namespace runmat;
using test::Runner;

TEST(VmEval, NewVariableVisibleAfterEval)
{
    Runner r;
    EXPECT_EQ(r.out("eval('x = 5;'); fprintf('%d\\n', x + 1);"), "6\n");
    EXPECT_EQ(r.num("x"), 5); // the base workspace keeps it
    EXPECT_EQ(r.out("fprintf('%d\\n', x);"), "5\n"); // a later input sees it as a variable
}

TEST(VmEval, UpdatesExistingVariablesInPlace)
{
    Runner r;
    r.out("a = 2; eval('a = a * 21;');");
    EXPECT_EQ(r.num("a"), 42);
}

TEST(VmEval, UnsuppressedStatementDisplays)
{
    Runner r;
    EXPECT_EQ(r.out("eval('y = 3')"), "y =\n\n     3\n\n");
    EXPECT_EQ(r.out("eval('y')"), "y =\n\n     3\n\n");
}

TEST(VmEval, ExpressionFormReturnsOutputs)
{
    Runner r;
    r.out("[a, b] = eval('deal(7, 8)'); c = eval('a + b');");
    EXPECT_EQ(r.num("a"), 7);
    EXPECT_EQ(r.num("b"), 8);
    EXPECT_EQ(r.num("c"), 15);
}

TEST(VmEval, FunctionWorkspace)
{
    Runner r;
    EXPECT_EQ(r.out("disp(f(2));\nfunction y = f(n)\n  eval('k = n + 1;');\n  y = k * 10;\nend\n"), "    30\n");
    EXPECT_FALSE(r.session.get_variable("k").has_value()); // k lived in f's workspace
}

TEST(VmEval, TryCatchString)
{
    Runner r;
    EXPECT_EQ(r.out("eval('error(''x:y'', ''no'')', 'disp(''handled'')');"), "handled\n");
}

TEST(VmEval, ErrorsAreCatchableWithIdentifiers)
{
    Runner r;
    EXPECT_EQ(r.error_id("eval('error(''a:b'', ''m'')');"), "a:b");
    EXPECT_EQ(r.error_id("eval('x = (1');"), "MATLAB:syntaxError");
    EXPECT_EQ(r.error_id("eval(3);"), "MATLAB:eval:argumentMustBeText");
}

TEST(VmEval, AssigninAndEvalinReachBaseAndCaller)
{
    Runner r;
    r.out("g();\nfunction g()\n  assignin('base', 'p', 11);\n  evalin('base', 'q = p + 1;');\nend\n");
    EXPECT_EQ(r.num("p"), 11);
    EXPECT_EQ(r.num("q"), 12);
    auto e = r.error("assignin('caller', 'not valid', 1);");
    EXPECT_EQ(e.message, "Invalid variable name \"not valid\" in ASSIGNIN.");
}

TEST(VmEval, SuspendsInsideEvaldCode)
{
    Runner r;
    test::register_test_wait(r.session);
    test::ManualPoller p;
    auto f = r.session.execute_async("eval('v = test_wait() + 1;'); w = v * 2;");
    ASSERT_TRUE(f.poll(p.cx).is_pending());
    test::gates().last().complete(20);
    auto done = f.poll(p.cx);
    ASSERT_FALSE(done.is_pending());
    EXPECT_TRUE(done.take().ok);
    EXPECT_EQ(r.num("v"), 21);
    EXPECT_EQ(r.num("w"), 42);
}

TEST(VmEval, ExistAndClearSeeDynamicVariables)
{
    Runner r;
    EXPECT_EQ(r.out("eval('d = 1;'); fprintf('%d', exist('d', 'var')); clear d; fprintf('%d\\n', exist('d', 'var'));"), "10\n");
}

TEST(VmOnCleanup, RunsAtFunctionExitAndUnwinding)
{
    Runner r;
    EXPECT_EQ(r.out("f(); disp('b');\nfunction f()\n  c = onCleanup(@() disp('a'));\nend\n"), "a\nb\n");
    EXPECT_EQ(r.out("try\n  g();\ncatch e\n  disp(e.message);\nend\nfunction g()\n  c = onCleanup(@() disp('clean'));\n  error('boom');\nend\n"),
        "clean\nboom\n");
}

TEST(VmOnCleanup, RunsWhenClearedOrOverwritten)
{
    Runner r;
    EXPECT_EQ(r.out("c = onCleanup(@() disp('x')); clear c; disp('y');"), "x\ny\n");
    EXPECT_EQ(r.out("c = onCleanup(@() disp('x')); c = 0; disp('y');"), "x\ny\n");
}
