// Polynomial and signal builtins: polyfit polyval roots conv deconv filter. roots finds the
// eigenvalues of the companion matrix with a small balanced Hessenberg QR (Francis double
// shift), so this file needs no LAPACK; polyfit solves its least-squares system through the
// runtime's mldivide. Knows nothing of the VM.
#include "runtime/builtins/numeric_common.hpp"
#include "runtime/elementwise.hpp"
#include "runtime/linalg.hpp"
#include <algorithm>
#include <cmath>

namespace runmat::runtime::numeric {

namespace {

// Elements of a vector argument as complex numbers (imag 0 for real values).
std::vector<Cd> complex_values(Value const& v)
{
    NumericView nv(v);
    std::vector<Cd> out(nv.valid() ? nv.numel() : 0);
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = Cd(nv[i], nv.imag(i));
    return out;
}

bool is_complex_value(Value const& v)
{
    auto* d = v.as_double_array();
    return d && d->is_complex();
}

bool is_vector_or_empty(Value const& v) { return v.dims().is_vector() || v.numel() == 0; }

// A real or complex double array of shape d (real when no element has an imaginary part).
Value from_complex(Dims d, std::vector<Cd> const& v, bool complex)
{
    if (complex)
        return complex_from(d, v);
    auto a = new_double(d);
    for (size_t i = 0; i < v.size(); ++i)
        a->data()[i] = v[i].real();
    return make_double(std::move(a));
}

// ---- polyval, polyfit -------------------------------------------------------------------

// polyval(p, x[, S, mu]): Horner's rule, y has x's shape; mu = [mean, std] centres x first.
VoidResult polyval_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_float(cx, args[0]));
    TRY_VOID(require_float(cx, args[1]));
    if (!is_vector_or_empty(args[0]))
        return cx.error("MATLAB:polyval:InvalidP", "Input argument P must be a vector.");
    if (outs.size() > 1)
        return cx.error("MATLAB:polyval:SRequired", "S input is required for DELTA output.");
    std::vector<Cd> p = complex_values(args[0]);
    std::vector<Cd> x = complex_values(args[1]);
    if (args.size() > 3) {
        std::vector<Cd> mu = complex_values(args[3]);
        if (mu.size() < 2)
            return cx.error("MATLAB:polyval:InvalidMu", "MU must be a two-element vector.");
        for (Cd& v : x)
            v = (v - mu[0]) / mu[1];
    }
    bool complex = is_complex_value(args[0]) || is_complex_value(args[1]);
    std::vector<Cd> y(x.size(), Cd(0, 0));
    for (size_t i = 0; i < x.size(); ++i) {
        if (p.empty())
            continue;
        Cd acc = p[0];
        if (complex) {
            for (size_t k = 1; k < p.size(); ++k)
                acc = x[i] * acc + p[k];
        } else { // real Horner: no complex multiply rounding
            double a = p[0].real(), xv = x[i].real();
            for (size_t k = 1; k < p.size(); ++k)
                a = xv * a + p[k].real();
            acc = a;
        }
        y[i] = acc;
    }
    outs[0] = TRY(as_class(cx, from_complex(args[1].dims(), y, complex), float_class(args.subspan(0, 2))));
    return {};
}

// polyfit(x, y, n): least-squares coefficients (highest power first) of the Vandermonde
// system, solved by QR through mldivide. [p, S, mu] needs structs: only mu is not yet given.
VoidResult polyfit_builtin(CallContext& cx, Args args, Outs outs)
{
    for (size_t i = 0; i < 3; ++i)
        TRY_VOID(require_float(cx, args[i]));
    if (args[0].numel() != args[1].numel())
        return cx.error("MATLAB:polyfit:XYSizeMismatch", "The first two inputs must have the same number of elements.");
    NumericView nv(args[2]);
    if (nv.numel() != 1 || !(nv[0] >= 0) || nv[0] != std::floor(nv[0]))
        return cx.error("MATLAB:polyfit:invalidN", "N must be a nonnegative integer scalar.");
    if (outs.size() > 1)
        return cx.error("MATLAB:polyfit:structOutput", "polyfit with more than one output is not supported yet (needs struct S).");
    TRY_VOID(require_real(cx, args[0], "MATLAB:polyfit:complexInput", "Complex input is not supported."));
    TRY_VOID(require_real(cx, args[1], "MATLAB:polyfit:complexInput", "Complex input is not supported."));
    size_t n = static_cast<size_t>(nv[0]);
    std::vector<double> x = real_values(args[0]), y = real_values(args[1]);
    size_t m = x.size();
    // V(:, n+1) = 1; V(:, j) = x .* V(:, j+1), as polyfit.m builds it.
    auto v = new_double(Dims(m, n + 1));
    double* pv = v->data();
    for (size_t i = 0; i < m; ++i)
        pv[n * m + i] = 1;
    for (size_t j = n; j-- > 0;)
        for (size_t i = 0; i < m; ++i)
            pv[j * m + i] = x[i] * pv[(j + 1) * m + i];
    if (m < n + 1)
        emit_warning("MATLAB:polyfit:PolyNotUnique", "Polynomial is not unique; degree >= number of data points.");
    Value p = TRY(mldivide(make_double(std::move(v)), col_from(y)));
    std::vector<double> coef = real_values(p);
    outs[0] = TRY(as_class(cx, row_from(coef), float_class(args.subspan(0, 2))));
    return {};
}

