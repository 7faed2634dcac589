// Compile + execute every statement form through Session::execute: control flow, assignment
// forms, functions and handles, errors with identifiers and stack lines.
#include "vm_test_util.hpp"
#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace runmat;
using test::Runner;

TEST(VmLanguage, ArithmeticAndAssignment)
{
    Runner r;
    r.out("a = 2; b = a * 3 + 1; c = -b; d = 7 / 2; e = 2 ^ 10; f = mod(-7, 3);");
    EXPECT_EQ(r.num("b"), 7);
    EXPECT_EQ(r.num("c"), -7);
    EXPECT_EQ(r.num("d"), 3.5);
    EXPECT_EQ(r.num("e"), 1024);
    EXPECT_EQ(r.num("f"), 2);
}

TEST(VmLanguage, WorkspacePersistsAcrossExecutes)
{
    Runner r;
    r.out("x = 5;");
    r.out("y = x + 1;");
    EXPECT_EQ(r.num("y"), 6);
    EXPECT_EQ(r.out("fprintf('%d\\n', x)"), "5\n");
}

TEST(VmLanguage, IfElseifElse)
{
    Runner r;
    r.out("x = 5; if x < 3, y = 1; elseif x < 6, y = 2; else, y = 3; end");
    EXPECT_EQ(r.num("y"), 2);
    r.out("x = 9; if x < 3, y = 1; elseif x < 6, y = 2; else, y = 3; end");
    EXPECT_EQ(r.num("y"), 3);
    r.out("if [1 1 0], z = 1; else, z = 0; end");
    EXPECT_EQ(r.num("z"), 0);
    r.out("if [], z = 1; else, z = 2; end");
    EXPECT_EQ(r.num("z"), 2);
}

TEST(VmLanguage, ForLoops)
{
    Runner r;
    r.out("s = 0; for i = 1:10, s = s + i; end");
    EXPECT_EQ(r.num("s"), 55);
    EXPECT_EQ(r.num("i"), 10);
    r.out("s = 0; for i = 10:-2:1, s = s + i; end");
    EXPECT_EQ(r.num("s"), 30);
    r.out("s = 0; for i = 0:0.25:1, s = s + i; end");
    EXPECT_EQ(r.num("s"), 2.5);
    r.out("s = 0; for i = 5:1, s = s + 1; end");
    EXPECT_EQ(r.num("s"), 0);
    // Over a matrix: each iteration gets a column.
    r.out("m = [1 2 3; 4 5 6]; s = 0; for c = m, s = s + c(1) * c(2); end");
    EXPECT_EQ(r.num("s"), 4 + 10 + 18);
    r.out("n = 0; for v = 7, n = n + v; end");
    EXPECT_EQ(r.num("n"), 7);
    r.out("n = 0; for v = [], n = n + 1; end");
    EXPECT_EQ(r.num("n"), 0);
    // Assigning the loop variable does not change the iteration.
    r.out("n = 0; for k = 1:3, k = 10; n = n + 1; end");
    EXPECT_EQ(r.num("n"), 3);
}

TEST(VmLanguage, WhileBreakContinue)
{
    Runner r;
    r.out("i = 0; s = 0; while true, i = i + 1; if i > 10, break; end, if mod(i, 2), continue; end, s = s + i; end");
    EXPECT_EQ(r.num("s"), 30);
    r.out("s = 0; for i = 1:5, for j = 1:5, if j > i, break; end, s = s + 1; end, end");
    EXPECT_EQ(r.num("s"), 15);
}

TEST(VmLanguage, Switch)
{
    Runner r;
    char const* code = "switch x\n case 1\n y = 10;\n case {2, 3}\n y = 20;\n otherwise\n y = 30;\nend";
    r.out(std::string("x = 1;\n") + code);
    EXPECT_EQ(r.num("y"), 10);
    r.out(std::string("x = 3;\n") + code);
    EXPECT_EQ(r.num("y"), 20);
    r.out(std::string("x = 9;\n") + code);
    EXPECT_EQ(r.num("y"), 30);
    r.out("s = 'abc'; switch s\n case 'ab'\n y = 1;\n case {'x', 'abc'}\n y = 2;\n otherwise\n y = 3;\nend");
    EXPECT_EQ(r.num("y"), 2);
    r.out("s = 97; switch s\n case 'a'\n y = 1;\n otherwise\n y = 3;\nend");
    EXPECT_EQ(r.num("y"), 3);
}

