// Integer classes: conversion (rounding ties away from zero, saturation, NaN), exact int64 and
// uint64 arithmetic, the class rules of mixed operands with MATLAB's error texts, division and
// power rounding, idivide/mod/rem, intmax/intmin, cast, the bit functions, concatenation and
// comparison across classes.
#include "runtime/concat.hpp"
#include "runtime/ops.hpp"
#include "value_test_support.hpp"
#include <cstdint>
#include <limits>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

template <typename T>
std::vector<T> ints(Value const& v)
{
    auto* a = v.as_int_array<T>();
    EXPECT_NE(a, nullptr) << "class is " << class_name(v.class_id());
    if (!a)
        return {};
    return std::vector<T>(a->data(), a->data() + a->numel());
}

Value bin(BinOp op, Value const& a, Value const& b)
{
    auto r = binary_op(op, a, b);
    EXPECT_FALSE(r.is_error()) << (r.is_error() ? r.error().message : "");
    return r.is_error() ? Value() : r.value();
}

Value i8(std::vector<double> const& v) { return call1("int8", { row(v) }); }
Value i32(double x) { return call1("int32", { num(x) }); }
Value i64(double x) { return call1("int64", { num(x) }); }
Value u64(double x) { return call1("uint64", { num(x) }); }

using I64 = std::numeric_limits<int64_t>;
using U64 = std::numeric_limits<uint64_t>;

char const* MIXED = "Integers can only be combined with integers of the same class, or scalar doubles.";

} // namespace

TEST(Integers, ScalarsAreOneByOneArrays)
{
    Value x = call1("int8", { num(5) });
    EXPECT_TRUE(x.is_object());
    EXPECT_EQ(x.class_id(), ClassId::Int8);
    EXPECT_EQ(x.dims(), Dims(1, 1));
    EXPECT_EQ(text(call1("class", { x })), "int8");
    EXPECT_EQ(text(call1("class", { call1("uint64", { num(1) }) })), "uint64");
    // Existing builtins read them through NumericView / DoubleOperand.
    Value m = i8({ 1, 2, 3 });
    EXPECT_EQ(re(call1("size", { m })), std::vector<double>({ 1, 3 }));
    EXPECT_EQ(call1("numel", { m }).num(), 3);
    EXPECT_FALSE(call1("isempty", { m }).boolean());
    EXPECT_EQ(re(call1("double", { m })), std::vector<double>({ 1, 2, 3 }));
}

TEST(Integers, ConversionRoundsTiesAwayFromZero)
{
    EXPECT_EQ(ints<int8_t>(i8({ 2.5, -2.5, 1.5, -0.5, 0.5, 2.4999999999999996, -1.4 })),
        std::vector<int8_t>({ 3, -3, 2, -1, 1, 2, -1 }));
    EXPECT_EQ(ints<int32_t>(i32(0.49999999999999994)), std::vector<int32_t>({ 0 }));
    EXPECT_EQ(ints<uint16_t>(call1("uint16", { num(65534.5) })), std::vector<uint16_t>({ 65535 }));
}

TEST(Integers, ConversionSaturatesAndMapsNaNToZero)
{
    EXPECT_EQ(ints<int8_t>(i8({ 300, -300, INFINITY, -INFINITY, NAN, 127.5, -128.5 })),
        std::vector<int8_t>({ 127, -128, 127, -128, 0, 127, -128 }));
    EXPECT_EQ(ints<uint8_t>(call1("uint8", { row({ -5, 255.5, 256, -0.5 }) })), std::vector<uint8_t>({ 0, 255, 255, 0 }));
    EXPECT_EQ(ints<int32_t>(i32(3e9)), std::vector<int32_t>({ 2147483647 }));
    EXPECT_EQ(ints<uint32_t>(call1("uint32", { num(-1) })), std::vector<uint32_t>({ 0 }));
}

