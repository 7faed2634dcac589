// Polynomial and signal builtins: polyfit polyval roots conv deconv filter. roots finds the
// eigenvalues of the companion matrix with ports of LAPACK's dgebal scaling and dlahqr
// (Francis double-shift QR), so roots come out in MATLAB's order without linking LAPACK; polyfit solves its least-squares system through the
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

// A dense n x n real matrix with 1-based (row, col) access, as LAPACK's routines index it.
struct Mat1 {
    size_t n;
    std::vector<double> a;
    explicit Mat1(size_t n_) : n(n_), a((n_ + 1) * (n_ + 1), 0.0) { }
    double& operator()(size_t i, size_t j) { return a[i * (n + 1) + j]; }
};

// Balance (LAPACK dgebal's scaling step, 2-norms): a diagonal similarity by powers of 2 that
// evens out row and column norms, which makes the QR iteration more accurate. A companion
// matrix never needs dgebal's permutation step.
void balance(Mat1& a)
{
    constexpr double SCLFAC = 2, FACTOR = 0.95;
    size_t n = a.n;
    bool noconv = true;
    while (noconv) {
        noconv = false;
        for (size_t i = 1; i <= n; ++i) {
            double c = 0, r = 0;
            for (size_t j = 1; j <= n; ++j) {
                c += a(j, i) * a(j, i);
                r += a(i, j) * a(i, j);
            }
            c = std::sqrt(c);
            r = std::sqrt(r);
            if (c == 0 || r == 0)
                continue;
            double g = r / SCLFAC, f = 1, s = c + r;
            while (c < g) {
                f *= SCLFAC;
                c *= SCLFAC;
                r /= SCLFAC;
                g /= SCLFAC;
            }
            g = c / SCLFAC;
            while (g >= r) {
                f /= SCLFAC;
                c /= SCLFAC;
                g /= SCLFAC;
                r *= SCLFAC;
            }
            if (c + r >= FACTOR * s)
                continue;
            noconv = true;
            for (size_t j = 1; j <= n; ++j)
                a(i, j) /= f;
            for (size_t j = 1; j <= n; ++j)
                a(j, i) *= f;
        }
    }
}

double sign_of(double a, double b) { return b >= 0 ? std::fabs(a) : -std::fabs(a); }

// LAPACK dlanv2: the eigenvalues of the 2x2 block [a b; c d] in standard Schur form (a
// conjugate pair is returned positive imaginary part first).
void lanv2(double a, double b, double c, double d, Cd& e1, Cd& e2)
{
    constexpr double EPS = 1.1102230246251565e-16, MULTPL = 4;
    if (c == 0) {
    } else if (b == 0) {
        std::swap(a, d);
        b = -c;
        c = 0;
    } else if (a - d == 0 && sign_of(1, b) != sign_of(1, c)) {
    } else {
        double temp = a - d, p = 0.5 * temp;
        double bcmax = std::max(std::fabs(b), std::fabs(c));
        double bcmis = std::min(std::fabs(b), std::fabs(c)) * sign_of(1, b) * sign_of(1, c);
        double scale = std::max(std::fabs(p), bcmax);
        double z = (p / scale) * p + (bcmax / scale) * bcmis;
        if (z >= MULTPL * EPS) { // real eigenvalues
            z = p + sign_of(std::sqrt(scale) * std::sqrt(z), p);
            a = d + z;
            d = d - (bcmax / z) * bcmis;
            b = b - c;
            c = 0;
        } else { // complex or nearly equal real eigenvalues: make the diagonal equal
            double sigma = b + c, tau = std::hypot(sigma, temp);
            double cs = std::sqrt(0.5 * (1 + std::fabs(sigma) / tau));
            double sn = -(p / (tau * cs)) * sign_of(1, sigma);
            double aa = a * cs + b * sn, bb = -a * sn + b * cs, cc = c * cs + d * sn, dd = -c * sn + d * cs;
            a = aa * cs + cc * sn;
            b = bb * cs + dd * sn;
            c = -aa * sn + cc * cs;
            d = -bb * sn + dd * cs;
            temp = 0.5 * (a + d);
            a = d = temp;
            if (c != 0) {
                if (b != 0) {
                    if (sign_of(1, b) == sign_of(1, c)) {
                        double sab = std::sqrt(std::fabs(b)), sac = std::sqrt(std::fabs(c));
                        p = sign_of(sab * sac, c);
                        a = temp + p;
                        d = temp - p;
                        b = b - c;
                        c = 0;
                    }
                } else {
                    b = -c;
                    c = 0;
                }
            }
        }
    }
    double im = c == 0 ? 0 : std::sqrt(std::fabs(b)) * std::sqrt(std::fabs(c));
    e1 = Cd(a, im);
    e2 = Cd(d, -im);
}

