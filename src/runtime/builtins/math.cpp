// Element-wise math builtins: abs sqrt exp log trig rounding mod/rem atan2 hypot, complex
// parts and the isnan family. Real inputs outside a function's real domain (sqrt(-1),
// log(-1), asin(2)) give complex results as in MATLAB; all-zero imaginary parts are dropped.
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/builtins/numeric_round.hpp"
#include "runtime/elementwise.hpp"
#include "runtime/numeric_class.hpp"
#include "runtime/typed_arith.hpp"
#include <cfloat>
#include <cmath>
#include <complex>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

namespace runmat::runtime {

namespace {

using Cd = std::complex<double>;

RuntimeError undefined_for(CallContext const& cx, ClassId c)
{
    RuntimeError e = cx.error("MATLAB:UndefinedFunction",
        "Undefined function '" + std::string(cx.name) + "' for input arguments of type '" + std::string(class_name(c)) + "'.");
    return e;
}

VoidResult check_numeric(CallContext const& cx, Value const& v)
{
    if (!is_elementwise_class(v.class_id()))
        return undefined_for(cx, v.class_id());
    return {};
}

// MATLAB defines most elementary functions (sqrt, exp, sin, ...) for floating point only.
RuntimeError integer_unsupported(CallContext const& cx)
{
    return cx.error("MATLAB:UndefinedFunction",
        "Check for incorrect argument data type or missing argument in call to function '" + std::string(cx.name) + "'.");
}

bool any_integer(Args args)
{
    for (Value const& a : args)
        if (is_integer_class(a.class_id()))
            return true;
    return false;
}

bool any_single(Args args)
{
    for (Value const& a : args)
        if (a.class_id() == ClassId::Single)
            return true;
    return false;
}

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

// A function of single inputs: computed by its double implementation `fn` on the inputs
// converted to double, each result rounded to single. Correctly rounded double results
// rounded to single match single-precision library results except in rare last-bit cases.
VoidResult via_double_to_single(CallContext& cx, Args args, Outs outs, BuiltinFn fn)
{
    std::vector<Value> dargs;
    for (Value const& a : args) {
        Result<Value> d = convert_class(a, ClassId::Double);
        if (!d)
            return deliver(cx, std::move(d), outs);
        dargs.push_back(std::move(d).value());
    }
    TRY_VOID(fn(cx, dargs, outs));
    for (Value& o : outs) {
        if (!o.is_defined())
            continue;
        TRY_VOID(deliver(cx, convert_class(o, ClassId::Single), std::span<Value>(&o, 1)));
    }
    return {};
}

// ---- Unary kernels: each names its real function, its complex function and its real domain.

struct Always { static bool in_domain(double) { return true; } };
struct NonNegative { static bool in_domain(double x) { return !(x < 0); } };
struct UnitInterval { static bool in_domain(double x) { return !(std::fabs(x) > 1); } };

// For a real x outside [-1, 1], MATLAB's asin/acos take the branch whose imaginary zero has
// the opposite sign of x: asin(2) = pi/2 - 1.317i, acos(-2) = pi - 1.317i.
Cd real_to_branch(double x) { return Cd(x, std::copysign(0.0, -x)); }

struct Sqrt : NonNegative {
    static double real(double x) { return std::sqrt(x); }
    static Cd cplx(Cd z) { return std::sqrt(z); }
};
struct Exp : Always {
    static double real(double x) { return std::exp(x); }
    static Cd cplx(Cd z) { return std::exp(z); }
};
struct Log : NonNegative {
    static double real(double x) { return std::log(x); }
    static Cd cplx(Cd z) { return std::log(z); }
};
struct Log2 : NonNegative {
    static double real(double x) { return std::log2(x); }
    static Cd cplx(Cd z) { return std::log(z) / M_LN2; }
};
struct Log10 : NonNegative {
    static double real(double x) { return std::log10(x); }
    static Cd cplx(Cd z) { return std::log(z) / M_LN10; }
};
struct Sin : Always {
    static double real(double x) { return std::sin(x); }
    static Cd cplx(Cd z) { return std::sin(z); }
};
struct Cos : Always {
    static double real(double x) { return std::cos(x); }
    static Cd cplx(Cd z) { return std::cos(z); }
};
struct Tan : Always {
    static double real(double x) { return std::tan(x); }
    static Cd cplx(Cd z) { return std::tan(z); }
};
struct Asin : UnitInterval {
    static double real(double x) { return std::asin(x); }
    static Cd cplx(Cd z) { return std::asin(z.imag() == 0 ? real_to_branch(z.real()) : z); }
};
struct Acos : UnitInterval {
    static double real(double x) { return std::acos(x); }
    static Cd cplx(Cd z) { return std::acos(z.imag() == 0 ? real_to_branch(z.real()) : z); }
};
struct Atan : Always {
    static double real(double x) { return std::atan(x); }
    static Cd cplx(Cd z) { return std::atan(z); }
};
struct Sinh : Always {
    static double real(double x) { return std::sinh(x); }
    static Cd cplx(Cd z) { return std::sinh(z); }
};
struct Cosh : Always {
    static double real(double x) { return std::cosh(x); }
    static Cd cplx(Cd z) { return std::cosh(z); }
};
struct Tanh : Always {
    static double real(double x) { return std::tanh(x); }
    static Cd cplx(Cd z) { return std::tanh(z); }
};
// Rounding acts on both parts of a complex number.
struct Floor : Always {
    static double real(double x) { return std::floor(x); }
    static Cd cplx(Cd z) { return { std::floor(z.real()), std::floor(z.imag()) }; }
};
struct Ceil : Always {
    static double real(double x) { return std::ceil(x); }
    static Cd cplx(Cd z) { return { std::ceil(z.real()), std::ceil(z.imag()) }; }
};
struct Round : Always { // half away from zero
    static double real(double x) { return std::round(x); }
    static Cd cplx(Cd z) { return { std::round(z.real()), std::round(z.imag()) }; }
};
struct Fix : Always {
    static double real(double x) { return std::trunc(x); }
    static Cd cplx(Cd z) { return { std::trunc(z.real()), std::trunc(z.imag()) }; }
};
struct Sign : Always {
    static double real(double x) { return std::isnan(x) ? x : static_cast<double>((x > 0) - (x < 0)); }
    static Cd cplx(Cd z)
    {
        double m = std::abs(z);
        return m == 0 ? Cd(0, 0) : z / m;
    }
};
struct Conj : Always {
    static double real(double x) { return x; }
    static Cd cplx(Cd z) { return std::conj(z); }
};

Value complex_result(Ref<DoubleArray> out)
{
    drop_zero_imag(*out);
    return make_double(std::move(out));
}

// K applied element-wise: a real loop when the input is real and inside K's real domain,
// else a complex loop.
template <typename K>
Value map_unary(DoubleOperand const& x)
{
    size_t n = x.numel();
    double const* re = x.re();
    bool real = !x.is_complex();
    if (real) {
        bool inside = true;
        for (size_t i = 0; i < n; ++i)
            inside &= K::in_domain(re[i]);
        real = inside;
    }
    auto out = make_ref<DoubleArray>(x.dims());
    double* po = out->data();
    if (real) {
        for (size_t i = 0; i < n; ++i)
            po[i] = K::real(re[i]);
        return make_double(std::move(out));
    }
    out->make_complex();
    double* pi = out->imag();
    double const* im = x.im();
    for (size_t i = 0; i < n; ++i) {
        Cd r = K::cplx(Cd(re[i], im ? im[i] : 0.0));
        po[i] = r.real();
        pi[i] = r.imag();
    }
    return complex_result(std::move(out));
}

template <typename T>
Value integer_sign(IntArray<T> const& x)
{
    auto out = make_ref<IntArray<T>>(x.shape());
    for (size_t i = 0, n = x.numel(); i < n; ++i)
        out->data()[i] = static_cast<T>((x.data()[i] > 0) - (x.data()[i] < 0));
    return make_int(std::move(out));
}

// Integer inputs: rounding and conj are the identity, sign keeps the class, everything else
// (sqrt, exp, sin, ...) is undefined for integers in MATLAB.
template <typename K>
VoidResult integer_unary(CallContext& cx, Args args, Outs outs)
{
    if constexpr (std::is_same_v<K, Floor> || std::is_same_v<K, Ceil> || std::is_same_v<K, Round> || std::is_same_v<K, Fix>
        || std::is_same_v<K, Conj>) {
        outs[0] = args[0];
        return {};
    } else if constexpr (std::is_same_v<K, Sign>) {
        outs[0] = visit_int_class(args[0].class_id(), [&](auto tag) -> Value {
            using T = typename decltype(tag)::type;
            return integer_sign(*args[0].as_int_array<T>());
        });
        return {};
    } else {
        return integer_unsupported(cx);
    }
}

template <typename K>
VoidResult unary_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(check_numeric(cx, args[0]));
    if (is_integer_class(args[0].class_id()))
        return integer_unary<K>(cx, args, outs);
    if (args[0].class_id() == ClassId::Single)
        return via_double_to_single(cx, args, outs, unary_builtin<K>);
    if (args[0].is_num()) {
        double v = args[0].num();
        if (K::in_domain(v)) {
            outs[0] = Value::scalar(K::real(v));
            return {};
        }
    }
    DoubleOperand x(args[0]);
    outs[0] = map_unary<K>(x);
    return {};
}

// A real double result from a per-element function of (re, im).
template <typename F>
Value map_parts(DoubleOperand const& x, F f)
{
    auto out = make_ref<DoubleArray>(x.dims());
    double const* re = x.re();
    double const* im = x.im();
    for (size_t i = 0, n = x.numel(); i < n; ++i)
        out->data()[i] = f(re[i], im ? im[i] : 0.0);
    return make_double(std::move(out));
}

// abs of an integer saturates: abs(int8(-128)) is 127.
template <typename T>
Value integer_abs(IntArray<T> const& x)
{
    auto out = make_ref<IntArray<T>>(x.shape());
    for (size_t i = 0, n = x.numel(); i < n; ++i) {
        T v = x.data()[i];
        if constexpr (std::is_signed_v<T>)
            out->data()[i] = v >= 0 ? v : v == std::numeric_limits<T>::min() ? std::numeric_limits<T>::max() : T(-v);
        else
            out->data()[i] = v;
    }
    return make_int(std::move(out));
}

VoidResult abs_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(check_numeric(cx, args[0]));
    if (is_integer_class(args[0].class_id())) {
        outs[0] = visit_int_class(args[0].class_id(), [&](auto tag) -> Value {
            using T = typename decltype(tag)::type;
            return integer_abs(*args[0].as_int_array<T>());
        });
        return {};
    }
    if (args[0].class_id() == ClassId::Single)
        return via_double_to_single(cx, args, outs, abs_builtin);
    DoubleOperand x(args[0]);
    if (x.is_complex())
        outs[0] = map_parts(x, [](double r, double i) { return std::hypot(r, i); });
    else
        outs[0] = map_parts(x, [](double r, double) { return std::fabs(r); });
    return {};
}

