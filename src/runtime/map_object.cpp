// containers.Map: key conversion, the ordered stores, the Object hooks and the constructor's
// argument forms (after MATLAB's containers.Map reference page).
#include "runtime/map_object.hpp"
#include "runtime/string_array.hpp"
#include "runtime/array_util.hpp"
#include "runtime/indexing.hpp"
#include "runtime/numeric_class.hpp"
#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <type_traits>

namespace runmat::runtime {
namespace {

RuntimeError no_key_error()
{
    return make_error("MATLAB:Containers:Map:NoKey", "The specified key is not present in this container.");
}

RuntimeError key_type_error()
{
    return make_error("MATLAB:Containers:TypeMismatch", "Specified key type does not match the type expected for this container.");
}

RuntimeError value_type_error()
{
    return make_error("MATLAB:Containers:TypeMismatch", "Specified value type does not match the type expected for this container.");
}

RuntimeError count_mismatch_error()
{
    return make_error("MATLAB:Containers:Map:KeyValueSizeMismatch", "The number of keys and values must be the same.");
}

RuntimeError too_many_inputs() { return make_error("MATLAB:TooManyInputs", "Too many input arguments."); }
RuntimeError not_enough_inputs() { return make_error("MATLAB:minrhs", "Not enough input arguments."); }

// MATLAB takes a string scalar wherever it takes a char key, and a string array wherever it
// takes a cell of keys: both become char rows here (a <missing> string stays as it is and
// is refused as a key).
Value char_keys(Value const& v)
{
    if (auto* c = v.as<CellArray>()) { // {"a", 'b'}: string elements become char rows
        bool any = std::any_of(c->data(), c->data() + c->numel(), [](Value const& e) { return as_string_array(e) != nullptr; });
        if (!any)
            return v;
        auto out = make_ref<CellArray>(c->shape());
        for (size_t i = 0; i < c->numel(); ++i) {
            auto* s = as_string_array(c->data()[i]);
            out->data()[i] = s && s->numel() == 1 && !s->is_missing(0) ? Value::char_row(s->at(0)) : c->data()[i];
        }
        return Value::object(std::move(out));
    }
    auto* s = as_string_array(v);
    if (!s)
        return v;
    if (s->numel() == 1)
        return s->is_missing(0) ? v : Value::char_row(s->at(0));
    auto cell = make_ref<CellArray>(s->shape());
    for (size_t i = 0; i < s->numel(); ++i)
        cell->data()[i] = s->is_missing(i) ? Value() : Value::char_row(s->at(i));
    return Value::object(std::move(cell));
}

bool is_char_key(Value const& v)
{
    auto* c = v.as_char_array();
    return c && (c->shape().is_row() || c->numel() == 0);
}

bool is_real_numeric_scalar(Value const& v)
{
    if (!is_numeric_class(v.class_id()) || v.numel() != 1)
        return false;
    auto* d = v.as_double_array();
    return !d || !d->is_complex();
}

bool is_number_scalar(Value const& v)
{
    return (is_numeric_class(v.class_id()) || v.class_id() == ClassId::Logical) && v.numel() == 1;
}

// The element of a real numeric/logical scalar as a double.
double scalar_double(Value const& v)
{
    double x = 0;
    visit_elements(v, [&](auto const* p, size_t, Dims) { x = static_cast<double>(p[0]); });
    return x;
}

template <typename T>
T scalar_int64(Value const& v)
{
    if (auto* a = v.as_int_array<int64_t>())
        return int_convert<T>(a->data()[0]);
    if (auto* a = v.as_int_array<uint64_t>())
        return int_convert<T>(a->data()[0]);
    return saturate_cast<T>(scalar_double(v));
}

// The key type of a numeric key class; classes MATLAB has no KeyType for key as double.
MapObject::KeyType key_type_of(ClassId c)
{
    using K = MapObject::KeyType;
    switch (c) {
    case ClassId::Single: return K::Single;
    case ClassId::Int32: return K::Int32;
    case ClassId::UInt32: return K::UInt32;
    case ClassId::Int64: return K::Int64;
    case ClassId::UInt64: return K::UInt64;
    default: return K::Double;
    }
}

ClassId key_class(MapObject::KeyType k)
{
    using K = MapObject::KeyType;
    switch (k) {
    case K::Char: return ClassId::Char;
    case K::Double: return ClassId::Double;
    case K::Single: return ClassId::Single;
    case K::Int32: return ClassId::Int32;
    case K::UInt32: return ClassId::UInt32;
    case K::Int64: return ClassId::Int64;
    case K::UInt64: return ClassId::UInt64;
    }
    return ClassId::Double;
}

Value char_value(std::u16string const& s)
{
    auto c = make_ref<CharArray>(s.empty() ? Dims(0, 0) : Dims(1, s.size()));
    std::copy(s.begin(), s.end(), c->data());
    return Value::object(std::move(c));
}

// A 1x1 array of numeric class c holding x (exact: x came from a key of that class).
Value numeric_value(ClassId c, double x)
{
    if (c == ClassId::Double)
        return Value::scalar(x);
    Result<Value> v = convert_class(Value::scalar(x), c); // cannot fail: c is numeric
    return v.release_value();
}

template <typename T>
Value int64_value(T x)
{
    auto a = make_ref<IntArray<T>>(Dims(1, 1));
    a->data()[0] = x;
    return make_int(std::move(a));
}

Value cell_row(std::vector<Value> items)
{
    auto c = make_ref<CellArray>(Dims(1, items.size()));
    std::move(items.begin(), items.end(), c->data());
    return Value::object(std::move(c));
}

// The store's key for a lookup of k.
template <typename M, typename Key>
auto lookup_key(Key const& k)
{
    using K = typename M::key_type;
    if constexpr (std::is_same_v<K, std::u16string>)
        return k.text;
    else if constexpr (std::is_same_v<K, double>)
        return k.num;
    else if constexpr (std::is_same_v<K, int64_t>)
        return k.i64;
    else
        return k.u64;
}

std::string lower(std::string s)
{
    for (char& ch : s)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

} // namespace

template <typename F>
decltype(auto) MapObject::with_store(F&& f) const
{
    switch (m_key_type) {
    case KeyType::Char: return f(m_text);
    case KeyType::Int64: return f(m_i64);
    case KeyType::UInt64: return f(m_u64);
    default: return f(m_num);
    }
}

template <typename F>
decltype(auto) MapObject::with_store(F&& f)
{
    switch (m_key_type) {
    case KeyType::Char: return f(m_text);
    case KeyType::Int64: return f(m_i64);
    case KeyType::UInt64: return f(m_u64);
    default: return f(m_num);
    }
}

MapObject* as_map(Value const& v)
{
    Object* o = as_object(v);
    return o ? dynamic_cast<MapObject*>(o) : nullptr;
}

size_t MapObject::count() const
{
    return with_store([](auto const& s) -> size_t { return s.size(); });
}

std::string_view MapObject::key_type_name() const
{
    return runtime::class_name(key_class(m_key_type));
}

std::string_view MapObject::value_type_name() const
{
    return m_value_class ? runtime::class_name(*m_value_class) : std::string_view("any");
}

// Char maps take char row vectors ('' too); numeric maps take real numeric scalars of any
// class, converted to the KeyType as MATLAB converts classes (round, saturate).
Result<MapObject::Key> MapObject::to_key(Value const& v) const
{
    Key k;
    if (m_key_type == KeyType::Char) {
        if (!is_char_key(v))
            return key_type_error();
        auto* c = v.as_char_array();
        k.text = std::u16string_view(c->data(), c->numel());
        return k;
    }
    if (!is_real_numeric_scalar(v))
        return key_type_error();
    switch (m_key_type) {
    case KeyType::Int64: k.i64 = scalar_int64<int64_t>(v); return k;
    case KeyType::UInt64: k.u64 = scalar_int64<uint64_t>(v); return k;
    default: break;
    }
    double x = scalar_double(v);
    if (std::isnan(x))
        return key_type_error(); // NaN never equals itself: it could never be looked up
    switch (m_key_type) {
    case KeyType::Single: x = static_cast<float>(x); break;
    case KeyType::Int32: x = saturate_cast<int32_t>(x); break;
    case KeyType::UInt32: x = saturate_cast<uint32_t>(x); break;
    default: break;
    }
    k.num = x;
    return k;
}

// A value stored under ValueType: 'any' keeps it; 'char' wants char; numeric and logical
// types want a scalar, converted to that class.
Result<Value> MapObject::coerce_value(Value const& v) const
{
    if (!m_value_class)
        return v;
    ClassId t = *m_value_class;
    if (t == ClassId::Char) {
        if (v.class_id() != ClassId::Char)
            return value_type_error();
        return v;
    }
    if (!is_number_scalar(v))
        return value_type_error();
    if (t == ClassId::Logical) {
        if (v.class_id() == ClassId::Logical)
            return v;
        double x = scalar_double(v);
        if (std::isnan(x))
            return value_type_error();
        return Value::logical(x != 0);
    }
    return convert_class(v, t);
}

Value const* MapObject::find(Key const& k) const
{
    return with_store([&](auto const& s) -> Value const* {
        auto it = s.find(lookup_key<std::decay_t<decltype(s)>>(k));
        return it == s.end() ? nullptr : &it->second;
    });
}

Result<Value> MapObject::get(Value const& key_in) const
{
    Value key = char_keys(key_in);
    Key k = TRY(to_key(key));
    if (Value const* v = find(k))
        return *v;
    return no_key_error();
}

VoidResult MapObject::set(Value const& key_in, Value const& v)
{
    Value key = char_keys(key_in);
    Key k = TRY(to_key(key));
    Value stored = TRY(coerce_value(v));
    with_store([&](auto& s) {
        using M = std::decay_t<decltype(s)>;
        auto lk = lookup_key<M>(k);
        if (auto it = s.find(lk); it != s.end())
            it->second = std::move(stored);
        else
            s.emplace(typename M::key_type(lk), std::move(stored));
    });
    return {};
}

Result<Value> MapObject::is_key(Value const& keys_in) const
{
    Value keys = char_keys(keys_in);
    auto* cell = keys.as<CellArray>();
    if (!cell) {
        Key k = TRY(to_key(keys));
        return Value::logical(find(k) != nullptr);
    }
    auto out = make_ref<LogicalArray>(cell->shape());
    for (size_t i = 0; i < cell->numel(); ++i) {
        Key k = TRY(to_key(cell->data()[i]));
        out->data()[i] = find(k) != nullptr;
    }
    return make_logical(std::move(out));
}

VoidResult MapObject::remove(Value const& keys_in)
{
    Value keys = char_keys(keys_in);
    auto* cell = keys.as<CellArray>();
    std::span<Value const> list = cell ? std::span<Value const>(cell->data(), cell->numel()) : std::span<Value const>(&keys, 1);
    std::vector<Key> found;
    found.reserve(list.size());
    for (Value const& v : list) { // all present before any is removed
        Key k = TRY(to_key(v));
        if (!find(k))
            return no_key_error();
        found.push_back(k);
    }
    for (Key const& k : found)
        with_store([&](auto& s) { s.erase(s.find(lookup_key<std::decay_t<decltype(s)>>(k))); });
    return {};
}

Value MapObject::keys() const
{
    std::vector<Value> out;
    out.reserve(count());
    ClassId c = key_class(m_key_type);
    with_store([&](auto const& s) {
        for (auto const& [k, v] : s) {
            using K = std::decay_t<decltype(k)>;
            if constexpr (std::is_same_v<K, std::u16string>)
                out.push_back(char_value(k));
            else if constexpr (std::is_same_v<K, double>)
                out.push_back(numeric_value(c, k));
            else
                out.push_back(int64_value(k));
        }
    });
    return cell_row(std::move(out));
}

Value MapObject::values() const
{
    std::vector<Value> out;
    out.reserve(count());
    with_store([&](auto const& s) {
        for (auto const& entry : s)
            out.push_back(entry.second);
    });
    return cell_row(std::move(out));
}

Result<Value> MapObject::values(Value const& key_set_in) const
{
    Value key_set = char_keys(key_set_in);
    auto* cell = key_set.as<CellArray>();
    if (!cell)
        return make_error("MATLAB:Containers:Map:NotCell", "Specified keys must be in a cell array.");
    auto out = make_ref<CellArray>(cell->shape());
    for (size_t i = 0; i < cell->numel(); ++i)
        out->data()[i] = TRY(get(cell->data()[i]));
    return Value::object(std::move(out));
}

std::string MapObject::display_body(bool compact) const
{
    std::string out = "  Map with properties:\n";
    if (!compact)
        out += '\n';
    out += "        Count: " + std::to_string(count()) + "\n";
    out += "      KeyType: " + std::string(key_type_name()) + "\n";
    out += "    ValueType: " + std::string(value_type_name()) + "\n";
    return out;
}

// ---- Object hooks ---------------------------------------------------------------------------

std::optional<Result<Value>> MapObject::paren_get(std::span<Value const> args) const
{
    if (args.size() != 1)
        return Result<Value>(make_error("MATLAB:Containers:Map:OneSubscript", "Only one key may be specified for a containers.Map."));
    return get(args[0]);
}

std::optional<VoidResult> MapObject::paren_set(std::span<Value const> args, Value const& rhs)
{
    if (args.size() != 1)
        return VoidResult(make_error("MATLAB:Containers:Map:OneSubscript", "Only one key may be specified for a containers.Map."));
    return set(args[0], rhs);
}

std::optional<Result<Value>> MapObject::get_property(Value const& self, std::string_view name) const
{
    if (name == "Count") {
        auto c = make_ref<UInt64Array>(Dims(1, 1));
        c->data()[0] = count();
        return Result<Value>(make_int(std::move(c)));
    }
    if (name == "KeyType")
        return Result<Value>(Value::char_row(key_type_name()));
    if (name == "ValueType")
        return Result<Value>(Value::char_row(value_type_name()));
    if (has_method(name)) { // m.keys: a method call without parentheses
        auto r = const_cast<MapObject*>(this)->call_method(self, name, {}, 1);
        if (r->is_error())
            return Result<Value>(r->release_error());
        return Result<Value>(std::move(r->value()[0]));
    }
    return Result<Value>(make_error("MATLAB:noSuchMethodOrField",
        "Unrecognized method, property, or field '" + std::string(name) + "' for class 'containers.Map'."));
}

std::optional<VoidResult> MapObject::set_property(std::string_view name, Value const&)
{
    if (name == "Count" || name == "KeyType" || name == "ValueType")
        return VoidResult(make_error("MATLAB:class:SetProhibited",
            "Unable to set the '" + std::string(name) + "' property of class 'containers.Map' because it is read-only."));
    return VoidResult(make_error("MATLAB:noPublicFieldForClass",
        "Unrecognized property '" + std::string(name) + "' for class 'containers.Map'."));
}

bool MapObject::has_method(std::string_view name) const
{
    return name == "keys" || name == "values" || name == "isKey" || name == "remove" || name == "length" || name == "size";
}

std::optional<Result<std::vector<Value>>> MapObject::call_method(Value const& self, std::string_view name, std::span<Value const> args, int nargout)
{
    using Out = Result<std::vector<Value>>;
    auto one = [](Result<Value> r) -> Out {
        if (r.is_error())
            return r.release_failure();
        return std::vector<Value> { r.release_value() };
    };
    size_t n = args.size();
    if (name == "keys")
        return n ? Out(too_many_inputs()) : one(keys());
    if (name == "values")
        return n > 1 ? Out(too_many_inputs()) : n ? one(values(args[0])) : one(values());
    if (name == "isKey")
        return n != 1 ? Out(n ? too_many_inputs() : not_enough_inputs()) : one(is_key(args[0]));
    if (name == "remove") {
        if (n != 1)
            return Out(n ? too_many_inputs() : not_enough_inputs());
        VoidResult r = remove(args[0]);
        if (r.is_error())
            return Out(r.release_error());
        return std::vector<Value> { self };
    }
    if (name == "length")
        return n ? Out(too_many_inputs()) : one(Value::scalar(static_cast<double>(count())));
    if (name == "size") {
        if (n)
            return Out(too_many_inputs());
        double c = static_cast<double>(count());
        if (nargout >= 2)
            return std::vector<Value> { Value::scalar(c), Value::scalar(1) };
        return one(Value::row_vector({ c, 1 }));
    }
    return std::nullopt;
}

// ---- Construction ---------------------------------------------------------------------------

namespace {

struct Options {
    MapObject::KeyType key_type = MapObject::KeyType::Char;
    std::optional<ClassId> value_class;
    std::optional<bool> uniform;
};

bool is_option_name(Value const& v)
{
    auto t = char_text(v);
    if (!t)
        return false;
    std::string s = lower(*t);
    return s == "keytype" || s == "valuetype" || s == "uniformvalues";
}

Result<MapObject::KeyType> parse_key_type(Value const& v)
{
    using K = MapObject::KeyType;
    static constexpr std::pair<std::string_view, K> NAMES[] = {
        { "char", K::Char }, { "double", K::Double }, { "single", K::Single }, { "int32", K::Int32 },
        { "uint32", K::UInt32 }, { "int64", K::Int64 }, { "uint64", K::UInt64 },
    };
    if (auto t = char_text(v))
        for (auto const& [name, k] : NAMES)
            if (*t == name)
                return k;
    return make_error("MATLAB:Containers:Map:UnsupportedKeyType",
        "Specified KeyType is not supported. KeyType must be 'char', 'double', 'single', 'int32', 'uint32', 'int64' or 'uint64'.");
}

Result<std::optional<ClassId>> parse_value_type(Value const& v)
{
    static constexpr std::pair<std::string_view, ClassId> NAMES[] = {
        { "char", ClassId::Char }, { "double", ClassId::Double }, { "single", ClassId::Single },
        { "int8", ClassId::Int8 }, { "uint8", ClassId::UInt8 }, { "int16", ClassId::Int16 }, { "uint16", ClassId::UInt16 },
        { "int32", ClassId::Int32 }, { "uint32", ClassId::UInt32 }, { "int64", ClassId::Int64 }, { "uint64", ClassId::UInt64 },
        { "logical", ClassId::Logical },
    };
    if (auto t = char_text(v)) {
        if (*t == "any")
            return std::optional<ClassId>();
        for (auto const& [name, c] : NAMES)
            if (*t == name)
                return std::optional<ClassId>(c);
    }
    return make_error("MATLAB:Containers:Map:UnsupportedValueType",
        "Specified ValueType is not supported. ValueType must be 'any', 'char', 'logical' or a numeric class name.");
}

// Name/value pairs from args[first]; keys_given: only 'UniformValues' may follow keys and values.
VoidResult parse_options(std::span<Value const> args, size_t first, bool keys_given, Options& opts)
{
    for (size_t i = first; i < args.size(); i += 2) {
        auto name = char_text(args[i]);
        std::string s = name ? lower(*name) : std::string();
        if (i + 1 >= args.size() || !is_option_name(args[i]) || (keys_given && s != "uniformvalues"))
            return make_error("MATLAB:Containers:Map:InvalidOption",
                keys_given ? "Only 'UniformValues' may follow the keys and values." : "Expected the options 'KeyType', 'ValueType' and 'UniformValues' as name/value pairs.");
        Value const& v = args[i + 1];
        if (s == "keytype") {
            opts.key_type = TRY(parse_key_type(v));
        } else if (s == "valuetype") {
            opts.value_class = TRY(parse_value_type(v));
        } else {
            if (!is_number_scalar(v))
                return make_error("MATLAB:Containers:Map:InvalidUniformValues", "'UniformValues' must be a logical scalar.");
            opts.uniform = scalar_double(v) != 0;
        }
    }
    return {};
}

// The elements of a key or value list that is not a cell (a numeric or char array).
Result<std::vector<Value>> elements_of(Value const& v)
{
    std::vector<Value> out;
    out.reserve(v.numel());
    for (size_t i = 0; i < v.numel(); ++i) {
        Value idx = Value::scalar(static_cast<double>(i + 1));
        out.push_back(TRY(index_get(v, std::span<Value const>(&idx, 1))));
    }
    return out;
}

// The keys of containers.Map(keySet, ...) and the KeyType they imply.
Result<std::vector<Value>> key_list(Value const& keys_in, MapObject::KeyType& type)
{
    using K = MapObject::KeyType;
    Value keys = char_keys(keys_in);
    if (auto* cell = keys.as<CellArray>()) {
        std::vector<Value> out(cell->data(), cell->data() + cell->numel());
        bool all_char = std::all_of(out.begin(), out.end(), is_char_key);
        bool all_num = std::all_of(out.begin(), out.end(), is_real_numeric_scalar);
        if (out.empty() || all_char) {
            type = K::Char;
        } else if (all_num) {
            ClassId c = out[0].class_id();
            bool same = std::all_of(out.begin(), out.end(), [&](Value const& v) { return v.class_id() == c; });
            type = same ? key_type_of(c) : K::Double;
        } else {
            return key_type_error();
        }
        return out;
    }
    if (is_char_key(keys)) {
        type = K::Char;
        return std::vector<Value> { keys };
    }
    if (!is_numeric_class(keys.class_id()))
        return key_type_error();
    type = key_type_of(keys.class_id());
    return elements_of(keys);
}

// The values of containers.Map(keySet, valueSet): a cell gives one value per element, any
// other array one per element too, except with a single key, which takes the whole value.
Result<std::vector<Value>> value_list(Value const& values, size_t nkeys)
{
    if (auto* cell = values.as<CellArray>()) {
        if (cell->numel() != nkeys)
            return count_mismatch_error();
        return std::vector<Value>(cell->data(), cell->data() + cell->numel());
    }
    if (nkeys == 1)
        return std::vector<Value> { values };
    if (values.numel() != nkeys)
        return count_mismatch_error();
    return elements_of(values);
}

// UniformValues: all char -> 'char'; all numeric or logical scalars of one class -> that class.
std::optional<ClassId> uniform_class(std::vector<Value> const& vals)
{
    if (vals.empty())
        return std::nullopt;
    ClassId c = vals[0].class_id();
    if (c == ClassId::Char) {
        bool all = std::all_of(vals.begin(), vals.end(), [](Value const& v) { return v.class_id() == ClassId::Char; });
        return all ? std::optional<ClassId>(c) : std::nullopt;
    }
    bool all = std::all_of(vals.begin(), vals.end(), [&](Value const& v) { return v.class_id() == c && is_number_scalar(v); });
    return all ? std::optional<ClassId>(c) : std::nullopt;
}

Result<Value> map_from_lists(std::span<Value const> args)
{
    if (args.size() < 2)
        return count_mismatch_error();
    Options opts;
    TRY_VOID(parse_options(args, 2, true, opts));
    std::vector<Value> keys = TRY(key_list(args[0], opts.key_type));
    std::vector<Value> vals = TRY(value_list(args[1], keys.size()));
    std::optional<ClassId> value_class;
    if (opts.uniform.value_or(true))
        value_class = uniform_class(vals);
    if (opts.uniform.value_or(false) && !value_class && !vals.empty())
        return make_error("MATLAB:Containers:Map:NonUniformValues",
            "When 'UniformValues' is true, the values must be scalars of the same type or character vectors.");
    auto map = make_ref<MapObject>(opts.key_type, value_class);
    for (size_t i = 0; i < keys.size(); ++i)
        TRY_VOID(map->set(keys[i], vals[i]));
    return Value::object(std::move(map));
}

} // namespace

Result<Value> make_map(std::span<Value const> args)
{
    if (args.empty() || is_option_name(args[0])) {
        Options opts;
        TRY_VOID(parse_options(args, 0, false, opts));
        return Value::object(make_ref<MapObject>(opts.key_type, opts.value_class));
    }
    return map_from_lists(args);
}

} // namespace runmat::runtime
