// Numeric builtins: magic primes factor factorial nchoosek perms gcd lcm, special functions,
// var std mode cov corrcoef vecnorm bounds, polyfit polyval roots conv deconv filter, trapz
// cumtrapz interp1 logspace, round_digits.
#include "runtime/builtins/numeric_round.hpp"
#include "runtime/numeric_class.hpp"
#include "value_test_support.hpp"
#include <cmath>
#include <limits>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();
using V = std::vector<double>;

std::vector<Value> call_n(std::string_view name, std::vector<Value> const& args, int nargout)
{
    auto r = call(name, args, nargout);
    EXPECT_FALSE(r.is_error()) << (r.is_error() ? r.error().message : "");
    return r.is_error() ? std::vector<Value>(static_cast<size_t>(nargout)) : r.value();
}

void expect_near(V const& got, V const& want, double tol = 1e-12)
{
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < got.size(); ++i) {
        if (std::isnan(want[i]))
            EXPECT_TRUE(std::isnan(got[i])) << "at " << i;
        else if (std::isinf(want[i]))
            EXPECT_EQ(got[i], want[i]) << "at " << i;
        else
            EXPECT_NEAR(got[i], want[i], tol * std::max(1.0, std::fabs(want[i]))) << "at " << i;
    }
}

Value int8_scalar(int8_t v)
{
    auto a = make_ref<Int8Array>(Dims(1, 1), v);
    return make_int(std::move(a));
}

} // namespace

TEST(Numeric, MagicAllKinds)
{
    Value m4 = call1("magic", { num(4) });
    EXPECT_EQ(m4.dims(), Dims(4, 4));
    EXPECT_EQ(re(m4), (V { 16, 5, 9, 4, 2, 11, 7, 14, 3, 10, 6, 15, 13, 8, 12, 1 }));
    EXPECT_EQ(re(call1("magic", { num(3) })), (V { 8, 3, 4, 1, 5, 9, 6, 7, 2 }));
    EXPECT_EQ(re(call1("magic", { num(2) })), (V { 4, 1, 3, 2 }));
    EXPECT_EQ(re(call1("magic", { num(6) })),
        (V { 35, 3, 31, 8, 30, 4, 1, 32, 9, 28, 5, 36, 6, 7, 2, 33, 34, 29, 26, 21, 22, 17, 12, 13, 19, 23, 27, 10, 14, 18, 24, 25, 20, 15, 16, 11 }));
    EXPECT_EQ(call1("magic", { num(1) }).num(), 1.0);
    EXPECT_EQ(call1("magic", { num(0) }).dims(), Dims(0, 0));
    for (double n : { 5.0, 7.0, 8.0, 10.0, 12.0, 14.0 }) {
        V m = re(call1("magic", { num(n) }));
        size_t k = static_cast<size_t>(n);
        double want = n * (n * n + 1) / 2;
        for (size_t j = 0; j < k; ++j) {
            double col = 0, row = 0;
            for (size_t i = 0; i < k; ++i) {
                col += m[j * k + i];
                row += m[i * k + j];
            }
            EXPECT_EQ(col, want);
            EXPECT_EQ(row, want);
        }
    }
}