TEST(Integers, SixtyFourBitConversionIsExactAtTheLimits)
{
    EXPECT_EQ(ints<int64_t>(i64(9223372036854775808.0)), std::vector<int64_t>({ I64::max() })); // 2^63
    EXPECT_EQ(ints<int64_t>(i64(-9223372036854775808.0)), std::vector<int64_t>({ I64::min() }));
    EXPECT_EQ(ints<int64_t>(i64(-1e19)), std::vector<int64_t>({ I64::min() }));
    EXPECT_EQ(ints<int64_t>(i64(9.2e18)), std::vector<int64_t>({ 9200000000000000000LL }));
    EXPECT_EQ(ints<uint64_t>(u64(18446744073709551616.0)), std::vector<uint64_t>({ U64::max() })); // 2^64
    EXPECT_EQ(ints<uint64_t>(u64(1.8e19)), std::vector<uint64_t>({ 18000000000000000000ULL }));
    EXPECT_EQ(ints<uint64_t>(u64(-3)), std::vector<uint64_t>({ 0 }));
}

TEST(Integers, IntegerToIntegerConversionSaturatesExactly)
{
    EXPECT_EQ(ints<int8_t>(call1("int8", { call1("int16", { num(300) }) })), std::vector<int8_t>({ 127 }));
    EXPECT_EQ(ints<uint8_t>(call1("uint8", { call1("int8", { num(-5) }) })), std::vector<uint8_t>({ 0 }));
    Value umax = call1("intmax", { str("uint64") });
    EXPECT_EQ(ints<int64_t>(call1("int64", { umax })), std::vector<int64_t>({ I64::max() }));
    EXPECT_EQ(ints<uint64_t>(call1("uint64", { call1("int64", { num(-1) }) })), std::vector<uint64_t>({ 0 }));
    // int64 -> uint64 keeps every bit of a value a double cannot hold.
    Value big = bin(BinOp::Plus, bin(BinOp::Power, i64(2), num(60)), num(1));
    EXPECT_EQ(ints<uint64_t>(call1("uint64", { big })), std::vector<uint64_t>({ (uint64_t(1) << 60) + 1 }));
    EXPECT_EQ(ints<int8_t>(call1("int8", { Value::logical(true) })), std::vector<int8_t>({ 1 }));
    EXPECT_EQ(ints<uint8_t>(call1("uint8", { str("a") })), std::vector<uint8_t>({ 97 }));
}

TEST(Integers, ConversionErrors)
{
    expect_error(call("int8", { Value::object(make_ref<CellArray>(Dims(1, 1))) }), "MATLAB:invalidConversion",
        "Conversion to int8 from cell is not possible.");
    expect_error(call("int16", { Value::complex(1, 2) }), "RunMat:notImplemented");
}

