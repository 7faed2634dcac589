// Cells and structs as containers: paren/brace indexing, growth in place, deletion,
// concatenation, field access and display.
#include "runtime/cell_ops.hpp"
#include "runtime/concat.hpp"
#include "runtime/display.hpp"
#include "runtime/indexing.hpp"
#include "runtime/struct.hpp"
#include "value_test_support.hpp"

namespace runmat::runtime {
namespace {

using test::num;
using test::str;

Value cell_of(std::vector<Value> v)
{
    auto c = make_ref<CellArray>(Dims(1, v.size()));
    for (size_t i = 0; i < v.size(); ++i)
        c->data()[i] = v[i];
    return Value::object(std::move(c));
}

TEST(Cells, ParenGetKeepsCellClass)
{
    Value c = cell_of({ num(1), num(2), num(3) });
    Value idx[] = { test::row({ 2, 3 }) };
    auto r = index_get(c, idx);
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(r.value().class_id(), ClassId::Cell);
    EXPECT_EQ(r.value().dims(), Dims(1, 2));
    EXPECT_EQ(as_cell_array(r.value())->data()[0].num(), 2);
}

TEST(Cells, BraceAppendIsInPlace)
{
    Value c = cell_of({});
    CellArray const* first = nullptr;
    for (int k = 1; k <= 100; ++k) {
        Value idx[] = { num(double(k)) };
        ASSERT_FALSE(brace_set(c, idx, num(k)).is_error());
        if (k == 2)
            first = as_cell_array(c);
    }
    EXPECT_EQ(as_cell_array(c), first); // same object: grown in place
    EXPECT_EQ(c.dims(), Dims(1, 100));
    EXPECT_EQ(as_cell_array(c)->data()[99].num(), 100);
}

TEST(Cells, AssignGrowsWithEmpties)
{
    Value c = cell_of({ num(1) });
    Value idx[] = { num(4) };
    ASSERT_FALSE(index_assign(c, idx, cell_of({ str("x") })).is_error());
    EXPECT_EQ(c.dims(), Dims(1, 4));
    EXPECT_TRUE(as_cell_array(c)->data()[2].is_empty());
}

TEST(Cells, NonCellIntoCellIsAnError)
{
    Value c = cell_of({ num(1) });
    Value idx[] = { num(1) };
    auto r = index_assign(c, idx, num(5));
    ASSERT_TRUE(r.is_error());
    EXPECT_EQ(r.error().message, "Conversion to cell from double is not possible.");
}

TEST(Cells, DeleteAndConcat)
{
    Value c = cell_of({ num(1), num(2), num(3) });
    Value idx[] = { num(2) };
    ASSERT_FALSE(index_delete(c, idx).is_error());
    EXPECT_EQ(c.dims(), Dims(1, 2));
    Value parts[] = { c, num(9) };
    auto r = horzcat(parts);
    ASSERT_FALSE(r.is_error());
    EXPECT_EQ(r.value().dims(), Dims(1, 3));
    EXPECT_EQ(as_cell_array(r.value())->data()[2].num(), 9);
}

TEST(Cells, Display)
{
    FormatOptions fmt;
    EXPECT_EQ(display_value("c", cell_of({ num(1), str("abc") }), fmt),
        "c =\n\n  1\xC3\x97" "2 cell array\n\n    {[1]}    {'abc'}\n\n");
    EXPECT_EQ(display_value("c", cell_of({}), fmt), "c =\n\n  1\xC3\x97" "0 empty cell array\n\n");
}

TEST(Structs, FieldSetCreatesAndKeepsOrder)
{
    Value s;
    ASSERT_FALSE(field_set(s, "b", num(1)).is_error());
    ASSERT_FALSE(field_set(s, "a", str("x")).is_error());
    auto* st = as_struct(s);
    ASSERT_NE(st, nullptr);
    EXPECT_EQ(st->field_names(), (std::vector<std::string> { "b", "a" }));
    EXPECT_EQ(field_get(s, "b").value().num(), 1);
    auto missing = field_get(s, "zz");
    ASSERT_TRUE(missing.is_error());
    EXPECT_EQ(missing.error().message, "Unrecognized field name \"zz\".");
}

TEST(Structs, ArrayGrowthFillsOtherFields)
{
    Value s;
    ASSERT_FALSE(field_set(s, "x", num(1)).is_error());
    Value elem;
    ASSERT_FALSE(field_set(elem, "x", num(3)).is_error());
    Value idx[] = { num(3) };
    ASSERT_FALSE(index_assign(s, idx, elem).is_error());
    EXPECT_EQ(s.dims(), Dims(1, 3));
    auto list = field_get_list(s, "x");
    ASSERT_FALSE(list.is_error());
    ASSERT_EQ(list.value().size(), 3u);
    EXPECT_TRUE(list.value()[1].is_empty());
    EXPECT_EQ(list.value()[2].num(), 3);
}

TEST(Structs, Display)
{
    FormatOptions fmt;
    Value s;
    ASSERT_FALSE(field_set(s, "a", num(1)).is_error());
    ASSERT_FALSE(field_set(s, "bb", str("x")).is_error());
    EXPECT_EQ(display_value("s", s, fmt), "s = \n\n  struct with fields:\n\n     a: 1\n    bb: 'x'\n\n");
}

} // namespace
} // namespace runmat::runtime
