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
        std::string("Operator '") + symbol + "' is not supported for operands of type '" + std::string(class_name(bad.class_id())) + "'.");
}

// Split complex storage <-> Eigen's interleaved complex matrices (used only for complex
// factorisations; products work on the split parts directly).
MatC to_complex(Mat const& m, bool transpose = false)
{
    size_t r = m.rows(), c = m.cols();
    MatC out(transpose ? c : r, transpose ? r : c);
    for (size_t j = 0; j < c; ++j)
        for (size_t i = 0; i < r; ++i) {
            Cplx v(m.re[j * r + i], m.im ? m.im[j * r + i] : 0.0);
            if (transpose)
                out(static_cast<Eigen::Index>(j), static_cast<Eigen::Index>(i)) = v;
            else
                out(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = v;
        }
    return out;
}

// A new double array holding `x` (complex storage kept only if some imaginary part is nonzero).
Value from_complex(MatC const& x)
{
    auto out = linalg::new_result(Dims(static_cast<size_t>(x.rows()), static_cast<size_t>(x.cols())), true);
    size_t n = static_cast<size_t>(x.size());
    Cplx const* p = x.data();
    for (size_t i = 0; i < n; ++i) {
        out->data()[i] = p[i].real();
        out->imag()[i] = p[i].imag();
    }
    return linalg::finish(std::move(out));
}

Value from_real(MatR const& x)
{
    auto out = new_double(Dims(static_cast<size_t>(x.rows()), static_cast<size_t>(x.cols())));
    std::copy(x.data(), x.data() + x.size(), out->data());
    return make_double(std::move(out));
}

// ---------------------------------------------------------------------------------------------
// mtimes

// C(m x n) = A(m x k) * B(k x n), all column-major. Tiny products use a plain loop (no BLAS
// call overhead); the rest go to dgemm/dgemv through Eigen.
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
    auto ei = [](size_t v) { return static_cast<Eigen::Index>(v); };
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
        bool first = true;
        if (b.im) {
            gemm(a.re, b.im, ci, m, k, n, false, 1.0);
            first = false;
        }
        if (a.im)
            gemm(a.im, b.re, ci, m, k, n, !first, 1.0);
    }
    return linalg::finish(std::move(out));
}

// ---------------------------------------------------------------------------------------------
// Solving

void warn_singular() { emit_warning("MATLAB:singularMatrix", "Matrix is singular to working precision."); }

// MATLAB prints RCOND with %13.6e (so a positive value gets a leading space).
void warn_rcond(double rcond)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%13.6e", rcond);
    if (std::isnan(rcond))
        emit_warning("MATLAB:illConditionedMatrix",
            "Matrix is singular, close to singular or badly scaled. Results may be inaccurate. RCOND = NaN.");
    else
        emit_warning("MATLAB:nearlySingularMatrix",
            std::string("Matrix is close to singular or badly scaled. Results may be inaccurate. RCOND = ") + buf + ".");
}

template <typename M>
bool has_zero_pivot(Eigen::PartialPivLU<M> const& lu)
{
    auto d = lu.matrixLU().diagonal();
    for (Eigen::Index i = 0; i < d.size(); ++i)
        if (d(i) == typename M::Scalar(0))
            return true;
    return false;
}

// Warn as MATLAB does after factorising a square matrix: exactly singular (a zero pivot),
// or an estimated reciprocal condition number below eps. Returns true when singular.
template <typename M>
bool check_conditioning(Eigen::PartialPivLU<M> const& lu)
{
    if (has_zero_pivot(lu)) {
        warn_singular();
        return true;
    }
    double rc = lu.rcond();
    if (rc < EPS || std::isnan(rc))
        warn_rcond(rc);
    return false;
}

