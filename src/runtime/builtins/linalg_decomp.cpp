// Matrix decompositions and matrix functions: eig svd chol qr lu pinv null orth expm logm sqrtm
// linsolve cond rcond. The factorisations call LAPACK (OpenBLAS) directly, so that signs,
// orderings and normalisations are LAPACK's, as MATLAB's are; Eigen (Core only) holds the
// matrices and does the products. Values in, values out: knows nothing of the VM.
#define EIGEN_USE_BLAS
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/builtins/linalg_common.hpp"
#include "runtime/linalg.hpp"
#include "runtime/struct.hpp"
#include <Eigen/Core>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <complex>
#include <cstdio>
#include <limits>
#include <vector>

using Cplx = std::complex<double>;

// LAPACK, Fortran ABI: every argument by pointer, the trailing size_t are the hidden
// lengths of the character arguments.
extern "C" {
void dsyev_(char const*, char const*, int const*, double*, int const*, double*, double*, int const*, int*, size_t, size_t);
void zheev_(char const*, char const*, int const*, Cplx*, int const*, double*, Cplx*, int const*, double*, int*, size_t, size_t);
void dgeev_(char const*, char const*, int const*, double*, int const*, double*, double*, double*, int const*, double*,
    int const*, double*, int const*, int*, size_t, size_t);
void zgeev_(char const*, char const*, int const*, Cplx*, int const*, Cplx*, Cplx*, int const*, Cplx*, int const*, Cplx*,
    int const*, double*, int*, size_t, size_t);
void dsygv_(int const*, char const*, char const*, int const*, double*, int const*, double*, int const*, double*, double*,
    int const*, int*, size_t, size_t);
void zhegv_(int const*, char const*, char const*, int const*, Cplx*, int const*, Cplx*, int const*, double*, Cplx*,
    int const*, double*, int*, size_t, size_t);
void dggev_(char const*, char const*, int const*, double*, int const*, double*, int const*, double*, double*, double*,
    double*, int const*, double*, int const*, double*, int const*, int*, size_t, size_t);
void zggev_(char const*, char const*, int const*, Cplx*, int const*, Cplx*, int const*, Cplx*, Cplx*, Cplx*, int const*,
    Cplx*, int const*, Cplx*, int const*, double*, int*, size_t, size_t);
void dgesvd_(char const*, char const*, int const*, int const*, double*, int const*, double*, double*, int const*, double*,
    int const*, double*, int const*, int*, size_t, size_t);
void zgesvd_(char const*, char const*, int const*, int const*, Cplx*, int const*, double*, Cplx*, int const*, Cplx*,
    int const*, Cplx*, int const*, double*, int*, size_t, size_t);
void dpotrf_(char const*, int const*, double*, int const*, int*, size_t);
void zpotrf_(char const*, int const*, Cplx*, int const*, int*, size_t);
void dgeqrf_(int const*, int const*, double*, int const*, double*, double*, int const*, int*);
void zgeqrf_(int const*, int const*, Cplx*, int const*, Cplx*, Cplx*, int const*, int*);
void dgeqp3_(int const*, int const*, double*, int const*, int*, double*, double*, int const*, int*);
void zgeqp3_(int const*, int const*, Cplx*, int const*, int*, Cplx*, Cplx*, int const*, double*, int*);
void dorgqr_(int const*, int const*, int const*, double*, int const*, double const*, double*, int const*, int*);
void zungqr_(int const*, int const*, int const*, Cplx*, int const*, Cplx const*, Cplx*, int const*, int*);
void dgetrf_(int const*, int const*, double*, int const*, int*, int*);
void zgetrf_(int const*, int const*, Cplx*, int const*, int*, int*);
void dgetrs_(char const*, int const*, int const*, double const*, int const*, int const*, double*, int const*, int*, size_t);
void zgetrs_(char const*, int const*, int const*, Cplx const*, int const*, int const*, Cplx*, int const*, int*, size_t);
void dgecon_(char const*, int const*, double const*, int const*, double const*, double*, double*, int*, int*, size_t);
void zgecon_(char const*, int const*, Cplx const*, int const*, double const*, double*, Cplx*, double*, int*, size_t);
void dgetri_(int const*, double*, int const*, int const*, double*, int const*, int*);
void zgetri_(int const*, Cplx*, int const*, int const*, Cplx*, int const*, int*);
void dpotrs_(char const*, int const*, int const*, double const*, int const*, double*, int const*, int*, size_t);
void zpotrs_(char const*, int const*, int const*, Cplx const*, int const*, Cplx*, int const*, int*, size_t);
void dgees_(char const*, char const*, void*, int const*, double*, int const*, int*, double*, double*, double*, int const*,
    double*, int const*, int*, int*, size_t, size_t);
void zgees_(char const*, char const*, void*, int const*, Cplx*, int const*, int*, Cplx*, Cplx*, int const*, Cplx*,
    int const*, double*, int*, int*, size_t, size_t);
}

