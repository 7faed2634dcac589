// Statistics builtins: var std mode cov corrcoef vecnorm bounds. Each works on a slab view
// (before x len x after) along one dimension, gathering a slice into a small buffer first so
// the per-slice kernels are plain loops over contiguous doubles. Knows nothing of the VM.
#include "runtime/builtins/numeric_common.hpp"
#include "runtime/elementwise.hpp"
#include "runtime/linalg.hpp"
#include <algorithm>
#include <cmath>

namespace runmat::runtime::numeric {

namespace {

// Where a reduction works: a dimension (0-based), or every element ('all').
struct Along {
    bool all = false;
    size_t dim = 0;
};

// Parse trailing [dim | 'all'] and 'omitnan'/'includenan' flags starting at args[from].
struct ReduceOpts {
    std::optional<Along> along;
    bool omitnan = false;
};

Result<ReduceOpts> reduce_opts(CallContext const& cx, Args args, size_t from)
{
    ReduceOpts o;
    for (size_t i = from; i < args.size(); ++i) {
        if (auto s = option_text(args[i])) {
            if (*s == "all")
                o.along = Along { true, 0 };
            else if (*s == "omitnan" || *s == "omitmissing")
                o.omitnan = true;
            else if (*s == "includenan" || *s == "includemissing")
                o.omitnan = false;
            else
                return cx.error("MATLAB:" + std::string(cx.name) + ":unknownFlag", "Invalid option '" + *s + "'.");
            continue;
        }
        if (o.along)
            return cx.error("MATLAB:TooManyInputs", "Too many input arguments.");
        o.along = Along { false, TRY(dim_arg(cx, args[i])) };
    }
    return o;
}

// The shape of a reduction of x along `along`.
Dims reduced_dims(Dims const& d, Along along)
{
    if (along.all)
        return Dims(1, 1);
    return along.dim < d.ndims() ? with_dim(d, along.dim, 1) : d;
}

// f(slice, out_index) for each slice of x along `along` (or all of x as one slice). The
// slice is a scratch copy f may reorder or shrink.
template <typename F>
void for_each_slice(NumericView const& x, Along along, F f)
{
    std::vector<double> buf;
    if (along.all) {
        buf.resize(x.numel());
        for (size_t i = 0; i < buf.size(); ++i)
            buf[i] = x[i];
        f(buf, size_t(0));
        return;
    }
    Slab s = slab_for(x.dims(), along.dim);
    for (size_t l = 0; l < s.after; ++l)
        for (size_t i = 0; i < s.before; ++i) {
            buf.resize(s.len);
            for (size_t j = 0; j < s.len; ++j)
                buf[j] = x[s.at(i, j, l)];
            f(buf, i + s.before * l);
        }
}

Along default_along(Dims const& d) { return Along { false, first_nonsingleton(d) }; }

// ---- var, std ---------------------------------------------------------------------------

// Normalisation: 0 -> N-1, 1 -> N, or a weight vector (length of the working dimension).
struct Weights {
    double flag = 0;
    std::vector<double> w;
};

Result<Weights> weights_arg(CallContext const& cx, Value const& v)
{
    RuntimeError bad = cx.error("MATLAB:" + std::string(cx.name) + ":invalidWgts",
        "W must be a vector of nonnegative weights, or a scalar 0 or 1.");
    Weights w;
    if (v.numel() == 0)
        return w;
    NumericView nv(v);
    if (!nv.valid() || nv.is_complex() || !v.dims().is_vector())
        return bad;
    if (nv.numel() == 1) {
        if (nv[0] != 0 && nv[0] != 1)
            return bad;
        w.flag = nv[0];
        return w;
    }
    w.w = real_values(v);
    for (double x : w.w)
        if (!(x >= 0))
            return bad;
    return w;
}

// Variance and mean of one slice. NaNs dropped first when omitnan.
void slice_var(std::vector<double>& s, Weights const& w, bool omitnan, double& var, double& mean)
{
    if (!w.w.empty()) {
        double ws = 0, acc = 0;
        for (size_t i = 0; i < s.size(); ++i)
            if (!(omitnan && std::isnan(s[i]))) {
                ws += w.w[i];
                acc += w.w[i] * s[i];
            }
        mean = acc / ws;
        double v = 0;
        for (size_t i = 0; i < s.size(); ++i)
            if (!(omitnan && std::isnan(s[i])))
                v += w.w[i] * (s[i] - mean) * (s[i] - mean);
        var = v / ws;
        return;
    }
    if (omitnan)
        s.erase(std::remove_if(s.begin(), s.end(), [](double x) { return std::isnan(x); }), s.end());
    size_t n = s.size();
    if (n == 0) {
        var = mean = NaN;
        return;
    }
    double acc = 0;
    for (double x : s)
        acc += x;
    mean = acc / static_cast<double>(n);
    double v = 0;
    for (double x : s)
        v += (x - mean) * (x - mean);
    double denom = (n == 1 || w.flag == 1) ? static_cast<double>(n) : static_cast<double>(n - 1);
    var = v / denom;
}

VoidResult var_std(CallContext& cx, Args args, Outs outs, bool take_sqrt)
{
    TRY_VOID(require_float(cx, args[0]));
    TRY_VOID(require_real(cx, args[0], "MATLAB:var:complexInput", "Complex input is not supported."));
    Weights w;
    size_t from = 1;
    if (args.size() > 1 && !option_text(args[1])) {
        w = TRY(weights_arg(cx, args[1]));
        from = 2;
    }
    ReduceOpts o = TRY(reduce_opts(cx, args, from));
    NumericView x(args[0]);
    ClassId cls = float_class(args.subspan(0, 1));
    if (x.dims() == Dims(0, 0) && !o.along) {
        outs[0] = TRY(as_class(cx, Value::scalar(NaN), cls));
        if (outs.size() > 1)
            outs[1] = TRY(as_class(cx, Value::scalar(NaN), cls));
        return {};
    }
    Along along = o.along ? *o.along : default_along(x.dims());
    size_t len = along.all ? x.numel() : along.dim < x.dims().ndims() ? x.dims()[along.dim] : 1;
    if (!w.w.empty() && w.w.size() != len)
        return cx.error("MATLAB:" + std::string(cx.name) + ":invalidSizeWgts", "The length of W must be compatible with X.");
    Dims od = reduced_dims(x.dims(), along);
    std::vector<double> vars(od.numel(), NaN), means(od.numel(), NaN);
    for_each_slice(x, along, [&](std::vector<double>& s, size_t at) {
        double v, m;
        slice_var(s, w, o.omitnan, v, m);
        vars[at] = take_sqrt ? std::sqrt(v) : v;
        means[at] = m;
    });
    outs[0] = TRY(as_class(cx, double_from(od, vars.data()), cls));
    if (outs.size() > 1)
        outs[1] = TRY(as_class(cx, double_from(od, means.data()), cls));
    return {};
}

VoidResult var_builtin(CallContext& cx, Args args, Outs outs) { return var_std(cx, args, outs, false); }
VoidResult std_builtin(CallContext& cx, Args args, Outs outs) { return var_std(cx, args, outs, true); }

// ---- mode -------------------------------------------------------------------------------

// The most frequent value of a slice (smallest among ties), its count and every tied value.
// NaNs never equal each other, so each counts once.
void slice_mode(std::vector<double>& s, double& m, double& f, std::vector<double>& ties)
{
    ties.clear();
    if (s.empty()) {
        m = NaN;
        f = 0;
        return;
    }
    std::sort(s.begin(), s.end(), [](double a, double b) { return a < b || (!std::isnan(a) && std::isnan(b)); });
    size_t best = 0;
    for (size_t i = 0; i < s.size();) {
        size_t j = i + 1;
        while (j < s.size() && s[j] == s[i])
            ++j;
        size_t run = j - i;
        if (run > best) {
            best = run;
            ties.assign(1, s[i]);
        } else if (run == best) {
            ties.push_back(s[i]);
        }
        i = j;
    }
    m = ties[0];
    f = static_cast<double>(best);
}

VoidResult mode_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_number_like(cx, args[0]));
    TRY_VOID(require_real(cx, args[0], "MATLAB:mode:complexInput", "Complex input is not supported."));
    ReduceOpts o = TRY(reduce_opts(cx, args, 1));
    NumericView x(args[0]);
    ClassId c = args[0].class_id();
    ClassId cls = is_numeric_class(c) ? c : ClassId::Double;
    bool zero_by_zero = x.dims() == Dims(0, 0) && !o.along;
    Along along = o.along ? *o.along : default_along(x.dims());
    Dims od = zero_by_zero ? Dims(1, 1) : reduced_dims(x.dims(), along);
    std::vector<double> ms(od.numel(), NaN), fs(od.numel(), 0), ties;
    std::vector<std::vector<double>> cs(od.numel());
    if (!zero_by_zero)
        for_each_slice(x, along, [&](std::vector<double>& s, size_t at) {
            slice_mode(s, ms[at], fs[at], ties);
            if (outs.size() > 2)
                cs[at] = ties;
        });
    outs[0] = TRY(as_class(cx, double_from(od, ms.data()), cls));
    if (outs.size() > 1)
        outs[1] = double_from(od, fs.data());
    if (outs.size() > 2) {
        auto cell = make_ref<CellArray>(od);
        for (size_t i = 0; i < cs.size(); ++i)
            cell->data()[i] = TRY(as_class(cx, double_from(Dims(cs[i].size(), 1), cs[i].data()), cls));
        outs[2] = Value::object(std::move(cell));
    }
    return {};
}

