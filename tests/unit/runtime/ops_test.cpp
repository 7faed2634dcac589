// Operators: class rules, implicit expansion, complex arithmetic, power, relational and
// logical operators, unary operators and transposes, colon ranges, truth values, isequal.
#include "runtime/ops.hpp"
#include "value_test_support.hpp"
#include <cmath>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

Value bin(BinOp op, Value const& a, Value const& b)
{
    auto r = binary_op(op, a, b);
    EXPECT_FALSE(r.is_error()) << (r.is_error() ? r.error().message : "");
    return r.is_error() ? Value() : r.value();
}

Value un(UnOp op, Value const& a)
{
    auto r = unary_op(op, a);
    EXPECT_FALSE(r.is_error()) << (r.is_error() ? r.error().message : "");
    return r.is_error() ? Value() : r.value();
}

Value range(double a, double s, double b)
{
    auto r = make_range(num(a), num(s), num(b));
    EXPECT_FALSE(r.is_error());
    return r.is_error() ? Value() : r.value();
}

} // namespace

TEST(Ops, ScalarArithmeticStaysUnboxed)
{
    Value v = bin(BinOp::Plus, num(1), num(2));
    ASSERT_TRUE(v.is_num());
    EXPECT_EQ(v.num(), 3);
    EXPECT_EQ(bin(BinOp::LDivide, num(2), num(6)).num(), 3);
    EXPECT_EQ(bin(BinOp::Power, num(-2), num(3)).num(), -8);
    EXPECT_TRUE(std::isinf(bin(BinOp::RDivide, num(1), num(0)).num()));
}

TEST(Ops, ClassRules)
{
    Value l = Value::logical(true);
    EXPECT_EQ(bin(BinOp::Plus, l, l).class_id(), ClassId::Double);
    EXPECT_EQ(re(bin(BinOp::Plus, l, l)), std::vector<double>({ 2 }));
    Value s = bin(BinOp::Plus, str("ab"), num(1));
    EXPECT_EQ(s.class_id(), ClassId::Double);
    EXPECT_EQ(re(s), std::vector<double>({ 98, 99 }));
    EXPECT_EQ(bin(BinOp::Lt, num(1), num(2)).class_id(), ClassId::Logical);
    EXPECT_EQ(bin(BinOp::Eq, str("abc"), str("abd")).class_id(), ClassId::Logical);
    EXPECT_EQ(re(bin(BinOp::Eq, str("abc"), str("abd"))), std::vector<double>({ 1, 1, 0 }));
    EXPECT_EQ(un(UnOp::Minus, Value::logical(true)).class_id(), ClassId::Double);
    EXPECT_EQ(un(UnOp::Minus, str("a")).num(), -97);
    EXPECT_EQ(un(UnOp::Plus, str("a")).class_id(), ClassId::Double);
    EXPECT_EQ(un(UnOp::Plus, Value::logical(true)).class_id(), ClassId::Double);
    EXPECT_EQ(un(UnOp::Not, num(5)).class_id(), ClassId::Logical);
    EXPECT_EQ(bin(BinOp::And, row({ 1, 0, 2 }), num(1)).class_id(), ClassId::Logical);
}

TEST(Ops, SameShapeAndScalarExpansion)
{
    Value a = mat(2, 2, { 1, 2, 3, 4 });
    EXPECT_EQ(re(bin(BinOp::Times, a, a)), std::vector<double>({ 1, 4, 9, 16 }));
    EXPECT_EQ(re(bin(BinOp::Minus, num(10), a)), std::vector<double>({ 9, 8, 7, 6 }));
    EXPECT_EQ(re(bin(BinOp::RDivide, a, num(2))), std::vector<double>({ 0.5, 1, 1.5, 2 }));
    EXPECT_EQ(re(bin(BinOp::LDivide, num(2), a)), std::vector<double>({ 0.5, 1, 1.5, 2 }));
    EXPECT_EQ(bin(BinOp::Plus, a, num(1)).dims(), Dims(2, 2));
}