namespace runmat::runtime {

void register_linalg_decomp_builtins(BuiltinTable& table);

namespace {

template <typename T>
using Mx = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>;
using MatR = Mx<double>;
using MatC = Mx<Cplx>;
using VecR = Eigen::VectorXd;
using VecC = Eigen::VectorXcd;
using Index = Eigen::Index;

constexpr double EPS = std::numeric_limits<double>::epsilon();
constexpr double INF = std::numeric_limits<double>::infinity();
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

int fi(Index v) { return static_cast<int>(v); }
int ld(Index rows) { return std::max(1, fi(rows)); }
double real_of(double x) { return x; }
double real_of(Cplx x) { return x.real(); }

// Runs a LAPACK routine twice: a workspace query (lwork = -1), then the call proper.
template <typename W, typename F>
int with_workspace(F call)
{
    W query {};
    int info = 0;
    call(&query, -1, info);
    int lwork = std::max(1, static_cast<int>(real_of(query)));
    std::vector<W> work(static_cast<size_t>(lwork));
    call(work.data(), lwork, info);
    return info;
}

// ---------------------------------------------------------------------------------------------
// LAPACK overloads on double / complex<double>. Each takes its matrix by reference and
// overwrites it as the routine does; the return value is LAPACK's INFO.

// Hermitian eigenproblem: w ascending; with vectors, a holds them.
int heev(bool vectors, MatR& a, VecR& w)
{
    int n = fi(a.rows()), lda = ld(n);
    w.resize(n);
    char const* jobz = vectors ? "V" : "N";
    return with_workspace<double>([&](double* work, int lwork, int& info) {
        dsyev_(jobz, "U", &n, a.data(), &lda, w.data(), work, &lwork, &info, 1, 1);
    });
}

int heev(bool vectors, MatC& a, VecR& w)
{
    int n = fi(a.rows()), lda = ld(n);
    w.resize(n);
    std::vector<double> rwork(static_cast<size_t>(std::max(1, 3 * n - 2)));
    char const* jobz = vectors ? "V" : "N";
    return with_workspace<Cplx>([&](Cplx* work, int lwork, int& info) {
        zheev_(jobz, "U", &n, a.data(), &lda, w.data(), work, &lwork, rwork.data(), &info, 1, 1);
    });
}

// Real eigenvectors come from LAPACK packed: a complex pair (w(j), w(j+1) = conj w(j)) shares
// columns j (real part) and j+1 (imaginary part). Unpacks them into complex columns.
MatC unpack_pairs(MatR const& v, VecR const& wi)
{
    MatC out = v.cast<Cplx>();
    for (Index j = 0; j + 1 < v.cols(); ++j) {
        if (wi(j) == 0.0)
            continue;
        for (Index i = 0; i < v.rows(); ++i) {
            Cplx z(v(i, j), v(i, j + 1));
            out(i, j) = z;
            out(i, j + 1) = std::conj(z);
        }
        ++j;
    }
    return out;
}

// General eigenproblem: w, right vectors vr and left vectors vl (each when asked for).
int geev(MatR& a, VecC& w, MatC* vr, MatC* vl)
{
    int n = fi(a.rows()), lda = ld(n), ldvl = vl ? ld(n) : 1, ldvr = vr ? ld(n) : 1;
    VecR wr(n), wi(n);
    MatR r(vr ? n : 1, vr ? n : 1), l(vl ? n : 1, vl ? n : 1);
    int info = with_workspace<double>([&](double* work, int lwork, int& info) {
        dgeev_(vl ? "V" : "N", vr ? "V" : "N", &n, a.data(), &lda, wr.data(), wi.data(), l.data(), &ldvl, r.data(), &ldvr,
            work, &lwork, &info, 1, 1);
    });
    w.resize(n);
    for (Index i = 0; i < n; ++i)
        w(i) = Cplx(wr(i), wi(i));
    if (vr)
        *vr = unpack_pairs(r, wi);
    if (vl)
        *vl = unpack_pairs(l, wi);
    return info;
}

int geev(MatC& a, VecC& w, MatC* vr, MatC* vl)
{
    int n = fi(a.rows()), lda = ld(n), ldvl = vl ? ld(n) : 1, ldvr = vr ? ld(n) : 1;
    w.resize(n);
    MatC r(vr ? n : 1, vr ? n : 1), l(vl ? n : 1, vl ? n : 1);
    std::vector<double> rwork(static_cast<size_t>(std::max(1, 2 * n)));
    int info = with_workspace<Cplx>([&](Cplx* work, int lwork, int& info) {
        zgeev_(vl ? "V" : "N", vr ? "V" : "N", &n, a.data(), &lda, w.data(), l.data(), &ldvl, r.data(), &ldvr, work, &lwork,
            rwork.data(), &info, 1, 1);
    });
    if (vr)
        *vr = std::move(r);
    if (vl)
        *vl = std::move(l);
    return info;
}

// Symmetric-definite generalized problem A x = w B x (B Cholesky-factorable).
int hegv(bool vectors, MatR& a, MatR& b, VecR& w)
{
    int n = fi(a.rows()), lda = ld(n), one = 1;
    w.resize(n);
    char const* jobz = vectors ? "V" : "N";
    return with_workspace<double>([&](double* work, int lwork, int& info) {
        dsygv_(&one, jobz, "U", &n, a.data(), &lda, b.data(), &lda, w.data(), work, &lwork, &info, 1, 1);
    });
}

int hegv(bool vectors, MatC& a, MatC& b, VecR& w)
{
    int n = fi(a.rows()), lda = ld(n), one = 1;
    w.resize(n);
    std::vector<double> rwork(static_cast<size_t>(std::max(1, 3 * n - 2)));
    char const* jobz = vectors ? "V" : "N";
    return with_workspace<Cplx>([&](Cplx* work, int lwork, int& info) {
        zhegv_(&one, jobz, "U", &n, a.data(), &lda, b.data(), &lda, w.data(), work, &lwork, rwork.data(), &info, 1, 1);
    });
}

// alpha / beta as MATLAB reports a generalized eigenvalue: beta == 0 gives Inf (NaN for 0/0).
Cplx ratio(Cplx alpha, Cplx beta)
{
    if (beta != Cplx(0.0))
        return beta.imag() == 0.0 ? alpha / beta.real() : alpha / beta;
    return Cplx(alpha.real() / 0.0, alpha.imag() == 0.0 ? 0.0 : alpha.imag() / 0.0);
}

// QZ: A x = w B x for general A, B.
int ggev(MatR& a, MatR& b, VecC& w, MatC* vr, MatC* vl)
{
    int n = fi(a.rows()), lda = ld(n), ldvl = vl ? ld(n) : 1, ldvr = vr ? ld(n) : 1;
    VecR ar(n), ai(n), beta(n);
    MatR r(vr ? n : 1, vr ? n : 1), l(vl ? n : 1, vl ? n : 1);
    int info = with_workspace<double>([&](double* work, int lwork, int& info) {
        dggev_(vl ? "V" : "N", vr ? "V" : "N", &n, a.data(), &lda, b.data(), &lda, ar.data(), ai.data(), beta.data(),
            l.data(), &ldvl, r.data(), &ldvr, work, &lwork, &info, 1, 1);
    });
    w.resize(n);
    for (Index i = 0; i < n; ++i)
        w(i) = ratio(Cplx(ar(i), ai(i)), Cplx(beta(i)));
    if (vr)
        *vr = unpack_pairs(r, ai);
    if (vl)
        *vl = unpack_pairs(l, ai);
    return info;
}

int ggev(MatC& a, MatC& b, VecC& w, MatC* vr, MatC* vl)
{
    int n = fi(a.rows()), lda = ld(n), ldvl = vl ? ld(n) : 1, ldvr = vr ? ld(n) : 1;
    VecC alpha(n), beta(n);
    MatC r(vr ? n : 1, vr ? n : 1), l(vl ? n : 1, vl ? n : 1);
    std::vector<double> rwork(static_cast<size_t>(std::max(1, 8 * n)));
    int info = with_workspace<Cplx>([&](Cplx* work, int lwork, int& info) {
        zggev_(vl ? "V" : "N", vr ? "V" : "N", &n, a.data(), &lda, b.data(), &lda, alpha.data(), beta.data(), l.data(), &ldvl,
            r.data(), &ldvr, work, &lwork, rwork.data(), &info, 1, 1);
    });
    w.resize(n);
    for (Index i = 0; i < n; ++i)
        w(i) = ratio(alpha(i), beta(i));
    if (vr)
        *vr = std::move(r);
    if (vl)
        *vl = std::move(l);
    return info;
}

// SVD of an m x n matrix. job 'N' (values only), 'S' (economy vectors) or 'A' (full vectors)
// for U and V^H separately.
int gesvd(char jobu, char jobvt, MatR& a, VecR& s, MatR& u, MatR& vt)
{
    int m = fi(a.rows()), n = fi(a.cols()), k = std::min(m, n), lda = ld(m);
    s.resize(k);
    u.resize(jobu == 'N' ? 1 : m, jobu == 'A' ? m : jobu == 'S' ? k : 1);
    vt.resize(jobvt == 'A' ? n : jobvt == 'S' ? k : 1, jobvt == 'N' ? 1 : n);
    int ldu = ld(u.rows()), ldvt = ld(vt.rows());
    return with_workspace<double>([&](double* work, int lwork, int& info) {
        dgesvd_(&jobu, &jobvt, &m, &n, a.data(), &lda, s.data(), u.data(), &ldu, vt.data(), &ldvt, work, &lwork, &info, 1, 1);
    });
}

int gesvd(char jobu, char jobvt, MatC& a, VecR& s, MatC& u, MatC& vt)
{
    int m = fi(a.rows()), n = fi(a.cols()), k = std::min(m, n), lda = ld(m);
    s.resize(k);
    u.resize(jobu == 'N' ? 1 : m, jobu == 'A' ? m : jobu == 'S' ? k : 1);
    vt.resize(jobvt == 'A' ? n : jobvt == 'S' ? k : 1, jobvt == 'N' ? 1 : n);
    int ldu = ld(u.rows()), ldvt = ld(vt.rows());
    std::vector<double> rwork(static_cast<size_t>(std::max(1, 5 * k)));
    return with_workspace<Cplx>([&](Cplx* work, int lwork, int& info) {
        zgesvd_(&jobu, &jobvt, &m, &n, a.data(), &lda, s.data(), u.data(), &ldu, vt.data(), &ldvt, work, &lwork, rwork.data(),
            &info, 1, 1);
    });
}

int potrf(char uplo, MatR& a)
{
    int n = fi(a.rows()), lda = ld(n), info = 0;
    dpotrf_(&uplo, &n, a.data(), &lda, &info, 1);
    return info;
}

int potrf(char uplo, MatC& a)
{
    int n = fi(a.rows()), lda = ld(n), info = 0;
    zpotrf_(&uplo, &n, a.data(), &lda, &info, 1);
    return info;
}

int geqrf(MatR& a, std::vector<double>& tau)
{
    int m = fi(a.rows()), n = fi(a.cols()), lda = ld(m);
    tau.resize(static_cast<size_t>(std::max(1, std::min(m, n))));
    return with_workspace<double>([&](double* work, int lwork, int& info) { dgeqrf_(&m, &n, a.data(), &lda, tau.data(), work, &lwork, &info); });
}

int geqrf(MatC& a, std::vector<Cplx>& tau)
{
    int m = fi(a.rows()), n = fi(a.cols()), lda = ld(m);
    tau.resize(static_cast<size_t>(std::max(1, std::min(m, n))));
    return with_workspace<Cplx>([&](Cplx* work, int lwork, int& info) { zgeqrf_(&m, &n, a.data(), &lda, tau.data(), work, &lwork, &info); });
}

// QR with column pivoting; jpvt comes back 1-based.
int geqp3(MatR& a, std::vector<int>& jpvt, std::vector<double>& tau)
{
    int m = fi(a.rows()), n = fi(a.cols()), lda = ld(m);
    jpvt.assign(static_cast<size_t>(std::max(1, n)), 0);
    tau.resize(static_cast<size_t>(std::max(1, std::min(m, n))));
    return with_workspace<double>([&](double* work, int lwork, int& info) {
        dgeqp3_(&m, &n, a.data(), &lda, jpvt.data(), tau.data(), work, &lwork, &info);
    });
}

int geqp3(MatC& a, std::vector<int>& jpvt, std::vector<Cplx>& tau)
{
    int m = fi(a.rows()), n = fi(a.cols()), lda = ld(m);
    jpvt.assign(static_cast<size_t>(std::max(1, n)), 0);
    tau.resize(static_cast<size_t>(std::max(1, std::min(m, n))));
    std::vector<double> rwork(static_cast<size_t>(std::max(1, 2 * n)));
    return with_workspace<Cplx>([&](Cplx* work, int lwork, int& info) {
        zgeqp3_(&m, &n, a.data(), &lda, jpvt.data(), tau.data(), work, &lwork, rwork.data(), &info);
    });
}

// Forms the m x q.cols() matrix Q from the first k reflectors stored in q's columns.
int orgqr(MatR& q, int k, std::vector<double> const& tau)
{
    int m = fi(q.rows()), n = fi(q.cols()), lda = ld(m);
    return with_workspace<double>([&](double* work, int lwork, int& info) { dorgqr_(&m, &n, &k, q.data(), &lda, tau.data(), work, &lwork, &info); });
}

int orgqr(MatC& q, int k, std::vector<Cplx> const& tau)
{
    int m = fi(q.rows()), n = fi(q.cols()), lda = ld(m);
    return with_workspace<Cplx>([&](Cplx* work, int lwork, int& info) { zungqr_(&m, &n, &k, q.data(), &lda, tau.data(), work, &lwork, &info); });
}

int getrf(MatR& a, std::vector<int>& ipiv)
{
    int m = fi(a.rows()), n = fi(a.cols()), lda = ld(m), info = 0;
    ipiv.resize(static_cast<size_t>(std::max(1, std::min(m, n))));
    dgetrf_(&m, &n, a.data(), &lda, ipiv.data(), &info);
    return info;
}

int getrf(MatC& a, std::vector<int>& ipiv)
{
    int m = fi(a.rows()), n = fi(a.cols()), lda = ld(m), info = 0;
    ipiv.resize(static_cast<size_t>(std::max(1, std::min(m, n))));
    zgetrf_(&m, &n, a.data(), &lda, ipiv.data(), &info);
    return info;
}

// Solves with an LU factorisation from getrf; trans 'N' (A x = b) or 'C' (A' x = b).
void getrs(char trans, MatR const& lu, std::vector<int> const& ipiv, MatR& b)
{
    int n = fi(lu.rows()), k = fi(b.cols()), lda = ld(n), info = 0;
    char t = trans == 'C' ? 'T' : trans;
    dgetrs_(&t, &n, &k, lu.data(), &lda, ipiv.data(), b.data(), &lda, &info, 1);
}

void getrs(char trans, MatC const& lu, std::vector<int> const& ipiv, MatC& b)
{
    int n = fi(lu.rows()), k = fi(b.cols()), lda = ld(n), info = 0;
    zgetrs_(&trans, &n, &k, lu.data(), &lda, ipiv.data(), b.data(), &lda, &info, 1);
}

// Reciprocal condition estimate (1-norm) from an LU factorisation of a matrix of 1-norm anorm.
double gecon(MatR const& lu, double anorm)
{
    int n = fi(lu.rows()), lda = ld(n), info = 0;
    double rc = 0;
    std::vector<double> work(static_cast<size_t>(4 * std::max(1, n)));
    std::vector<int> iwork(static_cast<size_t>(std::max(1, n)));
    dgecon_("1", &n, lu.data(), &lda, &anorm, &rc, work.data(), iwork.data(), &info, 1);
    return rc;
}

double gecon(MatC const& lu, double anorm)
{
    int n = fi(lu.rows()), lda = ld(n), info = 0;
    double rc = 0;
    std::vector<Cplx> work(static_cast<size_t>(2 * std::max(1, n)));
    std::vector<double> rwork(static_cast<size_t>(2 * std::max(1, n)));
    zgecon_("1", &n, lu.data(), &lda, &anorm, &rc, work.data(), rwork.data(), &info, 1);
    return rc;
}

void getri(MatR& lu, std::vector<int> const& ipiv)
{
    int n = fi(lu.rows()), lda = ld(n);
    with_workspace<double>([&](double* work, int lwork, int& info) { dgetri_(&n, lu.data(), &lda, ipiv.data(), work, &lwork, &info); });
}

void getri(MatC& lu, std::vector<int> const& ipiv)
{
    int n = fi(lu.rows()), lda = ld(n);
    with_workspace<Cplx>([&](Cplx* work, int lwork, int& info) { zgetri_(&n, lu.data(), &lda, ipiv.data(), work, &lwork, &info); });
}

void potrs(MatR const& r, MatR& b)
{
    int n = fi(r.rows()), k = fi(b.cols()), lda = ld(n), info = 0;
    dpotrs_("U", &n, &k, r.data(), &lda, b.data(), &lda, &info, 1);
}

void potrs(MatC const& r, MatC& b)
{
    int n = fi(r.rows()), k = fi(b.cols()), lda = ld(n), info = 0;
    zpotrs_("U", &n, &k, r.data(), &lda, b.data(), &lda, &info, 1);
}

// Triangular solve op(A) X = B in place (uplo 'U'/'L', trans 'N'/'C'); a zero pivot divides
// by zero (Inf/NaN), as MATLAB's triangular solver does.
void trsm(char uplo, char trans, MatR const& a, MatR& b)
{
    int n = fi(a.rows()), k = fi(b.cols()), lda = ld(n);
    double one = 1;
    char t = trans == 'C' ? 'T' : trans;
    dtrsm_("L", &uplo, &t, "N", &n, &k, &one, a.data(), &lda, b.data(), &lda); // declared by Eigen's blas.h
}

void trsm(char uplo, char trans, MatC const& a, MatC& b)
{
    int n = fi(a.rows()), k = fi(b.cols()), lda = ld(n);
    Cplx one = 1;
    ztrsm_("L", &uplo, &trans, "N", &n, &k, reinterpret_cast<double const*>(&one), reinterpret_cast<double const*>(a.data()),
        &lda, reinterpret_cast<double*>(b.data()), &lda);
}

// Complex Schur form A = Z T Z^H (T upper triangular).
int gees(MatC& a, MatC& z)
{
    int n = fi(a.rows()), lda = ld(n), sdim = 0;
    VecC w(n);
    z.resize(n, n);
    std::vector<double> rwork(static_cast<size_t>(std::max(1, n)));
    int bwork = 0;
    return with_workspace<Cplx>([&](Cplx* work, int lwork, int& info) {
        zgees_("V", "N", nullptr, &n, a.data(), &lda, &sdim, w.data(), z.data(), &lda, work, &lwork, rwork.data(), &bwork,
            &info, 1, 1);
    });
}

// ---------------------------------------------------------------------------------------------
// Operands and results

// A double or single matrix operand, held as a real or a complex Eigen matrix.
struct Operand {
    MatR r;          // the matrix when !cplx
    MatC c;          // the matrix when cplx
    bool cplx = false;
    bool single = false; // results go back as single
    Index rows() const { return cplx ? c.rows() : r.rows(); }
    Index cols() const { return cplx ? c.cols() : r.cols(); }
    Index size() const { return rows() * cols(); }
    bool empty() const { return size() == 0; }
    bool square() const { return rows() == cols(); }
    bool finite() const { return cplx ? c.allFinite() : r.allFinite(); }
    void make_complex()
    {
        if (!cplx) {
            c = r.cast<Cplx>();
            r.resize(0, 0);
            cplx = true;
        }
    }
};

// Fills `op` from a double or single 2-D value. MATLAB's decompositions reject every other
// class (integers, logical, char) with the same message.
VoidResult load_operand(CallContext const& cx, Value const& v, Operand& op)
{
    ClassId cls = v.class_id();
    if (cls != ClassId::Double && cls != ClassId::Single)
        return cx.error("MATLAB:" + std::string(cx.name) + ":inputType", "Invalid data type. Input matrix must be double or single.");
    Dims d = v.dims();
    if (!d.is_matrix())
        return cx.error("MATLAB:" + std::string(cx.name) + ":inputMustBe2D", "Input must be 2-D.");
    Index m = static_cast<Index>(d.rows()), n = static_cast<Index>(d.cols());
    op.single = cls == ClassId::Single;
    if (auto* s = v.as_single_array()) {
        op.r = Eigen::Map<Eigen::MatrixXf const>(s->data(), m, n).cast<double>();
        return {};
    }
    if (v.is_num()) {
        op.r = MatR::Constant(1, 1, v.num());
        return {};
    }
    auto* a = v.as_double_array();
    Eigen::Map<MatR const> re(a->data(), m, n);
    if (!a->is_complex()) {
        op.r = re;
        return {};
    }
    op.cplx = true;
    Eigen::Map<MatR const> im(a->imag(), m, n);
    op.c.resize(m, n);
    op.c.real() = re;
    op.c.imag() = im;
    return {};
}

RuntimeError single_complex_error(CallContext const& cx)
{
    return cx.error("RunMat:notSupported", "Complex single results are not supported.");
}

Result<Value> emit(CallContext const& cx, MatR const& m, bool single)
{
    Dims d(static_cast<size_t>(m.rows()), static_cast<size_t>(m.cols()));
    if (single) {
        auto out = make_ref<SingleArray>(d);
        for (Index i = 0; i < m.size(); ++i)
            out->data()[i] = static_cast<float>(m.data()[i]);
        return make_single(std::move(out));
    }
    auto out = new_double(d);
    std::copy(m.data(), m.data() + m.size(), out->data());
    return make_double(std::move(out));
}

// A complex result stays complex even when every imaginary part is zero, as MATLAB's are
// for complex input.
Result<Value> emit(CallContext const& cx, MatC const& m, bool single)
{
    if (single)
        return single_complex_error(cx);
    auto out = linalg::new_result(Dims(static_cast<size_t>(m.rows()), static_cast<size_t>(m.cols())), true);
    for (Index i = 0; i < m.size(); ++i) {
        out->data()[i] = m.data()[i].real();
        out->imag()[i] = m.data()[i].imag();
    }
    return Value::object(std::move(out));
}

bool is_hermitian(MatR const& a)
{
    for (Index j = 0; j < a.cols(); ++j)
        for (Index i = j + 1; i < a.rows(); ++i)
            if (a(i, j) != a(j, i))
                return false;
    return true;
}

bool is_hermitian(MatC const& a)
{
    for (Index j = 0; j < a.cols(); ++j)
        for (Index i = j; i < a.rows(); ++i)
            if (a(i, j) != std::conj(a(j, i)))
                return false;
    return true;
}

bool is_hermitian(Operand const& op) { return op.cplx ? is_hermitian(op.c) : is_hermitian(op.r); }

// Lower-cased text of a char-row option, or nullopt when `v` is not text.
std::optional<std::string> option_text(Value const& v)
{
    auto t = char_text(v);
    if (!t)
        return std::nullopt;
    for (char& ch : *t)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return t;
}

RuntimeError bad_option(CallContext const& cx, Value const& v)
{
    auto t = char_text(v);
    return cx.error("MATLAB:" + std::string(cx.name) + ":unknownOption",
        t ? "Invalid option '" + *t + "'." : std::string("Invalid option."));
}

RuntimeError nan_inf_error(CallContext const& cx, char const* upper_name)
{
    std::string lower = upper_name;
    for (char& ch : lower)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return cx.error("MATLAB:" + lower + ":matrixWithNaNInf", std::string("Input to ") + upper_name + " must not contain NaN or Inf.");
}

RuntimeError not_square(CallContext const& cx) { return cx.error("MATLAB:square", "Matrix must be square."); }

template <typename V>
MatC diag_matrix(V const& d)
{
    MatC out = MatC::Zero(d.size(), d.size());
    for (Index i = 0; i < d.size(); ++i)
        out(i, i) = d(i);
    return out;
}

// eps(x) for a double or (when single) a float magnitude.
double eps_of(double x, bool single)
{
    x = std::fabs(x);
    if (!std::isfinite(x))
        return NaN;
    if (single) {
        float f = static_cast<float>(x);
        return static_cast<double>(std::nextafter(f, std::numeric_limits<float>::infinity()) - f);
    }
    return std::nextafter(x, INF) - x;
}

// ---------------------------------------------------------------------------------------------
// eig

enum class Form : uint8_t { Default, Vector, Matrix };

struct EigRequest {
    Form form = Form::Default;
    bool qz = false;     // 'qz': never the Cholesky route for eig(A,B)
    bool has_b = false;
    Operand b;
};

struct EigResult {
    VecC w;
    MatC v, left;
    bool real_w = false; // eigenvalues known real (Hermitian problems, all-real spectra)
    bool real_v = false; // eigenvectors real
};

VoidResult parse_eig_args(CallContext const& cx, Args args, EigRequest& req)
{
    for (size_t i = 1; i < args.size(); ++i) {
        auto opt = option_text(args[i]);
        if (!opt) {
            if (i != 1)
                return bad_option(cx, args[i]);
            TRY_VOID(load_operand(cx, args[i], req.b));
            req.has_b = true;
            continue;
        }
        if (*opt == "vector")
            req.form = Form::Vector;
        else if (*opt == "matrix")
            req.form = Form::Matrix;
        else if (*opt == "qz")
            req.qz = true;
        else if (*opt != "balance" && *opt != "nobalance" && *opt != "chol")
            return bad_option(cx, args[i]);
    }
    return {};
}

RuntimeError eig_failed(CallContext const& cx) { return cx.error("MATLAB:eig:NoConvergence", "Eigenvalue computation did not converge."); }

template <typename T>
VoidResult eig_standard(CallContext const& cx, Mx<T> a, bool vectors, bool left, EigResult& res)
{
    if (is_hermitian(a)) {
        VecR w;
        if (heev(vectors, a, w) != 0)
            return eig_failed(cx);
        res.w = w.cast<Cplx>();
        res.real_w = true;
        res.real_v = std::is_same_v<T, double>;
        if (vectors)
            res.v = a.template cast<Cplx>();
        if (left)
            res.left = res.v;
        return {};
    }
    if (geev(a, res.w, vectors ? &res.v : nullptr, left ? &res.left : nullptr) != 0)
        return eig_failed(cx);
    res.real_w = std::is_same_v<T, double> && res.w.imag().isZero(0.0);
    res.real_v = res.real_w;
    return {};
}

// eig(A,B): Cholesky route (symmetric-definite) when A and B are Hermitian and B is
// positive definite, QZ otherwise, as MATLAB chooses by default.
template <typename T>
VoidResult eig_generalized(CallContext const& cx, Mx<T> a, Mx<T> b, bool vectors, bool left, bool qz, EigResult& res)
{
    if (!qz && is_hermitian(a) && is_hermitian(b)) {
        Mx<T> trial = b;
        if (potrf('U', trial) == 0) {
            VecR w;
            if (hegv(vectors, a, b, w) != 0)
                return eig_failed(cx);
            res.w = w.cast<Cplx>();
            res.real_w = true;
            res.real_v = std::is_same_v<T, double>;
            if (vectors)
                res.v = a.template cast<Cplx>();
            if (left) // A and B Hermitian: V'*A = D*V'*B
                res.left = res.v;
            return {};
        }
    }
    if (ggev(a, b, res.w, vectors ? &res.v : nullptr, left ? &res.left : nullptr) != 0)
        return eig_failed(cx);
    res.real_w = std::is_same_v<T, double> && res.w.imag().isZero(0.0);
    res.real_v = res.real_w;
    return {};
}

Result<Value> emit_eigen_values(CallContext const& cx, EigResult const& res, bool as_matrix, bool single)
{
    MatC vals = as_matrix ? diag_matrix(res.w) : MatC(res.w);
    if (res.real_w)
        return emit(cx, MatR(vals.real()), single);
    return emit(cx, vals, single);
}

Result<Value> emit_vectors(CallContext const& cx, MatC const& v, bool real, bool single)
{
    if (real)
        return emit(cx, MatR(v.real()), single);
    return emit(cx, v, single);
}

// e = eig(A), [V,D] = eig(A), [V,D,W] = eig(A), eig(A,B), options 'vector'/'matrix',
// 'balance'/'nobalance' (balancing is always on), 'chol'/'qz'.
VoidResult eig_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand a;
    TRY_VOID(load_operand(cx, args[0], a));
    EigRequest req;
    TRY_VOID(parse_eig_args(cx, args, req));
    if (!a.square() || (req.has_b && !req.b.square()))
        return cx.error("MATLAB:eig:inputMustBeSquare", "Input matrix must be square.");
    if (req.has_b && req.b.rows() != a.rows())
        return cx.error("MATLAB:eig:inputMustBeSameSize", "Input matrices must be the same size.");
    if (!a.finite() || (req.has_b && !req.b.finite()))
        return nan_inf_error(cx, "EIG");
    bool single = a.single || req.b.single;
    bool vectors = cx.nargout >= 2, left = cx.nargout >= 3;
    EigResult res;
    if (req.has_b) {
        if (a.cplx || req.b.cplx) {
            a.make_complex();
            req.b.make_complex();
            TRY_VOID(eig_generalized(cx, a.c, req.b.c, vectors, left, req.qz, res));
        } else {
            TRY_VOID(eig_generalized(cx, a.r, req.b.r, vectors, left, req.qz, res));
        }
    } else if (a.cplx) {
        TRY_VOID(eig_standard(cx, a.c, vectors, left, res));
    } else {
        TRY_VOID(eig_standard(cx, a.r, vectors, left, res));
    }
    if (!vectors) {
        outs[0] = TRY(emit_eigen_values(cx, res, req.form == Form::Matrix, single));
        return {};
    }
    if (a.empty())
        res.v = res.left = MatC(0, 0);
    outs[0] = TRY(emit_vectors(cx, res.v, res.real_v, single));
    outs[1] = TRY(emit_eigen_values(cx, res, req.form != Form::Vector, single));
    if (left)
        outs[2] = TRY(emit_vectors(cx, res.left, res.real_v, single));
    return {};
}

// ---------------------------------------------------------------------------------------------
// svd

enum class Econ : uint8_t { Full, Econ, Zero };

struct SvdRequest {
    Econ econ = Econ::Full;
    Form form = Form::Default;
};

VoidResult parse_svd_args(CallContext const& cx, Args args, SvdRequest& req)
{
    for (size_t i = 1; i < args.size(); ++i) {
        auto opt = option_text(args[i]);
        if (opt && *opt == "econ")
            req.econ = Econ::Econ;
        else if (opt && *opt == "vector")
            req.form = Form::Vector;
        else if (opt && *opt == "matrix")
            req.form = Form::Matrix;
        else if (!opt && NumericView(args[i]).valid() && NumericView(args[i]).numel() == 1 && NumericView(args[i])[0] == 0)
            req.econ = Econ::Zero;
        else
            return cx.error("MATLAB:svd:invalidFlag", "Use svd(X,0) or svd(X,\"econ\") for economy size decomposition.");
    }
    return {};
}

template <typename T>
struct Svd {
    VecR s;
    Mx<T> u, v; // V, not V^H
};

// The SVD with LAPACK's dgesvd/zgesvd (MATLAB's signs). Empty inputs get identity factors.
template <typename T>
Result<Svd<T>> compute_svd(CallContext const& cx, Mx<T> a, bool vectors, bool econ)
{
    Index m = a.rows(), n = a.cols(), k = std::min(m, n);
    Svd<T> out;
    if (k == 0) {
        out.s.resize(0);
        out.u = econ ? Mx<T>(m, 0) : Mx<T>::Identity(m, m);
        out.v = econ ? Mx<T>(n, 0) : Mx<T>::Identity(n, n);
        return out;
    }
    char job = vectors ? (econ ? 'S' : 'A') : 'N';
    Mx<T> vt;
    if (gesvd(job, job, a, out.s, out.u, vt) != 0)
        return cx.error("MATLAB:svd:svdNoConvergence", "SVD did not converge.");
    if (vectors)
        out.v = vt.adjoint();
    return out;
}

// The m x n (or k x k economy) matrix with s on its diagonal.
MatR sigma_matrix(VecR const& s, Index rows, Index cols)
{
    MatR out = MatR::Zero(rows, cols);
    for (Index i = 0; i < s.size(); ++i)
        out(i, i) = s(i);
    return out;
}

template <typename T>
VoidResult svd_outputs(CallContext& cx, Mx<T> const& a, SvdRequest const& req, bool single, Outs outs)
{
    Index m = a.rows(), n = a.cols();
    bool econ = req.econ == Econ::Econ || (req.econ == Econ::Zero && m > n);
    bool vectors = cx.nargout >= 2;
    Svd<T> svd = TRY(compute_svd(cx, a, vectors, econ));
    Index sr = econ ? svd.s.size() : m, sc = econ ? svd.s.size() : n;
    if (!vectors) {
        outs[0] = TRY(emit(cx, req.form == Form::Matrix ? sigma_matrix(svd.s, sr, sc) : MatR(svd.s), single));
        return {};
    }
    outs[0] = TRY(emit(cx, svd.u, single));
    outs[1] = TRY(emit(cx, req.form == Form::Vector ? MatR(svd.s) : sigma_matrix(svd.s, sr, sc), single));
    if (cx.nargout >= 3)
        outs[2] = TRY(emit(cx, svd.v, single));
    return {};
}

// s = svd(A), [U,S,V] = svd(A), svd(A,'econ'), svd(A,0), 'vector'/'matrix'.
VoidResult svd_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand a;
    TRY_VOID(load_operand(cx, args[0], a));
    SvdRequest req;
    TRY_VOID(parse_svd_args(cx, args, req));
    if (!a.finite())
        return nan_inf_error(cx, "SVD");
    return a.cplx ? svd_outputs(cx, a.c, req, a.single, outs) : svd_outputs(cx, a.r, req, a.single, outs);
}

