// Named constants: pi, Inf, NaN, eps, i/j, realmax, realmin, flintmax. Each is also a
// function of size arguments (NaN(2,3), Inf(1,n), pi(2)), shaped exactly as zeros(...).
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include <cfloat>
#include <cmath>
#include <limits>

namespace runmat::runtime {

namespace {

// zeros(args...) then fill with `value`; the size forms and their errors come from zeros.
VoidResult filled_like_zeros(CallContext& cx, Args args, Outs outs, double value)
{
    if (args.empty()) {
        outs[0] = Value::scalar(value);
        return {};
    }
    BuiltinSpec const* zeros = builtins().find("zeros");
    TRY_VOID(zeros->fn(cx, args, outs));
    if (outs[0].is_num()) {
        outs[0] = Value::scalar(value);
        return {};
    }
    if (outs[0].class_id() != ClassId::Double)
        return cx.error("MATLAB:" + std::string(cx.name) + ":invalidClass", "Class must be 'double' or 'single'.");
    DoubleArray* a = outs[0].mutable_double_array();
    std::fill(a->data(), a->data() + a->numel(), value);
    return {};
}

VoidResult pi_builtin(CallContext& cx, Args args, Outs outs) { return filled_like_zeros(cx, args, outs, M_PI); }
VoidResult inf_builtin(CallContext& cx, Args args, Outs outs) { return filled_like_zeros(cx, args, outs, std::numeric_limits<double>::infinity()); }
VoidResult nan_builtin(CallContext& cx, Args args, Outs outs) { return filled_like_zeros(cx, args, outs, std::numeric_limits<double>::quiet_NaN()); }
VoidResult realmax_builtin(CallContext& cx, Args args, Outs outs) { return filled_like_zeros(cx, args, outs, DBL_MAX); }
VoidResult realmin_builtin(CallContext& cx, Args args, Outs outs) { return filled_like_zeros(cx, args, outs, DBL_MIN); }
VoidResult flintmax_builtin(CallContext& cx, Args args, Outs outs) { return filled_like_zeros(cx, args, outs, 9007199254740992.0); }

// eps: distance from |x| to the next larger double. eps with no argument is eps(1);
// eps('double') likewise; eps(X) is element-wise; eps of NaN/Inf is NaN.
double eps_of(double x)
{
    x = std::fabs(x);
    if (!std::isfinite(x))
        return std::numeric_limits<double>::quiet_NaN();
    if (x < DBL_MIN)
        return std::numeric_limits<double>::denorm_min();
    int e;
    std::frexp(x, &e);
    return std::ldexp(1.0, e - 53);
}

VoidResult eps_builtin(CallContext& cx, Args args, Outs outs)
{
    if (args.empty() || (args.size() == 1 && is_char_row(args[0]))) {
        outs[0] = Value::scalar(DBL_EPSILON);
        return {};
    }
    if (args.size() > 1)
        return filled_like_zeros(cx, args, outs, DBL_EPSILON);
    NumericView nv(args[0]);
    if (!nv.valid() || args[0].class_id() == ClassId::Char || args[0].class_id() == ClassId::Logical)
        return cx.error("MATLAB:eps:invalidInput", "Input must be floating point.");
    auto r = new_double(nv.dims());
    for (size_t k = 0; k < nv.numel(); ++k)
        r->data()[k] = eps_of(nv[k]);
    outs[0] = make_double(std::move(r));
    return {};
}

// The imaginary unit (i and j), as a function: i, or sized like zeros (complex(0,1)*ones).
VoidResult imag_unit_builtin(CallContext& cx, Args args, Outs outs)
{
    if (!args.empty())
        return cx.error("MATLAB:TooManyInputs", "Too many input arguments.");
    outs[0] = Value::complex(0, 1);
    return {};
}

} // namespace

void register_constant_builtins(BuiltinTable& table)
{
    table.add({ .name = "pi", .fn = pi_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "Inf", .fn = inf_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "inf", .fn = inf_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "NaN", .fn = nan_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "nan", .fn = nan_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "eps", .fn = eps_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "realmax", .fn = realmax_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "realmin", .fn = realmin_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "flintmax", .fn = flintmax_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "i", .fn = imag_unit_builtin, .min_in = 0, .max_in = 0, .max_out = 1 });
    table.add({ .name = "j", .fn = imag_unit_builtin, .min_in = 0, .max_in = 0, .max_out = 1 });
}

} // namespace runmat::runtime
