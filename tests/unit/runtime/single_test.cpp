// single: conversion (round to nearest float, overflow to Inf), arithmetic in single precision
// (the double operand converted to single first), class rules with double/logical/char and
// integers, math functions, matrix operators through the double linear algebra, comparison,
// concatenation.
#include "runtime/concat.hpp"
#include "runtime/ops.hpp"
#include "value_test_support.hpp"
#include <cmath>
#include <limits>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

std::vector<float> floats(Value const& v)
{
    auto* a = v.as_single_array();
    EXPECT_NE(a, nullptr) << "class is " << class_name(v.class_id());
    if (!a)
        return {};
    return std::vector<float>(a->data(), a->data() + a->numel());
}

Value sgl(double x) { return call1("single", { num(x) }); }
Value sgl(Value const& v) { return call1("single", { v }); }

Value bin(BinOp op, Value const& a, Value const& b)
{
    auto r = binary_op(op, a, b);
    EXPECT_FALSE(r.is_error()) << (r.is_error() ? r.error().message : "");
    return r.is_error() ? Value() : r.value();
}

// Keeps the compiler from folding float expressions at higher precision.
float f(float x)
{
    volatile float v = x;
    return v;
}

} // namespace

TEST(Single, Conversion)
{
    Value x = sgl(0.1);
    EXPECT_TRUE(x.is_object());
    EXPECT_EQ(x.class_id(), ClassId::Single);
    EXPECT_EQ(text(call1("class", { x })), "single");
    EXPECT_EQ(floats(x), std::vector<float>({ 0.1f }));
    EXPECT_EQ(call1("double", { x }).num(), 0.100000001490116119384765625);
    EXPECT_EQ(floats(sgl(1e39)), std::vector<float>({ std::numeric_limits<float>::infinity() }));
    EXPECT_EQ(floats(sgl(-1e39)), std::vector<float>({ -std::numeric_limits<float>::infinity() }));
    EXPECT_TRUE(std::isnan(floats(sgl(NAN))[0]));
    EXPECT_EQ(floats(sgl(call1("int8", { num(-5) }))), std::vector<float>({ -5.0f }));
    EXPECT_EQ(floats(sgl(call1("intmax", { str("uint64") }))), std::vector<float>({ 18446744073709551616.0f }));
    EXPECT_EQ(floats(sgl(Value::logical(true))), std::vector<float>({ 1.0f }));
    EXPECT_EQ(floats(sgl(str("A"))), std::vector<float>({ 65.0f }));
    // single -> integer rounds like double -> integer.
    Value i = call1("int8", { sgl(2.5) });
    EXPECT_EQ(i.class_id(), ClassId::Int8);
    EXPECT_EQ(i.as_int_array<int8_t>()->data()[0], 3);
    expect_error(call("single", { Value::complex(1, 2) }), "RunMat:notImplemented");
    expect_error(call("single", { Value::object(make_ref<CellArray>(Dims(1, 1))) }), "MATLAB:invalidConversion",
        "Conversion to single from cell is not possible.");
}

TEST(Single, ArithmeticIsInSinglePrecision)
{
    Value s = bin(BinOp::Plus, sgl(0.1), sgl(0.2));
    EXPECT_EQ(floats(s), std::vector<float>({ f(f(0.1f) + f(0.2f)) }));
    EXPECT_TRUE(bin(BinOp::Eq, s, sgl(0.3)).boolean()); // true in single, unlike 0.1 + 0.2 == 0.3
    // The double operand is converted to single first and the sum rounded to single.
    EXPECT_EQ(floats(bin(BinOp::Plus, sgl(1), num(1e-8))), std::vector<float>({ 1.0f }));
    EXPECT_EQ(floats(bin(BinOp::Plus, sgl(16777216), num(1))), std::vector<float>({ 16777216.0f }));
    EXPECT_EQ(floats(bin(BinOp::Plus, num(0.2), sgl(0.1))), std::vector<float>({ f(f(0.2f) + f(0.1f)) }));
    EXPECT_EQ(floats(bin(BinOp::RDivide, sgl(1), num(3))), std::vector<float>({ f(1.0f / 3.0f) }));
    EXPECT_EQ(floats(bin(BinOp::RDivide, sgl(3), num(0))), std::vector<float>({ std::numeric_limits<float>::infinity() }));
    EXPECT_EQ(floats(bin(BinOp::LDivide, num(4), sgl(2))), std::vector<float>({ 0.5f }));
    EXPECT_EQ(floats(bin(BinOp::Power, sgl(2), num(10))), std::vector<float>({ 1024.0f }));
    EXPECT_EQ(floats(bin(BinOp::Times, sgl(row({ 1, 2 })), row({ 3, 4 }))), std::vector<float>({ 3.0f, 8.0f }));
    EXPECT_EQ(bin(BinOp::Plus, Value::logical(true), sgl(1)).class_id(), ClassId::Single);
    EXPECT_EQ(bin(BinOp::Plus, str("a"), sgl(1)).class_id(), ClassId::Single);
    EXPECT_EQ(floats(unary_op(UnOp::Minus, sgl(2)).value()), std::vector<float>({ -2.0f }));
    EXPECT_EQ(unary_op(UnOp::Plus, sgl(2)).value().class_id(), ClassId::Single);
    Value e = bin(BinOp::Plus, sgl(mat(2, 1, { 1, 2 })), row({ 10, 20 }));
    EXPECT_EQ(e.dims(), Dims(2, 2));
    EXPECT_EQ(floats(e), std::vector<float>({ 11, 12, 21, 22 }));
}