// ---------------------------------------------------------------------------------------------
// chol

template <typename T>
void keep_triangle(Mx<T>& a, char uplo)
{
    for (Index j = 0; j < a.cols(); ++j)
        for (Index i = 0; i < a.rows(); ++i)
            if (uplo == 'U' ? i > j : i < j)
                a(i, j) = T(0);
}

// R'*R = A from A's upper triangle ('lower': L*L' = A from the lower one). With two outputs a
// failure is reported as p > 0 and R factors A(1:p-1,1:p-1), instead of an error.
template <typename T>
VoidResult chol_outputs(CallContext& cx, Mx<T> a, char uplo, bool single, Outs outs)
{
    Mx<T> f = a;
    int info = potrf(uplo, f);
    if (info > 0) {
        if (cx.nargout < 2)
            return cx.error("MATLAB:posdef", "Matrix must be positive definite.");
        Index q = info - 1;
        f = a.topLeftCorner(q, q);
        potrf(uplo, f);
    }
    keep_triangle(f, uplo);
    outs[0] = TRY(emit(cx, f, single));
    if (cx.nargout >= 2)
        outs[1] = Value::scalar(static_cast<double>(info));
    return {};
}

VoidResult chol_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand a;
    TRY_VOID(load_operand(cx, args[0], a));
    char uplo = 'U';
    if (args.size() > 1) {
        auto opt = option_text(args[1]);
        if (opt && *opt == "lower")
            uplo = 'L';
        else if (!opt || *opt != "upper")
            return cx.error("MATLAB:chol:inputType", "Shape flag must be 'upper' or 'lower'.");
    }
    if (!a.square())
        return not_square(cx);
    return a.cplx ? chol_outputs(cx, a.c, uplo, a.single, outs) : chol_outputs(cx, a.r, uplo, a.single, outs);
}

