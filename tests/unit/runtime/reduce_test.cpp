// Reductions: sum prod mean median cumsum cumprod max min sort find any all.
#include "value_test_support.hpp"
#include <cmath>
#include <limits>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
using V = std::vector<double>;

Value m22() { return mat(2, 2, { 1, 3, 2, 4 }); } // [1 2; 3 4]

std::vector<Value> call_n(std::string_view name, std::vector<Value> const& args, int nargout)
{
    auto r = call(name, args, nargout);
    EXPECT_FALSE(r.is_error()) << (r.is_error() ? r.error().message : "");
    return r.is_error() ? std::vector<Value>(static_cast<size_t>(nargout)) : r.value();
}

bool all_nan(V const& v)
{
    for (double x : v)
        if (!std::isnan(x))
            return false;
    return true;
}

} // namespace

TEST(Reduce, SumForms)
{
    EXPECT_EQ(re(call1("sum", { m22() })), (V { 4, 6 }));
    Value s2 = call1("sum", { m22(), num(2) });
    EXPECT_EQ(s2.dims(), Dims(2, 1));
    EXPECT_EQ(re(s2), (V { 3, 7 }));
    EXPECT_EQ(call1("sum", { m22(), str("all") }).num(), 10.0);
    EXPECT_EQ(re(call1("sum", { m22(), num(3) })), re(m22()));
    EXPECT_EQ(call1("sum", { row({ 1, 2, 3 }) }).num(), 6.0);
    EXPECT_EQ(call1("sum", { col({ 1, 2, 3 }) }).num(), 6.0);
    EXPECT_EQ(call1("sum", { row({ 1, NaN, 2 }), str("omitnan") }).num(), 3.0);
    EXPECT_TRUE(std::isnan(call1("sum", { row({ 1, NaN, 2 }) }).num()));
    // 2x2x2, reduced along 3 (non-contiguous slab).
    Value s3 = call1("sum", { nd({ 2, 2, 2 }, { 1, 2, 3, 4, 5, 6, 7, 8 }), num(3) });
    EXPECT_EQ(s3.dims(), Dims(2, 2));
    EXPECT_EQ(re(s3), (V { 6, 8, 10, 12 }));
    Value s1x1x3 = call1("sum", { nd({ 1, 1, 3 }, { 1, 2, 3 }) });
    EXPECT_EQ(s1x1x3.num(), 6.0);
}

TEST(Reduce, SumEmptyAndClasses)
{
    Value e = call1("sum", { Value::empty() });
    ASSERT_TRUE(e.is_num());
    EXPECT_EQ(e.num(), 0.0);
    Value z = call1("sum", { mat(0, 3, {}) });
    EXPECT_EQ(z.dims(), Dims(1, 3));
    EXPECT_EQ(re(z), (V { 0, 0, 0 }));
    EXPECT_EQ(call1("sum", { mat(3, 0, {}) }).dims(), Dims(1, 0));
    EXPECT_EQ(call1("sum", { mat(1, 0, {}) }).num(), 0.0);
    EXPECT_EQ(call1("sum", { Value::empty(), num(1) }).dims(), Dims(1, 0));
    Value l = call1("sum", { logical_row({ 1, 1, 0, 1 }) });
    EXPECT_TRUE(l.is_num());
    EXPECT_EQ(l.num(), 3.0);
    EXPECT_EQ(call1("sum", { str("ab") }).num(), 195.0);
    Value c = call1("sum", { cplx_row({ 1, 2 }, { 3, -1 }) });
    EXPECT_EQ(re(c), (V { 3 }));
    EXPECT_EQ(im(c), (V { 2 }));
}

TEST(Reduce, DimensionErrors)
{
    char const* msg = "Dimension argument must be a positive integer scalar within indexing range.";
    expect_error(call("sum", { m22(), num(0) }), "MATLAB:getdimarg:dimensionMustBePositiveInteger", msg);
    expect_error(call("sum", { m22(), num(1.5) }), "MATLAB:getdimarg:dimensionMustBePositiveInteger", msg);
    expect_error(call("max", { m22(), Value::empty(), num(-1) }), "MATLAB:getdimarg:dimensionMustBePositiveInteger", msg);
    expect_error(call("sum", { m22(), str("bogus") }), "MATLAB:sum:unknownFlag");
    Value fh = Value::object(make_ref<FunctionHandle>());
    expect_error(call("sum", { fh }), "MATLAB:sum:wrongInput", "Invalid data type. First argument must be numeric or logical.");
}