TEST(Ops, ImplicitExpansionRowByColumn)
{
    Value r = bin(BinOp::Plus, col({ 1, 2, 3 }), row({ 10, 20 }));
    EXPECT_EQ(r.dims(), Dims(3, 2));
    EXPECT_EQ(re(r), std::vector<double>({ 11, 12, 13, 21, 22, 23 }));
    Value r2 = bin(BinOp::Minus, row({ 10, 20 }), col({ 1, 2, 3 }));
    EXPECT_EQ(r2.dims(), Dims(3, 2));
    EXPECT_EQ(re(r2), std::vector<double>({ 9, 8, 7, 19, 18, 17 }));
    Value m = mat(2, 3, { 1, 2, 3, 4, 5, 6 });
    EXPECT_EQ(re(bin(BinOp::Times, m, col({ 1, 10 }))), std::vector<double>({ 1, 20, 3, 40, 5, 60 }));
    EXPECT_EQ(re(bin(BinOp::Times, m, row({ 1, 10, 100 }))), std::vector<double>({ 1, 2, 30, 40, 500, 600 }));
}

TEST(Ops, ImplicitExpansionNd)
{
    // 2x2x2 + 1x1x2 and 2x2 + 1x1x2 (-> 2x2x2).
    Value a = nd({ 2, 2, 2 }, { 1, 2, 3, 4, 5, 6, 7, 8 });
    Value b = nd({ 1, 1, 2 }, { 100, 200 });
    Value r = bin(BinOp::Plus, a, b);
    EXPECT_EQ(r.dims(), Dims({ 2, 2, 2 }));
    EXPECT_EQ(re(r), std::vector<double>({ 101, 102, 103, 104, 205, 206, 207, 208 }));
    Value r2 = bin(BinOp::Plus, mat(2, 2, { 1, 2, 3, 4 }), b);
    EXPECT_EQ(re(r2), std::vector<double>({ 101, 102, 103, 104, 201, 202, 203, 204 }));
    // 1x3 .* 2x1x2 -> 2x3x2
    Value r3 = bin(BinOp::Times, row({ 1, 2, 3 }), nd({ 2, 1, 2 }, { 1, 10, 100, 1000 }));
    EXPECT_EQ(r3.dims(), Dims({ 2, 3, 2 }));
    EXPECT_EQ(re(r3), std::vector<double>({ 1, 10, 2, 20, 3, 30, 100, 1000, 200, 2000, 300, 3000 }));
}

TEST(Ops, IncompatibleSizes)
{
    auto r = binary_op(BinOp::Plus, row({ 1, 2, 3 }), row({ 1, 2 }));
    expect_error(r, "MATLAB:sizeDimensionsMustMatch", "Arrays have incompatible sizes for this operation.");
    expect_error(binary_op(BinOp::Eq, mat(2, 2, { 1, 2, 3, 4 }), col({ 1, 2, 3 })), "MATLAB:sizeDimensionsMustMatch");
}

TEST(Ops, Empties)
{
    Value e = Value::empty();
    Value r = bin(BinOp::Plus, e, num(1));
    EXPECT_EQ(r.dims(), Dims(0, 0));
    EXPECT_EQ(r.class_id(), ClassId::Double);
    EXPECT_EQ(bin(BinOp::Times, mat(0, 3, {}), row({ 1, 2, 3 })).dims(), Dims(0, 3));
    EXPECT_EQ(bin(BinOp::Eq, mat(1, 0, {}), num(1)).dims(), Dims(1, 0));
    EXPECT_EQ(bin(BinOp::Eq, mat(1, 0, {}), num(1)).class_id(), ClassId::Logical);
    expect_error(binary_op(BinOp::Plus, mat(0, 3, {}), row({ 1, 2 })), "MATLAB:sizeDimensionsMustMatch");
}