// ---------------------------------------------------------------------------------------------
// qr

struct QrRequest {
    Econ econ = Econ::Full;
    Form form = Form::Default;
};

VoidResult parse_qr_args(CallContext const& cx, Args args, QrRequest& req)
{
    for (size_t i = 1; i < args.size(); ++i) {
        auto opt = option_text(args[i]);
        NumericView nv(args[i]);
        if (opt && *opt == "econ")
            req.econ = Econ::Econ;
        else if (opt && *opt == "vector")
            req.form = Form::Vector;
        else if (opt && *opt == "matrix")
            req.form = Form::Matrix;
        else if (!opt && nv.valid() && nv.numel() == 1 && nv[0] == 0)
            req.econ = Econ::Zero;
        else
            return cx.error("MATLAB:qr:unknownOption", "Use qr(X,0) or qr(X,\"econ\") for economy size decomposition.");
    }
    return {};
}

// The upper-triangular R (rows x n) from a factored matrix.
template <typename T>
Mx<T> upper_part(Mx<T> const& f, Index rows)
{
    Mx<T> r = Mx<T>::Zero(rows, f.cols());
    for (Index j = 0; j < f.cols(); ++j)
        for (Index i = 0; i <= std::min(j, std::min(rows, f.rows()) - 1); ++i)
            r(i, j) = f(i, j);
    return r;
}