VoidResult real_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(check_numeric(cx, args[0]));
    if (args[0].is_num() || (args[0].as_double_array() && !args[0].as_double_array()->is_complex()) || is_single_or_integer(args[0].class_id())) {
        outs[0] = args[0];
        return {};
    }
    DoubleOperand x(args[0]);
    outs[0] = map_parts(x, [](double r, double) { return r; });
    return {};
}

VoidResult imag_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(check_numeric(cx, args[0]));
    if (is_single_or_integer(args[0].class_id())) { // real classes: zeros of the same class
        outs[0] = new_numeric(args[0].class_id(), args[0].dims());
        return {};
    }
    DoubleOperand x(args[0]);
    outs[0] = map_parts(x, [](double, double i) { return i; });
    return {};
}

VoidResult angle_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(check_numeric(cx, args[0]));
    if (any_integer(args))
        return integer_unsupported(cx);
    if (any_single(args))
        return via_double_to_single(cx, args, outs, angle_builtin);
    DoubleOperand x(args[0]);
    outs[0] = map_parts(x, [](double r, double i) { return std::atan2(i, r); });
    return {};
}

// [f, e] = log2(x): x = f .* 2.^e with 0.5 <= abs(f) < 1 (frexp); one output is log2.
VoidResult log2_builtin(CallContext& cx, Args args, Outs outs)
{
    if (cx.nargout < 2)
        return unary_builtin<Log2>(cx, args, outs);
    TRY_VOID(check_numeric(cx, args[0]));
    if (any_integer(args))
        return integer_unsupported(cx);
    if (any_single(args))
        return via_double_to_single(cx, args, outs, log2_builtin);
    DoubleOperand x(args[0]);
    auto f = make_ref<DoubleArray>(x.dims());
    auto e = make_ref<DoubleArray>(x.dims());
    for (size_t i = 0, n = x.numel(); i < n; ++i) {
        int ex = 0;
        double v = x.re()[i];
        f->data()[i] = std::isfinite(v) ? std::frexp(v, &ex) : v;
        e->data()[i] = ex;
    }
    outs[0] = make_double(std::move(f));
    outs[1] = make_double(std::move(e));
    return {};
}

