// Matrix operators (mtimes, mldivide, mrdivide, mpower) and the linear-algebra builtins
// (inv det norm trace rank kron dot cross). Reference values from GNU Octave 7 (numbers) and
// MATLAB (messages, basic least-squares solutions).
#include "runtime/linalg.hpp"
#include "value_test_support.hpp"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

void expect_near_all(Value const& v, std::vector<double> const& want, double tol = 1e-12)
{
    std::vector<double> got = re(v);
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i)
        EXPECT_NEAR(got[i], want[i], tol) << "element " << i;
}

void expect_near_im(Value const& v, std::vector<double> const& want, double tol = 1e-12)
{
    ASSERT_TRUE(is_complex(v));
    std::vector<double> got = im(v);
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i)
        EXPECT_NEAR(got[i], want[i], tol) << "element " << i;
}

Value cmat(size_t r, size_t c, std::vector<double> const& re_part, std::vector<double> const& im_part)
{
    auto a = make_ref<DoubleArray>(Dims(r, c));
    a->make_complex();
    for (size_t i = 0; i < re_part.size(); ++i) {
        a->data()[i] = re_part[i];
        a->imag()[i] = im_part[i];
    }
    return Value::object(std::move(a));
}

// Captures warnings emitted through runtime::emit_warning for the test's lifetime.
class WarningCapture {
public:
    WarningCapture()
    {
        m_saved = active_session();
        active_session() = ActiveSession { &m_env, &m_state };
    }
    ~WarningCapture() { active_session() = m_saved; }
    std::string const& id() const { return m_state.last_warning_id; }
    std::string const& message() const { return m_state.last_warning_msg; }
    std::string const& stderr_text() const { return m_env.err; }

private:
    ActiveSession m_saved;
    NullEnvironment m_env;
    RuntimeState m_state;
};

// A = [4 -2 1; 3 6 -4; 2 1 8] (det 263), column-major.
Value sample3() { return mat(3, 3, { 4, 3, 2, -2, 6, 1, 1, -4, 8 }); }
// C = [1+2i 3; -1i 2]
Value sample_complex() { return cmat(2, 2, { 1, 0, 3, 2 }, { 2, -1, 0, 0 }); }

constexpr char const* INNERDIM_MSG = "Incorrect dimensions for matrix multiplication. Check that the number of columns in the "
                                     "first matrix matches the number of rows in the second matrix. To operate on each element "
                                     "of the matrix individually, use TIMES (.*) for elementwise multiplication.";

} // namespace

// ---------------------------------------------------------------------------------------------
// mtimes

TEST(LinalgMtimes, SmallMatrices)
{
    Value c = mtimes(mat(2, 2, { 1, 3, 2, 4 }), mat(2, 2, { 5, 7, 6, 8 })).value(); // [1 2;3 4]*[5 6;7 8]
    EXPECT_EQ(c.dims(), Dims(2, 2));
    EXPECT_EQ(re(c), std::vector<double>({ 19, 43, 22, 50 }));
    Value mv = mtimes(sample3(), col({ 1, -2, 4 })).value();
    EXPECT_EQ(re(mv), std::vector<double>({ 12, -25, 32 }));
    Value inner = mtimes(row({ 1, 2, 3 }), col({ 4, 5, 6 })).value();
    ASSERT_TRUE(inner.is_num());
    EXPECT_EQ(inner.num(), 32);
    Value outer = mtimes(col({ 1, 2 }), row({ 3, 4, 5 })).value();
    EXPECT_EQ(outer.dims(), Dims(2, 3));
    EXPECT_EQ(re(outer), std::vector<double>({ 3, 6, 4, 8, 5, 10 }));
}

TEST(LinalgMtimes, ScalarOperandsActElementwise)
{
    EXPECT_EQ(mtimes(num(3), num(4)).value().num(), 12);
    Value s = mtimes(num(2), nd({ 2, 1, 2 }, { 1, 2, 3, 4 })).value();
    EXPECT_EQ(s.dims(), Dims({ 2, 1, 2 }));
    EXPECT_EQ(re(s), std::vector<double>({ 2, 4, 6, 8 }));
    Value r = mtimes(row({ 1, 2 }), Value::complex(0, 1)).value();
    expect_near_all(r, { 0, 0 });
    expect_near_im(r, { 1, 2 });
}

