// Matrix operators (mtimes, mldivide, mrdivide, mpower) and the factorisation-based builtins
// (inv det norm rank) over Eigen, which calls OpenBLAS natively (EIGEN_USE_BLAS). This is the
// only translation unit that includes Eigen: values come in as DoubleArray buffers (mapped, not
// copied) and results are written straight into new DoubleArrays. Eigen-free linear algebra
// builtins (trace kron dot cross) live in linalg_small.cpp.
#include "runtime/linalg.hpp"
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/builtins/linalg_common.hpp"
#include <Eigen/Core>
#include <Eigen/LU>
#include <Eigen/QR>
#ifdef EIGEN_USE_BLAS
// Native builds link OpenBLAS, which carries LAPACK: the SVD and eigensolvers come from there
// (Eigen's BDCSVD alone costs ~50 s of compile time on this project's 2-core machines).
#define RUNMAT_LAPACK 1
#else
#include <Eigen/SVD>
#endif
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstdio>
#include <limits>

#ifdef RUNMAT_LAPACK
// LAPACK (Fortran ABI; the trailing size_t are the hidden lengths of the character arguments).
extern "C" {
void dgesdd_(char const* jobz, int const* m, int const* n, double* a, int const* lda, double* s, double* u, int const* ldu,
    double* vt, int const* ldvt, double* work, int const* lwork, int* iwork, int* info, size_t);
void dsyev_(char const* jobz, char const* uplo, int const* n, double* a, int const* lda, double* w, double* work,
    int const* lwork, int* info, size_t, size_t);
void zgeev_(char const* jobvl, char const* jobvr, int const* n, std::complex<double>* a, int const* lda,
    std::complex<double>* w, std::complex<double>* vl, int const* ldvl, std::complex<double>* vr, int const* ldvr,
    std::complex<double>* work, int const* lwork, double* rwork, int* info, size_t, size_t);
}
#endif