TEST(Numeric, PrimesIsprimeFactor)
{
    EXPECT_EQ(re(call1("primes", { num(20) })), (V { 2, 3, 5, 7, 11, 13, 17, 19 }));
    EXPECT_EQ(call1("primes", { num(1) }).dims(), Dims(1, 0));
    Value ip = call1("isprime", { row({ 0, 1, 2, 9, 97, 7919 }) });
    EXPECT_EQ(ip.class_id(), ClassId::Logical);
    EXPECT_EQ(re(ip), (V { 0, 0, 1, 0, 1, 1 }));
    EXPECT_TRUE(call1("isprime", { num(2147483647) }).boolean());
    expect_error(call("isprime", { num(-1) }), "MATLAB:isprime:InputNotPosInt", "All entries of X must be nonnegative integers.");
    EXPECT_EQ(re(call1("factor", { num(360) })), (V { 2, 2, 2, 3, 3, 5 }));
    EXPECT_EQ(re(call1("factor", { num(1099511627777.0) })), (V { 257, 4278255361.0 }));
    EXPECT_EQ(call1("factor", { num(1) }).num(), 1.0);
    EXPECT_EQ(call1("factor", { num(0) }).num(), 0.0);
    expect_error(call("factor", { row({ 4, 6 }) }), "MATLAB:factor:NonScalarInput", "N must be a scalar.");
    expect_error(call("factor", { num(2.5) }), "MATLAB:factor:InputNotPosInt");
}

TEST(Numeric, FactorialNchoosekPerms)
{
    EXPECT_EQ(re(call1("factorial", { row({ 0, 1, 5, 10 }) })), (V { 1, 1, 120, 3628800 }));
    EXPECT_EQ(call1("factorial", { num(20) }).num(), 2432902008176640000.0);
    EXPECT_EQ(call1("factorial", { num(171) }).num(), Inf);
    expect_error(call("factorial", { num(-1) }), "MATLAB:factorial:NNegativeInt", "N must be a matrix of non-negative integers.");
    Value f8 = call1("factorial", { int8_scalar(6) });
    EXPECT_EQ(f8.class_id(), ClassId::Int8);
    EXPECT_EQ(f8.as_int_array<int8_t>()->data()[0], 127); // saturates
    EXPECT_EQ(call1("nchoosek", { num(5), num(2) }).num(), 10.0);
    EXPECT_EQ(call1("nchoosek", { num(30), num(15) }).num(), 155117520.0);
    EXPECT_EQ(call1("nchoosek", { num(4), num(0) }).num(), 1.0);
    Value c = call1("nchoosek", { row({ 1, 2, 3, 4 }), num(2) });
    EXPECT_EQ(c.dims(), Dims(6, 2));
    EXPECT_EQ(re(c), (V { 1, 1, 1, 2, 2, 3, 2, 3, 4, 3, 4, 4 }));
    EXPECT_EQ(call1("nchoosek", { row({ 1, 2, 3 }), num(4) }).dims(), Dims(0, 4));
    expect_error(call("nchoosek", { num(3), num(5) }), "MATLAB:nchoosek:KOutOfRange", "K must be an integer between 0 and N.");
    expect_error(call("nchoosek", { num(3), num(-1) }), "MATLAB:nchoosek:InvalidArg2");
    Value p = call1("perms", { row({ 1, 2, 3 }) });
    EXPECT_EQ(p.dims(), Dims(6, 3));
    EXPECT_EQ(re(p), (V { 3, 3, 2, 2, 1, 1, 2, 1, 3, 1, 3, 2, 1, 2, 1, 3, 2, 3 }));
    EXPECT_EQ(re(call1("perms", { row({ 3, 1, 2 }) })), (V { 2, 2, 1, 1, 3, 3, 1, 3, 2, 3, 2, 1, 3, 1, 3, 2, 1, 2 }));
}

TEST(Numeric, GcdLcm)
{
    EXPECT_EQ(re(call1("gcd", { row({ 12, 15, 0, 7 }), row({ 18, 25, 0, -21 }) })), (V { 6, 5, 0, 7 }));
    EXPECT_EQ(re(call1("gcd", { row({ 8, 12 }), num(4) })), (V { 4, 4 }));
    auto g = call_n("gcd", { num(12), num(18) }, 3);
    EXPECT_EQ(g[0].num(), 6.0);
    EXPECT_EQ(g[1].num(), -1.0);
    EXPECT_EQ(g[2].num(), 1.0);
    EXPECT_EQ(re(call1("lcm", { row({ 4, 5 }), row({ 6, 7 }) })), (V { 12, 35 }));
    Value gi = call1("gcd", { int8_scalar(12), num(18) });
    EXPECT_EQ(gi.class_id(), ClassId::Int8);
    EXPECT_EQ(gi.as_int_array<int8_t>()->data()[0], 6);
    expect_error(call("gcd", { num(2.5), num(5) }), "MATLAB:gcd:NonIntInputs", "Inputs must be real integers.");
    expect_error(call("lcm", { num(0), num(5) }), "MATLAB:lcm:InputNotPosInt");
}

