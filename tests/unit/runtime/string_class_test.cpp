// The string class: storage and copy-on-write, string(x) conversion, operators, indexing,
// concatenation, display, and the string-aware text builtins.
#include "runtime/concat.hpp"
#include "runtime/display.hpp"
#include "runtime/indexing.hpp"
#include "runtime/ops.hpp"
#include "runtime/string_array.hpp"
#include "value_test_support.hpp"

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

Value sarr(Dims d, std::vector<std::string> const& v)
{
    auto s = make_ref<StringArray>(d);
    for (size_t i = 0; i < v.size(); ++i) {
        if (v[i] == "<missing>")
            s->set_missing(i, true);
        else
            s->at(i) = v[i];
    }
    return Value::object(std::move(s));
}
Value srow(std::vector<std::string> const& v) { return sarr(Dims(1, v.size()), v); }

// The elements of a string array, <missing> spelled out.
std::vector<std::string> elems(Value const& v)
{
    std::vector<std::string> out;
    auto* s = as_string_array(v);
    if (!s)
        return { "<not string>" };
    for (size_t i = 0; i < s->numel(); ++i)
        out.push_back(s->is_missing(i) ? "<missing>" : s->at(i));
    return out;
}

std::string dims(Value const& v) { return v.dims().to_string(); }
using S = std::vector<std::string>;

} // namespace

TEST(StringClass, ScalarLiteralIsOneByOneEvenWhenEmpty)
{
    Value e = make_string("");
    EXPECT_EQ(e.class_id(), ClassId::String);
    EXPECT_EQ(dims(e), "1x1");
    EXPECT_FALSE(e.is_empty());
}

TEST(StringClass, CopyOnWrite)
{
    Value a = srow({ "x", "y" });
    Value b = a;
    Value idx[] = { num(1) };
    ASSERT_FALSE(index_assign(b, idx, make_string("z")).is_error());
    EXPECT_EQ(elems(a), (S { "x", "y" }));
    EXPECT_EQ(elems(b), (S { "z", "y" }));
}

TEST(StringClass, NumberText)
{
    EXPECT_EQ(number_text(3.14159265), "3.1416");
    EXPECT_EQ(number_text(1e10), "1e+10");
    EXPECT_EQ(number_text(123456), "123456");
    EXPECT_EQ(number_text(-2), "-2");
    EXPECT_EQ(number_text(0.1), "0.1");
    EXPECT_EQ(number_text(-0.0), "0");
    EXPECT_EQ(number_text(1.0 / 0.0), "Inf");
}

TEST(StringClass, ConvertFromCharCellNumbers)
{
    EXPECT_EQ(elems(to_string_value(str("abc")).value()), (S { "abc" }));
    Value m = call1("char", { str("ab"), str("cde") });
    Value sm = to_string_value(m).value();
    EXPECT_EQ(dims(sm), "2x1");
    EXPECT_EQ(elems(sm), (S { "ab ", "cde" }));
    EXPECT_EQ(elems(to_string_value(row({ 1, 2.5, NAN })).value()), (S { "1", "2.5", "<missing>" }));
    EXPECT_EQ(elems(to_string_value(logical_row({ 1, 0 })).value()), (S { "true", "false" }));
    EXPECT_EQ(elems(to_string_value(Value::complex(1, -2)).value()), (S { "1-2i" }));
    EXPECT_TRUE(to_string_value(Value::object(make_ref<FunctionHandle>())).is_error());
}

TEST(StringClass, PlusConcatenatesWithExpansion)
{
    Value r = binary_op(BinOp::Plus, make_string("a"), srow({ "x", "y" })).value();
    EXPECT_EQ(elems(r), (S { "ax", "ay" }));
    EXPECT_EQ(elems(binary_op(BinOp::Plus, make_string("n"), num(5)).value()), (S { "n5" }));
    EXPECT_EQ(elems(binary_op(BinOp::Plus, num(1.5), make_string("x")).value()), (S { "1.5x" }));
    EXPECT_EQ(elems(binary_op(BinOp::Plus, make_missing_string(), make_string("x")).value()), (S { "<missing>" }));
    expect_error(binary_op(BinOp::Minus, make_string("a"), num(1)), "MATLAB:UndefinedFunction",
        "Operator '-' is not supported for operands of type 'string'.");
    expect_error(binary_op(BinOp::Plus, srow({ "a", "b" }), srow({ "a", "b", "c" })), "MATLAB:sizeDimensionsMustMatch");
}

TEST(StringClass, RelationalCompareText)
{
    EXPECT_EQ(re(binary_op(BinOp::Eq, srow({ "a", "b" }), str("a")).value()), (std::vector<double> { 1, 0 }));
    EXPECT_EQ(re(binary_op(BinOp::Lt, make_string("abc"), make_string("abd")).value()), (std::vector<double> { 1 }));
    EXPECT_EQ(re(binary_op(BinOp::Ne, make_missing_string(), make_missing_string()).value()), (std::vector<double> { 1 }));
    EXPECT_EQ(re(binary_op(BinOp::Eq, make_missing_string(), make_missing_string()).value()), (std::vector<double> { 0 }));
}

