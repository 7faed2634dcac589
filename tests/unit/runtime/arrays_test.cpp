// Array builtins: set operations, histograms, accumarray, rearrangements, index conversion,
// running extremes, sortrows/issorted and base conversion. Expected values follow MATLAB
// (checked against GNU Octave where both agree).
#include "value_test_support.hpp"
#include <cmath>
#include <limits>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Inf = std::numeric_limits<double>::infinity();
using V = std::vector<double>;

std::vector<Value> calln(std::string_view name, std::vector<Value> const& args, int nargout)
{
    auto r = call(name, args, nargout);
    EXPECT_FALSE(r.is_error()) << name << ": " << (r.is_error() ? r.error().message : "");
    return r.is_error() ? std::vector<Value>(static_cast<size_t>(nargout)) : r.value();
}

// Equal including NaN positions.
void expect_same(V const& got, V const& want)
{
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < got.size(); ++i) {
        if (std::isnan(want[i]))
            EXPECT_TRUE(std::isnan(got[i])) << "at " << i;
        else
            EXPECT_DOUBLE_EQ(got[i], want[i]) << "at " << i;
    }
}

void expect_value(Value const& v, Dims d, V const& want)
{
    EXPECT_EQ(v.dims(), d) << d.to_string() << " expected, got " << v.dims().to_string();
    expect_same(re(v), want);
}

Value chars(size_t r, size_t c, std::string const& colmajor)
{
    auto a = make_ref<CharArray>(Dims(r, c));
    for (size_t i = 0; i < colmajor.size(); ++i)
        a->data()[i] = static_cast<char16_t>(colmajor[i]);
    return make_char(std::move(a));
}

Value cell_row(std::vector<Value> const& vs)
{
    auto c = make_ref<CellArray>(Dims(1, vs.size()));
    for (size_t i = 0; i < vs.size(); ++i)
        c->data()[i] = vs[i];
    return Value::object(std::move(c));
}

Value handle(std::string name)
{
    auto h = make_ref<FunctionHandle>();
    h->name = name;
    h->text = "@" + name;
    return Value::object(std::move(h));
}

Value m3() { return mat(3, 3, { 8, 3, 4, 1, 5, 9, 6, 7, 2 }); } // magic(3)

} // namespace

// ---- unique ---------------------------------------------------------------------------------

TEST(ArraysUnique, SortedWithIndicesAndNaN)
{
    auto r = calln("unique", { row({ 3, 1, NaN, 1, NaN }) }, 3);
    expect_value(r[0], Dims(1, 4), { 1, 3, NaN, NaN }); // each NaN is distinct
    expect_value(r[1], Dims(4, 1), { 2, 1, 3, 5 });
    expect_value(r[2], Dims(5, 1), { 2, 1, 3, 1, 4 });
}

TEST(ArraysUnique, StableLastAndOrientation)
{
    auto s = calln("unique", { row({ 5, 3, 5, 1, 3 }), str("stable") }, 3);
    expect_value(s[0], Dims(1, 3), { 5, 3, 1 });
    expect_value(s[1], Dims(3, 1), { 1, 2, 4 });
    expect_value(s[2], Dims(5, 1), { 1, 2, 1, 3, 2 });
    auto l = calln("unique", { row({ 5, 3, 5, 1, 3 }), str("last") }, 3);
    expect_value(l[0], Dims(1, 3), { 1, 3, 5 });
    expect_value(l[1], Dims(3, 1), { 4, 5, 3 });
    expect_value(l[2], Dims(5, 1), { 3, 2, 3, 1, 2 });
    expect_value(call1("unique", { col({ 2, 1, 2 }) }), Dims(2, 1), { 1, 2 });
    expect_value(call1("unique", { mat(2, 2, { 3, 2, 1, 3 }) }), Dims(3, 1), { 1, 2, 3 });
    EXPECT_EQ(call1("unique", { num(7) }).num(), 7.0);
}

TEST(ArraysUnique, Rows)
{
    auto r = calln("unique", { mat(4, 2, { 1, 1, 0, 1, 2, 2, 5, 1 }), str("rows") }, 3);
    expect_value(r[0], Dims(3, 2), { 0, 1, 1, 5, 1, 2 }); // [0 5; 1 1; 1 2]
    expect_value(r[1], Dims(3, 1), { 3, 4, 1 });
    expect_value(r[2], Dims(4, 1), { 3, 3, 1, 2 });
    auto s = calln("unique", { mat(3, 2, { 2, 1, 2, 0, 0, 0 }), str("rows"), str("stable") }, 2);
    expect_value(s[0], Dims(2, 2), { 2, 1, 0, 0 });
    expect_value(s[1], Dims(2, 1), { 1, 2 });
}

