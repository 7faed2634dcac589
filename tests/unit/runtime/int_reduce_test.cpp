// Reductions of the integer classes and single: sum/prod keep an integer class and saturate
// once (exact int64 accumulation), mean gives double, 'double'/'native' options, cumsum,
// max/min with indices and the two-argument form, median, sort, find, any/all.
#include "value_test_support.hpp"
#include <cstdint>
#include <limits>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

Value as(char const* cls, Value const& v) { return call1(cls, { v }); }
Value i8(std::vector<double> const& v) { return as("int8", row(v)); }

template <typename T>
std::vector<T> ints(Value const& v)
{
    auto* a = v.as_int_array<T>();
    EXPECT_NE(a, nullptr) << "class is " << class_name(v.class_id());
    if (!a)
        return {};
    return std::vector<T>(a->data(), a->data() + a->numel());
}

std::vector<float> floats(Value const& v)
{
    auto* a = v.as_single_array();
    EXPECT_NE(a, nullptr) << "class is " << class_name(v.class_id());
    if (!a)
        return {};
    return std::vector<float>(a->data(), a->data() + a->numel());
}

std::vector<Value> calln(std::string_view name, std::vector<Value> const& args, int nargout)
{
    auto r = call(name, args, nargout);
    EXPECT_FALSE(r.is_error()) << name << ": " << (r.is_error() ? r.error().message : "");
    return r.is_error() ? std::vector<Value>(static_cast<size_t>(nargout)) : r.value();
}

using I64 = std::numeric_limits<int64_t>;

} // namespace

TEST(IntReduce, SumKeepsTheClassAndSaturatesOnce)
{
    EXPECT_EQ(ints<int8_t>(call1("sum", { i8({ 100, 100, -100 }) })), std::vector<int8_t>({ 100 }));
    EXPECT_EQ(ints<int8_t>(call1("sum", { i8({ 100, 100 }) })), std::vector<int8_t>({ 127 }));
    EXPECT_EQ(ints<uint8_t>(call1("sum", { as("uint8", mat(2, 2, { 1, 2, 3, 4 })) })), std::vector<uint8_t>({ 3, 7 }));
    EXPECT_EQ(ints<uint8_t>(call1("sum", { as("uint8", mat(2, 2, { 1, 2, 3, 4 })), num(2) })), std::vector<uint8_t>({ 4, 6 }));
    // int64: exact beyond 2^53.
    Value big = as("int64", row({ 9007199254740993.0, 0 }));
    auto* a = big.as_int_array<int64_t>();
    a->data()[0] = 9007199254740993; // 2^53 + 1, not a double
    a->data()[1] = 2;
    EXPECT_EQ(ints<int64_t>(call1("sum", { big })), std::vector<int64_t>({ 9007199254740995 }));
    Value imax = call1("intmax", { str("int64") });
    EXPECT_EQ(ints<int64_t>(call1("sum", { call1("repmat", { imax, num(1), num(3) }) })), std::vector<int64_t>({ I64::max() }));
    // 'double' sums in double; 'native' and 'default' keep the class.
    Value d = call1("sum", { i8({ 100, 100 }), str("double") });
    EXPECT_TRUE(d.is_num());
    EXPECT_EQ(d.num(), 200);
    EXPECT_EQ(ints<int8_t>(call1("sum", { i8({ 100, 100 }), str("native") })), std::vector<int8_t>({ 127 }));
    EXPECT_EQ(ints<int8_t>(call1("sum", { i8({ 1, 2 }), str("default") })), std::vector<int8_t>({ 3 }));
    // Empty: 0 of the class.
    EXPECT_EQ(ints<int16_t>(call1("sum", { as("int16", Value::empty()) })), std::vector<int16_t>({ 0 }));
}

TEST(IntReduce, ProdAndMean)
{
    EXPECT_EQ(ints<int8_t>(call1("prod", { i8({ 10, 20 }) })), std::vector<int8_t>({ 127 }));
    EXPECT_EQ(ints<int8_t>(call1("prod", { i8({ 10, -20 }) })), std::vector<int8_t>({ -128 }));
    EXPECT_EQ(ints<int8_t>(call1("prod", { i8({ 100, 100, 0 }) })), std::vector<int8_t>({ 0 }));
    EXPECT_EQ(call1("prod", { as("int32", row({ 1e9, 1e9, 1e9 })), str("double") }).num(), 1e27);
    Value m = call1("mean", { i8({ 1, 2, 4 }) });
    EXPECT_TRUE(m.is_num());
    EXPECT_DOUBLE_EQ(m.num(), 7.0 / 3.0);
    EXPECT_EQ(ints<int8_t>(call1("mean", { i8({ 1, 2, 4 }), str("native") })), std::vector<int8_t>({ 2 }));
    EXPECT_EQ(ints<int8_t>(call1("mean", { i8({ 1, 2 }), str("native") })), std::vector<int8_t>({ 2 })); // 1.5 rounds away
    EXPECT_DOUBLE_EQ(call1("mean", { as("uint8", mat(2, 2, { 1, 2, 3, 4 })), str("all") }).num(), 2.5);
}