// LAPACK dlarfg for n <= 3: the Householder reflector H (I - tau v v') with H [alpha; x] =
// [beta; 0]; alpha becomes beta, x becomes v(2:n).
double larfg(size_t n, double& alpha, double* x)
{
    if (n <= 1)
        return 0;
    double xnorm = 0;
    for (size_t i = 0; i + 1 < n; ++i)
        xnorm = std::hypot(xnorm, x[i]);
    if (xnorm == 0)
        return 0;
    double beta = -sign_of(std::hypot(alpha, xnorm), alpha);
    double tau = (beta - alpha) / beta;
    double scale = 1 / (alpha - beta);
    for (size_t i = 0; i + 1 < n; ++i)
        x[i] *= scale;
    alpha = beta;
    return tau;
}

constexpr double ULP = 2.220446049250313e-16;

long idx(size_t i) { return static_cast<long>(i); }

// dlahqr's search for a negligible subdiagonal H(k, k-1) in rows l+1..i (Ahues & Tisseur's
// conservative criterion); returns that k, or l if none.
long find_split(Mat1& h, long l, long i, double smlnum)
{
    long n = idx(h.n);
    auto H = [&](long r, long c) { return h(static_cast<size_t>(r), static_cast<size_t>(c)); };
    for (long k = i; k > l; --k) {
        double sub = std::fabs(H(k, k - 1));
        if (sub <= smlnum)
            return k;
        double tst = std::fabs(H(k - 1, k - 1)) + std::fabs(H(k, k));
        if (tst == 0) {
            if (k - 2 >= 1)
                tst += std::fabs(H(k - 1, k - 2));
            if (k + 1 <= n)
                tst += std::fabs(H(k + 1, k));
        }
        if (sub > ULP * tst)
            continue;
        double ab = std::max(sub, std::fabs(H(k - 1, k))), ba = std::min(sub, std::fabs(H(k - 1, k)));
        double aa = std::max(std::fabs(H(k, k)), std::fabs(H(k - 1, k - 1) - H(k, k)));
        double bb = std::min(std::fabs(H(k, k)), std::fabs(H(k - 1, k - 1) - H(k, k)));
        double s = aa + ab;
        if (ba * (ab / s) <= std::max(smlnum, ULP * (bb * (aa / s))))
            return k;
    }
    return l;
}

struct Shifts {
    double r1 = 0, i1 = 0, r2 = 0, i2 = 0;
};

