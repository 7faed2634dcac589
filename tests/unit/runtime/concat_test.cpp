// Concatenation: shapes, class rules, empties, complex, N-d and errors.
#include "runtime/concat.hpp"
#include "value_test_support.hpp"

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

Value h(std::vector<Value> const& parts)
{
    auto r = horzcat(parts);
    EXPECT_FALSE(r.is_error()) << (r.is_error() ? r.error().message : "");
    return r.is_error() ? Value() : r.value();
}

Value v(std::vector<Value> const& parts)
{
    auto r = vertcat(parts);
    EXPECT_FALSE(r.is_error()) << (r.is_error() ? r.error().message : "");
    return r.is_error() ? Value() : r.value();
}

} // namespace

TEST(Concat, ScalarsToRowAndColumn)
{
    Value r = h({ num(1), num(2), num(3) });
    EXPECT_EQ(r.dims(), Dims(1, 3));
    EXPECT_EQ(re(r), std::vector<double>({ 1, 2, 3 }));
    Value c = v({ num(1), num(2) });
    EXPECT_EQ(c.dims(), Dims(2, 1));
}

TEST(Concat, Matrices)
{
    Value a = mat(2, 2, { 1, 2, 3, 4 });
    Value hc = h({ a, col({ 5, 6 }) });
    EXPECT_EQ(hc.dims(), Dims(2, 3));
    EXPECT_EQ(re(hc), std::vector<double>({ 1, 2, 3, 4, 5, 6 }));
    Value vc = v({ a, row({ 5, 6 }) });
    EXPECT_EQ(vc.dims(), Dims(3, 2));
    EXPECT_EQ(re(vc), std::vector<double>({ 1, 2, 5, 3, 4, 6 }));
    // [1 2; 3 4] as the parser builds it: vertcat of horzcats.
    Value m = v({ h({ num(1), num(2) }), h({ num(3), num(4) }) });
    EXPECT_EQ(re(m), std::vector<double>({ 1, 3, 2, 4 }));
}

TEST(Concat, DimensionMismatch)
{
    expect_error(horzcat(std::vector<Value> { row({ 1, 2 }), col({ 1, 2 }) }), "MATLAB:catenate:dimensionMismatch",
        "Dimensions of arrays being concatenated are not consistent.");
    expect_error(vertcat(std::vector<Value> { row({ 1, 2 }), row({ 1, 2, 3 }) }), "MATLAB:catenate:dimensionMismatch");
}

TEST(Concat, EmptiesAreOmitted)
{
    Value e = Value::empty();
    EXPECT_EQ(re(h({ e, num(1), e, num(2) })), std::vector<double>({ 1, 2 }));
    EXPECT_EQ(h({ e, e }).dims(), Dims(0, 0));
    EXPECT_EQ(h({}).dims(), Dims(0, 0));
    EXPECT_EQ(re(h({ mat(1, 0, {}), num(1) })), std::vector<double>({ 1 }));
    EXPECT_EQ(re(v({ mat(0, 3, {}), row({ 1, 2, 3 }) })), std::vector<double>({ 1, 2, 3 }));
    // All empty: sizes add up along the dimension (cat(2, zeros(0,1), zeros(0,2)) is 0x3).
    EXPECT_EQ(h({ mat(0, 1, {}), mat(0, 2, {}) }).dims(), Dims(0, 3));
    EXPECT_EQ(h({ e, mat(1, 0, {}) }).dims(), Dims(1, 0));
    EXPECT_EQ(h({ mat(1, 0, {}), mat(1, 0, {}) }).dims(), Dims(1, 0));
    expect_error(horzcat(std::vector<Value> { mat(0, 1, {}), mat(1, 0, {}) }), "MATLAB:catenate:dimensionMismatch");
}