// Q with `cols` columns from the reflectors in f (geqrf/geqp3 output).
template <typename T>
Mx<T> form_q(Mx<T> const& f, std::vector<T> const& tau, Index cols)
{
    Index m = f.rows(), k = std::min(f.rows(), f.cols());
    if (k == 0)
        return Mx<T>::Identity(m, cols);
    Mx<T> q = Mx<T>::Zero(m, cols);
    q.leftCols(k) = f.leftCols(k);
    orgqr(q, static_cast<int>(k), tau);
    return q;
}

template <typename T>
VoidResult qr_outputs(CallContext& cx, Mx<T> f, QrRequest const& req, bool single, Outs outs)
{
    Index m = f.rows(), n = f.cols(), k = std::min(m, n);
    bool econ = req.econ != Econ::Full;
    std::vector<T> tau;
    std::vector<int> jpvt;
    bool pivot = cx.nargout >= 3;
    if (pivot)
        geqp3(f, jpvt, tau);
    else
        geqrf(f, tau);
    Index rows = econ ? k : m;
    if (cx.nargout < 2) {
        outs[0] = TRY(emit(cx, upper_part(f, rows), single));
        return {};
    }
    outs[0] = TRY(emit(cx, form_q(f, tau, rows), single));
    outs[1] = TRY(emit(cx, upper_part(f, rows), single));
    if (!pivot)
        return {};
    bool as_vector = req.form == Form::Vector || (req.econ == Econ::Zero && req.form != Form::Matrix);
    MatR p = as_vector ? MatR(1, n) : MatR::Zero(n, n);
    for (Index j = 0; j < n; ++j) {
        if (as_vector)
            p(0, j) = jpvt[static_cast<size_t>(j)];
        else
            p(jpvt[static_cast<size_t>(j)] - 1, j) = 1;
    }
    outs[2] = TRY(emit(cx, p, false));
    return {};
}

// R = qr(A), [Q,R] = qr(A), [Q,R,P] = qr(A) (A*P = Q*R, column pivoting), qr(A,0),
// qr(A,'econ'), 'vector'/'matrix' permutation forms.
VoidResult qr_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand a;
    TRY_VOID(load_operand(cx, args[0], a));
    QrRequest req;
    TRY_VOID(parse_qr_args(cx, args, req));
    return a.cplx ? qr_outputs(cx, a.c, req, a.single, outs) : qr_outputs(cx, a.r, req, a.single, outs);
}

// ---------------------------------------------------------------------------------------------
// lu

// The row permutation of getrf's interchanges: row i of P*A is row perm[i] of A.
std::vector<Index> row_permutation(std::vector<int> const& ipiv, Index m, Index k)
{
    std::vector<Index> perm(static_cast<size_t>(m));
    for (Index i = 0; i < m; ++i)
        perm[static_cast<size_t>(i)] = i;
    for (Index i = 0; i < k; ++i)
        std::swap(perm[static_cast<size_t>(i)], perm[static_cast<size_t>(ipiv[static_cast<size_t>(i)] - 1)]);
    return perm;
}