// Least squares with Householder QR and column pivoting (a basic solution when A is rank
// deficient, as MATLAB's: rank from tol = max(m,n) * eps * |R(1,1)|).
template <typename M>
void lsq_solve(Eigen::Ref<M const> const& a, Eigen::Ref<M const> const& b, Eigen::Ref<M> x)
{
    Eigen::Index m = a.rows(), n = a.cols();
    Eigen::ColPivHouseholderQR<M> qr(m, n);
    qr.setThreshold(static_cast<double>(std::max(m, n)) * EPS);
    qr.compute(a);
    Eigen::Index rank = qr.rank();
    if (rank < std::min(m, n)) {
        double r11 = std::abs(qr.matrixQR()(0, 0));
        double tol = static_cast<double>(std::max(m, n)) * EPS * r11;
        char buf[96];
        std::snprintf(buf, sizeof buf, "Rank deficient, rank = %ld, tol = %13.6e.", static_cast<long>(rank), tol);
        emit_warning("MATLAB:rankDeficientMatrix", buf);
    }
    x = qr.solve(b);
}

template <typename M>
void square_solve(Eigen::Ref<M const> const& a, Eigen::Ref<M const> const& b, Eigen::Ref<M> x)
{
    Eigen::PartialPivLU<M> lu(a);
    check_conditioning(lu);
    x = lu.solve(b);
}

template <typename M>
void solve_any(Eigen::Ref<M const> const& a, Eigen::Ref<M const> const& b, Eigen::Ref<M> x)
{
    if (a.rows() == a.cols())
        square_solve<M>(a, b, x);
    else
        lsq_solve<M>(a, b, x);
}

// X = A \ B for 2-D A, B with rows(A) == rows(B), neither empty.
Value solve(Mat const& a, Mat const& b)
{
    auto ei = [](size_t v) { return static_cast<Eigen::Index>(v); };
    Eigen::Index n = ei(a.cols()), k = ei(b.cols()), m = ei(a.rows());
    if (!a.im) {
        MapR A(a.re, m, n);
        if (!b.im) {
            auto out = new_double(Dims(a.cols(), b.cols()));
            MapRW X(out->data(), n, k);
            solve_any<MatR>(A, MapR(b.re, m, k), X);
            return make_double(std::move(out));
        }
        // Real A, complex B: one real factorisation, solved for [Re(B) Im(B)] at once.
        MatR rhs(m, 2 * k);
        std::copy(b.re, b.re + m * k, rhs.data());
        std::copy(b.im, b.im + m * k, rhs.data() + m * k);
        MatR x(n, 2 * k);
        solve_any<MatR>(A, rhs, x);
        auto out = linalg::new_result(Dims(a.cols(), b.cols()), true);
        std::copy(x.data(), x.data() + n * k, out->data());
        std::copy(x.data() + n * k, x.data() + 2 * n * k, out->imag());
        return linalg::finish(std::move(out));
    }
    MatC A = to_complex(a), B = to_complex(b);
    MatC x(n, k);
    solve_any<MatC>(A, B, x);
    return from_complex(x);
}

// B ./ A for a scalar A (mldivide with scalar A, mrdivide with scalar B).
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
    } else {
        Cplx d(s.re[0], s.im ? s.im[0] : 0.0);
        double* oi = out->imag();
        for (size_t i = 0; i < n; ++i) {
            Cplx q;
            if (d.imag() == 0.0)
                q = Cplx(x.re[i] / d.real(), (x.im ? x.im[i] : 0.0) / d.real());
            else
                q = Cplx(x.re[i], x.im ? x.im[i] : 0.0) / d;
            o[i] = q.real();
            oi[i] = q.imag();
        }
    }
    return linalg::finish(std::move(out));
}

// A transposed (not conjugated) copy, for mrdivide's A/B = (B.' \ A.').'.
void transpose_into(Mat const& src, Mat& dst)
{
    size_t r = src.rows(), c = src.cols();
    dst.dims = Dims(c, r);
    dst.own_re = Buffer<double>(r * c);
    for (size_t j = 0; j < c; ++j)
        for (size_t i = 0; i < r; ++i)
            dst.own_re[i * c + j] = src.re[j * r + i];
    dst.re = dst.own_re.data();
    dst.im = nullptr;
    if (src.im) {
        dst.own_im = Buffer<double>(r * c);
        for (size_t j = 0; j < c; ++j)
            for (size_t i = 0; i < r; ++i)
                dst.own_im[i * c + j] = src.im[j * r + i];
        dst.im = dst.own_im.data();
    }
}