TEST(ArraysUnique, EmptiesAndClasses)
{
    auto e = calln("unique", { Value::empty() }, 3);
    EXPECT_EQ(e[0].dims(), Dims(0, 1));
    EXPECT_EQ(e[1].dims(), Dims(0, 1));
    EXPECT_EQ(e[2].dims(), Dims(0, 1));
    EXPECT_EQ(call1("unique", { mat(1, 0, {}) }).dims(), Dims(1, 0));
    EXPECT_EQ(call1("unique", { mat(0, 3, {}), str("rows") }).dims(), Dims(0, 3));
    Value c = call1("unique", { str("hello") });
    EXPECT_EQ(c.class_id(), ClassId::Char);
    EXPECT_EQ(text(c), "ehlo");
    Value l = call1("unique", { logical_row({ 1, 0, 1 }) });
    EXPECT_EQ(l.class_id(), ClassId::Logical);
    expect_value(l, Dims(1, 2), { 0, 1 });
    // Complex: by magnitude, then phase angle.
    Value z = call1("unique", { cplx_row({ 1, 1, 1, -1 }, { 1, 0, 1, 0 }) });
    expect_value(z, Dims(1, 3), { 1, -1, 1 });
    expect_same(im(z), { 0, 0, 1 });
    auto i8 = make_ref<Int8Array>(Dims(1, 3));
    i8->data()[0] = 3, i8->data()[1] = -1, i8->data()[2] = 3;
    Value u = call1("unique", { Value::object(std::move(i8)) });
    ASSERT_EQ(u.class_id(), ClassId::Int8);
    EXPECT_EQ(u.as_int_array<int8_t>()->data()[0], -1);
    EXPECT_EQ(u.as_int_array<int8_t>()->data()[1], 3);
}

TEST(ArraysUnique, Errors)
{
    expect_error(call("unique", { row({ 1 }), str("sorted"), str("stable") }), "MATLAB:UNIQUE:RepeatedFlag");
    expect_error(call("unique", { row({ 1 }), str("bogus") }), "MATLAB:UNIQUE:UnknownFlag");
    expect_error(call("unique", { nd({ 1, 1, 2 }, { 1, 2 }), str("rows") }), "MATLAB:UNIQUE:ANotAMatrix");
    expect_error(call("unique", { handle("sin") }), "MATLAB:UndefinedFunction",
        "Undefined function 'unique' for input arguments of type 'function_handle'.");
}

// ---- ismember --------------------------------------------------------------------------------

TEST(ArraysIsmember, ElementsLowestIndexAndNaN)
{
    auto r = calln("ismember", { mat(2, 4, { 1, 3, 5, 2, 2, 2, NaN, 7 }), row({ 2, 7, 2, 1 }) }, 2);
    EXPECT_EQ(r[0].class_id(), ClassId::Logical);
    expect_value(r[0], Dims(2, 4), { 1, 0, 0, 1, 1, 1, 0, 1 });
    expect_value(r[1], Dims(2, 4), { 4, 0, 0, 1, 1, 1, 0, 2 }); // 2 is first at index 1
    EXPECT_TRUE(call1("ismember", { str("b"), str("abc") }).boolean());
    EXPECT_EQ(calln("ismember", { str("c"), str("abc") }, 2)[1].num(), 3.0);
    EXPECT_FALSE(call1("ismember", { num(2), Value::empty() }).boolean());
    EXPECT_TRUE(call1("ismember", { num(97), str("a") }).boolean()); // char compares as its code
}

TEST(ArraysIsmember, Rows)
{
    auto r = calln("ismember", { mat(3, 2, { 1, 3, 1, 2, 4, 2 }), mat(2, 2, { 3, 1, 4, 2 }), str("rows") }, 2);
    expect_value(r[0], Dims(3, 1), { 1, 1, 1 });
    expect_value(r[1], Dims(3, 1), { 2, 1, 2 });
    expect_error(call("ismember", { mat(1, 2, { 1, 2 }), mat(1, 3, { 1, 2, 3 }), str("rows") }), "MATLAB:ISMEMBER:AandBColnumAgree");
}

// ---- union / intersect / setdiff -------------------------------------------------------------

TEST(ArraysSetOps, Union)
{
    auto u = calln("union", { row({ 5, 7, 1, NaN }), row({ 3, 1, 1, NaN }) }, 3);
    expect_value(u[0], Dims(1, 6), { 1, 3, 5, 7, NaN, NaN });
    expect_value(u[1], Dims(4, 1), { 3, 1, 2, 4 });
    expect_value(u[2], Dims(2, 1), { 1, 4 });
    auto s = calln("union", { row({ 5, 7, 1 }), row({ 3, 1, 1 }), str("stable") }, 3);
    expect_value(s[0], Dims(1, 4), { 5, 7, 1, 3 });
    expect_value(s[1], Dims(3, 1), { 1, 2, 3 });
    expect_value(s[2], Dims(1, 1), { 1 });
    expect_value(call1("union", { col({ 1, 2 }), row({ 2, 3 }) }), Dims(3, 1), { 1, 2, 3 });
    expect_value(call1("union", { Value::empty(), row({ 2, 1 }) }), Dims(2, 1), { 1, 2 });
    expect_value(call1("union", { row({ 2, 1 }), num(0) }), Dims(1, 3), { 0, 1, 2 });
    auto r = calln("union", { mat(2, 2, { 1, 3, 2, 4 }), mat(2, 2, { 3, 0, 4, 1 }), str("rows") }, 3);
    expect_value(r[0], Dims(3, 2), { 0, 1, 3, 1, 2, 4 }); // [0 1; 1 2; 3 4]
    expect_value(r[1], Dims(2, 1), { 1, 2 });
    expect_value(r[2], Dims(1, 1), { 2 });
}