// ---- cov, corrcoef ----------------------------------------------------------------------

// Observations (rows) x variables (columns) as a column-major m x n buffer.
struct Obs {
    size_t m = 0, n = 0;
    std::vector<double> data;
};

// cov/corrcoef inputs: one vector (one variable), one matrix (columns are variables), or
// two arrays with the same number of elements (two variables).
Result<Obs> observations(CallContext const& cx, Args data)
{
    for (Value const& v : data) {
        TRY_VOID(require_float(cx, v));
        TRY_VOID(require_real(cx, v, "MATLAB:cov:complexInput", "Complex input is not supported."));
        if (!v.dims().is_matrix())
            return cx.error("MATLAB:" + std::string(cx.name) + ":InputDim", "Inputs must be 2-D.");
    }
    Obs o;
    if (data.size() == 2) {
        if (data[0].numel() != data[1].numel())
            return cx.error("MATLAB:" + std::string(cx.name) + ":XYlengthMismatch", "The number of elements in A and B must match.");
        o.m = data[0].numel();
        o.n = 2;
        o.data = real_values(data[0]);
        std::vector<double> y = real_values(data[1]);
        o.data.insert(o.data.end(), y.begin(), y.end());
        return o;
    }
    Dims d = data[0].dims();
    o.data = real_values(data[0]);
    if (d.is_vector()) {
        o.m = d.numel();
        o.n = 1;
    } else {
        o.m = d.rows();
        o.n = d.cols();
    }
    return o;
}