template <typename T>
VoidResult lu_outputs(CallContext& cx, Mx<T> f, bool vector_form, bool single, Outs outs)
{
    Index m = f.rows(), n = f.cols(), k = std::min(m, n);
    std::vector<int> ipiv;
    if (k > 0)
        getrf(f, ipiv);
    if (cx.nargout < 2) {
        outs[0] = TRY(emit(cx, f, single));
        return {};
    }
    Mx<T> l = Mx<T>::Zero(m, k);
    for (Index j = 0; j < k; ++j) {
        l(j, j) = T(1);
        for (Index i = j + 1; i < m; ++i)
            l(i, j) = f(i, j);
    }
    std::vector<Index> perm = row_permutation(ipiv, m, k);
    if (cx.nargout == 2) { // L = P' * L: row perm[i] of the result is row i of L
        Mx<T> pl(m, k);
        for (Index i = 0; i < m; ++i)
            pl.row(perm[static_cast<size_t>(i)]) = l.row(i);
        l = std::move(pl);
    }
    outs[0] = TRY(emit(cx, l, single));
    outs[1] = TRY(emit(cx, upper_part(f, k), single));
    if (cx.nargout >= 3) {
        MatR p = vector_form ? MatR(1, m) : MatR::Zero(m, m);
        for (Index i = 0; i < m; ++i) {
            if (vector_form)
                p(0, i) = static_cast<double>(perm[static_cast<size_t>(i)] + 1);
            else
                p(i, perm[static_cast<size_t>(i)]) = 1;
        }
        outs[2] = TRY(emit(cx, p, false));
    }
    return {};
}

// Y = lu(A) (L+U-I, LAPACK's packed form), [L,U] = lu(A) (L row-permuted), [L,U,P] = lu(A)
// (P*A = L*U), lu(A,'vector') (A(p,:) = L*U).
VoidResult lu_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand a;
    TRY_VOID(load_operand(cx, args[0], a));
    bool vector_form = false;
    for (size_t i = 1; i < args.size(); ++i) {
        auto opt = option_text(args[i]);
        if (opt && (*opt == "vector" || *opt == "matrix"))
            vector_form = *opt == "vector";
        else
            return bad_option(cx, args[i]);
    }
    return a.cplx ? lu_outputs(cx, a.c, vector_form, a.single, outs) : lu_outputs(cx, a.r, vector_form, a.single, outs);
}

// ---------------------------------------------------------------------------------------------
// pinv null orth (SVD based)

// The rank tolerance argument, or max(size(A)) * eps(max(s)) as MATLAB's pinv/orth/null.
Result<double> rank_tolerance(CallContext const& cx, Args args, Operand const& a, VecR const& s)
{
    if (args.size() > 1)
        return scalar_arg(cx, args[1], "Tolerance");
    double smax = s.size() > 0 ? s(0) : 0.0;
    return static_cast<double>(std::max(a.rows(), a.cols())) * eps_of(smax, a.single);
}

Index count_above(VecR const& s, double tol)
{
    Index r = 0;
    for (Index i = 0; i < s.size(); ++i)
        r += s(i) > tol ? 1 : 0;
    return r;
}

template <typename T>
VoidResult pinv_output(CallContext& cx, Args args, Operand const& op, Mx<T> const& a, Outs outs)
{
    Svd<T> svd = TRY(compute_svd(cx, a, true, true));
    double tol = TRY(rank_tolerance(cx, args, op, svd.s));
    Index r = count_above(svd.s, tol);
    Mx<T> vs = svd.v.leftCols(r);
    for (Index j = 0; j < r; ++j)
        vs.col(j) /= svd.s(j);
    Mx<T> x = vs * svd.u.leftCols(r).adjoint();
    outs[0] = TRY(emit(cx, x, op.single));
    return {};
}

// X = pinv(A), pinv(A, tol): V(:,1:r) * diag(1./s(1:r)) * U(:,1:r)'.
VoidResult pinv_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand a;
    TRY_VOID(load_operand(cx, args[0], a));
    if (!a.finite())
        return nan_inf_error(cx, "SVD");
    return a.cplx ? pinv_output(cx, args, a, a.c, outs) : pinv_output(cx, args, a, a.r, outs);
}

template <typename T>
VoidResult null_output(CallContext& cx, Args args, Operand const& op, Mx<T> const& a, Outs outs)
{
    Svd<T> svd = TRY(compute_svd(cx, a, true, false));
    double tol = TRY(rank_tolerance(cx, args, op, svd.s));
    Index r = count_above(svd.s, tol);
    outs[0] = TRY(emit(cx, Mx<T>(svd.v.rightCols(a.cols() - r)), op.single));
    return {};
}

// Z = null(A), null(A, tol): the right singular vectors of the zero singular values.
VoidResult null_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand a;
    TRY_VOID(load_operand(cx, args[0], a));
    if (args.size() > 1 && option_text(args[1]))
        return cx.error("RunMat:notSupported", "null(A,'r') (rational basis) is not supported.");
    if (!a.finite())
        return nan_inf_error(cx, "SVD");
    return a.cplx ? null_output(cx, args, a, a.c, outs) : null_output(cx, args, a, a.r, outs);
}

template <typename T>
VoidResult orth_output(CallContext& cx, Args args, Operand const& op, Mx<T> const& a, Outs outs)
{
    Svd<T> svd = TRY(compute_svd(cx, a, true, true));
    double tol = TRY(rank_tolerance(cx, args, op, svd.s));
    Index r = count_above(svd.s, tol);
    outs[0] = TRY(emit(cx, Mx<T>(svd.u.leftCols(r)), op.single));
    return {};
}

// Q = orth(A), orth(A, tol): the left singular vectors of the nonzero singular values.
VoidResult orth_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand a;
    TRY_VOID(load_operand(cx, args[0], a));
    if (!a.finite())
        return nan_inf_error(cx, "SVD");
    return a.cplx ? orth_output(cx, args, a, a.c, outs) : orth_output(cx, args, a, a.r, outs);
}

// ---------------------------------------------------------------------------------------------
// expm: scaling and squaring with Pade approximants (Higham 2005), as MATLAB's expm.

template <typename T>
double norm1(Mx<T> const& a)
{
    double best = 0;
    for (Index j = 0; j < a.cols(); ++j)
        best = std::max(best, a.col(j).cwiseAbs().sum());
    return best;
}

// X = A \ B for square A (LU with partial pivoting; no conditioning warnings).
template <typename T>
Mx<T> lu_solve(Mx<T> a, Mx<T> b)
{
    std::vector<int> ipiv;
    getrf(a, ipiv);
    getrs('N', a, ipiv, b);
    return b;
}

template <typename T>
Mx<T> pade_exp(Mx<T> const& a, double anorm)
{
    static constexpr double THETA[] = { 1.495585217958292e-2, 2.539398330063230e-1, 9.504178996162932e-1, 2.097847961257068e0 };
    static constexpr double B3[] = { 120, 60, 12, 1 };
    static constexpr double B5[] = { 30240, 15120, 3360, 420, 30, 1 };
    static constexpr double B7[] = { 17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1 };
    static constexpr double B9[] = { 17643225600., 8821612800., 2075673600., 302702400., 30270240., 2162160., 110880., 3960., 90., 1. };
    static constexpr double const* LOW[] = { B3, B5, B7, B9 };
    static constexpr double B13[] = { 64764752532480000., 32382376266240000., 7771770303897600., 1187353796428800.,
        129060195264000., 10559470521600., 670442572800., 33522128640., 1323241920., 40840800., 960960., 16380., 182., 1. };
    Index n = a.rows();
    Mx<T> id = Mx<T>::Identity(n, n);
    Mx<T> a2 = a * a;
    for (int i = 0; i < 4; ++i) {
        if (anorm > THETA[i])
            continue;
        int m = 3 + 2 * i;
        double const* b = LOW[i];
        Mx<T> u = b[1] * id, v = b[0] * id, power = id;
        for (int k = 2; k <= m; k += 2) {
            power = power * a2;
            u += b[k + 1] * power;
            v += b[k] * power;
        }
        u = a * u;
        return lu_solve<T>(v - u, v + u);
    }
    double const theta13 = 5.371920351148152e0;
    int s = anorm > theta13 ? static_cast<int>(std::ceil(std::log2(anorm / theta13))) : 0;
    Mx<T> as = a / std::ldexp(1.0, s);
    a2 = as * as;
    Mx<T> a4 = a2 * a2, a6 = a4 * a2;
    Mx<T> u = as * (a6 * (B13[13] * a6 + B13[11] * a4 + B13[9] * a2) + B13[7] * a6 + B13[5] * a4 + B13[3] * a2 + B13[1] * id);
    Mx<T> v = a6 * (B13[12] * a6 + B13[10] * a4 + B13[8] * a2) + B13[6] * a6 + B13[4] * a4 + B13[2] * a2 + B13[0] * id;
    Mx<T> x = lu_solve<T>(v - u, v + u);
    for (int k = 0; k < s; ++k)
        x = x * x;
    return x;
}

template <typename T>
Mx<T> expm_of(Mx<T> const& a)
{
    if (!a.allFinite())
        return Mx<T>::Constant(a.rows(), a.cols(), T(NaN));
    if (a.isDiagonal(0.0)) { // exactly diagonal: exp of the diagonal, as MATLAB does
        Mx<T> x = Mx<T>::Zero(a.rows(), a.cols());
        for (Index i = 0; i < a.rows(); ++i)
            x(i, i) = std::exp(a(i, i));
        return x;
    }
    return pade_exp(a, norm1(a));
}

VoidResult expm_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand a;
    TRY_VOID(load_operand(cx, args[0], a));
    if (!a.square())
        return not_square(cx);
    outs[0] = a.cplx ? TRY(emit(cx, expm_of(a.c), a.single)) : TRY(emit(cx, expm_of(a.r), a.single));
    return {};
}