// ---- roots: eigenvalues of the companion matrix -----------------------------------------

// A dense n x n real matrix with 1-based (row, col) access, as EISPACK's routines index it.
struct Mat1 {
    size_t n;
    std::vector<double> a;
    explicit Mat1(size_t n_) : n(n_), a((n_ + 1) * (n_ + 1), 0.0) { }
    double& operator()(size_t i, size_t j) { return a[i * (n + 1) + j]; }
};

// Balance (EISPACK balanc, radix 2): similarity scaling so rows and columns have comparable
// norms, which makes the QR iteration more accurate. Eigenvalues are unchanged.
void balance(Mat1& a)
{
    constexpr double RADIX = 2, SQRDX = RADIX * RADIX;
    size_t n = a.n;
    bool done = false;
    while (!done) {
        done = true;
        for (size_t i = 1; i <= n; ++i) {
            double r = 0, c = 0;
            for (size_t j = 1; j <= n; ++j)
                if (j != i) {
                    c += std::fabs(a(j, i));
                    r += std::fabs(a(i, j));
                }
            if (c == 0 || r == 0)
                continue;
            double g = r / RADIX, f = 1, s = c + r;
            while (c < g) {
                f *= RADIX;
                c *= SQRDX;
            }
            g = r * RADIX;
            while (c > g) {
                f /= RADIX;
                c /= SQRDX;
            }
            if ((c + r) / f < 0.95 * s) {
                done = false;
                g = 1 / f;
                for (size_t j = 1; j <= n; ++j)
                    a(i, j) *= g;
                for (size_t j = 1; j <= n; ++j)
                    a(j, i) *= f;
            }
        }
    }
}

double sign_of(double a, double b) { return b >= 0 ? std::fabs(a) : -std::fabs(a); }