Value transposed(Value const& v)
{
    Mat m, t;
    linalg::load(v, m);
    transpose_into(m, t);
    auto out = linalg::new_result(t.dims, t.im != nullptr);
    std::copy(t.re, t.re + t.numel(), out->data());
    if (t.im)
        std::copy(t.im, t.im + t.numel(), out->imag());
    return linalg::finish(std::move(out));
}

// ---------------------------------------------------------------------------------------------
// mpower

Cplx cpow_int(Cplx base, double p)
{
    bool neg = p < 0;
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
    return neg ? Cplx(1.0, 0.0) / r : r;
}

bool is_integer(double p) { return std::isfinite(p) && std::floor(p) == p; }

// Scalar ^ scalar with POWER's rules: a negative base with a non-integer exponent is complex.
Value scalar_power(Mat const& a, Mat const& b)
{
    double ar = a.re[0], ai = a.im ? a.im[0] : 0.0;
    double br = b.re[0], bi = b.im ? b.im[0] : 0.0;
    if (ai == 0.0 && bi == 0.0 && (ar >= 0 || is_integer(br) || std::isnan(ar)))
        return Value::scalar(std::pow(ar, br));
    Cplx r;
    if (bi == 0.0 && is_integer(br))
        r = cpow_int(Cplx(ar, ai), br);
    else
        r = std::pow(Cplx(ar, ai), Cplx(br, bi));
    if (r.imag() == 0.0)
        return Value::scalar(r.real());
    return Value::complex(r.real(), r.imag());
}