TEST(Single, ClassErrors)
{
    expect_error(binary_op(BinOp::Plus, sgl(1), call1("int8", { num(1) })), "MATLAB:mixedClasses",
        "Integers can only be combined with integers of the same class, or scalar doubles.");
    expect_error(binary_op(BinOp::Plus, sgl(1), Value::complex(1, 1)), "RunMat:notImplemented");
    expect_error(binary_op(BinOp::Power, sgl(-8), num(1.0 / 3)), "RunMat:notImplemented");
}

TEST(Single, Comparison)
{
    EXPECT_TRUE(bin(BinOp::Eq, sgl(1), num(1)).boolean());
    EXPECT_FALSE(bin(BinOp::Eq, sgl(0.1), num(0.1)).boolean()); // compared exactly, not in single
    EXPECT_TRUE(bin(BinOp::Gt, sgl(0.1), num(0.1)).boolean());
    EXPECT_TRUE(call1("isequal", { sgl(2), num(2) }).boolean());
    EXPECT_FALSE(call1("isequal", { sgl(0.1), num(0.1) }).boolean());
}

TEST(Single, MathFunctionsReturnSingle)
{
    EXPECT_EQ(floats(call1("sqrt", { sgl(2) })), std::vector<float>({ f(std::sqrt(2.0f)) }));
    Value s = call1("sin", { sgl(1) });
    EXPECT_EQ(s.class_id(), ClassId::Single);
    EXPECT_EQ(floats(s), std::vector<float>({ static_cast<float>(std::sin(1.0)) }));
    EXPECT_EQ(floats(call1("abs", { sgl(row({ -2, 3 })) })), std::vector<float>({ 2.0f, 3.0f }));
    EXPECT_EQ(floats(call1("mod", { sgl(5.5), num(2) })), std::vector<float>({ 1.5f }));
    EXPECT_EQ(floats(call1("round", { sgl(2.5) })), std::vector<float>({ 3.0f }));
    EXPECT_EQ(floats(call1("atan2", { sgl(1), num(1) })), std::vector<float>({ static_cast<float>(std::atan2(1.0, 1.0)) }));
    EXPECT_EQ(re(call1("isnan", { sgl(NAN) })), std::vector<double>({ 1 }));
    EXPECT_TRUE(call1("isfloat", { sgl(1) }).boolean());
    EXPECT_TRUE(call1("isa", { sgl(1), str("float") }).boolean());
    EXPECT_FALSE(call1("isinteger", { sgl(1) }).boolean());
    expect_error(call("sqrt", { sgl(-1) }), "RunMat:notImplemented");
    expect_error(call("mod", { sgl(1), call1("int8", { num(1) }) }), "MATLAB:mixedClasses");
}

TEST(Single, MatrixOperatorsGoThroughDouble)
{
    Value a = sgl(mat(2, 2, { 1, 3, 2, 4 })); // [1 2; 3 4]
    Value p = bin(BinOp::MTimes, a, sgl(mat(2, 1, { 1, 1 })));
    EXPECT_EQ(p.dims(), Dims(2, 1));
    EXPECT_EQ(floats(p), std::vector<float>({ 3.0f, 7.0f }));
    Value q = bin(BinOp::MTimes, a, mat(2, 1, { 1, 1 })); // single * double matrix is single
    EXPECT_EQ(q.class_id(), ClassId::Single);
    Value x = bin(BinOp::MLDivide, a, mat(2, 1, { 5, 11 })); // [1;2]
    EXPECT_EQ(x.class_id(), ClassId::Single);
    EXPECT_NEAR(floats(x)[0], 1.0f, 1e-6f);
    EXPECT_NEAR(floats(x)[1], 2.0f, 1e-6f);
    EXPECT_EQ(floats(bin(BinOp::MPower, a, num(2))), std::vector<float>({ 7, 15, 10, 22 }));
    EXPECT_EQ(floats(bin(BinOp::MTimes, sgl(2), mat(1, 2, { 1, 2 }))), std::vector<float>({ 2, 4 }));
    Value t = unary_op(UnOp::Transpose, a).value();
    EXPECT_EQ(floats(t), std::vector<float>({ 1, 2, 3, 4 }));
}

TEST(Single, ConcatenationAndColon)
{
    Value c = horzcat(std::vector<Value> { sgl(1), num(0.1), Value::logical(true) }).value();
    EXPECT_EQ(floats(c), std::vector<float>({ 1.0f, 0.1f, 1.0f }));
    Value d = horzcat(std::vector<Value> { num(2), sgl(1) }).value();
    EXPECT_EQ(d.class_id(), ClassId::Single);
    Value ch = horzcat(std::vector<Value> { sgl(66), str("a") }).value();
    EXPECT_EQ(text(ch), "Ba");
    Value r = make_range(sgl(1), num(0.5), num(2)).value();
    EXPECT_EQ(floats(r), std::vector<float>({ 1.0f, 1.5f, 2.0f }));
    EXPECT_EQ(text(call1("char", { sgl(row({ 72, 105 })) })), "Hi");
    EXPECT_EQ(re(call1("logical", { sgl(row({ 0, 0.5 })) })), std::vector<double>({ 0, 1 }));
    expect_error(call("logical", { sgl(NAN) }), "MATLAB:nologicalnan");
}