// ---- Predicates -------------------------------------------------------------------------

template <typename P>
VoidResult predicate_builtin(CallContext& cx, Args args, Outs outs, P pred)
{
    Value const& v = args[0];
    if (!is_elementwise_class(v.class_id())) {
        // MATLAB: isnan({}) is an error; a function handle too.
        return undefined_for(cx, v.class_id());
    }
    if (v.is_num()) {
        outs[0] = Value::logical(pred(v.num(), 0.0));
        return {};
    }
    DoubleOperand x(v);
    auto out = make_ref<LogicalArray>(x.dims());
    double const* re = x.re();
    double const* im = x.im();
    for (size_t i = 0, n = x.numel(); i < n; ++i)
        out->data()[i] = pred(re[i], im ? im[i] : 0.0);
    outs[0] = make_logical(std::move(out));
    return {};
}

VoidResult isnan_builtin(CallContext& cx, Args args, Outs outs)
{
    return predicate_builtin(cx, args, outs, [](double r, double i) { return std::isnan(r) || std::isnan(i); });
}

VoidResult isinf_builtin(CallContext& cx, Args args, Outs outs)
{
    return predicate_builtin(cx, args, outs, [](double r, double i) { return std::isinf(r) || std::isinf(i); });
}

VoidResult isfinite_builtin(CallContext& cx, Args args, Outs outs)
{
    return predicate_builtin(cx, args, outs, [](double r, double i) { return std::isfinite(r) && std::isfinite(i); });
}

