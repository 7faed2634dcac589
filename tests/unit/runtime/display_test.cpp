// Auto-display and disp text, checked against MATLAB's output (format loose by default). The
// blank-line layout follows display.cpp's BLANK_BEFORE_NAME / BLANK_AFTER_DISP (both off).
#include "runtime/display.hpp"
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

constexpr double INF = std::numeric_limits<double>::infinity();
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

Value logical_mat(size_t r, size_t c, std::vector<int> const& v)
{
    auto a = make_ref<LogicalArray>(Dims(r, c));
    for (size_t i = 0; i < v.size(); ++i)
        a->data()[i] = static_cast<uint8_t>(v[i]);
    return make_logical(std::move(a));
}

Value char_mat(std::vector<std::string> const& rows)
{
    auto a = make_ref<CharArray>(Dims(rows.size(), rows[0].size()));
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t c = 0; c < rows[r].size(); ++c)
            a->data()[r + c * rows.size()] = static_cast<char16_t>(rows[r][c]);
    return make_char(std::move(a));
}

Value handle(std::string text)
{
    auto h = make_ref<FunctionHandle>();
    h->text = std::move(text);
    return Value::object(std::move(h));
}

} // namespace

// ---- double scalars -----------------------------------------------------------------------

TEST(Display, IntegerScalarWidths)
{
    EXPECT_EQ(show(num(5)), "x =\n\n     5\n\n");
    EXPECT_EQ(show(num(-5)), "x =\n\n    -5\n\n");
    EXPECT_EQ(show(num(100)), "x =\n\n   100\n\n");
    EXPECT_EQ(show(num(1000)), "x =\n\n        1000\n\n");
    EXPECT_EQ(show(num(123456789)), "x =\n\n   123456789\n\n");
    EXPECT_EQ(show(num(1e9)), "x =\n\n   1.0000e+09\n\n");
    EXPECT_EQ(show(num(0)), "x =\n\n     0\n\n");
    EXPECT_EQ(show(num(-0.0)), "x =\n\n     0\n\n");
}

TEST(Display, NonIntegerScalars)
{
    EXPECT_EQ(show(num(M_PI)), "x =\n\n    3.1416\n\n");
    EXPECT_EQ(show(num(-M_PI)), "x =\n\n   -3.1416\n\n");
    EXPECT_EQ(show(num(0.5)), "x =\n\n    0.5000\n\n");
    EXPECT_EQ(show(num(123.456)), "x =\n\n  123.4560\n\n");
    EXPECT_EQ(show(num(1234.5)), "x =\n\n   1.2345e+03\n\n");
    EXPECT_EQ(show(num(0.001)), "x =\n\n   1.0000e-03\n\n");
    EXPECT_EQ(show(num(0.002)), "x =\n\n    0.0020\n\n");
    EXPECT_EQ(show(num(1e10)), "x =\n\n   1.0000e+10\n\n");
    EXPECT_EQ(show(num(-2.5e-7)), "x =\n\n  -2.5000e-07\n\n");
    EXPECT_EQ(show(num(999.99999)), "x =\n\n   1.0000e+03\n\n");
}

TEST(Display, NonFiniteScalars)
{
    EXPECT_EQ(show(num(NaN)), "x =\n\n   NaN\n\n");
    EXPECT_EQ(show(num(INF)), "x =\n\n   Inf\n\n");
    EXPECT_EQ(show(num(-INF)), "x =\n\n  -Inf\n\n");
}

TEST(Display, BoxedScalarMatchesUnboxed)
{
    EXPECT_EQ(show(Value::scalar(7).boxed()), show(num(7)));
}

TEST(Display, AnsName)
{
    EXPECT_EQ(display_value("ans", num(3), opts()), "ans =\n\n     3\n\n");
}

// ---- double matrices ----------------------------------------------------------------------

TEST(Display, IntegerMatrices)
{
    EXPECT_EQ(show(row({ 1, 2, 3 })), "x =\n\n     1     2     3\n\n");
    EXPECT_EQ(show(mat(2, 2, { 1, 3, 2, 4 })), "x =\n\n     1     2\n     3     4\n\n");
    EXPECT_EQ(show(row({ -1, 0, 1 })), "x =\n\n    -1     0     1\n\n");
    EXPECT_EQ(show(row({ 1, 1000 })), "x =\n\n           1        1000\n\n");
    EXPECT_EQ(show(col({ 2, 1024 })), "x =\n\n           2\n        1024\n\n");
}