TEST(Ops, ComplexArithmetic)
{
    Value a = Value::complex(1, 2), b = Value::complex(3, -1);
    Value p = bin(BinOp::Times, a, b); // (1+2i)(3-i) = 5 + 5i
    EXPECT_EQ(re(p), std::vector<double>({ 5 }));
    EXPECT_EQ(im(p), std::vector<double>({ 5 }));
    Value q = bin(BinOp::RDivide, a, b); // (1+2i)/(3-i) = 0.1 + 0.7i
    EXPECT_NEAR(re(q)[0], 0.1, 1e-15);
    EXPECT_NEAR(im(q)[0], 0.7, 1e-15);
    Value l = bin(BinOp::LDivide, b, a); // same as a./b
    EXPECT_NEAR(re(l)[0], 0.1, 1e-15);
    // All-zero imaginary results become real.
    Value s = bin(BinOp::Plus, Value::complex(1, 2), Value::complex(1, -2));
    ASSERT_TRUE(s.is_num());
    EXPECT_EQ(s.num(), 2);
    // Mixed real/complex arrays.
    Value m = bin(BinOp::Plus, row({ 1, 2 }), Value::complex(0, 1));
    EXPECT_EQ(re(m), std::vector<double>({ 1, 2 }));
    EXPECT_EQ(im(m), std::vector<double>({ 1, 1 }));
    // A real factor does not turn Inf into NaN: 2*(Inf+1i) = Inf + 2i.
    Value inf = bin(BinOp::Times, num(2), Value::complex(INFINITY, 1));
    EXPECT_TRUE(std::isinf(re(inf)[0]));
    EXPECT_EQ(im(inf)[0], 2);
    // 1i/0 = NaN + Inf i; (1+2i)/0 = Inf + Inf i.
    Value z = bin(BinOp::RDivide, Value::complex(0, 1), num(0));
    EXPECT_TRUE(std::isnan(re(z)[0]));
    EXPECT_TRUE(std::isinf(im(z)[0]));
    Value unary = un(UnOp::Minus, Value::complex(1, -2));
    EXPECT_EQ(re(unary), std::vector<double>({ -1 }));
    EXPECT_EQ(im(unary), std::vector<double>({ 2 }));
}

TEST(Ops, Power)
{
    EXPECT_EQ(re(bin(BinOp::Power, row({ 1, 2, 3 }), num(2))), std::vector<double>({ 1, 4, 9 }));
    EXPECT_EQ(re(bin(BinOp::Power, row({ -1, 2, 3 }), num(3))), std::vector<double>({ -1, 8, 27 }));
    EXPECT_EQ(re(bin(BinOp::Power, num(2), row({ 0, 1, 10, -1 }))), std::vector<double>({ 1, 2, 1024, 0.5 }));
    EXPECT_EQ(re(bin(BinOp::Power, row({ 4, 9 }), num(0.5))), std::vector<double>({ 2, 3 }));
    // Negative base, non-integer exponent: complex. (-8)^(1/3) = 1 + 1.7321i.
    Value c = bin(BinOp::Power, num(-8), num(1.0 / 3));
    ASSERT_TRUE(is_complex(c));
    EXPECT_NEAR(re(c)[0], 1.0, 1e-14);
    EXPECT_NEAR(im(c)[0], std::sqrt(3.0), 1e-14);
    Value arr = bin(BinOp::Power, row({ -4, 4 }), num(0.5));
    ASSERT_TRUE(is_complex(arr));
    EXPECT_NEAR(re(arr)[0], 0, 1e-15);
    EXPECT_NEAR(im(arr)[0], 2, 1e-15);
    EXPECT_EQ(re(arr)[1], 2);
    EXPECT_EQ(im(arr)[1], 0);
    // Negative bases paired only with integer exponents stay real.
    Value mixed = bin(BinOp::Power, row({ -2, 4 }), row({ 2, 0.5 }));
    EXPECT_FALSE(is_complex(mixed));
    EXPECT_EQ(re(mixed), std::vector<double>({ 4, 2 }));
    // Complex base, integer exponent: exact. (1+2i)^2 = -3 + 4i.
    Value ci = bin(BinOp::Power, Value::complex(1, 2), num(2));
    EXPECT_EQ(re(ci), std::vector<double>({ -3 }));
    EXPECT_EQ(im(ci), std::vector<double>({ 4 }));
    Value ii = bin(BinOp::Power, Value::complex(0, 1), num(2)); // i^2 = -1, real
    ASSERT_TRUE(ii.is_num());
    EXPECT_EQ(ii.num(), -1);
    EXPECT_EQ(bin(BinOp::Power, num(0), num(0)).num(), 1);
}

