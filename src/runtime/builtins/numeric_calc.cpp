// Numerical calculus and interpolation builtins: trapz cumtrapz interp1 logspace.
// interp1 covers 'linear' (default), 'nearest', 'previous', 'next', 'pchip'/'cubic' and
// 'spline' (not-a-knot), with NaN, 'extrap' or a scalar for points outside the grid.
// Knows nothing of the VM.
#include "runtime/builtins/numeric_common.hpp"
#include <algorithm>
#include <cmath>
#include <numeric>

namespace runmat::runtime::numeric {

namespace {

// ---- trapz, cumtrapz --------------------------------------------------------------------

struct TrapzArgs {
    Value const* y = nullptr;
    std::vector<double> x; // empty: unit spacing; one element: scalar spacing
    size_t dim = 0;
};

// trapz(y), trapz(x, y), trapz(y, dim) (second argument scalar), trapz(x, y, dim).
Result<TrapzArgs> trapz_args(CallContext const& cx, Args args)
{
    for (Value const& a : args)
        TRY_VOID(require_float(cx, a));
    TrapzArgs t;
    if (args.size() == 1 || (args.size() == 2 && args[1].is_scalar())) {
        t.y = &args[0];
        t.dim = args.size() == 2 ? TRY(dim_arg(cx, args[1])) : first_nonsingleton(args[0].dims());
        return t;
    }
    t.y = &args[1];
    t.x = real_values(args[0]);
    t.dim = args.size() == 3 ? TRY(dim_arg(cx, args[2])) : first_nonsingleton(args[1].dims());
    size_t len = t.y->dims()[t.dim];
    if (t.x.size() != 1 && (!args[0].dims().is_vector() || t.x.size() != len))
        return cx.error("MATLAB:trapz:LengthXMismatch", "Length of X must match the length of the dimension of Y to integrate over.");
    return t;
}

// Cumulative (or total) trapezoid sums along t.dim; `cumulative` keeps every partial sum.
VoidResult trapz_impl(CallContext& cx, Args args, Outs outs, bool cumulative)
{
    TrapzArgs t = TRY(trapz_args(cx, args));
    TRY_VOID(require_real(cx, *t.y, "MATLAB:trapz:complexInput", "Complex input is not supported."));
    NumericView y(*t.y);
    Dims d = y.dims();
    Slab s = slab_for(d, t.dim);
    Dims od = cumulative ? d : t.dim < d.ndims() ? with_dim(d, t.dim, 1) : d;
    auto out = new_double(od);
    double* po = out->data();
    double h = t.x.size() == 1 ? t.x[0] : 1;
    bool spaced = t.x.size() > 1;
    for (size_t l = 0; l < s.after; ++l)
        for (size_t i = 0; i < s.before; ++i) {
            double acc = 0;
            if (cumulative && s.len > 0)
                po[s.at(i, 0, l)] = 0;
            for (size_t j = 0; j + 1 < s.len; ++j) {
                double pair = y[s.at(i, j, l)] + y[s.at(i, j + 1, l)];
                acc += spaced ? (t.x[j + 1] - t.x[j]) * pair : pair;
                if (cumulative)
                    po[s.at(i, j + 1, l)] = spaced ? acc / 2 : h * acc / 2;
            }
            if (!cumulative)
                po[i + s.before * l] = spaced ? acc / 2 : h * acc / 2;
        }
    outs[0] = TRY(as_class(cx, make_double(std::move(out)), float_class(args)));
    return {};
}

VoidResult trapz_builtin(CallContext& cx, Args args, Outs outs) { return trapz_impl(cx, args, outs, false); }
VoidResult cumtrapz_builtin(CallContext& cx, Args args, Outs outs) { return trapz_impl(cx, args, outs, true); }

// ---- interp1 ----------------------------------------------------------------------------

enum class Method : uint8_t { Linear, Nearest, Previous, Next, Pchip, Spline };

std::optional<Method> method_named(std::string const& s)
{
    if (s == "linear" || s == "*linear")
        return Method::Linear;
    if (s == "nearest" || s == "*nearest")
        return Method::Nearest;
    if (s == "previous")
        return Method::Previous;
    if (s == "next")
        return Method::Next;
    if (s == "pchip" || s == "cubic" || s == "*cubic" || s == "*pchip")
        return Method::Pchip;
    if (s == "spline" || s == "*spline")
        return Method::Spline;
    return std::nullopt;
}

// Piecewise cubic Hermite data: on [x_i, x_{i+1}] with h = t - x_i the value is
// ((c1 h + c2) h + c3) h + c4 (MATLAB pwch).
struct Cubic {
    std::vector<double> c1, c2, c3, c4;
};

Cubic hermite(std::vector<double> const& x, double const* y, std::vector<double> const& s)
{
    size_t n = x.size();
    Cubic c;
    for (size_t i = 0; i + 1 < n; ++i) {
        double dx = x[i + 1] - x[i], dd = (y[i + 1] - y[i]) / dx;
        c.c4.push_back(y[i]);
        c.c3.push_back(s[i]);
        c.c2.push_back((3 * dd - 2 * s[i] - s[i + 1]) / dx);
        c.c1.push_back((s[i] + s[i + 1] - 2 * dd) / (dx * dx));
    }
    return c;
}

double sign_d(double v) { return static_cast<double>((v > 0) - (v < 0)); }

// MATLAB pchip.m slopes: weighted harmonic means where the data are monotone, 0 at extrema,
// one-sided shape-preserving three-point formulas at the ends.
std::vector<double> pchip_slopes(std::vector<double> const& x, double const* y)
{
    size_t n = x.size();
    std::vector<double> h(n - 1), del(n - 1), d(n, 0.0);
    for (size_t i = 0; i + 1 < n; ++i) {
        h[i] = x[i + 1] - x[i];
        del[i] = (y[i + 1] - y[i]) / h[i];
    }
    if (n == 2) {
        d[0] = d[1] = del[0];
        return d;
    }
    for (size_t k = 0; k + 2 < n; ++k) {
        if (sign_d(del[k]) * sign_d(del[k + 1]) <= 0)
            continue;
        double hs = h[k] + h[k + 1];
        double w1 = (h[k] + hs) / (3 * hs), w2 = (hs + h[k + 1]) / (3 * hs);
        double dmax = std::max(std::fabs(del[k]), std::fabs(del[k + 1]));
        double dmin = std::min(std::fabs(del[k]), std::fabs(del[k + 1]));
        d[k + 1] = dmin / (w1 * (del[k] / dmax) + w2 * (del[k + 1] / dmax));
    }
    auto end_slope = [](double h1, double h2, double del1, double del2) {
        double e = ((2 * h1 + h2) * del1 - h1 * del2) / (h1 + h2);
        if (sign_d(e) != sign_d(del1))
            e = 0;
        else if (sign_d(del1) != sign_d(del2) && std::fabs(e) > std::fabs(3 * del1))
            e = 3 * del1;
        return e;
    };
    d[0] = end_slope(h[0], h[1], del[0], del[1]);
    d[n - 1] = end_slope(h[n - 2], h[n - 3], del[n - 2], del[n - 3]);
    return d;
}

// MATLAB spline.m with not-a-knot ends: slopes from a tridiagonal system (n >= 4); n == 3 is
// the parabola through the points, n == 2 the line.
std::vector<double> spline_slopes(std::vector<double> const& x, double const* y)
{
    size_t n = x.size();
    std::vector<double> dx(n - 1), dd(n - 1);
    for (size_t i = 0; i + 1 < n; ++i) {
        dx[i] = x[i + 1] - x[i];
        dd[i] = (y[i + 1] - y[i]) / dx[i];
    }
    if (n == 2)
        return { dd[0], dd[0] };
    if (n == 3) { // parabola: slope of p(t) = y1 + dd1 (t - x1) + c (t - x1)(t - x2)
        double c = (dd[1] - dd[0]) / (x[2] - x[0]);
        return { dd[0] - c * dx[0], dd[0] + c * dx[0], dd[0] + c * (2 * x[2] - x[0] - x[1]) };
    }
    // Equation j: sub[j] s[j-1] + diag[j] s[j] + sup[j] s[j+1] = b[j].
    std::vector<double> sub(n, 0.0), diag(n), sup(n, 0.0), b(n);
    double x31 = x[2] - x[0], xn = x[n - 1] - x[n - 3];
    diag[0] = dx[1];
    sup[0] = x31;
    b[0] = ((dx[0] + 2 * x31) * dx[1] * dd[0] + dx[0] * dx[0] * dd[1]) / x31;
    for (size_t j = 1; j + 1 < n; ++j) {
        sub[j] = dx[j];
        diag[j] = 2 * (dx[j] + dx[j - 1]);
        sup[j] = dx[j - 1];
        b[j] = 3 * (dx[j] * dd[j - 1] + dx[j - 1] * dd[j]);
    }
    sub[n - 1] = xn;
    diag[n - 1] = dx[n - 3];
    b[n - 1] = (dx[n - 2] * dx[n - 2] * dd[n - 3] + (2 * xn + dx[n - 2]) * dx[n - 3] * dd[n - 2]) / xn;
    // Thomas algorithm (the system is diagonally dominant apart from the end rows).
    for (size_t j = 1; j < n; ++j) {
        double m = sub[j] / diag[j - 1];
        diag[j] -= m * sup[j - 1];
        b[j] -= m * b[j - 1];
    }
    std::vector<double> s(n);
    s[n - 1] = b[n - 1] / diag[n - 1];
    for (size_t j = n - 1; j-- > 0;)
        s[j] = (b[j] - sup[j] * s[j + 1]) / diag[j];
    return s;
}

// Index i with x[i] <= t < x[i+1], clamped to [0, n-2] (t inside or beyond the grid).
size_t segment(std::vector<double> const& x, double t)
{
    size_t i = static_cast<size_t>(std::upper_bound(x.begin(), x.end(), t) - x.begin());
    i = i == 0 ? 0 : i - 1;
    return std::min(i, x.size() - 2);
}

struct Extrap {
    bool extrap = false;
    double value = NaN;
};

// One column of values y (length n, grid x ascending) at the points q.
void interp_column(std::vector<double> const& x, double const* y, std::vector<double> const& q, Method m, Extrap e, double* out)
{
    size_t n = x.size();
    Cubic cub;
    if (m == Method::Pchip || m == Method::Spline)
        cub = hermite(x, y, m == Method::Pchip ? pchip_slopes(x, y) : spline_slopes(x, y));
    for (size_t k = 0; k < q.size(); ++k) {
        double t = q[k];
        bool outside = !(t >= x[0] && t <= x[n - 1]);
        if (std::isnan(t)) {
            out[k] = NaN;
            continue;
        }
        if (outside && !e.extrap) {
            out[k] = e.value;
            continue;
        }
        if (n == 1) {
            out[k] = y[0];
            continue;
        }
        size_t i = segment(x, t);
        double x0 = x[i], x1 = x[i + 1], y0 = y[i], y1 = y[i + 1];
        switch (m) {
        case Method::Linear:
            out[k] = t == x1 ? y1 : y0 + (t - x0) / (x1 - x0) * (y1 - y0);
            break;
        case Method::Nearest:
            out[k] = t < x0 ? y0 : t > x1 ? y1 : (t - x0 < x1 - t ? y0 : y1);
            break;
        case Method::Previous:
            out[k] = t >= x1 ? y1 : t < x0 ? NaN : y0;
            break;
        case Method::Next:
            out[k] = t <= x0 ? (t < x0 ? NaN : y0) : t > x1 ? NaN : y1;
            break;
        default: {
            double h = t - x0;
            out[k] = ((cub.c1[i] * h + cub.c2[i]) * h + cub.c3[i]) * h + cub.c4[i];
        }
        }
    }
}

struct InterpInput {
    std::vector<double> x;
    Value const* v = nullptr;
    Value const* xq = nullptr;
    Method method = Method::Linear;
    Extrap extrap;
    size_t ndata = 0; // 2: interp1(v, xq); 3: interp1(x, v, xq)
};

// interp1(v, xq[, method[, extrap]]) or interp1(x, v, xq[, method[, extrap]]).
Result<InterpInput> interp_input(CallContext const& cx, Args args)
{
    size_t ndata = 0;
    while (ndata < args.size() && ndata < 3 && !option_text(args[ndata]))
        ++ndata;
    if (ndata < 2)
        return cx.error("MATLAB:interp1:nargin", "Not enough input arguments.");
    InterpInput in;
    for (size_t i = 0; i < ndata; ++i) {
        TRY_VOID(require_float(cx, args[i]));
        TRY_VOID(require_real(cx, args[i], "MATLAB:interp1:ComplexInput", "Complex input is not supported."));
    }
    if (ndata == 2) {
        in.v = &args[0];
        in.xq = &args[1];
        size_t n = in.v->dims().is_vector() ? in.v->numel() : in.v->dims().rows();
        in.x.resize(n);
        std::iota(in.x.begin(), in.x.end(), 1.0);
    } else {
        in.x = real_values(args[0]);
        in.v = &args[1];
        in.xq = &args[2];
        if (!args[0].dims().is_vector() && args[0].numel() > 1)
            return cx.error("MATLAB:interp1:Xvector", "X must be a vector.");
    }
    in.ndata = ndata;
    bool method_given = false, fill_given = false;
    for (size_t i = ndata; i < args.size(); ++i) {
        auto s = option_text(args[i]);
        if (!s && args[i].numel() == 0 && !method_given && i == ndata) { // interp1(x, v, xq, [], ...)
            method_given = true;
        } else if (s && !method_given && method_named(*s)) {
            in.method = *method_named(*s);
            method_given = true;
        } else if (s && *s == "extrap") {
            in.extrap.extrap = true;
            fill_given = true;
        } else if (!s && args[i].numel() == 1 && !fill_given) {
            in.extrap.value = NumericView(args[i])[0];
            fill_given = true;
        } else {
            return cx.error("MATLAB:interp1:InvalidMethod", "Invalid interpolation method.");
        }
    }
    if (!fill_given && (in.method == Method::Pchip || in.method == Method::Spline))
        in.extrap.extrap = true; // MATLAB extrapolates pchip and spline by default
    return in;
}

VoidResult interp1_builtin(CallContext& cx, Args args, Outs outs)
{
    InterpInput in = TRY(interp_input(cx, args));
    Dims vd = in.v->dims();
    bool vec = vd.is_vector();
    size_t n = vec ? in.v->numel() : vd.rows();
    size_t ncols = vec ? 1 : in.v->numel() / std::max<size_t>(n, 1);
    if (in.x.size() != n)
        return cx.error("MATLAB:interp1:YInvalidNumRows", "The grid vectors do not define a grid of points that match the given values.");
    if (n < 2 && in.method != Method::Nearest && in.method != Method::Previous && in.method != Method::Next)
        return cx.error("MATLAB:interp1:NotEnoughPts", "Interpolation requires at least two sample points for each grid dimension.");
    std::vector<double> v = real_values(*in.v);
    // Sort the grid ascending (MATLAB accepts any order), carrying the value rows along.
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return in.x[a] < in.x[b]; });
    std::vector<double> xs(n), vs(v.size());
    for (size_t i = 0; i < n; ++i) {
        xs[i] = in.x[order[i]];
        if (std::isnan(xs[i]))
            return cx.error("MATLAB:interp1:NaNinX", "NaN is not an appropriate value for X.");
        if (i > 0 && xs[i] == xs[i - 1])
            return cx.error("MATLAB:griddedInterpolant:NonUniqueCompVecsPtsErrId", "Sample points must be unique.");
        for (size_t c = 0; c < ncols; ++c)
            vs[c * n + i] = v[c * n + order[i]];
    }
    std::vector<double> q = real_values(*in.xq);
    Dims qd = in.xq->dims();
    Dims od = qd;
    if (!vec) {
        od = qd.is_vector() ? Dims(q.size(), ncols) : Dims(qd.to_vector());
        if (!qd.is_vector()) {
            std::vector<size_t> dv = qd.to_vector();
            dv.push_back(ncols);
            od = Dims(dv);
        }
    }
    auto out = new_double(od);
    for (size_t c = 0; c < ncols; ++c)
        interp_column(xs, vs.data() + c * n, q, in.method, in.extrap, out->data() + c * q.size());
    ClassId cls = float_class(args.subspan(0, in.ndata));
    outs[0] = TRY(as_class(cx, make_double(std::move(out)), cls));
    return {};
}

