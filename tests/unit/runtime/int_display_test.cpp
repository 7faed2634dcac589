// Display and text conversion of the integer classes and single: auto-display with class
// headers, disp, empty values, N-d pages, format long for single, and sprintf / num2str /
// int2str / mat2str with exact int64/uint64 values.
#include "runtime/display.hpp"
#include "runtime/format.hpp"
#include "value_test_support.hpp"
#include <limits>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

using N = FormatOptions::Numeric;

FormatOptions opts(N n = N::Short, bool compact = false)
{
    FormatOptions f;
    f.numeric = n;
    f.compact = compact;
    return f;
}

std::string show(Value const& v, FormatOptions const& f = opts()) { return display_value("x", v, f); }
std::string disp(Value const& v, FormatOptions const& f = opts()) { return disp_value(v, f); }

Value as(char const* cls, Value const& v) { return call1(cls, { v }); }
Value i8(std::vector<double> const& v) { return as("int8", row(v)); }

Value int64_max() { return call1("intmax", { str("int64") }); }
Value int64_min() { return call1("intmin", { str("int64") }); }
Value uint64_max() { return call1("intmax", { str("uint64") }); }

std::string sprintf_text(std::string_view fmt, std::vector<Value> const& args)
{
    auto r = format_printf(fmt, args);
    EXPECT_FALSE(r.is_error());
    return r.is_error() ? std::string() : r.value();
}

} // namespace

TEST(IntDisplay, Scalars)
{
    EXPECT_EQ(show(as("int8", num(5))), "x =\n\n  int8\n\n   5\n\n");
    EXPECT_EQ(show(as("int8", num(-5))), "x =\n\n  int8\n\n   -5\n\n");
    EXPECT_EQ(show(as("uint16", num(65535))), "x =\n\n  uint16\n\n   65535\n\n");
    EXPECT_EQ(show(int64_max()), "x =\n\n  int64\n\n   9223372036854775807\n\n");
    EXPECT_EQ(show(int64_min()), "x =\n\n  int64\n\n   -9223372036854775808\n\n");
    EXPECT_EQ(show(uint64_max()), "x =\n\n  uint64\n\n   18446744073709551615\n\n");
    // format does not change how integers print.
    EXPECT_EQ(show(as("int32", num(7)), opts(N::Long)), "x =\n\n  int32\n\n   7\n\n");
    EXPECT_EQ(show(as("int32", num(7)), opts(N::Short, true)), "x =\n  int32\n   7\n");
}

TEST(IntDisplay, Arrays)
{
    EXPECT_EQ(show(i8({ 1, 2, 3 })), "x =\n\n  1×3 int8 row vector\n\n   1   2   3\n\n");
    EXPECT_EQ(show(as("uint16", row({ 256, 512 }))), "x =\n\n  1×2 uint16 row vector\n\n   256   512\n\n");
    // One width for the whole array: the longest text (sign included) plus three spaces.
    EXPECT_EQ(show(i8({ -5, 10, 127 })), "x =\n\n  1×3 int8 row vector\n\n    -5    10   127\n\n");
    EXPECT_EQ(show(as("int16", mat(2, 2, { 1, -20, 100, 5 }))), "x =\n\n  2×2 int16 matrix\n\n     1   100\n   -20     5\n\n");
    EXPECT_EQ(show(as("uint8", col({ 1, 2 }))), "x =\n\n  2×1 uint8 column vector\n\n   1\n   2\n\n");
}

TEST(IntDisplay, DispHasNoHeader)
{
    EXPECT_EQ(disp(as("int8", num(5))), "   5\n");
    EXPECT_EQ(disp(i8({ 1, 2, 3 })), "   1   2   3\n");
    EXPECT_EQ(disp(int64_max()), "   9223372036854775807\n");
    EXPECT_EQ(disp(as("int8", row({}))), "");
}

TEST(IntDisplay, EmptyAndNd)
{
    EXPECT_EQ(show(as("int8", Value::empty())), "x =\n\n  0×0 empty int8 matrix\n\n");
    EXPECT_EQ(show(as("uint32", mat(0, 1, {}))), "x =\n\n  0×1 empty uint32 column vector\n\n");
    EXPECT_EQ(show(as("int16", mat(1, 0, {}))), "x =\n\n  1×0 empty int16 row vector\n\n");
    Value z = call1("ones", { num(2), num(1), num(2), str("int8") });
    EXPECT_EQ(show(z), "  2×1×2 int8 array\n\nx(:,:,1) =\n\n   1\n   1\n\nx(:,:,2) =\n\n   1\n   1\n\n");
}

