// Element-wise special and elementary functions not in math.cpp: reciprocal and inverse
// hyperbolic trig, degree-based trig, expm1/log1p, gamma/gammaln, erf family, beta, nthroot,
// deg2rad/rad2deg, nextpow2, and round(x, n[, type]) as round_digits. Real inputs outside a
// function's real domain (acosh(0.5), log1p(-2)) give complex results as in MATLAB.
#include "runtime/builtins/numeric_common.hpp"
#include "runtime/builtins/numeric_round.hpp"
#include "runtime/elementwise.hpp"
#include <cmath>

namespace runmat::runtime::numeric {

namespace {

constexpr double PI = 3.141592653589793;
constexpr double DEG = PI / 180; // MATLAB's (pi/180)
constexpr double RAD = 180 / PI; // MATLAB's (180/pi)

// For a real x outside [-1, 1], MATLAB's asin/acos take the branch whose imaginary zero has
// the opposite sign of x (asin(2) = pi/2 - 1.317i), as math.cpp does.
Cd branch(double x) { return Cd(x, std::copysign(0.0, -x)); }
Cd branch(Cd z) { return z.imag() == 0 ? branch(z.real()) : z; }

// ---- Kernels: real(x), cplx(z), in_domain(x) (real result for real x). HAS_COMPLEX false:
// complex input is an error (ERR_ID / ERR_MSG).
struct Always {
    static bool in_domain(double) { return true; }
    static constexpr bool HAS_COMPLEX = true;
};
struct RealOnly {
    static bool in_domain(double) { return true; }
    static Cd cplx(Cd z) { return z; }
    static constexpr bool HAS_COMPLEX = false;
};

struct Sec : Always {
    static double real(double x) { return 1 / std::cos(x); }
    static Cd cplx(Cd z) { return 1.0 / std::cos(z); }
};
struct Csc : Always {
    static double real(double x) { return 1 / std::sin(x); }
    static Cd cplx(Cd z) { return 1.0 / std::sin(z); }
};
struct Cot : Always {
    static double real(double x) { return 1 / std::tan(x); }
    static Cd cplx(Cd z) { return 1.0 / std::tan(z); }
};
struct Asec {
    static constexpr bool HAS_COMPLEX = true;
    static bool in_domain(double x) { return !(std::fabs(x) < 1); }
    static double real(double x) { return std::acos(1 / x); }
    static Cd cplx(Cd z) { return std::acos(branch(1.0 / z)); }
};
struct Acsc {
    static constexpr bool HAS_COMPLEX = true;
    static bool in_domain(double x) { return !(std::fabs(x) < 1); }
    static double real(double x) { return std::asin(1 / x); }
    static Cd cplx(Cd z) { return std::asin(branch(1.0 / z)); }
};
struct Acot : Always {
    static double real(double x) { return std::atan(1 / x); }
    static Cd cplx(Cd z) { return std::atan(1.0 / z); }
};
struct Sech : Always {
    static double real(double x) { return 1 / std::cosh(x); }
    static Cd cplx(Cd z) { return 1.0 / std::cosh(z); }
};
struct Csch : Always {
    static double real(double x) { return 1 / std::sinh(x); }
    static Cd cplx(Cd z) { return 1.0 / std::sinh(z); }
};
struct Coth : Always {
    static double real(double x) { return 1 / std::tanh(x); }
    static Cd cplx(Cd z) { return 1.0 / std::tanh(z); }
};
struct Asinh : Always {
    static double real(double x) { return std::asinh(x); }
    static Cd cplx(Cd z) { return std::asinh(z); }
};
struct Acosh {
    static constexpr bool HAS_COMPLEX = true;
    static bool in_domain(double x) { return !(x < 1); }
    static double real(double x) { return std::acosh(x); }
    static Cd cplx(Cd z) { return std::acosh(z); }
};
struct Atanh {
    static constexpr bool HAS_COMPLEX = true;
    static bool in_domain(double x) { return !(std::fabs(x) > 1); }
    static double real(double x) { return std::atanh(x); }
    static Cd cplx(Cd z) { return std::atanh(z); }
};
struct Asech {
    static constexpr bool HAS_COMPLEX = true;
    static bool in_domain(double x) { return !(x < 0 || x > 1); }
    static double real(double x) { return std::acosh(1 / x); }
    static Cd cplx(Cd z) { return std::acosh(1.0 / z); }
};
struct Acsch : Always {
    static double real(double x) { return std::asinh(1 / x); }
    static Cd cplx(Cd z) { return std::asinh(1.0 / z); }
};
struct Acoth {
    static constexpr bool HAS_COMPLEX = true;
    static bool in_domain(double x) { return !(std::fabs(x) < 1); }
    static double real(double x) { return std::atanh(1 / x); }
    static Cd cplx(Cd z) { return std::atanh(1.0 / z); }
};
struct Expm1 : Always {
    static double real(double x) { return std::expm1(x); }
    static Cd cplx(Cd z) { return std::exp(z) - 1.0; }
};
struct Log1p {
    static constexpr bool HAS_COMPLEX = true;
    static bool in_domain(double x) { return !(x < -1); }
    static double real(double x) { return std::log1p(x); }
    static Cd cplx(Cd z) { return std::log(1.0 + z); }
};
struct Deg2rad : Always {
    static double real(double x) { return DEG * x; }
    static Cd cplx(Cd z) { return DEG * z; }
};
struct Rad2deg : Always {
    static double real(double x) { return RAD * x; }
    static Cd cplx(Cd z) { return RAD * z; }
};

// Degree trig (MATLAB sind.m etc.): reduce to the nearest multiple of 90 first so that exact
// multiples give exact 0, 1 and Inf.
double sind_real(double x)
{
    if (!std::isfinite(x))
        return std::numeric_limits<double>::quiet_NaN();
    double n = std::round(x / 90);
    double r = (x - n * 90) * DEG;
    int m = static_cast<int>(std::fmod(std::fmod(n, 4) + 4, 4));
    double v = m == 0 ? std::sin(r) : m == 1 ? std::cos(r) : m == 2 ? -std::sin(r) : -std::cos(r);
    return v + 0.0; // -0 -> 0
}

struct Sind : Always {
    static double real(double x) { return sind_real(x); }
    static Cd cplx(Cd z) { return std::sin(DEG * z); }
};
struct Cosd : Always {
    static double real(double x)
    {
        if (!std::isfinite(x))
            return std::numeric_limits<double>::quiet_NaN();
        double n = std::round(x / 90);
        double r = (x - n * 90) * DEG;
        int m = static_cast<int>(std::fmod(std::fmod(n, 4) + 4, 4));
        double v = m == 0 ? std::cos(r) : m == 1 ? -std::sin(r) : m == 2 ? -std::cos(r) : std::sin(r);
        return v + 0.0;
    }
    static Cd cplx(Cd z) { return std::cos(DEG * z); }
};
// tand (MATLAB tand.m): odd multiples of 90 give Inf with the sign of the multiple.
struct Tand : Always {
    static double real(double x)
    {
        if (!std::isfinite(x))
            return std::numeric_limits<double>::quiet_NaN();
        double n = std::round(x / 90);
        double r = x - n * 90;
        if (std::fmod(n, 2) == 0)
            return std::tan(DEG * r);
        if (r != 0)
            return -1 / std::tan(DEG * r);
        return n >= 0 ? Inf : -Inf;
    }
    static Cd cplx(Cd z) { return std::tan(DEG * z); }
};
struct Asind {
    static constexpr bool HAS_COMPLEX = true;
    static bool in_domain(double x) { return !(std::fabs(x) > 1); }
    static double real(double x) { return RAD * std::asin(x); }
    static Cd cplx(Cd z) { return RAD * std::asin(branch(z)); }
};
struct Acosd {
    static constexpr bool HAS_COMPLEX = true;
    static bool in_domain(double x) { return !(std::fabs(x) > 1); }
    static double real(double x) { return RAD * std::acos(x); }
    static Cd cplx(Cd z) { return RAD * std::acos(branch(z)); }
};
struct Atand : Always {
    static double real(double x) { return RAD * std::atan(x); }
    static Cd cplx(Cd z) { return RAD * std::atan(z); }
};

// gamma has poles at 0 and the negative integers, where MATLAB returns Inf.
struct Gamma : RealOnly {
    static double real(double x)
    {
        if (x <= 0 && x == std::floor(x))
            return x == 0 ? std::copysign(Inf, x) : Inf;
        return std::tgamma(x);
    }
};
struct Gammaln : RealOnly {
    static double real(double x) { return std::lgamma(x); }
};
struct Erf : RealOnly {
    static double real(double x) { return std::erf(x); }
};
struct Erfc : RealOnly {
    static double real(double x) { return std::erfc(x); }
};

// Inverse normal CDF (Acklam's rational approximation, relative error < 1.2e-9), the seed for
// the Newton steps of erfinv/erfcinv.
double norminv_seed(double p)
{
    static constexpr double a[] = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00 };
    static constexpr double b[] = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01 };
    static constexpr double c[] = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00 };
    static constexpr double d[] = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00 };
    if (p < 0.02425) {
        double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - 0.02425) {
        double q = std::sqrt(-2 * std::log1p(-p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    double q = p - 0.5, r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

constexpr double TWO_OVER_SQRT_PI = 1.1283791670955126;

struct Erfinv : RealOnly {
    static double real(double x)
    {
        if (!(std::fabs(x) <= 1))
            return std::numeric_limits<double>::quiet_NaN();
        if (std::fabs(x) == 1)
            return std::copysign(Inf, x);
        if (x == 0)
            return x;
        double y = norminv_seed((1 + x) / 2) / std::sqrt(2.0);
        for (int i = 0; i < 3; ++i) { // Newton on erf(y) - x: full relative accuracy near 0
            double step = (std::erf(y) - x) / (TWO_OVER_SQRT_PI * std::exp(-y * y));
            y -= step;
            if (std::fabs(step) <= 1e-17 * std::fabs(y))
                break;
        }
        return y;
    }
};
struct Erfcinv : RealOnly {
    static double real(double x)
    {
        if (!(x >= 0 && x <= 2))
            return std::numeric_limits<double>::quiet_NaN();
        if (x == 0)
            return Inf;
        if (x == 2)
            return -Inf;
        if (x == 1)
            return 0;
        double y = -norminv_seed(x / 2) / std::sqrt(2.0);
        for (int i = 0; i < 3; ++i) { // Newton on erfc(y) - x: accurate for tiny x too
            double step = (std::erfc(y) - x) / (-TWO_OVER_SQRT_PI * std::exp(-y * y));
            y -= step;
            if (std::fabs(step) <= 1e-17 * std::fabs(y))
                break;
        }
        return y;
    }
};

// ---- The unary driver -------------------------------------------------------------------

template <typename K>
Value map_unary(DoubleOperand const& x)
{
    size_t n = x.numel();
    double const* re = x.re();
    bool real = !x.is_complex();
    for (size_t i = 0; real && i < n; ++i)
        real = K::in_domain(re[i]);
    auto out = new_double(x.dims());
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
        double xi = im ? im[i] : 0.0;
        if (xi == 0 && K::in_domain(re[i])) { // real elements keep the real kernel's accuracy
            po[i] = K::real(re[i]);
            pi[i] = 0;
            continue;
        }
        Cd r = K::cplx(Cd(re[i], xi));
        po[i] = r.real();
        pi[i] = r.imag();
    }
    drop_zero_imag(*out);
    return make_double(std::move(out));
}

struct RealError {
    char const* id;
    char const* message;
};

template <typename K>
VoidResult unary(CallContext& cx, Args args, Outs outs, RealError err = { "", "" })
{
    TRY_VOID(require_float(cx, args[0]));
    if (args[0].is_num() && K::in_domain(args[0].num())) {
        outs[0] = Value::scalar(K::real(args[0].num()));
        return {};
    }
    if (!K::HAS_COMPLEX)
        TRY_VOID(require_real(cx, args[0], err.id, err.message));
    DoubleOperand x(args[0]);
    Value r = map_unary<K>(x);
    outs[0] = TRY(as_class(cx, std::move(r), float_class(args)));
    return {};
}

template <typename K>
VoidResult unary_builtin(CallContext& cx, Args args, Outs outs) { return unary<K>(cx, args, outs); }

VoidResult gamma_builtin(CallContext& cx, Args args, Outs outs)
{
    return unary<Gamma>(cx, args, outs, { "MATLAB:gamma:notFullReal", "Input must be real and full." });
}

VoidResult gammaln_builtin(CallContext& cx, Args args, Outs outs)
{
    RealError err { "MATLAB:gammaln:ComplexOrNegInputs", "Input arguments must be real and nonnegative." };
    TRY_VOID(require_float(cx, args[0]));
    NumericView nv(args[0]);
    for (size_t i = 0; i < nv.numel(); ++i)
        if (nv[i] < 0)
            return cx.error(err.id, err.message);
    return unary<Gammaln>(cx, args, outs, err);
}

template <typename K>
VoidResult erf_family(CallContext& cx, Args args, Outs outs)
{
    std::string id = "MATLAB:" + std::string(cx.name) + ":notFullReal";
    return unary<K>(cx, args, outs, { id.c_str(), "Input must be real and full." });
}

// ---- Binary functions: nthroot, beta, atan2d ----------------------------------------------

template <typename F>
VoidResult real_binary(CallContext& cx, Args args, Outs outs, RealError err, F f)
{
    TRY_VOID(require_float(cx, args[0]));
    TRY_VOID(require_float(cx, args[1]));
    TRY_VOID(require_real(cx, args[0], err.id, err.message));
    TRY_VOID(require_real(cx, args[1], err.id, err.message));
    DoubleOperand a(args[0]), b(args[1]);
    Dims od = TRY(broadcast_dims(a.dims(), b.dims()));
    auto out = new_double(od);
    apply_real(f, out->data(), a, b, od);
    outs[0] = TRY(as_class(cx, make_double(std::move(out)), float_class(args)));
    return {};
}

// MATLAB nthroot.m: the real root with x's sign, then one Newton step to fix rounding
// (64^(1/3) is not exactly 4).
double nthroot_real(double x, double n)
{
    double y = std::pow(std::fabs(x), 1 / n);
    if (x < 0)
        y = -y;
    if (x != 0 && std::isfinite(x) && y != 0 && std::isfinite(y) && n != 0 && std::isfinite(n))
        y -= (std::pow(y, n) - x) / (n * std::pow(y, n - 1));
    return y;
}

VoidResult nthroot_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_float(cx, args[0]));
    TRY_VOID(require_float(cx, args[1]));
    RealError err { "MATLAB:nthroot:ComplexInput", "Both X and N must be real." };
    TRY_VOID(require_real(cx, args[0], err.id, err.message));
    TRY_VOID(require_real(cx, args[1], err.id, err.message));
    DoubleOperand a(args[0]), b(args[1]);
    Dims od = TRY(broadcast_dims(a.dims(), b.dims()));
    bool bad = false;
    for_each_run(a.dims(), b.dims(), od, [&](size_t, size_t ia, size_t sa, size_t ib, size_t sb, size_t n) {
        for (size_t i = 0; i < n; ++i) {
            double x = a.re()[ia + i * sa], k = b.re()[ib + i * sb];
            bad |= x < 0 && !(k == std::round(k) && std::fmod(k, 2) != 0);
        }
    });
    if (bad)
        return cx.error("MATLAB:nthroot:negXNotOddIntN", "If X is negative, N must be an odd integer.");
    return real_binary(cx, args, outs, err, nthroot_real);
}