TEST(Integers, Int64ArithmeticIsExact)
{
    Value p = bin(BinOp::Power, i64(2), num(60));
    EXPECT_EQ(ints<int64_t>(p), std::vector<int64_t>({ int64_t(1) << 60 }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Plus, p, num(1))), std::vector<int64_t>({ (int64_t(1) << 60) + 1 }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Minus, bin(BinOp::Plus, p, num(1)), p)), std::vector<int64_t>({ 1 }));
    Value m = call1("intmax", { str("int64") });
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Minus, m, num(1))), std::vector<int64_t>({ I64::max() - 1 }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Plus, m, num(1))), std::vector<int64_t>({ I64::max() }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Times, i64(3037000499.0), i64(3037000499.0))), std::vector<int64_t>({ 9223372030926249001LL }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Times, i64(3037000500.0), i64(3037000500.0))), std::vector<int64_t>({ I64::max() }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Times, i64(-3037000500.0), i64(3037000500.0))), std::vector<int64_t>({ I64::min() }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Power, i64(2), num(63))), std::vector<int64_t>({ I64::max() }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Power, i64(-2), num(63))), std::vector<int64_t>({ I64::min() }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::RDivide, i64(7), i64(2))), std::vector<int64_t>({ 4 }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::RDivide, i64(-7), i64(2))), std::vector<int64_t>({ -4 }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::RDivide, call1("intmin", { str("int64") }), i64(-1))), std::vector<int64_t>({ I64::max() }));
    // (2^60 + 1) / 3 rounds exactly: 384307168202282325.67 -> ...326.
    EXPECT_EQ(ints<int64_t>(bin(BinOp::RDivide, bin(BinOp::Plus, p, num(1)), num(3))), std::vector<int64_t>({ 384307168202282326LL }));
    // A fractional double operand: computed without losing the integer's low bits.
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Plus, bin(BinOp::Plus, p, num(1)), num(0.25))), std::vector<int64_t>({ (int64_t(1) << 60) + 1 }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Times, bin(BinOp::Plus, p, num(1)), num(0.5))), std::vector<int64_t>({ (int64_t(1) << 59) + 1 }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Times, m, num(0.5))), std::vector<int64_t>({ 4611686018427387904LL })); // ...903.5
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Minus, m, num(0.5))), std::vector<int64_t>({ I64::max() })); // ...806.5 rounds up
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Plus, m, num(-1.5))), std::vector<int64_t>({ I64::max() - 1 })); // ...805.5 -> ...806
    // Ties round away from zero whichever side the double is on.
    Value three = i64(3), mthree = i64(-3);
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Plus, mthree, num(0.5))), std::vector<int64_t>({ -3 }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Minus, three, num(0.5))), std::vector<int64_t>({ 3 }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Minus, i64(0), num(0.5))), std::vector<int64_t>({ -1 }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Minus, num(0.5), i64(1))), std::vector<int64_t>({ -1 }));
    // -0.3 is -0.29999999999999998890: exactly, 5 * that is -1.4999..., which rounds to -1
    // (int32 computes in double, where the product rounds to -1.5 first and gives -2).
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Times, i64(5), num(-0.3))), std::vector<int64_t>({ -1 }));
    EXPECT_EQ(ints<int32_t>(bin(BinOp::Times, i32(5), num(-0.3))), std::vector<int32_t>({ -2 }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Times, i64(5), num(-0.5))), std::vector<int64_t>({ -3 }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Times, num(0.5), i64(-7))), std::vector<int64_t>({ -4 }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Times, i64(3), num(1e-300))), std::vector<int64_t>({ 0 }));
    EXPECT_EQ(ints<uint64_t>(bin(BinOp::Times, u64(3), num(0.5))), std::vector<uint64_t>({ 2 }));
    EXPECT_EQ(ints<uint64_t>(bin(BinOp::Minus, u64(5), num(5.5))), std::vector<uint64_t>({ 0 }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Plus, i64(5), num(INFINITY))), std::vector<int64_t>({ I64::max() }));
    EXPECT_EQ(ints<int64_t>(bin(BinOp::Times, i64(5), num(NAN))), std::vector<int64_t>({ 0 }));
}

TEST(Integers, UInt64ArithmeticIsExactAndSaturates)
{
    Value m = call1("intmax", { str("uint64") });
    EXPECT_EQ(ints<uint64_t>(bin(BinOp::Plus, m, num(1))), std::vector<uint64_t>({ U64::max() }));
    EXPECT_EQ(ints<uint64_t>(bin(BinOp::Minus, m, num(1))), std::vector<uint64_t>({ U64::max() - 1 }));
    EXPECT_EQ(ints<uint64_t>(bin(BinOp::Minus, u64(0), num(1))), std::vector<uint64_t>({ 0 }));
    EXPECT_EQ(ints<uint64_t>(bin(BinOp::RDivide, m, u64(2))), std::vector<uint64_t>({ uint64_t(1) << 63 })); // ...7.5 rounds up
    EXPECT_EQ(ints<uint64_t>(bin(BinOp::Times, u64(4294967296.0), u64(4294967296.0))), std::vector<uint64_t>({ U64::max() }));
}

