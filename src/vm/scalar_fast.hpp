// Scalar fast paths of hot builtins on unboxed doubles (mod(i, 7), abs(x), ...). Each returns
// false to fall back to the builtin itself. Inline, so the interpreter can inline the hottest.
#pragma once
#include "vm/vm.hpp"
#include <cmath>
#include <cstdint>
#include <string_view>

namespace runmat::vm {

namespace fast {

// mod/rem on integer-valued doubles below 2^53 are exact in int64 arithmetic (glibc's fmod
// is a slow bitwise loop for large quotients). Other inputs take the builtin (its round-off
// compensation for non-integers, Inf/NaN rules).
inline constexpr double EXACT_INT = 9007199254740992.0; // 2^53

// True for integer-valued doubles below 2^53 in magnitude (then int64 conversions are exact).
inline bool small_int(double x, int64_t* out)
{
    if (!(std::fabs(x) < EXACT_INT))
        return false;
    int64_t i = static_cast<int64_t>(x);
    *out = i;
    return static_cast<double>(i) == x;
}

// x - q*y with q = trunc(x/y) possibly off by one, corrected into MATLAB's range: all the
// products and differences are integers below 2^53, so exact (and no slow integer divide).
inline bool mod_fast(double x, double y, double* out)
{
    int64_t a, b;
    if (!small_int(x, &a) || !small_int(y, &b))
        return false;
    if (b == 0) {
        *out = x;
        return true;
    }
    double q = static_cast<double>(static_cast<int64_t>(x / y));
    double r = x - q * y;
    if (y > 0) {
        if (r < 0)
            r += y;
        else if (r >= y)
            r -= y;
    } else {
        if (r > 0)
            r += y;
        else if (r <= y)
            r -= y;
    }
    *out = r + 0.0; // no -0
    return true;
}

inline bool rem_fast(double x, double y, double* out)
{
    int64_t a, b;
    if (!small_int(x, &a) || !small_int(y, &b) || b == 0)
        return false;
    *out = static_cast<double>(a % b);
    return true;
}

inline bool abs_fast(double x, double, double* out) { *out = std::fabs(x); return true; }
inline bool floor_fast(double x, double, double* out) { *out = std::floor(x); return true; }
inline bool ceil_fast(double x, double, double* out) { *out = std::ceil(x); return true; }
inline bool round_fast(double x, double, double* out) { *out = std::round(x); return true; }
inline bool fix_fast(double x, double, double* out) { *out = std::trunc(x); return true; }
inline bool sqrt_fast(double x, double, double* out)
{
    if (!(x >= 0))
        return false; // negative: complex result
    *out = std::sqrt(x);
    return true;
}
inline bool exp_fast(double x, double, double* out) { *out = std::exp(x); return true; }
inline bool log_fast(double x, double, double* out)
{
    if (!(x >= 0))
        return false;
    *out = std::log(x);
    return true;
}
inline bool sin_fast(double x, double, double* out) { *out = std::sin(x); return true; }
inline bool cos_fast(double x, double, double* out) { *out = std::cos(x); return true; }
inline bool tan_fast(double x, double, double* out) { *out = std::tan(x); return true; }
inline bool atan_fast(double x, double, double* out) { *out = std::atan(x); return true; }
inline bool sign_fast(double x, double, double* out)
{
    if (x != x)
        return false;
    *out = x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0;
    return true;
}
inline bool max_fast(double x, double y, double* out)
{
    if (x != x || y != y)
        return false;
    *out = x >= y ? x : y;
    return true;
}
inline bool min_fast(double x, double y, double* out)
{
    if (x != x || y != y)
        return false;
    *out = x <= y ? x : y;
    return true;
}
inline bool hypot_fast(double x, double y, double* out) { *out = std::hypot(x, y); return true; }
inline bool atan2_fast(double x, double y, double* out) { *out = std::atan2(x, y); return true; }

struct FastEntry {
    std::string_view name;
    int nargs;
    ScalarFast fn;
};

inline constexpr FastEntry TABLE[] = {
    { "mod", 2, mod_fast }, { "rem", 2, rem_fast }, { "abs", 1, abs_fast }, { "floor", 1, floor_fast },
    { "ceil", 1, ceil_fast }, { "round", 1, round_fast }, { "fix", 1, fix_fast }, { "sqrt", 1, sqrt_fast },
    { "exp", 1, exp_fast }, { "log", 1, log_fast }, { "sin", 1, sin_fast }, { "cos", 1, cos_fast },
    { "tan", 1, tan_fast }, { "atan", 1, atan_fast }, { "sign", 1, sign_fast }, { "max", 2, max_fast },
    { "min", 2, min_fast }, { "hypot", 2, hypot_fast }, { "atan2", 2, atan2_fast },
};

} // namespace fast


} // namespace runmat::vm
