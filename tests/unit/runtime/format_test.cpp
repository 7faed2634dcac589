// sprintf/fprintf formatting, num2str/mat2str/int2str, disp/display builtins, and the error,
// warning and assert builtins.
#include "runtime/format.hpp"
#include "value_test_support.hpp"
#include <limits>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

constexpr double INF = std::numeric_limits<double>::infinity();
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

std::string fmt(std::string_view f, std::vector<Value> const& args = {})
{
    auto r = format_printf(f, args);
    EXPECT_FALSE(r.is_error()) << (r.is_error() ? r.error().message : "");
    return r.is_error() ? std::string("<error>") : r.value();
}

// Runs a builtin with its own environment and state so output and warnings can be inspected.
class Builtins : public ::testing::Test {
protected:
    runmat::Result<std::vector<Value>> run(std::string_view name, std::vector<Value> const& args, int nargout = 1)
    {
        BuiltinSpec const* spec = builtins().find(name);
        if (!spec)
            return runmat::make_error("Test:noBuiltin", std::string(name));
        CallContext cx { state, env, name, nargout, nullptr };
        std::vector<Value> outs(static_cast<size_t>(nargout > 1 ? nargout : 1));
        runmat::VoidResult r = spec->fn(cx, args, outs);
        if (r.is_error())
            return r.release_error();
        return outs;
    }
    // A statement-context call that must succeed.
    void exec(std::string_view name, std::vector<Value> const& args)
    {
        auto r = run(name, args, 0);
        EXPECT_FALSE(r.is_error()) << name << ": " << (r.is_error() ? r.error().message : "");
    }
    std::string run_text(std::string_view name, std::vector<Value> const& args)
    {
        auto r = run(name, args);
        EXPECT_FALSE(r.is_error()) << name << ": " << (r.is_error() ? r.error().message : "");
        return r.is_error() ? std::string("<error>") : text(r.value()[0]);
    }
    RuntimeState state;
    NullEnvironment env;
};

// Row r of a char matrix as text.
std::string char_row_text(Value const& v, size_t r)
{
    auto* c = v.as_char_array();
    std::string out;
    for (size_t j = 0; j < c->shape().cols(); ++j)
        out += static_cast<char>(c->data()[r + j * c->shape().rows()]);
    return out;
}

} // namespace

// ---- format_printf ------------------------------------------------------------------------

TEST(Printf, Basics)
{
    EXPECT_EQ(fmt("hello"), "hello");
    EXPECT_EQ(fmt("%d", { num(42) }), "42");
    EXPECT_EQ(fmt("%i|%u", { num(-3), num(7) }), "-3|7");
    EXPECT_EQ(fmt("%f", { num(M_PI) }), "3.141593");
    EXPECT_EQ(fmt("%e", { num(M_PI) }), "3.141593e+00");
    EXPECT_EQ(fmt("%E", { num(12345.678) }), "1.234568E+04");
    EXPECT_EQ(fmt("%g %G", { num(1e-5), num(1e-5) }), "1e-05 1E-05");
    EXPECT_EQ(fmt("%g", { num(123456789) }), "1.23457e+08");
    EXPECT_EQ(fmt("%x %X %o", { num(255), num(255), num(8) }), "ff FF 10");
    EXPECT_EQ(fmt("%#o %#x", { num(8), num(255) }), "010 0xff");
    EXPECT_EQ(fmt("%s", { str("abc") }), "abc");
    EXPECT_EQ(fmt("%c%c%c", { num(72), num(105), num(33) }), "Hi!");
    EXPECT_EQ(fmt("100%%"), "100%");
    EXPECT_EQ(fmt("%d%%", { num(50) }), "50%");
}

