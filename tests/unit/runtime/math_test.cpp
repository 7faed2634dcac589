// Element-wise math builtins: real and complex results, domains, rounding, mod/rem rules,
// predicates, errors. Reference values from GNU Octave / MATLAB documentation.
#include "value_test_support.hpp"
#include <cmath>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

void expect_complex(Value const& v, double r, double i, double tol = 1e-4)
{
    ASSERT_TRUE(is_complex(v));
    EXPECT_NEAR(re(v)[0], r, tol);
    EXPECT_NEAR(im(v)[0], i, tol);
}

} // namespace

TEST(Math, RealFunctions)
{
    EXPECT_EQ(call1("abs", { row({ -1, 2, -3 }) }).class_id(), ClassId::Double);
    EXPECT_EQ(re(call1("abs", { row({ -1, 2, -3 }) })), std::vector<double>({ 1, 2, 3 }));
    EXPECT_EQ(call1("sqrt", { num(16) }).num(), 4);
    EXPECT_EQ(re(call1("exp", { num(0) })), std::vector<double>({ 1 }));
    EXPECT_EQ(call1("log", { num(1) }).num(), 0);
    EXPECT_TRUE(std::isinf(call1("log", { num(0) }).num()));
    EXPECT_EQ(call1("log2", { num(8) }).num(), 3);
    EXPECT_EQ(call1("log10", { num(1000) }).num(), 3);
    EXPECT_NEAR(call1("sin", { num(M_PI / 2) }).num(), 1, 1e-15);
    EXPECT_NEAR(call1("cos", { num(0) }).num(), 1, 1e-15);
    EXPECT_NEAR(call1("tan", { num(M_PI / 4) }).num(), 1, 1e-15);
    EXPECT_NEAR(call1("asin", { num(1) }).num(), M_PI / 2, 1e-15);
    EXPECT_NEAR(call1("acos", { num(-1) }).num(), M_PI, 1e-15);
    EXPECT_NEAR(call1("atan", { num(1) }).num(), M_PI / 4, 1e-15);
    EXPECT_NEAR(call1("sinh", { num(1) }).num(), std::sinh(1.0), 1e-15);
    EXPECT_NEAR(call1("cosh", { num(1) }).num(), std::cosh(1.0), 1e-15);
    EXPECT_NEAR(call1("tanh", { num(1) }).num(), std::tanh(1.0), 1e-15);
    EXPECT_EQ(re(call1("sign", { row({ -2, 0, 5, NAN }) }))[0], -1);
    EXPECT_TRUE(std::isnan(re(call1("sign", { row({ -2, 0, 5, NAN }) }))[3]));
    // char and logical inputs give doubles
    Value c = call1("abs", { str("a") });
    EXPECT_EQ(c.class_id(), ClassId::Double);
    EXPECT_EQ(c.num(), 97);
    EXPECT_EQ(call1("sqrt", { Value::logical(true) }).class_id(), ClassId::Double);
}

TEST(Math, Rounding)
{
    EXPECT_EQ(re(call1("round", { row({ 2.5, -2.5, 0.4 }) })), std::vector<double>({ 3, -3, 0 }));
    EXPECT_EQ(re(call1("floor", { row({ 2.5, -2.5 }) })), std::vector<double>({ 2, -3 }));
    EXPECT_EQ(re(call1("ceil", { row({ 2.5, -2.5 }) })), std::vector<double>({ 3, -2 }));
    EXPECT_EQ(re(call1("fix", { row({ 2.5, -2.5 }) })), std::vector<double>({ 2, -2 }));
    Value z = call1("round", { Value::complex(1.4, 2.6) });
    EXPECT_EQ(re(z), std::vector<double>({ 1 }));
    EXPECT_EQ(im(z), std::vector<double>({ 3 }));
}

TEST(Math, ComplexResultsOutsideRealDomain)
{
    expect_complex(call1("sqrt", { num(-1) }), 0, 1);
    expect_complex(call1("sqrt", { num(-4) }), 0, 2);
    expect_complex(call1("log", { num(-1) }), 0, M_PI);
    expect_complex(call1("log2", { num(-8) }), 3.0, 4.5324);
    expect_complex(call1("log10", { num(-100) }), 2.0, 1.3644);
    expect_complex(call1("asin", { num(2) }), 1.5708, -1.3170);
    expect_complex(call1("asin", { num(-2) }), -1.5708, 1.3170);
    expect_complex(call1("acos", { num(2) }), 0, 1.3170);
    expect_complex(call1("acos", { num(-2) }), 3.1416, -1.3170);
    // An array with one element outside the domain is complex as a whole.
    Value s = call1("sqrt", { row({ -1, 4 }) });
    ASSERT_TRUE(is_complex(s));
    EXPECT_EQ(re(s)[1], 2);
    EXPECT_EQ(im(s)[1], 0);
}

TEST(Math, ComplexInputs)
{
    EXPECT_EQ(call1("abs", { Value::complex(3, 4) }).num(), 5);
    expect_complex(call1("sign", { Value::complex(3, 4) }), 0.6, 0.8, 1e-15);
    expect_complex(call1("exp", { Value::complex(0, M_PI / 2) }), 0, 1, 1e-15);
    expect_complex(call1("atan", { Value::complex(0, 2) }), 1.5708, 0.5493);
    expect_complex(call1("conj", { Value::complex(1, 2) }), 1, -2, 0);
    EXPECT_EQ(call1("real", { Value::complex(1, 2) }).num(), 1);
    EXPECT_EQ(call1("imag", { Value::complex(1, 2) }).num(), 2);
    EXPECT_EQ(call1("imag", { num(5) }).num(), 0);
    EXPECT_NEAR(call1("angle", { Value::complex(0, 1) }).num(), M_PI / 2, 1e-15);
    EXPECT_NEAR(call1("angle", { num(-1) }).num(), M_PI, 1e-15);
    // An all-zero imaginary result is stored as real: sqrt(complex(4, 0)) is 2.
    Value r = call1("sqrt", { Value::complex(4, 0) });
    ASSERT_TRUE(r.is_num());
    EXPECT_EQ(r.num(), 2);
}