TEST(Reduce, ProdMean)
{
    EXPECT_EQ(call1("prod", { Value::empty() }).num(), 1.0);
    EXPECT_EQ(call1("prod", { row({ 1, 2, 3, 4 }) }).num(), 24.0);
    EXPECT_EQ(re(call1("prod", { m22() })), (V { 3, 8 }));
    Value pc = call1("prod", { cplx_row({ 0, 0 }, { 1, 1 }) });
    EXPECT_EQ(re(pc), (V { -1 }));
    EXPECT_EQ(im(pc), (V { 0 }));
    EXPECT_TRUE(std::isnan(call1("mean", { Value::empty() }).num()));
    EXPECT_EQ(re(call1("mean", { m22() })), (V { 2, 3 }));
    EXPECT_EQ(re(call1("mean", { m22(), num(2) })), (V { 1.5, 3.5 }));
    EXPECT_EQ(call1("mean", { row({ 1, NaN, 3 }), str("omitnan") }).num(), 2.0);
    EXPECT_EQ(call1("mean", { m22(), str("all") }).num(), 2.5);
    Value mz = call1("mean", { mat(0, 3, {}) });
    EXPECT_EQ(mz.dims(), Dims(1, 3));
    EXPECT_TRUE(all_nan(re(mz)));
    EXPECT_EQ(call1("mean", { logical_row({ 1, 0, 1, 0 }) }).num(), 0.5);
}

TEST(Reduce, Median)
{
    EXPECT_EQ(call1("median", { row({ 3, 1, 2 }) }).num(), 2.0);
    EXPECT_EQ(call1("median", { row({ 4, 1, 3, 2 }) }).num(), 2.5);
    EXPECT_TRUE(std::isnan(call1("median", { row({ 1, NaN }) }).num()));
    EXPECT_EQ(call1("median", { row({ 1, NaN, 5 }), str("omitnan") }).num(), 3.0);
    EXPECT_TRUE(std::isnan(call1("median", { Value::empty() }).num()));
    Value mz = call1("median", { mat(0, 3, {}) });
    EXPECT_EQ(mz.dims(), Dims(1, 3));
    EXPECT_TRUE(all_nan(re(mz)));
    EXPECT_EQ(re(call1("median", { mat(2, 3, { 1, 6, 2, 5, 3, 4 }), num(2) })), (V { 2, 5 }));
}

TEST(Reduce, CumsumCumprod)
{
    EXPECT_EQ(re(call1("cumsum", { row({ 1, 2, 3 }) })), (V { 1, 3, 6 }));
    EXPECT_EQ(re(call1("cumsum", { m22() })), (V { 1, 4, 2, 6 }));
    EXPECT_EQ(re(call1("cumsum", { m22(), num(2) })), (V { 1, 3, 3, 7 }));
    EXPECT_EQ(re(call1("cumsum", { row({ 1, 2, 3 }), str("reverse") })), (V { 6, 5, 3 }));
    EXPECT_EQ(re(call1("cumsum", { m22(), num(2), str("reverse") })), (V { 3, 7, 2, 4 }));
    EXPECT_EQ(re(call1("cumprod", { row({ 1, 2, 3 }) })), (V { 1, 2, 6 }));
    EXPECT_EQ(call1("cumsum", { Value::empty() }).dims(), Dims(0, 0));
    Value c = call1("cumsum", { logical_row({ 1, 1, 1 }) });
    EXPECT_EQ(c.class_id(), ClassId::Double);
    EXPECT_EQ(re(c), (V { 1, 2, 3 }));
    Value cc = call1("cumprod", { cplx_row({ 0, 0 }, { 1, 1 }) });
    EXPECT_EQ(re(cc), (V { 0, -1 }));
    EXPECT_EQ(im(cc), (V { 1, 0 }));
}