// Eigenvalues of an upper Hessenberg matrix (EISPACK hqr: Francis double-shift QR with
// exceptional shifts). wr/wi are 1-based; a conjugate pair is stored positive imaginary first
// (LAPACK's convention, which MATLAB shows). False if the iteration did not converge.
bool hqr(Mat1& a, std::vector<double>& wr, std::vector<double>& wi)
{
    size_t n = a.n;
    double anorm = 0;
    for (size_t i = 1; i <= n; ++i)
        for (size_t j = std::max<size_t>(i - 1, 1); j <= n; ++j)
            anorm += std::fabs(a(i, j));
    long nn = static_cast<long>(n);
    double t = 0;
    auto A = [&](long i, long j) -> double& { return a(static_cast<size_t>(i), static_cast<size_t>(j)); };
    while (nn >= 1) {
        int its = 0;
        long l;
        do {
            for (l = nn; l >= 2; --l) {
                double s = std::fabs(A(l - 1, l - 1)) + std::fabs(A(l, l));
                if (s == 0)
                    s = anorm;
                if (std::fabs(A(l, l - 1)) + s == s) {
                    A(l, l - 1) = 0;
                    break;
                }
            }
            double x = A(nn, nn);
            if (l == nn) {
                wr[static_cast<size_t>(nn)] = x + t;
                wi[static_cast<size_t>(nn--)] = 0;
                continue;
            }
            double y = A(nn - 1, nn - 1);
            double w = A(nn, nn - 1) * A(nn - 1, nn);
            if (l == nn - 1) {
                double p = 0.5 * (y - x), q = p * p + w, z = std::sqrt(std::fabs(q));
                x += t;
                size_t i1 = static_cast<size_t>(nn - 1), i2 = static_cast<size_t>(nn);
                if (q >= 0) {
                    z = p + sign_of(z, p);
                    wr[i1] = wr[i2] = x + z;
                    if (z != 0)
                        wr[i2] = x - w / z;
                    wi[i1] = wi[i2] = 0;
                } else {
                    wr[i1] = wr[i2] = x + p;
                    wi[i1] = z;
                    wi[i2] = -z;
                }
                nn -= 2;
                continue;
            }
            if (its == 60)
                return false;
            if (its == 10 || its == 20 || its == 40) {
                t += x;
                for (long i = 1; i <= nn; ++i)
                    A(i, i) -= x;
                double s = std::fabs(A(nn, nn - 1)) + std::fabs(A(nn - 1, nn - 2));
                y = x = 0.75 * s;
                w = -0.4375 * s * s;
            }
            ++its;
            long m;
            double p = 0, q = 0, r = 0, z;
            for (m = nn - 2; m >= l; --m) {
                z = A(m, m);
                r = x - z;
                double s = y - z;
                p = (r * s - w) / A(m + 1, m) + A(m, m + 1);
                q = A(m + 1, m + 1) - z - r - s;
                r = A(m + 2, m + 1);
                s = std::fabs(p) + std::fabs(q) + std::fabs(r);
                p /= s;
                q /= s;
                r /= s;
                if (m == l)
                    break;
                double u = std::fabs(A(m, m - 1)) * (std::fabs(q) + std::fabs(r));
                double v = std::fabs(p) * (std::fabs(A(m - 1, m - 1)) + std::fabs(z) + std::fabs(A(m + 1, m + 1)));
                if (u + v == v)
                    break;
            }
            for (long i = m + 2; i <= nn; ++i) {
                A(i, i - 2) = 0;
                if (i != m + 2)
                    A(i, i - 3) = 0;
            }
            for (long k = m; k <= nn - 1; ++k) {
                if (k != m) {
                    p = A(k, k - 1);
                    q = A(k + 1, k - 1);
                    r = k != nn - 1 ? A(k + 2, k - 1) : 0;
                    if ((x = std::fabs(p) + std::fabs(q) + std::fabs(r)) != 0) {
                        p /= x;
                        q /= x;
                        r /= x;
                    }
                }
                double s = sign_of(std::sqrt(p * p + q * q + r * r), p);
                if (s == 0)
                    continue;
                if (k == m) {
                    if (l != m)
                        A(k, k - 1) = -A(k, k - 1);
                } else {
                    A(k, k - 1) = -s * x;
                }
                p += s;
                x = p / s;
                y = q / s;
                z = r / s;
                q /= p;
                r /= p;
                for (long j = k; j <= nn; ++j) {
                    p = A(k, j) + q * A(k + 1, j);
                    if (k != nn - 1) {
                        p += r * A(k + 2, j);
                        A(k + 2, j) -= p * z;
                    }
                    A(k + 1, j) -= p * y;
                    A(k, j) -= p * x;
                }
                long mmin = nn < k + 3 ? nn : k + 3;
                for (long i = l; i <= mmin; ++i) {
                    p = x * A(i, k) + y * A(i, k + 1);
                    if (k != nn - 1) {
                        p += z * A(i, k + 2);
                        A(i, k + 2) -= p * r;
                    }
                    A(i, k + 1) -= p * q;
                    A(i, k) -= p;
                }
            }
        } while (nn >= 1 && l < nn - 1);
    }
    return true;
}