TEST(Integers, SmallIntegerArithmeticRoundsAndSaturates)
{
    EXPECT_EQ(ints<int32_t>(bin(BinOp::RDivide, i32(7), i32(2))), std::vector<int32_t>({ 4 }));
    EXPECT_EQ(ints<int32_t>(bin(BinOp::RDivide, i32(-7), num(2))), std::vector<int32_t>({ -4 }));
    EXPECT_EQ(ints<int32_t>(bin(BinOp::LDivide, num(2), i32(5))), std::vector<int32_t>({ 3 }));
    EXPECT_EQ(ints<int8_t>(bin(BinOp::RDivide, i8({ 5, -5, 0 }), num(0))), std::vector<int8_t>({ 127, -128, 0 }));
    EXPECT_EQ(ints<int8_t>(bin(BinOp::Plus, i8({ 100 }), num(100))), std::vector<int8_t>({ 127 }));
    EXPECT_EQ(ints<int8_t>(bin(BinOp::Minus, i8({ -100 }), i8({ 100 }))), std::vector<int8_t>({ -128 }));
    // MATLAB's doc example: int8([1 2 3 4 5]) * 0.8 is [1 2 2 3 4].
    EXPECT_EQ(ints<int8_t>(bin(BinOp::MTimes, i8({ 1, 2, 3, 4, 5 }), num(0.8))), std::vector<int8_t>({ 1, 2, 2, 3, 4 }));
    Value r = bin(BinOp::Plus, num(2.6), i8({ 1 }));
    EXPECT_EQ(r.class_id(), ClassId::Int8);
    EXPECT_EQ(ints<int8_t>(r), std::vector<int8_t>({ 4 }));
    EXPECT_EQ(ints<uint8_t>(bin(BinOp::Minus, call1("uint8", { num(5) }), num(10))), std::vector<uint8_t>({ 0 }));
    // Same-class operands expand like doubles.
    Value col = call1("int16", { mat(2, 1, { 1, 2 }) });
    Value rw = call1("int16", { row({ 10, 20 }) });
    Value s = bin(BinOp::Plus, col, rw);
    EXPECT_EQ(s.dims(), Dims(2, 2));
    EXPECT_EQ(ints<int16_t>(s), std::vector<int16_t>({ 11, 12, 21, 22 }));
}

TEST(Integers, Power)
{
    EXPECT_EQ(ints<int8_t>(bin(BinOp::Power, i8({ 2 }), i8({ 3 }))), std::vector<int8_t>({ 8 }));
    EXPECT_EQ(ints<int8_t>(bin(BinOp::MPower, i8({ 2 }), num(-1))), std::vector<int8_t>({ 1 })); // 0.5 rounds up
    EXPECT_EQ(ints<int8_t>(bin(BinOp::Power, i8({ 2 }), num(0.5))), std::vector<int8_t>({ 1 }));
    EXPECT_EQ(ints<int8_t>(bin(BinOp::Power, i8({ 3 }), num(5))), std::vector<int8_t>({ 127 }));
    EXPECT_EQ(ints<int8_t>(bin(BinOp::Power, i8({ -2 }), num(7))), std::vector<int8_t>({ -128 }));
    EXPECT_EQ(ints<int8_t>(bin(BinOp::Power, num(2), i8({ 1, 2, 3 }))), std::vector<int8_t>({ 2, 4, 8 }));
    expect_error(binary_op(BinOp::Power, i8({ -8 }), num(1.0 / 3)), "RunMat:notImplemented");
}

TEST(Integers, MixedClassErrors)
{
    Value a = i8({ 1 });
    expect_error(binary_op(BinOp::Plus, a, call1("int16", { num(1) })), "MATLAB:mixedClasses", MIXED);
    expect_error(binary_op(BinOp::Times, i8({ 1, 2 }), row({ 1, 2 })), "MATLAB:mixedClasses", MIXED);
    expect_error(binary_op(BinOp::Plus, row({ 1, 2 }), a), "MATLAB:mixedClasses", MIXED);
    expect_error(binary_op(BinOp::Plus, a, call1("single", { num(1) })), "MATLAB:mixedClasses", MIXED);
    expect_error(binary_op(BinOp::Plus, a, Value::logical(true)), "MATLAB:mixedClasses", MIXED);
    expect_error(binary_op(BinOp::Plus, a, str("a")), "MATLAB:mixedClasses", MIXED);
    expect_error(binary_op(BinOp::Plus, a, Value::complex(1, 1)), "RunMat:notImplemented");
}

TEST(Integers, MatrixOperators)
{
    expect_error(binary_op(BinOp::MTimes, i8({ 1, 2 }), call1("int8", { mat(2, 1, { 1, 2 }) })), "MATLAB:mtimes:integerNotSupported",
        "MTIMES (*) is not fully supported for integer classes. At least one argument must be scalar.");
    expect_error(binary_op(BinOp::MTimes, mat(2, 2, { 1, 2, 3, 4 }), call1("int8", { mat(2, 1, { 1, 2 }) })), "MATLAB:mtimes:integerNotSupported");
    // An integer scalar times a double array is allowed by mtimes (not by .*).
    EXPECT_EQ(ints<int8_t>(bin(BinOp::MTimes, i8({ 2 }), row({ 1.5, 2.5 }))), std::vector<int8_t>({ 3, 5 }));
    EXPECT_EQ(ints<int8_t>(bin(BinOp::MRDivide, i8({ 7, 8 }), num(2))), std::vector<int8_t>({ 4, 4 }));
    EXPECT_EQ(ints<int8_t>(bin(BinOp::MLDivide, num(2), i8({ 7, 8 }))), std::vector<int8_t>({ 4, 4 }));
    expect_error(binary_op(BinOp::MPower, call1("int8", { mat(2, 2, { 1, 2, 3, 4 }) }), num(2)), "MATLAB:mpower:integerNotSupported");
}