TEST(Display, NonFiniteInsideMatrices)
{
    EXPECT_EQ(show(row({ NaN, 1, 3, NaN, 2 })), "x =\n\n   NaN     1     3   NaN     2\n\n");
    EXPECT_EQ(show(row({ NaN, 1, 3.4, NaN, 2 })),
        "x =\n\n       NaN    1.0000    3.4000       NaN    2.0000\n\n");
    EXPECT_EQ(show(row({ INF, -INF })), "x =\n\n   Inf  -Inf\n\n");
    EXPECT_EQ(show(row({ NaN, NaN })), "x =\n\n   NaN   NaN\n\n");
}

TEST(Display, NonIntegerMatrices)
{
    EXPECT_EQ(show(row({ 1.5, 2.5 })), "x =\n\n    1.5000    2.5000\n\n");
    EXPECT_EQ(show(row({ 0, 1.5 })), "x =\n\n         0    1.5000\n\n");
    EXPECT_EQ(show(row({ -1.5, 2 })), "x =\n\n   -1.5000    2.0000\n\n");
    EXPECT_EQ(show(row({ 151, 19.9998 })), "x =\n\n  151.0000   19.9998\n\n");
    EXPECT_EQ(show(row({ 0.3729, 6.5574e-04, 0.1393 })), "x =\n\n    0.3729    0.0007    0.1393\n\n");
    EXPECT_EQ(show(row({ 1e-10, 1 })), "x =\n\n    0.0000    1.0000\n\n");
    EXPECT_EQ(show(row({ -1e-10, 1 })), "x =\n\n   -0.0000    1.0000\n\n");
}

TEST(Display, ScaleFactor)
{
    EXPECT_EQ(show(row({ 1.5, 1000.5 })), "x =\n\n   1.0e+03 *\n\n    0.0015    1.0005\n\n");
    EXPECT_EQ(show(row({ 6.5574e-04, 6.5574e-04 })), "x =\n\n   1.0e-03 *\n\n    0.6557    0.6557\n\n");
    EXPECT_EQ(show(row({ 1e9, 1e99 })), "x =\n\n   1.0e+99 *\n\n    0.0000    1.0000\n\n");
    double e = 2.220446049250313e-16;
    EXPECT_EQ(show(mat(2, 2, { e, 0, 0, e })),
        "x =\n\n   1.0e-15 *\n\n    0.2220         0\n         0    0.2220\n\n");
    // Integers beyond 1e9 are scaled too.
    EXPECT_EQ(show(row({ 1, 1e10 })), "x =\n\n   1.0e+10 *\n\n    0.0000    1.0000\n\n");
    EXPECT_EQ(show(row({ 0.001, 0.002 })), "x =\n\n    0.0010    0.0020\n\n");
}

TEST(Display, EmptyDouble)
{
    EXPECT_EQ(show(Value::empty()), "x =\n\n     []\n\n");
    EXPECT_EQ(show(mat(0, 3, {})), "x =\n\n  0\xC3\x97" "3 empty double matrix\n\n");
    EXPECT_EQ(show(mat(1, 0, {})), "x =\n\n  1\xC3\x97" "0 empty double row vector\n\n");
    EXPECT_EQ(show(mat(0, 1, {})), "x =\n\n  0\xC3\x97" "1 empty double column vector\n\n");
    EXPECT_EQ(show(nd({ 3, 0, 2 }, {})), "x =\n\n  3\xC3\x97" "0\xC3\x97" "2 empty double array\n\n");
}