TEST(Concat, ClassRules)
{
    Value s = h({ str("AB"), num(67) });
    EXPECT_EQ(s.class_id(), ClassId::Char);
    EXPECT_EQ(text(s), "ABC");
    Value d = h({ Value::logical(true), num(2) });
    EXPECT_EQ(d.class_id(), ClassId::Double);
    EXPECT_EQ(re(d), std::vector<double>({ 1, 2 }));
    Value l = h({ Value::logical(true), logical_row({ 0, 1 }) });
    EXPECT_EQ(l.class_id(), ClassId::Logical);
    EXPECT_EQ(re(l), std::vector<double>({ 1, 0, 1 }));
    // The class of an empty operand still counts (all operands decide the class).
    EXPECT_EQ(h({ str(""), num(65) }).class_id(), ClassId::Char);
    expect_error(horzcat(std::vector<Value> { str("a"), Value::logical(true) }), "MATLAB:invalidConversion");
    // Char rows stack vertically when widths match.
    Value rows = v({ str("ab"), str("cd") });
    EXPECT_EQ(rows.dims(), Dims(2, 2));
    EXPECT_EQ(text(rows), "acbd");
}

TEST(Concat, Complex)
{
    Value c = h({ num(1), Value::complex(2, 3) });
    ASSERT_TRUE(is_complex(c));
    EXPECT_EQ(re(c), std::vector<double>({ 1, 2 }));
    EXPECT_EQ(im(c), std::vector<double>({ 0, 3 }));
    Value vc = v({ cplx_row({ 1, 2 }, { 3, 4 }), row({ 5, 6 }) });
    EXPECT_EQ(im(vc), std::vector<double>({ 3, 0, 4, 0 }));
}

TEST(Concat, NdAlongThirdDimension)
{
    Value a = mat(2, 2, { 1, 2, 3, 4 });
    Value b = mat(2, 2, { 5, 6, 7, 8 });
    auto r = cat(3, std::vector<Value> { a, b });
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(r.value().dims(), Dims({ 2, 2, 2 }));
    EXPECT_EQ(re(r.value()), std::vector<double>({ 1, 2, 3, 4, 5, 6, 7, 8 }));
    // Concatenating N-d arrays along dim 2 interleaves pages.
    Value p = nd({ 1, 1, 2 }, { 1, 2 });
    Value q = nd({ 1, 1, 2 }, { 3, 4 });
    Value hq = h({ p, q });
    EXPECT_EQ(hq.dims(), Dims({ 1, 2, 2 }));
    EXPECT_EQ(re(hq), std::vector<double>({ 1, 3, 2, 4 }));
    expect_error(horzcat(std::vector<Value> { p, row({ 1, 2 }) }), "MATLAB:catenate:dimensionMismatch");
    // cat along a dimension beyond ndims of a single array is the array itself.
    EXPECT_EQ(cat(4, std::vector<Value> { a }).value().dims(), Dims(2, 2));
    EXPECT_EQ(cat(4, std::vector<Value> { a, a }).value().dims(), Dims({ 2, 2, 1, 2 }));
}

TEST(Concat, FunctionHandles)
{
    auto fh = make_ref<FunctionHandle>();
    fh->name = "sin";
    Value f = Value::object(std::move(fh));
    EXPECT_EQ(h({ f }).class_id(), ClassId::FunctionHandle);
    EXPECT_EQ(h({ f, Value::empty() }).class_id(), ClassId::FunctionHandle);
    EXPECT_TRUE(horzcat(std::vector<Value> { f, f }).is_error());
}

TEST(Concat, BuiltinForms)
{
    EXPECT_EQ(re(call1("horzcat", { num(1), num(2) })), std::vector<double>({ 1, 2 }));
    EXPECT_EQ(call1("vertcat", { num(1), num(2) }).dims(), Dims(2, 1));
    EXPECT_EQ(call1("cat", { num(3), num(1), num(2) }).dims(), Dims({ 1, 1, 2 }));
    EXPECT_EQ(call1("cat", { num(1) }).dims(), Dims(0, 0));
    expect_error(call("cat", { num(0), num(1) }), "MATLAB:catenate:invalidDimension");
    auto err = call("horzcat", { row({ 1, 2 }), col({ 1, 2 }) });
    ASSERT_TRUE(err.is_error());
    EXPECT_EQ(err.error().raised_by, "horzcat");
}