TEST(Integers, UnaryOperators)
{
    EXPECT_EQ(ints<int8_t>(unary_op(UnOp::Minus, i8({ -128, 5, 0 })).value()), std::vector<int8_t>({ 127, -5, 0 }));
    EXPECT_EQ(ints<uint8_t>(unary_op(UnOp::Minus, call1("uint8", { num(5) })).value()), std::vector<uint8_t>({ 0 }));
    EXPECT_EQ(unary_op(UnOp::Plus, i8({ 3 })).value().class_id(), ClassId::Int8);
    Value n = unary_op(UnOp::Not, i8({ 0, 3 })).value();
    EXPECT_EQ(n.class_id(), ClassId::Logical);
    EXPECT_EQ(re(n), std::vector<double>({ 1, 0 }));
    Value t = unary_op(UnOp::Transpose, call1("int16", { mat(2, 3, { 1, 2, 3, 4, 5, 6 }) })).value();
    EXPECT_EQ(t.dims(), Dims(3, 2));
    EXPECT_EQ(ints<int16_t>(t), std::vector<int16_t>({ 1, 3, 5, 2, 4, 6 }));
}

TEST(Integers, RelationalOperatorsCompareExactly)
{
    EXPECT_TRUE(bin(BinOp::Eq, i8({ 1 }), num(1)).boolean());
    EXPECT_TRUE(bin(BinOp::Lt, i8({ 1 }), num(1.5)).boolean());
    EXPECT_FALSE(bin(BinOp::Eq, i8({ 1 }), num(1.5)).boolean());
    EXPECT_TRUE(bin(BinOp::Gt, call1("uint8", { num(200) }), i8({ 100 })).boolean()); // different integer classes compare
    Value big = bin(BinOp::Plus, bin(BinOp::Power, i64(2), num(53)), num(1)); // 2^53 + 1
    EXPECT_FALSE(bin(BinOp::Eq, big, num(9007199254740992.0)).boolean());
    EXPECT_TRUE(bin(BinOp::Gt, big, num(9007199254740992.0)).boolean());
    EXPECT_TRUE(bin(BinOp::Lt, call1("intmax", { str("int64") }), call1("intmax", { str("uint64") })).boolean());
    EXPECT_TRUE(bin(BinOp::Lt, call1("intmax", { str("int64") }), num(9223372036854775808.0)).boolean());
    Value v = bin(BinOp::Ge, i8({ 1, 2, 3 }), num(2));
    EXPECT_EQ(v.class_id(), ClassId::Logical);
    EXPECT_EQ(re(v), std::vector<double>({ 0, 1, 1 }));
    EXPECT_EQ(re(bin(BinOp::And, i8({ 0, 2 }), Value::logical(true))), std::vector<double>({ 0, 1 }));
    EXPECT_TRUE(is_true(i8({ 1, 2 })).value());
    EXPECT_FALSE(is_true(i8({ 1, 0 })).value());
}

TEST(Integers, IsequalAcrossClasses)
{
    EXPECT_TRUE(call1("isequal", { i8({ 1 }), num(1) }).boolean());
    EXPECT_TRUE(call1("isequal", { i8({ 1, 2 }), row({ 1, 2 }), call1("single", { row({ 1, 2 }) }) }).boolean());
    EXPECT_FALSE(call1("isequal", { i8({ 1, 2 }), row({ 1, 3 }) }).boolean());
    Value big = bin(BinOp::Plus, bin(BinOp::Power, i64(2), num(53)), num(1));
    EXPECT_FALSE(call1("isequal", { big, num(9007199254740992.0) }).boolean());
    EXPECT_TRUE(call1("isequal", { big, call1("uint64", { big }) }).boolean());
}