TEST(VmLanguage, TryCatch)
{
    Runner r;
    EXPECT_EQ(r.out("try\n error('my:id', 'boom %d', 3);\ncatch err\n disp(err.identifier); disp(err.message);\nend"), "my:id\nboom 3\n");
    EXPECT_EQ(r.out("try\n x = undefined_thing + 1;\ncatch e\n disp(e.identifier)\nend"), "MATLAB:UndefinedFunction\n");
    EXPECT_EQ(r.out("try, error('a:b', 'inner'); catch, disp('caught'), end"), "caught\n");
    // Nested: the inner handler catches first; an error in a catch block goes outward.
    EXPECT_EQ(r.out("try\n try\n error('x:y', 'one');\n catch e1\n error('x:z', 'two');\n end\ncatch e2\n disp(e2.message);\nend"), "two\n");
    // rethrow keeps the identifier.
    EXPECT_EQ(r.out("try\n try, error('q:r', 'orig'); catch e, rethrow(e); end\ncatch f\n disp(f.identifier);\nend"), "q:r\n");
    EXPECT_EQ(r.out("try\n ME = MException('a:b', 'v=%d', 5); throw(ME);\ncatch f\n disp(f.message);\nend"), "v=5\n");
}

TEST(VmLanguage, IndexingAndEnd)
{
    Runner r;
    r.out("x = [10 20 30 40]; a = x(2); b = x(end); c = x(end-1); y = [1 2; 3 4]; d = y(end, 1); e = y(2, end);");
    EXPECT_EQ(r.num("a"), 20);
    EXPECT_EQ(r.num("b"), 40);
    EXPECT_EQ(r.num("c"), 30);
    EXPECT_EQ(r.num("d"), 3);
    EXPECT_EQ(r.num("e"), 4);
    r.out("x = [5 6 7]; y = [3 1]; z = x(y(end)); w = x(y(end - 1));");
    EXPECT_EQ(r.num("z"), 5);
    EXPECT_EQ(r.num("w"), 7);
    r.out("x = [1 2 3]; x(end+1) = 9; n = numel(x); l = x(4);");
    EXPECT_EQ(r.num("n"), 4);
    EXPECT_EQ(r.num("l"), 9);
    r.out("clear_me = 1; q(end+1) = 5; q(end+1) = 6; n = numel(q);");
    EXPECT_EQ(r.num("n"), 2);
    r.out("x = [1 2 3 4]; x(2) = []; n = numel(x); s = sum(x(:));");
    EXPECT_EQ(r.num("n"), 3);
    EXPECT_EQ(r.num("s"), 8);
    r.out("x = [1 5 2 6]; y = x(x > 2); n = numel(y); s = sum(y);");
    EXPECT_EQ(r.num("n"), 2);
    EXPECT_EQ(r.num("s"), 11);
    r.out("m = zeros(2); m(2, 2) = 7; m(1, :) = [1 2]; t = sum(m(:));");
    EXPECT_EQ(r.num("t"), 10);
}

TEST(VmLanguage, InPlaceUpdateOfUniqueArray)
{
    Runner r;
    // a is shared with b before the loop: the first write copies, b keeps its values.
    r.out("a = zeros(1, 5); b = a; for i = 1:5, a(i) = i; end; s = sum(a); t = sum(b);");
    EXPECT_EQ(r.num("s"), 15);
    EXPECT_EQ(r.num("t"), 0);
}

TEST(VmLanguage, MultipleAssignmentAndTilde)
{
    Runner r;
    r.out("[a, ~, c] = three();\nfunction [x, y, z] = three()\n x = 1; y = 2; z = 3;\nend\n");
    EXPECT_EQ(r.num("a"), 1);
    EXPECT_EQ(r.num("c"), 3);
    r.out("[m, i] = max([3 9 2]);");
    EXPECT_EQ(r.num("m"), 9);
    EXPECT_EQ(r.num("i"), 2);
}