TEST(ArraysSetOps, Intersect)
{
    auto r = calln("intersect", { row({ 5, 7, 1, 5, 3 }), row({ 3, 1, 1, 9, 5 }) }, 3);
    expect_value(r[0], Dims(1, 3), { 1, 3, 5 });
    expect_value(r[1], Dims(3, 1), { 3, 5, 1 });
    expect_value(r[2], Dims(3, 1), { 2, 1, 5 });
    auto s = calln("intersect", { row({ 5, 7, 1, 5, 3 }), row({ 3, 1, 1, 9, 5 }), str("stable") }, 3);
    expect_value(s[0], Dims(1, 3), { 5, 1, 3 });
    expect_value(s[1], Dims(3, 1), { 1, 3, 5 });
    expect_value(s[2], Dims(3, 1), { 5, 2, 1 });
    expect_value(call1("intersect", { row({ NaN, 1 }), row({ NaN, 1 }) }), Dims(1, 1), { 1 });
    EXPECT_EQ(call1("intersect", { row({ 1, 2 }), Value::empty() }).dims(), Dims(0, 1));
    auto rows = calln("intersect", { mat(3, 2, { 1, 3, 5, 2, 4, 6 }), mat(2, 2, { 5, 1, 6, 2 }), str("rows") }, 3);
    expect_value(rows[0], Dims(2, 2), { 1, 5, 2, 6 });
    expect_value(rows[1], Dims(2, 1), { 1, 3 });
    expect_value(rows[2], Dims(2, 1), { 2, 1 });
    EXPECT_EQ(text(call1("intersect", { str("hello"), str("world") })), "lo");
}

TEST(ArraysSetOps, Setdiff)
{
    auto r = calln("setdiff", { row({ 5, 7, 1, 5, 3, NaN }), row({ 3, 9 }) }, 2);
    expect_value(r[0], Dims(1, 4), { 1, 5, 7, NaN });
    expect_value(r[1], Dims(4, 1), { 3, 1, 2, 6 });
    auto s = calln("setdiff", { row({ 5, 7, 1, 5, 3 }), row({ 3, 9 }), str("stable") }, 2);
    expect_value(s[0], Dims(1, 3), { 5, 7, 1 });
    expect_value(s[1], Dims(3, 1), { 1, 2, 3 });
    expect_value(call1("setdiff", { col({ 1, 2, 3 }), row({ 2, 5 }) }), Dims(2, 1), { 1, 3 });
    expect_value(call1("setdiff", { row({ 1, 2, 3 }), col({ 2 }) }), Dims(1, 2), { 1, 3 });
    EXPECT_EQ(call1("setdiff", { Value::empty(), row({ 1 }) }).dims(), Dims(0, 1));
    EXPECT_EQ(call1("setdiff", { row({ 1 }), row({ 1 }) }).dims(), Dims(1, 0));
    expect_value(call1("setdiff", { mat(3, 2, { 1, 3, 1, 2, 4, 2 }), mat(1, 2, { 3, 4 }), str("rows") }), Dims(1, 2), { 1, 2 });
}

TEST(ArraysSetOps, ClassesAndErrors)
{
    Value u = call1("union", { logical_row({ 1, 0 }), row({ 2 }) });
    EXPECT_EQ(u.class_id(), ClassId::Double);
    expect_value(u, Dims(1, 3), { 0, 1, 2 });
    EXPECT_EQ(call1("union", { str("ab"), str("bc") }).class_id(), ClassId::Char);
    expect_error(call("union", { row({ 1 }), row({ 2 }), str("stable"), str("sorted") }), "MATLAB:UNION:RepeatedFlag");
    expect_error(call("setdiff", { mat(1, 2, { 1, 2 }), mat(1, 3, { 1, 2, 3 }), str("rows") }), "MATLAB:SETDIFF:AandBColnumAgree");
    expect_error(call("union", { row({ 1 }), cell_row({ num(1) }) }), "RunMat:notImplemented");
    expect_error(call("intersect", { row({ 1 }), row({ 1 }), str("legacy") }), "RunMat:notImplemented");
}

// ---- histc / histcounts ----------------------------------------------------------------------

TEST(ArraysHist, Histc)
{
    auto r = calln("histc", { row({ 1, 2, 2, 3, 5 }), row({ 1, 2, 3, 4 }) }, 2);
    expect_value(r[0], Dims(1, 4), { 1, 2, 1, 0 });
    expect_value(r[1], Dims(1, 5), { 1, 2, 2, 3, 0 });
    expect_value(call1("histc", { col({ 1, 4, 4 }), row({ 1, 2, 3, 4 }) }), Dims(4, 1), { 1, 0, 0, 2 }); // x == edges(end)
    expect_value(call1("histc", { mat(3, 2, { 1, 2, 3, 2, 3, 5 }), row({ 1, 2, 3 }) }), Dims(3, 2), { 1, 1, 1, 0, 1, 1 });
    expect_value(call1("histc", { mat(2, 2, { 1, 2, 2, 3 }), row({ 1, 2, 3 }), num(2) }), Dims(2, 3), { 1, 0, 1, 1, 0, 1 });
    expect_error(call("histc", { row({ 1 }), row({ 2, 1 }) }), "MATLAB:histc:InvalidEdges");
}