namespace runmat::runtime {

void register_linalg_small_builtins(BuiltinTable& table);
void register_linalg_decomp_builtins(BuiltinTable& table);

namespace {

using MatR = Eigen::MatrixXd;
using MatC = Eigen::MatrixXcd;
using MapR = Eigen::Map<MatR const>;
using MapRW = Eigen::Map<MatR>;
using Cplx = std::complex<double>;
using linalg::Mat;

constexpr double EPS = std::numeric_limits<double>::epsilon();
constexpr double INF = std::numeric_limits<double>::infinity();

RuntimeError op_error(char const* symbol, std::string id, std::string message)
{
    RuntimeError e = make_error(std::move(id), std::move(message));
    e.raised_by = symbol;
    return e;
}

// "Operator '*' is not supported for operands of type 'cell'."
RuntimeError unsupported_operand(char const* symbol, Value const& a, Value const& b)
{
    Value const& bad = linalg::is_numeric_like(a) ? b : a;
    return op_error(symbol, "MATLAB:UndefinedFunction",
        std::string("Operator '") + symbol + "' is not supported for operands of type '" + std::string(value_class_name(bad)) + "'.");
}

Value from_real(MatR const& x)
{
    auto out = new_double(Dims(static_cast<size_t>(x.rows()), static_cast<size_t>(x.cols())));
    std::copy(x.data(), x.data() + x.size(), out->data());
    return make_double(std::move(out));
}

// A new array from split parts (imaginary part dropped when all zero).
Value from_split(MatR const& re, MatR const& im)
{
    auto out = linalg::new_result(Dims(static_cast<size_t>(re.rows()), static_cast<size_t>(re.cols())), true);
    std::copy(re.data(), re.data() + re.size(), out->data());
    std::copy(im.data(), im.data() + im.size(), out->imag());
    return linalg::finish(std::move(out));
}

Eigen::Index ei(size_t v) { return static_cast<Eigen::Index>(v); }

// The real embedding [Re -Im; Im Re] of a complex matrix: complex factorisations run as real
// ones on it, so only the real LU/QR kernels are instantiated (they dominate compile time).
MatR embed(Mat const& a)
{
    Eigen::Index m = ei(a.rows()), n = ei(a.cols());
    MatR e(2 * m, 2 * n);
    MapR re(a.re, m, n);
    e.topLeftCorner(m, n) = re;
    e.bottomRightCorner(m, n) = re;
    if (a.im) {
        MapR im(a.im, m, n);
        e.topRightCorner(m, n) = -im;
        e.bottomLeftCorner(m, n) = im;
    } else {
        e.topRightCorner(m, n).setZero();
        e.bottomLeftCorner(m, n).setZero();
    }
    return e;
}

// [Re; Im] stacked, the right-hand side matching embed().
MatR stack(Mat const& b)
{
    Eigen::Index m = ei(b.rows()), k = ei(b.cols());
    MatR s(2 * m, k);
    s.topRows(m) = MapR(b.re, m, k);
    if (b.im)
        s.bottomRows(m) = MapR(b.im, m, k);
    else
        s.bottomRows(m).setZero();
    return s;
}

// ---------------------------------------------------------------------------------------------
// mtimes

// C(m x n) (+)= alpha * A(m x k) * B(k x n), all column-major, alpha = +-1. Tiny products use
// a plain loop (no BLAS call overhead); the rest go to dgemm/dgemv through Eigen.
void gemm(double const* a, double const* b, double* c, size_t m, size_t k, size_t n, bool accumulate, double alpha)
{
    if (m * n * k <= 4096) {
        if (!accumulate)
            std::fill(c, c + m * n, 0.0);
        for (size_t j = 0; j < n; ++j) {
            double* cj = c + j * m;
            for (size_t p = 0; p < k; ++p) {
                double s = alpha * b[j * k + p];
                double const* ap = a + p * m;
                for (size_t i = 0; i < m; ++i)
                    cj[i] += ap[i] * s;
            }
        }
        return;
    }
    MapR A(a, ei(m), ei(k));
    MapR B(b, ei(k), ei(n));
    MapRW C(c, ei(m), ei(n));
    if (!accumulate)
        C.noalias() = A * B;
    else if (alpha == 1.0)
        C.noalias() += A * B;
    else
        C.noalias() -= A * B;
}

// Scalar times array, element-wise; the result has the array's shape (any number of dims).
Value scale(Mat const& s, Mat const& x)
{
    size_t n = x.numel();
    bool cplx = s.im || x.im;
    auto out = linalg::new_result(x.dims, cplx);
    double sr = s.re[0], si = s.im ? s.im[0] : 0.0;
    double* o = out->data();
    if (!cplx) {
        for (size_t i = 0; i < n; ++i)
            o[i] = sr * x.re[i];
    } else {
        double* oi = out->imag();
        for (size_t i = 0; i < n; ++i) {
            double xr = x.re[i], xi = x.im ? x.im[i] : 0.0;
            o[i] = sr * xr - si * xi;
            oi[i] = sr * xi + si * xr;
        }
    }
    return linalg::finish(std::move(out));
}

// A * B for 2-D operands with matching inner dimensions.
Value matmul(Mat const& a, Mat const& b)
{
    size_t m = a.rows(), k = a.cols(), n = b.cols();
    bool cplx = a.im || b.im;
    auto out = linalg::new_result(Dims(m, n), cplx);
    if (m * n == 0)
        return linalg::finish(std::move(out));
    double* c = out->data();
    gemm(a.re, b.re, c, m, k, n, false, 1.0);
    if (cplx) {
        // (Ar + iAi)(Br + iBi) = (ArBr - AiBi) + i(ArBi + AiBr): four real products on the
        // split storage, which is what zgemm costs anyway, without interleaving copies.
        double* ci = out->imag();
        if (a.im && b.im)
            gemm(a.im, b.im, c, m, k, n, true, -1.0);
        if (b.im)
            gemm(a.re, b.im, ci, m, k, n, false, 1.0);
        if (a.im)
            gemm(a.im, b.re, ci, m, k, n, b.im != nullptr, 1.0);
    }
    return linalg::finish(std::move(out));
}

Value matmul(Value const& x, Value const& y)
{
    Mat a, b;
    linalg::load(x, a);
    linalg::load(y, b);
    return matmul(a, b);
}

// ---------------------------------------------------------------------------------------------
// Solving

void warn_singular() { emit_warning("MATLAB:singularMatrix", "Matrix is singular to working precision."); }

// MATLAB prints RCOND with %13.6e (so a positive value gets a leading space).
void warn_rcond(double rcond)
{
    if (std::isnan(rcond)) {
        emit_warning("MATLAB:illConditionedMatrix",
            "Matrix is singular, close to singular or badly scaled. Results may be inaccurate. RCOND = NaN.");
        return;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%13.6e", rcond);
    emit_warning("MATLAB:nearlySingularMatrix",
        std::string("Matrix is close to singular or badly scaled. Results may be inaccurate. RCOND = ") + buf + ".");
}

using LU = Eigen::PartialPivLU<MatR>;

// Warn as MATLAB does after factorising a square matrix: exactly singular (a zero pivot),
// or an estimated reciprocal condition number below eps. Returns true when singular.
bool check_conditioning(LU const& lu)
{
    auto d = lu.matrixLU().diagonal();
    for (Eigen::Index i = 0; i < d.size(); ++i)
        if (d(i) == 0.0) {
            warn_singular();
            return true;
        }
    double rc = lu.rcond();
    if (rc < EPS || std::isnan(rc))
        warn_rcond(rc);
    return false;
}

// Least squares with Householder QR and column pivoting: a basic solution when A is rank
// deficient, as MATLAB's (rank from tol = max(m,n) * eps * |R(1,1)|). `embedded` is 2 when A
// is the real embedding of a complex matrix, whose rank is twice the complex one.
void lsq_solve(MapR const& a, MapR const& b, MapRW x, int embedded)
{
    Eigen::Index m = a.rows() / embedded, n = a.cols() / embedded;
    Eigen::ColPivHouseholderQR<MatR> qr(a.rows(), a.cols());
    qr.setThreshold(static_cast<double>(std::max(m, n)) * EPS);
    qr.compute(a);
    Eigen::Index rank = qr.rank() / embedded;
    if (rank < std::min(m, n)) {
        double tol = static_cast<double>(std::max(m, n)) * EPS * std::abs(qr.matrixQR()(0, 0));
        char buf[96];
        std::snprintf(buf, sizeof buf, "Rank deficient, rank = %ld, tol = %13.6e.", static_cast<long>(rank), tol);
        emit_warning("MATLAB:rankDeficientMatrix", buf);
    }
    x = qr.solve(b);
}

// X = A \ B for real A (square: LU with partial pivoting; otherwise least squares).
void real_solve(MapR const& a, MapR const& b, MapRW x, int embedded = 1)
{
    if (a.rows() != a.cols())
        return lsq_solve(a, b, x, embedded);
    LU lu(a);
    check_conditioning(lu);
    x = lu.solve(b);
}

// Complex A \ B through the real embedding: [Ar -Ai; Ai Ar] [Xr; Xi] = [Br; Bi].
Value complex_solve(Mat const& a, Mat const& b)
{
    Eigen::Index n = ei(a.cols()), k = ei(b.cols());
    MatR e = embed(a), rhs = stack(b), x(2 * n, k);
    real_solve(MapR(e.data(), e.rows(), e.cols()), MapR(rhs.data(), rhs.rows(), k), MapRW(x.data(), 2 * n, k), 2);
    return from_split(x.topRows(n), x.bottomRows(n));
}

// X = A \ B for 2-D A, B with rows(A) == rows(B), neither empty.
Value solve(Mat const& a, Mat const& b)
{
    Eigen::Index m = ei(a.rows()), n = ei(a.cols()), k = ei(b.cols());
    if (a.im)
        return complex_solve(a, b);
    MapR A(a.re, m, n);
    if (!b.im) {
        auto out = new_double(Dims(a.cols(), b.cols()));
        real_solve(A, MapR(b.re, m, k), MapRW(out->data(), n, k));
        return make_double(std::move(out));
    }
    // Real A, complex B: one real factorisation, solved for [Re(B) Im(B)] side by side,
    // which is exactly the split layout of the result.
    MatR rhs(m, 2 * k);
    std::copy(b.re, b.re + m * k, rhs.data());
    std::copy(b.im, b.im + m * k, rhs.data() + m * k);
    auto out = linalg::new_result(Dims(a.cols(), b.cols()), true);
    MatR x(n, 2 * k);
    real_solve(A, MapR(rhs.data(), m, 2 * k), MapRW(x.data(), n, 2 * k));
    std::copy(x.data(), x.data() + n * k, out->data());
    std::copy(x.data() + n * k, x.data() + 2 * n * k, out->imag());
    return linalg::finish(std::move(out));
}

// X ./ s for a scalar s (mldivide with scalar A, mrdivide with scalar B).
Value divide_by_scalar(Mat const& x, Mat const& s)
{
    size_t n = x.numel();
    bool cplx = s.im || x.im;
    auto out = linalg::new_result(x.dims, cplx);
    double* o = out->data();
    if (!cplx) {
        double d = s.re[0];
        for (size_t i = 0; i < n; ++i)
            o[i] = x.re[i] / d;
        return linalg::finish(std::move(out));
    }
    Cplx d(s.re[0], s.im ? s.im[0] : 0.0);
    double* oi = out->imag();
    for (size_t i = 0; i < n; ++i) {
        double xr = x.re[i], xi = x.im ? x.im[i] : 0.0;
        Cplx q = d.imag() == 0.0 ? Cplx(xr / d.real(), xi / d.real()) : Cplx(xr, xi) / d;
        o[i] = q.real();
        oi[i] = q.imag();
    }
    return linalg::finish(std::move(out));
}

// dst = src.' (not conjugated), for mrdivide's A/B = (B.' \ A.').'.
void transpose_into(Mat const& src, Mat& dst)
{
    size_t r = src.rows(), c = src.cols();
    auto t = [&](double const* from, Buffer<double>& to) {
        to = Buffer<double>(r * c);
        for (size_t j = 0; j < c; ++j)
            for (size_t i = 0; i < r; ++i)
                to[i * c + j] = from[j * r + i];
        return to.data();
    };
    dst.dims = Dims(c, r);
    dst.re = t(src.re, dst.own_re);
    dst.im = src.im ? t(src.im, dst.own_im) : nullptr;
}

Value copy_of(Mat const& a);

Value transposed(Value const& v)
{
    Mat m, t;
    linalg::load(v, m);
    transpose_into(m, t);
    return copy_of(t);
}

// A double array holding a copy of the operand.
Value copy_of(Mat const& a)
{
    auto out = linalg::new_result(a.dims, a.im != nullptr);
    std::copy(a.re, a.re + a.numel(), out->data());
    if (a.im)
        std::copy(a.im, a.im + a.numel(), out->imag());
    return linalg::finish(std::move(out));
}

// inv(A) for square, non-empty A; all Inf (with the singular warning) when singular.
Value inverse(Mat const& a)
{
    Eigen::Index n = ei(a.rows());
    if (!a.im) {
        LU lu(MapR(a.re, n, n));
        auto out = new_double(Dims(a.rows(), a.rows()));
        MapRW x(out->data(), n, n);
        if (check_conditioning(lu))
            x.setConstant(INF);
        else
            x = lu.inverse();
        return make_double(std::move(out));
    }
    // A^-1 is the solution of [Ar -Ai; Ai Ar] [Xr; Xi] = [I; 0].
    MatR e = embed(a), rhs = MatR::Zero(2 * n, n), x(2 * n, n);
    rhs.topRows(n).setIdentity();
    LU lu(e);
    if (check_conditioning(lu))
        return from_real(MatR::Constant(n, n, INF));
    x = lu.solve(rhs);
    return from_split(x.topRows(n), x.bottomRows(n));
}

// det of a complex square matrix: unblocked LU with partial pivoting (det only needs the
// pivots, and complex determinants are rare enough not to warrant another Eigen kernel).
Cplx complex_det(Mat const& a)
{
    size_t n = a.rows();
    std::vector<Cplx> lu(n * n);
    for (size_t i = 0; i < n * n; ++i)
        lu[i] = Cplx(a.re[i], a.im[i]);
    Cplx det(1.0, 0.0);
    for (size_t k = 0; k < n; ++k) {
        size_t p = k;
        for (size_t i = k + 1; i < n; ++i)
            if (std::abs(lu[k * n + i]) > std::abs(lu[k * n + p]))
                p = i;
        if (p != k) {
            for (size_t j = 0; j < n; ++j)
                std::swap(lu[j * n + k], lu[j * n + p]);
            det = -det;
        }
        Cplx pivot = lu[k * n + k];
        det *= pivot;
        if (pivot == 0.0)
            continue;
        for (size_t i = k + 1; i < n; ++i)
            lu[k * n + i] /= pivot;
        for (size_t j = k + 1; j < n; ++j)
            for (size_t i = k + 1; i < n; ++i)
                lu[j * n + i] -= lu[k * n + i] * lu[j * n + k];
    }
    return det;
}

// ---------------------------------------------------------------------------------------------
// mpower

Cplx cpow_int(Cplx base, double p)
{
    double e = std::fabs(p);
    Cplx r(1.0, 0.0);
    while (e >= 1.0) {
        double half = std::floor(e / 2);
        if (e - 2 * half == 1.0)
            r *= base;
        e = half;
        if (e >= 1.0)
            base *= base;
    }
    return p < 0 ? Cplx(1.0, 0.0) / r : r;
}

bool is_integer(double p) { return std::isfinite(p) && std::floor(p) == p; }

// Scalar ^ scalar with POWER's rules: a negative base with a non-integer exponent is complex.
Value scalar_power(Mat const& a, Mat const& b)
{
    double ar = a.re[0], ai = a.im ? a.im[0] : 0.0;
    double br = b.re[0], bi = b.im ? b.im[0] : 0.0;
    if (ai == 0.0 && bi == 0.0 && (ar >= 0 || is_integer(br) || std::isnan(ar)))
        return Value::scalar(std::pow(ar, br));
    Cplx r = bi == 0.0 && is_integer(br) ? cpow_int(Cplx(ar, ai), br) : std::pow(Cplx(ar, ai), Cplx(br, bi));
    if (r.imag() == 0.0)
        return Value::scalar(r.real());
    return Value::complex(r.real(), r.imag());
}

// A^p for a square, non-empty matrix and integer p by repeated squaring (p < 0: inv(A)^-p).
Value matrix_power_int(Mat const& a, double p)
{
    Value base = p < 0 ? inverse(a) : copy_of(a);
    p = std::fabs(p);
    if (p == 0)
        return from_real(MatR::Identity(ei(a.rows()), ei(a.rows())));
    Value result;
    while (p >= 1.0) {
        double half = std::floor(p / 2);
        if (p - 2 * half == 1.0)
            result = result.is_defined() ? matmul(result, base) : base;
        p = half;
        if (p >= 1.0)
            base = matmul(base, base);
    }
    return result;
}

// NaN if any element is NaN, else Inf if any is infinite, else 0 (all finite).
double non_finite(Mat const& a)
{
    double r = 0;
    for (size_t i = 0; i < a.numel(); ++i) {
        double x = a.re[i], y = a.im ? a.im[i] : 0.0;
        if (std::isnan(x) || std::isnan(y))
            return std::numeric_limits<double>::quiet_NaN();
        if (std::isinf(x) || std::isinf(y))
            r = INF;
    }
    return r;
}

#ifdef RUNMAT_LAPACK
bool is_symmetric(Mat const& a)
{
    size_t n = a.rows();
    for (size_t j = 0; j < n; ++j)
        for (size_t i = j + 1; i < n; ++i)
            if (a.re[j * n + i] != a.re[i * n + j])
                return false;
    return true;
}

// V diag(d) V.' for real V and complex d (the symmetric case of matrix_function).
Value symmetric_function(MatR const& v, Eigen::VectorXcd const& d)
{
    MatR re = v * d.real().asDiagonal() * v.transpose();
    if (d.imag().isZero(0.0))
        return from_real(re);
    MatR im = v * d.imag().asDiagonal() * v.transpose();
    return from_split(re, im);
}

// X = V diag(d) V^-1 for complex V and d, solved as V.' X.' = (V diag(d)).' through the
// real embedding.
Value general_function(MatC const& v, Eigen::VectorXcd const& d)
{
    size_t n = static_cast<size_t>(v.rows());
    MatC vd = v * d.asDiagonal();
    Mat vt, rhs;
    MatR vt_re = v.transpose().real(), vt_im = v.transpose().imag();
    MatR rhs_re = vd.transpose().real(), rhs_im = vd.transpose().imag();
    vt.dims = rhs.dims = Dims(n, n);
    vt.re = vt_re.data();
    vt.im = vt_im.data();
    rhs.re = rhs_re.data();
    rhs.im = rhs_im.data();
    return transposed(complex_solve(vt, rhs));
}
#endif

// f(A) = V f(D) V^-1 through an eigendecomposition (non-integer powers, scalar^matrix). Real
// symmetric matrices use the symmetric solver, so that real results stay real.
template <typename F>
Result<Value> matrix_function(char const* symbol, Mat const& a, F f)
{
    Eigen::Index en = ei(a.rows());
    if (non_finite(a) != 0)
        return from_real(MatR::Constant(en, en, std::numeric_limits<double>::quiet_NaN()));
#ifdef RUNMAT_LAPACK
    int n = static_cast<int>(en), info = 0, lwork = -1;
    auto no_convergence = [&] { return op_error(symbol, "MATLAB:eig:NoConvergence", "Eigenvalue computation did not converge."); };
    if (!a.im && is_symmetric(a)) {
        MatR v = MapR(a.re, en, en);
        Eigen::VectorXd w(en);
        double query = 0;
        dsyev_("V", "U", &n, v.data(), &n, w.data(), &query, &lwork, &info, 1, 1);
        lwork = std::max(1, static_cast<int>(query));
        std::vector<double> work(static_cast<size_t>(lwork));
        dsyev_("V", "U", &n, v.data(), &n, w.data(), work.data(), &lwork, &info, 1, 1);
        if (info != 0)
            return no_convergence();
        Eigen::VectorXcd d = w.cast<Cplx>().unaryExpr(f);
        return symmetric_function(v, d);
    }
    MatC m(en, en), v(en, en);
    for (Eigen::Index i = 0; i < en * en; ++i)
        m.data()[i] = Cplx(a.re[i], a.im ? a.im[i] : 0.0);
    Eigen::VectorXcd w(en);
    std::vector<double> rwork(2 * static_cast<size_t>(n));
    Cplx query;
    int one = 1;
    zgeev_("N", "V", &n, m.data(), &n, w.data(), nullptr, &one, v.data(), &n, &query, &lwork, rwork.data(), &info, 1, 1);
    lwork = std::max(1, static_cast<int>(query.real()));
    std::vector<Cplx> work(static_cast<size_t>(lwork));
    zgeev_("N", "V", &n, m.data(), &n, w.data(), nullptr, &one, v.data(), &n, work.data(), &lwork, rwork.data(), &info, 1, 1);
    if (info != 0)
        return no_convergence();
    return general_function(v, w.unaryExpr(f));
#else
    (void)f;
    return op_error(symbol, "RunMat:notSupported", "Non-integer matrix powers need LAPACK, which this build lacks.");
#endif
}

RuntimeError mpower_dims_error()
{
    return op_error("^", "MATLAB:mpower:notScalarAndSquareMatrix",
        "Incorrect dimensions for raising a matrix to a power. Check that the matrix is square and the power is a scalar. "
        "To operate on each element of the matrix individually, use POWER (.^) for elementwise power.");
}

// ---------------------------------------------------------------------------------------------
// Builtins

RuntimeError undefined_for(CallContext const& cx, Value const& v)
{
    return cx.error("MATLAB:UndefinedFunction",
        "Undefined function '" + std::string(cx.name) + "' for input arguments of type '" + std::string(value_class_name(v)) + "'.");
}

Result<bool> load_square(CallContext const& cx, Value const& v, Mat& m)
{
    if (!linalg::load(v, m))
        return undefined_for(cx, v);
    if (!m.dims.is_matrix() || m.rows() != m.cols())
        return cx.error("MATLAB:square", "Matrix must be square.");
    return true;
}

VoidResult inv_builtin(CallContext& cx, Args args, Outs outs)
{
    Mat a;
    TRY(load_square(cx, args[0], a));
    outs[0] = a.numel() == 0 ? Value::object(new_double(Dims(0, 0))) : inverse(a);
    return {};
}

VoidResult det_builtin(CallContext& cx, Args args, Outs outs)
{
    Mat a;
    TRY(load_square(cx, args[0], a));
    Eigen::Index n = ei(a.rows());
    if (n == 0) {
        outs[0] = Value::scalar(1.0);
    } else if (!a.im) {
        outs[0] = Value::scalar(LU(MapR(a.re, n, n)).determinant());
    } else {
        Cplx d = complex_det(a);
        outs[0] = d.imag() == 0.0 ? Value::scalar(d.real()) : Value::complex(d.real(), d.imag());
    }
    return {};
}

// Singular values of a real matrix, largest first (the matrix is overwritten).
Eigen::VectorXd real_singular_values(MatR& m)
{
#ifdef RUNMAT_LAPACK
    int rows = static_cast<int>(m.rows()), cols = static_cast<int>(m.cols());
    int mn = std::min(rows, cols), lda = std::max(1, rows), one = 1, info = 0, lwork = -1;
    Eigen::VectorXd s(mn);
    std::vector<int> iwork(8 * static_cast<size_t>(mn));
    double query = 0, dummy = 0;
    dgesdd_("N", &rows, &cols, m.data(), &lda, s.data(), &dummy, &one, &dummy, &one, &query, &lwork, iwork.data(), &info, 1);
    lwork = std::max(1, static_cast<int>(query));
    std::vector<double> work(static_cast<size_t>(lwork));
    dgesdd_("N", &rows, &cols, m.data(), &lda, s.data(), &dummy, &one, &dummy, &one, work.data(), &lwork, iwork.data(), &info, 1);
    return s;
#else
    return Eigen::JacobiSVD<MatR>(m).singularValues();
#endif
}

// Singular values, largest first. A complex matrix goes through its real embedding, whose
// singular values are each of the complex matrix's twice.
Eigen::VectorXd singular_values(Mat const& a)
{
    if (!a.im) {
        MatR copy = MapR(a.re, ei(a.rows()), ei(a.cols()));
        return real_singular_values(copy);
    }
    MatR e = embed(a);
    Eigen::VectorXd all = real_singular_values(e);
    Eigen::VectorXd s(std::min(ei(a.rows()), ei(a.cols())));
    for (Eigen::Index i = 0; i < s.size(); ++i)
        s(i) = all(2 * i);
    return s;
}

double max_or_nan(double best, double s) { return s > best || std::isnan(s) ? s : best; }

double matrix_norm(Mat const& a, linalg::NormKind kind)
{
    size_t m = a.rows(), n = a.cols();
    auto mag = [&](size_t i) { return a.im ? std::hypot(a.re[i], a.im[i]) : std::fabs(a.re[i]); };
    switch (kind) {
    case linalg::NormKind::One: {
        double best = 0;
        for (size_t j = 0; j < n; ++j) {
            double s = 0;
            for (size_t i = 0; i < m; ++i)
                s += mag(j * m + i);
            best = max_or_nan(best, s);
        }
        return best;
    }
    case linalg::NormKind::Inf: {
        std::vector<double> rows(m, 0.0);
        for (size_t j = 0; j < n; ++j)
            for (size_t i = 0; i < m; ++i)
                rows[i] += mag(j * m + i);
        double best = 0;
        for (double s : rows)
            best = max_or_nan(best, s);
        return best;
    }
    case linalg::NormKind::Fro: return linalg::vector_norm(a, 2.0);
    default: {
        double nf = non_finite(a);
        return nf != 0 ? nf : singular_values(a)(0);
    }
    }
}

// norm(X), norm(X, p), p in {1, 2, Inf, -Inf, 'fro', any real for vectors}.
VoidResult norm_builtin(CallContext& cx, Args args, Outs outs)
{
    Mat a;
    if (!linalg::load(args[0], a))
        return undefined_for(cx, args[0]);
    if (!a.dims.is_matrix())
        return cx.error("MATLAB:norm:inputMustBe2D", "Input must be 2-D.");
    linalg::NormKind kind = linalg::NormKind::Two;
    double p = 2;
    if (args.size() > 1)
        kind = TRY(linalg::norm_kind(cx, args[1], p));
    if (a.dims.is_vector() || a.numel() == 0) {
        outs[0] = Value::scalar(linalg::vector_norm(a, kind == linalg::NormKind::Fro ? 2.0 : p));
        return {};
    }
    if (kind == linalg::NormKind::P || kind == linalg::NormKind::NegInf)
        return cx.error("MATLAB:norm:unknownNorm", "The only matrix norms available are 1, 2, inf, and 'fro'.");
    outs[0] = Value::scalar(matrix_norm(a, kind));
    return {};
}

// eps(x): the distance from |x| to the next larger double.
double eps_of(double x)
{
    x = std::fabs(x);
    return std::isfinite(x) ? std::nextafter(x, INF) - x : std::numeric_limits<double>::quiet_NaN();
}

// rank(A) = number of singular values above max(size(A)) * eps(norm(A)), or above tol.
VoidResult rank_builtin(CallContext& cx, Args args, Outs outs)
{
    Mat a;
    if (!linalg::load(args[0], a))
        return undefined_for(cx, args[0]);
    if (!a.dims.is_matrix())
        return cx.error("MATLAB:rank:inputMustBe2D", "Input must be 2-D.");
    if (a.numel() == 0) {
        outs[0] = Value::scalar(0.0);
        return {};
    }
    if (non_finite(a) != 0)
        return cx.error("MATLAB:svd:matrixWithNaNInf", "Input to SVD must not contain NaN or Inf.");
    Eigen::VectorXd s = singular_values(a);
    double tol = args.size() > 1 ? TRY(scalar_arg(cx, args[1], "Tolerance"))
                                 : static_cast<double>(std::max(a.rows(), a.cols())) * eps_of(s(0));
    double r = 0;
    for (Eigen::Index i = 0; i < s.size(); ++i)
        r += s(i) > tol ? 1 : 0;
    outs[0] = Value::scalar(r);
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Operators (linalg.hpp)

Result<Value> mtimes(Value const& av, Value const& bv)
{
    if (av.is_num() && bv.is_num())
        return Value::scalar(av.num() * bv.num());
    Mat a, b;
    if (!linalg::load(av, a) || !linalg::load(bv, b))
        return unsupported_operand("*", av, bv);
    if (a.dims.is_scalar())
        return scale(a, b);
    if (b.dims.is_scalar())
        return scale(b, a);
    if (!a.dims.is_matrix() || !b.dims.is_matrix())
        return op_error("*", "MATLAB:mtimes:inputsMustBe2D",
            "Arguments must be 2-D, or at least one argument must be scalar. Use TIMES (.*) for elementwise multiplication.");
    if (a.cols() != b.rows())
        return op_error("*", "MATLAB:innerdim",
            "Incorrect dimensions for matrix multiplication. Check that the number of columns in the first matrix matches the "
            "number of rows in the second matrix. To operate on each element of the matrix individually, use TIMES (.*) for "
            "elementwise multiplication.");
    return matmul(a, b);
}

Result<Value> mldivide(Value const& av, Value const& bv)
{
    if (av.is_num() && bv.is_num())
        return Value::scalar(bv.num() / av.num());
    Mat a, b;
    if (!linalg::load(av, a) || !linalg::load(bv, b))
        return unsupported_operand("\\", av, bv);
    if (a.dims.is_scalar())
        return divide_by_scalar(b, a);
    if (!a.dims.is_matrix() || !b.dims.is_matrix())
        return op_error("\\", "MATLAB:mldivide:inputsMustBe2D",
            "Arguments must be 2-D, or at least one argument must be scalar. Use LDIVIDE (.\\) for elementwise left division.");
    if (a.rows() != b.rows())
        return op_error("\\", "MATLAB:dimagree", "Matrix dimensions must agree.");
    if (a.numel() == 0 || b.numel() == 0)
        return Value::object(new_double(Dims(a.cols(), b.cols()), 0.0));
    return solve(a, b);
}

Result<Value> mrdivide(Value const& av, Value const& bv)
{
    if (av.is_num() && bv.is_num())
        return Value::scalar(av.num() / bv.num());
    Mat a, b;
    if (!linalg::load(av, a) || !linalg::load(bv, b))
        return unsupported_operand("/", av, bv);
    if (b.dims.is_scalar())
        return divide_by_scalar(a, b);
    if (!a.dims.is_matrix() || !b.dims.is_matrix())
        return op_error("/", "MATLAB:mrdivide:inputsMustBe2D",
            "Arguments must be 2-D, or at least one argument must be scalar. Use RDIVIDE (./) for elementwise right division.");
    if (a.cols() != b.cols())
        return op_error("/", "MATLAB:dimagree", "Matrix dimensions must agree.");
    if (a.numel() == 0 || b.numel() == 0)
        return Value::object(new_double(Dims(a.rows(), b.rows()), 0.0));
    Mat at, bt;
    transpose_into(a, at);
    transpose_into(b, bt);
    return transposed(solve(bt, at));
}

Result<Value> mpower(Value const& av, Value const& bv)
{
    Mat a, b;
    if (!linalg::load(av, a) || !linalg::load(bv, b))
        return unsupported_operand("^", av, bv);
    bool a_scalar = a.dims.is_scalar(), b_scalar = b.dims.is_scalar();
    if (a_scalar && b_scalar)
        return scalar_power(a, b);
    Mat const& m = a_scalar ? b : a;
    if (a_scalar == b_scalar || !m.dims.is_matrix() || m.rows() != m.cols())
        return mpower_dims_error();
    if (m.numel() == 0)
        return Value::object(new_double(Dims(0, 0)));
    if (a_scalar) { // s^B = V diag(s.^d) V^-1
        Cplx s(a.re[0], a.im ? a.im[0] : 0.0);
        return matrix_function("^", b, [s](Cplx d) {
            return s.imag() == 0.0 && d.imag() == 0.0 && s.real() >= 0 ? Cplx(std::pow(s.real(), d.real()), 0.0) : std::pow(s, d);
        });
    }
    double pr = b.re[0], pi = b.im ? b.im[0] : 0.0;
    if (pi == 0.0 && is_integer(pr))
        return matrix_power_int(a, pr);
    Cplx p(pr, pi);
    return matrix_function("^", a, [p](Cplx d) {
        return p.imag() == 0.0 && d.imag() == 0.0 && d.real() >= 0 ? Cplx(std::pow(d.real(), p.real()), 0.0) : std::pow(d, p);
    });
}

void register_linalg_builtins(BuiltinTable& table)
{
    table.add({ .name = "inv", .fn = inv_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "det", .fn = det_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "norm", .fn = norm_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    table.add({ .name = "rank", .fn = rank_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    register_linalg_small_builtins(table);
    register_linalg_decomp_builtins(table);
}

} // namespace runmat::runtime