TEST(Reduce, MaxMinValuesAndIndices)
{
    EXPECT_EQ(call1("max", { row({ 1, 5, 3 }) }).num(), 5.0);
    auto mi = call_n("max", { row({ 1, 5, 5 }) }, 2);
    EXPECT_EQ(mi[0].num(), 5.0);
    EXPECT_EQ(mi[1].num(), 2.0);
    auto nan1 = call_n("max", { row({ NaN, 1 }) }, 2);
    EXPECT_EQ(nan1[0].num(), 1.0);
    EXPECT_EQ(nan1[1].num(), 2.0);
    auto alln = call_n("min", { row({ NaN, NaN }) }, 2);
    EXPECT_TRUE(std::isnan(alln[0].num()));
    EXPECT_EQ(alln[1].num(), 1.0);
    auto inc = call_n("max", { row({ 1, NaN, 3 }), Value::empty(), num(2), str("includenan") }, 2);
    EXPECT_TRUE(std::isnan(inc[0].num()));
    EXPECT_EQ(inc[1].num(), 2.0);
    auto cols = call_n("min", { m22() }, 2);
    EXPECT_EQ(re(cols[0]), (V { 1, 2 }));
    EXPECT_EQ(re(cols[1]), (V { 1, 1 }));
    auto rows = call_n("max", { m22(), Value::empty(), num(2) }, 2);
    EXPECT_EQ(rows[0].dims(), Dims(2, 1));
    EXPECT_EQ(re(rows[0]), (V { 2, 4 }));
    EXPECT_EQ(re(rows[1]), (V { 2, 2 }));
    auto all = call_n("max", { mat(2, 2, { 1, 9, 2, 4 }), Value::empty(), str("all") }, 2);
    EXPECT_EQ(all[0].num(), 9.0);
    EXPECT_EQ(all[1].num(), 2.0);
    EXPECT_EQ(re(call1("max", { m22(), Value::empty(), num(3) })), re(m22()));
}

TEST(Reduce, MaxMinClassesAndEmpties)
{
    Value ml = call1("max", { logical_row({ 0, 1 }) });
    EXPECT_EQ(ml.class_id(), ClassId::Logical);
    Value mc = call1("max", { str("abc") });
    EXPECT_EQ(mc.class_id(), ClassId::Double);
    EXPECT_EQ(mc.num(), 99.0);
    EXPECT_EQ(call1("max", { Value::empty() }).dims(), Dims(0, 0));
    EXPECT_EQ(call1("max", { mat(0, 3, {}) }).dims(), Dims(0, 3));
    EXPECT_EQ(call1("max", { mat(3, 0, {}) }).dims(), Dims(1, 0));
    Value z = call1("min", { cplx_row({ 3, 0, -1 }, { 4, 2, 0 }) });
    EXPECT_EQ(re(z), (V { -1 }));
    EXPECT_EQ(im(z), (V { 0 }));
    // Equal magnitudes: the larger phase angle wins for max.
    Value zm = call1("max", { cplx_row({ 1, -1 }, { 0, 0 }) });
    EXPECT_EQ(re(zm), (V { -1 }));
}

TEST(Reduce, MaxTwoArgs)
{
    EXPECT_EQ(re(call1("max", { row({ 1, 4 }), row({ 3, 2 }) })), (V { 3, 4 }));
    Value b = call1("max", { col({ 1, 2 }), row({ 0, 3 }) });
    EXPECT_EQ(b.dims(), Dims(2, 2));
    EXPECT_EQ(re(b), (V { 1, 2, 3, 3 }));
    EXPECT_EQ(re(call1("min", { row({ 1, NaN, 5 }), num(2) })), (V { 1, 2, 2 }));
    auto withnan = re(call1("min", { row({ 1, NaN }), num(2), str("includenan") }));
    EXPECT_EQ(withnan[0], 1.0);
    EXPECT_TRUE(std::isnan(withnan[1]));
    EXPECT_EQ(call1("max", { num(5), Value::empty() }).dims(), Dims(0, 0));
    EXPECT_EQ(call1("max", { Value::logical(true), Value::logical(false) }).class_id(), ClassId::Logical);
    EXPECT_EQ(call1("max", { Value::logical(true), num(0.5) }).class_id(), ClassId::Double);
    expect_error(call("max", { row({ 1, 2, 3 }), row({ 1, 2 }) }), "MATLAB:sizeDimensionsMustMatch");
    expect_error(call("max", { m22(), m22(), num(1) }), "MATLAB:max:caseNotSupported",
        "MAX with two matrices to compare and a working dimension is not supported.");
    expect_error(call("min", { m22(), m22() }, 2), "MATLAB:min:TwoInTwoOutCaseNotSupported");
}