TEST(ArraysHist, HistcountsIntegerRuleAndEdges)
{
    auto r = calln("histcounts", { row({ 1, 2, 2, 3 }) }, 3);
    expect_value(r[0], Dims(1, 3), { 1, 2, 1 });
    expect_value(r[1], Dims(1, 4), { 0.5, 1.5, 2.5, 3.5 });
    expect_value(r[2], Dims(1, 4), { 1, 2, 2, 3 });
    auto c = calln("histcounts", { row({ 5, 5, 5 }) }, 2);
    expect_value(c[0], Dims(1, 1), { 3 });
    expect_value(c[1], Dims(1, 2), { 4.5, 5.5 });
    auto n = calln("histcounts", { row({ 1, NaN, 2, Inf }) }, 3);
    expect_value(n[0], Dims(1, 2), { 1, 1 });
    expect_value(n[2], Dims(1, 4), { 1, 0, 2, 0 });
    auto e = calln("histcounts", { row({ 1, 2, 3, 4, 5 }), row({ 0, 2, 4, 5 }) }, 2);
    expect_value(e[0], Dims(1, 3), { 1, 2, 2 });
    expect_value(calln("histcounts", { row({ 1, 2 }), col({ 0, 1, 3 }) }, 2)[1], Dims(3, 1), { 0, 1, 3 });
}

TEST(ArraysHist, HistcountsScottAndNumBins)
{
    // MATLAB's documented example: 10 primes into 6 bins.
    auto r = calln("histcounts", { row({ 2, 3, 5, 7, 11, 13, 17, 19, 23, 29 }), num(6) }, 2);
    expect_value(r[0], Dims(1, 6), { 2, 2, 2, 2, 1, 1 });
    expect_value(r[1], Dims(1, 7), { 0, 4.9, 9.8, 14.7, 19.6, 24.5, 29.4 });
    // Scott's rule: width 3.5*std/n^(1/3) = 1.31 -> nice width 1 from 0.
    auto s = calln("histcounts", { row({ 0.1, 0.25, 0.5, 0.9, 1.7 }) }, 2);
    expect_value(s[0], Dims(1, 2), { 4, 1 });
    expect_value(s[1], Dims(1, 3), { 0, 1, 2 });
    auto k = calln("histcounts", { row({ 0.3, 0.3 }) }, 2); // constant non-integer data
    expect_value(k[0], Dims(1, 1), { 2 });
    expect_value(k[1], Dims(1, 2), { 0, 1 });
    auto z = calln("histcounts", { Value::empty() }, 2);
    expect_value(z[0], Dims(1, 1), { 0 });
    expect_value(z[1], Dims(1, 2), { 0, 1 });
    expect_value(call1("histcounts", { row({ 1, 2, 2, 3 }), str("Normalization"), str("probability") }), Dims(1, 3), { 0.25, 0.5, 0.25 });
    expect_value(call1("histcounts", { row({ 1, 2, 2, 3 }), str("Normalization"), str("cumcount") }), Dims(1, 3), { 1, 3, 4 });
    expect_value(calln("histcounts", { row({ 1, 2, 3, 10 }), str("BinWidth"), num(5) }, 2)[1], Dims(1, 3), { 0, 5, 10 });
    expect_value(calln("histcounts", { row({ 1, 2, 3, 10 }), str("BinLimits"), row({ 0, 4 }), str("NumBins"), num(2) }, 2)[0], Dims(1, 2), { 1, 2 });
    expect_error(call("histcounts", { str("ab") }), "MATLAB:histcounts:invalidType");
    expect_error(call("histcounts", { row({ 1 }), num(0) }), "MATLAB:histcounts:expectedPositive");
}

// ---- accumarray ------------------------------------------------------------------------------

TEST(ArraysAccumarray, SumsAndShapes)
{
    expect_value(call1("accumarray", { col({ 1, 2, 4, 2 }), col({ 10, 20, 30, 40 }) }), Dims(4, 1), { 10, 60, 0, 30 });
    expect_value(call1("accumarray", { mat(3, 2, { 1, 2, 1, 1, 2, 1 }), row({ 1, 2, 3 }) }), Dims(2, 2), { 4, 0, 0, 2 });
    expect_value(call1("accumarray", { col({ 1, 3 }), num(5) }), Dims(3, 1), { 5, 0, 5 });
    expect_value(call1("accumarray", { col({ 1, 2 }), col({ 1, 1 }), row({ 4, 1 }) }), Dims(4, 1), { 1, 1, 0, 0 });
    expect_value(call1("accumarray", { mat(2, 2, { 1, 2, 1, 3 }), col({ 1, 1 }), row({ 2, 3 }) }), Dims(2, 3), { 1, 0, 0, 0, 0, 1 });
    expect_error(call("accumarray", { col({ 1, 2 }), col({ 1, 1 }), row({ 2, 3 }) }), "MATLAB:accumarray:invalidSz");
}

TEST(ArraysAccumarray, NamedFunctionsAndFill)
{
    expect_value(call1("accumarray", { col({ 1, 2, 2 }), col({ 3, NaN, 1 }), Value::empty(), handle("max") }), Dims(2, 1), { 3, 1 });
    expect_value(call1("accumarray", { col({ 1, 2, 2 }), col({ 3, 4, 1 }), row({ 4, 1 }), handle("min"), num(-1) }), Dims(4, 1), { 3, 1, -1, -1 });
    expect_value(call1("accumarray", { col({ 1, 1, 2 }), col({ 1, 2, 5 }), Value::empty(), handle("mean") }), Dims(2, 1), { 1.5, 5 });
    expect_value(call1("accumarray", { col({ 1, 1, 3 }), col({ 1, 2, 5 }), Value::empty(), handle("numel") }), Dims(3, 1), { 2, 0, 1 });
    expect_value(call1("accumarray", { col({ 2, 2 }), col({ 3, 4 }), Value::empty(), handle("prod") }), Dims(2, 1), { 0, 12 });
}