TEST(LinalgMtimes, LogicalAndCharBecomeDouble)
{
    Value r = mtimes(logical_row({ 1, 0, 1 }), col({ 2, 3, 4 })).value();
    ASSERT_TRUE(r.is_num());
    EXPECT_EQ(r.num(), 6);
    Value c = mtimes(str("ab"), col({ 1, 1 })).value(); // 97 + 98
    EXPECT_EQ(c.num(), 195);
}

TEST(LinalgMtimes, Complex)
{
    Value c = mtimes(sample_complex(), sample_complex()).value(); // [-3+1i 9+6i; 2-3i 4-3i]
    expect_near_all(c, { -3, 2, 9, 4 });
    expect_near_im(c, { 1, -3, 6, -3 });
    // A result whose imaginary part vanishes is real.
    Value r = mtimes(cplx_row({ 1, 3 }, { 2, 0 }), cmat(2, 1, { 1, 0 }, { -2, 0 })).value();
    ASSERT_TRUE(r.is_num());
    EXPECT_EQ(r.num(), 5);
}

TEST(LinalgMtimes, EmptyProductsAreZeros)
{
    Value z = mtimes(mat(2, 0, {}), mat(0, 3, {})).value();
    EXPECT_EQ(z.dims(), Dims(2, 3));
    EXPECT_EQ(re(z), std::vector<double>(6, 0.0));
    EXPECT_EQ(mtimes(mat(0, 2, {}), mat(2, 3, { 1, 2, 3, 4, 5, 6 })).value().dims(), Dims(0, 3));
}

TEST(LinalgMtimes, Errors)
{
    expect_error(mtimes(mat(2, 2, { 1, 2, 3, 4 }), row({ 1, 2 })), "MATLAB:innerdim", INNERDIM_MSG);
    expect_error(mtimes(nd({ 2, 2, 2 }, { 1, 2, 3, 4, 5, 6, 7, 8 }), mat(2, 2, { 1, 2, 3, 4 })), "MATLAB:mtimes:inputsMustBe2D",
        "Arguments must be 2-D, or at least one argument must be scalar. Use TIMES (.*) for elementwise multiplication.");
    auto fh = make_ref<FunctionHandle>();
    fh->name = "sin";
    expect_error(mtimes(Value::object(std::move(fh)), num(2)), "MATLAB:UndefinedFunction",
        "Operator '*' is not supported for operands of type 'function_handle'.");
}

TEST(LinalgMtimes, LargeMatchesNaive)
{
    size_t n = 70; // above the small-product threshold: goes through BLAS
    std::vector<double> a(n * n), b(n * n);
    for (size_t i = 0; i < n * n; ++i) {
        a[i] = std::sin(static_cast<double>(i));
        b[i] = std::cos(static_cast<double>(i) * 0.5);
    }
    Value c = mtimes(mat(n, n, a), mat(n, n, b)).value();
    std::vector<double> got = re(c);
    for (size_t j = 0; j < n; j += 13)
        for (size_t i = 0; i < n; i += 7) {
            double s = 0;
            for (size_t k = 0; k < n; ++k)
                s += a[k * n + i] * b[j * n + k];
            EXPECT_NEAR(got[j * n + i], s, 1e-10);
        }
    // Complex times real at the same size.
    Value ca = cmat(n, n, a, b);
    Value cc = mtimes(ca, mat(n, n, a)).value();
    std::vector<double> cre = re(cc), cim = im(cc);
    double sr = 0, si = 0;
    for (size_t k = 0; k < n; ++k) {
        sr += a[k * n + 1] * a[2 * n + k];
        si += b[k * n + 1] * a[2 * n + k];
    }
    EXPECT_NEAR(cre[2 * n + 1], sr, 1e-10);
    EXPECT_NEAR(cim[2 * n + 1], si, 1e-10);
}

// ---------------------------------------------------------------------------------------------
// mldivide / mrdivide

TEST(LinalgDivide, SquareSolve)
{
    WarningCapture w;
    Value x = mldivide(sample3(), col({ 12, -25, 32 })).value();
    expect_near_all(x, { 1, -2, 4 });
    EXPECT_TRUE(w.id().empty());
    // Multiple right-hand sides.
    Value xs = mldivide(mat(2, 2, { 2, 0, 0, 4 }), mat(2, 2, { 2, 4, 6, 8 })).value();
    expect_near_all(xs, { 1, 1, 3, 2 });
}