TEST(Integers, Idivide)
{
    EXPECT_EQ(ints<int32_t>(call1("idivide", { i32(7), i32(2) })), std::vector<int32_t>({ 3 }));
    EXPECT_EQ(ints<int32_t>(call1("idivide", { i32(-7), i32(2) })), std::vector<int32_t>({ -3 }));
    EXPECT_EQ(ints<int32_t>(call1("idivide", { i32(-7), i32(2), str("floor") })), std::vector<int32_t>({ -4 }));
    EXPECT_EQ(ints<int32_t>(call1("idivide", { i32(-7), i32(2), str("ceil") })), std::vector<int32_t>({ -3 }));
    EXPECT_EQ(ints<int32_t>(call1("idivide", { i32(7), i32(2), str("round") })), std::vector<int32_t>({ 4 }));
    EXPECT_EQ(ints<int32_t>(call1("idivide", { i32(7), num(2) })), std::vector<int32_t>({ 3 }));
    EXPECT_EQ(ints<int32_t>(call1("idivide", { i32(7), i32(0) })), std::vector<int32_t>({ 2147483647 }));
    EXPECT_EQ(ints<int64_t>(call1("idivide", { i64(-7), i64(2), str("floor") })), std::vector<int64_t>({ -4 }));
    expect_error(call("idivide", { num(7), num(2) }), "MATLAB:idivide:integerInput");
    expect_error(call("idivide", { i32(7), i32(2), str("up") }), "MATLAB:idivide:InvalidRoundingOption");
}

TEST(Integers, ModRemAbsSignRounding)
{
    EXPECT_EQ(ints<int8_t>(call1("mod", { i8({ -7, 7 }), i8({ 3 }) })), std::vector<int8_t>({ 2, 1 }));
    EXPECT_EQ(ints<int8_t>(call1("rem", { i8({ -7, 7 }), i8({ 3 }) })), std::vector<int8_t>({ -1, 1 }));
    EXPECT_EQ(ints<int8_t>(call1("mod", { i8({ 5 }), num(0) })), std::vector<int8_t>({ 5 }));
    EXPECT_EQ(ints<uint8_t>(call1("rem", { call1("uint8", { num(5) }), num(0) })), std::vector<uint8_t>({ 0 }));
    EXPECT_EQ(ints<int64_t>(call1("mod", { call1("intmax", { str("int64") }), i64(10) })), std::vector<int64_t>({ 7 }));
    EXPECT_EQ(ints<int8_t>(call1("mod", { i8({ -7 }), num(-3) })), std::vector<int8_t>({ -1 }));
    expect_error(call("mod", { i8({ 1 }), call1("int16", { num(2) }) }), "MATLAB:mixedClasses");
    EXPECT_EQ(ints<int8_t>(call1("abs", { i8({ -128, -5, 5 }) })), std::vector<int8_t>({ 127, 5, 5 }));
    EXPECT_EQ(ints<int8_t>(call1("sign", { i8({ -5, 0, 5 }) })), std::vector<int8_t>({ -1, 0, 1 }));
    EXPECT_EQ(call1("floor", { i8({ 5 }) }).class_id(), ClassId::Int8);
    EXPECT_EQ(call1("round", { i8({ 5 }) }).class_id(), ClassId::Int8);
    EXPECT_EQ(call1("real", { i8({ 5 }) }).class_id(), ClassId::Int8);
    EXPECT_EQ(ints<int8_t>(call1("imag", { i8({ 5 }) })), std::vector<int8_t>({ 0 }));
    EXPECT_EQ(re(call1("isnan", { i8({ 5 }) })), std::vector<double>({ 0 }));
    expect_error(call("sqrt", { i8({ 4 }) }), "MATLAB:UndefinedFunction",
        "Check for incorrect argument data type or missing argument in call to function 'sqrt'.");
    expect_error(call("sin", { i8({ 1 }) }), "MATLAB:UndefinedFunction");
    expect_error(call("atan2", { i8({ 1 }), i8({ 1 }) }), "MATLAB:UndefinedFunction");
}