TEST(StringClass, IndexGetSetGrowDelete)
{
    Value s = srow({ "a", "bb", "c" });
    Value i2[] = { num(2) };
    EXPECT_EQ(elems(index_get(s, i2).value()), (S { "bb" }));
    Value i5[] = { num(5) };
    ASSERT_FALSE(index_assign(s, i5, str("e")).is_error());
    EXPECT_EQ(elems(s), (S { "a", "bb", "c", "<missing>", "e" }));
    ASSERT_FALSE(index_delete(s, i2).is_error());
    EXPECT_EQ(elems(s), (S { "a", "c", "<missing>", "e" }));
    Value i9[] = { num(9) };
    expect_error(index_get(s, i9), "MATLAB:badsubscript", "Index exceeds the number of array elements. Index must not exceed 4.");
}

TEST(StringClass, AssignIntoUndefinedMakesString)
{
    Value s;
    Value i3[] = { num(3) };
    ASSERT_FALSE(index_assign(s, i3, make_string("z")).is_error());
    EXPECT_EQ(elems(s), (S { "<missing>", "<missing>", "z" }));
    Value i4[] = { num(4) };
    ASSERT_FALSE(index_assign(s, i4, num(7)).is_error());
    EXPECT_EQ(elems(s).back(), "7");
}

TEST(StringClass, ConcatConvertsOtherParts)
{
    Value parts[] = { make_string("a"), str("bc"), num(3), Value::empty() };
    Value r = horzcat(parts).value();
    EXPECT_EQ(dims(r), "1x3");
    EXPECT_EQ(elems(r), (S { "a", "bc", "3" }));
    Value rows[] = { srow({ "a", "b" }), make_string("c") };
    expect_error(vertcat(rows), "MATLAB:catenate:dimensionMismatch");
}

TEST(StringClass, Display)
{
    FormatOptions f;
    EXPECT_EQ(display_value("s", make_string("abc"), f), "s = \n\n    \"abc\"\n\n");
    EXPECT_EQ(display_value("s", srow({ "a", "bb", "c" }), f), "s = \n\n  1\xC3\x97" "3 string array\n\n    \"a\"    \"bb\"    \"c\"\n\n");
    EXPECT_EQ(display_value("s", make_missing_string(), f), "s = \n\n    <missing>\n\n");
    EXPECT_EQ(disp_value(make_string("abc"), f), "abc\n");
    EXPECT_EQ(disp_value(srow({ "a", "<missing>" }), f), "    \"a\"    <missing>\n");
    EXPECT_EQ(display_value("s", Value::object(make_ref<StringArray>(Dims(0, 0))), f), "s = \n\n  0\xC3\x97" "0 empty string array\n\n");
}

TEST(StringClass, TextBuiltinsReturnStrings)
{
    EXPECT_EQ(elems(call1("upper", { srow({ "ab", "<missing>" }) })), (S { "AB", "<missing>" }));
    EXPECT_EQ(elems(call1("strrep", { make_string("aXa"), str("X"), str("-") })), (S { "a-a" }));
    Value parts = call1("strsplit", { make_string("a b c") });
    EXPECT_EQ(elems(parts), (S { "a", "b", "c" }));
    EXPECT_EQ(elems(call1("strjoin", { srow({ "a", "b" }), str("+") })), (S { "a+b" }));
    EXPECT_EQ(re(call1("strcmp", { srow({ "a", "b" }), str("b") })), (std::vector<double> { 0, 1 }));
    EXPECT_EQ(re(call1("strlength", { srow({ "abc", "<missing>" }) }))[0], 3);
    EXPECT_TRUE(std::isnan(re(call1("strlength", { srow({ "abc", "<missing>" }) }))[1]));
    EXPECT_EQ(text(call1("sprintf", { str("%s-%s"), srow({ "a", "b" }) })), "a-b");
    EXPECT_EQ(elems(call1("sprintf", { make_string("%d"), num(4) })), (S { "4" }));
    EXPECT_EQ(elems(call1("strcat", { make_string("a "), str("b ") })), (S { "a b" }));
}

TEST(StringClass, CharCellstrDouble)
{
    Value c = call1("char", { srow({ "a", "bcd" }) });
    EXPECT_EQ(dims(c), "2x3");
    EXPECT_EQ(dims(call1("char", { make_string("") })), "0x0");
    Value cs = call1("cellstr", { srow({ "x", "yz" }) });
    EXPECT_EQ(cs.class_id(), ClassId::Cell);
    EXPECT_EQ(re(call1("double", { srow({ "3.5", "abc" }) }))[0], 3.5);
    EXPECT_TRUE(std::isnan(re(call1("double", { srow({ "3.5", "abc" }) }))[1]));
}

TEST(StringClass, ComposeRowsAndGroups)
{
    Value r = call1("compose", { make_string("%d"), row({ 1, 2, 3 }) });
    EXPECT_EQ(dims(r), "1x3");
    EXPECT_EQ(elems(r), (S { "1", "2", "3" }));
    Value g = call1("compose", { make_string("%d-%d"), mat(2, 2, { 1, 3, 2, 4 }) });
    EXPECT_EQ(elems(g), (S { "1-2", "3-4" }));
    Value t = call1("compose", { make_string("%s=%d"), sarr(Dims(2, 1), { "a", "b" }), col({ 1, 2 }) });
    EXPECT_EQ(elems(t), (S { "a=1", "b=2" }));
}

TEST(StringClass, EqualityAndSwitchMatch)
{
    EXPECT_TRUE(values_equal(make_string("a"), str("a")));
    EXPECT_FALSE(values_equal(make_string("a"), make_string("b")));
    EXPECT_FALSE(values_equal(make_missing_string(), make_missing_string()));
    EXPECT_TRUE(string_case_match(make_string("x"), str("x")));
    EXPECT_FALSE(string_case_match(make_string("1"), num(1)));
}