TEST(LinalgDivide, ScalarDivisorIsElementwise)
{
    EXPECT_EQ(mldivide(num(2), num(6)).value().num(), 3);
    EXPECT_EQ(re(mldivide(num(2), row({ 2, 4, 6 })).value()), std::vector<double>({ 1, 2, 3 }));
    EXPECT_EQ(re(mrdivide(row({ 2, 4, 6 }), num(2)).value()), std::vector<double>({ 1, 2, 3 }));
    Value c = mrdivide(row({ 1, 2 }), Value::complex(0, 1)).value(); // [-1i -2i]
    expect_near_all(c, { 0, 0 });
    expect_near_im(c, { -1, -2 });
}

TEST(LinalgDivide, SingularWarns)
{
    WarningCapture w;
    Value x = mldivide(mat(2, 2, { 1, 2, 2, 4 }), col({ 1, 2 })).value();
    EXPECT_EQ(w.id(), "MATLAB:singularMatrix");
    EXPECT_EQ(w.message(), "Matrix is singular to working precision.");
    EXPECT_EQ(w.stderr_text(), "Warning: Matrix is singular to working precision.\n");
    for (double v : re(x))
        EXPECT_FALSE(std::isfinite(v));
}

TEST(LinalgDivide, NearlySingularWarnsWithRcond)
{
    WarningCapture w;
    // [1 1; 1 1+2*eps]: a nonzero pivot of 2*eps, RCOND about 1.1e-16.
    double eps = std::numeric_limits<double>::epsilon();
    (void)mldivide(mat(2, 2, { 1, 1, 1, 1 + 2 * eps }), col({ 1, 2 })).value();
    EXPECT_EQ(w.id(), "MATLAB:nearlySingularMatrix");
    EXPECT_EQ(w.message().rfind("Matrix is close to singular or badly scaled. Results may be inaccurate. RCOND =  ", 0), 0u)
        << w.message();
    EXPECT_EQ(w.message().back(), '.');
    EXPECT_NE(w.message().find("e-16."), std::string::npos) << w.message();
}

TEST(LinalgDivide, LeastSquaresOverdetermined)
{
    WarningCapture w;
    // [1 2;3 4;5 6] \ [1;2;3] = [0; 0.5]
    Value x = mldivide(mat(3, 2, { 1, 3, 5, 2, 4, 6 }), col({ 1, 2, 3 })).value();
    expect_near_all(x, { 0, 0.5 });
    EXPECT_TRUE(w.id().empty());
    Value y = mldivide(mat(3, 2, { 1, 3, 5, 2, 4, 6 }), mat(3, 2, { 1, 0, 1, 0, 1, 1 })).value();
    expect_near_all(y, { -2.0 / 3, 2.0 / 3, 1.0 / 3, -1.0 / 12 }, 1e-12);
}

TEST(LinalgDivide, LeastSquaresRankDeficientGivesBasicSolution)
{
    WarningCapture w;
    Value x = mldivide(mat(3, 2, { 1, 1, 1, 1, 1, 1 }), col({ 1, 2, 3 })).value();
    // MATLAB: basic solution [2; 0] (Octave's minimum-norm answer would be [1; 1]).
    std::vector<double> got = re(x);
    ASSERT_EQ(got.size(), 2u);
    EXPECT_NEAR(got[0] + got[1], 2, 1e-12);
    EXPECT_TRUE(got[0] == 0 || got[1] == 0);
    EXPECT_EQ(w.id(), "MATLAB:rankDeficientMatrix");
    char buf[96];
    std::snprintf(buf, sizeof buf, "Rank deficient, rank = 1, tol = %13.6e.", 3 * std::numeric_limits<double>::epsilon() * std::sqrt(3.0));
    EXPECT_EQ(w.message(), buf);
}

TEST(LinalgDivide, Underdetermined)
{
    // [1 2 3; 4 5 6] \ [1; 2]: a basic solution (one zero component) that satisfies A x = b.
    Value x = mldivide(mat(2, 3, { 1, 4, 2, 5, 3, 6 }), col({ 1, 2 })).value();
    std::vector<double> v = re(x);
    ASSERT_EQ(v.size(), 3u);
    EXPECT_NEAR(v[0] + 2 * v[1] + 3 * v[2], 1, 1e-12);
    EXPECT_NEAR(4 * v[0] + 5 * v[1] + 6 * v[2], 2, 1e-12);
    EXPECT_EQ(std::count(v.begin(), v.end(), 0.0), 1);
}