TEST(ArraysAccumarray, Errors)
{
    expect_error(call("accumarray", { col({ 0, 1 }), num(1) }), "MATLAB:accumarray:nonPosIntSubs",
        "First input SUBS must contain positive integer subscripts.");
    expect_error(call("accumarray", { col({ 1, 2 }), col({ 1, 2, 3 }) }), "MATLAB:accumarray:nmismatch");
    expect_error(call("accumarray", { col({ 1, 3 }), num(1), row({ 2, 1 }) }), "MATLAB:accumarray:invalidSzValue");
    auto anon = make_ref<FunctionHandle>();
    anon->text = "@(x)max(x)";
    expect_error(call("accumarray", { col({ 1 }), num(1), Value::empty(), Value::object(std::move(anon)) }), "RunMat:notImplemented");
}

// ---- diff ------------------------------------------------------------------------------------

TEST(ArraysDiff, Forms)
{
    expect_value(call1("diff", { row({ 1, 4, 9, 16 }) }), Dims(1, 3), { 3, 5, 7 });
    expect_value(call1("diff", { row({ 1, 4, 9, 16 }), num(2) }), Dims(1, 2), { 2, 2 });
    expect_value(call1("diff", { mat(2, 2, { 1, 4, 2, 8 }) }), Dims(1, 2), { 3, 6 });
    expect_value(call1("diff", { mat(2, 2, { 1, 4, 2, 8 }), num(1), num(2) }), Dims(2, 1), { 1, 4 });
    expect_value(call1("diff", { mat(2, 2, { 1, 3, 2, 5 }), num(2) }), Dims(1, 1), { 1 }); // diff(diff(X))
    EXPECT_EQ(call1("diff", { num(5) }).dims(), Dims(0, 0));
    EXPECT_EQ(call1("diff", { Value::empty() }).dims(), Dims(0, 0));
    EXPECT_EQ(call1("diff", { row({ 1, 2 }), num(5), num(2) }).dims(), Dims(1, 0));
    EXPECT_EQ(call1("diff", { row({ 1, 2 }), num(1), num(1) }).dims(), Dims(0, 2));
    Value c = call1("diff", { str("abd") });
    EXPECT_EQ(c.class_id(), ClassId::Double);
    expect_value(c, Dims(1, 2), { 1, 2 });
    expect_value(call1("diff", { logical_row({ 1, 0 }) }), Dims(1, 1), { -1 });
    Value z = call1("diff", { cplx_row({ 1, 2 }, { 1, 3 }) });
    expect_same(im(z), { 2 });
    expect_error(call("diff", { row({ 1, 2 }), num(-1) }), "MATLAB:diff:differenceOrderMustBePositiveInteger");
    auto i8 = make_ref<Int8Array>(Dims(1, 3));
    i8->data()[0] = 100, i8->data()[1] = -100, i8->data()[2] = -90;
    Value d8 = call1("diff", { Value::object(std::move(i8)) });
    ASSERT_EQ(d8.class_id(), ClassId::Int8);
    EXPECT_EQ(d8.as_int_array<int8_t>()->data()[0], -128); // saturates
    EXPECT_EQ(d8.as_int_array<int8_t>()->data()[1], 10);
}

// ---- rearrangements --------------------------------------------------------------------------

TEST(ArraysShape, FlipAndCircshift)
{
    expect_value(call1("flip", { row({ 1, 2, 3 }) }), Dims(1, 3), { 3, 2, 1 });
    Value m = mat(2, 2, { 1, 3, 2, 4 }); // [1 2; 3 4]
    expect_value(call1("flip", { m }), Dims(2, 2), { 3, 1, 4, 2 });
    expect_value(call1("flip", { m, num(2) }), Dims(2, 2), { 2, 4, 1, 3 });
    expect_value(call1("fliplr", { m }), Dims(2, 2), { 2, 4, 1, 3 });
    expect_value(call1("flipud", { m }), Dims(2, 2), { 3, 1, 4, 2 });
    expect_value(call1("flip", { m, num(3) }), Dims(2, 2), { 1, 3, 2, 4 });
    EXPECT_EQ(text(call1("fliplr", { str("abc") })), "cba");
    Value fc = call1("fliplr", { cell_row({ num(1), str("x") }) });
    ASSERT_EQ(fc.class_id(), ClassId::Cell);
    EXPECT_EQ(text(fc.as<CellArray>()->data()[0]), "x");

    expect_value(call1("circshift", { row({ 1, 2, 3, 4, 5 }), num(2) }), Dims(1, 5), { 4, 5, 1, 2, 3 });
    expect_value(call1("circshift", { row({ 1, 2, 3, 4, 5 }), num(-1) }), Dims(1, 5), { 2, 3, 4, 5, 1 });
    Value m32 = mat(3, 2, { 1, 3, 5, 2, 4, 6 }); // [1 2; 3 4; 5 6]
    expect_value(call1("circshift", { m32, num(1) }), Dims(3, 2), { 5, 1, 3, 6, 2, 4 });
    expect_value(call1("circshift", { m32, num(1), num(2) }), Dims(3, 2), { 2, 4, 6, 1, 3, 5 });
    expect_value(call1("circshift", { m32, row({ 1, 1 }) }), Dims(3, 2), { 6, 2, 4, 5, 1, 3 });
    expect_value(call1("circshift", { m32, num(7) }), Dims(3, 2), { 5, 1, 3, 6, 2, 4 });
    expect_error(call("circshift", { m32, num(1.5) }), "MATLAB:circshift:InvalidShiftType");
}

