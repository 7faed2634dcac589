// Class-preserving arithmetic for single and the integer classes. Integers of 8 to 32 bits
// are computed in double and rounded/saturated (every operand and every exact + - * result
// fits in 53 bits, so this is MATLAB's integer arithmetic exactly); int64/uint64 use 128-bit
// integer arithmetic with integer-valued operands and for + - * with fractional doubles, long
// double for the rest (/ ^ mod with a fractional double). single is computed in float.
// Knows Values and the element-wise driver, no builtins.
#include "runtime/typed_arith.hpp"
#include "runtime/elementwise.hpp"
#include "runtime/linalg.hpp"
#include "runtime/numeric_class.hpp"
#include <cmath>
#include <limits>

namespace runmat::runtime {

namespace {

using i128 = __int128;

// ---- Scalar kernels -----------------------------------------------------------------------

template <IntOp Op, typename F>
F op_float(F x, F y)
{
    if constexpr (Op == IntOp::Plus) return x + y;
    else if constexpr (Op == IntOp::Minus) return x - y;
    else if constexpr (Op == IntOp::Times) return x * y;
    else if constexpr (Op == IntOp::Divide || Op == IntOp::IdivRound) return x / y; // rounded by the caller
    else if constexpr (Op == IntOp::LDivide) return y / x;
    else if constexpr (Op == IntOp::Power) return std::pow(x, y);
    else if constexpr (Op == IntOp::Mod) {
        if (y == 0)
            return x;
        F r = std::fmod(x, y);
        return r != 0 && ((r < 0) != (y < 0)) ? r + y : r;
    } else if constexpr (Op == IntOp::Rem) return y == 0 ? F(0) : std::fmod(x, y); // NaN -> 0 for integers
    else if constexpr (Op == IntOp::IdivFix) return std::trunc(x / y);
    else if constexpr (Op == IntOp::IdivFloor) return std::floor(x / y);
    else return std::ceil(x / y);
}

template <typename T>
T clamp_wide(i128 v)
{
    if (v < static_cast<i128>(std::numeric_limits<T>::min()))
        return std::numeric_limits<T>::min();
    if (v > static_cast<i128>(std::numeric_limits<T>::max()))
        return std::numeric_limits<T>::max();
    return static_cast<T>(v);
}

// x / 0 for integers: intmax, intmin or 0 (MATLAB: the double quotient Inf, -Inf, NaN, saturated).
template <typename T>
T divide_by_zero(i128 x)
{
    return x > 0 ? std::numeric_limits<T>::max() : x < 0 ? std::numeric_limits<T>::min() : T(0);
}

template <typename T>
T divide_rounded(i128 x, i128 y)
{
    if (y == 0)
        return divide_by_zero<T>(x);
    i128 q = x / y, r = x % y;
    i128 ar = r < 0 ? -r : r, ay = y < 0 ? -y : y;
    if (2 * ar >= ay)
        q += (x < 0) == (y < 0) ? 1 : -1;
    return clamp_wide<T>(q);
}

template <typename T>
T power_exact(i128 x, i128 y)
{
    if (y < 0)
        return saturate_cast_ld<T>(std::pow(static_cast<long double>(x), static_cast<long double>(y)));
    bool negative = x < 0 && (y & 1);
    T sat = negative ? std::numeric_limits<T>::min() : std::numeric_limits<T>::max();
    if (x == 0 || x == 1)
        return y == 0 ? T(1) : T(x);
    if (x == -1)
        return clamp_wide<T>(negative ? -1 : 1);
    if (y >= 128)
        return sat; // |x| >= 2
    i128 r = 1, base = x;
    for (i128 e = y; e; e >>= 1) {
        if ((e & 1) && __builtin_mul_overflow(r, base, &r))
            return sat;
        if ((e >> 1) && __builtin_mul_overflow(base, base, &base))
            return sat;
    }
    return clamp_wide<T>(r);
}

// Exact integer kernel for int64/uint64 (operands widened to 128 bits).
template <typename T, IntOp Op>
T op_exact(i128 x, i128 y)
{
    if constexpr (Op == IntOp::Plus) return clamp_wide<T>(x + y);
    else if constexpr (Op == IntOp::Minus) return clamp_wide<T>(x - y);
    else if constexpr (Op == IntOp::Times) {
        i128 r;
        if (__builtin_mul_overflow(x, y, &r))
            return (x < 0) != (y < 0) ? std::numeric_limits<T>::min() : std::numeric_limits<T>::max();
        return clamp_wide<T>(r);
    } else if constexpr (Op == IntOp::Divide || Op == IntOp::IdivRound) return divide_rounded<T>(x, y);
    else if constexpr (Op == IntOp::LDivide) return divide_rounded<T>(y, x);
    else if constexpr (Op == IntOp::Power) return power_exact<T>(x, y);
    else if constexpr (Op == IntOp::Mod) {
        if (y == 0)
            return clamp_wide<T>(x);
        i128 r = x % y;
        return clamp_wide<T>(r != 0 && ((r < 0) != (y < 0)) ? r + y : r);
    } else if constexpr (Op == IntOp::Rem) return y == 0 ? T(0) : clamp_wide<T>(x % y);
    else {
        if (y == 0)
            return divide_by_zero<T>(x);
        i128 q = x / y, r = x % y;
        if constexpr (Op == IntOp::IdivFloor)
            q -= r != 0 && ((r < 0) != (y < 0));
        else if constexpr (Op == IntOp::IdivCeil)
            q += r != 0 && ((r < 0) == (y < 0));
        return clamp_wide<T>(q);
    }
}

// A double operand usable by the exact kernel: integer-valued and within +-2^64.
bool as_wide(double y, i128& out)
{
    if (!(std::fabs(y) < 18446744073709551616.0) || y != std::trunc(y))
        return false;
    out = static_cast<i128>(y);
    return true;
}

// s + d for an integer s and a finite double d (|d| < 2^64), rounded half away from zero,
// exactly: the integer part of d is added exactly and the fraction g (|g| < 1) only decides
// the rounding step.
template <typename T>
T add_fraction(i128 s, double d)
{
    double t = std::trunc(d), g = d - t;
    i128 S = s + static_cast<i128>(t);
    if (S > 0 || (S == 0 && g > 0))
        S += g >= 0.5 ? 1 : g < -0.5 ? -1 : 0;
    else
        S += g > 0.5 ? 1 : g <= -0.5 ? -1 : 0;
    return clamp_wide<T>(S);
}

// a * d for an integer a and a finite double d (|d| < 2^64), rounded half away from zero,
// exactly: d = m * 2^-k with a 53-bit integer m, so a * m fits in 128 bits.
template <typename T>
T multiply_fraction(i128 a, double d)
{
    int e = 0;
    double fr = std::frexp(d, &e);
    i128 m = static_cast<i128>(std::ldexp(fr, 53));
    int k = 53 - e;
    if (k <= 0)
        return op_exact<T, IntOp::Times>(a, m << -k);
    i128 p = a * m;
    if (k >= 120)
        return 0; // |p| < 2^117, so |p| / 2^k < 0.5
    bool negative = p < 0;
    unsigned __int128 u = negative ? -static_cast<unsigned __int128>(p) : static_cast<unsigned __int128>(p);
    unsigned __int128 q = u >> k, r = u & ((static_cast<unsigned __int128>(1) << k) - 1);
    if (r >= (static_cast<unsigned __int128>(1) << (k - 1)))
        ++q;
    i128 v = static_cast<i128>(q);
    return clamp_wide<T>(negative ? -v : v);
}

// The 64-bit kernel's answer for an integer x and a double y that is not an integer value
// (or is beyond 2^64): exact for + - *, long double for the rest.
template <typename T, IntOp Op>
T with_fraction(i128 x, double y, bool integer_first)
{
    if (std::isfinite(y) && std::fabs(y) < 18446744073709551616.0) {
        if constexpr (Op == IntOp::Plus)
            return add_fraction<T>(x, y);
        else if constexpr (Op == IntOp::Minus)
            return integer_first ? add_fraction<T>(x, -y) : add_fraction<T>(-x, y);
        else if constexpr (Op == IntOp::Times)
            return multiply_fraction<T>(x, y);
    }
    long double lx = static_cast<long double>(x), ly = y;
    return saturate_cast_ld<T>(integer_first ? op_float<Op>(lx, ly) : op_float<Op>(ly, lx));
}

// Kernel for 8- to 32-bit integers: compute in double, round and saturate.
template <typename T, IntOp Op>
struct ViaDouble {
    template <typename X, typename Y>
    T operator()(X x, Y y) const { return saturate_cast<T>(op_float<Op>(static_cast<double>(x), static_cast<double>(y))); }
};

// Kernel for int64/uint64: exact with integer operands and for + - * with fractional ones,
// long double otherwise (exact enough on x86-64, where long double has a 64-bit mantissa).
template <typename T, IntOp Op>
struct Exact64 {
    T operator()(T x, T y) const { return op_exact<T, Op>(x, y); }
    T operator()(T x, i128 y) const { return op_exact<T, Op>(x, y); }
    T operator()(i128 x, T y) const { return op_exact<T, Op>(x, y); }
    T operator()(T x, double y) const
    {
        i128 w;
        if (as_wide(y, w))
            return op_exact<T, Op>(x, w);
        return with_fraction<T, Op>(x, y, true);
    }
    T operator()(double x, T y) const
    {
        i128 w;
        if (as_wide(x, w))
            return op_exact<T, Op>(w, y);
        return with_fraction<T, Op>(y, x, false);
    }
};

// k over the broadcast operands into a new IntArray<T>. Each operand is an IntArray<T> or a
// double (scalar, or an array where mtimes allows it).
template <typename T, typename K>
Value run_int(K const& k, Value const& a, Value const& b, Dims const& od)
{
    auto out = make_ref<IntArray<T>>(od);
    T* po = out->data();
    auto* ia = a.as_int_array<T>();
    auto* ib = b.as_int_array<T>();
    if (ia && ib) {
        apply_typed(k, po, ia->data(), ia->shape(), ib->data(), ib->shape(), od);
    } else if (ia) {
        ElementOperand<double> db(b);
        apply_typed(k, po, ia->data(), ia->shape(), db.data(), db.dims(), od);
    } else {
        ElementOperand<double> da(a);
        apply_typed(k, po, da.data(), da.dims(), ib->data(), ib->shape(), od);
    }
    return make_int(std::move(out));
}

// A double scalar with an integer value, widened once for the exact 64-bit kernel.
bool wide_scalar(Value const& v, i128& w)
{
    if (!v.is_num() && !(v.as_double_array() && v.numel() == 1))
        return false;
    return as_wide(v.is_num() ? v.num() : v.as_double_array()->data()[0], w);
}

template <typename T, IntOp Op>
Value int_kernel(Value const& a, Value const& b, Dims const& od)
{
    if constexpr (sizeof(T) == 8) {
        // int64 op integer-valued double scalar (the common x + 1): no per-element test of
        // whether the double is integral.
        i128 w;
        Exact64<T, Op> k;
        if (auto* ia = a.as_int_array<T>(); ia && wide_scalar(b, w)) {
            auto out = make_ref<IntArray<T>>(od);
            apply_typed(k, out->data(), ia->data(), ia->shape(), &w, Dims(1, 1), od);
            return make_int(std::move(out));
        }
        if (auto* ib = b.as_int_array<T>(); ib && wide_scalar(a, w)) {
            auto out = make_ref<IntArray<T>>(od);
            apply_typed(k, out->data(), &w, Dims(1, 1), ib->data(), ib->shape(), od);
            return make_int(std::move(out));
        }
        return run_int<T>(k, a, b, od);
    } else {
        return run_int<T>(ViaDouble<T, Op> {}, a, b, od);
    }
}

template <typename T>
Value int_dispatch(IntOp op, Value const& a, Value const& b, Dims const& od)
{
    switch (op) {
    case IntOp::Plus: return int_kernel<T, IntOp::Plus>(a, b, od);
    case IntOp::Minus: return int_kernel<T, IntOp::Minus>(a, b, od);
    case IntOp::Times: return int_kernel<T, IntOp::Times>(a, b, od);
    case IntOp::Divide: return int_kernel<T, IntOp::Divide>(a, b, od);
    case IntOp::LDivide: return int_kernel<T, IntOp::LDivide>(a, b, od);
    case IntOp::Power: return int_kernel<T, IntOp::Power>(a, b, od);
    case IntOp::Mod: return int_kernel<T, IntOp::Mod>(a, b, od);
    case IntOp::Rem: return int_kernel<T, IntOp::Rem>(a, b, od);
    case IntOp::IdivFix: return int_kernel<T, IntOp::IdivFix>(a, b, od);
    case IntOp::IdivFloor: return int_kernel<T, IntOp::IdivFloor>(a, b, od);
    case IntOp::IdivCeil: return int_kernel<T, IntOp::IdivCeil>(a, b, od);
    case IntOp::IdivRound: return int_kernel<T, IntOp::IdivRound>(a, b, od);
    }
    return Value();
}

bool is_complex_value(Value const& v)
{
    auto* d = v.as_double_array();
    return d && d->is_complex();
}

// Whether base.^exponent would have a complex element: a negative base with a non-integer
// exponent somewhere (checked coarsely, over all elements of each side).
bool power_goes_complex(Value const& base, Value const& exponent)
{
    bool negative = false, fractional = false;
    visit_elements(base, [&](auto const* p, size_t n, Dims const&) {
        for (size_t i = 0; i < n; ++i)
            negative |= p[i] < 0;
    });
    if (!negative)
        return false;
    visit_elements(exponent, [&](auto const* p, size_t n, Dims const&) {
        for (size_t i = 0; i < n; ++i) {
            double e = static_cast<double>(p[i]);
            fractional |= e != std::trunc(e) && !std::isnan(e) && !std::isinf(e);
        }
    });
    return fractional;
}

// integer_binary with the result class already decided.
Result<Value> integer_binary_as(IntOp op, Value const& a, Value const& b, ClassId cls)
{
    if (is_complex_value(a) || is_complex_value(b))
        return complex_unsupported_error(cls);
    Dims od = TRY(broadcast_dims(a.dims(), b.dims()));
    if (op == IntOp::Power && power_goes_complex(a, b))
        return complex_unsupported_error(cls);
    return visit_int_class(cls, [&](auto tag) -> Value {
        using T = typename decltype(tag)::type;
        return int_dispatch<T>(op, a, b, od);
    });
}

// ---- single ---------------------------------------------------------------------------------

template <typename F>
Value run_single(F const& f, Value const& a, Value const& b, Dims const& od)
{
    ElementOperand<float> fa(a), fb(b);
    auto out = make_ref<SingleArray>(od);
    apply_typed(f, out->data(), fa.data(), fa.dims(), fb.data(), fb.dims(), od);
    return make_single(std::move(out));
}

// The other operand is converted to single first (MATLAB: single(0.1) + 0.2 adds
// single(0.2)), then the operation is done in single precision.
Result<Value> single_arith(BinOp op, Value const& a, Value const& b)
{
    if (is_complex_value(a) || is_complex_value(b))
        return complex_unsupported_error(ClassId::Single);
    Dims od = TRY(broadcast_dims(a.dims(), b.dims()));
    switch (op) {
    case BinOp::Plus: return run_single([](float x, float y) { return x + y; }, a, b, od);
    case BinOp::Minus: return run_single([](float x, float y) { return x - y; }, a, b, od);
    case BinOp::Times: return run_single([](float x, float y) { return x * y; }, a, b, od);
    case BinOp::RDivide: return run_single([](float x, float y) { return x / y; }, a, b, od);
    case BinOp::LDivide: return run_single([](float x, float y) { return y / x; }, a, b, od);
    case BinOp::Power:
        if (power_goes_complex(a, b))
            return complex_unsupported_error(ClassId::Single);
        return run_single([](float x, float y) { return y == 2 ? x * x : std::pow(x, y); }, a, b, od);
    default: return make_error("MATLAB:UndefinedFunction", "Unsupported single operation.");
    }
}

IntOp int_op_of(BinOp op)
{
    switch (op) {
    case BinOp::Minus: return IntOp::Minus;
    case BinOp::Times: return IntOp::Times;
    case BinOp::RDivide: return IntOp::Divide;
    case BinOp::LDivide: return IntOp::LDivide;
    case BinOp::Power: return IntOp::Power;
    default: return IntOp::Plus;
    }
}

// e.g. "MTIMES (*) is not fully supported for integer classes. At least one argument must be scalar."
RuntimeError not_fully_supported(char const* upper, char const* lower, char const* symbol, char const* requirement)
{
    return make_error(std::string("MATLAB:") + lower + ":integerNotSupported",
        std::string(upper) + " (" + symbol + ") is not fully supported for integer classes. " + requirement);
}

// A single matrix operation done in double and rounded back to single.
Result<Value> via_double(Result<Value> (*f)(Value const&, Value const&), Value const& a, Value const& b)
{
    Value da = TRY(convert_class(a, ClassId::Double));
    Value db = TRY(convert_class(b, ClassId::Double));
    Value r = TRY(f(da, db));
    return convert_class(r, ClassId::Single);
}

// mtimes with an integer and a scalar: MATLAB accepts an integer scalar times a double array
// as well as an integer array times a double scalar.
Result<ClassId> mtimes_integer_class(Value const& a, Value const& b)
{
    ClassId ca = a.class_id(), cb = b.class_id();
    if (is_integer_class(ca) && is_integer_class(cb))
        return ca == cb ? Result<ClassId>(ca) : Result<ClassId>(mixed_classes_error());
    if (is_integer_class(ca))
        return cb == ClassId::Double ? Result<ClassId>(ca) : Result<ClassId>(mixed_classes_error());
    return ca == ClassId::Double ? Result<ClassId>(cb) : Result<ClassId>(mixed_classes_error());
}

// Exact three-way comparison of an integer (widened) and a double: -1, 0, 1, or 2 when the
// double is NaN. Portable: no reliance on long double being wider than double.
int compare_wide_double(i128 x, double d)
{
    if (std::isnan(d))
        return 2;
    if (d >= 1e30)
        return -1;
    if (d <= -1e30)
        return 1;
    double f = std::floor(d);
    i128 fi = static_cast<i128>(f);
    if (x != fi)
        return x < fi ? -1 : 1;
    return d > f ? -1 : 0;
}

int compare_exact(double x, double y)
{
    if (x != x || y != y)
        return 2;
    return x < y ? -1 : x > y ? 1 : 0;
}
template <typename A, typename B>
int compare_exact(A x, B y) requires(std::is_integral_v<A> && std::is_integral_v<B>)
{
    i128 wx = x, wy = y;
    return wx < wy ? -1 : wx > wy ? 1 : 0;
}
template <typename A>
int compare_exact(A x, double y) requires std::is_integral_v<A>
{
    return compare_wide_double(x, y);
}
template <typename B>
int compare_exact(double x, B y) requires std::is_integral_v<B>
{
    int c = compare_wide_double(y, x);
    return c == 2 ? 2 : -c;
}

// f(pa, da, pb, db) with each operand as int64_t, uint64_t (for those classes, in place) or
// double (every other class, which a double holds exactly).
template <typename F>
void with_exact_operands(Value const& a, Value const& b, F&& f)
{
    auto one = [](Value const& v, auto&& g) {
        if (auto* x = v.as_int_array<int64_t>())
            return g(static_cast<int64_t const*>(x->data()), x->shape());
        if (auto* x = v.as_int_array<uint64_t>())
            return g(static_cast<uint64_t const*>(x->data()), x->shape());
        ElementOperand<double> d(v);
        return g(d.data(), d.dims());
    };
    one(a, [&](auto const* pa, Dims const& da) {
        one(b, [&](auto const* pb, Dims const& db) { f(pa, da, pb, db); });
    });
}

template <typename T>
Value negate_int(IntArray<T> const& x)
{
    auto out = make_ref<IntArray<T>>(x.shape());
    T const* p = x.data();
    T* o = out->data();
    for (size_t i = 0, n = x.numel(); i < n; ++i) {
        if constexpr (std::is_signed_v<T>)
            o[i] = p[i] == std::numeric_limits<T>::min() ? std::numeric_limits<T>::max() : T(-p[i]);
        else
            o[i] = 0;
    }
    return make_int(std::move(out));
}

} // namespace

Result<Value> integer_binary(IntOp op, Value const& a, Value const& b)
{
    ClassId cls = TRY(arithmetic_class(a.class_id(), a.is_scalar(), b.class_id(), b.is_scalar()));
    if (!is_integer_class(cls))
        return make_error("MATLAB:mixedClasses", "At least one argument must belong to an integer class.");
    return integer_binary_as(op, a, b, cls);
}

Result<Value> typed_arith(BinOp op, Value const& a, Value const& b)
{
    ClassId cls = TRY(arithmetic_class(a.class_id(), a.is_scalar(), b.class_id(), b.is_scalar()));
    if (is_integer_class(cls))
        return integer_binary_as(int_op_of(op), a, b, cls);
    return single_arith(op, a, b);
}

Result<Value> typed_matrix_op(BinOp op, Value const& a, Value const& b)
{
    bool ints = is_integer_class(a.class_id()) || is_integer_class(b.class_id());
    bool sa = a.is_scalar(), sb = b.is_scalar();
    switch (op) {
    case BinOp::MTimes:
        if (ints && (sa || sb)) {
            ClassId cls = TRY(mtimes_integer_class(a, b));
            return integer_binary_as(IntOp::Times, a, b, cls);
        }
        if (sa || sb)
            return typed_arith(BinOp::Times, a, b);
        if (ints)
            return not_fully_supported("MTIMES", "mtimes", "*", "At least one argument must be scalar.");
        return via_double(mtimes, a, b);
    case BinOp::MRDivide:
        if (sb)
            return typed_arith(BinOp::RDivide, a, b);
        if (ints)
            return not_fully_supported("MRDIVIDE", "mrdivide", "/", "The second argument must be scalar.");
        return via_double(mrdivide, a, b);
    case BinOp::MLDivide:
        if (sa)
            return typed_arith(BinOp::LDivide, a, b);
        if (ints)
            return not_fully_supported("MLDIVIDE", "mldivide", "\\", "The first argument must be scalar.");
        return via_double(mldivide, a, b);
    case BinOp::MPower:
        if (sa && sb)
            return typed_arith(BinOp::Power, a, b);
        if (ints)
            return not_fully_supported("MPOWER", "mpower", "^", "Both arguments must be scalar.");
        return via_double(mpower, a, b);
    default: return typed_arith(op, a, b);
    }
}

Result<Value> relational_exact(BinOp op, Value const& a, Value const& b)
{
    Dims od = TRY(broadcast_dims(a.dims(), b.dims()));
    auto out = make_ref<LogicalArray>(od);
    uint8_t* po = out->data();
    with_exact_operands(a, b, [&](auto const* pa, Dims const& da, auto const* pb, Dims const& db) {
        auto run = [&](auto test) {
            apply_typed([test](auto x, auto y) -> uint8_t { return test(compare_exact(x, y)); }, po, pa, da, pb, db, od);
        };
        switch (op) {
        case BinOp::Eq: run([](int c) { return c == 0; }); break;
        case BinOp::Ne: run([](int c) { return c != 0; }); break;
        case BinOp::Lt: run([](int c) { return c == -1; }); break;
        case BinOp::Le: run([](int c) { return c == -1 || c == 0; }); break;
        case BinOp::Gt: run([](int c) { return c == 1; }); break;
        case BinOp::Ge: run([](int c) { return c == 1 || c == 0; }); break;
        default: break;
        }
    });
    return make_logical(std::move(out));
}

Result<Value> typed_negate(Value const& a)
{
    if (auto* s = a.as_single_array()) {
        auto out = make_ref<SingleArray>(s->shape());
        for (size_t i = 0, n = s->numel(); i < n; ++i)
            out->data()[i] = -s->data()[i];
        return make_single(std::move(out));
    }
    return visit_int_class(a.class_id(), [&](auto tag) -> Value {
        using T = typename decltype(tag)::type;
        return negate_int(*a.as_int_array<T>());
    });
}

bool elements_equal_exact(Value const& a, Value const& b)
{
    bool equal = true;
    with_exact_operands(a, b, [&](auto const* pa, Dims const& da, auto const* pb, Dims const&) {
        for (size_t i = 0, n = da.numel(); i < n && equal; ++i)
            equal = compare_exact(pa[i], pb[i]) == 0;
    });
    return equal;
}

} // namespace runmat::runtime
