// Linear-algebra builtins that need no factorisation: trace kron dot cross, plus vector norms.
// Kept apart from linalg.cpp so that they compile without Eigen.
#include "runtime/builtins/linalg_common.hpp"
#include <algorithm>
#include <cctype>
#include <cmath>
#include <complex>
#include <limits>
#include <vector>

namespace runmat::runtime {

namespace {

using linalg::Mat;
constexpr double INF = std::numeric_limits<double>::infinity();
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

RuntimeError undefined_for(CallContext const& cx, Value const& v)
{
    return cx.error("MATLAB:UndefinedFunction",
        "Undefined function '" + std::string(cx.name) + "' for input arguments of type '" + std::string(value_class_name(v)) + "'.");
}

Result<bool> load_arg(CallContext const& cx, Value const& v, Mat& m)
{
    if (!linalg::load(v, m))
        return undefined_for(cx, v);
    return true;
}

// A dimension argument: a positive integer scalar (0-based on return).
Result<size_t> dim_arg(CallContext const& cx, Value const& v)
{
    NumericView nv(v);
    double d = nv.valid() && nv.numel() == 1 ? nv[0] : 0;
    if (!(d >= 1) || std::floor(d) != d || d > 1e15)
        return cx.error("MATLAB:getdimarg:dimensionMustBePositiveInteger",
            "Dimension argument must be a positive integer scalar within indexing range.");
    return static_cast<size_t>(d) - 1;
}

// Product of dims[from, to).
size_t span(Dims const& d, size_t from, size_t to)
{
    size_t n = 1;
    for (size_t i = from; i < to; ++i)
        n *= d[i];
    return n;
}

VoidResult trace_builtin(CallContext& cx, Args args, Outs outs)
{
    Mat a;
    TRY(load_arg(cx, args[0], a));
    if (!a.dims.is_matrix() || a.rows() != a.cols())
        return cx.error("MATLAB:trace:square", "Matrix must be square.");
    size_t n = a.rows();
    double re = 0, im = 0;
    for (size_t i = 0; i < n; ++i) {
        re += a.re[i * n + i];
        if (a.im)
            im += a.im[i * n + i];
    }
    outs[0] = im == 0.0 ? Value::scalar(re) : Value::complex(re, im);
    return {};
}

// kron(A, B): the block matrix [a11*B a12*B ...], generalised to N-d as MATLAB's kron.
VoidResult kron_builtin(CallContext& cx, Args args, Outs outs)
{
    Mat a, b;
    TRY(load_arg(cx, args[0], a));
    TRY(load_arg(cx, args[1], b));
    size_t nd = std::max(a.dims.ndims(), b.dims.ndims());
    std::vector<size_t> rd(nd);
    for (size_t d = 0; d < nd; ++d)
        rd[d] = a.dims[d] * b.dims[d];
    Dims out_dims(rd);
    bool cplx = a.im || b.im;
    auto out = linalg::new_result(out_dims, cplx);
    double* o = out->data();
    double* oi = cplx ? out->imag() : nullptr;
    size_t na = a.numel(), nb = b.numel();
    std::vector<size_t> sa(nd), sb(nd);
    // Odometers over A's and B's subscripts; the result subscript is sa*size(B) + sb.
    std::fill(sa.begin(), sa.end(), 0);
    for (size_t ia = 0; ia < na; ++ia) {
        std::fill(sb.begin(), sb.end(), 0);
        double ar = a.re[ia], ai = a.im ? a.im[ia] : 0.0;
        for (size_t ib = 0; ib < nb; ++ib) {
            size_t lin = 0;
            for (size_t d = nd; d-- > 0;)
                lin = lin * rd[d] + sa[d] * b.dims[d] + sb[d];
            double br = b.re[ib], bi = b.im ? b.im[ib] : 0.0;
            o[lin] = ar * br - ai * bi;
            if (oi)
                oi[lin] = ar * bi + ai * br;
            for (size_t d = 0; d < nd && ++sb[d] == b.dims[d]; ++d)
                sb[d] = 0;
        }
        for (size_t d = 0; d < nd && ++sa[d] == a.dims[d]; ++d)
            sa[d] = 0;
    }
    outs[0] = linalg::finish(std::move(out));
    return {};
}

// dot(A, B, dim) = sum(conj(A).*B, dim); vectors of equal length are dotted whatever their
// orientation. Follows MATLAB's dot.m: vectors become columns, then sizes must match.
VoidResult dot_builtin(CallContext& cx, Args args, Outs outs)
{
    Mat a, b;
    TRY(load_arg(cx, args[0], a));
    TRY(load_arg(cx, args[1], b));
    Dims da = a.dims, db = b.dims;
    if (args.size() < 3 && da.is_matrix() && db.is_matrix()) {
        if (std::min(da.rows(), da.cols()) == 1)
            da = Dims(da.numel(), 1);
        if (std::min(db.rows(), db.cols()) == 1)
            db = Dims(db.numel(), 1);
    }
    if (da != db)
        return cx.error("MATLAB:dot:InputSizeMismatch", "A and B must be same size.");
    size_t dim = 0;
    if (args.size() >= 3) {
        dim = TRY(dim_arg(cx, args[2]));
    } else {
        if (da.ndims() == 2 && da.rows() == 0 && da.cols() == 0) { // sum([]) is 0
            outs[0] = Value::scalar(0.0);
            return {};
        }
        while (dim < da.ndims() && da[dim] == 1)
            ++dim;
        if (dim == da.ndims())
            dim = 0;
    }
    size_t before = span(da, 0, dim), len = da[dim], after = span(da, dim + 1, std::max(da.ndims(), dim + 1));
    Dims rd = da;
    rd.set(dim, 1);
    bool cplx = a.im || b.im;
    auto out = linalg::new_result(rd, cplx);
    for (size_t k = 0; k < after; ++k)
        for (size_t i = 0; i < before; ++i) {
            double sr = 0, si = 0;
            for (size_t j = 0; j < len; ++j) {
                size_t e = (k * len + j) * before + i;
                double ar = a.re[e], ai = a.im ? -a.im[e] : 0.0; // conj(a)
                double br = b.re[e], bi = b.im ? b.im[e] : 0.0;
                sr += ar * br - ai * bi;
                si += ar * bi + ai * br;
            }
            out->data()[k * before + i] = sr;
            if (cplx)
                out->imag()[k * before + i] = si;
        }
    outs[0] = linalg::finish(std::move(out));
    return {};
}

RuntimeError cross_len_error(CallContext const& cx)
{
    return cx.error("MATLAB:cross:InvalidDimAorBForCrossProd",
        "A and B must be of length 3 in the dimension in which the cross product is taken.");
}

// c = a x b along a dimension of length 3 (stride `before` between the components).
Value cross_along(Mat const& a, Mat const& b, Dims const& dims, size_t dim)
{
    size_t before = span(dims, 0, dim), after = span(dims, dim + 1, std::max(dims.ndims(), dim + 1));
    bool cplx = a.im || b.im;
    auto out = linalg::new_result(dims, cplx);
    using C = std::complex<double>;
    auto at = [](Mat const& m, size_t e) { return C(m.re[e], m.im ? m.im[e] : 0.0); };
    for (size_t k = 0; k < after; ++k)
        for (size_t i = 0; i < before; ++i) {
            size_t e0 = k * 3 * before + i, e1 = e0 + before, e2 = e1 + before;
            C a0 = at(a, e0), a1 = at(a, e1), a2 = at(a, e2), b0 = at(b, e0), b1 = at(b, e1), b2 = at(b, e2);
            C c[3] = { a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0 };
            size_t e[3] = { e0, e1, e2 };
            for (int t = 0; t < 3; ++t) {
                out->data()[e[t]] = c[t].real();
                if (cplx)
                    out->imag()[e[t]] = c[t].imag();
            }
        }
    return linalg::finish(std::move(out));
}

// cross(A, B, dim), after MATLAB's cross.m: two 3-vectors give a column unless either is a row.
VoidResult cross_builtin(CallContext& cx, Args args, Outs outs)
{
    Mat a, b;
    TRY(load_arg(cx, args[0], a));
    TRY(load_arg(cx, args[1], b));
    bool has_dim = args.size() >= 3;
    size_t dim = has_dim ? TRY(dim_arg(cx, args[2])) : 0;
    if (a.dims.is_vector() && b.dims.is_vector()) {
        bool ok = has_dim ? a.dims[dim] == 3 && b.dims[dim] == 3 : a.numel() == 3 && b.numel() == 3;
        if (!ok)
            return cross_len_error(cx);
        bool column = a.dims.is_column() && b.dims.is_column();
        outs[0] = cross_along(a, b, column ? Dims(3, 1) : Dims(1, 3), column ? 0 : 1);
        return {};
    }
    if (a.dims != b.dims)
        return cx.error("MATLAB:cross:InputSizeMismatch", "A and B must be same size.");
    if (has_dim) {
        if (a.dims[dim] != 3)
            return cross_len_error(cx);
    } else {
        while (dim < a.dims.ndims() && a.dims[dim] != 3)
            ++dim;
        if (dim == a.dims.ndims())
            return cx.error("MATLAB:cross:InvalidDimAorB", "A and B must have at least one dimension of length 3.");
    }
    outs[0] = cross_along(a, b, a.dims, dim);
    return {};
}

double magnitude(Mat const& v, size_t i) { return v.im ? std::hypot(v.re[i], v.im[i]) : std::fabs(v.re[i]); }

} // namespace

namespace linalg {

Result<NormKind> norm_kind(CallContext const& cx, Value const& v, double& p)
{
    if (is_char_row(v)) {
        std::string s = v.as_char_array()->to_utf8();
        for (char& c : s)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (s == "fro")
            return NormKind::Fro;
        if (s == "inf") {
            p = INF;
            return NormKind::Inf;
        }
        return cx.error("MATLAB:norm:unknownNorm", "The only matrix norms available are 1, 2, inf, and 'fro'.");
    }
    p = TRY(scalar_arg(cx, v, "The second argument"));
    if (p == 2)
        return NormKind::Two;
    if (p == 1)
        return NormKind::One;
    if (p == INF)
        return NormKind::Inf;
    if (p == -INF)
        return NormKind::NegInf;
    return NormKind::P;
}

double vector_norm(Mat const& v, double p)
{
    size_t n = v.numel();
    double big = 0, small = INF;
    for (size_t i = 0; i < n; ++i) {
        double m = magnitude(v, i);
        if (std::isnan(m))
            return NaN;
        big = std::max(big, m);
        small = std::min(small, m);
    }
    if (n == 0)
        return 0;
    if (p == INF)
        return big;
    if (p == -INF)
        return small;
    double s = 0;
    if (p == 1) {
        for (size_t i = 0; i < n; ++i)
            s += magnitude(v, i);
        return s;
    }
    if (p == 2) {
        for (size_t i = 0; i < n; ++i) {
            double m = magnitude(v, i);
            s += m * m;
        }
        double r = std::sqrt(s);
        if (std::isfinite(r) && (r > 1e-150 || big == 0))
            return r;
    } else {
        for (size_t i = 0; i < n; ++i)
            s += std::pow(magnitude(v, i), p);
        double r = std::pow(s, 1.0 / p);
        if (std::isfinite(r) && r > 1e-150)
            return r;
    }
    // The direct sum over- or underflowed: scale by the largest magnitude.
    if (big == 0 || std::isinf(big))
        return big;
    s = 0;
    for (size_t i = 0; i < n; ++i)
        s += std::pow(magnitude(v, i) / big, p);
    return big * std::pow(s, 1.0 / p);
}

} // namespace linalg

void register_linalg_small_builtins(BuiltinTable& table)
{
    table.add({ .name = "trace", .fn = trace_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "kron", .fn = kron_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    table.add({ .name = "dot", .fn = dot_builtin, .min_in = 2, .max_in = 3, .max_out = 1 });
    table.add({ .name = "cross", .fn = cross_builtin, .min_in = 2, .max_in = 3, .max_out = 1 });
}

} // namespace runmat::runtime