TEST(Numeric, ElementaryExtras)
{
    expect_near(re(call1("sec", { row({ 0, 1 }) })), { 1, 1 / std::cos(1.0) });
    EXPECT_EQ(call1("cot", { num(0) }).num(), Inf);
    expect_near(re(call1("acot", { row({ 0, 1 }) })), { M_PI / 2, M_PI / 4 });
    expect_near(re(call1("asinh", { num(2) })), { std::asinh(2.0) });
    Value ac = call1("acosh", { num(0.5) });
    ASSERT_TRUE(is_complex(ac));
    expect_near(re(ac), { 0 });
    expect_near(im(ac), { std::acos(0.5) });
    Value mixed = call1("acosh", { row({ 0.5, 2 }) });
    EXPECT_EQ(im(mixed)[1], 0.0); // the in-domain element keeps a zero imaginary part
    Value at = call1("atanh", { num(2) });
    expect_near(re(at), { 0.5493061443340549 });
    expect_near(im(at), { M_PI / 2 });
    expect_near(re(call1("asec", { num(2) })), { M_PI / 3 });
    EXPECT_EQ(re(call1("sind", { row({ 0, 30, 90, 180, 270, 360 }) })), (V { 0, 0.49999999999999994, 1, 0, -1, 0 }));
    EXPECT_EQ(re(call1("cosd", { row({ 0, 90, 180, 270 }) })), (V { 1, 0, -1, 0 }));
    EXPECT_EQ(re(call1("tand", { row({ 0, 90, -90, 180, 270 }) })), (V { 0, Inf, -Inf, 0, Inf }));
    expect_near(re(call1("tand", { num(45) })), { 1 });
    expect_near(re(call1("asind", { num(0.5) })), { 30 });
    EXPECT_EQ(call1("atan2d", { num(1), num(1) }).num(), 45.0);
    EXPECT_EQ(call1("deg2rad", { num(180) }).num(), M_PI);
    EXPECT_EQ(call1("rad2deg", { num(M_PI) }).num(), 180.0);
    expect_near(re(call1("expm1", { num(1e-10) })), { 1.00000000005e-10 });
    expect_near(re(call1("log1p", { num(1e-10) })), { 9.9999999995e-11 });
    Value l1 = call1("log1p", { num(-2) });
    expect_near(im(l1), { M_PI });
    expect_error(call("expm1", { int8_scalar(1) }), "MATLAB:UndefinedFunction");
}

TEST(Numeric, GammaErfFamily)
{
    EXPECT_EQ(re(call1("gamma", { row({ 1, 2, 5, 0, -1 }) })), (V { 1, 1, 24, Inf, Inf }));
    expect_near(re(call1("gamma", { num(0.5) })), { std::sqrt(M_PI) });
    expect_near(re(call1("gammaln", { num(10) })), { std::log(362880.0) });
    expect_error(call("gammaln", { num(-1) }), "MATLAB:gammaln:ComplexOrNegInputs", "Input arguments must be real and nonnegative.");
    expect_near(re(call1("beta", { num(2), num(3) })), { 1.0 / 12 });
    expect_near(re(call1("erf", { row({ 0, 0.5 }) })), { 0, 0.5204998778130465 });
    expect_near(re(call1("erfc", { num(2) })), { 0.004677734981047266 });
    expect_near(re(call1("erfinv", { row({ 0.5, -0.9 }) })), { 0.4769362762044699, -1.1630871536766743 });
    EXPECT_EQ(re(call1("erfinv", { row({ 1, -1 }) })), (V { Inf, -Inf }));
    EXPECT_TRUE(std::isnan(call1("erfinv", { num(2) }).num()));
    expect_near(re(call1("erfinv", { num(1e-10) })), { 8.862269254527580e-11 });
    expect_near(re(call1("erfcinv", { row({ 0.1, 1e-300 }) })), { 1.1630871536766743, 26.209469960516124 }, 1e-12);
    Value g = call1("gamma", { Value(convert_class(num(4), ClassId::Single).value()) });
    EXPECT_EQ(g.class_id(), ClassId::Single);
}