// The n x n covariance of the columns, normalised by m-1 (or m when flag is 1 or m == 1).
std::vector<double> covariance(Obs const& o, double flag)
{
    std::vector<double> c(o.n * o.n, NaN);
    if (o.m == 0)
        return c;
    std::vector<double> xc = o.data;
    for (size_t j = 0; j < o.n; ++j) {
        double mean = 0;
        for (size_t i = 0; i < o.m; ++i)
            mean += xc[j * o.m + i];
        mean /= static_cast<double>(o.m);
        for (size_t i = 0; i < o.m; ++i)
            xc[j * o.m + i] -= mean;
    }
    double denom = (o.m == 1 || flag == 1) ? static_cast<double>(o.m) : static_cast<double>(o.m - 1);
    for (size_t a = 0; a < o.n; ++a)
        for (size_t b = a; b < o.n; ++b) {
            double s = 0;
            for (size_t i = 0; i < o.m; ++i)
                s += xc[a * o.m + i] * xc[b * o.m + i];
            c[a * o.n + b] = c[b * o.n + a] = s / denom;
        }
    return c;
}

VoidResult cov_builtin(CallContext& cx, Args args, Outs outs)
{
    size_t ndata = args.size();
    double flag = 0;
    if (ndata >= 2) {
        Value const& last = args[ndata - 1];
        if (option_text(last))
            return cx.error("MATLAB:cov:unknownFlag", "Invalid option.");
        bool is_flag = last.numel() == 1 && (ndata == 3 || args[0].numel() != 1);
        if (is_flag) {
            NumericView nv(last);
            if (!nv.valid() || (nv[0] != 0 && nv[0] != 1))
                return cx.error("MATLAB:cov:invalidWgts", "W must be a vector of nonnegative weights, or a scalar 0 or 1.");
            flag = nv[0];
            --ndata;
        }
    }
    if (args[0].dims() == Dims(0, 0) && ndata == 1) {
        outs[0] = Value::scalar(NaN);
        return {};
    }
    Obs o = TRY(observations(cx, args.subspan(0, ndata)));
    std::vector<double> c = covariance(o, flag);
    outs[0] = double_from(Dims(o.n, o.n), c.data());
    return {};
}

// MATLAB corrcoef: R = C ./ (d d') with d = sqrt(diag(C)); off-diagonal values clipped to
// [-1, 1] and the diagonal set to sign(diag) (NaN for a constant variable stays NaN).
VoidResult corrcoef_builtin(CallContext& cx, Args args, Outs outs)
{
    if (outs.size() > 1)
        return cx.error("MATLAB:corrcoef:pValuesUnsupported", "corrcoef with more than one output is not supported yet.");
    Obs o = TRY(observations(cx, args));
    if (args.size() == 1 && args[0].dims().is_vector() && !args[0].dims().is_scalar()) {
        outs[0] = Value::scalar(1);
        return {};
    }
    std::vector<double> c = covariance(o, 0);
    std::vector<double> d(o.n);
    for (size_t k = 0; k < o.n; ++k)
        d[k] = std::sqrt(c[k * o.n + k]);
    for (size_t a = 0; a < o.n; ++a)
        for (size_t b = 0; b < o.n; ++b) {
            double& r = c[b * o.n + a];
            r = r / d[a] / d[b];
            if (a == b)
                r = std::isnan(r) ? r : static_cast<double>((r > 0) - (r < 0));
            else if (std::fabs(r) > 1)
                r = r / std::fabs(r);
        }
    outs[0] = double_from(Dims(o.n, o.n), c.data());
    return {};
}

