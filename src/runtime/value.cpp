// Value construction, copy-on-write and normalisation.
#include "runtime/value.hpp"
#include <cassert>

namespace runmat::runtime {

std::string_view class_name(ClassId id)
{
    switch (id) {
    case ClassId::Double: return "double";
    case ClassId::Single: return "single";
    case ClassId::Logical: return "logical";
    case ClassId::Char: return "char";
    case ClassId::String: return "string";
    case ClassId::Int8: return "int8";
    case ClassId::Int16: return "int16";
    case ClassId::Int32: return "int32";
    case ClassId::Int64: return "int64";
    case ClassId::UInt8: return "uint8";
    case ClassId::UInt16: return "uint16";
    case ClassId::UInt32: return "uint32";
    case ClassId::UInt64: return "uint64";
    case ClassId::Cell: return "cell";
    case ClassId::Struct: return "struct";
    case ClassId::FunctionHandle: return "function_handle";
    case ClassId::Future: return "future";
    case ClassId::Task: return "task";
    case ClassId::Object: return "object";
    }
    return "unknown";
}

std::string_view value_class_name(Value const& v)
{
    if (Object const* o = as_object(v))
        return o->class_name();
    return class_name(v.class_id());
}

std::string CharArray::to_utf8() const
{
    std::string out;
    out.reserve(numel());
    for (size_t i = 0; i < numel(); ++i) {
        uint32_t c = data()[i];
        // Combine surrogate pairs.
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < numel()) {
            uint32_t lo = data()[i + 1];
            if (lo >= 0xDC00 && lo < 0xE000) {
                c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
                ++i;
            }
        }
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

Value Value::empty() { return Value::object(make_ref<DoubleArray>(Dims(0, 0))); }

Value Value::complex(double re, double im)
{
    auto a = make_ref<DoubleArray>(Dims(1, 1));
    a->data()[0] = re;
    a->make_complex();
    a->imag()[0] = im;
    return Value::object(std::move(a));
}

static std::u16string utf8_to_utf16(std::string_view s)
{
    std::u16string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        uint32_t cp;
        size_t len;
        if (c < 0x80) { cp = c; len = 1; }
        else if ((c >> 5) == 6 && i + 1 < s.size()) { cp = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F); len = 2; }
        else if ((c >> 4) == 14 && i + 2 < s.size()) { cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F); len = 3; }
        else if ((c >> 3) == 30 && i + 3 < s.size()) { cp = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F); len = 4; }
        else { cp = c; len = 1; } // invalid byte: keep as Latin-1
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out += static_cast<char16_t>(0xD800 + (cp >> 10));
            out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
        } else {
            out += static_cast<char16_t>(cp);
        }
        i += len;
    }
    return out;
}

Value Value::char_row(std::string_view utf8)
{
    std::u16string u = utf8_to_utf16(utf8);
    auto a = make_ref<CharArray>(u.empty() ? Dims(0, 0) : Dims(1, u.size()));
    for (size_t i = 0; i < u.size(); ++i)
        a->data()[i] = u[i];
    return Value::object(std::move(a));
}

Value Value::row_vector(std::vector<double> const& v)
{
    auto a = make_ref<DoubleArray>(Dims(1, v.size()));
    if (!v.empty())
        std::memcpy(a->data(), v.data(), v.size() * sizeof(double));
    return make_double(std::move(a));
}

Value Value::column_vector(std::vector<double> const& v)
{
    auto a = make_ref<DoubleArray>(Dims(v.size(), 1));
    if (!v.empty())
        std::memcpy(a->data(), v.data(), v.size() * sizeof(double));
    return make_double(std::move(a));
}

Value Value::boxed() const
{
    if (m_rep == Rep::Num)
        return Value::object(make_ref<DoubleArray>(Dims(1, 1), m_num));
    if (m_rep == Rep::Bool)
        return Value::object(make_ref<LogicalArray>(Dims(1, 1), static_cast<uint8_t>(m_bool)));
    return *this;
}

HeapObject* Value::make_unique()
{
    if (m_rep != Rep::Obj)
        *this = boxed();
    else if (!m_obj->is_unique()) {
        // Handle objects are shared by design: mutation acts on the one object.
        if (m_obj->class_id() == ClassId::Object) {
            auto* o = dynamic_cast<Object*>(m_obj);
            if (o && o->is_handle())
                return m_obj;
        }
        HeapObject* copy = m_obj->clone();
        m_obj->unref();
        m_obj = copy;
    }
    return m_obj;
}

DoubleArray* Value::mutable_double_array()
{
    assert(class_id() == ClassId::Double);
    return static_cast<DoubleArray*>(make_unique());
}

LogicalArray* Value::mutable_logical_array()
{
    assert(class_id() == ClassId::Logical);
    return static_cast<LogicalArray*>(make_unique());
}

CharArray* Value::mutable_char_array()
{
    assert(class_id() == ClassId::Char);
    return static_cast<CharArray*>(make_unique());
}

Value Value::normalized() &&
{
    if (m_rep != Rep::Obj)
        return std::move(*this);
    if (auto* d = as_double_array(); d && !d->is_complex() && d->shape().is_scalar())
        return Value::scalar(d->data()[0]);
    if (auto* l = as_logical_array(); l && l->shape().is_scalar())
        return Value::logical(l->data()[0] != 0);
    return std::move(*this);
}

Value make_double(Ref<DoubleArray> a) { return Value::object(std::move(a)).normalized(); }
Value make_logical(Ref<LogicalArray> a) { return Value::object(std::move(a)).normalized(); }
Value make_char(Ref<CharArray> a) { return Value::object(std::move(a)); }
Value make_single(Ref<SingleArray> a) { return Value::object(std::move(a)); }

} // namespace runmat::runtime