TEST(Numeric, NthrootNextpow2)
{
    EXPECT_EQ(call1("nthroot", { num(27), num(3) }).num(), 3.0);
    EXPECT_EQ(call1("nthroot", { num(-27), num(3) }).num(), -3.0);
    EXPECT_EQ(re(call1("nthroot", { num(64), row({ 2, 3, 6 }) })), (V { 8, 4, 2 }));
    expect_error(call("nthroot", { num(-16), num(4) }), "MATLAB:nthroot:negXNotOddIntN", "If X is negative, N must be an odd integer.");
    EXPECT_EQ(re(call1("nextpow2", { row({ 0, 1, 3, 1024, 1025, 0.3 }) })), (V { 0, 0, 2, 10, 11, -1 }));
}

TEST(Numeric, RoundDigits)
{
    auto rd = [](std::vector<Value> args) {
        static RuntimeState state;
        static NullEnvironment env;
        CallContext cx { state, env, "round", 1, nullptr };
        std::vector<Value> outs(1);
        runmat::VoidResult r = numeric::round_digits(cx, args, outs);
        EXPECT_FALSE(r.is_error());
        return outs[0];
    };
    EXPECT_EQ(rd({ num(M_PI), num(2) }).num(), 3.14);
    EXPECT_EQ(rd({ num(1234.5678), num(-2) }).num(), 1200.0);
    EXPECT_EQ(rd({ num(1234.5678), num(3), str("significant") }).num(), 1230.0);
    EXPECT_EQ(rd({ num(0.000123456), num(2), str("significant") }).num(), 0.00012);
    EXPECT_EQ(rd({ num(-2.5), num(0) }).num(), -3.0);
    EXPECT_EQ(re(rd({ row({ 1.005, 2.345 }), num(1) })), (V { 1.0, 2.3 }));
}

TEST(Numeric, VarStdMode)
{
    expect_near(re(call1("var", { row({ 1, 2, 3, 4 }) })), { 5.0 / 3 });
    expect_near(re(call1("var", { row({ 1, 2, 3, 4 }), num(1) })), { 1.25 });
    Value v2 = call1("var", { mat(2, 2, { 1, 3, 2, 5 }), num(0), num(2) });
    EXPECT_EQ(v2.dims(), Dims(2, 1));
    expect_near(re(v2), { 0.5, 2 });
    expect_near(re(call1("var", { mat(2, 2, { 1, 3, 2, 5 }), Value::empty(), str("all") })), { 35.0 / 12 });
    expect_near(re(call1("var", { row({ 1, 2, 3 }), row({ 0.2, 0.3, 0.5 }) })), { 0.61 });
    EXPECT_EQ(call1("var", { num(7) }).num(), 0.0);
    EXPECT_TRUE(std::isnan(call1("var", { Value::empty() }).num()));
    expect_near(re(call1("std", { row({ 2, 4, 4, 4, 5, 5, 7, 9 }), num(1) })), { 2 });
    expect_near(re(call1("std", { row({ 1, std::nan(""), 3 }), str("omitnan") })), { std::sqrt(2.0) });
    auto sm = call_n("std", { row({ 1, 2, 3, 4, 10 }) }, 2);
    EXPECT_EQ(sm[1].num(), 4.0);
    expect_error(call("var", { row({ 1, 2 }), num(2) }), "MATLAB:var:invalidWgts");
    EXPECT_EQ(call1("mode", { row({ 3, 3, 1, 1, 2 }) }).num(), 1.0);
    EXPECT_EQ(re(call1("mode", { mat(3, 2, { 1, 1, 2, 2, 3, 3 }) })), (V { 1, 3 }));
    auto mf = call_n("mode", { row({ 4, 4, 2, 2, 2, 7 }) }, 3);
    EXPECT_EQ(mf[0].num(), 2.0);
    EXPECT_EQ(mf[1].num(), 3.0);
    auto* cell = mf[2].as<CellArray>();
    ASSERT_NE(cell, nullptr);
    EXPECT_EQ(re(cell->data()[0]), (V { 2 }));
    EXPECT_TRUE(std::isnan(call1("mode", { Value::empty() }).num()));
}