// isreal: false only for values stored as complex (isreal(complex(1,0)) is false) and for
// classes that are not numeric-like (cell, struct, ...).
VoidResult isreal_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& v = args[0];
    bool real = is_elementwise_class(v.class_id());
    if (auto* d = v.as_double_array())
        real = !d->is_complex();
    outs[0] = Value::logical(real);
    return {};
}

// ---- Binary kernels ---------------------------------------------------------------------

// mod(x, y) = x - floor(x./y).*y with the sign of y; mod(x, 0) = x. Like MATLAB, a quotient
// within round-off of an integer (y not an integer) gives exactly 0: mod(0.3, 0.1) is 0.
double mod_kernel(double x, double y)
{
    if (y == 0)
        return x;
    if (!std::isfinite(x) || std::isnan(y))
        return NAN;
    if (std::isinf(y))
        return (x == 0 || (x > 0) == (y > 0)) ? x : y;
    if (y != std::trunc(y)) {
        double q = x / y, n = std::round(q);
        if (n != 0 && std::fabs((q - n) / n) < DBL_EPSILON)
            return 0;
    }
    double r = std::fmod(x, y);
    if (r != 0 && ((r < 0) != (y < 0)))
        r += y;
    return r + 0.0; // no -0
}

// rem(x, y) = x - fix(x./y).*y with the sign of x; rem(x, 0) is NaN.
double rem_kernel(double x, double y)
{
    if (y == 0 || !std::isfinite(x) || std::isnan(y))
        return NAN;
    if (std::isinf(y))
        return x;
    if (y != std::trunc(y)) {
        double q = x / y, n = std::round(q);
        if (n != 0 && std::fabs((q - n) / n) < DBL_EPSILON)
            return 0;
    }
    return std::fmod(x, y) + 0.0;
}

struct ModF { double operator()(double x, double y) const { return mod_kernel(x, y); } };
struct RemF { double operator()(double x, double y) const { return rem_kernel(x, y); } };
struct Atan2F { double operator()(double y, double x) const { return std::atan2(y, x); } };
struct HypotF { double operator()(double x, double y) const { return std::hypot(x, y); } };

template <typename F>
VoidResult real_binary_builtin(CallContext& cx, Args args, Outs outs, F f, char const* complex_id, char const* complex_msg)
{
    TRY_VOID(check_numeric(cx, args[0]));
    TRY_VOID(check_numeric(cx, args[1]));
    if (args[0].is_num() && args[1].is_num()) {
        outs[0] = Value::scalar(f(args[0].num(), args[1].num()));
        return {};
    }
    DoubleOperand a(args[0]), b(args[1]);
    if (a.is_complex() || b.is_complex())
        return cx.error(complex_id, complex_msg);
    Result<Dims> od = broadcast_dims(a.dims(), b.dims());
    if (!od) {
        RuntimeError e = od.release_error();
        e.raised_by = std::string(cx.name);
        return e;
    }
    auto out = make_ref<DoubleArray>(od.value());
    apply_real(f, out->data(), a, b, od.value());
    outs[0] = make_double(std::move(out));
    return {};
}

// A binary function of single operands (the other single, double, logical or char) in
// single; integers with single are an error as in arithmetic.
VoidResult single_binary(CallContext& cx, Args args, Outs outs, BuiltinFn fn)
{
    Result<ClassId> cls = arithmetic_class(args[0].class_id(), args[0].is_scalar(), args[1].class_id(), args[1].is_scalar());
    if (!cls)
        return deliver(cx, cls.release_error(), outs);
    return via_double_to_single(cx, args, outs, fn);
}