// MATLAB roots.m: strip leading and trailing zeros (trailing ones are roots at 0, listed
// first), drop leading coefficients that make the others infinite, then eig(companion).
VoidResult roots_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_float(cx, args[0]));
    if (!is_vector_or_empty(args[0]))
        return cx.error("MATLAB:roots:NonVectorInput", "Input must be a vector.");
    if (is_complex_value(args[0]))
        return cx.error("MATLAB:roots:complexUnsupported", "roots of a polynomial with complex coefficients is not supported yet.");
    std::vector<double> c = real_values(args[0]);
    for (double v : c)
        if (!std::isfinite(v))
            return cx.error("MATLAB:roots:NonFiniteInput", "Input to ROOTS must not contain NaN or Inf.");
    size_t first = c.size(), last = 0;
    for (size_t i = 0; i < c.size(); ++i)
        if (c[i] != 0) {
            first = std::min(first, i);
            last = i;
        }
    ClassId cls = float_class(args);
    if (first == c.size()) {
        outs[0] = TRY(as_class(cx, Value::object(new_double(Dims(0, 1))), cls));
        return {};
    }
    std::vector<Cd> r(c.size() - 1 - last, Cd(0, 0));
    c = std::vector<double>(c.begin() + static_cast<long>(first), c.begin() + static_cast<long>(last) + 1);
    auto ratios = [&] {
        std::vector<double> d(c.size() - 1);
        for (size_t i = 1; i < c.size(); ++i)
            d[i - 1] = c[i] / c[0];
        return d;
    };
    std::vector<double> d = ratios();
    while (std::any_of(d.begin(), d.end(), [](double v) { return std::isinf(v); })) {
        c.erase(c.begin());
        d = ratios();
    }
    size_t n = d.size();
    if (n > 0) {
        Mat1 a(n);
        for (size_t j = 1; j <= n; ++j)
            a(1, j) = -d[j - 1];
        for (size_t i = 2; i <= n; ++i)
            a(i, i - 1) = 1;
        bool symmetric = n == 1 || (n == 2 && a(1, 2) == 1);
        balance(a);
        std::vector<double> wr(n + 1), wi(n + 1);
        if (!hqr(a, wr, wi))
            return cx.error("MATLAB:roots:noConvergence", "QR iteration for the eigenvalues did not converge.");
        std::vector<Cd> ev;
        for (size_t i = 1; i <= n; ++i)
            ev.emplace_back(wr[i], wi[i]);
        if (symmetric) // MATLAB's eig uses the symmetric solver: ascending eigenvalues
            std::sort(ev.begin(), ev.end(), [](Cd x, Cd y) { return x.real() < y.real(); });
        r.insert(r.end(), ev.begin(), ev.end());
    }
    bool complex = std::any_of(r.begin(), r.end(), [](Cd z) { return z.imag() != 0; });
    outs[0] = TRY(as_class(cx, from_complex(Dims(r.size(), 1), r, complex), cls));
    return {};
}

// ---- conv, deconv -----------------------------------------------------------------------

std::vector<Cd> convolve(std::vector<Cd> const& a, std::vector<Cd> const& b)
{
    if (a.empty() || b.empty())
        return {};
    std::vector<Cd> c(a.size() + b.size() - 1, Cd(0, 0));
    for (size_t i = 0; i < a.size(); ++i)
        for (size_t j = 0; j < b.size(); ++j)
            c[i + j] += a[i] * b[j];
    return c;
}

std::vector<double> convolve_real(std::vector<double> const& a, std::vector<double> const& b)
{
    if (a.empty() || b.empty())
        return {};
    std::vector<double> c(a.size() + b.size() - 1, 0.0);
    for (size_t i = 0; i < a.size(); ++i) {
        double ai = a[i];
        double* pc = c.data() + i;
        for (size_t j = 0; j < b.size(); ++j)
            pc[j] += ai * b[j];
    }
    return c;
}

// conv.m: computed as columns, then a row when the longer input (full) or u (same/valid) is
// a row; 'same' is the central part of u's length, 'valid' the part without zero padding.
VoidResult conv_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_float(cx, args[0]));
    TRY_VOID(require_float(cx, args[1]));
    if (!is_vector_or_empty(args[0]) || !is_vector_or_empty(args[1]))
        return cx.error("MATLAB:conv:AorBNotVector", "A and B must be vectors.");
    std::string shape = "full";
    if (args.size() > 2) {
        auto s = option_text(args[2]);
        if (!s || (*s != "full" && *s != "same" && *s != "valid"))
            return cx.error("MATLAB:conv:unknownShapeParameter", "Shape parameter must be 'full', 'same', or 'valid'.");
        shape = *s;
    }
    bool complex = is_complex_value(args[0]) || is_complex_value(args[1]);
    std::vector<Cd> a = complex_values(args[0]), b = complex_values(args[1]);
    std::vector<Cd> full;
    if (complex) {
        full = convolve(a, b);
    } else {
        std::vector<double> c = convolve_real(real_values(args[0]), real_values(args[1]));
        full.assign(c.begin(), c.end());
    }
    size_t la = a.size(), lb = b.size();
    std::vector<Cd> out;
    bool row;
    if (shape == "full") {
        out = full;
        row = la > lb ? args[0].dims().rows() == 1 : args[1].dims().rows() == 1;
        if (la == 0 || lb == 0) {
            outs[0] = Value::empty();
            return {};
        }
    } else {
        row = args[0].dims().rows() == 1;
        size_t start = shape == "same" ? lb / 2 : lb - 1;
        size_t len = shape == "same" ? la : (la + 1 > lb ? la + 1 - lb : 0);
        if (lb == 0)
            len = shape == "same" ? la : 0;
        for (size_t i = 0; i < len; ++i)
            out.push_back(start + i < full.size() ? full[start + i] : Cd(0, 0));
    }
    Dims d = row ? Dims(1, out.size()) : Dims(out.size(), 1);
    outs[0] = TRY(as_class(cx, from_complex(d, out, complex), float_class(args.subspan(0, 2))));
    return {};
}

