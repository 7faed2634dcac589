// Session API: workspace access, error formatting, the file runner's search path, and the
// ExecuteFuture contract (syntax errors complete in the first poll).
#include "async/local_executor.hpp"
#include "session/session.hpp"
#include <gtest/gtest.h>

using namespace runmat;

namespace {

class Host final : public session::SessionHost {
public:
    void write_out(std::string_view t) override { out += t; }
    void write_err(std::string_view t) override { err += t; }
    std::string out, err;
};

struct Ctx {
    async::LocalExecutor ex;
    async::Context cx { async::Waker(), ex };
};

} // namespace

TEST(Session, SetAndGetVariables)
{
    Host h;
    session::Session s(h);
    s.set_variable("a", runtime::Value::scalar(4));
    EXPECT_TRUE(s.execute("b = a * 2;").ok);
    EXPECT_EQ(s.get_variable("b")->num(), 8);
    auto names = s.variable_names();
    EXPECT_NE(std::find(names.begin(), names.end(), "a"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), "b"), names.end());
    EXPECT_FALSE(s.get_variable("nope").has_value());
}

TEST(Session, SyntaxErrorFutureCompletesInFirstPoll)
{
    Host h;
    session::Session s(h);
    auto f = s.execute_async("x = [1 2", "<repl>");
    Ctx c;
    auto p = f.poll(c.cx);
    ASSERT_TRUE(p.is_ready());
    EXPECT_FALSE(p.value().ok);
    ASSERT_TRUE(p.value().syntax_error);
    std::string text = session::Session::format_error(p.value());
    EXPECT_EQ(text.rfind("Error: File: <repl> Line: 1 Column: ", 0), 0u) << text;
}

TEST(Session, FormatRuntimeError)
{
    session::ExecutionResult r;
    r.ok = false;
    RuntimeError e = make_error("MATLAB:minrhs", "Not enough input arguments.");
    e.raised_by = "f";
    e.stack.push_back({ "f", "/tmp/f.m", 3, 7 });
    e.stack.push_back({ "main.m", "main.m", 10, 1 });
    r.runtime_error = e;
    EXPECT_EQ(session::Session::format_error(r),
        "Error using f\nNot enough input arguments.\n\nError in f (/tmp/f.m:3:7)\nError in main.m (main.m:10:1)\n");
}

TEST(Session, OutputGoesToTheHost)
{
    Host h;
    session::Session s(h);
    EXPECT_TRUE(s.execute("fprintf('hi %d\\n', 3); fprintf(2, 'err\\n');").ok);
    EXPECT_EQ(h.out, "hi 3\n");
    EXPECT_EQ(h.err, "err\n");
}

TEST(Session, ExistSeesVariablesAndBuiltins)
{
    Host h;
    session::Session s(h);
    EXPECT_TRUE(s.execute("v = 1; a = exist('v'); b = exist('sin'); c = exist('no_such_name_xyz');").ok);
    EXPECT_EQ(s.get_variable("a")->num(), 1);
    EXPECT_EQ(s.get_variable("b")->num(), 5);
    EXPECT_EQ(s.get_variable("c")->num(), 0);
}