VoidResult beta_builtin(CallContext& cx, Args args, Outs outs)
{
    return real_binary(cx, args, outs, { "MATLAB:beta:ComplexInputs", "Input arguments must be real." },
        [](double z, double w) { return std::exp(std::lgamma(z) + std::lgamma(w) - std::lgamma(z + w)); });
}

VoidResult atan2d_builtin(CallContext& cx, Args args, Outs outs)
{
    return real_binary(cx, args, outs, { "MATLAB:atan2d:complexInput", "Inputs must be real." },
        [](double y, double x) { return RAD * std::atan2(y, x); });
}

// nextpow2(x): the smallest p with 2^p >= |x| (MATLAB: [f, p] = log2(abs(x)), p - (f == 0.5)).
VoidResult nextpow2_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_number_like(cx, args[0]));
    NumericView nv(args[0]);
    auto out = new_double(nv.dims());
    for (size_t i = 0; i < nv.numel(); ++i) {
        double x = std::fabs(nv.is_complex() ? std::hypot(nv[i], nv.imag(i)) : nv[i]);
        double p;
        if (x == 0 || std::isnan(x) || std::isinf(x)) {
            p = std::isnan(x) ? x : x == 0 ? 0 : Inf;
        } else {
            int e;
            double f = std::frexp(x, &e);
            p = f == 0.5 ? e - 1 : e;
        }
        out->data()[i] = p;
    }
    ClassId c = args[0].class_id();
    outs[0] = TRY(as_class(cx, make_double(std::move(out)), is_numeric_class(c) ? c : ClassId::Double));
    return {};
}