TEST(Numeric, CovCorrVecnormBounds)
{
    expect_near(re(call1("cov", { row({ 1, 2, 3, 4 }) })), { 5.0 / 3 });
    Value c = call1("cov", { mat(3, 2, { 1, 3, 5, 2, 4, 7 }) });
    EXPECT_EQ(c.dims(), Dims(2, 2));
    expect_near(re(c), { 4, 5, 5, 6.333333333333333 });
    expect_near(re(call1("cov", { row({ 1, 2, 3 }), row({ 1, 0, 4 }) })), { 1, 1.5, 1.5, 4.333333333333333 });
    Value r = call1("corrcoef", { row({ 1, 2, 3, 4 }), row({ 4, 3, 2, 1 }) });
    EXPECT_EQ(re(r), (V { 1, -1, -1, 1 }));
    EXPECT_EQ(call1("vecnorm", { row({ 3, 4 }) }).num(), 5.0);
    EXPECT_EQ(re(call1("vecnorm", { mat(2, 2, { 3, 0, 4, 5 }), num(2), num(2) })), (V { 5, 5 }));
    EXPECT_EQ(re(call1("vecnorm", { mat(2, 2, { 3, 0, -4, 5 }), num(Inf) })), (V { 3, 5 }));
    auto b = call_n("bounds", { row({ 4, -2, 9, std::nan(""), 1 }) }, 2);
    EXPECT_EQ(b[0].num(), -2.0);
    EXPECT_EQ(b[1].num(), 9.0);
}

TEST(Numeric, PolyfitPolyvalRoots)
{
    expect_near(re(call1("polyfit", { row({ 0, 1, 2, 3 }), row({ 1, 3, 2, 5 }), num(1) })), { 1.1, 1.1 });
    expect_near(re(call1("polyfit", { row({ 0, 1, 2, 3, 4 }), row({ 1, 0, 3, 10, 21 }), num(2) })), { 2, -3, 1 }, 1e-10);
    EXPECT_EQ(call1("polyval", { row({ 1, 2, 3 }), num(2) }).num(), 11.0);
    Value pv = call1("polyval", { row({ 1, 2, 3 }), mat(2, 2, { 1, 3, 2, 4 }) });
    EXPECT_EQ(pv.dims(), Dims(2, 2));
    EXPECT_EQ(re(pv), (V { 6, 18, 11, 27 }));
    expect_near(re(call1("roots", { row({ 1, -6, 11, -6 }) })), { 3, 2, 1 }, 1e-12);
    EXPECT_EQ(re(call1("roots", { row({ 1, 0, -1 }) })), (V { -1, 1 }));
    Value z = call1("roots", { row({ 0, 0, 1, -3, 2, 0, 0 }) });
    EXPECT_EQ(z.dims(), Dims(4, 1));
    expect_near(re(z), { 0, 0, 2, 1 });
    Value cz = call1("roots", { row({ 1, 2, 5 }) });
    ASSERT_TRUE(is_complex(cz));
    expect_near(re(cz), { -1, -1 });
    expect_near(im(cz), { 2, -2 });
    Value r5 = call1("roots", { row({ 1, -15, 85, -225, 274, -120 }) });
    V sorted = re(r5);
    std::sort(sorted.begin(), sorted.end());
    expect_near(sorted, { 1, 2, 3, 4, 5 }, 1e-9);
    EXPECT_EQ(call1("roots", { num(5) }).dims(), Dims(0, 1));
    expect_error(call("roots", { mat(2, 2, { 1, 2, 3, 4 }) }), "MATLAB:roots:NonVectorInput");
}