// ---- logspace ---------------------------------------------------------------------------

// logspace(a, b[, n]): 10 .^ linspace(a, b, n) (n defaults to 50); b == pi means the points
// end at pi itself (logspace.m's special case for signal-processing frequency grids).
VoidResult logspace_builtin(CallContext& cx, Args args, Outs outs)
{
    double a = TRY(scalar_arg(cx, args[0]));
    double b = TRY(scalar_arg(cx, args[1]));
    double count = args.size() > 2 ? std::floor(TRY(scalar_arg(cx, args[2]))) : 50;
    if (b == M_PI)
        b = std::log10(b);
    size_t n = count < 1 || std::isnan(count) ? 0 : static_cast<size_t>(count);
    auto y = new_double(Dims(1, n));
    double* p = y->data();
    double n1 = static_cast<double>(n) - 1;
    for (size_t k = 0; k < n; ++k)
        p[k] = a + static_cast<double>(k) * (b - a) / n1;
    if (n > 0) {
        if (a == b)
            std::fill(p, p + n, a);
        p[n - 1] = b;
    }
    for (size_t k = 0; k < n; ++k)
        p[k] = std::pow(10.0, p[k]);
    outs[0] = TRY(as_class(cx, make_double(std::move(y)), float_class(args.subspan(0, 2))));
    return {};
}

} // namespace

void register_numeric_calc(BuiltinTable& t)
{
    t.add({ .name = "trapz", .fn = trapz_builtin, .min_in = 1, .max_in = 3, .max_out = 1 });
    t.add({ .name = "cumtrapz", .fn = cumtrapz_builtin, .min_in = 1, .max_in = 3, .max_out = 1 });
    t.add({ .name = "interp1", .fn = interp1_builtin, .min_in = 2, .max_in = 5, .max_out = 1 });
    t.add({ .name = "logspace", .fn = logspace_builtin, .min_in = 2, .max_in = 3, .max_out = 1 });
}

} // namespace runmat::runtime::numeric