// ---- round(x, n[, type]) ------------------------------------------------------------------

double round_decimals(double x, double n)
{
    if (!std::isfinite(x))
        return x;
    if (n >= 0) {
        double s = std::pow(10.0, n);
        double y = x * s;
        if (!std::isfinite(y) || std::fabs(y) >= 4503599627370496.0) // already integral at scale
            return x;
        return std::round(y) / s;
    }
    double s = std::pow(10.0, -n);
    return std::round(x / s) * s;
}

double round_significant(double x, double n)
{
    if (x == 0 || !std::isfinite(x))
        return x;
    double digits = std::floor(std::log10(std::fabs(x))) + 1;
    return round_decimals(x, n - digits);
}

} // namespace

VoidResult round_digits(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_number_like(cx, args[0]));
    NumericView nv(args[1]);
    if (!nv.valid() || nv.numel() != 1 || nv.is_complex() || nv[0] != std::round(nv[0]))
        return cx.error("MATLAB:round:NDigitsNotInteger", "N must be an integer.");
    double n = nv[0];
    bool significant = false;
    if (args.size() > 2) {
        auto type = option_text(args[2]);
        if (!type || (*type != "significant" && *type != "decimals"))
            return cx.error("MATLAB:round:InvalidRoundingType", "Rounding type must be 'decimals' or 'significant'.");
        significant = *type == "significant";
        if (significant && n <= 0)
            return cx.error("MATLAB:round:NDigitsNotPositive", "N must be a positive integer when rounding type is 'significant'.");
    }
    ClassId c = args[0].class_id();
    if (is_integer_class(c) && !significant && n >= 0) {
        outs[0] = args[0];
        return {};
    }
    auto f = [&](double x) { return significant ? round_significant(x, n) : round_decimals(x, n); };
    DoubleOperand x(args[0]);
    auto out = new_double(x.dims());
    for (size_t i = 0; i < x.numel(); ++i)
        out->data()[i] = f(x.re()[i]);
    if (x.is_complex()) {
        out->make_complex();
        for (size_t i = 0; i < x.numel(); ++i)
            out->imag()[i] = f(x.im()[i]);
        drop_zero_imag(*out);
    }
    ClassId rc = c == ClassId::Logical || c == ClassId::Char ? ClassId::Double : c;
    outs[0] = TRY(as_class(cx, make_double(std::move(out)), rc));
    return {};
}