TEST(LinalgDivide, Complex)
{
    WarningCapture w;
    Value x = mldivide(sample_complex(), cmat(2, 1, { 1, 0 }, { 0, 1 })).value(); // C \ [1; 1i]
    expect_near_all(x, { -0.320754716981132, 0.188679245283019 });
    expect_near_im(x, { -0.377358490566038, 0.339622641509434 });
    // Real A, complex b.
    Value y = mldivide(mat(2, 2, { 2, 0, 0, 4 }), cmat(2, 1, { 2, 4 }, { 4, 8 })).value();
    expect_near_all(y, { 1, 1 });
    expect_near_im(y, { 2, 2 });
    // Complex least squares: [1i; 1] \ [1; 1i] = (conj([1i;1]).' * [1;1i]) / 2 = 0
    Value z = mldivide(cmat(2, 1, { 0, 1 }, { 1, 0 }), cmat(2, 1, { 1, 0 }, { 0, 1 })).value();
    expect_near_all(z, { 0 });
    EXPECT_TRUE(w.id().empty());
}

TEST(LinalgDivide, Mrdivide)
{
    // [1 2;3 4] / [5 6;7 8] = [3 -2; 2 -1]
    Value x = mrdivide(mat(2, 2, { 1, 3, 2, 4 }), mat(2, 2, { 5, 7, 6, 8 })).value();
    expect_near_all(x, { 3, 2, -2, -1 }, 1e-12);
    // Row vector / matrix.
    Value r = mrdivide(row({ 12, -25, 32 }), mat(3, 3, { 4, -2, 1, 3, 6, -4, 2, 1, 8 })).value(); // = ([..]' \ b')'
    EXPECT_EQ(r.dims(), Dims(1, 3));
    expect_near_all(r, { 1, -2, 4 });
}

TEST(LinalgDivide, EmptyAndErrors)
{
    Value e = mldivide(mat(0, 3, {}), mat(0, 2, {})).value();
    EXPECT_EQ(e.dims(), Dims(3, 2));
    EXPECT_EQ(re(e), std::vector<double>(6, 0.0));
    EXPECT_EQ(mrdivide(mat(2, 0, {}), mat(3, 0, {})).value().dims(), Dims(2, 3));
    expect_error(mldivide(mat(3, 3, { 1, 0, 0, 0, 1, 0, 0, 0, 1 }), col({ 1, 2 })), "MATLAB:dimagree", "Matrix dimensions must agree.");
    expect_error(mrdivide(row({ 1, 2 }), mat(2, 3, { 1, 2, 3, 4, 5, 6 })), "MATLAB:dimagree", "Matrix dimensions must agree.");
    auto err = mldivide(mat(2, 2, { 1, 2, 3, 4 }), col({ 1, 2, 3 }));
    ASSERT_TRUE(err.is_error());
    EXPECT_EQ(err.error().raised_by, "\\");
}

// ---------------------------------------------------------------------------------------------
// mpower

TEST(LinalgMpower, ScalarPower)
{
    EXPECT_EQ(mpower(num(2), num(10)).value().num(), 1024);
    Value c = mpower(num(-8), num(1.0 / 3)).value();
    expect_near_all(c, { 1 });
    expect_near_im(c, { std::sqrt(3.0) }, 1e-12);
    Value z = mpower(Value::complex(1, 2), num(2)).value(); // exactly -3+4i
    EXPECT_EQ(re(z), std::vector<double>({ -3 }));
    EXPECT_EQ(im(z), std::vector<double>({ 4 }));
    EXPECT_EQ(mpower(num(4), num(0.5)).value().num(), 2);
}