TEST(Reduce, Sort)
{
    EXPECT_EQ(re(call1("sort", { row({ 3, 1, 2 }) })), (V { 1, 2, 3 }));
    auto si = call_n("sort", { row({ 3, 1, 2 }) }, 2);
    EXPECT_EQ(re(si[1]), (V { 2, 3, 1 }));
    EXPECT_EQ(re(call1("sort", { row({ 3, 1, 2 }), str("descend") })), (V { 3, 2, 1 }));
    auto nanasc = call_n("sort", { row({ NaN, 2, NaN, 1 }) }, 2);
    auto v = re(nanasc[0]);
    EXPECT_EQ(v[0], 1);
    EXPECT_EQ(v[1], 2);
    EXPECT_TRUE(std::isnan(v[2]) && std::isnan(v[3]));
    EXPECT_EQ(re(nanasc[1]), (V { 4, 2, 1, 3 }));
    auto nandesc = call_n("sort", { row({ NaN, 2, NaN, 1 }), str("descend") }, 2);
    EXPECT_EQ(re(nandesc[1]), (V { 1, 3, 2, 4 }));
    auto vd = re(call1("sort", { row({ 1, NaN, 3 }), str("descend") }));
    EXPECT_TRUE(std::isnan(vd[0]));
    EXPECT_EQ(vd[1], 3);
    auto ties = call_n("sort", { row({ 2, 1, 2, 1 }), str("descend") }, 2);
    EXPECT_EQ(re(ties[1]), (V { 1, 3, 2, 4 }));
    EXPECT_EQ(re(call1("sort", { mat(2, 2, { 4, 3, 1, 2 }) })), (V { 3, 4, 1, 2 }));
    EXPECT_EQ(re(call1("sort", { mat(2, 2, { 4, 3, 1, 2 }), num(2) })), (V { 1, 2, 4, 3 }));
    Value c = call1("sort", { str("hello") });
    EXPECT_EQ(c.class_id(), ClassId::Char);
    EXPECT_EQ(text(c), "ehllo");
    Value l = call1("sort", { logical_row({ 1, 0, 1 }), str("descend") });
    EXPECT_EQ(l.class_id(), ClassId::Logical);
    EXPECT_EQ(re(l), (V { 1, 1, 0 }));
    Value z = call1("sort", { cplx_row({ 3, 1 }, { 4, 0 }) });
    EXPECT_EQ(re(z), (V { 1, 3 }));
    EXPECT_EQ(im(z), (V { 0, 4 }));
    EXPECT_EQ(call1("sort", { Value::empty() }).dims(), Dims(0, 0));
    expect_error(call("sort", { row({ 1, 2 }), str("up") }), "MATLAB:sort:sortDirection");
}

TEST(Reduce, Find)
{
    Value r = call1("find", { row({ 0, 1, 0, 1 }) });
    EXPECT_EQ(r.dims(), Dims(1, 2));
    EXPECT_EQ(re(r), (V { 2, 4 }));
    EXPECT_EQ(call1("find", { col({ 0, 1, 1 }) }).dims(), Dims(2, 1));
    EXPECT_EQ(call1("find", { mat(2, 2, { 0, 0, 0, 0 }) }).dims(), Dims(0, 1));
    EXPECT_EQ(call1("find", { num(0) }).dims(), Dims(0, 0));
    EXPECT_EQ(call1("find", { num(3) }).num(), 1.0);
    EXPECT_EQ(call1("find", { Value::empty() }).dims(), Dims(0, 0));
    EXPECT_EQ(call1("find", { mat(1, 0, {}) }).dims(), Dims(1, 0));
    EXPECT_EQ(call1("find", { mat(0, 2, {}) }).dims(), Dims(0, 1));
    EXPECT_EQ(call1("find", { row({ 0, 1, 1, 1 }), num(2) }).dims(), Dims(1, 2));
    EXPECT_EQ(re(call1("find", { row({ 0, 1, 1, 1 }), num(2), str("last") })), (V { 3, 4 }));
    EXPECT_EQ(call1("find", { logical_row({ 0, 1 }) }).num(), 2.0);
    EXPECT_EQ(call1("find", { row({ 0, NaN }) }).num(), 2.0);
    auto rc = call_n("find", { mat(2, 2, { 1, 0, 0, 1 }) }, 3);
    EXPECT_EQ(re(rc[0]), (V { 1, 2 }));
    EXPECT_EQ(re(rc[1]), (V { 1, 2 }));
    EXPECT_EQ(re(rc[2]), (V { 1, 1 }));
    auto rcl = call_n("find", { logical_row({ 0, 1 }) }, 3);
    EXPECT_EQ(rcl[2].class_id(), ClassId::Logical);
    expect_error(call("find", { row({ 1 }), num(0) }), "MATLAB:find:KNotPositiveInteger");
    expect_error(call("find", { row({ 1 }), num(1), str("middle") }), "MATLAB:find:InvalidDirection");
}