TEST(Integers, IntmaxIntmin)
{
    EXPECT_EQ(ints<int32_t>(call1("intmax", {})), std::vector<int32_t>({ 2147483647 }));
    EXPECT_EQ(ints<int32_t>(call1("intmin", {})), std::vector<int32_t>({ -2147483647 - 1 }));
    EXPECT_EQ(ints<int8_t>(call1("intmin", { str("int8") })), std::vector<int8_t>({ -128 }));
    EXPECT_EQ(ints<uint64_t>(call1("intmax", { str("uint64") })), std::vector<uint64_t>({ U64::max() }));
    EXPECT_EQ(ints<int16_t>(call1("intmax", { str("like"), call1("int16", { num(1) }) })), std::vector<int16_t>({ 32767 }));
    expect_error(call("intmax", { str("double") }), "MATLAB:intmax:invalidClassName");
    expect_error(call("intmin", { str("like"), num(1) }), "MATLAB:intmin:invalidClassName");
}

TEST(Integers, Cast)
{
    EXPECT_EQ(ints<uint8_t>(call1("cast", { num(300), str("uint8") })), std::vector<uint8_t>({ 255 }));
    Value d = call1("cast", { i8({ 5 }), str("double") });
    EXPECT_TRUE(d.is_num());
    EXPECT_EQ(d.num(), 5);
    EXPECT_EQ(ints<int8_t>(call1("cast", { num(2.5), str("like"), i8({ 1 }) })), std::vector<int8_t>({ 3 }));
    EXPECT_TRUE(call1("cast", { num(5), str("logical") }).boolean());
    EXPECT_EQ(text(call1("cast", { i8({ 72, 105 }), str("char") })), "Hi");
    EXPECT_EQ(call1("cast", { num(1), str("single") }).class_id(), ClassId::Single);
    expect_error(call("cast", { num(1), str("foo") }), "MATLAB:cast:UnsupportedClass");
}

TEST(Integers, BitFunctions)
{
    Value a = call1("uint8", { num(12) }), b = call1("uint8", { num(10) });
    EXPECT_EQ(ints<uint8_t>(call1("bitand", { a, b })), std::vector<uint8_t>({ 8 }));
    EXPECT_EQ(ints<uint8_t>(call1("bitor", { a, b })), std::vector<uint8_t>({ 14 }));
    EXPECT_EQ(ints<uint8_t>(call1("bitxor", { a, b })), std::vector<uint8_t>({ 6 }));
    EXPECT_EQ(ints<uint8_t>(call1("bitand", { a, num(4) })), std::vector<uint8_t>({ 4 }));
    Value d = call1("bitand", { num(12), row({ 10, 4 }) });
    EXPECT_EQ(d.class_id(), ClassId::Double);
    EXPECT_EQ(re(d), std::vector<double>({ 8, 4 }));
    EXPECT_EQ(re(call1("bitor", { num(4503599627370496.0), num(1) })), std::vector<double>({ 4503599627370497.0 }));
    expect_error(call("bitand", { num(-1), num(1) }), "MATLAB:bitand:outOfRange");
    expect_error(call("bitand", { num(1.5), num(1) }), "MATLAB:bitand:outOfRange");
    expect_error(call("bitand", { a, call1("uint16", { num(1) }) }), "MATLAB:mixedClasses");
    EXPECT_EQ(ints<uint8_t>(call1("bitshift", { call1("uint8", { num(255) }), num(1) })), std::vector<uint8_t>({ 254 }));
    EXPECT_EQ(ints<uint8_t>(call1("bitshift", { call1("uint8", { num(16) }), row({ -2, 4, 8 }) })), std::vector<uint8_t>({ 4, 0, 0 }));
    EXPECT_EQ(re(call1("bitshift", { num(1), num(10) })), std::vector<double>({ 1024 }));
    EXPECT_EQ(ints<int8_t>(call1("bitshift", { i8({ -8 }), num(-1) })), std::vector<int8_t>({ -4 }));
    EXPECT_EQ(ints<uint64_t>(call1("bitshift", { u64(1), num(63) })), std::vector<uint64_t>({ uint64_t(1) << 63 }));
}