TEST(Printf, FlagsWidthPrecision)
{
    EXPECT_EQ(fmt("[%8.3f]", { num(M_PI) }), "[   3.142]");
    EXPECT_EQ(fmt("[%-8.3f]", { num(M_PI) }), "[3.142   ]");
    EXPECT_EQ(fmt("[%+d]", { num(5) }), "[+5]");
    EXPECT_EQ(fmt("[% d]", { num(5) }), "[ 5]");
    EXPECT_EQ(fmt("[%05d]", { num(42) }), "[00042]");
    EXPECT_EQ(fmt("[%.3d]", { num(7) }), "[007]");
    EXPECT_EQ(fmt("[%10s]", { str("hi") }), "[        hi]");
    EXPECT_EQ(fmt("[%-10s]", { str("hi") }), "[hi        ]");
    EXPECT_EQ(fmt("[%.3s]", { str("abcdef") }), "[abc]");
    EXPECT_EQ(fmt("[%*d|%-*d]", { num(5), num(3), num(4), num(7) }), "[    3|7   ]");
    EXPECT_EQ(fmt("[%.*f]", { num(2), num(M_PI) }), "[3.14]");
    EXPECT_EQ(fmt("[%5c]", { num(65) }), "[    A]");
    EXPECT_EQ(fmt("%ld %lu %hd", { num(1), num(2), num(3) }), "1 2 3");
}

TEST(Printf, Escapes)
{
    EXPECT_EQ(fmt("a\\nb\\tc\\\\d"), "a\nb\tc\\d");
    EXPECT_EQ(fmt("\\x41\\101"), "AA");
    EXPECT_EQ(fmt("\\r\\a"), "\r\a");
    EXPECT_EQ(fmt("\\xe9"), "\xC3\xA9");
    // Escapes in the data are not processed.
    EXPECT_EQ(fmt("%s", { str("a\\nb") }), "a\\nb");
}

TEST(Printf, FormatRecycling)
{
    EXPECT_EQ(fmt("%d\\n", { row({ 1, 2, 3 }) }), "1\n2\n3\n");
    EXPECT_EQ(fmt("%d, %d\\n", { row({ 1, 2, 3 }) }), "1, 2\n3, ");
    EXPECT_EQ(fmt("%d,", { row({ 1, 2, 3, 4, 5 }) }), "1,2,3,4,5,");
    EXPECT_EQ(fmt("%d %d\\n", { mat(2, 2, { 1, 3, 2, 4 }) }), "1 3\n2 4\n");
    EXPECT_EQ(fmt("%d %s\\n", { num(1), str("abc"), num(2), str("de") }), "1 abc\n2 de\n");
    EXPECT_EQ(fmt("%s\\n", { str("abc"), str("de") }), "abc\nde\n");
    EXPECT_EQ(fmt("k%d_%d", { num(12), num(6) }), "k12_6");
    EXPECT_EQ(fmt("hello", { num(5) }), "hello");
}

// MATLAB: "If literalText contains a formatting operator, sprintf discards it and all
// characters after". An empty argument is one element that prints as nothing.
TEST(Printf, NoData)
{
    EXPECT_EQ(fmt("a%db"), "a");
    EXPECT_EQ(fmt("line\\n%d\\n"), "line\n");
    EXPECT_EQ(fmt("x=%d\\n", { Value::empty() }), "x=\n");
    EXPECT_EQ(fmt("[%s]\\n", { str("") }), "[]\n");
    EXPECT_EQ(fmt("%d", { Value::empty() }), "");
    EXPECT_EQ(fmt("%d,%d|", { Value::empty(), num(5) }), ",5|");
    EXPECT_EQ(fmt("[%s] %s|", { str(""), str("abc") }), "[] abc|");
    EXPECT_EQ(fmt("[%3s]", { str("") }), "[   ]");
}

TEST(Printf, InvalidOperatorStopsOutput)
{
    EXPECT_EQ(fmt("value = %z and more", { num(1) }), "value = ");
    EXPECT_EQ(fmt("%d %q", { num(1) }), "1 ");
}

TEST(Printf, MatlabFallbacks)
{
    EXPECT_EQ(fmt("%d", { num(1.5) }), "1.500000e+00");
    EXPECT_EQ(fmt("%i", { num(-0.25) }), "-2.500000e-01");
    EXPECT_EQ(fmt("%s", { num(65) }), "A");
    EXPECT_EQ(fmt("%s", { row({ 72, 105 }) }), "Hi");
    EXPECT_EQ(fmt("%s", { num(3.14) }), "3.140000e+00");
    EXPECT_EQ(fmt("%d", { str("ab") }), "9798");
    EXPECT_EQ(fmt("%f", { str("a") }), "97.000000");
    EXPECT_EQ(fmt("%d", { Value::logical(true) }), "1");
    EXPECT_EQ(fmt("%d", { num(1e20) }), "100000000000000000000");
    EXPECT_EQ(fmt("%d", { num(9007199254740992.0) }), "9007199254740992");
    EXPECT_EQ(fmt("%d", { num(-0.0) }), "0");
    EXPECT_EQ(fmt("%x", { num(-1) }), "-1.000000e+00");
    EXPECT_EQ(fmt("%d", { Value::complex(3, 4) }), "3");
}