TEST(ArraysShape, Rot90PermuteSqueeze)
{
    Value m = mat(2, 2, { 1, 3, 2, 4 }); // [1 2; 3 4]
    expect_value(call1("rot90", { m }), Dims(2, 2), { 2, 1, 4, 3 });        // [2 4; 1 3]
    expect_value(call1("rot90", { m, num(2) }), Dims(2, 2), { 4, 2, 3, 1 }); // [4 3; 2 1]
    expect_value(call1("rot90", { m, num(-1) }), Dims(2, 2), { 3, 4, 1, 2 }); // [3 1; 4 2]
    expect_value(call1("rot90", { row({ 1, 2, 3 }) }), Dims(3, 1), { 3, 2, 1 });

    Value a = nd({ 1, 2, 3 }, { 1, 2, 3, 4, 5, 6 });
    Value p = call1("permute", { a, row({ 3, 2, 1 }) });
    expect_value(p, Dims(3, 2), { 1, 3, 5, 2, 4, 6 });
    Value back = call1("ipermute", { p, row({ 3, 2, 1 }) });
    expect_value(back, Dims({ 1, 2, 3 }), { 1, 2, 3, 4, 5, 6 });
    expect_value(call1("permute", { mat(2, 3, { 1, 2, 3, 4, 5, 6 }), row({ 2, 1 }) }), Dims(3, 2), { 1, 3, 5, 2, 4, 6 });
    expect_value(call1("permute", { row({ 1, 2 }), row({ 3, 1, 2 }) }), Dims({ 1, 1, 2 }), { 1, 2 });
    expect_error(call("permute", { m, row({ 1, 1 }) }), "MATLAB:permute:repeatedIndex");
    expect_error(call("permute", { a, row({ 2, 1 }) }), "MATLAB:permute:tooFewIndices");
    expect_error(call("permute", { m, row({ 1, 3 }) }), "MATLAB:permute:badIndex");

    expect_value(call1("squeeze", { nd({ 1, 1, 3 }, { 1, 2, 3 }) }), Dims(3, 1), { 1, 2, 3 });
    EXPECT_EQ(call1("squeeze", { nd({ 2, 1, 3 }, { 1, 2, 3, 4, 5, 6 }) }).dims(), Dims(2, 3));
    EXPECT_EQ(call1("squeeze", { row({ 1, 2, 3 }) }).dims(), Dims(1, 3));
}

TEST(ArraysShape, TriuTrilDiag)
{
    expect_value(call1("triu", { m3() }), Dims(3, 3), { 8, 0, 0, 1, 5, 0, 6, 7, 2 });
    expect_value(call1("triu", { m3(), num(1) }), Dims(3, 3), { 0, 0, 0, 1, 0, 0, 6, 7, 0 });
    expect_value(call1("tril", { m3(), num(-1) }), Dims(3, 3), { 0, 3, 4, 0, 0, 9, 0, 0, 0 });
    expect_value(call1("tril", { m3() }), Dims(3, 3), { 8, 3, 4, 0, 5, 9, 0, 0, 2 });
    EXPECT_EQ(call1("triu", { logical_row({ 1, 1 }) }).class_id(), ClassId::Logical);
    expect_error(call("triu", { nd({ 1, 1, 2 }, { 1, 2 }) }), "MATLAB:triu:firstInputMustBe2D");

    expect_value(call1("diag", { row({ 1, 2 }) }), Dims(2, 2), { 1, 0, 0, 2 });
    expect_value(call1("diag", { col({ 1, 2 }), num(1) }), Dims(3, 3), { 0, 0, 0, 1, 0, 0, 0, 2, 0 });
    expect_value(call1("diag", { row({ 1, 2 }), num(-1) }), Dims(3, 3), { 0, 1, 0, 0, 0, 2, 0, 0, 0 });
    expect_value(call1("diag", { m3() }), Dims(3, 1), { 8, 5, 2 });
    expect_value(call1("diag", { m3(), num(1) }), Dims(2, 1), { 1, 7 });
    expect_value(call1("diag", { m3(), num(-2) }), Dims(1, 1), { 4 });
    EXPECT_EQ(call1("diag", { m3(), num(3) }).dims(), Dims(0, 1));
    EXPECT_EQ(call1("diag", { Value::empty() }).dims(), Dims(0, 0));
    EXPECT_EQ(call1("diag", { num(5) }).num(), 5.0);
    expect_value(call1("diag", { mat(2, 3, { 1, 2, 3, 4, 5, 6 }) }), Dims(2, 1), { 1, 4 });
    EXPECT_EQ(text(call1("diag", { str("ab") })).size(), 4u);
    expect_error(call("diag", { m3(), num(0.5) }), "MATLAB:diag:kthDiagInputNotInteger");
}

TEST(ArraysShape, MeshgridNdgrid)
{
    auto g = calln("meshgrid", { row({ 1, 2, 3 }), row({ 10, 20 }) }, 2);
    expect_value(g[0], Dims(2, 3), { 1, 1, 2, 2, 3, 3 });
    expect_value(g[1], Dims(2, 3), { 10, 20, 10, 20, 10, 20 });
    auto s = calln("meshgrid", { row({ 1, 2 }) }, 2);
    expect_value(s[1], Dims(2, 2), { 1, 2, 1, 2 });
    auto t = calln("meshgrid", { row({ 1, 2 }), row({ 1, 2, 3 }), row({ 5, 6 }) }, 3);
    EXPECT_EQ(t[0].dims(), Dims({ 3, 2, 2 }));
    expect_same(re(t[2]), { 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6 });
    auto n = calln("ndgrid", { row({ 1, 2 }), row({ 1, 2, 3 }) }, 2);
    expect_value(n[0], Dims(2, 3), { 1, 2, 1, 2, 1, 2 });
    expect_value(n[1], Dims(2, 3), { 1, 1, 2, 2, 3, 3 });
    expect_value(call1("ndgrid", { row({ 4, 5 }) }), Dims(2, 1), { 4, 5 });
    expect_error(call("meshgrid", { row({ 1 }), row({ 2 }) }, 3), "MATLAB:meshgrid:NotEnoughInputs");
}