// A^p for a square matrix and integer p by repeated squaring (p < 0: inv(A)^-p).
template <typename M>
M matrix_power_int(M base, double p)
{
    Eigen::Index n = base.rows();
    if (p < 0) {
        Eigen::PartialPivLU<M> lu(base);
        if (check_conditioning(lu))
            base.setConstant(typename M::Scalar(INF));
        else
            base = lu.inverse();
        p = -p;
    }
    M result = M::Identity(n, n);
    bool have = false;
    while (p >= 1.0) {
        double half = std::floor(p / 2);
        if (p - 2 * half == 1.0) {
            if (!have)
                result = base;
            else
                result = (result * base).eval();
            have = true;
        }
        p = half;
        if (p >= 1.0)
            base = (base * base).eval();
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

bool is_symmetric(Mat const& a)
{
    size_t n = a.rows();
    for (size_t j = 0; j < n; ++j)
        for (size_t i = j + 1; i < n; ++i)
            if (a.re[j * n + i] != a.re[i * n + j])
                return false;
    return true;
}

// f(A) = V f(D) V^-1 through an eigendecomposition (non-integer powers, scalar^matrix). Real
// symmetric matrices use the symmetric solver, so that real results stay real.
template <typename F>
Result<Value> matrix_function(char const* symbol, Mat const& a, F f)
{
    int n = static_cast<int>(a.rows());
    Eigen::Index en = n;
    if (non_finite(a) != 0)
        return from_real(MatR::Constant(en, en, std::numeric_limits<double>::quiet_NaN()));
#ifdef RUNMAT_LAPACK
    int info = 0, lwork = -1;
    if (!a.im && is_symmetric(a)) {
        MatR v = MapR(a.re, en, en);
        Eigen::VectorXd w(en);
        double query = 0;
        dsyev_("V", "U", &n, v.data(), &n, w.data(), &query, &lwork, &info, 1, 1);
        lwork = std::max(1, static_cast<int>(query));
        std::vector<double> work(static_cast<size_t>(lwork));
        dsyev_("V", "U", &n, v.data(), &n, w.data(), work.data(), &lwork, &info, 1, 1);
        if (info != 0)
            return op_error(symbol, "MATLAB:eig:NoConvergence", "Eigenvalue computation did not converge.");
        Eigen::VectorXcd d(en);
        bool real = true;
        for (Eigen::Index i = 0; i < en; ++i) {
            d(i) = f(Cplx(w(i), 0.0));
            real = real && d(i).imag() == 0.0;
        }
        if (real)
            return from_real(v * d.real().asDiagonal() * v.transpose());
        MatC vc = v.cast<Cplx>();
        return from_complex(vc * d.asDiagonal() * vc.transpose());
    }
    MatC m = to_complex(a), v(en, en);
    Eigen::VectorXcd w(en);
    std::vector<double> rwork(2 * static_cast<size_t>(n));
    Cplx query;
    int one = 1;
    zgeev_("N", "V", &n, m.data(), &n, w.data(), nullptr, &one, v.data(), &n, &query, &lwork, rwork.data(), &info, 1, 1);
    lwork = std::max(1, static_cast<int>(query.real()));
    std::vector<Cplx> work(static_cast<size_t>(lwork));
    zgeev_("N", "V", &n, m.data(), &n, w.data(), nullptr, &one, v.data(), &n, work.data(), &lwork, rwork.data(), &info, 1, 1);
    if (info != 0)
        return op_error(symbol, "MATLAB:eig:NoConvergence", "Eigenvalue computation did not converge.");
    for (Eigen::Index i = 0; i < en; ++i)
        w(i) = f(w(i));
    MatC vd = v * w.asDiagonal();
    // X V = V f(D)  =>  V.' X.' = (V f(D)).'
    Eigen::PartialPivLU<MatC> lu(v.transpose());
    check_conditioning(lu);
    MatC xt = lu.solve(vd.transpose());
    return from_complex(xt.transpose());
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
        "Undefined function '" + std::string(cx.name) + "' for input arguments of type '" + std::string(class_name(v.class_id())) + "'.");
}

Result<bool> load_square(CallContext const& cx, Value const& v, Mat& m)
{
    if (!linalg::load(v, m))
        return undefined_for(cx, v);
    if (!m.dims.is_matrix() || m.rows() != m.cols())
        return cx.error("MATLAB:square", "Matrix must be square.");
    return true;
}

Value inverse(Mat const& a)
{
    size_t n = a.rows();
    Eigen::Index en = static_cast<Eigen::Index>(n);
    if (n == 0)
        return Value::object(new_double(Dims(0, 0)));
    if (!a.im) {
        Eigen::PartialPivLU<MatR> lu(MapR(a.re, en, en));
        auto out = new_double(Dims(n, n));
        MapRW X(out->data(), en, en);
        if (check_conditioning(lu))
            X.setConstant(INF);
        else
            X = lu.inverse();
        return make_double(std::move(out));
    }
    Eigen::PartialPivLU<MatC> lu(to_complex(a));
    if (check_conditioning(lu))
        return from_real(MatR::Constant(en, en, INF));
    return from_complex(lu.inverse());
}

VoidResult inv_builtin(CallContext& cx, Args args, Outs outs)
{
    Mat a;
    TRY(load_square(cx, args[0], a));
    outs[0] = inverse(a);
    return {};
}

VoidResult det_builtin(CallContext& cx, Args args, Outs outs)
{
    Mat a;
    TRY(load_square(cx, args[0], a));
    Eigen::Index n = static_cast<Eigen::Index>(a.rows());
    if (n == 0) {
        outs[0] = Value::scalar(1.0);
        return {};
    }
    if (!a.im) {
        outs[0] = Value::scalar(Eigen::PartialPivLU<MatR>(MapR(a.re, n, n)).determinant());
        return {};
    }
    Cplx d = Eigen::PartialPivLU<MatC>(to_complex(a)).determinant();
    outs[0] = d.imag() == 0.0 ? Value::scalar(d.real()) : Value::complex(d.real(), d.imag());
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

// Singular values, largest first. Complex matrices go through the real embedding
// [Re -Im; Im Re], whose singular values are each of A's twice (one real SVD for both).
Eigen::VectorXd singular_values(Mat const& a)
{
    Eigen::Index m = static_cast<Eigen::Index>(a.rows()), n = static_cast<Eigen::Index>(a.cols());
    if (!a.im) {
        MatR copy = MapR(a.re, m, n);
        return real_singular_values(copy);
    }
    MatR e(2 * m, 2 * n);
    MapR re(a.re, m, n), im(a.im, m, n);
    e.topLeftCorner(m, n) = re;
    e.bottomRightCorner(m, n) = re;
    e.topRightCorner(m, n) = -im;
    e.bottomLeftCorner(m, n) = im;
    Eigen::VectorXd all = real_singular_values(e);
    Eigen::VectorXd s(std::min(m, n));
    for (Eigen::Index i = 0; i < s.size(); ++i)
        s(i) = all(2 * i);
    return s;
}

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
            if (s > best || std::isnan(s))
                best = s;
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
            if (s > best || std::isnan(s))
                best = s;
        return best;
    }
    case linalg::NormKind::Fro: return linalg::vector_norm(a, 2.0);
    case linalg::NormKind::Two:
    default: {
        double nf = non_finite(a);
        if (nf != 0)
            return nf;
        return singular_values(a)(0);
    }
    }
}

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
    if (a.numel() == 0) {
        outs[0] = Value::scalar(0.0);
        return {};
    }
    if (a.dims.is_vector()) {
        if (kind == linalg::NormKind::Fro)
            p = 2;
        outs[0] = Value::scalar(linalg::vector_norm(a, p));
        return {};
    }
    if (kind == linalg::NormKind::P || kind == linalg::NormKind::NegInf)
        return cx.error("MATLAB:norm:unknownNorm", "The only matrix norms available are 1, 2, inf, and 'fro'.");
    outs[0] = Value::scalar(matrix_norm(a, kind));
    return {};
}