TEST(Math, ModRem)
{
    EXPECT_EQ(call1("mod", { num(-7), num(3) }).num(), 2);
    EXPECT_EQ(call1("rem", { num(-7), num(3) }).num(), -1);
    EXPECT_EQ(call1("mod", { num(7), num(-3) }).num(), -2);
    EXPECT_EQ(call1("rem", { num(7), num(-3) }).num(), 1);
    EXPECT_EQ(call1("mod", { num(5), num(0) }).num(), 5);
    EXPECT_TRUE(std::isnan(call1("rem", { num(5), num(0) }).num()));
    EXPECT_EQ(call1("mod", { num(0.3), num(0.1) }).num(), 0); // round-off compensation
    EXPECT_NEAR(call1("mod", { num(5.5), num(-2) }).num(), -0.5, 1e-15);
    EXPECT_EQ(call1("mod", { num(5), num(INFINITY) }).num(), 5);
    EXPECT_EQ(call1("rem", { num(-5), num(INFINITY) }).num(), -5);
    EXPECT_TRUE(std::isnan(call1("mod", { num(INFINITY), num(3) }).num()));
    EXPECT_EQ(re(call1("mod", { row({ 1, 2, 3, 4, 5 }), num(3) })), std::vector<double>({ 1, 2, 0, 1, 2 }));
    EXPECT_EQ(re(call1("mod", { num(10), col({ 3, 4 }) })), std::vector<double>({ 1, 2 }));
    EXPECT_EQ(call1("mod", { num(1e17 + 1), num(3) }).num(), std::fmod(1e17 + 1, 3.0));
    expect_error(call("mod", { Value::complex(1, 1), num(2) }), "MATLAB:mod:complexArguments");
    expect_error(call("mod", { row({ 1, 2 }), row({ 1, 2, 3 }) }), "MATLAB:sizeDimensionsMustMatch");
}

TEST(Math, Atan2HypotPower)
{
    EXPECT_NEAR(call1("atan2", { num(1), num(1) }).num(), M_PI / 4, 1e-15);
    EXPECT_NEAR(re(call1("atan2", { row({ 1, -1 }), num(-1) }))[1], -3 * M_PI / 4, 1e-15);
    expect_error(call("atan2", { Value::complex(1, 1), num(1) }), "MATLAB:atan2:complexArgs");
    EXPECT_EQ(call1("hypot", { num(3), num(4) }).num(), 5);
    EXPECT_EQ(call1("hypot", { Value::complex(3, 4), num(0) }).num(), 5);
    EXPECT_EQ(re(call1("power", { row({ 1, 2, 3 }), num(2) })), std::vector<double>({ 1, 4, 9 }));
    expect_complex(call1("power", { num(-8), num(1.0 / 3) }), 1.0, 1.7321);
}

TEST(Math, Predicates)
{
    Value x = row({ 1, NAN, INFINITY, -INFINITY });
    EXPECT_EQ(re(call1("isnan", { x })), std::vector<double>({ 0, 1, 0, 0 }));
    EXPECT_EQ(re(call1("isinf", { x })), std::vector<double>({ 0, 0, 1, 1 }));
    EXPECT_EQ(re(call1("isfinite", { x })), std::vector<double>({ 1, 0, 0, 0 }));
    EXPECT_EQ(call1("isnan", { x }).class_id(), ClassId::Logical);
    EXPECT_EQ(call1("isnan", { str("ab") }).dims(), Dims(1, 2));
    EXPECT_TRUE(call1("isnan", { Value::complex(1, NAN) }).boolean());
    EXPECT_TRUE(call1("isreal", { num(1) }).boolean());
    EXPECT_TRUE(call1("isreal", { str("a") }).boolean());
    EXPECT_FALSE(call1("isreal", { Value::complex(1, 0) }).boolean());
    EXPECT_EQ(call1("isnan", { Value::empty() }).dims(), Dims(0, 0));
}

TEST(Math, Log2TwoOutputs)
{
    auto r = call("log2", { num(10) }, 2);
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(r.value()[0].num(), 0.625);
    EXPECT_EQ(r.value()[1].num(), 4);
}

TEST(Math, ErrorsForUnsupportedTypes)
{
    auto fh = make_ref<FunctionHandle>();
    fh->name = "cos";
    Value f = Value::object(std::move(fh));
    auto r = call("sin", { f });
    expect_error(r, "MATLAB:UndefinedFunction", "Undefined function 'sin' for input arguments of type 'function_handle'.");
    EXPECT_EQ(r.error().raised_by, "sin");
}

TEST(Math, LargeArrayShapesPreserved)
{
    std::vector<double> v(1000);
    for (size_t i = 0; i < v.size(); ++i)
        v[i] = static_cast<double>(i) - 500;
    Value a = mat(10, 100, v);
    Value s = call1("abs", { a });
    EXPECT_EQ(s.dims(), Dims(10, 100));
    EXPECT_EQ(re(s)[0], 500);
    Value q = call1("sqrt", { a });
    EXPECT_TRUE(is_complex(q));
    EXPECT_EQ(q.dims(), Dims(10, 100));
}