TEST(LinalgMpower, IntegerPowers)
{
    Value p3 = mpower(sample3(), num(3)).value();
    expect_near_all(p3, { 31, 60, 262, -118, 59, 68, 248, -506, 483 }, 1e-9);
    Value pm2 = mpower(sample3(), num(-2)).value();
    expect_near_all(pm2, { 3.096763000766239e-02, -4.040827538348104e-02, -6.968439618904425e-03, 1.992221949139065e-02,
                           2.949298095967846e-03, -9.151498503664939e-03, 7.040726336942851e-03, 1.555610172186963e-02,
                           1.055386083361044e-02 },
        1e-14);
    Value p0 = mpower(sample3(), num(0)).value();
    EXPECT_EQ(re(p0), std::vector<double>({ 1, 0, 0, 0, 1, 0, 0, 0, 1 }));
    Value p1 = mpower(mat(2, 2, { 1, 0, 0, 1 }), num(1)).value();
    EXPECT_EQ(re(p1), std::vector<double>({ 1, 0, 0, 1 }));
    Value c2 = mpower(sample_complex(), num(2)).value();
    expect_near_all(c2, { -3, 2, 9, 4 });
    expect_near_im(c2, { 1, -3, 6, -3 });
}

TEST(LinalgMpower, NonIntegerPowers)
{
    // Symmetric positive definite: real result.
    Value s = mpower(mat(2, 2, { 2, 1, 1, 3 }), num(0.5)).value();
    EXPECT_FALSE(is_complex(s));
    expect_near_all(s, { 1.376381920471174, 0.324919696232906, 0.324919696232906, 1.701301616704080 }, 1e-12);
    // General: [1 2;3 4]^0.5 is complex.
    Value g = mpower(mat(2, 2, { 1, 3, 2, 4 }), num(0.5)).value();
    expect_near_all(g, { 0.553688567145911, 1.210441090519824, 0.806960727013216, 1.764129657665736 }, 1e-12);
    expect_near_im(g, { 0.464394162839071, -0.318639718149603, -0.212426478766402, 0.145754444689468 }, 1e-12);
    // Scalar ^ matrix.
    Value e = mpower(num(2), mat(2, 2, { 1, 3, 2, 4 })).value();
    expect_near_all(e, { 10.48273938962865, 21.22781824248095, 14.15187882832063, 31.71055763210961 }, 1e-10);
}

TEST(LinalgMpower, Errors)
{
    constexpr char const* msg = "Incorrect dimensions for raising a matrix to a power. Check that the matrix is square and the "
                                "power is a scalar. To operate on each element of the matrix individually, use POWER (.^) for "
                                "elementwise power.";
    expect_error(mpower(row({ 1, 2, 3 }), num(2)), "MATLAB:mpower:notScalarAndSquareMatrix", msg);
    expect_error(mpower(mat(2, 2, { 1, 2, 3, 4 }), mat(2, 2, { 1, 2, 3, 4 })), "MATLAB:mpower:notScalarAndSquareMatrix", msg);
    EXPECT_EQ(mpower(mat(0, 0, {}), num(2)).value().dims(), Dims(0, 0));
}

// ---------------------------------------------------------------------------------------------
// Builtins

TEST(LinalgBuiltins, Inv)
{
    Value i = call1("inv", { sample3() });
    expect_near_all(i, { 1.977186311787072e-01, -1.216730038022814e-01, -3.422053231939164e-02, 6.463878326996197e-02,
                         1.140684410646388e-01, -3.041825095057035e-02, 7.604562737642585e-03, 7.224334600760457e-02,
                         1.140684410646388e-01 },
        1e-15);
    EXPECT_EQ(call1("inv", { num(4) }).num(), 0.25);
    Value c = call1("inv", { sample_complex() });
    expect_near_all(c, { 7.547169811320756e-02, 1.320754716981132e-01, -1.132075471698113e-01, 3.018867924528302e-01 });
    expect_near_im(c, { -2.641509433962264e-01, 3.773584905660377e-02, 3.962264150943396e-01, -5.660377358490567e-02 });
    EXPECT_EQ(call1("inv", { mat(0, 0, {}) }).dims(), Dims(0, 0));
    expect_error(call("inv", { mat(2, 3, { 1, 2, 3, 4, 5, 6 }) }), "MATLAB:square", "Matrix must be square.");
}

TEST(LinalgBuiltins, InvSingularIsInf)
{
    WarningCapture w;
    Value i = call1("inv", { mat(2, 2, { 1, 2, 2, 4 }) });
    for (double v : re(i))
        EXPECT_EQ(v, std::numeric_limits<double>::infinity());
    EXPECT_EQ(w.id(), "MATLAB:singularMatrix");
    Value z = call1("inv", { num(0) });
    EXPECT_EQ(z.num(), std::numeric_limits<double>::infinity());
}