TEST(VmLanguage, NarginNargoutVararginVarargout)
{
    Runner r;
    char const* fns = "\nfunction r = f(a, b)\n if nargin < 2, b = 10; end\n r = a + b;\nend\n"
                      "function varargout = g(varargin)\n for k = 1:nargout, varargout{k} = numel(varargin) * k; end\nend\n"
                      "function [a, b] = h()\n a = nargout; b = 0;\nend\n";
    r.out(std::string("x = f(1); y = f(1, 2); [p, q, s] = g(7, 8); n1 = h(); [n2, ~] = h();") + fns);
    EXPECT_EQ(r.num("x"), 11);
    EXPECT_EQ(r.num("y"), 3);
    EXPECT_EQ(r.num("p"), 2);
    EXPECT_EQ(r.num("q"), 4);
    EXPECT_EQ(r.num("s"), 6);
    EXPECT_EQ(r.num("n1"), 1);
    EXPECT_EQ(r.num("n2"), 2);
    r.out(std::string("c = vcount(1, 2, 3);\nfunction n = vcount(first, varargin)\n n = numel(varargin) + first * 100 + varargin{2};\nend\n"));
    EXPECT_EQ(r.num("c"), 105);
}

TEST(VmLanguage, GlobalsAndPersistents)
{
    Runner r;
    r.out("global G\nG = 5;\nbump(); bump();\nv = G;\nfunction bump()\n global G\n G = G + 1;\nend\n");
    EXPECT_EQ(r.num("v"), 7);
    r.out("for i = 1:4, c = counter(); end\nfunction n = counter()\n persistent k\n if isempty(k), k = 0; end\n k = k + 1;\n n = k;\nend\n");
    EXPECT_EQ(r.num("c"), 4);
}

TEST(VmLanguage, AnonymousFunctionsCaptureByValue)
{
    Runner r;
    r.out("a = 2; f = @(x) x * a; a = 100; y = f(5);");
    EXPECT_EQ(r.num("y"), 10);
    r.out("k = 3; adder = @(x) @(y) x + y + k; add5 = adder(5); z = add5(1);");
    EXPECT_EQ(r.num("z"), 9);
    r.out("g = @() 42; w = g();");
    EXPECT_EQ(r.num("w"), 42);
    r.out("h = @(v) max(v); [m, i] = h([1 8 3]);");
    EXPECT_EQ(r.num("m"), 8);
    EXPECT_EQ(r.num("i"), 2);
}

TEST(VmLanguage, HandlesAndFeval)
{
    Runner r;
    r.out("f = @sin; a = f(0); g = @twice; b = g(4); c = feval('twice', 5); d = feval(@twice, 6); e = feval(@(x) x + 1, 1);\nfunction y = twice(x)\n y = 2 * x;\nend\n");
    EXPECT_EQ(r.num("a"), 0);
    EXPECT_EQ(r.num("b"), 8);
    EXPECT_EQ(r.num("c"), 10);
    EXPECT_EQ(r.num("d"), 12);
    EXPECT_EQ(r.num("e"), 2);
    r.out("h = @abs; q = feval(h, -3);");
    EXPECT_EQ(r.num("q"), 3);
}

TEST(VmLanguage, ShortCircuit)
{
    Runner r;
    r.out("x = []; ok = isempty(x) || x(1) > 0; ok2 = ~isempty(x) && x(1) > 0;");
    EXPECT_EQ(r.num("ok"), 1);
    EXPECT_EQ(r.num("ok2"), 0);
    EXPECT_EQ(r.error_id("a = [1 2] && true;"), "MATLAB:nonLogicalConditional");
}

TEST(VmLanguage, AnsAndDisplay)
{
    Runner r;
    r.out("3 + 4;");
    EXPECT_EQ(r.num("ans"), 7);
    // A call statement that returns nothing does not set ans.
    r.out("5;\ndisp(1);");
    EXPECT_EQ(r.num("ans"), 5);
    std::string shown = r.out("x = 3");
    EXPECT_NE(shown.find("x ="), std::string::npos);
    EXPECT_NE(shown.find("3"), std::string::npos);
    EXPECT_EQ(r.out("y = 4;"), "");
    std::string a = r.out("1 + 1");
    EXPECT_NE(a.find("ans ="), std::string::npos);
    std::string bare = r.out("x");
    EXPECT_NE(bare.find("x ="), std::string::npos);
}