TEST(IntReduce, SingleStaysSingle)
{
    EXPECT_EQ(floats(call1("sum", { as("single", row({ 1.5, 2.5 })) })), std::vector<float>({ 4.0f }));
    EXPECT_EQ(call1("sum", { as("single", row({ 1.5, 2.5 })), str("double") }).num(), 4.0);
    EXPECT_EQ(floats(call1("prod", { as("single", row({ 2, 3 })) })), std::vector<float>({ 6.0f }));
    EXPECT_EQ(floats(call1("mean", { as("single", row({ 1, 2 })) })), std::vector<float>({ 1.5f }));
    float nan = std::numeric_limits<float>::quiet_NaN();
    Value with_nan = as("single", row({ 1, static_cast<double>(nan), 3 }));
    EXPECT_EQ(floats(call1("mean", { with_nan, str("omitnan") })), std::vector<float>({ 2.0f }));
    EXPECT_EQ(floats(call1("cumsum", { as("single", row({ 1, 2, 3 })) })), std::vector<float>({ 1, 3, 6 }));
    EXPECT_EQ(floats(call1("max", { as("single", row({ 1, 5, 2 })) })), std::vector<float>({ 5 }));
    EXPECT_EQ(floats(call1("median", { as("single", row({ 4, 1, 2 })) })), std::vector<float>({ 2 }));
}

TEST(IntReduce, Cumulative)
{
    EXPECT_EQ(ints<int8_t>(call1("cumsum", { i8({ 100, 100, -100 }) })), std::vector<int8_t>({ 100, 127, 100 }));
    EXPECT_EQ(ints<uint8_t>(call1("cumprod", { as("uint8", row({ 10, 10, 10 })) })), std::vector<uint8_t>({ 10, 100, 255 }));
    EXPECT_EQ(ints<int32_t>(call1("cumsum", { as("int32", row({ 1, 2, 3 })), str("reverse") })), std::vector<int32_t>({ 6, 5, 3 }));
}

TEST(IntReduce, MaxMin)
{
    auto r = calln("max", { i8({ 3, 9, -2, 9 }) }, 2);
    EXPECT_EQ(ints<int8_t>(r[0]), std::vector<int8_t>({ 9 }));
    EXPECT_EQ(re(r[1]), std::vector<double>({ 2 }));
    r = calln("min", { as("uint16", mat(2, 2, { 4, 1, 2, 8 })) }, 2);
    EXPECT_EQ(ints<uint16_t>(r[0]), std::vector<uint16_t>({ 1, 2 }));
    EXPECT_EQ(re(r[1]), std::vector<double>({ 2, 1 }));
    // int64 compared exactly: 2^53 + 1 beats 2^53.
    Value big = as("int64", row({ 0, 0 }));
    big.as_int_array<int64_t>()->data()[0] = 9007199254740992;
    big.as_int_array<int64_t>()->data()[1] = 9007199254740993;
    r = calln("max", { big }, 2);
    EXPECT_EQ(ints<int64_t>(r[0]), std::vector<int64_t>({ 9007199254740993 }));
    EXPECT_EQ(re(r[1]), std::vector<double>({ 2 }));
    // Two-argument forms: the integer class wins, the double is rounded into it; NaN is skipped.
    EXPECT_EQ(ints<int8_t>(call1("max", { i8({ 1, 5 }), num(3.6) })), std::vector<int8_t>({ 4, 5 }));
    EXPECT_EQ(ints<uint8_t>(call1("min", { as("uint8", row({ 1, 5 })), row({ 0, 900 }) })), std::vector<uint8_t>({ 0, 5 }));
    EXPECT_EQ(ints<int8_t>(call1("min", { i8({ 1, 5 }), num(std::nan("")) })), std::vector<int8_t>({ 1, 5 }));
    EXPECT_EQ(floats(call1("max", { as("single", row({ 1, 5 })), num(2) })), std::vector<float>({ 2, 5 }));
    expect_error(call("max", { i8({ 1 }), as("int16", num(2)) }), "MATLAB:mixedClasses");
}

TEST(IntReduce, MedianSortFind)
{
    EXPECT_EQ(ints<int8_t>(call1("median", { i8({ 1, 2 }) })), std::vector<int8_t>({ 2 }));
    // median.m's midpoint: lo + (hi - lo)/2 in the class for same-sign values.
    EXPECT_EQ(ints<int8_t>(call1("median", { i8({ -1, -2 }) })), std::vector<int8_t>({ -1 }));
    EXPECT_EQ(ints<int8_t>(call1("median", { i8({ -3, -2 }) })), std::vector<int8_t>({ -2 }));
    EXPECT_EQ(ints<int8_t>(call1("median", { i8({ -1, 2 }) })), std::vector<int8_t>({ 1 }));
    EXPECT_EQ(ints<int8_t>(call1("median", { i8({ 127, 127 }) })), std::vector<int8_t>({ 127 }));
    EXPECT_EQ(ints<int8_t>(call1("sort", { i8({ 3, -1, 2 }) })), std::vector<int8_t>({ -1, 2, 3 }));
    auto r = calln("sort", { as("uint32", row({ 5, 1, 5, 0 })), str("descend") }, 2);
    EXPECT_EQ(ints<uint32_t>(r[0]), std::vector<uint32_t>({ 5, 5, 1, 0 }));
    EXPECT_EQ(re(r[1]), std::vector<double>({ 1, 3, 2, 4 }));
    r = calln("sort", { as("single", row({ 3, std::nan(""), 1 })) }, 2);
    auto f = floats(r[0]);
    EXPECT_EQ(f[0], 1.0f);
    EXPECT_EQ(f[1], 3.0f);
    EXPECT_TRUE(std::isnan(f[2]));
    EXPECT_EQ(re(r[1]), std::vector<double>({ 3, 1, 2 }));
    EXPECT_EQ(re(call1("find", { as("uint16", row({ 0, 3, 0, 7 })) })), std::vector<double>({ 2, 4 }));
    r = calln("find", { as("int8", mat(2, 2, { 0, 4, -3, 0 })) }, 3);
    EXPECT_EQ(ints<int8_t>(r[2]), std::vector<int8_t>({ 4, -3 }));
    EXPECT_TRUE(call1("any", { i8({ 0, 0, 1 }) }).boolean());
    EXPECT_FALSE(call1("all", { i8({ 0, 0, 1 }) }).boolean());
}