void register_numeric_special(BuiltinTable& t)
{
    auto unary_fn = [&](std::string_view name, BuiltinFn fn) { t.add({ .name = name, .fn = fn, .min_in = 1, .max_in = 1, .max_out = 1 }); };
    auto binary_fn = [&](std::string_view name, BuiltinFn fn) { t.add({ .name = name, .fn = fn, .min_in = 2, .max_in = 2, .max_out = 1 }); };
    unary_fn("sec", unary_builtin<Sec>);
    unary_fn("csc", unary_builtin<Csc>);
    unary_fn("cot", unary_builtin<Cot>);
    unary_fn("asec", unary_builtin<Asec>);
    unary_fn("acsc", unary_builtin<Acsc>);
    unary_fn("acot", unary_builtin<Acot>);
    unary_fn("sech", unary_builtin<Sech>);
    unary_fn("csch", unary_builtin<Csch>);
    unary_fn("coth", unary_builtin<Coth>);
    unary_fn("asinh", unary_builtin<Asinh>);
    unary_fn("acosh", unary_builtin<Acosh>);
    unary_fn("atanh", unary_builtin<Atanh>);
    unary_fn("asech", unary_builtin<Asech>);
    unary_fn("acsch", unary_builtin<Acsch>);
    unary_fn("acoth", unary_builtin<Acoth>);
    unary_fn("expm1", unary_builtin<Expm1>);
    unary_fn("log1p", unary_builtin<Log1p>);
    unary_fn("deg2rad", unary_builtin<Deg2rad>);
    unary_fn("rad2deg", unary_builtin<Rad2deg>);
    unary_fn("sind", unary_builtin<Sind>);
    unary_fn("cosd", unary_builtin<Cosd>);
    unary_fn("tand", unary_builtin<Tand>);
    unary_fn("asind", unary_builtin<Asind>);
    unary_fn("acosd", unary_builtin<Acosd>);
    unary_fn("atand", unary_builtin<Atand>);
    unary_fn("gamma", gamma_builtin);
    unary_fn("gammaln", gammaln_builtin);
    unary_fn("erf", erf_family<Erf>);
    unary_fn("erfc", erf_family<Erfc>);
    unary_fn("erfinv", erf_family<Erfinv>);
    unary_fn("erfcinv", erf_family<Erfcinv>);
    unary_fn("nextpow2", nextpow2_builtin);
    binary_fn("nthroot", nthroot_builtin);
    binary_fn("beta", beta_builtin);
    binary_fn("atan2d", atan2d_builtin);
}

} // namespace runmat::runtime::numeric