TEST(IntDisplay, WideArraysSplitIntoColumnBlocks)
{
    std::vector<double> v(30);
    for (size_t i = 0; i < v.size(); ++i)
        v[i] = static_cast<double>(i + 1);
    std::string s = show(as("uint8", row(v)));
    // Width 5 per column: 16 columns fit in 80.
    EXPECT_NE(s.find("  Columns 1 through 16\n\n"), std::string::npos) << s;
    EXPECT_NE(s.find("  Columns 17 through 30\n\n"), std::string::npos) << s;
}

TEST(SingleDisplay, ScalarsAndArrays)
{
    EXPECT_EQ(show(as("single", num(M_PI))), "x =\n\n  single\n\n    3.1416\n\n");
    EXPECT_EQ(show(as("single", num(5))), "x =\n\n  single\n\n     5\n\n");
    EXPECT_EQ(show(as("single", row({ 1, 2, 3 }))), "x =\n\n  1×3 single row vector\n\n     1     2     3\n\n");
    EXPECT_EQ(show(as("single", mat(2, 2, { 1.5, -3, 2.25, 4 }))),
        "x =\n\n  2×2 single matrix\n\n    1.5000    2.2500\n   -3.0000    4.0000\n\n");
    EXPECT_EQ(show(call1("realmax", { str("single") })), "x =\n\n  single\n\n   3.4028e+38\n\n");
    EXPECT_EQ(show(as("single", Value::empty())), "x =\n\n  0×0 empty single matrix\n\n");
    EXPECT_EQ(disp(as("single", num(M_PI))), "    3.1416\n");
}

TEST(SingleDisplay, FormatLongShowsSevenDecimals)
{
    EXPECT_EQ(show(as("single", num(M_PI)), opts(N::Long)), "x =\n\n  single\n\n   3.1415927\n\n");
    EXPECT_EQ(show(as("single", row({ M_PI, M_E })), opts(N::Long)),
        "x =\n\n  1×2 single row vector\n\n   3.1415927   2.7182817\n\n");
    // The value is the float's own: single(0.1) is 0.100000001490116...
    EXPECT_EQ(show(as("single", num(0.1)), opts(N::Long)), "x =\n\n  single\n\n   0.1000000\n\n");
}

TEST(IntFormat, SprintfIsExactFor64BitIntegers)
{
    EXPECT_EQ(sprintf_text("%d", { int64_max() }), "9223372036854775807");
    EXPECT_EQ(sprintf_text("%d", { int64_min() }), "-9223372036854775808");
    EXPECT_EQ(sprintf_text("%d", { uint64_max() }), "18446744073709551615");
    EXPECT_EQ(sprintf_text("%u|%x", { uint64_max(), uint64_max() }), "18446744073709551615|ffffffffffffffff");
    EXPECT_EQ(sprintf_text("%25d|", { int64_max() }), "      9223372036854775807|");
    EXPECT_EQ(sprintf_text("%+d", { uint64_max() }), "+18446744073709551615");
    EXPECT_EQ(sprintf_text("%d %d\n", { i8({ -1, 2, 3 }) }), "-1 2\n3 ");
    EXPECT_EQ(sprintf_text("%g", { as("single", num(0.5)) }), "0.5");
}

TEST(IntFormat, Num2strInt2strMat2str)
{
    EXPECT_EQ(text(call1("num2str", { i8({ 1, 2, 3 }) })), "1  2  3");
    EXPECT_EQ(text(call1("num2str", { i8({ -1, 2, 3 }) })), "-1   2   3");
    EXPECT_EQ(text(call1("num2str", { int64_max() })), "9223372036854775807");
    EXPECT_EQ(text(call1("num2str", { uint64_max(), str("%d") })), "18446744073709551615");
    EXPECT_EQ(text(call1("num2str", { as("single", num(M_PI)) })), "3.1416");
    EXPECT_EQ(text(call1("int2str", { int64_min() })), "-9223372036854775808");
    EXPECT_EQ(text(call1("mat2str", { i8({ 1, 2 }) })), "[1 2]");
    EXPECT_EQ(text(call1("mat2str", { i8({ 1, 2 }), str("class") })), "int8([1 2])");
    EXPECT_EQ(text(call1("mat2str", { as("int16", mat(2, 2, { -3, 6, 4, 9 })), str("class") })), "int16([-3 4;6 9])");
    EXPECT_EQ(text(call1("mat2str", { uint64_max() })), "18446744073709551615");
    EXPECT_EQ(text(call1("mat2str", { as("single", num(2.5)), str("class") })), "single(2.5)");
    EXPECT_EQ(text(call1("mat2str", { as("uint8", Value::empty()), str("class") })), "zeros(0,0,'uint8')");
}