TEST(Integers, Concatenation)
{
    Value a = horzcat(std::vector<Value> { i8({ 1 }), num(2.7) }).value();
    EXPECT_EQ(ints<int8_t>(a), std::vector<int8_t>({ 1, 3 }));
    Value b = horzcat(std::vector<Value> { num(2.7), num(300), i8({ 1 }) }).value();
    EXPECT_EQ(ints<int8_t>(b), std::vector<int8_t>({ 3, 127, 1 }));
    // Mixed integer classes: the leftmost integer class wins and the others saturate into it.
    Value c = horzcat(std::vector<Value> { i8({ 100 }), call1("int16", { num(1000) }) }).value();
    EXPECT_EQ(ints<int8_t>(c), std::vector<int8_t>({ 100, 127 }));
    Value d = horzcat(std::vector<Value> { call1("int16", { num(1000) }), i8({ 100 }) }).value();
    EXPECT_EQ(ints<int16_t>(d), std::vector<int16_t>({ 1000, 100 }));
    Value e = horzcat(std::vector<Value> { Value::logical(true), call1("uint8", { num(5) }) }).value();
    EXPECT_EQ(ints<uint8_t>(e), std::vector<uint8_t>({ 1, 5 }));
    Value f = horzcat(std::vector<Value> { call1("single", { num(1.5) }), call1("uint8", { num(5) }) }).value();
    EXPECT_EQ(ints<uint8_t>(f), std::vector<uint8_t>({ 2, 5 }));
    // Integers with char give char (MATLAB's table of unlike classes).
    Value g = horzcat(std::vector<Value> { i8({ 65 }), str("a") }).value();
    EXPECT_EQ(g.class_id(), ClassId::Char);
    EXPECT_EQ(text(g), "Aa");
    Value h = vertcat(std::vector<Value> { i8({ 1 }), num(300), Value::empty() }).value();
    EXPECT_EQ(h.dims(), Dims(2, 1));
    EXPECT_EQ(ints<int8_t>(h), std::vector<int8_t>({ 1, 127 }));
    Value u = call1("uint64", { call1("intmax", { str("uint64") }) });
    EXPECT_EQ(ints<uint64_t>(horzcat(std::vector<Value> { u, num(1) }).value()), std::vector<uint64_t>({ U64::max(), 1 }));
}

TEST(Integers, QueryBuiltins)
{
    Value x = i8({ 1, 2 });
    EXPECT_TRUE(call1("isinteger", { x }).boolean());
    EXPECT_FALSE(call1("isinteger", { num(1) }).boolean());
    EXPECT_TRUE(call1("isnumeric", { x }).boolean());
    EXPECT_FALSE(call1("isfloat", { x }).boolean());
    EXPECT_TRUE(call1("isa", { x, str("integer") }).boolean());
    EXPECT_TRUE(call1("isa", { x, str("numeric") }).boolean());
    EXPECT_FALSE(call1("isa", { x, str("float") }).boolean());
    EXPECT_TRUE(call1("isa", { x, str("int8") }).boolean());
    EXPECT_TRUE(call1("isreal", { x }).boolean());
    EXPECT_EQ(re(call1("logical", { i8({ 0, 2 }) })), std::vector<double>({ 0, 1 }));
    EXPECT_EQ(text(call1("char", { i8({ 72, 105 }) })), "Hi");
    Value big = bin(BinOp::Plus, bin(BinOp::Power, i64(2), num(53)), num(1));
    EXPECT_EQ(call1("double", { big }).num(), 9007199254740992.0); // rounds to nearest double
    EXPECT_EQ(re(call1("size", { x, i8({ 2 }) })), std::vector<double>({ 2 }));
}

TEST(Integers, Colon)
{
    Value r = make_range(i8({ 1 }), i8({ 3 })).value();
    EXPECT_EQ(ints<int8_t>(r), std::vector<int8_t>({ 1, 2, 3 }));
    Value s = make_range(call1("uint8", { num(5) }), num(-2), num(0)).value();
    EXPECT_EQ(ints<uint8_t>(s), std::vector<uint8_t>({ 5, 3, 1 }));
    Value e = make_range(i8({ 3 }), num(1)).value();
    EXPECT_EQ(e.class_id(), ClassId::Int8);
    EXPECT_EQ(e.dims(), Dims(1, 0));
    expect_error(make_range(i8({ 1 }), call1("int16", { num(3) })), "MATLAB:colon:mixedClasses");
}