// [q, r] = deconv(b, a): polynomial division b = conv(a, q) + r, by long division (the impulse
// response of b/a that deconv.m takes from filter); r has b's shape.
VoidResult deconv_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_float(cx, args[0]));
    TRY_VOID(require_float(cx, args[1]));
    if (!is_vector_or_empty(args[0]) || !is_vector_or_empty(args[1]))
        return cx.error("MATLAB:deconv:AorBNotVector", "Inputs must be vectors.");
    bool complex = is_complex_value(args[0]) || is_complex_value(args[1]);
    std::vector<Cd> b = complex_values(args[0]), a = complex_values(args[1]);
    if (a.empty() || a[0] == Cd(0, 0))
        return cx.error("MATLAB:deconv:ZeroCoef1", "First coefficient of A must be non-zero.");
    ClassId cls = float_class(args.subspan(0, 2));
    size_t nb = b.size(), na = a.size();
    if (na > nb) {
        outs[0] = TRY(as_class(cx, Value::scalar(0), cls));
        if (outs.size() > 1)
            outs[1] = TRY(as_class(cx, args[0], cls));
        return {};
    }
    size_t nq = nb - na + 1;
    std::vector<Cd> rem = b, q(nq);
    for (size_t i = 0; i < nq; ++i) {
        q[i] = rem[i] / a[0];
        for (size_t j = 0; j < na; ++j)
            rem[i + j] -= q[i] * a[j];
        rem[i] = 0; // exact: the leading part of the remainder is zero by construction
    }
    bool col = args[0].dims().rows() != 1;
    outs[0] = TRY(as_class(cx, from_complex(col ? Dims(nq, 1) : Dims(1, nq), q, complex), cls));
    if (outs.size() > 1) {
        std::vector<Cd> r(nb);
        std::vector<Cd> aq = convolve(a, q);
        for (size_t i = 0; i < nb; ++i)
            r[i] = i < nq ? Cd(0, 0) : b[i] - aq[i];
        outs[1] = TRY(as_class(cx, from_complex(args[0].dims(), r, complex), cls));
    }
    return {};
}

// ---- filter -----------------------------------------------------------------------------

// One slice through a direct form II transposed filter; z (length n-1) is the state, updated.
template <typename T>
void filter_slice(std::vector<T> const& b, std::vector<T> const& a, T const* x, T* y, size_t len, size_t stride, std::vector<T>& z)
{
    size_t n = b.size();
    for (size_t k = 0; k < len; ++k) {
        T xk = x[k * stride];
        T yk = b[0] * xk + (n > 1 ? z[0] : T(0));
        for (size_t i = 1; i + 1 < n; ++i)
            z[i - 1] = b[i] * xk + z[i] - a[i] * yk;
        if (n > 1)
            z[n - 2] = b[n - 1] * xk - a[n - 1] * yk;
        y[k * stride] = yk;
    }
}

template <typename T>
T element(Cd z)
{
    if constexpr (std::is_same_v<T, double>)
        return z.real();
    else
        return z;
}