TEST(VmLanguage, CommandSyntax)
{
    Runner r;
    EXPECT_EQ(r.out("disp hello"), "hello\n");
    r.out("format long");
    EXPECT_EQ(r.session.runtime_state().format.numeric, runtime::FormatOptions::Numeric::Long);
    r.out("format short");
}

TEST(VmLanguage, EarlyReturnAndRecursion)
{
    Runner r;
    r.out("v = first_neg([3 4 -2 5]); f = fact(10);\nfunction i = first_neg(x)\n i = 0;\n for k = 1:numel(x)\n  if x(k) < 0, i = k; return; end\n end\nend\n"
          "function r = fact(n)\n if n <= 1\n  r = 1;\n else\n  r = n * fact(n - 1);\n end\nend\n");
    EXPECT_EQ(r.num("v"), 3);
    EXPECT_EQ(r.num("f"), 3628800);
}

TEST(VmLanguage, RecursionLimit)
{
    Runner r;
    auto e = r.error("x = 1;\ny = down(1);\nfunction r = down(n)\n r = down(n + 1);\nend\n");
    EXPECT_EQ(e.identifier, "MATLAB:recursionLimit");
    EXPECT_EQ(e.message, "Maximum recursion limit of 500 reached.");
    EXPECT_EQ(r.num("x"), 1);
    // Catchable, and the session is usable afterwards.
    EXPECT_EQ(r.out("try\n down(1);\ncatch e\n disp(e.identifier)\nend\nfunction r = down(n)\n r = down(n + 1);\nend\n"), "MATLAB:recursionLimit\n");
}

TEST(VmLanguage, CallErrors)
{
    Runner r;
    char const* fns = "\nfunction y = one(a)\n y = a;\nend\nfunction y = noout(a)\nend\n";
    auto e = r.error(std::string("one(1, 2);") + fns);
    EXPECT_EQ(e.identifier, "MATLAB:TooManyInputs");
    EXPECT_EQ(e.message, "Too many input arguments.");
    e = r.error(std::string("z = one();") + fns);
    EXPECT_EQ(e.identifier, "MATLAB:minrhs");
    EXPECT_EQ(e.message, "Not enough input arguments.");
    e = r.error(std::string("[p, q] = one(1);") + fns);
    EXPECT_EQ(e.identifier, "MATLAB:TooManyOutputs");
    EXPECT_EQ(e.message, "Too many output arguments.");
    e = r.error(std::string("w = noout(1);") + fns);
    EXPECT_EQ(e.identifier, "MATLAB:unassignedOutputs");
    EXPECT_EQ(e.message, "Output argument \"y\" (and possibly others) not assigned a value in the execution with \"noout\" function.");
    r.out(std::string("noout(1);") + fns); // statement context: no output needed
    e = r.error("q = nosuchthing + 1;");
    EXPECT_EQ(e.identifier, "MATLAB:UndefinedFunction");
    EXPECT_EQ(e.message, "Unrecognized function or variable 'nosuchthing'.");
    e = r.error("q = nosuchfn(3);");
    EXPECT_EQ(e.message, "Unrecognized function or variable 'nosuchfn'.");
}

TEST(VmLanguage, ErrorStacksHaveLinesInnermostFirst)
{
    Runner r;
    auto e = r.error("a = 1;\nb = outer(2);\nfunction y = outer(x)\n  y = inner(x) + 1;\nend\nfunction y = inner(x)\n  y = x;\n  error('m:n', 'deep');\nend\n");
    EXPECT_EQ(e.identifier, "m:n");
    EXPECT_EQ(e.raised_by, "inner"); // error() in a user function: "Error using inner"
    ASSERT_EQ(e.stack.size(), 3u);
    EXPECT_EQ(e.stack[0].name, "inner");
    EXPECT_EQ(e.stack[0].line, 8u);
    EXPECT_EQ(e.stack[1].name, "outer");
    EXPECT_EQ(e.stack[1].line, 4u);
    EXPECT_EQ(e.stack[2].line, 2u);
    EXPECT_EQ(e.stack[2].file, "t.m");
    auto top = r.error("x = 1;\nerror('top level');");
    EXPECT_EQ(top.raised_by, "");
    EXPECT_EQ(top.stack.at(0).line, 2u);
    std::string text = session::Session::format_error(r.run("x = 1;\ny = [1 2] * [3 4];"));
    EXPECT_NE(text.find("Incorrect dimensions for matrix multiplication"), std::string::npos);
    EXPECT_NE(text.find("Error in t.m (t.m:2:"), std::string::npos);
}