TEST(Ops, Relational)
{
    Value a = row({ 1, 2, NAN });
    EXPECT_EQ(re(bin(BinOp::Lt, a, num(2))), std::vector<double>({ 1, 0, 0 }));
    EXPECT_EQ(re(bin(BinOp::Le, a, num(2))), std::vector<double>({ 1, 1, 0 }));
    EXPECT_EQ(re(bin(BinOp::Gt, a, num(1))), std::vector<double>({ 0, 1, 0 }));
    EXPECT_EQ(re(bin(BinOp::Ge, a, num(1))), std::vector<double>({ 1, 1, 0 }));
    EXPECT_EQ(re(bin(BinOp::Eq, a, a)), std::vector<double>({ 1, 1, 0 }));
    EXPECT_EQ(re(bin(BinOp::Ne, a, a)), std::vector<double>({ 0, 0, 1 }));
    // Complex: == compares both parts, < compares real parts only.
    Value c = cplx_row({ 1, 1 }, { 0, 1 });
    EXPECT_EQ(re(bin(BinOp::Eq, c, num(1))), std::vector<double>({ 1, 0 }));
    EXPECT_EQ(re(bin(BinOp::Ne, c, num(1))), std::vector<double>({ 0, 1 }));
    EXPECT_EQ(re(bin(BinOp::Lt, Value::complex(1, 5), num(2))), std::vector<double>({ 1 }));
    EXPECT_EQ(re(bin(BinOp::Ge, Value::complex(1, 5), num(1))), std::vector<double>({ 1 }));
}

TEST(Ops, LogicalOperators)
{
    EXPECT_EQ(re(bin(BinOp::And, row({ 1, 0, 2 }), row({ 3, 3, 0 }))), std::vector<double>({ 1, 0, 0 }));
    EXPECT_EQ(re(bin(BinOp::Or, row({ 1, 0, 0 }), num(0))), std::vector<double>({ 1, 0, 0 }));
    EXPECT_EQ(re(bin(BinOp::Or, str("a"), num(0))), std::vector<double>({ 1 }));
    EXPECT_EQ(re(un(UnOp::Not, row({ 0, 3 }))), std::vector<double>({ 1, 0 }));
    EXPECT_EQ(un(UnOp::Not, Value::empty()).dims(), Dims(0, 0));
    EXPECT_EQ(un(UnOp::Not, Value::empty()).class_id(), ClassId::Logical);
    expect_error(binary_op(BinOp::And, num(NAN), num(1)), "MATLAB:nologicalnan", "NaN's cannot be converted to logicals.");
    expect_error(binary_op(BinOp::Or, row({ 1, NAN }), num(1)), "MATLAB:nologicalnan");
    expect_error(unary_op(UnOp::Not, num(NAN)), "MATLAB:nologicalnan");
    expect_error(unary_op(UnOp::Not, row({ 1, NAN })), "MATLAB:nologicalnan");
}

TEST(Ops, Transpose)
{
    Value m = mat(2, 3, { 1, 2, 3, 4, 5, 6 });
    Value t = un(UnOp::Transpose, m);
    EXPECT_EQ(t.dims(), Dims(3, 2));
    EXPECT_EQ(re(t), std::vector<double>({ 1, 3, 5, 2, 4, 6 }));
    Value c = cplx_row({ 1, 2 }, { 3, 4 });
    Value ct = un(UnOp::CTranspose, c);
    EXPECT_EQ(ct.dims(), Dims(2, 1));
    EXPECT_EQ(im(ct), std::vector<double>({ -3, -4 }));
    EXPECT_EQ(im(un(UnOp::Transpose, c)), std::vector<double>({ 3, 4 }));
    Value s = un(UnOp::Transpose, str("ab"));
    EXPECT_EQ(s.class_id(), ClassId::Char);
    EXPECT_EQ(s.dims(), Dims(2, 1));
    EXPECT_EQ(un(UnOp::Transpose, logical_row({ 1, 0 })).class_id(), ClassId::Logical);
    EXPECT_EQ(un(UnOp::Transpose, mat(0, 3, {})).dims(), Dims(3, 0));
    expect_error(unary_op(UnOp::Transpose, nd({ 2, 2, 2 }, { 1, 2, 3, 4, 5, 6, 7, 8 })), "MATLAB:transpose:NDArray",
        "Transpose on ND array is not defined. Use PERMUTE instead.");
    // A large non-square transpose (exercises the tiling).
    std::vector<double> v(70 * 45);
    for (size_t i = 0; i < v.size(); ++i)
        v[i] = static_cast<double>(i);
    Value big = un(UnOp::Transpose, mat(70, 45, v));
    auto tv = re(big);
    EXPECT_EQ(tv[1], 70.0);     // (2,1) of the transpose = (1,2) of the original
    EXPECT_EQ(tv[45], 1.0);     // (1,2) of the transpose = (2,1) of the original
}

