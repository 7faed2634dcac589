// Numeric builtins: the registration entry point and the helpers numeric_*.cpp share
// (option text, dimension arguments, class checks). The builtins themselves live in
// numeric_integer.cpp, numeric_special.cpp, numeric_stats.cpp, numeric_poly.cpp and
// numeric_calc.cpp.
#include "runtime/builtins/numeric_common.hpp"
#include "runtime/elementwise.hpp"
#include <algorithm>
#include <cctype>
#include <cmath>

namespace runmat::runtime {

namespace numeric {

std::optional<std::string> option_text(Value const& v)
{
    auto* c = v.as_char_array();
    if (!c || !(c->shape().is_row() || c->numel() == 0))
        return std::nullopt;
    std::string s;
    s.reserve(c->numel());
    for (size_t i = 0; i < c->numel(); ++i) {
        char16_t u = c->data()[i];
        s.push_back(u < 128 ? static_cast<char>(std::tolower(static_cast<int>(u))) : '?');
    }
    return s;
}

Dims with_dim(Dims d, size_t k, size_t n)
{
    d.set(k, n);
    return d;
}

Result<size_t> dim_arg(CallContext const& cx, Value const& v)
{
    NumericView nv(v);
    double x = nv.valid() && nv.numel() == 1 && !nv.is_complex() ? nv[0] : 0;
    if (!(x >= 1) || x != std::floor(x) || std::isinf(x))
        return cx.error("MATLAB:getdimarg:dimensionMustBePositiveInteger",
            "Dimension argument must be a positive integer scalar within indexing range.");
    return static_cast<size_t>(x) - 1;
}

VoidResult require_number_like(CallContext const& cx, Value const& v)
{
    if (is_number_like(v.class_id()))
        return {};
    return cx.error("MATLAB:UndefinedFunction",
        "Undefined function '" + std::string(cx.name) + "' for input arguments of type '" + std::string(value_class_name(v)) + "'.");
}

VoidResult require_float(CallContext const& cx, Value const& v)
{
    TRY_VOID(require_number_like(cx, v));
    if (is_integer_class(v.class_id()))
        return cx.error("MATLAB:UndefinedFunction",
            "Check for incorrect argument data type or missing argument in call to function '" + std::string(cx.name) + "'.");
    return {};
}

VoidResult require_real(CallContext const& cx, Value const& v, char const* id, char const* message)
{
    auto* d = v.as_double_array();
    if (d && d->is_complex())
        return cx.error(id, message);
    return {};
}

std::vector<double> real_values(Value const& v)
{
    NumericView nv(v);
    std::vector<double> out(nv.valid() ? nv.numel() : 0);
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = nv[i];
    return out;
}

ClassId float_class(Args args)
{
    for (Value const& a : args)
        if (a.class_id() == ClassId::Single)
            return ClassId::Single;
    return ClassId::Double;
}

Result<Value> as_class(CallContext const& cx, Value v, ClassId c)
{
    if (c == ClassId::Double)
        return v;
    Result<Value> r = convert_class(v, c);
    if (!r) {
        RuntimeError e = r.release_error();
        e.raised_by = std::string(cx.name);
        return e;
    }
    return r;
}

Value double_from(Dims d, double const* p)
{
    auto a = new_double(d);
    std::copy(p, p + d.numel(), a->data());
    return make_double(std::move(a));
}

Value row_from(std::vector<double> const& v) { return double_from(Dims(1, v.size()), v.data()); }
Value col_from(std::vector<double> const& v) { return double_from(Dims(v.size(), 1), v.data()); }

Value complex_from(Dims d, std::vector<Cd> const& v)
{
    auto a = new_double(d);
    a->make_complex();
    for (size_t i = 0; i < v.size(); ++i) {
        a->data()[i] = v[i].real();
        a->imag()[i] = v[i].imag();
    }
    drop_zero_imag(*a);
    return make_double(std::move(a));
}

} // namespace numeric

void register_numeric_builtins(BuiltinTable& t)
{
    numeric::register_numeric_integer(t);
    numeric::register_numeric_special(t);
    numeric::register_numeric_stats(t);
    numeric::register_numeric_poly(t);
    numeric::register_numeric_calc(t);
}

} // namespace runmat::runtime