// ---- sub2ind / ind2sub / nnz -----------------------------------------------------------------

TEST(ArraysIndex, Sub2indInd2sub)
{
    expect_value(call1("sub2ind", { row({ 3, 4 }), row({ 1, 2, 3 }), row({ 1, 2, 4 }) }), Dims(1, 3), { 1, 5, 12 });
    EXPECT_EQ(call1("sub2ind", { row({ 3, 4, 2 }), num(2), num(3), num(2) }).num(), 20.0);
    EXPECT_EQ(call1("sub2ind", { row({ 3, 4, 2 }), num(2), num(7) }).num(), 20.0); // trailing dims fold
    EXPECT_EQ(call1("sub2ind", { row({ 3, 4 }), num(2), num(3), num(1) }).num(), 8.0);
    expect_error(call("sub2ind", { row({ 3, 4 }), num(4), num(1) }), "MATLAB:sub2ind:IndexOutOfRange", "Out of range subscript.");
    expect_error(call("sub2ind", { row({ 3, 4 }), num(0), num(1) }), "MATLAB:sub2ind:IndexOutOfRange", "Out of range subscript.");
    expect_error(call("sub2ind", { row({ 3, 4 }), row({ 1, 2 }), num(1) }), "MATLAB:sub2ind:SubscriptVectorSize");

    auto rc = calln("ind2sub", { row({ 3, 4 }), row({ 1, 5, 12 }) }, 2);
    expect_value(rc[0], Dims(1, 3), { 1, 2, 3 });
    expect_value(rc[1], Dims(1, 3), { 1, 2, 4 });
    auto two = calln("ind2sub", { row({ 3, 4, 2 }), num(20) }, 2);
    EXPECT_EQ(two[0].num(), 2.0);
    EXPECT_EQ(two[1].num(), 7.0);
    auto three = calln("ind2sub", { row({ 3, 4, 2 }), num(20) }, 3);
    EXPECT_EQ(three[2].num(), 2.0);
    auto four = calln("ind2sub", { row({ 3, 4 }), num(5) }, 4);
    EXPECT_EQ(four[3].num(), 1.0);
    EXPECT_EQ(call1("ind2sub", { row({ 3, 4 }), num(7) }).num(), 7.0);
    expect_error(call("ind2sub", { row({ 3, 4 }), num(13) }, 2), "MATLAB:ind2sub:IndexOutOfRange", "Index out of range.");
}

TEST(ArraysIndex, Nnz)
{
    EXPECT_EQ(call1("nnz", { row({ 1, 0, NaN, 2, 0 }) }).num(), 3.0);
    EXPECT_EQ(call1("nnz", { logical_row({ 1, 0, 1 }) }).num(), 2.0);
    EXPECT_EQ(call1("nnz", { Value::empty() }).num(), 0.0);
    EXPECT_EQ(call1("nnz", { cplx_row({ 0, 0 }, { 1, 0 }) }).num(), 1.0);
}

// ---- cummax / cummin -------------------------------------------------------------------------

TEST(ArraysCum, MaxMin)
{
    expect_value(call1("cummax", { row({ 1, 3, 2, 5, 4 }) }), Dims(1, 5), { 1, 3, 3, 5, 5 });
    expect_value(call1("cummin", { row({ 4, 3, 5, 1, 2 }) }), Dims(1, 5), { 4, 3, 3, 1, 1 });
    expect_value(call1("cummax", { row({ NaN, 1, NaN, 3, 2 }) }), Dims(1, 5), { NaN, 1, 1, 3, 3 });
    expect_value(call1("cummax", { row({ 2, NaN, 1 }), str("includenan") }), Dims(1, 3), { 2, NaN, NaN });
    expect_value(call1("cummax", { row({ 1, 3, 2 }), str("reverse") }), Dims(1, 3), { 3, 3, 2 });
    Value m = mat(2, 2, { 1, 3, 2, 0 }); // [1 2; 3 0]
    expect_value(call1("cummax", { m }), Dims(2, 2), { 1, 3, 2, 2 });
    expect_value(call1("cummin", { m, num(2) }), Dims(2, 2), { 1, 3, 1, 0 });
    EXPECT_EQ(call1("cummax", { logical_row({ 0, 1, 0 }) }).class_id(), ClassId::Logical);
    EXPECT_EQ(call1("cummax", { Value::empty() }).dims(), Dims(0, 0));
}

// ---- sortrows / issorted ---------------------------------------------------------------------