TEST(Printf, NonFinite)
{
    EXPECT_EQ(fmt("%d", { num(INF) }), "Inf");
    EXPECT_EQ(fmt("%5d|", { num(-INF) }), " -Inf|");
    EXPECT_EQ(fmt("%f", { num(NaN) }), "NaN");
    EXPECT_EQ(fmt("%-6.2f|", { num(INF) }), "Inf   |");
    EXPECT_EQ(fmt("%g %e", { num(-INF), num(NaN) }), "-Inf NaN");
}

TEST(Printf, CharAndUnicode)
{
    EXPECT_EQ(fmt("%s|", { str("h\xC3\xA9") }), "h\xC3\xA9|");
    EXPECT_EQ(fmt("%c", { num(233) }), "\xC3\xA9");
    EXPECT_EQ(fmt("%c", { str("ab") }), "ab");
}

TEST(Printf, InvalidData)
{
    auto h = make_ref<FunctionHandle>();
    h->name = "sin";
    std::vector<Value> args { Value::object(std::move(h)) };
    auto r = format_printf("%d", args);
    expect_error(r, "MATLAB:printf:invalidInputType", "Function is not defined for 'function_handle' inputs.");
}

TEST(Printf, WideField)
{
    std::string s = fmt("%300d", { num(1) });
    EXPECT_EQ(s.size(), 300u);
    EXPECT_EQ(s.back(), '1');
}

TEST(Printf, ValueToUtf8)
{
    auto r = value_to_utf8(str("abc"));
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(r.value(), "abc");
    EXPECT_TRUE(value_to_utf8(num(1)).is_error());
}

// ---- sprintf / fprintf builtins -----------------------------------------------------------

TEST_F(Builtins, Sprintf)
{
    EXPECT_EQ(run_text("sprintf", { str("%d + %d = %d"), num(2), num(3), num(5) }), "2 + 3 = 5");
    auto r = run("sprintf", { str("%d"), Value::empty() });
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(r.value()[0].dims(), Dims(1, 0));
    expect_error(run("sprintf", { num(5) }), "MATLAB:sprintf:invalidFormat");
}

TEST_F(Builtins, Fprintf)
{
    auto r = run("fprintf", { str("%d-%s\\n"), num(7), str("x") }, 0);
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(env.out, "7-x\n");
    EXPECT_FALSE(r.value()[0].is_defined()); // no ans from a statement-context fprintf
    exec("fprintf", { num(2), str("oops\\n") });
    EXPECT_EQ(env.err, "oops\n");
    exec("fprintf", { num(1), str("one\\n") });
    EXPECT_EQ(env.out, "7-x\none\n");
    auto n = run("fprintf", { str("abc") }, 1);
    ASSERT_FALSE(n.is_error());
    EXPECT_EQ(n.value()[0].num(), 3);
    expect_error(run("fprintf", { num(7), str("x") }, 0), "MATLAB:FileIO:InvalidFid",
        "Invalid file identifier.  Use fopen to generate a valid file identifier.");
}

TEST_F(Builtins, DispAndDisplay)
{
    exec("disp", { num(5) });
    exec("disp", { str("hi") });
    EXPECT_EQ(env.out, "     5\nhi\n");
    env.out.clear();
    exec("display", { num(5), str("y") });
    EXPECT_EQ(env.out, "y =\n\n     5\n\n");
    env.out.clear();
    state.format.compact = true;
    exec("disp", { num(5) });
    EXPECT_EQ(env.out, "     5\n");
}

// ---- num2str / int2str / mat2str ----------------------------------------------------------

