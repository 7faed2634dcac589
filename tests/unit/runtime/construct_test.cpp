// Array constructors: zeros ones eye true false rand randn randi rng linspace colon repmat reshape.
#include "value_test_support.hpp"
#include <algorithm>
#include <cmath>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

Dims dims_of(std::vector<size_t> d) { return Dims(d); }

} // namespace

TEST(Construct, ZerosSizeForms)
{
    Value z0 = call1("zeros", {});
    EXPECT_TRUE(z0.is_num());
    EXPECT_EQ(z0.num(), 0.0);
    EXPECT_EQ(call1("zeros", { num(3) }).dims(), Dims(3, 3));
    EXPECT_EQ(call1("zeros", { num(2), num(3) }).dims(), Dims(2, 3));
    EXPECT_EQ(call1("zeros", { row({ 2, 3, 4 }) }).dims(), dims_of({ 2, 3, 4 }));
    EXPECT_EQ(call1("zeros", { num(2), num(3), num(1) }).dims(), Dims(2, 3));
    EXPECT_EQ(call1("zeros", { num(2), num(-1) }).dims(), Dims(2, 0));
    EXPECT_EQ(call1("zeros", { num(-3) }).dims(), Dims(0, 0));
    Value z = call1("zeros", { num(2), num(2), str("double") });
    EXPECT_EQ(z.class_id(), ClassId::Double);
    EXPECT_EQ(re(z), std::vector<double>(4, 0.0));
}

TEST(Construct, ZerosClassAndLike)
{
    Value l = call1("zeros", { num(2), str("logical") });
    EXPECT_EQ(l.class_id(), ClassId::Logical);
    EXPECT_EQ(l.dims(), Dims(2, 2));
    Value c = call1("zeros", { num(1), num(2), str("like"), Value::complex(1, 2) });
    EXPECT_TRUE(is_complex(c));
    EXPECT_EQ(c.dims(), Dims(1, 2));
    Value o = call1("ones", { num(2), str("like"), Value::logical(true) });
    EXPECT_EQ(o.class_id(), ClassId::Logical);
    EXPECT_EQ(re(o), std::vector<double>(4, 1.0));
}

TEST(Construct, ZerosErrors)
{
    expect_error(call("zeros", { num(1.5) }), "MATLAB:NonIntegerInput", "Size inputs must be integers.");
    expect_error(call("zeros", { num(2), row({ 1, 2 }) }), "MATLAB:NonScalarInput", "Size inputs must be scalar.");
    expect_error(call("zeros", { col({ 2, 3 }) }), "MATLAB:checkDimRow:rowSize");
    expect_error(call("zeros", { str("a") }), "MATLAB:zeros:invalidClassName",
        "Trailing string input must be a valid numeric class name.");
    expect_error(call("zeros", { num(1e6), num(1e7) }), "MATLAB:array:SizeLimitExceeded");
    expect_error(call("rand", { num(2), str("logical") }), "MATLAB:rand:invalidClassName");
    expect_error(call("true", { num(2), str("double") }), "MATLAB:true:invalidClassName");
}

TEST(Construct, OnesEyeTrueFalse)
{
    EXPECT_EQ(re(call1("ones", { num(2), num(3) })), std::vector<double>(6, 1.0));
    EXPECT_EQ(re(call1("eye", { num(2), num(3) })), (std::vector<double> { 1, 0, 0, 1, 0, 0 }));
    EXPECT_EQ(re(call1("eye", { num(3) })), (std::vector<double> { 1, 0, 0, 0, 1, 0, 0, 0, 1 }));
    EXPECT_EQ(re(call1("eye", { row({ 3, 2 }) })), (std::vector<double> { 1, 0, 0, 0, 1, 0 }));
    Value e = call1("eye", {});
    EXPECT_TRUE(e.is_num());
    EXPECT_EQ(e.num(), 1.0);
    expect_error(call("eye", { num(2), num(2), num(2) }), "MATLAB:eye:ndimsNotSupported");
    Value t = call1("true", { num(2) });
    EXPECT_EQ(t.class_id(), ClassId::Logical);
    EXPECT_EQ(re(t), std::vector<double>(4, 1.0));
    Value f = call1("false", { num(1), num(3) });
    EXPECT_EQ(f.class_id(), ClassId::Logical);
    EXPECT_EQ(f.dims(), Dims(1, 3));
    Value t0 = call1("true", {});
    EXPECT_TRUE(t0.is_bool());
}