double eps_of(double x)
{
    x = std::fabs(x);
    if (!std::isfinite(x))
        return std::numeric_limits<double>::quiet_NaN();
    return std::nextafter(x, INF) - x;
}

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
    if (a_scalar == b_scalar)
        return mpower_dims_error();
    Mat const& m = a_scalar ? b : a;
    if (!m.dims.is_matrix() || m.rows() != m.cols())
        return mpower_dims_error();
    Eigen::Index n = static_cast<Eigen::Index>(m.rows());
    if (n == 0)
        return Value::object(new_double(Dims(0, 0)));
    if (a_scalar) {
        // s^B = V diag(s.^d) V^-1
        Cplx s(a.re[0], a.im ? a.im[0] : 0.0);
        return matrix_function("^", b, [s](Cplx d) {
            if (s.imag() == 0.0 && d.imag() == 0.0 && s.real() >= 0)
                return Cplx(std::pow(s.real(), d.real()), 0.0);
            return std::pow(s, d);
        });
    }
    double pr = b.re[0], pi = b.im ? b.im[0] : 0.0;
    if (pi == 0.0 && is_integer(pr)) {
        if (!a.im)
            return from_real(matrix_power_int<MatR>(MapR(a.re, n, n), pr));
        return from_complex(matrix_power_int<MatC>(to_complex(a), pr));
    }
    Cplx p(pr, pi);
    return matrix_function("^", a, [p](Cplx d) {
        if (p.imag() == 0.0 && d.imag() == 0.0 && d.real() >= 0)
            return Cplx(std::pow(d.real(), p.real()), 0.0);
        return std::pow(d, p);
    });
}

void register_linalg_builtins(BuiltinTable& table)
{
    table.add({ .name = "inv", .fn = inv_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "det", .fn = det_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "norm", .fn = norm_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    table.add({ .name = "rank", .fn = rank_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    register_linalg_small_builtins(table);
}

} // namespace runmat::runtime
