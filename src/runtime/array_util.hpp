// Small helpers every builtin uses: reading numeric-like values element-wise as doubles,
// scalar argument extraction, result construction. Header-only, hot-path friendly.
#pragma once
#include "runtime/builtin.hpp"
#include "runtime/value.hpp"
#include "support/result.hpp"
#include <cmath>
#include <optional>
#include <string>

namespace runmat::runtime {

// Read-only element access, as doubles, to a double (real part), single, integer, logical or
// char value (unboxed scalars too). `valid()` is false for other classes. int64/uint64
// magnitudes beyond 2^53 read rounded.
class NumericView {
public:
    explicit NumericView(Value const& v)
    {
        switch (v.rep()) {
        case Value::Rep::Num: m_scalar = v.num(); m_kind = Kind::Scalar; m_dims = Dims(1, 1); return;
        case Value::Rep::Bool: m_scalar = v.boolean() ? 1.0 : 0.0; m_kind = Kind::Scalar; m_dims = Dims(1, 1); return;
        case Value::Rep::Obj: break;
        default: return;
        }
        if (auto* d = v.as_double_array()) { m_kind = Kind::Double; m_d = d->data(); m_im = d->is_complex() ? d->imag() : nullptr; m_dims = d->shape(); }
        else if (auto* l = v.as_logical_array()) { m_kind = Kind::Logical; m_l = l->data(); m_dims = l->shape(); }
        else if (auto* c = v.as_char_array()) { m_kind = Kind::Char; m_c = c->data(); m_dims = c->shape(); }
        else if (auto* s = v.as_single_array()) { m_kind = Kind::Single; m_p = s->data(); m_dims = s->shape(); }
        else if (is_integer_class(v.class_id())) {
            m_dims = v.dims();
            switch (v.class_id()) {
            case ClassId::Int8: m_kind = Kind::Int8; m_p = v.as_int_array<int8_t>()->data(); break;
            case ClassId::Int16: m_kind = Kind::Int16; m_p = v.as_int_array<int16_t>()->data(); break;
            case ClassId::Int32: m_kind = Kind::Int32; m_p = v.as_int_array<int32_t>()->data(); break;
            case ClassId::Int64: m_kind = Kind::Int64; m_p = v.as_int_array<int64_t>()->data(); break;
            case ClassId::UInt8: m_kind = Kind::UInt8; m_p = v.as_int_array<uint8_t>()->data(); break;
            case ClassId::UInt16: m_kind = Kind::UInt16; m_p = v.as_int_array<uint16_t>()->data(); break;
            case ClassId::UInt32: m_kind = Kind::UInt32; m_p = v.as_int_array<uint32_t>()->data(); break;
            default: m_kind = Kind::UInt64; m_p = v.as_int_array<uint64_t>()->data(); break;
            }
        }
    }
    bool valid() const { return m_kind != Kind::None; }
    bool is_complex() const { return m_im != nullptr; }
    Dims const& dims() const { return m_dims; }
    size_t numel() const { return m_kind == Kind::Scalar ? 1 : m_dims.numel(); }
    double operator[](size_t i) const
    {
        switch (m_kind) {
        case Kind::Scalar: return m_scalar;
        case Kind::Double: return m_d[i];
        case Kind::Logical: return m_l[i];
        case Kind::Char: return m_c[i];
        case Kind::Single: return static_cast<float const*>(m_p)[i];
        case Kind::Int8: return static_cast<int8_t const*>(m_p)[i];
        case Kind::Int16: return static_cast<int16_t const*>(m_p)[i];
        case Kind::Int32: return static_cast<int32_t const*>(m_p)[i];
        case Kind::Int64: return static_cast<double>(static_cast<int64_t const*>(m_p)[i]);
        case Kind::UInt8: return static_cast<uint8_t const*>(m_p)[i];
        case Kind::UInt16: return static_cast<uint16_t const*>(m_p)[i];
        case Kind::UInt32: return static_cast<uint32_t const*>(m_p)[i];
        case Kind::UInt64: return static_cast<double>(static_cast<uint64_t const*>(m_p)[i]);
        default: return 0;
        }
    }
    double imag(size_t i) const { return m_im ? m_im[i] : 0.0; }
    // Direct pointer for double arrays (nullptr otherwise, including unboxed scalars).
    double const* double_data() const { return m_kind == Kind::Double ? m_d : nullptr; }

private:
    enum class Kind : uint8_t { None, Scalar, Double, Logical, Char, Single, Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64 };
    Kind m_kind = Kind::None;
    double m_scalar = 0;
    double const* m_d = nullptr;
    double const* m_im = nullptr;
    uint8_t const* m_l = nullptr;
    char16_t const* m_c = nullptr;
    void const* m_p = nullptr; // single and integer elements
    Dims m_dims;
};

// A new real double array of the given shape (uninitialised unless `fill` given).
inline Ref<DoubleArray> new_double(Dims d) { return make_ref<DoubleArray>(d); }
inline Ref<DoubleArray> new_double(Dims d, double fill) { return make_ref<DoubleArray>(d, fill); }
inline Ref<LogicalArray> new_logical(Dims d, uint8_t fill = 0) { return make_ref<LogicalArray>(d, fill); }

// A real scalar argument (double/logical/char 1x1), else an error naming the builtin.
inline Result<double> scalar_arg(CallContext const& cx, Value const& v, char const* what = "Input")
{
    if (v.is_num())
        return v.num();
    if (v.is_bool())
        return v.boolean() ? 1.0 : 0.0;
    NumericView nv(v);
    if (!nv.valid() || nv.numel() != 1)
        return cx.error("MATLAB:" + std::string(cx.name) + ":invalidInput", std::string(what) + " must be a scalar.");
    return nv[0];
}

// True if the value is a char row vector (or '' / 0x0 char).
inline bool is_char_row(Value const& v);

// The text of a char row vector (or ''), as UTF-8; nullopt for anything else.
inline std::optional<std::string> char_text(Value const& v);

inline bool is_char_row(Value const& v)
{
    auto* c = v.as_char_array();
    return c && (c->shape().is_row() || c->numel() == 0);
}

inline std::optional<std::string> char_text(Value const& v)
{
    if (!is_char_row(v))
        return std::nullopt;
    return v.as_char_array()->to_utf8();
}

} // namespace runmat::runtime
