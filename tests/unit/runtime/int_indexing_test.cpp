// Paren indexing of the integer classes and single: reads keep the class, assignment converts
// by MATLAB's rules (an integer or single rhs converts a double x; the rhs saturates into an
// integer x), growth with zero fill, deletion, integer-valued index arguments.
#include "runtime/indexing.hpp"
#include "value_test_support.hpp"
#include <cstdint>
#include <limits>

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

Value get(Value const& base, std::vector<Value> const& idx)
{
    auto r = index_get(base, idx);
    EXPECT_FALSE(r.is_error()) << (r.is_error() ? r.error().message : "");
    return r.is_error() ? Value() : r.value();
}

void set(Value& base, std::vector<Value> const& idx, Value const& rhs)
{
    auto r = index_set(base, idx, rhs);
    EXPECT_FALSE(r.is_error()) << (r.is_error() ? r.error().message : "");
}

Value colon() { return str(":"); }

} // namespace

TEST(IntIndexing, ReadsKeepTheClass)
{
    Value x = as("int16", row({ 10, 20, 30, 40 }));
    Value e = get(x, { num(2) });
    EXPECT_EQ(e.class_id(), ClassId::Int16);
    EXPECT_EQ(ints<int16_t>(e), std::vector<int16_t>({ 20 }));
    EXPECT_EQ(ints<int16_t>(get(x, { row({ 4, 1 }) })), std::vector<int16_t>({ 40, 10 }));
    EXPECT_EQ(ints<int16_t>(get(x, { logical_row({ 1, 0, 1, 0 }) })), std::vector<int16_t>({ 10, 30 }));
    Value m = as("uint8", mat(2, 2, { 1, 2, 3, 4 }));
    EXPECT_EQ(ints<uint8_t>(get(m, { colon(), num(2) })), std::vector<uint8_t>({ 3, 4 }));
    EXPECT_EQ(get(m, { colon() }).dims(), Dims(4, 1));
    Value e21 = get(m, { num(2), num(1) });
    EXPECT_EQ(e21.dims(), Dims(1, 1));
    EXPECT_EQ(ints<uint8_t>(e21), std::vector<uint8_t>({ 2 }));
    EXPECT_EQ(floats(get(as("single", mat(2, 2, { 1, 2, 3, 4 })), { num(1), num(2) })), std::vector<float>({ 3 }));
    Value s = as("single", row({ 1.5, 2.5 }));
    EXPECT_EQ(floats(get(s, { num(2) })), std::vector<float>({ 2.5f }));
    // 64-bit values come back exactly.
    Value big = call1("intmax", { str("int64") });
    EXPECT_EQ(ints<int64_t>(get(big, { num(1) })), std::vector<int64_t>({ std::numeric_limits<int64_t>::max() }));
}

TEST(IntIndexing, IntegerAndSingleIndexArguments)
{
    Value x = row({ 10, 20, 30 });
    EXPECT_EQ(re(get(x, { as("int8", num(2)) })), std::vector<double>({ 20 }));
    EXPECT_EQ(re(get(x, { as("uint64", row({ 3, 1 })) })), std::vector<double>({ 30, 10 }));
    EXPECT_EQ(re(get(x, { as("single", num(3)) })), std::vector<double>({ 30 }));
    expect_error(index_get(x, std::vector<Value> { as("int8", num(0)) }), "MATLAB:badsubscript");
    expect_error(index_get(x, std::vector<Value> { as("int8", num(4)) }), "MATLAB:badsubscript",
        "Index exceeds the number of array elements. Index must not exceed 3.");
}

TEST(IntIndexing, AssignmentSaturatesIntoTheIntegerClass)
{
    Value x = as("uint8", row({ 1, 2, 3 }));
    set(x, { num(2) }, num(300));
    EXPECT_EQ(ints<uint8_t>(x), std::vector<uint8_t>({ 1, 255, 3 }));
    set(x, { num(1) }, num(-7));
    set(x, { num(3) }, num(2.5));
    EXPECT_EQ(ints<uint8_t>(x), std::vector<uint8_t>({ 0, 255, 3 }));
    // Another integer class, logical, char and single rhs all convert into uint8.
    set(x, { num(1) }, as("int16", num(-4)));
    EXPECT_EQ(ints<uint8_t>(x)[0], 0);
    set(x, { num(1) }, Value::logical(true));
    EXPECT_EQ(ints<uint8_t>(x)[0], 1);
    set(x, { num(1) }, str("A"));
    EXPECT_EQ(ints<uint8_t>(x)[0], 65);
    set(x, { row({ 1, 2 }) }, as("single", row({ 9.5, 1000 })));
    EXPECT_EQ(ints<uint8_t>(x), std::vector<uint8_t>({ 10, 255, 3 }));
    EXPECT_EQ(x.class_id(), ClassId::UInt8);
}

