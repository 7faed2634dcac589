// Constructors and constants with class arguments: zeros/ones/eye/rand/randn/randi with
// 'int8'...'uint64'/'single' and 'like', repmat/reshape of the integer classes and single,
// realmax/realmin/eps/flintmax/Inf/NaN/pi of 'single', and tic's uint64 timer value.
#include "value_test_support.hpp"
#include <cfloat>
#include <cstdint>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

Value as(char const* cls, Value const& v) { return call1(cls, { v }); }

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

} // namespace

TEST(IntConstruct, ZerosOnesEyeWithClass)
{
    Value z = call1("zeros", { num(2), num(3), str("int16") });
    EXPECT_EQ(z.class_id(), ClassId::Int16);
    EXPECT_EQ(z.dims(), Dims(2, 3));
    EXPECT_EQ(ints<uint8_t>(call1("ones", { num(1), num(2), str("uint8") })), std::vector<uint8_t>({ 1, 1 }));
    EXPECT_EQ(floats(call1("ones", { num(2), str("single") })), std::vector<float>({ 1, 1, 1, 1 }));
    EXPECT_EQ(ints<int32_t>(call1("eye", { num(2), str("int32") })), std::vector<int32_t>({ 1, 0, 0, 1 }));
    EXPECT_EQ(floats(call1("eye", { num(2), num(1), str("single") })), std::vector<float>({ 1, 0 }));
    // 'like' takes the prototype's class.
    Value like = call1("zeros", { num(1), num(2), str("like"), as("uint64", num(5)) });
    EXPECT_EQ(ints<uint64_t>(like), std::vector<uint64_t>({ 0, 0 }));
    EXPECT_EQ(call1("ones", { str("like"), as("single", num(1)) }).class_id(), ClassId::Single);
    // Scalars of a class are 1x1 arrays, never unboxed doubles.
    Value one = call1("zeros", { str("int8") });
    EXPECT_EQ(one.class_id(), ClassId::Int8);
    EXPECT_EQ(one.dims(), Dims(1, 1));
    expect_error(call("zeros", { num(2), str("cell") }), "MATLAB:zeros:invalidClassName");
}

TEST(IntConstruct, RandomWithClass)
{
    Value r = call1("rand", { num(2), num(3), str("single") });
    EXPECT_EQ(r.class_id(), ClassId::Single);
    for (float f : floats(r)) {
        EXPECT_GT(f, 0.0f);
        EXPECT_LT(f, 1.0f);
    }
    EXPECT_EQ(call1("randn", { num(2), str("single") }).class_id(), ClassId::Single);
    expect_error(call("rand", { num(2), str("int8") }), "MATLAB:rand:invalidClassName");
    Value ri = call1("randi", { num(10), num(1), num(50), str("uint8") });
    for (uint8_t v : ints<uint8_t>(ri)) {
        EXPECT_GE(v, 1);
        EXPECT_LE(v, 10);
    }
    Value rl = call1("randi", { row({ -5, 5 }), num(3), str("like"), as("int8", num(0)) });
    EXPECT_EQ(rl.class_id(), ClassId::Int8);
    expect_error(call("randi", { num(300), num(1), str("int8") }), "MATLAB:randi:invalidLimitsForClass");
}

TEST(IntConstruct, RepmatReshape)
{
    Value x = as("int16", row({ 1, -2 }));
    Value t = call1("repmat", { x, num(2), num(2) });
    EXPECT_EQ(t.dims(), Dims(2, 4));
    EXPECT_EQ(ints<int16_t>(t), std::vector<int16_t>({ 1, 1, -2, -2, 1, 1, -2, -2 }));
    Value r = call1("reshape", { as("uint32", row({ 1, 2, 3, 4 })), num(2), num(2) });
    EXPECT_EQ(r.dims(), Dims(2, 2));
    EXPECT_EQ(ints<uint32_t>(r), std::vector<uint32_t>({ 1, 2, 3, 4 }));
    Value s = call1("reshape", { as("single", row({ 1, 2, 3, 4 })), num(4), num(1) });
    EXPECT_EQ(s.dims(), Dims(4, 1));
    EXPECT_EQ(s.class_id(), ClassId::Single);
}

TEST(IntConstruct, SingleConstants)
{
    EXPECT_EQ(floats(call1("realmax", { str("single") })), std::vector<float>({ FLT_MAX }));
    EXPECT_EQ(floats(call1("realmin", { str("single") })), std::vector<float>({ FLT_MIN }));
    EXPECT_EQ(floats(call1("eps", { str("single") })), std::vector<float>({ FLT_EPSILON }));
    EXPECT_EQ(floats(call1("flintmax", { str("single") })), std::vector<float>({ 16777216.0f }));
    EXPECT_EQ(floats(call1("pi", { str("single") })), std::vector<float>({ static_cast<float>(M_PI) }));
    auto inf = floats(call1("Inf", { num(1), num(2), str("single") }));
    EXPECT_EQ(inf.size(), 2u);
    EXPECT_TRUE(std::isinf(inf[0]));
    EXPECT_TRUE(std::isnan(floats(call1("NaN", { str("like"), as("single", num(1)) }))[0]));
    EXPECT_EQ(call1("realmax", { str("double") }).num(), DBL_MAX);
    EXPECT_EQ(call1("eps", { str("double") }).num(), DBL_EPSILON);
    // eps(X) of single X is single spacing.
    EXPECT_EQ(floats(call1("eps", { as("single", row({ 1, 1024 })) })), std::vector<float>({ FLT_EPSILON, 1024 * FLT_EPSILON }));
    expect_error(call("eps", { as("int8", num(1)) }), "MATLAB:eps:invalidInput");
    expect_error(call("pi", { str("int8") }), "MATLAB:pi:invalidClass");
}

TEST(IntConstruct, TicReturnsUint64)
{
    Value t = call1("tic", {});
    EXPECT_EQ(t.class_id(), ClassId::UInt64);
    EXPECT_EQ(t.dims(), Dims(1, 1));
    Value e = call1("toc", { t });
    ASSERT_TRUE(e.is_num());
    EXPECT_GE(e.num(), 0.0);
    EXPECT_LT(e.num(), 60.0);
}