TEST(Display, ColumnBlocks)
{
    std::vector<double> v;
    for (int i = 1; i <= 20; ++i)
        v.push_back(i);
    EXPECT_EQ(show(row(v)),
        "x =\n\n  Columns 1 through 13\n\n"
        "     1     2     3     4     5     6     7     8     9    10    11    12    13\n\n"
        "  Columns 14 through 20\n\n"
        "    14    15    16    17    18    19    20\n\n");
    std::vector<double> w;
    for (int i = 0; i < 10; ++i)
        w.push_back(i / 9.0);
    EXPECT_EQ(show(row(w)),
        "x =\n\n  Columns 1 through 8\n\n"
        "         0    0.1111    0.2222    0.3333    0.4444    0.5556    0.6667    0.7778\n\n"
        "  Columns 9 through 10\n\n"
        "    0.8889    1.0000\n\n");
    v.push_back(21);
    v.push_back(22);
    v.push_back(23);
    v.push_back(24);
    v.push_back(25);
    v.push_back(26);
    v.push_back(27);
    EXPECT_EQ(show(row(v)),
        "x =\n\n  Columns 1 through 13\n\n"
        "     1     2     3     4     5     6     7     8     9    10    11    12    13\n\n"
        "  Columns 14 through 26\n\n"
        "    14    15    16    17    18    19    20    21    22    23    24    25    26\n\n"
        "  Column 27\n\n"
        "    27\n\n");
}

TEST(Display, ColumnBlocksWithScaleFactor)
{
    std::vector<double> v;
    for (int i = 1; i <= 9; ++i)
        v.push_back(i * 1000.5);
    EXPECT_EQ(show(row(v)),
        "x =\n\n   1.0e+03 *\n\n  Columns 1 through 8\n\n"
        "    1.0005    2.0010    3.0015    4.0020    5.0025    6.0030    7.0035    8.0040\n\n"
        "  Column 9\n\n"
        "    9.0045\n\n");
}

TEST(Display, NdArrays)
{
    EXPECT_EQ(show(nd({ 2, 1, 2 }, { 1, 1, 1, 1 })),
        "x(:,:,1) =\n\n     1\n     1\n\nx(:,:,2) =\n\n     1\n     1\n\n");
    EXPECT_EQ(show(nd({ 1, 2, 1, 2 }, { 1, 2, 3.5, 4 })),
        "x(:,:,1,1) =\n\n    1.0000    2.0000\n\nx(:,:,1,2) =\n\n    3.5000    4.0000\n\n");
}

// ---- format long and the E/G variants ---------------------------------------------------------

TEST(Display, FormatLong)
{
    FormatOptions f = opts(N::Long);
    EXPECT_EQ(show(num(M_PI), f), "x =\n\n   3.141592653589793\n\n");
    EXPECT_EQ(show(num(10 * M_PI), f), "x =\n\n  31.415926535897931\n\n");
    EXPECT_EQ(show(num(100 * M_PI), f), "x =\n\n     3.141592653589793e+02\n\n");
    EXPECT_EQ(show(num(5), f), "x =\n\n     5\n\n");
    EXPECT_EQ(show(num(1000), f), "x =\n\n        1000\n\n");
    EXPECT_EQ(show(row({ 1, 2, 3 }), f), "x =\n\n     1     2     3\n\n");
    EXPECT_EQ(show(row({ 0.5, -0.25 }), f), "x =\n\n   0.500000000000000  -0.250000000000000\n\n");
    EXPECT_EQ(show(row({ 151, 19.999761399036565 }), f),
        "x =\n\n   1.0e+02 *\n\n   1.510000000000000   0.199997613990366\n\n");
}

TEST(Display, FormatShortELongE)
{
    EXPECT_EQ(show(num(M_PI), opts(N::ShortE)), "x =\n\n   3.1416e+00\n\n");
    EXPECT_EQ(show(num(100), opts(N::ShortE)), "x =\n\n   100\n\n");
    EXPECT_EQ(show(row({ 0, 2.220446049250313e-16 }), opts(N::ShortE)), "x =\n\n            0   2.2204e-16\n\n");
    EXPECT_EQ(show(num(M_PI), opts(N::LongE)), "x =\n\n     3.141592653589793e+00\n\n");
}

TEST(Display, FormatShortGLongG)
{
    EXPECT_EQ(show(num(M_PI), opts(N::ShortG)), "x =\n\n       3.1416\n\n");
    EXPECT_EQ(show(row({ 0.3729, 6.5574e-04, 0.1393 }), opts(N::ShortG)),
        "x =\n\n       0.3729   0.00065574       0.1393\n\n");
    EXPECT_EQ(show(num(M_PI), opts(N::LongG)), "x =\n\n          3.14159265358979\n\n");
}