// The two shifts: eigenvalues of the trailing 2x2 block (two equal real shifts, the one closer
// to H(i, i), when they are real), or dlahqr's exceptional shifts every 10 iterations.
Shifts shifts(Mat1& h, long l, long i, long kdefl)
{
    constexpr double DAT1 = 0.75, DAT2 = -0.4375;
    constexpr long KEXSH = 10;
    auto H = [&](long r, long c) { return h(static_cast<size_t>(r), static_cast<size_t>(c)); };
    double h11, h12, h21, h22;
    if (kdefl % (2 * KEXSH) == 0 || kdefl % KEXSH == 0) {
        double s = kdefl % (2 * KEXSH) == 0 ? std::fabs(H(i, i - 1)) + std::fabs(H(i - 1, i - 2))
                                             : std::fabs(H(l + 1, l)) + std::fabs(H(l + 2, l + 1));
        h11 = DAT1 * s + (kdefl % (2 * KEXSH) == 0 ? H(i, i) : H(l, l));
        h12 = DAT2 * s;
        h21 = s;
        h22 = h11;
    } else {
        h11 = H(i - 1, i - 1);
        h21 = H(i, i - 1);
        h12 = H(i - 1, i);
        h22 = H(i, i);
    }
    Shifts sh;
    double s = std::fabs(h11) + std::fabs(h12) + std::fabs(h21) + std::fabs(h22);
    if (s == 0)
        return sh;
    h11 /= s;
    h21 /= s;
    h12 /= s;
    h22 /= s;
    double tr = (h11 + h22) / 2, det = (h11 - tr) * (h22 - tr) - h12 * h21, rtdisc = std::sqrt(std::fabs(det));
    if (det >= 0) {
        sh.r1 = sh.r2 = tr * s;
        sh.i1 = rtdisc * s;
        sh.i2 = -sh.i1;
    } else {
        double a = tr + rtdisc, b = tr - rtdisc;
        sh.r1 = sh.r2 = (std::fabs(a - h22) <= std::fabs(b - h22) ? a : b) * s;
    }
    return sh;
}

// The row m >= l where the double-shift sweep starts (two consecutive small subdiagonals), and
// the first column of the shifted product (H - s1)(H - s2) there, in v.
long sweep_start(Mat1& h, long l, long i, Shifts const& sh, double v[3])
{
    auto H = [&](long r, long c) { return h(static_cast<size_t>(r), static_cast<size_t>(c)); };
    long m = i - 2;
    for (; m >= l; --m) {
        double h21s = H(m + 1, m);
        double sc = std::fabs(H(m, m) - sh.r2) + std::fabs(sh.i2) + std::fabs(h21s);
        h21s = H(m + 1, m) / sc;
        v[0] = h21s * H(m, m + 1) + (H(m, m) - sh.r1) * ((H(m, m) - sh.r2) / sc) - sh.i1 * (sh.i2 / sc);
        v[1] = h21s * (H(m, m) + H(m + 1, m + 1) - sh.r1 - sh.r2);
        v[2] = h21s * H(m + 2, m + 1);
        sc = std::fabs(v[0]) + std::fabs(v[1]) + std::fabs(v[2]);
        v[0] /= sc;
        v[1] /= sc;
        v[2] /= sc;
        if (m == l)
            break;
        double lhs = std::fabs(H(m, m - 1)) * (std::fabs(v[1]) + std::fabs(v[2]));
        double rhs = ULP * std::fabs(v[0]) * (std::fabs(H(m - 1, m - 1)) + std::fabs(H(m, m)) + std::fabs(H(m + 1, m + 1)));
        if (lhs <= rhs)
            break;
    }
    return m;
}