TEST(Numeric, ConvDeconvFilter)
{
    EXPECT_EQ(re(call1("conv", { row({ 1, 2, 3 }), row({ 1, 1 }) })), (V { 1, 3, 5, 3 }));
    EXPECT_EQ(call1("conv", { col({ 1, 2, 3 }), row({ 1, 1 }) }).dims(), Dims(4, 1));
    EXPECT_EQ(call1("conv", { row({ 1, 2 }), col({ 1, 2, 3 }) }).dims(), Dims(4, 1));
    EXPECT_EQ(re(call1("conv", { row({ 1, 2, 3, 4, 5 }), row({ 1, 1, 1 }), str("same") })), (V { 3, 6, 9, 12, 9 }));
    EXPECT_EQ(re(call1("conv", { row({ 1, 2, 3, 4, 5 }), row({ 1, 1, 1, 1 }), str("same") })), (V { 6, 10, 14, 12, 9 }));
    EXPECT_EQ(re(call1("conv", { row({ 1, 2, 3, 4, 5 }), row({ 1, 1, 1 }), str("valid") })), (V { 6, 9, 12 }));
    EXPECT_EQ(call1("conv", { row({ 1, 2 }), row({ 1, 1, 1 }), str("valid") }).dims(), Dims(1, 0));
    auto qr = call_n("deconv", { row({ 1, 5, 10, 11, 6 }), row({ 1, 2, 3 }) }, 2);
    EXPECT_EQ(re(qr[0]), (V { 1, 3, 1 }));
    EXPECT_EQ(re(qr[1]), (V { 0, 0, 0, 0, 3 }));
    expect_error(call("deconv", { row({ 1, 2 }), row({ 0, 1 }) }), "MATLAB:deconv:ZeroCoef1");
    EXPECT_EQ(re(call1("filter", { num(1), row({ 1, -0.5 }), row({ 1, 1, 1, 1 }) })), (V { 1, 1.5, 1.75, 1.875 }));
    EXPECT_EQ(re(call1("filter", { row({ 1, 2 }), row({ 2, 1 }), row({ 1, 2, 3 }) })), (V { 0.5, 1.75, 2.625 }));
    Value fm = call1("filter", { num(1), row({ 1, -0.5 }), mat(3, 2, { 1, 3, 5, 2, 4, 6 }), Value::empty(), num(2) });
    EXPECT_EQ(re(fm), (V { 1, 3, 5, 2.5, 5.5, 8.5 }));
    auto yz = call_n("filter", { row({ 1, 1, 1 }), num(1), row({ 3, 6, 9, 12 }) }, 2);
    EXPECT_EQ(re(yz[0]), (V { 3, 9, 18, 27 }));
    EXPECT_EQ(yz[1].dims(), Dims(2, 1));
    EXPECT_EQ(re(yz[1]), (V { 21, 12 }));
    EXPECT_EQ(re(call1("filter", { row({ 1, 1 }), num(1), row({ 1, 2, 3 }), num(5) })), (V { 6, 3, 5 }));
    expect_error(call("filter", { num(1), row({ 0, 1 }), row({ 1, 2 }) }), "MATLAB:filter:firstElementOfDenominatorFilterZero");
}