// filter(b, a, x[, zi[, dim]]), [y, zf]: the rational transfer function b(z)/a(z) applied
// along dim (default the first non-singleton), coefficients normalised by a(1).
template <typename T>
VoidResult filter_typed(CallContext& cx, Args args, Outs outs, size_t dim)
{
    std::vector<Cd> bc = complex_values(args[0]), ac = complex_values(args[1]);
    size_t n = std::max(bc.size(), ac.size());
    std::vector<T> b(n, T(0)), a(n, T(0));
    for (size_t i = 0; i < bc.size(); ++i)
        b[i] = element<T>(bc[i] / ac[0]);
    for (size_t i = 0; i < ac.size(); ++i)
        a[i] = element<T>(ac[i] / ac[0]);
    Dims d = args[2].dims();
    Slab s = slab_for(d, dim);
    size_t nslices = s.before * s.after;
    std::vector<Cd> zi;
    if (args.size() > 3 && args[3].numel() > 0) {
        zi = complex_values(args[3]);
        if (zi.size() != (n - 1) * nslices)
            return cx.error("MATLAB:filter:invalidInitialConditions", "Initial conditions must be a vector of length max(length(a),length(b))-1, or an array with the leading dimension of size max(length(a),length(b))-1 and with remaining dimensions matching those of x.");
    }
    std::vector<Cd> xv = complex_values(args[2]);
    std::vector<T> x(xv.size()), y(xv.size());
    for (size_t i = 0; i < xv.size(); ++i)
        x[i] = element<T>(xv[i]);
    std::vector<T> zf((n - 1) * nslices), z(n - 1);
    for (size_t l = 0; l < s.after; ++l)
        for (size_t i = 0; i < s.before; ++i) {
            size_t slice = i + s.before * l;
            for (size_t k = 0; k + 1 < n; ++k)
                z[k] = zi.empty() ? T(0) : element<T>(zi[slice * (n - 1) + k]);
            size_t o = s.at(i, 0, l);
            filter_slice(b, a, x.data() + o, y.data() + o, s.len, s.before, z);
            std::copy(z.begin(), z.end(), zf.begin() + static_cast<long>(slice * (n - 1)));
        }
    bool complex = std::is_same_v<T, Cd>;
    ClassId cls = float_class(args.subspan(0, 3));
    std::vector<Cd> yc(y.begin(), y.end()), zc(zf.begin(), zf.end());
    outs[0] = TRY(as_class(cx, from_complex(d, yc, complex), cls));
    if (outs.size() > 1) {
        Dims zd = d.is_vector() || nslices == 1 ? Dims(n - 1, 1) : with_dim(d, dim, n - 1);
        if (!d.is_vector() && nslices > 1 && dim != 0) // zf leads with the state dimension
            zd = Dims(n - 1, nslices);
        outs[1] = TRY(as_class(cx, from_complex(zd, zc, complex), cls));
    }
    return {};
}

VoidResult filter_builtin(CallContext& cx, Args args, Outs outs)
{
    for (size_t i = 0; i < args.size() && i < 4; ++i)
        TRY_VOID(require_float(cx, args[i]));
    if (!is_vector_or_empty(args[0]) || !is_vector_or_empty(args[1]) || args[0].numel() == 0 || args[1].numel() == 0)
        return cx.error("MATLAB:filter:invalidInputs", "Filter coefficients must be nonempty vectors.");
    if (NumericView(args[1])[0] == 0 && NumericView(args[1]).imag(0) == 0)
        return cx.error("MATLAB:filter:firstElementOfDenominatorFilterZero", "First denominator filter coefficient must be non-zero.");
    size_t dim = args.size() > 4 ? TRY(dim_arg(cx, args[4])) : first_nonsingleton(args[2].dims());
    bool complex = false;
    for (size_t i = 0; i < args.size() && i < 4; ++i)
        complex |= is_complex_value(args[i]);
    return complex ? filter_typed<Cd>(cx, args, outs, dim) : filter_typed<double>(cx, args, outs, dim);
}

} // namespace

void register_numeric_poly(BuiltinTable& t)
{
    t.add({ .name = "polyval", .fn = polyval_builtin, .min_in = 2, .max_in = 4, .max_out = 2 });
    t.add({ .name = "polyfit", .fn = polyfit_builtin, .min_in = 3, .max_in = 3, .max_out = 3 });
    t.add({ .name = "roots", .fn = roots_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "conv", .fn = conv_builtin, .min_in = 2, .max_in = 3, .max_out = 1 });
    t.add({ .name = "deconv", .fn = deconv_builtin, .min_in = 2, .max_in = 2, .max_out = 2 });
    t.add({ .name = "filter", .fn = filter_builtin, .min_in = 3, .max_in = 5, .max_out = 2 });
}

} // namespace runmat::runtime::numeric