// One double-shift QR sweep on rows/columns l..i starting at m: a 3x3 (last: 2x2) Householder
// reflection creates a bulge below the subdiagonal and the next ones chase it to the bottom.
void qr_sweep(Mat1& h, long l, long m, long i, double v[3])
{
    auto H = [&](long r, long c) -> double& { return h(static_cast<size_t>(r), static_cast<size_t>(c)); };
    for (long k = m; k <= i - 1; ++k) {
        long nr = std::min<long>(3, i - k + 1);
        if (k > m)
            for (long r = 0; r < nr; ++r)
                v[r] = H(k + r, k - 1);
        double t1 = larfg(static_cast<size_t>(nr), v[0], v + 1);
        if (k > m) {
            H(k, k - 1) = v[0];
            H(k + 1, k - 1) = 0;
            if (k < i - 1)
                H(k + 2, k - 1) = 0;
        } else if (m > l) {
            H(k, k - 1) *= (1 - t1);
        }
        double v2 = v[1], t2 = t1 * v2, v3 = nr == 3 ? v[2] : 0, t3 = t1 * v3;
        for (long j = k; j <= i; ++j) { // from the left, columns k..i
            double sum = H(k, j) + v2 * H(k + 1, j) + (nr == 3 ? v3 * H(k + 2, j) : 0);
            H(k, j) -= sum * t1;
            H(k + 1, j) -= sum * t2;
            if (nr == 3)
                H(k + 2, j) -= sum * t3;
        }
        for (long j = l; j <= std::min(k + 3, i); ++j) { // from the right, rows l..min(k+3, i)
            double sum = H(j, k) + v2 * H(j, k + 1) + (nr == 3 ? v3 * H(j, k + 2) : 0);
            H(j, k) -= sum * t1;
            H(j, k + 1) -= sum * t2;
            if (nr == 3)
                H(j, k + 2) -= sum * t3;
        }
    }
}

