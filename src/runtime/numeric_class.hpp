// Numeric classes (double, single, the eight integer classes) and the classes that convert
// like them (logical, char): typed element access, MATLAB's conversion rules between them
// (round half away from zero, saturate, NaN -> 0) and whole-value class conversion. Knows
// Values; nothing about operators or builtins.
#pragma once
#include "runtime/value.hpp"
#include "support/result.hpp"
#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>

namespace runmat::runtime {

template <typename T>
struct TypeTag {
    using type = T;
};

// f(TypeTag<T>{}) for the element type T of integer class c (requires is_integer_class(c)).
template <typename F>
decltype(auto) visit_int_class(ClassId c, F&& f)
{
    switch (c) {
    case ClassId::Int8: return f(TypeTag<int8_t> {});
    case ClassId::Int16: return f(TypeTag<int16_t> {});
    case ClassId::Int32: return f(TypeTag<int32_t> {});
    case ClassId::Int64: return f(TypeTag<int64_t> {});
    case ClassId::UInt8: return f(TypeTag<uint8_t> {});
    case ClassId::UInt16: return f(TypeTag<uint16_t> {});
    case ClassId::UInt32: return f(TypeTag<uint32_t> {});
    default: return f(TypeTag<uint64_t> {});
    }
}

inline bool is_int64_class(ClassId c) { return c == ClassId::Int64 || c == ClassId::UInt64; }
// Classes that hold numbers an operator or conversion can read element-wise.
inline bool is_number_like(ClassId c)
{
    return is_numeric_class(c) || c == ClassId::Logical || c == ClassId::Char;
}

// f(data, numel, dims) with `data` a typed pointer to v's elements: double const* (real part of
// a double array, or an unboxed scalar), float, the integer types, uint8_t for logical and
// char16_t for char. Returns false (f not called) for other classes. For unboxed scalars the
// pointer is to a local that lives for the call.
template <typename F>
bool visit_elements(Value const& v, F&& f)
{
    if (v.is_num()) {
        double x = v.num();
        f(static_cast<double const*>(&x), size_t(1), Dims(1, 1));
        return true;
    }
    if (v.is_bool()) {
        uint8_t x = v.boolean();
        f(static_cast<uint8_t const*>(&x), size_t(1), Dims(1, 1));
        return true;
    }
    if (!v.is_object())
        return false;
    HeapObject* o = v.obj();
    auto call = [&](auto* a) { f(static_cast<typename std::remove_pointer_t<decltype(a)>::Element const*>(a->data()), a->numel(), a->shape()); };
    switch (o->class_id()) {
    case ClassId::Double: call(static_cast<DoubleArray*>(o)); return true;
    case ClassId::Single: call(static_cast<SingleArray*>(o)); return true;
    case ClassId::Logical: call(static_cast<LogicalArray*>(o)); return true;
    case ClassId::Char: call(static_cast<CharArray*>(o)); return true;
    case ClassId::Int8: call(static_cast<Int8Array*>(o)); return true;
    case ClassId::Int16: call(static_cast<Int16Array*>(o)); return true;
    case ClassId::Int32: call(static_cast<Int32Array*>(o)); return true;
    case ClassId::Int64: call(static_cast<Int64Array*>(o)); return true;
    case ClassId::UInt8: call(static_cast<UInt8Array*>(o)); return true;
    case ClassId::UInt16: call(static_cast<UInt16Array*>(o)); return true;
    case ClassId::UInt32: call(static_cast<UInt32Array*>(o)); return true;
    case ClassId::UInt64: call(static_cast<UInt64Array*>(o)); return true;
    default: return false;
    }
}

// ---- Element conversion rules -------------------------------------------------------------

// double -> integer class T (MATLAB int8(x) etc.): round to nearest, ties away from zero;
// saturate at T's range (Inf included); NaN -> 0. Exact at the 64-bit limits: 2^63 and 2^64
// are doubles, intmax('int64') is not, so compare before converting.
template <typename T>
inline T saturate_cast(double x)
{
    using L = std::numeric_limits<T>;
    if constexpr (sizeof(T) < 8) {
        if (x != x)
            return 0;
        x = x < double(L::min()) ? double(L::min()) : x;
        x = x > double(L::max()) ? double(L::max()) : x;
        // Round half away from zero without a libm call: adding the largest double below 0.5
        // (with x's sign) then truncating is exact for |x| < 2^52, and x is clamped far below.
        return static_cast<T>(static_cast<int64_t>(x + std::copysign(0.49999999999999994, x)));
    } else {
        if (x != x)
            return 0;
        double r = std::round(x);
        if constexpr (std::is_signed_v<T>) {
            if (r >= 9223372036854775808.0)
                return L::max();
            if (r <= -9223372036854775808.0)
                return L::min();
        } else {
            if (r >= 18446744073709551616.0)
                return L::max();
            if (r <= 0)
                return 0;
        }
        return static_cast<T>(r);
    }
}

// The same from a long double (64-bit integer arithmetic with fractional operands, where a
// double would lose the low bits of the integer operand).
template <typename T>
inline T saturate_cast_ld(long double x)
{
    using L = std::numeric_limits<T>;
    if (x != x)
        return 0;
    long double r = std::round(x);
    if (r >= static_cast<long double>(L::max()))
        return L::max();
    if (r <= static_cast<long double>(L::min()))
        return L::min();
    return static_cast<T>(r);
}

// Integer -> integer class T: exact, saturating.
template <typename T, typename S>
inline T int_convert(S s)
{
    if constexpr (std::is_same_v<S, char16_t>)
        return int_convert<T>(static_cast<uint16_t>(s));
    else if (std::in_range<T>(s))
        return static_cast<T>(s);
    else
        return std::cmp_less(s, 0) ? std::numeric_limits<T>::min() : std::numeric_limits<T>::max();
}

// A char code unit from a number (char(x)): nearest, clamped to the UTF-16 range, NaN -> 0.
inline char16_t char_unit(double x)
{
    if (!(x > 0))
        return 0;
    if (x >= 65535)
        return 65535;
    return static_cast<char16_t>(std::lround(x));
}

// One element of any number-like class converted to element type D of the target class
// (double, float, an integer type, char16_t for char). Logical targets are not handled here
// (they need the NaN check of to_logical).
template <typename D, typename S>
inline D convert_element(S s)
{
    if constexpr (std::is_same_v<D, S>)
        return s;
    else if constexpr (std::is_same_v<D, char16_t>)
        return char_unit(static_cast<double>(s));
    else if constexpr (std::is_floating_point_v<D>)
        return static_cast<D>(s); // int64 -> float directly: one rounding, not two
    else if constexpr (std::is_floating_point_v<S>)
        return saturate_cast<D>(static_cast<double>(s));
    else
        return int_convert<D>(s);
}

// ---- Whole values -------------------------------------------------------------------------

// v converted to numeric class `target` (double, single or an integer class), same shape.
// v must be number-like (double, single, integer, logical, char); errors otherwise:
// "MATLAB:invalidConversion" "Conversion to int8 from cell is not possible.". Complex values
// convert only to double (complex integers and complex single are not supported).
Result<Value> convert_class(Value const& v, ClassId target);

// A new zero-initialised array of numeric class c (double, single or integer) and shape d.
Value new_numeric(ClassId c, Dims d);

// The class of a [a, b] concatenation of classes acc and next (MATLAB "Valid Combinations of
// Unlike Classes"): char beats everything numeric, the leftmost integer class beats single,
// double and logical, single beats double and logical, double beats logical; char with
// logical is an error.
Result<ClassId> concat_class(ClassId acc, ClassId next);

// The class of an arithmetic result of classes a and b (MATLAB: integers combine only with
// the same integer class or with scalar doubles; single beats double, logical and char).
// `a_scalar` / `b_scalar`: whether that operand is 1x1. Error "MATLAB:mixedClasses"
// "Integers can only be combined with integers of the same class, or scalar doubles.".
Result<ClassId> arithmetic_class(ClassId a, bool a_scalar, ClassId b, bool b_scalar);

RuntimeError mixed_classes_error();
// "Complex integer arithmetic is not supported." / complex single: not supported yet.
RuntimeError complex_unsupported_error(ClassId c);

} // namespace runmat::runtime