VoidResult mod_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(check_numeric(cx, args[0]));
    TRY_VOID(check_numeric(cx, args[1]));
    if (any_integer(args))
        return deliver(cx, integer_binary(IntOp::Mod, args[0], args[1]), outs);
    if (any_single(args))
        return single_binary(cx, args, outs, mod_builtin);
    return real_binary_builtin(cx, args, outs, ModF {}, "MATLAB:mod:complexArguments", "Arguments must be real.");
}

VoidResult rem_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(check_numeric(cx, args[0]));
    TRY_VOID(check_numeric(cx, args[1]));
    if (any_integer(args))
        return deliver(cx, integer_binary(IntOp::Rem, args[0], args[1]), outs);
    if (any_single(args))
        return single_binary(cx, args, outs, rem_builtin);
    return real_binary_builtin(cx, args, outs, RemF {}, "MATLAB:rem:complexArguments", "Arguments must be real.");
}

VoidResult atan2_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(check_numeric(cx, args[0]));
    TRY_VOID(check_numeric(cx, args[1]));
    if (any_integer(args))
        return integer_unsupported(cx);
    if (any_single(args))
        return single_binary(cx, args, outs, atan2_builtin);
    return real_binary_builtin(cx, args, outs, Atan2F {}, "MATLAB:atan2:complexArgs", "Inputs must be real.");
}

// hypot of complex inputs uses their magnitudes.
VoidResult hypot_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(check_numeric(cx, args[0]));
    TRY_VOID(check_numeric(cx, args[1]));
    if (any_integer(args))
        return integer_unsupported(cx);
    if (any_single(args))
        return single_binary(cx, args, outs, hypot_builtin);
    Value mags[2];
    for (int k = 0; k < 2; ++k) {
        auto* d = args[k].as_double_array();
        if (d && d->is_complex()) {
            Value one[1];
            TRY_VOID(abs_builtin(cx, args.subspan(k, 1), one));
            mags[k] = std::move(one[0]);
        } else {
            mags[k] = args[k];
        }
    }
    Value both[2] = { mags[0], mags[1] };
    return real_binary_builtin(cx, both, outs, HypotF {}, "", "");
}

} // namespace

// round(x) rounds half away from zero; round(x, n[, type]) rounds to n digits
// (numeric_round.hpp).
static VoidResult round_builtin(CallContext& cx, Args args, Outs outs)
{
    if (args.size() > 1)
        return numeric::round_digits(cx, args, outs);
    return unary_builtin<Round>(cx, args, outs);
}

void register_math_builtins(BuiltinTable& t)
{
    auto unary = [&](std::string_view name, BuiltinFn fn) { t.add({ .name = name, .fn = fn, .min_in = 1, .max_in = 1, .max_out = 1 }); };
    auto binary = [&](std::string_view name, BuiltinFn fn) { t.add({ .name = name, .fn = fn, .min_in = 2, .max_in = 2, .max_out = 1 }); };
    unary("abs", abs_builtin);
    unary("sign", unary_builtin<Sign>);
    unary("sqrt", unary_builtin<Sqrt>);
    unary("exp", unary_builtin<Exp>);
    unary("log", unary_builtin<Log>);
    t.add({ .name = "log2", .fn = log2_builtin, .min_in = 1, .max_in = 1, .max_out = 2 });
    unary("log10", unary_builtin<Log10>);
    unary("floor", unary_builtin<Floor>);
    unary("ceil", unary_builtin<Ceil>);
    t.add({ .name = "round", .fn = round_builtin, .min_in = 1, .max_in = 3, .max_out = 1 });
    unary("fix", unary_builtin<Fix>);
    unary("sin", unary_builtin<Sin>);
    unary("cos", unary_builtin<Cos>);
    unary("tan", unary_builtin<Tan>);
    unary("asin", unary_builtin<Asin>);
    unary("acos", unary_builtin<Acos>);
    unary("atan", unary_builtin<Atan>);
    unary("sinh", unary_builtin<Sinh>);
    unary("cosh", unary_builtin<Cosh>);
    unary("tanh", unary_builtin<Tanh>);
    unary("conj", unary_builtin<Conj>);
    unary("real", real_builtin);
    unary("imag", imag_builtin);
    unary("angle", angle_builtin);
    unary("isnan", isnan_builtin);
    unary("isinf", isinf_builtin);
    unary("isfinite", isfinite_builtin);
    unary("isreal", isreal_builtin);
    binary("mod", mod_builtin);
    binary("rem", rem_builtin);
    binary("atan2", atan2_builtin);
    binary("hypot", hypot_builtin);
}

} // namespace runmat::runtime