// Eigenvalues of an upper Hessenberg matrix: LAPACK dlahqr (eigenvalues only, as MATLAB's eig
// reaches it through dgeev/dhseqr for small matrices), so roots come out in MATLAB's order.
// Deflates one eigenvalue or a 2x2 block at a time from the bottom. `ev` is 1-based. False if
// the iteration did not converge.
bool lahqr(Mat1& h, std::vector<Cd>& ev)
{
    long n = idx(h.n);
    auto H = [&](long r, long c) -> double& { return h(static_cast<size_t>(r), static_cast<size_t>(c)); };
    for (long j = 1; j <= n - 3; ++j)
        H(j + 2, j) = H(j + 3, j) = 0;
    if (n >= 3)
        H(n, n - 2) = 0;
    double smlnum = std::numeric_limits<double>::min() * (static_cast<double>(n) / ULP);
    long itmax = 30 * std::max<long>(10, n), kdefl = 0;
    for (long i = n; i >= 1;) {
        long l = 1;
        bool converged = false;
        for (long its = 0; its <= itmax && !converged; ++its) {
            l = find_split(h, l, i, smlnum);
            if (l > 1)
                H(l, l - 1) = 0;
            if (l >= i - 1) {
                converged = true;
                break;
            }
            ++kdefl;
            double v[3];
            Shifts sh = shifts(h, l, i, kdefl);
            long m = sweep_start(h, l, i, sh, v);
            qr_sweep(h, l, m, i, v);
        }
        if (!converged)
            return false;
        if (l == i)
            ev[static_cast<size_t>(i)] = Cd(H(i, i), 0);
        else
            lanv2(H(i - 1, i - 1), H(i - 1, i), H(i, i - 1), H(i, i), ev[static_cast<size_t>(i - 1)], ev[static_cast<size_t>(i)]);
        kdefl = 0;
        i = l - 1;
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
        std::vector<Cd> ev1(n + 1);
        if (!lahqr(a, ev1))
            return cx.error("MATLAB:roots:noConvergence", "QR iteration for the eigenvalues did not converge.");
        std::vector<Cd> ev(ev1.begin() + 1, ev1.end());
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
    std::vector<Cd> full;
    if (complex) {
        full = convolve(complex_values(args[0]), complex_values(args[1]));
    } else {
        std::vector<double> c = convolve_real(real_values(args[0]), real_values(args[1]));
        full.assign(c.begin(), c.end());
    }
    size_t la = args[0].numel(), lb = args[1].numel();
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
// Orders up to 2 (gains, first-order sections, biquads) keep the state in registers.
template <typename T>
void filter_slice(std::vector<T> const& b, std::vector<T> const& a, T const* x, T* y, size_t len, size_t stride, std::vector<T>& z)
{
    size_t n = b.size();
    T const b0 = b[0];
    if (n == 1) {
        for (size_t k = 0; k < len; ++k)
            y[k * stride] = b0 * x[k * stride];
        return;
    }
    if (n <= 3) {
        T const b1 = b[1], a1 = a[1], b2 = n == 3 ? b[2] : T(0), a2 = n == 3 ? a[2] : T(0);
        T z0 = z[0], z1 = n == 3 ? z[1] : T(0);
        for (size_t k = 0; k < len; ++k) {
            T xk = x[k * stride];
            T yk = b0 * xk + z0;
            z0 = b1 * xk + z1 - a1 * yk;
            z1 = b2 * xk - a2 * yk;
            y[k * stride] = yk;
        }
        z[0] = z0;
        if (n == 3)
            z[1] = z1;
        return;
    }
    for (size_t k = 0; k < len; ++k) {
        T xk = x[k * stride];
        T yk = b0 * xk + z[0];
        for (size_t i = 1; i + 1 < n; ++i)
            z[i - 1] = b[i] * xk + z[i] - a[i] * yk;
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

// The elements of v as T (double: real parts; Cd: complex).
template <typename T>
std::vector<T> values_as(Value const& v)
{
    if constexpr (std::is_same_v<T, double>)
        return real_values(v);
    else
        return complex_values(v);
}

template <typename T>
Value array_of(Dims d, std::vector<T> const& v)
{
    if constexpr (std::is_same_v<T, double>)
        return double_from(d, v.data());
    else
        return complex_from(d, v);
}

// Every slice of x (slab s) through the filter; zf holds each slice's state (zi in, zf out).
template <typename T>
void run_filter(std::vector<T> const& b, std::vector<T> const& a, T const* x, T* y, Slab const& s, std::vector<T>& z, std::vector<T>& zf)
{
    size_t order = z.size();
    for (size_t l = 0; l < s.after; ++l)
        for (size_t i = 0; i < s.before; ++i) {
            T* state = zf.data() + (i + s.before * l) * order;
            std::copy(state, state + order, z.begin());
            size_t o = s.at(i, 0, l);
            filter_slice(b, a, x + o, y + o, s.len, s.before, z);
            std::copy(z.begin(), z.end(), state);
        }
}

// filter(b, a, x[, zi[, dim]]), [y, zf]: the rational transfer function b(z)/a(z) applied
// along dim (default the first non-singleton), coefficients normalised by a(1). zf is
// (n-1) x (number of slices).
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
    std::vector<T> zf((n - 1) * nslices, T(0));
    if (args.size() > 3 && args[3].numel() > 0) {
        zf = values_as<T>(args[3]);
        if (zf.size() != (n - 1) * nslices)
            return cx.error("MATLAB:filter:invalidInitialConditions", "Initial conditions must be a vector of length max(length(a),length(b))-1, or an array with the leading dimension of size max(length(a),length(b))-1 and with remaining dimensions matching those of x.");
    }
    // Real data is read in place and filtered straight into the result (large signals: no
    // extra copies); complex data goes through complex buffers.
    std::vector<T> xbuf, ybuf, z(n - 1);
    Ref<DoubleArray> yreal;
    T const* x;
    T* y;
    if constexpr (std::is_same_v<T, double>) {
        DoubleOperand xo(args[2]); // logical/char/single are converted once, doubles read in place
        x = xo.re();
        yreal = new_double(d);
        y = yreal->data();
        run_filter(b, a, x, y, s, z, zf);
    } else {
        xbuf = values_as<T>(args[2]);
        ybuf.resize(xbuf.size());
        x = xbuf.data();
        y = ybuf.data();
        run_filter(b, a, x, y, s, z, zf);
    }
    ClassId cls = float_class(args.subspan(0, 3));
    if constexpr (std::is_same_v<T, double>)
        outs[0] = TRY(as_class(cx, make_double(std::move(yreal)), cls));
    else
        outs[0] = TRY(as_class(cx, array_of(d, ybuf), cls));
    if (outs.size() > 1)
        outs[1] = TRY(as_class(cx, array_of(Dims(n - 1, nslices), zf), cls));
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
