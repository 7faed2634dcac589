// Named constants: pi, Inf, NaN, eps, i/j, realmax, realmin, flintmax. Each is also a
// function of size arguments (NaN(2,3), Inf(1,n), pi(2)), shaped exactly as zeros(...), and
// takes a class argument ('double' or 'single', or 'like', p): realmax('single') is single's
// own largest value, pi('single') is pi rounded to single.
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include <cfloat>
#include <cmath>
#include <limits>

namespace runmat::runtime {

namespace {

// zeros(args...) then fill with the constant: `value` for double, `single_value` for single;
// the size and class forms and their errors come from zeros.
VoidResult filled_like_zeros(CallContext& cx, Args args, Outs outs, double value, float single_value)
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
    if (outs[0].class_id() == ClassId::Single) {
        auto* a = static_cast<SingleArray*>(outs[0].make_unique());
        std::fill(a->data(), a->data() + a->numel(), single_value);
        return {};
    }
    if (outs[0].class_id() != ClassId::Double)
        return cx.error("MATLAB:" + std::string(cx.name) + ":invalidClass", "Class must be 'double' or 'single'.");
    DoubleArray* a = outs[0].mutable_double_array();
    std::fill(a->data(), a->data() + a->numel(), value);
    return {};
}

constexpr double INF = std::numeric_limits<double>::infinity();
constexpr double QNAN = std::numeric_limits<double>::quiet_NaN();

VoidResult pi_builtin(CallContext& cx, Args args, Outs outs) { return filled_like_zeros(cx, args, outs, M_PI, static_cast<float>(M_PI)); }
VoidResult inf_builtin(CallContext& cx, Args args, Outs outs) { return filled_like_zeros(cx, args, outs, INF, static_cast<float>(INF)); }
VoidResult nan_builtin(CallContext& cx, Args args, Outs outs) { return filled_like_zeros(cx, args, outs, QNAN, static_cast<float>(QNAN)); }
VoidResult realmax_builtin(CallContext& cx, Args args, Outs outs) { return filled_like_zeros(cx, args, outs, DBL_MAX, FLT_MAX); }
VoidResult realmin_builtin(CallContext& cx, Args args, Outs outs) { return filled_like_zeros(cx, args, outs, DBL_MIN, FLT_MIN); }
VoidResult flintmax_builtin(CallContext& cx, Args args, Outs outs) { return filled_like_zeros(cx, args, outs, 9007199254740992.0, 16777216.0f); }

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

// The same for single: the spacing of floats at |x| (eps(single(1)) is 2^-23).
float eps_of_single(float x)
{
    x = std::fabs(x);
    if (!std::isfinite(x))
        return std::numeric_limits<float>::quiet_NaN();
    if (x < FLT_MIN)
        return std::numeric_limits<float>::denorm_min();
    int e;
    std::frexp(x, &e);
    return std::ldexp(1.0f, e - 24);
}

// eps, eps('double'), eps('single'), eps(X) (double or single X, element-wise, in X's class),
// eps(sz..., class) and eps('like', p).
VoidResult eps_builtin(CallContext& cx, Args args, Outs outs)
{
    if (args.empty() || args.size() > 1 || is_char_row(args[0]))
        return filled_like_zeros(cx, args, outs, DBL_EPSILON, FLT_EPSILON);
    if (auto* f = args[0].as_single_array()) {
        auto r = make_ref<SingleArray>(f->shape());
        for (size_t k = 0; k < f->numel(); ++k)
            r->data()[k] = eps_of_single(f->data()[k]);
        outs[0] = make_single(std::move(r));
        return {};
    }
    NumericView nv(args[0]);
    if (!nv.valid() || args[0].class_id() != ClassId::Double)
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
