// containers.Map: a handle object mapping char or numeric keys to values. Every copy of the
// Value shares one map, so m2 = m; m2(k) = v changes m too. Knows Values and the Object hooks
// (m(k), m.Count, m.keys()); nothing about the VM.
#pragma once
#include "runtime/value.hpp"
#include "support/result.hpp"
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace runmat::runtime {

class MapObject final : public Object {
public:
    // MATLAB's KeyType values.
    enum class KeyType : uint8_t { Char, Double, Single, Int32, UInt32, Int64, UInt64 };
    static constexpr std::string_view CLASS_NAME = "containers.Map";

    // value_class: the ValueType ('char', a numeric class or 'logical'); nullopt for 'any'.
    MapObject(KeyType key_type, std::optional<ClassId> value_class) : m_key_type(key_type), m_value_class(value_class) { }

    std::string_view class_name() const override { return CLASS_NAME; }
    bool is_handle() const override { return true; }
    HeapObject* clone() const override { return new MapObject(*this); }
    // size(m) is [Count 1] (containers.Map overloads size and length this way).
    Dims dims() const override { return Dims(count(), 1); }
    std::string display_body(bool compact) const override;

    std::optional<Result<Value>> paren_get(std::span<Value const> args) const override;
    std::optional<VoidResult> paren_set(std::span<Value const> args, Value const& rhs) override;
    std::optional<Result<Value>> get_property(Value const& self, std::string_view name) const override;
    std::optional<VoidResult> set_property(std::string_view name, Value const& rhs) override;
    bool has_method(std::string_view name) const override;
    std::optional<Result<std::vector<Value>>> call_method(Value const& self, std::string_view name, std::span<Value const> args, int nargout) override;

    size_t count() const;
    KeyType key_type() const { return m_key_type; }
    std::string_view key_type_name() const;
    std::string_view value_type_name() const;

    // m(key): the value, or MATLAB:Containers:Map:NoKey.
    Result<Value> get(Value const& key) const;
    // m(key) = v: insert or replace (v converted to the ValueType).
    VoidResult set(Value const& key, Value const& v);
    // isKey(m, k): a logical scalar, or a logical array shaped like a cell of keys.
    Result<Value> is_key(Value const& keys) const;
    // remove(m, k): k a key or a cell of keys; every key must be present.
    VoidResult remove(Value const& keys);
    // keys(m) / values(m): 1xN cells in key order (char keys by code unit, numbers ascending).
    Value keys() const;
    Value values() const;
    // values(m, keySet): keySet a cell; the values in its shape.
    Result<Value> values(Value const& key_set) const;

private:
    // A key converted to this map's key type; `text` views the key Value's characters.
    struct Key {
        std::u16string_view text;
        double num = 0;
        int64_t i64 = 0;
        uint64_t u64 = 0;
    };
    Result<Key> to_key(Value const& v) const;
    Result<Value> coerce_value(Value const& v) const;
    Value const* find(Key const& k) const;
    template <typename F>
    decltype(auto) with_store(F&& f) const;
    template <typename F>
    decltype(auto) with_store(F&& f);

    KeyType m_key_type;
    std::optional<ClassId> m_value_class;
    // One store is used, chosen by the key type. std::less<> lets char lookups search by a
    // view of the key's characters without building a string.
    std::map<std::u16string, Value, std::less<>> m_text; // char
    std::map<double, Value> m_num;                       // double, single, int32, uint32 (exact in a double)
    std::map<int64_t, Value> m_i64;                      // int64
    std::map<uint64_t, Value> m_u64;                     // uint64
};

// The MapObject inside `v`, or nullptr.
MapObject* as_map(Value const& v);

// containers.Map(...): (), (keySet, valueSet[, 'UniformValues', tf]) or name/value options
// 'KeyType', 'ValueType', 'UniformValues'.
Result<Value> make_map(std::span<Value const> args);

} // namespace runmat::runtime