TEST(LinalgBuiltins, Det)
{
    EXPECT_NEAR(call1("det", { sample3() }).num(), 263, 1e-10);
    EXPECT_EQ(call1("det", { mat(0, 0, {}) }).num(), 1);
    EXPECT_EQ(call1("det", { mat(2, 2, { 1, 2, 2, 4 }) }).num(), 0);
    EXPECT_NEAR(call1("det", { mat(2, 2, { 1, 3, 2, 4 }) }).num(), -2, 1e-14);
    Value c = call1("det", { sample_complex() }); // 2+7i
    expect_near_all(c, { 2 });
    expect_near_im(c, { 7 });
    expect_error(call("det", { row({ 1, 2 }) }), "MATLAB:square", "Matrix must be square.");
}

TEST(LinalgBuiltins, NormVectors)
{
    EXPECT_EQ(call1("norm", { row({ 3, 4, 12 }) }).num(), 13);
    EXPECT_EQ(call1("norm", { row({ 1, -2, 3 }), num(1) }).num(), 6);
    EXPECT_EQ(call1("norm", { row({ 1, -2, 3 }), num(INFINITY) }).num(), 3);
    EXPECT_EQ(call1("norm", { row({ 1, -2, 3 }), str("inf") }).num(), 3);
    EXPECT_EQ(call1("norm", { row({ 1, -2, 3 }), num(-INFINITY) }).num(), 1);
    EXPECT_NEAR(call1("norm", { row({ 1, 2, 3 }), num(3) }).num(), 3.301927248894627, 1e-14);
    EXPECT_EQ(call1("norm", { col({ 3, 4 }), str("fro") }).num(), 5);
    EXPECT_EQ(call1("norm", { cplx_row({ 3, 0 }, { 4, 0 }) }).num(), 5);
    EXPECT_EQ(call1("norm", { mat(0, 0, {}) }).num(), 0);
    EXPECT_DOUBLE_EQ(call1("norm", { row({ 3e200, 4e200 }) }).num(), 5e200); // no overflow
    EXPECT_TRUE(std::isnan(call1("norm", { row({ 1, NAN }) }).num()));
}

TEST(LinalgBuiltins, NormMatrices)
{
    EXPECT_NEAR(call1("norm", { sample3() }).num(), 9.385549506960281, 1e-13);
    EXPECT_EQ(call1("norm", { sample3(), num(1) }).num(), 13);
    EXPECT_EQ(call1("norm", { sample3(), num(INFINITY) }).num(), 13);
    EXPECT_NEAR(call1("norm", { sample3(), str("fro") }).num(), 12.28820572744451, 1e-13);
    EXPECT_NEAR(call1("norm", { sample_complex() }).num(), 3.950098455464985, 1e-13);
    expect_error(call("norm", { sample3(), num(3) }), "MATLAB:norm:unknownNorm",
        "The only matrix norms available are 1, 2, inf, and 'fro'.");
}

TEST(LinalgBuiltins, Rank)
{
    Value magic4 = mat(4, 4, { 16, 5, 9, 4, 2, 11, 7, 14, 3, 10, 6, 15, 13, 8, 12, 1 });
    EXPECT_EQ(call1("rank", { magic4 }).num(), 3);
    EXPECT_EQ(call1("rank", { mat(2, 2, { 1, 2, 2, 4 }) }).num(), 1);
    EXPECT_EQ(call1("rank", { sample_complex() }).num(), 2);
    EXPECT_EQ(call1("rank", { mat(0, 3, {}) }).num(), 0);
    EXPECT_EQ(call1("rank", { mat(2, 2, { 1, 0, 0, 1e-3 }), num(0.01) }).num(), 1);
    EXPECT_EQ(call1("rank", { row({ 0, 0 }) }).num(), 0);
}

TEST(LinalgBuiltins, Trace)
{
    EXPECT_EQ(call1("trace", { sample3() }).num(), 18);
    Value c = call1("trace", { sample_complex() });
    expect_near_all(c, { 3 });
    expect_near_im(c, { 2 });
    EXPECT_EQ(call1("trace", { mat(0, 0, {}) }).num(), 0);
    expect_error(call("trace", { row({ 1, 2 }) }), "MATLAB:trace:square", "Matrix must be square.");
}