// ---- format compact -----------------------------------------------------------------------

TEST(Display, Compact)
{
    FormatOptions f = opts(N::Short, true);
    EXPECT_EQ(show(num(5), f), "x =\n     5\n");
    EXPECT_EQ(show(mat(2, 2, { 1, 3, 2, 4 }), f), "x =\n     1     2\n     3     4\n");
    EXPECT_EQ(show(Value::logical(true), f), "x =\n  logical\n   1\n");
    EXPECT_EQ(show(str("abc"), f), "x =\n    'abc'\n");
    EXPECT_EQ(show(row({ 1.5, 1000.5 }), f), "x =\n   1.0e+03 *\n    0.0015    1.0005\n");
    EXPECT_EQ(disp(num(5), f), "     5\n");
    EXPECT_EQ(disp(row({ 1, 2 }), f), "     1     2\n");
}

// ---- complex ------------------------------------------------------------------------------

TEST(Display, ComplexScalars)
{
    EXPECT_EQ(show(Value::complex(1, 2)), "x =\n\n   1.0000 + 2.0000i\n\n");
    EXPECT_EQ(show(Value::complex(2, 3)), "x =\n\n   2.0000 + 3.0000i\n\n");
    EXPECT_EQ(show(Value::complex(0, 2)), "x =\n\n   0.0000 + 2.0000i\n\n");
    EXPECT_EQ(show(Value::complex(1, -2)), "x =\n\n   1.0000 - 2.0000i\n\n");
    EXPECT_EQ(show(Value::complex(-1.5, 0.25)), "x =\n\n  -1.5000 + 0.2500i\n\n");
    EXPECT_EQ(show(Value::complex(100, M_PI)), "x =\n\n   1.0000e+02 + 3.1416e+00i\n\n");
    EXPECT_EQ(show(Value::complex(1.8e99, -2.220446049250313e-16)), "x =\n\n   1.8000e+99 - 2.2204e-16i\n\n");
}

TEST(Display, ComplexMatrices)
{
    EXPECT_EQ(show(cplx_row({ 1, 3 }, { 2, -4 })), "x =\n\n   1.0000 + 2.0000i   3.0000 - 4.0000i\n\n");
    EXPECT_EQ(show(cplx_row({ 0.8147, NaN }, { 1, 0 })), "x =\n\n   0.8147 + 1.0000i      NaN + 0.0000i\n\n");
    EXPECT_EQ(show(cplx_row({ 3.14159, 0 }, { -INF, -INF })), "x =\n\n   3.1416 -    Infi   0.0000 -    Infi\n\n");
    EXPECT_EQ(show(cplx_row({ 1, 1 }, { M_PI * 1e6, M_PI * 1e6 })),
        "x =\n\n   1.0e+06 *\n\n   0.0000 + 3.1416i   0.0000 + 3.1416i\n\n");
}

// ---- logical ------------------------------------------------------------------------------

TEST(Display, Logical)
{
    EXPECT_EQ(show(Value::logical(true)), "x =\n\n  logical\n\n   1\n\n");
    EXPECT_EQ(show(Value::logical(false)), "x =\n\n  logical\n\n   0\n\n");
    EXPECT_EQ(show(logical_row({ 1, 0, 1 })), "x =\n\n  1\xC3\x97" "3 logical array\n\n   1   0   1\n\n");
    EXPECT_EQ(show(logical_mat(2, 2, { 1, 0, 0, 1 })), "x =\n\n  2\xC3\x97" "2 logical array\n\n   1   0\n   0   1\n\n");
    EXPECT_EQ(show(logical_mat(0, 0, {})), "x =\n\n  0\xC3\x97" "0 empty logical array\n\n");
    EXPECT_EQ(disp(Value::logical(true)), "   1\n");
    EXPECT_EQ(disp(logical_row({ 1, 0 })), "   1   0\n");
}

TEST(Display, LogicalNd)
{
    auto a = make_ref<LogicalArray>(Dims({ 2, 1, 2 }), 1);
    EXPECT_EQ(show(make_logical(std::move(a))),
        "  2\xC3\x97" "1\xC3\x97" "2 logical array\n\nx(:,:,1) =\n\n   1\n   1\n\nx(:,:,2) =\n\n   1\n   1\n\n");
}

