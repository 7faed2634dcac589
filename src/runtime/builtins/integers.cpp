// Integer and single class builtins: the conversions int8 ... uint64 and single, intmax/intmin,
// cast, idivide and the bitwise functions. The conversion and arithmetic rules themselves live
// in numeric_class.hpp and typed_arith.hpp; these are thin argument-checking adapters.
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/elementwise.hpp"
#include "runtime/numeric_class.hpp"
#include "runtime/ops.hpp"
#include "runtime/typed_arith.hpp"
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>

namespace runmat::runtime {

namespace {

VoidResult deliver(CallContext const& cx, Result<Value> r, Outs outs)
{
    if (!r) {
        RuntimeError e = r.release_error();
        if (e.raised_by.empty())
            e.raised_by = std::string(cx.name);
        return e;
    }
    outs[0] = std::move(r).value();
    return {};
}

std::optional<ClassId> class_from_name(std::string_view name)
{
    static constexpr ClassId classes[] = {
        ClassId::Double, ClassId::Single, ClassId::Logical, ClassId::Char,
        ClassId::Int8, ClassId::Int16, ClassId::Int32, ClassId::Int64,
        ClassId::UInt8, ClassId::UInt16, ClassId::UInt32, ClassId::UInt64,
    };
    for (ClassId c : classes)
        if (class_name(c) == name)
            return c;
    return std::nullopt;
}

// int8(x) ... uint64(x) and single(x): MATLAB's conversion (round half away from zero,
// saturate, NaN -> 0 for integers).
template <ClassId C>
VoidResult conversion_builtin(CallContext& cx, Args args, Outs outs)
{
    return deliver(cx, convert_class(args[0], C), outs);
}

// ---- intmax / intmin --------------------------------------------------------------------

// The integer class an intmax/intmin call names: none (int32), 'name', or 'like', p.
Result<ClassId> intlimit_class(CallContext const& cx, Args args)
{
    if (args.empty())
        return ClassId::Int32;
    if (!is_char_row(args[0]))
        return cx.error("MATLAB:" + std::string(cx.name) + ":inputMustBeString", "Input must be a character vector or string scalar.");
    std::string name = args[0].as_char_array()->to_utf8();
    ClassId c;
    if (name == "like") {
        if (args.size() != 2)
            return cx.error("MATLAB:" + std::string(cx.name) + ":likeWithoutValue", "Specify a value after 'like'.");
        c = args[1].class_id();
    } else {
        if (args.size() != 1)
            return cx.error("MATLAB:TooManyInputs", "Too many input arguments.");
        auto named = class_from_name(name);
        c = named ? *named : ClassId::Cell;
    }
    if (!is_integer_class(c))
        return cx.error("MATLAB:" + std::string(cx.name) + ":invalidClassName", "Invalid class name. Specify an integer class name.");
    return c;
}

template <bool Max>
VoidResult intlimit_builtin(CallContext& cx, Args args, Outs outs)
{
    ClassId c = TRY(intlimit_class(cx, args));
    outs[0] = visit_int_class(c, [](auto tag) -> Value {
        using T = typename decltype(tag)::type;
        T v = Max ? std::numeric_limits<T>::max() : std::numeric_limits<T>::min();
        return make_int(make_ref<IntArray<T>>(Dims(1, 1), v));
    });
    return {};
}

// ---- cast -------------------------------------------------------------------------------

// cast(x, 'class') or cast(x, 'like', p): numeric classes, logical and char.
VoidResult cast_builtin(CallContext& cx, Args args, Outs outs)
{
    ClassId target;
    if (args.size() == 3) {
        if (!is_char_row(args[1]) || args[1].as_char_array()->to_utf8() != "like")
            return cx.error("MATLAB:cast:invalidLikeArgument", "The second argument must be 'like' when three arguments are given.");
        target = args[2].class_id();
    } else {
        if (!is_char_row(args[1]))
            return cx.error("MATLAB:cast:UnsupportedClass", "Class name must be a character vector or string scalar.");
        std::string name = args[1].as_char_array()->to_utf8();
        auto c = class_from_name(name);
        if (!c)
            return cx.error("MATLAB:cast:UnsupportedClass", "Unsupported data type '" + name + "'.");
        target = *c;
    }
    Value const& x = args[0];
    if (target == ClassId::Logical)
        return deliver(cx, to_logical(x, LogicalConversion::Function), outs);
    if (target == ClassId::Char) {
        if (x.class_id() == ClassId::Char) {
            outs[0] = x;
            return {};
        }
        BuiltinSpec const* ch = builtins().find("char");
        CallContext sub { cx.state, cx.env, "char", 1, nullptr };
        return ch->fn(sub, args.subspan(0, 1), outs);
    }
    if (!is_numeric_class(target))
        return cx.error("MATLAB:cast:UnsupportedClass", "Unsupported data type '" + std::string(class_name(target)) + "'.");
    return deliver(cx, convert_class(x, target), outs);
}

// ---- idivide ----------------------------------------------------------------------------

// idivide(a, b, opt): integer division rounded by opt ('fix' by default, 'floor', 'ceil',
// 'round'); at least one argument an integer, the other the same class or a scalar double.
VoidResult idivide_builtin(CallContext& cx, Args args, Outs outs)
{
    if (!is_integer_class(args[0].class_id()) && !is_integer_class(args[1].class_id()))
        return cx.error("MATLAB:idivide:integerInput", "At least one argument must belong to an integer class.");
    IntOp op = IntOp::IdivFix;
    if (args.size() == 3) {
        std::string opt = is_char_row(args[2]) ? args[2].as_char_array()->to_utf8() : std::string();
        if (opt == "fix")
            op = IntOp::IdivFix;
        else if (opt == "floor")
            op = IntOp::IdivFloor;
        else if (opt == "ceil")
            op = IntOp::IdivCeil;
        else if (opt == "round")
            op = IntOp::IdivRound;
        else
            return cx.error("MATLAB:idivide:InvalidRoundingOption", "Rounding option must be 'fix', 'floor', 'ceil', or 'round'.");
    }
    return deliver(cx, integer_binary(op, args[0], args[1]), outs);
}

// ---- Bitwise functions ------------------------------------------------------------------

enum class BitOp : uint8_t { And, Or, Xor };

template <typename U>
U bit_apply(BitOp op, U x, U y)
{
    switch (op) {
    case BitOp::And: return x & y;
    case BitOp::Or: return x | y;
    default: return x ^ y;
    }
}

constexpr double FLINTMAX = 9007199254740992.0; // 2^53

// Doubles in bit functions must be nonnegative integers below flintmax (MATLAB treats them
// as uint64 values).
Result<bool> check_bit_doubles(CallContext const& cx, Value const& v)
{
    bool ok = true;
    visit_elements(v, [&](auto const* p, size_t n, Dims const&) {
        for (size_t i = 0; i < n; ++i) {
            double x = static_cast<double>(p[i]);
            ok &= x >= 0 && x < FLINTMAX && x == std::trunc(x);
        }
    });
    if (!ok)
        return cx.error("MATLAB:" + std::string(cx.name) + ":outOfRange",
            "Double inputs must have integer values in the range of ASSUMEDTYPE.");
    return true;
}

template <typename T>
Value integer_bitop(BitOp op, Value const& a, Value const& b, Dims const& od)
{
    using U = std::make_unsigned_t<T>;
    // The double operand (a scalar, by the class rule) converted to the integer class.
    auto operand = [](Value const& v, Buffer<T>& own) -> T const* {
        if (auto* ia = v.as_int_array<T>())
            return ia->data();
        ElementOperand<double> d(v);
        own = Buffer<T>(d.numel());
        for (size_t i = 0; i < d.numel(); ++i)
            own[i] = saturate_cast<T>(d.data()[i]);
        return own.data();
    };
    Buffer<T> own_a, own_b;
    T const* pa = operand(a, own_a);
    T const* pb = operand(b, own_b);
    auto out = make_ref<IntArray<T>>(od);
    apply_typed([op](T x, T y) { return static_cast<T>(bit_apply<U>(op, static_cast<U>(x), static_cast<U>(y))); },
        out->data(), pa, a.dims(), pb, b.dims(), od);
    return make_int(std::move(out));
}

Result<Value> bitop_values(CallContext const& cx, BitOp op, Value const& a, Value const& b)
{
    ClassId ca = a.class_id(), cb = b.class_id();
    if (!is_number_like(ca) || !is_number_like(cb) || ca == ClassId::Single || cb == ClassId::Single)
        return cx.error("MATLAB:UndefinedFunction",
            "Check for incorrect argument data type or missing argument in call to function '" + std::string(cx.name) + "'.");
    Dims od = TRY(broadcast_dims(a.dims(), b.dims()));
    if (is_integer_class(ca) || is_integer_class(cb)) {
        ClassId cls = TRY(arithmetic_class(ca, a.is_scalar(), cb, b.is_scalar()));
        for (Value const* v : { &a, &b })
            if (v->class_id() == ClassId::Double)
                TRY(check_bit_doubles(cx, *v));
        return visit_int_class(cls, [&](auto tag) -> Value {
            using T = typename decltype(tag)::type;
            return integer_bitop<T>(op, a, b, od);
        });
    }
    TRY(check_bit_doubles(cx, a));
    TRY(check_bit_doubles(cx, b));
    ElementOperand<double> da(a), db(b);
    auto out = make_ref<DoubleArray>(od);
    apply_typed([op](double x, double y) {
        return static_cast<double>(bit_apply<uint64_t>(op, static_cast<uint64_t>(x), static_cast<uint64_t>(y)));
    },
        out->data(), da.data(), da.dims(), db.data(), db.dims(), od);
    return make_double(std::move(out));
}

template <BitOp Op>
VoidResult bitop_builtin(CallContext& cx, Args args, Outs outs)
{
    return deliver(cx, bitop_values(cx, Op, args[0], args[1]), outs);
}

// x shifted left by k bits (right for negative k); bits shifted past the width are dropped.
template <typename U>
U shift_bits(U x, double k, bool arithmetic)
{
    constexpr int width = std::numeric_limits<U>::digits;
    if (k >= width || k <= -width)
        return arithmetic && k < 0 && (x >> (width - 1)) ? U(~U(0)) : U(0);
    int s = static_cast<int>(k);
    if (s >= 0)
        return static_cast<U>(x << s);
    U r = static_cast<U>(x >> -s);
    if (arithmetic && (x >> (width - 1))) // sign-fill for negative signed values
        r |= static_cast<U>(~U(0) << (width + s));
    return r;
}

Result<Value> bitshift_values(CallContext const& cx, Value const& a, Value const& k)
{
    ClassId ca = a.class_id();
    if (!is_number_like(ca) || !is_number_like(k.class_id()) || ca == ClassId::Single)
        return cx.error("MATLAB:UndefinedFunction",
            "Check for incorrect argument data type or missing argument in call to function 'bitshift'.");
    Dims od = TRY(broadcast_dims(a.dims(), k.dims()));
    ElementOperand<double> dk(k);
    for (size_t i = 0; i < dk.numel(); ++i)
        if (dk.data()[i] != std::trunc(dk.data()[i]))
            return cx.error("MATLAB:bitshift:nonIntegerShift", "Shift must be an integer value.");
    if (is_integer_class(ca)) {
        return visit_int_class(ca, [&](auto tag) -> Value {
            using T = typename decltype(tag)::type;
            using U = std::make_unsigned_t<T>;
            auto out = make_ref<IntArray<T>>(od);
            IntArray<T> const& x = *a.as_int_array<T>();
            apply_typed([](T v, double s) { return static_cast<T>(shift_bits<U>(static_cast<U>(v), s, std::is_signed_v<T>)); },
                out->data(), x.data(), x.shape(), dk.data(), dk.dims(), od);
            return make_int(std::move(out));
        });
    }
    TRY(check_bit_doubles(cx, a));
    ElementOperand<double> da(a);
    auto out = make_ref<DoubleArray>(od);
    // Doubles shift as uint64 values (MATLAB's default assumed type for doubles).
    apply_typed([](double v, double s) { return static_cast<double>(shift_bits<uint64_t>(static_cast<uint64_t>(v), s, false)); },
        out->data(), da.data(), da.dims(), dk.data(), dk.dims(), od);
    return make_double(std::move(out));
}

VoidResult bitshift_builtin(CallContext& cx, Args args, Outs outs)
{
    return deliver(cx, bitshift_values(cx, args[0], args[1]), outs);
}

} // namespace

void register_integer_builtins(BuiltinTable& t)
{
    auto conv = [&](std::string_view name, BuiltinFn fn) { t.add({ .name = name, .fn = fn, .min_in = 1, .max_in = 1, .max_out = 1 }); };
    conv("int8", conversion_builtin<ClassId::Int8>);
    conv("int16", conversion_builtin<ClassId::Int16>);
    conv("int32", conversion_builtin<ClassId::Int32>);
    conv("int64", conversion_builtin<ClassId::Int64>);
    conv("uint8", conversion_builtin<ClassId::UInt8>);
    conv("uint16", conversion_builtin<ClassId::UInt16>);
    conv("uint32", conversion_builtin<ClassId::UInt32>);
    conv("uint64", conversion_builtin<ClassId::UInt64>);
    conv("single", conversion_builtin<ClassId::Single>);
    t.add({ .name = "intmax", .fn = intlimit_builtin<true>, .min_in = 0, .max_in = 2, .max_out = 1 });
    t.add({ .name = "intmin", .fn = intlimit_builtin<false>, .min_in = 0, .max_in = 2, .max_out = 1 });
    t.add({ .name = "cast", .fn = cast_builtin, .min_in = 2, .max_in = 3, .max_out = 1 });
    t.add({ .name = "idivide", .fn = idivide_builtin, .min_in = 2, .max_in = 3, .max_out = 1 });
    auto two = [&](std::string_view name, BuiltinFn fn) { t.add({ .name = name, .fn = fn, .min_in = 2, .max_in = 2, .max_out = 1 }); };
    two("bitand", bitop_builtin<BitOp::And>);
    two("bitor", bitop_builtin<BitOp::Or>);
    two("bitxor", bitop_builtin<BitOp::Xor>);
    two("bitshift", bitshift_builtin);
}

} // namespace runmat::runtime