TEST(Construct, RandIsSeededAndInRange)
{
    call1("rng", { num(42) });
    Value a = call1("rand", { num(100), num(100) });
    call1("rng", { num(42) });
    Value b = call1("rand", { num(100), num(100) });
    EXPECT_EQ(re(a), re(b));
    auto v = re(a);
    EXPECT_TRUE(std::all_of(v.begin(), v.end(), [](double x) { return x > 0 && x < 1; }));
    double mean = 0;
    for (double x : v)
        mean += x;
    EXPECT_NEAR(mean / v.size(), 0.5, 0.02);

    call1("rng", { str("default") });
    Value d1 = call1("rand", { num(3) });
    call1("rng", { num(0), str("twister") });
    Value d2 = call1("rand", { num(3) });
    EXPECT_EQ(re(d1), re(d2));
    auto prev = call("rng", { num(7) }, 1);
    ASSERT_FALSE(prev.is_error());
    EXPECT_EQ(prev.value()[0].num(), 0.0); // the seed before rng(7)
    Value s = call1("rng", {});
    EXPECT_EQ(s.num(), 7.0);
    expect_error(call("rng", { num(-1) }), "MATLAB:rng:badFirstOpt");
}

TEST(Construct, RandnAndRandi)
{
    call1("rng", { num(1) });
    auto v = re(call1("randn", { num(1), num(100001) }));
    ASSERT_EQ(v.size(), 100001u);
    double mean = 0, var = 0;
    for (double x : v)
        mean += x;
    mean /= v.size();
    for (double x : v)
        var += (x - mean) * (x - mean);
    var /= v.size();
    EXPECT_NEAR(mean, 0.0, 0.02);
    EXPECT_NEAR(var, 1.0, 0.03);

    auto r = re(call1("randi", { num(10), num(1), num(1000) }));
    EXPECT_TRUE(std::all_of(r.begin(), r.end(), [](double x) { return x >= 1 && x <= 10 && x == std::floor(x); }));
    EXPECT_NE(std::find(r.begin(), r.end(), 10.0), r.end());
    auto r2 = re(call1("randi", { row({ -2, 2 }), num(50) }));
    EXPECT_EQ(r2.size(), 2500u);
    EXPECT_TRUE(std::all_of(r2.begin(), r2.end(), [](double x) { return x >= -2 && x <= 2; }));
    expect_error(call("randi", { num(0) }), "MATLAB:randi:invalidLimits");
    expect_error(call("randi", { row({ 3, 1 }) }), "MATLAB:randi:invalidLimits");
}

TEST(Construct, Linspace)
{
    EXPECT_EQ(re(call1("linspace", { num(0), num(1), num(3) })), (std::vector<double> { 0, 0.5, 1 }));
    Value one = call1("linspace", { num(1), num(2), num(1) });
    EXPECT_EQ(one.num(), 2.0);
    EXPECT_EQ(call1("linspace", { num(1), num(2), num(0) }).dims(), Dims(1, 0));
    Value h = call1("linspace", { num(0), num(1) });
    EXPECT_EQ(h.dims(), Dims(1, 100));
    EXPECT_EQ(re(h).back(), 1.0);
    // MATLAB's formula a + (k * (b - a)) / (n - 1): 4/6 exactly (Octave's k * step differs).
    auto v = re(call1("linspace", { num(0), num(1), num(7) }));
    EXPECT_EQ(v[4], 4.0 / 6.0);
    EXPECT_EQ(v[5], 5.0 / 6.0);
    auto w = re(call1("linspace", { num(5), num(5), num(4) }));
    EXPECT_EQ(w, std::vector<double>(4, 5.0));
    expect_error(call("linspace", { row({ 1, 2 }), num(3) }), "MATLAB:linspace:scalarInputs");
}

TEST(Construct, Colon)
{
    EXPECT_EQ(re(call1("colon", { num(1), num(3) })), (std::vector<double> { 1, 2, 3 }));
    EXPECT_EQ(re(call1("colon", { num(1), num(2), num(5) })), (std::vector<double> { 1, 3, 5 }));
}