// ---- char ---------------------------------------------------------------------------------

TEST(Display, Char)
{
    EXPECT_EQ(show(str("abc")), "x =\n\n    'abc'\n\n");
    EXPECT_EQ(show(str("it's")), "x =\n\n    'it's'\n\n");
    EXPECT_EQ(show(char_mat({ "abc", "def" })), "x =\n\n  2\xC3\x97" "3 char array\n\n    'abc'\n    'def'\n\n");
    EXPECT_EQ(show(str("")), "x =\n\n  0\xC3\x97" "0 empty char array\n\n");
    EXPECT_EQ(show(make_char(make_ref<CharArray>(Dims(1, 0)))), "x =\n\n  1\xC3\x97" "0 empty char array\n\n");
    EXPECT_EQ(show(str("h\xC3\xA9")), "x =\n\n    'h\xC3\xA9'\n\n");
}

TEST(Display, CharNd)
{
    auto a = make_ref<CharArray>(Dims({ 3, 2, 2 }), u'e');
    Value v = make_char(std::move(a));
    EXPECT_EQ(show(v),
        "  3\xC3\x97" "2\xC3\x97" "2 char array\n\nx(:,:,1) =\n\n    'ee'\n    'ee'\n    'ee'\n\n"
        "x(:,:,2) =\n\n    'ee'\n    'ee'\n    'ee'\n\n");
    EXPECT_EQ(disp(v), "(:,:,1) =\n\nee\nee\nee\n\n(:,:,2) =\n\nee\nee\nee\n");
}

// ---- function handles and other classes ---------------------------------------------------

TEST(Display, FunctionHandle)
{
    EXPECT_EQ(show(handle("@(x)x+1")), "x =\n\n  function_handle with value:\n\n    @(x)x+1\n\n");
    auto h = make_ref<FunctionHandle>();
    h->name = "sin";
    Value named = Value::object(std::move(h));
    EXPECT_EQ(display_value("f", named, opts()), "f =\n\n  function_handle with value:\n\n    @sin\n\n");
    EXPECT_EQ(disp(named), "    @sin\n");
    EXPECT_EQ(show(named, opts(N::Short, true)), "x =\n  function_handle with value:\n    @sin\n");
}

// ---- disp ---------------------------------------------------------------------------------

TEST(Disp, Numbers)
{
    EXPECT_EQ(disp(num(5)), "     5\n");
    EXPECT_EQ(disp(num(M_PI)), "    3.1416\n");
    EXPECT_EQ(disp(row({ 1, 2, 3 })), "     1     2     3\n");
    EXPECT_EQ(disp(mat(2, 2, { 1, 0, 0, 1 })), "     1     0\n     0     1\n");
    EXPECT_EQ(disp(num(NaN)), "   NaN\n");
    EXPECT_EQ(disp(row({ 1.5, 1000.5 })), "   1.0e+03 *\n\n    0.0015    1.0005\n");
    EXPECT_EQ(disp(Value::complex(1, 2)), "   1.0000 + 2.0000i\n");
}

TEST(Disp, EmptyPrintsNothing)
{
    EXPECT_EQ(disp(Value::empty()), "");
    EXPECT_EQ(disp(mat(0, 3, {})), "");
    EXPECT_EQ(disp(str("")), "");
    EXPECT_EQ(disp(logical_mat(0, 0, {})), "");
}

TEST(Disp, Char)
{
    EXPECT_EQ(disp(str("abc")), "abc\n");
    EXPECT_EQ(disp(char_mat({ "fa", "af" })), "fa\naf\n");
}

TEST(Disp, NdArray)
{
    EXPECT_EQ(disp(nd({ 2, 1, 2 }, { 1, 1, 1, 1 })),
        "(:,:,1) =\n\n     1\n     1\n\n(:,:,2) =\n\n     1\n     1\n\n");
}

TEST(Display, LargeMatrixIsFast)
{
    auto a = make_ref<DoubleArray>(Dims(1000, 1000));
    for (size_t i = 0; i < a->numel(); ++i)
        a->data()[i] = static_cast<double>(i % 997) / 7.0;
    std::string s = show(make_double(std::move(a)));
    EXPECT_GT(s.size(), 10'000'000u);
}
