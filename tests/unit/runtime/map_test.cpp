// containers.Map: construction forms, key conversion and ordering, value types, the Object
// hooks (paren indexing, properties, methods) and handle semantics through index_assign.
#include "runtime/cell_ops.hpp"
#include "runtime/indexing.hpp"
#include "runtime/map_object.hpp"
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace runmat;
using namespace runmat::runtime;

namespace {

Value str(char const* s) { return Value::char_row(s); }

Value cell(std::vector<Value> items)
{
    auto c = make_ref<CellArray>(Dims(1, items.size()));
    for (size_t i = 0; i < items.size(); ++i)
        c->data()[i] = items[i];
    return Value::object(std::move(c));
}

Value make(std::vector<Value> args)
{
    auto r = make_map(args);
    EXPECT_FALSE(r.is_error()) << (r.is_error() ? r.error().message : "");
    return r.release_value();
}

std::string text(Value const& v) { return v.as_char_array()->to_utf8(); }

std::vector<std::string> key_texts(MapObject const& m)
{
    std::vector<std::string> out;
    Value k = m.keys();
    auto* c = k.as<CellArray>();
    for (size_t i = 0; i < c->numel(); ++i)
        out.push_back(text(c->data()[i]));
    return out;
}

} // namespace

TEST(MapObject, EmptyConstructorIsCharAny)
{
    Value v = make({});
    MapObject* m = as_map(v);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->count(), 0u);
    EXPECT_EQ(m->key_type_name(), "char");
    EXPECT_EQ(m->value_type_name(), "any");
    EXPECT_EQ(value_class_name(v), "containers.Map");
    EXPECT_TRUE(m->is_handle());
    EXPECT_EQ(v.dims(), Dims(0, 1));
}

TEST(MapObject, KeysSortByCodeUnit)
{
    Value v = make({ cell({ str("b"), str("B"), str("a"), str("ab") }), cell({ Value::scalar(1), Value::scalar(2), Value::scalar(3), Value::scalar(4) }) });
    MapObject* m = as_map(v);
    EXPECT_EQ(key_texts(*m), (std::vector<std::string> { "B", "a", "ab", "b" }));
    EXPECT_EQ(m->value_type_name(), "double");
    EXPECT_EQ(m->get(str("ab")).value().num(), 4);
}

TEST(MapObject, NumericKeysAscendingAndConverted)
{
    Value v = make({ str("KeyType"), str("int32"), str("ValueType"), str("any") });
    MapObject* m = as_map(v);
    ASSERT_FALSE(m->set(Value::scalar(3.4), str("three")).is_error()); // rounds to 3
    ASSERT_FALSE(m->set(Value::scalar(-1), str("minus")).is_error());
    Value k = m->keys();
    auto* c = k.as<CellArray>();
    ASSERT_EQ(c->numel(), 2u);
    EXPECT_EQ(c->data()[0].class_id(), ClassId::Int32);
    EXPECT_EQ(c->data()[0].as_int_array<int32_t>()->data()[0], -1);
    EXPECT_EQ(text(m->get(Value::scalar(3)).value()), "three");
}

TEST(MapObject, MissingKeyAndTypeErrors)
{
    Value v = make({ cell({ str("a") }), cell({ Value::scalar(1) }) });
    MapObject* m = as_map(v);
    auto miss = m->get(str("z"));
    ASSERT_TRUE(miss.is_error());
    EXPECT_EQ(miss.error().identifier, "MATLAB:Containers:Map:NoKey");
    EXPECT_EQ(miss.error().message, "The specified key is not present in this container.");
    auto wrong = m->get(Value::scalar(1));
    ASSERT_TRUE(wrong.is_error());
    EXPECT_EQ(wrong.error().identifier, "MATLAB:Containers:TypeMismatch");
    auto bad_value = m->set(str("b"), str("text")); // ValueType double
    ASSERT_TRUE(bad_value.is_error());
    EXPECT_EQ(bad_value.error().message, "Specified value type does not match the type expected for this container.");
}

TEST(MapObject, ParenAssignMutatesEverySharedCopy)
{
    Value a = make({});
    Value b = a; // a handle: both name one map
    Value key = str("x");
    ASSERT_FALSE(index_assign(b, std::span<Value const>(&key, 1), Value::scalar(7)).is_error());
    EXPECT_EQ(a.obj(), b.obj());
    auto got = index_get(a, std::span<Value const>(&key, 1));
    ASSERT_FALSE(got.is_error());
    EXPECT_EQ(got.value().num(), 7);
}

TEST(MapObject, PropertiesAndMethods)
{
    Value v = make({ cell({ str("a"), str("b") }), cell({ str("x"), str("y") }) });
    auto count = field_get(v, "Count");
    ASSERT_FALSE(count.is_error());
    EXPECT_EQ(count.value().class_id(), ClassId::UInt64);
    EXPECT_EQ(text(field_get(v, "ValueType").value()), "char");
    MapObject* m = as_map(v);
    Value key = str("a");
    auto r = m->call_method(v, "remove", std::span<Value const>(&key, 1), 1);
    ASSERT_TRUE(r && !r->is_error());
    EXPECT_EQ(m->count(), 1u);
    EXPECT_FALSE(m->call_method(v, "nosuch", {}, 1).has_value());
    EXPECT_TRUE(field_get(v, "Nope").is_error());
}

TEST(MapObject, CountMismatchAndSingleKey)
{
    auto bad = make_map(std::vector<Value> { cell({ str("a"), str("b") }), cell({ Value::scalar(1) }) });
    ASSERT_TRUE(bad.is_error());
    EXPECT_EQ(bad.error().message, "The number of keys and values must be the same.");
    Value v = make({ str("k"), Value::row_vector({ 1, 2, 3 }) });
    MapObject* m = as_map(v);
    EXPECT_EQ(m->value_type_name(), "any");
    EXPECT_EQ(m->get(str("k")).value().numel(), 3u);
}

TEST(MapObject, DisplayBody)
{
    Value v = make({});
    EXPECT_EQ(as_map(v)->display_body(false), "  Map with properties:\n\n        Count: 0\n      KeyType: char\n    ValueType: any\n");
}