TEST(Construct, Repmat)
{
    Value r = call1("repmat", { row({ 1, 2 }), num(2), num(2) });
    EXPECT_EQ(r.dims(), Dims(2, 4));
    EXPECT_EQ(re(r), (std::vector<double> { 1, 1, 2, 2, 1, 1, 2, 2 }));
    Value sq = call1("repmat", { col({ 1, 2 }), num(2) });
    EXPECT_EQ(sq.dims(), Dims(4, 2));
    EXPECT_EQ(re(sq), (std::vector<double> { 1, 2, 1, 2, 1, 2, 1, 2 }));
    Value c = call1("repmat", { str("ab"), num(1), num(3) });
    EXPECT_EQ(text(c), "ababab");
    Value l = call1("repmat", { Value::logical(true), num(2) });
    EXPECT_EQ(l.class_id(), ClassId::Logical);
    EXPECT_EQ(l.dims(), Dims(2, 2));
    Value n = call1("repmat", { row({ 1, 2 }), row({ 2, 3, 2 }) });
    EXPECT_EQ(n.dims(), dims_of({ 2, 6, 2 }));
    auto nv = re(n);
    EXPECT_EQ(nv[0], 1);
    EXPECT_EQ(nv[2], 2);
    EXPECT_EQ(nv[23], 2);
    EXPECT_EQ(call1("repmat", { num(5), num(0), num(3) }).dims(), Dims(0, 3));
    Value z = call1("repmat", { cplx_row({ 1 }, { 2 }), num(1), num(2) });
    EXPECT_EQ(im(z), (std::vector<double> { 2, 2 }));
    // 2-by-2 block tiled along the third dimension keeps column order.
    Value m = call1("repmat", { mat(2, 2, { 1, 2, 3, 4 }), num(1), num(1), num(2) });
    EXPECT_EQ(re(m), (std::vector<double> { 1, 2, 3, 4, 1, 2, 3, 4 }));
    expect_error(call("repmat", { num(1), num(1.5) }), "MATLAB:repmat:invalidReplications");
}

TEST(Construct, Reshape)
{
    Value r = call1("reshape", { row({ 1, 2, 3, 4, 5, 6 }), num(2), num(3) });
    EXPECT_EQ(r.dims(), Dims(2, 3));
    EXPECT_EQ(re(r), (std::vector<double> { 1, 2, 3, 4, 5, 6 }));
    Value a = call1("reshape", { row({ 1, 2, 3, 4, 5, 6 }), Value::empty(), num(2) });
    EXPECT_EQ(a.dims(), Dims(3, 2));
    Value v = call1("reshape", { row({ 1, 2, 3, 4, 5, 6 }), row({ 3, 2 }) });
    EXPECT_EQ(v.dims(), Dims(3, 2));
    Value s = call1("reshape", { row({ 1, 2, 3, 4, 5, 6 }), num(1), num(2), num(3) });
    EXPECT_EQ(s.dims(), dims_of({ 1, 2, 3 }));
    Value c = call1("reshape", { str("abcd"), num(2), num(2) });
    EXPECT_EQ(c.class_id(), ClassId::Char);
    EXPECT_EQ(c.dims(), Dims(2, 2));
    Value one = call1("reshape", { num(7), num(1), num(1) });
    EXPECT_TRUE(one.is_num());
    Value l = call1("reshape", { logical_row({ 1, 0, 1, 0 }), num(2), Value::empty() });
    EXPECT_EQ(l.class_id(), ClassId::Logical);
    EXPECT_EQ(l.dims(), Dims(2, 2));

    expect_error(call("reshape", { row({ 1, 2, 3, 4, 5, 6 }), num(4), num(2) }), "MATLAB:getReshapeDims:notSameNumel",
        "Number of elements must not change. Use [] as one of the size inputs to automatically calculate the appropriate size for that dimension.");
    expect_error(call("reshape", { row({ 1, 2, 3, 4, 5, 6 }), num(4), Value::empty() }), "MATLAB:getReshapeDims:notDivisible",
        "Product of known dimensions, 4, not divisible into total number of elements, 6.");
    expect_error(call("reshape", { row({ 1, 2 }), Value::empty(), Value::empty() }), "MATLAB:getReshapeDims:unknownDim");
    expect_error(call("reshape", { row({ 1, 2 }), num(2) }), "MATLAB:getReshapeDims:sizeVector");
    expect_error(call("reshape", { row({ 1, 2 }), num(1.5), num(2) }), "MATLAB:getReshapeDims:notRealInt");
}