// ---- vecnorm, bounds --------------------------------------------------------------------

VoidResult vecnorm_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_float(cx, args[0]));
    double p = 2;
    if (args.size() > 1) {
        NumericView pv(args[1]);
        if (!pv.valid() || pv.numel() != 1 || pv.is_complex() || !(pv[0] > 0))
            return cx.error("MATLAB:vecnorm:unknownNorm", "The only matrix norms available are 1, 2, inf, and 'fro'.");
        p = pv[0];
    }
    NumericView x(args[0]);
    Along along = args.size() > 2 ? Along { false, TRY(dim_arg(cx, args[2])) } : default_along(x.dims());
    Dims d = x.dims();
    Slab s = slab_for(d, along.dim);
    Dims od = along.dim < d.ndims() ? with_dim(d, along.dim, 1) : d;
    auto out = new_double(od);
    for (size_t l = 0; l < s.after; ++l)
        for (size_t i = 0; i < s.before; ++i) {
            double acc = 0;
            for (size_t j = 0; j < s.len; ++j) {
                size_t k = s.at(i, j, l);
                double a = x.is_complex() ? std::hypot(x[k], x.imag(k)) : std::fabs(x[k]);
                if (std::isinf(p))
                    acc = std::isnan(a) || a > acc ? a : acc;
                else if (p == 2)
                    acc += a * a;
                else if (p == 1)
                    acc += a;
                else
                    acc += std::pow(a, p);
            }
            out->data()[i + s.before * l] = std::isinf(p) || p == 1 ? acc : p == 2 ? std::sqrt(acc) : std::pow(acc, 1 / p);
        }
    outs[0] = TRY(as_class(cx, make_double(std::move(out)), float_class(args.subspan(0, 1))));
    return {};
}

// [S, L] = bounds(A[, dim | 'all'][, nanflag]): min and max, NaNs omitted by default.
VoidResult bounds_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_number_like(cx, args[0]));
    TRY_VOID(require_real(cx, args[0], "MATLAB:bounds:complexInput", "Complex input is not supported."));
    ReduceOpts o = TRY(reduce_opts(cx, args, 1));
    bool include_nan = false;
    for (size_t i = 1; i < args.size(); ++i)
        if (auto s = option_text(args[i]); s && (*s == "includenan" || *s == "includemissing"))
            include_nan = true;
    NumericView x(args[0]);
    Along along = o.along ? *o.along : default_along(x.dims());
    Dims od = reduced_dims(x.dims(), along);
    std::vector<double> lo(od.numel(), NaN), hi(od.numel(), NaN);
    for_each_slice(x, along, [&](std::vector<double>& s, size_t at) {
        bool saw_nan = false;
        for (double v : s) {
            if (std::isnan(v)) {
                saw_nan = true;
                continue;
            }
            lo[at] = std::isnan(lo[at]) || v < lo[at] ? v : lo[at];
            hi[at] = std::isnan(hi[at]) || v > hi[at] ? v : hi[at];
        }
        if (saw_nan && include_nan)
            lo[at] = hi[at] = NaN;
    });
    ClassId c = args[0].class_id();
    ClassId cls = is_numeric_class(c) ? c : ClassId::Double;
    outs[0] = TRY(as_class(cx, double_from(od, lo.data()), cls));
    if (outs.size() > 1)
        outs[1] = TRY(as_class(cx, double_from(od, hi.data()), cls));
    return {};
}

} // namespace

void register_numeric_stats(BuiltinTable& t)
{
    t.add({ .name = "var", .fn = var_builtin, .min_in = 1, .max_in = 4, .max_out = 2 });
    t.add({ .name = "std", .fn = std_builtin, .min_in = 1, .max_in = 4, .max_out = 2 });
    t.add({ .name = "mode", .fn = mode_builtin, .min_in = 1, .max_in = 2, .max_out = 3 });
    t.add({ .name = "cov", .fn = cov_builtin, .min_in = 1, .max_in = 3, .max_out = 1 });
    t.add({ .name = "corrcoef", .fn = corrcoef_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    t.add({ .name = "vecnorm", .fn = vecnorm_builtin, .min_in = 1, .max_in = 3, .max_out = 1 });
    t.add({ .name = "bounds", .fn = bounds_builtin, .min_in = 1, .max_in = 3, .max_out = 2 });
}

} // namespace runmat::runtime::numeric