TEST_F(Builtins, Num2strScalars)
{
    EXPECT_EQ(run_text("num2str", { num(M_PI) }), "3.1416");
    EXPECT_EQ(run_text("num2str", { num(123456789) }), "123456789");
    EXPECT_EQ(run_text("num2str", { num(0.1 + 0.2) }), "0.3");
    EXPECT_EQ(run_text("num2str", { num(1e10) }), "10000000000");
    EXPECT_EQ(run_text("num2str", { num(1e20) }), "100000000000000000000");
    EXPECT_EQ(run_text("num2str", { num(-0.5) }), "-0.5");
    EXPECT_EQ(run_text("num2str", { Value::logical(true) }), "1");
    EXPECT_EQ(run_text("num2str", { num(123.456) }), "123.456");
    EXPECT_EQ(run_text("num2str", { num(1e-5) }), "1e-05");
    EXPECT_EQ(run_text("num2str", { num(1.23456789e-10) }), "1.2346e-10");
    EXPECT_EQ(run_text("num2str", { num(99999.5) }), "99999.5");
    EXPECT_EQ(run_text("num2str", { num(NaN) }), "NaN");
    EXPECT_EQ(run_text("num2str", { num(-INF) }), "-Inf");
    EXPECT_EQ(run_text("num2str", { num(0) }), "0");
    EXPECT_EQ(run_text("num2str", { str("abc") }), "abc");
    EXPECT_EQ(run_text("num2str", { Value::complex(1, 2) }), "1+2i");
    EXPECT_EQ(run_text("num2str", { Value::complex(1.5, -0.25) }), "1.5-0.25i");
}

TEST_F(Builtins, Num2strMatrices)
{
    EXPECT_EQ(run_text("num2str", { row({ 1, 2, 3 }) }), "1  2  3");
    EXPECT_EQ(run_text("num2str", { row({ 1.5, 2.5 }) }), "1.5         2.5");
    EXPECT_EQ(run_text("num2str", { row({ 10, 200 }) }), "10  200");
    auto r = run("num2str", { mat(2, 2, { 10, 3, 200, 4 }) });
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(char_row_text(r.value()[0], 0), "10  200");
    EXPECT_EQ(char_row_text(r.value()[0], 1), " 3    4");
    auto c = run("num2str", { col({ M_PI, -2.5 }) });
    ASSERT_FALSE(c.is_error());
    EXPECT_EQ(char_row_text(c.value()[0], 0), "3.1416");
    EXPECT_EQ(char_row_text(c.value()[0], 1), "  -2.5");
    auto n = run("num2str", { row({ 1, -2, 3 }) });
    ASSERT_FALSE(n.is_error());
    EXPECT_EQ(text(n.value()[0]), "1  -2   3");
}

TEST_F(Builtins, Num2strPrecisionAndFormat)
{
    EXPECT_EQ(run_text("num2str", { num(M_PI), num(8) }), "3.1415927");
    EXPECT_EQ(run_text("num2str", { num(M_PI), str("%8.4f") }), "  3.1416");
    EXPECT_EQ(run_text("num2str", { row({ 1, 2, 3 }), str("%d,") }), "1,2,3,");
    EXPECT_EQ(run_text("num2str", { num(1234.5678), num(2) }), "1.2e+03");
}

TEST_F(Builtins, Int2str)
{
    EXPECT_EQ(run_text("int2str", { num(2.5) }), "3");
    EXPECT_EQ(run_text("int2str", { num(-2.5) }), "-3");
    EXPECT_EQ(run_text("int2str", { row({ 1.4, 2.6 }) }), "1  3");
}

TEST_F(Builtins, Mat2str)
{
    EXPECT_EQ(run_text("mat2str", { mat(2, 2, { 1, 3, 2, 4 }) }), "[1 2;3 4]");
    EXPECT_EQ(run_text("mat2str", { num(M_PI) }), "3.14159265358979");
    EXPECT_EQ(run_text("mat2str", { row({ M_PI, M_E }), num(4) }), "[3.142 2.718]");
    EXPECT_EQ(run_text("mat2str", { col({ 1, 2 }) }), "[1;2]");
    EXPECT_EQ(run_text("mat2str", { logical_row({ 1, 0 }) }), "[true false]");
    EXPECT_EQ(run_text("mat2str", { Value::logical(true) }), "true");
    EXPECT_EQ(run_text("mat2str", { str("abc") }), "'abc'");
    EXPECT_EQ(run_text("mat2str", { str("it's") }), "'it''s'");
    EXPECT_EQ(run_text("mat2str", { mat(0, 3, {}) }), "zeros(0,3)");
    EXPECT_EQ(run_text("mat2str", { Value::empty() }), "zeros(0,0)");
    EXPECT_EQ(run_text("mat2str", { cplx_row({ 1, 3 }, { 2, -4 }) }), "[1+2i 3-4i]");
    EXPECT_EQ(run_text("mat2str", { row({ INF, -INF, NaN }) }), "[Inf -Inf NaN]");
    EXPECT_EQ(run_text("mat2str", { num(0.1) }), "0.1");
    EXPECT_EQ(run_text("mat2str", { num(-0.0) }), "0");
    EXPECT_EQ(run_text("mat2str", { row({ 1, 2 }), str("class") }), "double([1 2])");
    expect_error(run("mat2str", { nd({ 1, 1, 2 }, { 1, 2 }) }), "MATLAB:mat2str:TwoDInput");
}

