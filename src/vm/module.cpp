// Loading compiled modules (constants materialised as Values, call-site caches, persistent
// storage) and the scalar fast paths of hot builtins.
#include "vm/vm.hpp"
#include <cmath>
#include <cstdint>

namespace runmat::vm {

using runtime::Value;

namespace {

Value materialise(bytecode::Constant const& c)
{
    switch (c.kind) {
    case bytecode::Constant::Kind::Num: return Value::scalar(c.re);
    case bytecode::Constant::Kind::Complex: return Value::complex(c.re, c.im);
    case bytecode::Constant::Kind::Char: return Value::char_row(c.text);
    case bytecode::Constant::Kind::String: return Value::char_row(c.text); // FIXME: string class
    }
    return Value();
}

} // namespace

std::shared_ptr<Module> load_module(std::shared_ptr<bytecode::Module const> code, std::string file)
{
    auto m = std::make_shared<Module>();
    m->code = std::move(code);
    m->file = std::move(file);
    m->functions.resize(m->code->functions.size());
    for (size_t i = 0; i < m->functions.size(); ++i) {
        bytecode::Chunk const& c = m->code->functions[i];
        Function& f = m->functions[i];
        f.chunk = &c;
        f.module = m.get();
        f.file = m->file;
        f.constants.reserve(c.constants.size());
        for (auto const& k : c.constants)
            f.constants.push_back(materialise(k));
        f.sites.resize(c.num_sites);
        f.persistents.resize(c.num_persistents);
        f.simple = c.kind == bytecode::ChunkKind::Function && c.varargin_slot < 0 && c.nargin_slot < 0 && c.nargout_slot < 0;
        f.ret_slot = c.outputs.empty() ? -1 : static_cast<int32_t>(c.outputs[0]);
    }
    return m;
}

Function* Module::local_function(std::string_view name)
{
    auto it = code->local_functions.find(std::string(name));
    return it == code->local_functions.end() ? nullptr : &functions[static_cast<size_t>(it->second)];
}

namespace {

bool is_int(double x) { return x == std::floor(x) && std::isfinite(x); }

// mod/rem on integer-valued doubles below 2^53 are exact in int64 arithmetic (glibc's fmod
// is a slow bitwise loop for large quotients). Other inputs take the builtin (its round-off
// compensation for non-integers, Inf/NaN rules).
constexpr double EXACT_INT = 9007199254740992.0; // 2^53

// True for integer-valued doubles below 2^53 in magnitude (then int64 conversions are exact).
bool small_int(double x, int64_t* out)
{
    if (!(std::fabs(x) < EXACT_INT))
        return false;
    int64_t i = static_cast<int64_t>(x);
    *out = i;
    return static_cast<double>(i) == x;
}

// x - q*y with q = trunc(x/y) possibly off by one, corrected into MATLAB's range: all the
// products and differences are integers below 2^53, so exact (and no slow integer divide).
bool mod_fast(double x, double y, double* out)
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

bool rem_fast(double x, double y, double* out)
{
    int64_t a, b;
    if (!small_int(x, &a) || !small_int(y, &b) || b == 0)
        return false;
    *out = static_cast<double>(a % b);
    return true;
}

bool abs_fast(double x, double, double* out) { *out = std::fabs(x); return true; }
bool floor_fast(double x, double, double* out) { *out = std::floor(x); return true; }
bool ceil_fast(double x, double, double* out) { *out = std::ceil(x); return true; }
bool round_fast(double x, double, double* out) { *out = std::round(x); return true; }
bool fix_fast(double x, double, double* out) { *out = std::trunc(x); return true; }
bool sqrt_fast(double x, double, double* out)
{
    if (!(x >= 0))
        return false; // negative: complex result
    *out = std::sqrt(x);
    return true;
}
bool exp_fast(double x, double, double* out) { *out = std::exp(x); return true; }
bool log_fast(double x, double, double* out)
{
    if (!(x >= 0))
        return false;
    *out = std::log(x);
    return true;
}
bool sin_fast(double x, double, double* out) { *out = std::sin(x); return true; }
bool cos_fast(double x, double, double* out) { *out = std::cos(x); return true; }
bool tan_fast(double x, double, double* out) { *out = std::tan(x); return true; }
bool atan_fast(double x, double, double* out) { *out = std::atan(x); return true; }
bool sign_fast(double x, double, double* out)
{
    if (x != x)
        return false;
    *out = x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0;
    return true;
}
bool max_fast(double x, double y, double* out)
{
    if (x != x || y != y)
        return false;
    *out = x >= y ? x : y;
    return true;
}
bool min_fast(double x, double y, double* out)
{
    if (x != x || y != y)
        return false;
    *out = x <= y ? x : y;
    return true;
}
bool hypot_fast(double x, double y, double* out) { *out = std::hypot(x, y); return true; }
bool atan2_fast(double x, double y, double* out) { *out = std::atan2(x, y); return true; }

struct FastEntry {
    std::string_view name;
    int nargs;
    ScalarFast fn;
};

constexpr FastEntry FAST[] = {
    { "mod", 2, mod_fast }, { "rem", 2, rem_fast }, { "abs", 1, abs_fast }, { "floor", 1, floor_fast },
    { "ceil", 1, ceil_fast }, { "round", 1, round_fast }, { "fix", 1, fix_fast }, { "sqrt", 1, sqrt_fast },
    { "exp", 1, exp_fast }, { "log", 1, log_fast }, { "sin", 1, sin_fast }, { "cos", 1, cos_fast },
    { "tan", 1, tan_fast }, { "atan", 1, atan_fast }, { "sign", 1, sign_fast }, { "max", 2, max_fast },
    { "min", 2, min_fast }, { "hypot", 2, hypot_fast }, { "atan2", 2, atan2_fast },
};

} // namespace

ScalarFast scalar_fast_path(std::string_view name, int nargs)
{
    for (auto const& e : FAST)
        if (e.name == name && e.nargs == nargs)
            return e.fn;
    return nullptr;
}

} // namespace runmat::vm
