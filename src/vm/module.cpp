// Loading compiled modules (constants materialised as Values, call-site caches, persistent
// storage) and the scalar fast paths of hot builtins.
#include "vm/vm.hpp"
#include <cmath>

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

// mod/rem on integer-valued doubles are exact with fmod; other inputs take the builtin (its
// round-off compensation for non-integers).
bool mod_fast(double x, double y, double* out)
{
    if (!is_int(x) || !is_int(y))
        return false;
    if (y == 0) {
        *out = x;
        return true;
    }
    double r = std::fmod(x, y);
    if (r != 0 && ((r < 0) != (y < 0)))
        r += y;
    *out = r + 0.0; // no -0
    return true;
}

bool rem_fast(double x, double y, double* out)
{
    if (!is_int(x) || !is_int(y) || y == 0)
        return false;
    *out = std::fmod(x, y);
    if (*out == 0)
        *out = 0.0;
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