TEST(Numeric, TrapzInterpLogspace)
{
    EXPECT_EQ(call1("trapz", { row({ 1, 2, 3 }) }).num(), 4.0);
    EXPECT_EQ(re(call1("trapz", { mat(2, 3, { 1, 4, 2, 5, 3, 6 }) })), (V { 2.5, 3.5, 4.5 }));
    EXPECT_EQ(re(call1("trapz", { mat(2, 3, { 1, 4, 2, 5, 3, 6 }), num(2) })), (V { 4, 10 }));
    EXPECT_EQ(call1("trapz", { row({ 0, 1, 3 }), row({ 1, 2, 3 }) }).num(), 6.5);
    EXPECT_EQ(call1("trapz", { num(0.5), row({ 1, 2, 3 }) }).num(), 2.0);
    EXPECT_EQ(re(call1("cumtrapz", { row({ 1, 2, 3, 4 }) })), (V { 0, 1.5, 4, 7.5 }));
    EXPECT_EQ(re(call1("cumtrapz", { row({ 0, 1, 3 }), row({ 1, 2, 3 }) })), (V { 0, 1.5, 6.5 }));
    Value y = call1("interp1", { row({ 1, 2, 3 }), row({ 10, 20, 30 }), row({ 1.5, 3, 4 }) });
    EXPECT_EQ(re(y)[0], 15.0);
    EXPECT_EQ(re(y)[1], 30.0);
    EXPECT_TRUE(std::isnan(re(y)[2]));
    EXPECT_EQ(re(call1("interp1", { row({ 1, 2, 3 }), row({ 10, 20, 30 }), row({ 0, 4 }), str("linear"), str("extrap") })), (V { 0, 40 }));
    EXPECT_EQ(re(call1("interp1", { row({ 1, 2, 3 }), row({ 10, 20, 30 }), row({ 0, 4 }), str("linear"), num(-1) })), (V { -1, -1 }));
    EXPECT_EQ(re(call1("interp1", { row({ 1, 2, 3 }), row({ 10, 20, 30 }), row({ 1.4, 1.5 }), str("nearest") })), (V { 10, 20 }));
    EXPECT_EQ(re(call1("interp1", { row({ 1, 2, 3 }), row({ 10, 20, 30 }), row({ 1.4, 3 }), str("previous") })), (V { 10, 30 }));
    EXPECT_EQ(re(call1("interp1", { row({ 1, 2, 3 }), row({ 10, 20, 30 }), row({ 1, 1.4 }), str("next") })), (V { 10, 20 }));
    expect_near(re(call1("interp1", { row({ 1, 2, 3, 4, 5 }), row({ 1, 4, 9, 16, 25 }), row({ 1.5, 6 }), str("spline") })), { 2.25, 36 });
    expect_near(re(call1("interp1", { row({ 0, 1, 2, 3 }), row({ 0, 1, 0, 1 }), row({ 0.5, -1 }), str("pchip") })), { 0.75, -3 });
    Value m = call1("interp1", { row({ 1, 2, 3 }), mat(3, 2, { 10, 30, 50, 20, 40, 60 }), col({ 1.5, 2.5 }) });
    EXPECT_EQ(m.dims(), Dims(2, 2));
    EXPECT_EQ(re(m), (V { 20, 40, 30, 50 }));
    expect_error(call("interp1", { row({ 1, 1, 2 }), row({ 1, 2, 3 }), num(1.5) }), "MATLAB:griddedInterpolant:NonUniqueCompVecsPtsErrId");
    EXPECT_EQ(re(call1("logspace", { num(0), num(2), num(3) })), (V { 1, 10, 100 }));
    EXPECT_EQ(call1("logspace", { num(1), num(3) }).dims(), Dims(1, 50));
    expect_near(re(call1("logspace", { num(0), num(M_PI), num(2) })), { 1, M_PI });
}