TEST(Ops, UnsupportedClasses)
{
    auto fh = make_ref<FunctionHandle>();
    fh->name = "sin";
    Value f = Value::object(std::move(fh));
    expect_error(binary_op(BinOp::Plus, f, num(1)), "MATLAB:UndefinedFunction",
        "Operator '+' is not supported for operands of type 'function_handle'.");
    expect_error(unary_op(UnOp::Minus, f), "MATLAB:UndefinedFunction");
}

TEST(Ops, InPlaceReuseOfTemporaries)
{
    Value a = mat(1, 4, { 1, 2, 3, 4 });
    HeapObject* buffer = a.obj();
    auto r = binary_op(BinOp::Times, std::move(a), num(2));
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(r.value().obj(), buffer); // wrote into the donated buffer
    EXPECT_EQ(re(r.value()), std::vector<double>({ 2, 4, 6, 8 }));
    // A shared operand is never written.
    Value b = mat(1, 2, { 1, 2 });
    Value keep = b;
    auto r2 = binary_op(BinOp::Plus, std::move(b), num(1));
    EXPECT_NE(r2.value().obj(), keep.obj());
    EXPECT_EQ(re(keep), std::vector<double>({ 1, 2 }));
    // The right operand can donate too; a broadcast result of another shape cannot.
    Value c = mat(1, 2, { 1, 2 });
    HeapObject* cbuf = c.obj();
    EXPECT_EQ(binary_op(BinOp::Minus, num(10), std::move(c)).value().obj(), cbuf);
    Value d = mat(1, 2, { 1, 2 });
    EXPECT_EQ(binary_op(BinOp::Plus, std::move(d), col({ 1, 2 })).value().dims(), Dims(2, 2));
    Value e = mat(1, 3, { 1, 2, 3 });
    HeapObject* ebuf = e.obj();
    auto neg = unary_op(UnOp::Minus, std::move(e));
    EXPECT_EQ(neg.value().obj(), ebuf);
    EXPECT_EQ(re(neg.value()), std::vector<double>({ -1, -2, -3 }));
}

TEST(Ops, MatrixOperatorsDelegate)
{
    // Scalars act element-wise through mtimes/mrdivide.
    EXPECT_EQ(bin(BinOp::MTimes, num(3), num(4)).num(), 12);
    EXPECT_EQ(bin(BinOp::MRDivide, num(3), num(4)).num(), 0.75);
    Value p = bin(BinOp::MTimes, row({ 1, 2 }), col({ 3, 4 }));
    EXPECT_EQ(re(p), std::vector<double>({ 11 }));
}

TEST(Range, Basic)
{
    EXPECT_EQ(re(range(1, 1, 5)), std::vector<double>({ 1, 2, 3, 4, 5 }));
    EXPECT_EQ(range(1, 1, 5).dims(), Dims(1, 5));
    EXPECT_EQ(re(range(5, -2, 0)), std::vector<double>({ 5, 3, 1 }));
    EXPECT_EQ(re(range(1, 1, 3.7)), std::vector<double>({ 1, 2, 3 }));
    EXPECT_EQ(re(range(0.5, 1, 2.6)), std::vector<double>({ 0.5, 1.5, 2.5 }));
    auto two = make_range(num(2), num(4));
    EXPECT_EQ(re(two.value()), std::vector<double>({ 2, 3, 4 }));
    Value one = range(3, 1, 3);
    ASSERT_TRUE(one.is_num());
    EXPECT_EQ(one.num(), 3);
}

TEST(Range, Empty)
{
    EXPECT_EQ(range(5, 1, 1).dims(), Dims(1, 0));
    EXPECT_EQ(range(1, 0, 5).dims(), Dims(1, 0));
    EXPECT_EQ(range(1, -1, 5).dims(), Dims(1, 0));
    EXPECT_EQ(range(1, 1, 5).class_id(), ClassId::Double);
    auto e = make_range(Value::empty(), num(5));
    EXPECT_EQ(e.value().dims(), Dims(1, 0));
}

TEST(Range, NonIntegerSteps)
{
    Value r = range(0, 0.1, 1);
    EXPECT_EQ(r.numel(), 11u);
    EXPECT_EQ(re(r).back(), 1.0); // the last element snaps to the endpoint
    EXPECT_EQ(re(r)[3], 3 * 0.1); // first half counts up from a: a + k*s
    EXPECT_EQ(re(r)[9], 1 - 0.1); // second half counts down from the endpoint
    EXPECT_EQ(range(0, 0.1, 0.3).numel(), 4u);
    EXPECT_EQ(re(range(0, 0.1, 0.3)).back(), 0.3);
    Value neg = range(-1, 0.3, 1);
    EXPECT_EQ(neg.numel(), 7u);
    EXPECT_NEAR(re(neg).back(), 0.8, 1e-15);
    EXPECT_EQ(range(1, 0.5, 2.9).numel(), 4u);
}