TEST(Reduce, AnyAll)
{
    Value a = call1("any", { row({ 0, 0, 1 }) });
    ASSERT_TRUE(a.is_bool());
    EXPECT_TRUE(a.boolean());
    EXPECT_FALSE(call1("all", { row({ 1, 1, 0 }) }).boolean());
    Value ae = call1("any", { Value::empty() });
    ASSERT_TRUE(ae.is_bool());
    EXPECT_FALSE(ae.boolean());
    EXPECT_TRUE(call1("all", { Value::empty() }).boolean());
    Value az = call1("any", { mat(0, 3, {}) });
    EXPECT_EQ(az.dims(), Dims(1, 3));
    EXPECT_EQ(re(az), (V { 0, 0, 0 }));
    EXPECT_EQ(re(call1("all", { mat(0, 3, {}) })), (V { 1, 1, 1 }));
    EXPECT_FALSE(call1("any", { num(NaN) }).boolean());
    EXPECT_TRUE(call1("all", { num(NaN) }).boolean());
    Value a2 = call1("any", { mat(2, 2, { 0, 1, 0, 0 }), num(2) });
    EXPECT_EQ(a2.class_id(), ClassId::Logical);
    EXPECT_EQ(re(a2), (V { 0, 1 }));
    EXPECT_TRUE(call1("any", { mat(2, 2, { 0, 1, 0, 0 }), str("all") }).boolean());
    EXPECT_TRUE(call1("all", { cplx_row({ 0 }, { 1 }) }).boolean());
    EXPECT_TRUE(call1("any", { str("a") }).boolean());
}

TEST(Reduce, LargeInputsStayCorrect)
{
    auto a = make_ref<DoubleArray>(Dims(1000, 1000), 1.0);
    Value big = make_double(std::move(a));
    EXPECT_EQ(call1("sum", { big, str("all") }).num(), 1e6);
    Value s2 = call1("sum", { big, num(2) });
    EXPECT_EQ(s2.dims(), Dims(1000, 1));
    EXPECT_EQ(re(s2)[999], 1000.0);
    auto mx = call_n("max", { big, Value::empty(), num(2) }, 2);
    EXPECT_EQ(re(mx[1])[0], 1.0);
}

TEST(Reduce, VectorOfDimensions)
{
    EXPECT_EQ(call1("sum", { m22(), row({ 1, 2 }) }).num(), 10.0);
    EXPECT_EQ(call1("mean", { m22(), row({ 1, 2 }) }).num(), 2.5);
    Value cube = nd({ 2, 2, 2 }, { 1, 2, 3, 4, 5, 6, 7, 8 });
    Value s13 = call1("sum", { cube, row({ 1, 3 }) });
    EXPECT_EQ(s13.dims(), Dims(1, 2));
    EXPECT_EQ(re(s13), (V { 14, 22 }));
    EXPECT_EQ(re(call1("max", { cube, Value::empty(), row({ 3, 1 }) })), (V { 6, 8 }));
    EXPECT_TRUE(call1("all", { cube, row({ 1, 2, 3 }) }).boolean());
    expect_error(call("sum", { m22(), row({ 1, 1 }) }), "MATLAB:getdimarg:vecdimsMustBeUniquePositiveIntegers");
}