TEST(LinalgBuiltins, Kron)
{
    Value k = call1("kron", { mat(2, 2, { 1, 3, 2, 4 }), mat(1, 2, { 1, 10 }) }); // [1 10 2 20; 3 30 4 40]
    EXPECT_EQ(k.dims(), Dims(2, 4));
    EXPECT_EQ(re(k), std::vector<double>({ 1, 3, 10, 30, 2, 4, 20, 40 }));
    Value e = call1("kron", { mat(2, 2, { 1, 0, 0, 1 }), col({ 1, 2 }) });
    EXPECT_EQ(e.dims(), Dims(4, 2));
    EXPECT_EQ(re(e), std::vector<double>({ 1, 2, 0, 0, 0, 0, 1, 2 }));
    Value c = call1("kron", { Value::complex(0, 1), row({ 1, 2 }) });
    expect_near_im(c, { 1, 2 });
    Value n3 = call1("kron", { nd({ 1, 1, 2 }, { 1, 2 }), num(3) });
    EXPECT_EQ(n3.dims(), Dims({ 1, 1, 2 }));
    EXPECT_EQ(re(n3), std::vector<double>({ 3, 6 }));
}

TEST(LinalgBuiltins, Dot)
{
    EXPECT_EQ(call1("dot", { row({ 1, 2, 3 }), col({ 4, 5, 6 }) }).num(), 32);
    Value m = call1("dot", { mat(2, 2, { 1, 2, 3, 4 }), mat(2, 2, { 1, 1, 1, 1 }) });
    EXPECT_EQ(m.dims(), Dims(1, 2));
    EXPECT_EQ(re(m), std::vector<double>({ 3, 7 }));
    Value d2 = call1("dot", { mat(2, 2, { 1, 2, 3, 4 }), mat(2, 2, { 1, 1, 1, 1 }), num(2) });
    EXPECT_EQ(d2.dims(), Dims(2, 1));
    EXPECT_EQ(re(d2), std::vector<double>({ 4, 6 }));
    // conj(a): dot([1i 2], [1i 2]) = |1i|^2 + 4 = 5
    Value c = call1("dot", { cplx_row({ 0, 2 }, { 1, 0 }), cplx_row({ 0, 2 }, { 1, 0 }) });
    ASSERT_TRUE(c.is_num());
    EXPECT_EQ(c.num(), 5);
    EXPECT_EQ(call1("dot", { mat(0, 0, {}), mat(0, 0, {}) }).num(), 0);
    expect_error(call("dot", { row({ 1, 2 }), row({ 1, 2, 3 }) }), "MATLAB:dot:InputSizeMismatch", "A and B must be same size.");
}

TEST(LinalgBuiltins, Cross)
{
    Value c = call1("cross", { row({ 1, 0, 0 }), row({ 0, 1, 0 }) });
    EXPECT_EQ(c.dims(), Dims(1, 3));
    EXPECT_EQ(re(c), std::vector<double>({ 0, 0, 1 }));
    Value cc = call1("cross", { col({ 1, 2, 3 }), col({ 4, 5, 6 }) });
    EXPECT_EQ(cc.dims(), Dims(3, 1));
    EXPECT_EQ(re(cc), std::vector<double>({ -3, 6, -3 }));
    // Mixed orientation gives a row.
    EXPECT_EQ(call1("cross", { col({ 1, 2, 3 }), row({ 4, 5, 6 }) }).dims(), Dims(1, 3));
    // Matrices: along the first dimension of length 3 (columns here).
    Value m = call1("cross", { mat(3, 2, { 1, 0, 0, 1, 2, 3 }), mat(3, 2, { 0, 1, 0, 4, 5, 6 }) });
    EXPECT_EQ(re(m), std::vector<double>({ 0, 0, 1, -3, 6, -3 }));
    expect_error(call("cross", { row({ 1, 2 }), row({ 3, 4 }) }), "MATLAB:cross:InvalidDimAorBForCrossProd",
        "A and B must be of length 3 in the dimension in which the cross product is taken.");
    expect_error(call("cross", { mat(2, 2, { 1, 2, 3, 4 }), mat(2, 2, { 1, 2, 3, 4 }) }), "MATLAB:cross:InvalidDimAorB",
        "A and B must have at least one dimension of length 3.");
}

TEST(LinalgBuiltins, UnsupportedType)
{
    auto fh = make_ref<FunctionHandle>();
    fh->name = "sin";
    expect_error(call("det", { Value::object(std::move(fh)) }), "MATLAB:UndefinedFunction",
        "Undefined function 'det' for input arguments of type 'function_handle'.");
}