TEST(Range, NaNAndInf)
{
    Value n = range(1, 1, NAN);
    ASSERT_TRUE(n.is_num());
    EXPECT_TRUE(std::isnan(n.num()));
    expect_error(make_range(num(1), num(INFINITY)), "MATLAB:pmaxsize");
    EXPECT_EQ(range(1, 1, -INFINITY).dims(), Dims(1, 0));
}

TEST(Range, CharOperands)
{
    auto r = make_range(str("a"), str("e"));
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(r.value().class_id(), ClassId::Char);
    EXPECT_EQ(text(r.value()), "abcde");
    // Mixed char/number gives double.
    auto m = make_range(str("a"), num(99));
    EXPECT_EQ(m.value().class_id(), ClassId::Double);
    EXPECT_EQ(re(m.value()), std::vector<double>({ 97, 98, 99 }));
    // Logical operands are numbers; non-scalars use their first element.
    EXPECT_EQ(re(make_range(Value::logical(true), num(3)).value()), std::vector<double>({ 1, 2, 3 }));
    EXPECT_EQ(re(make_range(row({ 2, 9 }), num(3)).value()), std::vector<double>({ 2, 3 }));
}

TEST(Truth, IsTrue)
{
    EXPECT_FALSE(is_true(Value::empty()).value());
    EXPECT_TRUE(is_true(num(2)).value());
    EXPECT_FALSE(is_true(num(0)).value());
    EXPECT_TRUE(is_true(row({ 1, 2, 3 })).value());
    EXPECT_FALSE(is_true(row({ 1, 0, 3 })).value());
    EXPECT_TRUE(is_true(str("abc")).value());
    EXPECT_FALSE(is_true(logical_row({ 1, 0 })).value());
    EXPECT_TRUE(is_true(logical_row({ 1, 1 })).value());
    EXPECT_FALSE(is_true(Value::complex(0, 1)).value()); // real part only
    expect_error(is_true(num(NAN)), "MATLAB:nologicalnan", "NaN's cannot be converted to logicals.");
    expect_error(is_true(row({ 0, NAN })), "MATLAB:nologicalnan");
}

TEST(Truth, ScalarTruth)
{
    EXPECT_TRUE(scalar_truth(num(1), "&&").value());
    EXPECT_FALSE(scalar_truth(Value::logical(false), "||").value());
    EXPECT_TRUE(scalar_truth(str("a"), "&&").value());
    EXPECT_TRUE(scalar_truth(mat(1, 1, { 4 }), "&&").value());
    expect_error(scalar_truth(row({ 1, 1 }), "&&"), "MATLAB:nonLogicalConditional",
        "Operands to the logical AND (&&) and OR (||) operators must be convertible to logical scalar values. "
        "Use the ANY or ALL functions to reduce operands to logical scalar values.");
    expect_error(scalar_truth(Value::empty(), "||"), "MATLAB:nonLogicalConditional");
    expect_error(scalar_truth(num(NAN), "||"), "MATLAB:nologicalnan");
}

TEST(Equality, ValuesEqual)
{
    EXPECT_TRUE(values_equal(num(1), Value::logical(true)));
    EXPECT_TRUE(values_equal(str("abc"), row({ 97, 98, 99 })));
    EXPECT_FALSE(values_equal(row({ 1, 2 }), col({ 1, 2 })));
    EXPECT_FALSE(values_equal(num(NAN), num(NAN)));
    EXPECT_TRUE(values_equal(Value::empty(), Value::empty()));
    EXPECT_FALSE(values_equal(Value::empty(), mat(1, 0, {})));
    EXPECT_TRUE(values_equal(Value::complex(1, 2), Value::complex(1, 2)));
    EXPECT_FALSE(values_equal(Value::complex(1, 2), num(1)));
    EXPECT_TRUE(values_equal(Value::complex(1, 0), num(1)));
    EXPECT_TRUE(values_equal(mat(1, 1, { 5 }), num(5)));
}