TEST(IntIndexing, IntegerRhsConvertsADoubleArray)
{
    Value x = row({ 1.4, 2, 300 });
    set(x, { num(2) }, as("int8", num(5)));
    EXPECT_EQ(x.class_id(), ClassId::Int8);
    EXPECT_EQ(ints<int8_t>(x), std::vector<int8_t>({ 1, 5, 127 }));
    Value s = row({ 1, 2 });
    set(s, { num(1) }, as("single", num(0.5)));
    EXPECT_EQ(s.class_id(), ClassId::Single);
    EXPECT_EQ(floats(s), std::vector<float>({ 0.5f, 2.0f }));
    // A single x stays single for a double rhs, and becomes the integer class of an integer rhs.
    set(s, { num(2) }, num(0.25));
    EXPECT_EQ(floats(s), std::vector<float>({ 0.5f, 0.25f }));
    set(s, { num(1) }, as("int32", num(7)));
    EXPECT_EQ(ints<int32_t>(s), std::vector<int32_t>({ 7, 0 }));
    // An undefined x or [] takes the rhs class; a char x stays char.
    Value u;
    set(u, { num(3) }, as("uint16", num(9)));
    EXPECT_EQ(ints<uint16_t>(u), std::vector<uint16_t>({ 0, 0, 9 }));
    Value c = str("abc");
    set(c, { num(2) }, as("int8", num(66)));
    EXPECT_EQ(text(c), "aBc");
    // Complex values cannot become integers.
    Value z = cplx_row({ 1, 2 }, { 1, 0 });
    expect_error(index_set(z, std::vector<Value> { num(2) }, as("int8", num(1))), "RunMat:notImplemented");
    Value n = as("int8", row({ 1, 2 }));
    expect_error(index_set(n, std::vector<Value> { num(2) }, cplx_row({ 1 }, { 1 })), "RunMat:notImplemented");
}

TEST(IntIndexing, GrowthFillsWithZero)
{
    Value x = as("int32", num(5));
    set(x, { num(4) }, num(-2));
    EXPECT_EQ(ints<int32_t>(x), std::vector<int32_t>({ 5, 0, 0, -2 }));
    Value m = as("int8", mat(1, 1, { 1 }));
    set(m, { num(2), num(2) }, num(4));
    EXPECT_EQ(m.dims(), Dims(2, 2));
    EXPECT_EQ(ints<int8_t>(m), std::vector<int8_t>({ 1, 0, 0, 4 }));
    Value s = as("single", row({ 1 }));
    set(s, { num(3) }, num(3));
    EXPECT_EQ(floats(s), std::vector<float>({ 1, 0, 3 }));
}

TEST(IntIndexing, FastPathsConvertAndStayInPlace)
{
    Value x = as("int8", row({ 0, 0, 0 }));
    HeapObject* obj = x.obj();
    set(x, { num(1) }, num(200));
    set(x, { num(3) }, num(-1.5));
    EXPECT_EQ(x.obj(), obj);
    EXPECT_EQ(ints<int8_t>(x), std::vector<int8_t>({ 127, 0, -2 }));
    Value copy = x; // shared: the write must not show through the copy
    set(x, { num(2) }, num(9));
    EXPECT_EQ(ints<int8_t>(copy), std::vector<int8_t>({ 127, 0, -2 }));
    EXPECT_EQ(ints<int8_t>(x), std::vector<int8_t>({ 127, 9, -2 }));
    Value m = as("uint16", mat(2, 2, { 1, 2, 3, 4 }));
    set(m, { num(2), num(1) }, num(70000));
    EXPECT_EQ(ints<uint16_t>(m), std::vector<uint16_t>({ 1, 65535, 3, 4 }));
}

TEST(IntIndexing, Deletion)
{
    Value x = as("uint32", row({ 1, 2, 3, 4 }));
    ASSERT_FALSE(index_delete(x, std::vector<Value> { row({ 1, 3 }) }).is_error());
    EXPECT_EQ(ints<uint32_t>(x), std::vector<uint32_t>({ 2, 4 }));
    Value m = as("int64", mat(2, 2, { 1, 2, 3, 4 }));
    ASSERT_FALSE(index_delete(m, std::vector<Value> { num(1), colon() }).is_error());
    EXPECT_EQ(m.dims(), Dims(1, 2));
    EXPECT_EQ(ints<int64_t>(m), std::vector<int64_t>({ 2, 4 }));
    Value s = as("single", row({ 1, 2 }));
    ASSERT_FALSE(index_set(s, std::vector<Value> { num(1) }, Value::empty()).is_error());
    EXPECT_EQ(floats(s), std::vector<float>({ 2 }));
}

TEST(IntIndexing, EndValue)
{
    Value x = as("int8", mat(2, 3, { 1, 2, 3, 4, 5, 6 }));
    EXPECT_EQ(end_value(x, 0, 1), 6u);
    EXPECT_EQ(end_value(x, 1, 2), 3u);
}