// ---------------------------------------------------------------------------------------------
// sqrtm logm: through the complex Schur form (Bjorck-Hammarling square root; inverse scaling
// and squaring with a Gauss-Legendre Pade form for the logarithm). Hermitian input uses its
// eigendecomposition instead.

// The upper-triangular principal square root of upper-triangular t.
MatC sqrt_triangular(MatC const& t)
{
    Index n = t.rows();
    MatC r = MatC::Zero(n, n);
    for (Index j = 0; j < n; ++j) {
        r(j, j) = std::sqrt(t(j, j));
        for (Index i = j - 1; i >= 0; --i) {
            Cplx s = 0;
            for (Index k = i + 1; k < j; ++k)
                s += r(i, k) * r(k, j);
            Cplx d = r(i, i) + r(j, j);
            r(i, j) = (t(i, j) - s) / d;
            if (d == Cplx(0.0) && t(i, j) - s == Cplx(0.0))
                r(i, j) = 0;
        }
    }
    return r;
}

// log(T) for upper-triangular t: square roots until T is near I, then
// log(I+X) = sum_j w_j X (I + x_j X)^-1 over 8 Gauss-Legendre nodes on [0,1], times 2^k.
MatC log_triangular(MatC t)
{
    static constexpr double NODE[] = { 0.01985507175123188, 0.10166676129318664, 0.2372337950418355, 0.4082826787521751,
        0.5917173212478249, 0.7627662049581645, 0.8983332387068134, 0.9801449282487681 };
    static constexpr double WEIGHT[] = { 0.05061426814518813, 0.11119051722668724, 0.15685332293894364, 0.18134189168918100,
        0.18134189168918100, 0.15685332293894364, 0.11119051722668724, 0.05061426814518813 };
    Index n = t.rows();
    MatC id = MatC::Identity(n, n);
    int k = 0;
    while (norm1(MatC(t - id)) > 0.25 && k < 64) {
        t = sqrt_triangular(t);
        ++k;
    }
    MatC x = t - id, sum = MatC::Zero(n, n);
    for (int j = 0; j < 8; ++j) {
        MatC term = x;
        trsm('U', 'N', MatC(id + NODE[j] * x), term);
        sum += WEIGHT[j] * term;
    }
    return std::ldexp(1.0, k) * sum;
}

enum class MatFn : uint8_t { Sqrt, Log };

// True when a real matrix's principal root/log is real: no eigenvalue on the negative real
// axis (for the log, none at zero either). Real eigenvalues come from dgeev with exact zero
// imaginary parts.
bool real_principal(MatR a, MatFn fn)
{
    VecC w;
    geev(a, w, nullptr, nullptr);
    for (Index i = 0; i < w.size(); ++i)
        if (w(i).imag() == 0.0 && (w(i).real() < 0 || (fn == MatFn::Log && w(i).real() == 0)))
            return false;
    return true;
}

Cplx apply(MatFn fn, Cplx z) { return fn == MatFn::Sqrt ? std::sqrt(z) : std::log(z); }

void warn_singular_function(MatFn fn)
{
    if (fn == MatFn::Sqrt)
        emit_warning("MATLAB:sqrtm:SingularMatrix", "Matrix is singular and may not have a square root.");
    else
        emit_warning("MATLAB:logm:nonPosRealEig",
            "Principal matrix logarithm is not defined for A with nonpositive real eigenvalues. A non-principal matrix "
            "logarithm is returned.");
}

// An eigenvalue where the principal function is undefined (sqrt: zero; log: zero or negative
// real), which MATLAB warns about.
bool undefined_at(MatFn fn, Cplx z)
{
    return z == Cplx(0.0) || (fn == MatFn::Log && z.imag() == 0.0 && z.real() < 0);
}

// f(A) for Hermitian A: V f(w) V'.
template <typename T>
MatC hermitian_function(Mx<T> a, MatFn fn)
{
    VecR w;
    heev(true, a, w);
    MatC v = a.template cast<Cplx>();
    VecC f(w.size());
    bool undefined = false;
    for (Index i = 0; i < w.size(); ++i) {
        undefined = undefined || undefined_at(fn, Cplx(w(i)));
        f(i) = apply(fn, Cplx(w(i)));
    }
    if (undefined)
        warn_singular_function(fn);
    return v * f.asDiagonal() * v.adjoint();
}

MatC general_function(MatC t, MatFn fn)
{
    MatC z;
    gees(t, z);
    bool singular = false;
    for (Index i = 0; i < t.rows(); ++i)
        singular = singular || undefined_at(fn, t(i, i));
    if (singular)
        warn_singular_function(fn);
    MatC r = fn == MatFn::Sqrt ? sqrt_triangular(t) : log_triangular(t);
    return z * r * z.adjoint();
}

// The result of sqrtm/logm: real (real part taken) when A is real and its principal root or
// logarithm is real.
Result<MatC> matrix_function(Operand const& a, MatFn fn, bool& real_result)
{
    if (!a.finite()) {
        real_result = true;
        return MatC::Constant(a.rows(), a.cols(), Cplx(NaN));
    }
    real_result = !a.cplx && real_principal(a.r, fn);
    if (is_hermitian(a))
        return a.cplx ? hermitian_function(a.c, fn) : hermitian_function(a.r, fn);
    return general_function(a.cplx ? a.c : MatC(a.r.cast<Cplx>()), fn);
}

VoidResult sqrtm_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand a;
    TRY_VOID(load_operand(cx, args[0], a));
    if (!a.square())
        return not_square(cx);
    bool real_result = false;
    MatC x = TRY(matrix_function(a, MatFn::Sqrt, real_result));
    outs[0] = real_result ? TRY(emit(cx, MatR(x.real()), a.single)) : TRY(emit(cx, x, a.single));
    if (cx.nargout >= 2) { // residual = norm(A - X^2, 1) / norm(A, 1)
        MatC ac = a.cplx ? a.c : MatC(a.r.cast<Cplx>());
        MatC xx = real_result ? MatC(x.real().cast<Cplx>()) : x;
        double an = norm1(ac);
        outs[1] = Value::scalar(an == 0 ? norm1(MatC(xx * xx)) : norm1(MatC(ac - xx * xx)) / an);
    }
    return {};
}

VoidResult logm_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand a;
    TRY_VOID(load_operand(cx, args[0], a));
    if (!a.square())
        return not_square(cx);
    bool real_result = false;
    MatC x = TRY(matrix_function(a, MatFn::Log, real_result));
    outs[0] = real_result ? TRY(emit(cx, MatR(x.real()), a.single)) : TRY(emit(cx, x, a.single));
    return {};
}

// ---------------------------------------------------------------------------------------------
// linsolve, rcond, cond

struct SolveOpts {
    bool lt = false, ut = false, sym = false, posdef = false, rect = false, transa = false;
};

Result<SolveOpts> parse_solve_opts(CallContext const& cx, Value const& v)
{
    auto* s = as_struct(v);
    if (!s || s->numel() != 1)
        return cx.error("MATLAB:linsolve:ThirdInputNotStruct", "The third input must be a structure.");
    SolveOpts o;
    static constexpr char const* KNOWN[] = { "LT", "UT", "UHESS", "SYM", "POSDEF", "RECT", "TRANSA" };
    bool* slot[] = { &o.lt, &o.ut, nullptr, &o.sym, &o.posdef, &o.rect, &o.transa };
    for (size_t f = 0; f < s->nfields(); ++f) {
        std::string const& name = s->field_names()[f];
        auto it = std::find_if(std::begin(KNOWN), std::end(KNOWN), [&](char const* k) { return name == k; });
        if (it == std::end(KNOWN))
            return cx.error("MATLAB:linsolve:UnknownOption", "Invalid field name '" + name + "' in options structure.");
        NumericView nv(s->at(0, f));
        if (!nv.valid() || nv.numel() != 1)
            return cx.error("MATLAB:linsolve:OptsNotLogical", "Option values must be logical scalars.");
        if (bool* p = slot[it - std::begin(KNOWN)])
            *p = nv[0] != 0;
    }
    if (o.lt && o.ut)
        return cx.error("MATLAB:linsolve:CombinationOfFieldsNotCurrentlySupported",
            "The combination of fields in the options structure is not currently supported.");
    return o;
}

void warn_conditioning(double rc)
{
    if (rc == 0) {
        emit_warning("MATLAB:singularMatrix", "Matrix is singular to working precision.");
        return;
    }
    if (rc < EPS || std::isnan(rc)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%13.6e", rc);
        emit_warning("MATLAB:nearlySingularMatrix",
            std::string("Matrix is close to singular or badly scaled. Results may be inaccurate. RCOND = ") + buf + ".");
    }
}

// Reciprocal 1-norm condition number of a triangular matrix, from its explicit inverse.
template <typename T>
double triangular_rcond(Mx<T> const& tri, char uplo)
{
    Index n = tri.rows();
    Mx<T> inv = Mx<T>::Identity(n, n);
    trsm(uplo, 'N', tri, inv);
    double ni = norm1(inv);
    return std::isfinite(ni) && ni != 0 ? 1.0 / (norm1(tri) * ni) : 0.0;
}

template <typename T>
struct SolveResult {
    Mx<T> x;
    double r = 0; // rcond (square) or rank (rectangular)
};