TEST(VmLanguage, WorkspaceKeepsAssignmentsBeforeAnError)
{
    Runner r;
    auto res = r.run("p = 1;\nq = [1 2 3];\nq(2) = 5;\nerror('stop');\nz = 3;");
    EXPECT_FALSE(res.ok);
    EXPECT_EQ(r.num("p"), 1);
    EXPECT_FALSE(r.session.get_variable("z").has_value());
    r.out("w = q(2);");
    EXPECT_EQ(r.num("w"), 5);
}

TEST(VmLanguage, SyntaxErrorsCompleteImmediately)
{
    Runner r;
    auto res = r.run("x = (1 + ;");
    EXPECT_FALSE(res.ok);
    ASSERT_TRUE(res.syntax_error);
    std::string text = session::Session::format_error(res);
    EXPECT_EQ(text.rfind("Error: File: t.m Line: 1 Column: ", 0), 0u) << text;
}

TEST(VmLanguage, FunctionFilesOnDisk)
{
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("runmat_vm_test_" + std::to_string(::getpid()));
    fs::create_directories(dir / "lib");
    std::ofstream(dir / "helper_add.m") << "function r = helper_add(a, b)\n  r = a + b + scale();\nend\nfunction s = scale()\n  s = 100;\nend\n";
    std::ofstream(dir / "lib" / "libfn.m") << "function [a, b] = libfn(x)\n  a = x * 2;\n  b = x * 3;\nend\n";
    std::ofstream(dir / "main_script.m") << "v = helper_add(1, 2);\n[p, q] = libfn(5);\nh = @helper_add; w = h(0, 0);\n";
    test::CaptureHost host;
    session::Session s(host);
    session::Session& sref = s;
    // The script's directory is searched; lib/ is found through addpath (the path config).
    sref.config().path.push_back((dir / "lib").string());
    session::ExecutionResult res;
    {
        async::LocalExecutor ex;
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
        auto id = ex.spawn(std::make_unique<T>(s.execute_file_async((dir / "main_script.m").string()), &res));
        ASSERT_TRUE(ex.run_until_complete(id));
    }
    EXPECT_TRUE(res.ok) << session::Session::format_error(res);
    EXPECT_EQ(s.get_variable("v")->num(), 103);
    EXPECT_EQ(s.get_variable("p")->num(), 10);
    EXPECT_EQ(s.get_variable("q")->num(), 15);
    EXPECT_EQ(s.get_variable("w")->num(), 100);
    // A syntax error in a function file is an error at the call.
    std::ofstream(dir / "lib" / "broken.m") << "function r = broken(\n";
    auto bad = s.execute("z = broken(1);");
    EXPECT_FALSE(bad.ok);
    fs::remove_all(dir);
}

TEST(VmLanguage, CellsMinimal)
{
    Runner r;
    r.out("c = {1, 'two', [3 4]}; n = numel(c); x = c{1}; v = c{3}; w = v(2); c{5} = 9; m = numel(c);");
    EXPECT_EQ(r.num("n"), 3);
    EXPECT_EQ(r.num("x"), 1);
    EXPECT_EQ(r.num("w"), 4);
    EXPECT_EQ(r.num("m"), 5);
}

TEST(VmLanguage, RegisterBuiltinIsSessionOnly)
{
    Runner r;
    r.session.register_builtin({ .name = "fortytwo",
        .fn = [](runtime::CallContext&, runtime::Args, runtime::Outs outs) -> VoidResult {
            outs[0] = runtime::Value::scalar(42);
            return {};
        },
        .min_in = 0, .max_in = 0, .max_out = 1 });
    r.out("v = fortytwo();");
    EXPECT_EQ(r.num("v"), 42);
    Runner other;
    EXPECT_EQ(other.error_id("v = fortytwo();"), "MATLAB:UndefinedFunction");
}