// ---- error / warning / assert -------------------------------------------------------------

TEST_F(Builtins, ErrorMessageOnly)
{
    auto r = run("error", { str("100% sure\\n") }, 0);
    expect_error(r, "", "100% sure\\n"); // one argument: taken literally
    EXPECT_EQ(r.error().raised_by, "");
}

TEST_F(Builtins, ErrorFormatted)
{
    expect_error(run("error", { str("value %d is too big"), num(7) }, 0), "", "value 7 is too big");
    expect_error(run("error", { str("my:id"), str("bad %s\\tx"), str("thing") }, 0), "my:id", "bad thing\tx");
    expect_error(run("error", { str("pkg:sub:id"), str("plain") }, 0), "pkg:sub:id", "plain");
    // One argument that looks like an id is still just a message.
    expect_error(run("error", { str("a:b") }, 0), "", "a:b");
    // Text with blanks is a format, not an identifier.
    expect_error(run("error", { str("Value: %d"), num(3) }, 0), "", "Value: 3");
}

TEST_F(Builtins, ErrorEmptyMessageDoesNothing)
{
    EXPECT_FALSE(run("error", { str("") }, 0).is_error());
    EXPECT_FALSE(run("error", { str("my:id"), str("") }, 0).is_error());
}

TEST_F(Builtins, Warning)
{
    exec("warning", { str("careful %d"), num(3) });
    EXPECT_EQ(env.err, "Warning: careful 3\n");
    EXPECT_EQ(state.last_warning_msg, "careful 3");
    exec("warning", { str("my:w"), str("second") });
    EXPECT_EQ(env.err, "Warning: careful 3\nWarning: second\n");
    EXPECT_EQ(state.last_warning_id, "my:w");
    exec("warning", { str("off"), str("my:w") });
    exec("warning", { str("my:w"), str("hidden") });
    exec("warning", { str("other:w"), str("shown") });
    EXPECT_EQ(env.err, "Warning: careful 3\nWarning: second\nWarning: shown\n");
    exec("warning", { str("off"), str("all") });
    exec("warning", { str("anything") });
    EXPECT_EQ(env.err, "Warning: careful 3\nWarning: second\nWarning: shown\n");
    exec("warning", { str("on"), str("all") });
    exec("warning", { str("back") });
    EXPECT_EQ(env.err, "Warning: careful 3\nWarning: second\nWarning: shown\nWarning: back\n");
}

TEST_F(Builtins, Lastwarn)
{
    exec("warning", { str("my:w"), str("msg") });
    auto r = run("lastwarn", {}, 2);
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(text(r.value()[0]), "msg");
    EXPECT_EQ(text(r.value()[1]), "my:w");
    exec("lastwarn", { str("") });
    EXPECT_EQ(state.last_warning_msg, "");
}

TEST_F(Builtins, Assert)
{
    EXPECT_FALSE(run("assert", { Value::logical(true) }, 0).is_error());
    EXPECT_FALSE(run("assert", { row({ 1, 2 }) }, 0).is_error());
    auto r = run("assert", { Value::logical(false) }, 0);
    expect_error(r, "MATLAB:assertion:failed", "Assertion failed.");
    EXPECT_EQ(r.error().raised_by, "assert");
    expect_error(run("assert", { row({ 1, 0 }) }, 0), "MATLAB:assertion:failed");
    expect_error(run("assert", { num(0), str("custom") }, 0), "", "custom");
    expect_error(run("assert", { num(0), str("x is %d"), num(4) }, 0), "", "x is 4");
    expect_error(run("assert", { num(0), str("my:id"), str("x is %d"), num(4) }, 0), "my:id", "x is 4");
}