template <typename T>
SolveResult<T> square_solve(Mx<T> a, Mx<T> b, SolveOpts const& o)
{
    SolveResult<T> out;
    char trans = o.transa ? 'C' : 'N';
    if (o.lt || o.ut) {
        char uplo = o.lt ? 'L' : 'U';
        Mx<T> tri = a.template triangularView<Eigen::Upper>();
        if (o.lt)
            tri = a.template triangularView<Eigen::Lower>();
        trsm(uplo, trans, tri, b);
        out.r = triangular_rcond(tri, uplo);
        out.x = std::move(b);
        return out;
    }
    double anorm = norm1(a);
    if (o.sym && o.posdef) {
        Mx<T> r = a;
        if (potrf('U', r) == 0) {
            potrs(r, b);
            r = Mx<T>(r.template triangularView<Eigen::Upper>());
            double rr = triangular_rcond(r, 'U');
            out.r = rr * rr;
            out.x = std::move(b);
            return out;
        }
    }
    std::vector<int> ipiv;
    bool singular = getrf(a, ipiv) > 0;
    getrs(trans, a, ipiv, b); // a zero pivot gives Inf/NaN, as MATLAB's solve does
    out.r = singular ? 0.0 : gecon(a, anorm);
    out.x = std::move(b);
    return out;
}

template <typename T>
Index qr_rank(Mx<T> a)
{
    std::vector<int> jpvt;
    std::vector<T> tau;
    geqp3(a, jpvt, tau);
    Index k = std::min(a.rows(), a.cols());
    if (k == 0)
        return 0;
    double tol = static_cast<double>(std::max(a.rows(), a.cols())) * EPS * std::abs(a(0, 0));
    Index r = 0;
    while (r < k && std::abs(a(r, r)) > tol)
        ++r;
    return r;
}

Value as_value(Operand const& op)
{
    if (op.cplx) {
        auto out = linalg::new_result(Dims(static_cast<size_t>(op.rows()), static_cast<size_t>(op.cols())), true);
        for (Index i = 0; i < op.size(); ++i) {
            out->data()[i] = op.c.data()[i].real();
            out->imag()[i] = op.c.data()[i].imag();
        }
        return Value::object(std::move(out));
    }
    auto out = new_double(Dims(static_cast<size_t>(op.rows()), static_cast<size_t>(op.cols())));
    std::copy(op.r.data(), op.r.data() + op.r.size(), out->data());
    return make_double(std::move(out));
}

template <typename T>
VoidResult linsolve_square(CallContext& cx, Mx<T> const& a, Mx<T> const& b, SolveOpts const& o, bool single, Outs outs)
{
    SolveResult<T> res = square_solve(a, b, o);
    if (cx.nargout < 2)
        warn_conditioning(res.r);
    outs[0] = TRY(emit(cx, res.x, single));
    if (cx.nargout >= 2)
        outs[1] = Value::scalar(res.r);
    return {};
}

// X = linsolve(A,B), linsolve(A,B,opts) with opts.LT/UT (triangular), SYM+POSDEF (Cholesky),
// RECT (least squares), TRANSA (A'X = B); [X, r] returns rcond (square) or rank instead of
// warning.
VoidResult linsolve_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand a, b;
    TRY_VOID(load_operand(cx, args[0], a));
    TRY_VOID(load_operand(cx, args[1], b));
    SolveOpts o;
    if (args.size() > 2)
        o = TRY(parse_solve_opts(cx, args[2]));
    Index rows = o.transa ? a.cols() : a.rows();
    if (rows != b.rows())
        return cx.error("MATLAB:dimagree", "Matrix dimensions must agree.");
    bool single = a.single || b.single;
    if (a.square() && !o.rect && !a.empty()) {
        if (a.cplx || b.cplx) {
            a.make_complex();
            b.make_complex();
            return linsolve_square(cx, a.c, b.c, o, single, outs);
        }
        return linsolve_square(cx, a.r, b.r, o, single, outs);
    }
    // Rectangular (or RECT): least squares as mldivide, on A' when TRANSA.
    Value av = as_value(a);
    if (o.transa) {
        Operand at;
        if (a.cplx) {
            at.cplx = true;
            at.c = a.c.adjoint();
        } else {
            at.r = a.r.transpose();
        }
        av = as_value(at);
    }
    Value x = TRY(mldivide(av, as_value(b)));
    outs[0] = x;
    if (single) {
        Operand xo;
        TRY_VOID(load_operand(cx, x, xo));
        outs[0] = xo.cplx ? TRY(emit(cx, xo.c, true)) : TRY(emit(cx, xo.r, true));
    }
    if (cx.nargout >= 2)
        outs[1] = Value::scalar(static_cast<double>(a.cplx ? qr_rank(a.c) : qr_rank(a.r)));
    return {};
}

template <typename T>
double rcond_of(Mx<T> a)
{
    if (a.hasNaN())
        return NaN;
    if (!a.allFinite())
        return 0;
    double anorm = norm1(a);
    std::vector<int> ipiv;
    if (getrf(a, ipiv) > 0)
        return 0;
    return gecon(a, anorm);
}

// rcond(A): LAPACK's 1-norm reciprocal condition estimate (Inf for empty).
VoidResult rcond_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand a;
    TRY_VOID(load_operand(cx, args[0], a));
    if (!a.square())
        return not_square(cx);
    double rc = a.empty() ? INF : a.cplx ? rcond_of(a.c) : rcond_of(a.r);
    outs[0] = TRY(emit(cx, MatR(MatR::Constant(1, 1, rc)), a.single));
    return {};
}

template <typename T>
double matrix_norm(Mx<T> const& a, linalg::NormKind kind)
{
    switch (kind) {
    case linalg::NormKind::One: return norm1(a);
    case linalg::NormKind::Inf: return norm1(Mx<T>(a.transpose()));
    default: return std::sqrt(a.cwiseAbs2().sum());
    }
}

// norm(A,p) * norm(inv(A),p) for p = 1, Inf, 'fro' (Inf when A is singular).
template <typename T>
double cond_p(Mx<T> a, linalg::NormKind kind)
{
    double an = matrix_norm(a, kind);
    std::vector<int> ipiv;
    if (getrf(a, ipiv) > 0) {
        emit_warning("MATLAB:singularMatrix", "Matrix is singular to working precision.");
        return INF;
    }
    getri(a, ipiv);
    return an * matrix_norm(a, kind);
}

template <typename T>
Result<double> cond_2(CallContext const& cx, Mx<T> const& a)
{
    Svd<T> svd = TRY(compute_svd(cx, a, false, true));
    double smin = svd.s(svd.s.size() - 1);
    return smin == 0 ? INF : svd.s(0) / smin;
}

// cond(A) (2-norm: ratio of extreme singular values), cond(A, p) for p = 1, 2, Inf, 'fro'.
VoidResult cond_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand a;
    TRY_VOID(load_operand(cx, args[0], a));
    linalg::NormKind kind = linalg::NormKind::Two;
    double p = 2;
    if (args.size() > 1)
        kind = TRY(linalg::norm_kind(cx, args[1], p));
    if (kind == linalg::NormKind::P && p != 2)
        return cx.error("MATLAB:cond:unknownNorm", "The only matrix norms available are 1, 2, inf, and 'fro'.");
    double c = 0;
    if (kind == linalg::NormKind::Two || kind == linalg::NormKind::P) {
        if (a.empty())
            c = 0;
        else if (!a.finite())
            c = NaN;
        else
            c = a.cplx ? TRY(cond_2(cx, a.c)) : TRY(cond_2(cx, a.r));
    } else {
        if (!a.square())
            return cx.error("MATLAB:cond:normMismatchSizeA", "A is rectangular.  Use the 2 norm.");
        c = a.empty() ? 0 : a.cplx ? cond_p(a.c, kind) : cond_p(a.r, kind);
    }
    outs[0] = TRY(emit(cx, MatR(MatR::Constant(1, 1, c)), a.single));
    return {};
}

} // namespace

void register_linalg_decomp_builtins(BuiltinTable& table)
{
    table.add({ .name = "eig", .fn = eig_builtin, .min_in = 1, .max_in = 4, .max_out = 3 });
    table.add({ .name = "svd", .fn = svd_builtin, .min_in = 1, .max_in = 3, .max_out = 3 });
    table.add({ .name = "chol", .fn = chol_builtin, .min_in = 1, .max_in = 2, .max_out = 2 });
    table.add({ .name = "qr", .fn = qr_builtin, .min_in = 1, .max_in = 3, .max_out = 3 });
    table.add({ .name = "lu", .fn = lu_builtin, .min_in = 1, .max_in = 2, .max_out = 3 });
    table.add({ .name = "pinv", .fn = pinv_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    table.add({ .name = "null", .fn = null_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    table.add({ .name = "orth", .fn = orth_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    table.add({ .name = "expm", .fn = expm_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "sqrtm", .fn = sqrtm_builtin, .min_in = 1, .max_in = 1, .max_out = 2 });
    table.add({ .name = "logm", .fn = logm_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "linsolve", .fn = linsolve_builtin, .min_in = 2, .max_in = 3, .max_out = 2 });
    table.add({ .name = "rcond", .fn = rcond_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "cond", .fn = cond_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
}

} // namespace runmat::runtime