TEST(ArraysSortrows, ColumnsDirectionsAndNaN)
{
    Value a = mat(4, 2, { 3, 1, 3, 1, 1, 2, 0, 1 }); // [3 1; 1 2; 3 0; 1 1]
    auto r = calln("sortrows", { a }, 2);
    expect_value(r[0], Dims(4, 2), { 1, 1, 3, 3, 1, 2, 0, 1 });
    expect_value(r[1], Dims(4, 1), { 4, 2, 3, 1 });
    auto d = calln("sortrows", { a, num(-1) }, 2);
    expect_value(d[0], Dims(4, 2), { 3, 3, 1, 1, 1, 0, 2, 1 });
    expect_value(d[1], Dims(4, 1), { 1, 3, 2, 4 });
    auto m = calln("sortrows", { a, row({ 1, -2 }) }, 2);
    expect_value(m[1], Dims(4, 1), { 2, 4, 1, 3 });
    expect_value(calln("sortrows", { a, str("descend") }, 2)[1], Dims(4, 1), { 1, 3, 2, 4 });
    expect_value(call1("sortrows", { mat(3, 2, { NaN, 2, 1, 1, 2, 3 }) }), Dims(3, 2), { 1, 2, NaN, 3, 2, 1 });
    expect_value(call1("sortrows", { mat(3, 2, { 1, NaN, 2, 0, 0, 0 }), num(-1) }), Dims(3, 2), { NaN, 2, 1, 0, 0, 0 });
    Value c = call1("sortrows", { chars(3, 2, "cacbba") }); // ['cb'; 'ab'; 'ca']
    EXPECT_EQ(c.class_id(), ClassId::Char);
    EXPECT_EQ(text(c), "accbab"); // ['ab'; 'ca'; 'cb'] column-major
    expect_error(call("sortrows", { a, num(3) }), "MATLAB:sortrows:COLmismatch");
}

TEST(ArraysIssorted, Directions)
{
    EXPECT_TRUE(call1("issorted", { row({ 1, 2, 2, 3 }) }).boolean());
    EXPECT_FALSE(call1("issorted", { row({ 1, 3, 2 }) }).boolean());
    EXPECT_TRUE(call1("issorted", { row({ 1, 2, NaN }) }).boolean());
    EXPECT_FALSE(call1("issorted", { row({ NaN, 1 }) }).boolean());
    EXPECT_TRUE(call1("issorted", { row({ 3, 2, 1 }), str("descend") }).boolean());
    EXPECT_TRUE(call1("issorted", { row({ NaN, 3, 1 }), str("descend") }).boolean());
    EXPECT_TRUE(call1("issorted", { row({ 3, 2, 1 }), str("monotonic") }).boolean());
    EXPECT_FALSE(call1("issorted", { row({ 1, 2, 2 }), str("strictascend") }).boolean());
    EXPECT_FALSE(call1("issorted", { mat(2, 2, { 1, 0, 2, 3 }) }).boolean()); // column [1; 0]
    EXPECT_TRUE(call1("issorted", { mat(2, 2, { 1, 3, 2, 0 }), str("rows") }).boolean());
    EXPECT_TRUE(call1("issorted", { str("abc") }).boolean());
    EXPECT_TRUE(call1("issorted", { Value::empty() }).boolean());
}

// ---- dec2bin / dec2hex / bin2dec / hex2dec ---------------------------------------------------

TEST(ArraysRadix, ToText)
{
    EXPECT_EQ(text(call1("dec2bin", { num(5) })), "101");
    EXPECT_EQ(text(call1("dec2bin", { num(5), num(8) })), "00000101");
    EXPECT_EQ(text(call1("dec2bin", { num(0) })), "0");
    Value m = call1("dec2bin", { row({ 1, 2, 10 }) });
    EXPECT_EQ(m.dims(), Dims(3, 4));
    EXPECT_EQ(text(m), "001000011100"); // rows 0001 0010 1010, column-major
    EXPECT_EQ(text(call1("dec2bin", { num(-1) })), "11111111");
    EXPECT_EQ(text(call1("dec2bin", { num(-129) })), "1111111101111111");
    auto i8 = make_ref<Int8Array>(Dims(1, 1));
    i8->data()[0] = -2;
    EXPECT_EQ(text(call1("dec2bin", { Value::object(std::move(i8)) })), "11111110");
    EXPECT_EQ(text(call1("dec2bin", { num(5.7) })), "101");
    EXPECT_EQ(text(call1("dec2hex", { num(255) })), "FF");
    Value h = call1("dec2hex", { row({ 1, 255 }) });
    EXPECT_EQ(h.dims(), Dims(2, 2));
    EXPECT_EQ(text(h), "0F1F");
    EXPECT_EQ(text(call1("dec2hex", { num(10), num(4) })), "000A");
    expect_error(call("dec2bin", { num(NaN) }), "MATLAB:dec2bin:InputOutOfRange");
}

TEST(ArraysRadix, FromText)
{
    EXPECT_EQ(call1("bin2dec", { str("101") }).num(), 5.0);
    EXPECT_EQ(call1("bin2dec", { str("1 0 1") }).num(), 5.0);
    expect_value(call1("bin2dec", { chars(2, 2, "1101") }), Dims(2, 1), { 2, 3 }); // ['10'; '11']
    EXPECT_EQ(call1("hex2dec", { str("ff") }).num(), 255.0);
    EXPECT_EQ(call1("hex2dec", { str("0x1A") }).num(), 26.0);
    EXPECT_EQ(call1("bin2dec", { str("0b11") }).num(), 3.0);
    expect_error(call("bin2dec", { str("12") }), "MATLAB:bin2dec:IllegalCharacter");
    expect_error(call("hex2dec", { num(1) }), "MATLAB:hex2dec:InvalidInput");
}
