// Decomposition builtins (eig svd chol qr lu pinv null orth expm sqrtm logm linsolve cond
// rcond): invariants (A*V = V*D, U*S*V' = A, Q*R = A*P, ...), LAPACK sign conventions checked
// against GNU Octave 7 (same LAPACK routines), and MATLAB's error identifiers.
#include "runtime/linalg.hpp"
#include "runtime/struct.hpp"
#include "value_test_support.hpp"
#include <cmath>

using namespace runmat::runtime;
using namespace runmat::runtime::test;

namespace {

std::vector<Value> call_n(std::string_view name, std::vector<Value> const& args, int nargout)
{
    auto r = call(name, args, nargout);
    EXPECT_FALSE(r.is_error()) << name << ": " << (r.is_error() ? r.error().message : "");
    return r.is_error() ? std::vector<Value>(static_cast<size_t>(nargout)) : r.value();
}

Value mul(Value const& a, Value const& b) { return mtimes(a, b).value(); }

Value ctrans(Value const& v) { return call1("ctranspose", { v }); }

// max |a - b| over all elements (real and imaginary parts).
double max_diff(Value const& a, Value const& b)
{
    std::vector<double> ar = re(a), br = re(b), ai = im(a), bi = im(b);
    EXPECT_EQ(ar.size(), br.size());
    double d = 0;
    for (size_t i = 0; i < ar.size() && i < br.size(); ++i)
        d = std::max({ d, std::fabs(ar[i] - br[i]), std::fabs(ai[i] - bi[i]) });
    return d;
}

Value eye(size_t n) { return call1("eye", { num(static_cast<double>(n)) }); }

// [4 1 2; 1 3 0; 2 0 5], symmetric positive definite.
Value spd3() { return mat(3, 3, { 4, 1, 2, 1, 3, 0, 2, 0, 5 }); }
// [1 2; 3 4]
Value m22() { return mat(2, 2, { 1, 3, 2, 4 }); }
// [1 2 3; 4 5 6; 7 8 10; 1 0 1] (4x3)
Value tall() { return mat(4, 3, { 1, 4, 7, 1, 2, 5, 8, 0, 3, 6, 10, 1 }); }

} // namespace

TEST(LinalgEig, SymmetricValuesAscending)
{
    Value e = call1("eig", { mat(3, 3, { 2, -1, 0, -1, 2, -1, 0, -1, 2 }) });
    EXPECT_EQ(e.dims(), Dims(3, 1));
    std::vector<double> v = re(e);
    EXPECT_NEAR(v[0], 2 - std::sqrt(2.0), 1e-14);
    EXPECT_NEAR(v[1], 2, 1e-14);
    EXPECT_NEAR(v[2], 2 + std::sqrt(2.0), 1e-14);
    EXPECT_FALSE(is_complex(e));
}

TEST(LinalgEig, SymmetricVectorsOrthonormal)
{
    Value a = spd3();
    auto out = call_n("eig", { a }, 2);
    Value v = out[0], d = out[1];
    EXPECT_LT(max_diff(mul(a, v), mul(v, d)), 1e-13);
    EXPECT_LT(max_diff(mul(ctrans(v), v), eye(3)), 1e-14);
    // dsyev's signs (Octave: V(:,1) = [0.6793; -0.5932; -0.4320])
    std::vector<double> vv = re(v);
    EXPECT_GT(vv[0], 0);
}

TEST(LinalgEig, GeneralComplexPair)
{
    Value e = call1("eig", { mat(2, 2, { 0, -1, 1, 0 }) }); // [0 1; -1 0]
    ASSERT_TRUE(is_complex(e));
    EXPECT_NEAR(re(e)[0], 0, 1e-15);
    EXPECT_NEAR(im(e)[0], 1, 1e-15);
    EXPECT_NEAR(im(e)[1], -1, 1e-15);
    auto out = call_n("eig", { mat(2, 2, { 0, -1, 1, 0 }) }, 2);
    EXPECT_LT(max_diff(mul(mat(2, 2, { 0, -1, 1, 0 }), out[0]), mul(out[0], out[1])), 1e-14);
}

TEST(LinalgEig, GeneralRealStaysReal)
{
    auto out = call_n("eig", { m22() }, 2);
    EXPECT_FALSE(is_complex(out[0]));
    EXPECT_FALSE(is_complex(out[1]));
    EXPECT_LT(max_diff(mul(m22(), out[0]), mul(out[0], out[1])), 1e-13);
    // dgeev: V(:,1) = [-0.8246; 0.5658]
    EXPECT_NEAR(re(out[0])[0], -0.824564840132394, 1e-12);
}

TEST(LinalgEig, LeftEigenvectors)
{
    auto out = call_n("eig", { m22() }, 3);
    Value w = out[2];
    EXPECT_LT(max_diff(mul(ctrans(w), m22()), mul(out[1], ctrans(w))), 1e-13);
}

TEST(LinalgEig, VectorAndMatrixForms)
{
    auto out = call_n("eig", { spd3(), str("vector") }, 2);
    EXPECT_EQ(out[1].dims(), Dims(3, 1));
    Value d = call1("eig", { spd3(), str("matrix") });
    EXPECT_EQ(d.dims(), Dims(3, 3));
}

TEST(LinalgEig, GeneralizedSymmetricDefinite)
{
    Value a = mat(2, 2, { 2, 1, 1, 3 }), b = mat(2, 2, { 4, 1, 1, 2 });
    auto out = call_n("eig", { a, b }, 2);
    EXPECT_LT(max_diff(mul(a, out[0]), mul(mul(b, out[0]), out[1])), 1e-13);
    // chol route: V' B V = I
    EXPECT_LT(max_diff(mul(mul(ctrans(out[0]), b), out[0]), eye(2)), 1e-13);
}

TEST(LinalgEig, GeneralizedQz)
{
    Value a = m22(), b = mat(2, 2, { 1, 0, 1, 1 });
    auto out = call_n("eig", { a, b }, 2);
    EXPECT_LT(max_diff(mul(a, out[0]), mul(mul(b, out[0]), out[1])), 1e-12);
}

TEST(LinalgEig, HermitianComplexGivesRealValues)
{
    auto a = make_ref<DoubleArray>(Dims(2, 2));
    a->make_complex();
    double re_part[] = { 2, 0, 0, 2 }, im_part[] = { 0, -1, 1, 0 }; // [2 1i; -1i 2]
    for (int i = 0; i < 4; ++i) {
        a->data()[i] = re_part[i];
        a->imag()[i] = im_part[i];
    }
    Value e = call1("eig", { Value::object(a) });
    EXPECT_FALSE(is_complex(e));
    EXPECT_NEAR(re(e)[0], 1, 1e-14);
    EXPECT_NEAR(re(e)[1], 3, 1e-14);
}

TEST(LinalgEig, Errors)
{
    expect_error(call("eig", { mat(2, 3, { 1, 2, 3, 4, 5, 6 }) }), "MATLAB:eig:inputMustBeSquare", "Input matrix must be square.");
    expect_error(call("eig", { mat(2, 2, { 1, NAN, 0, 1 }) }), "MATLAB:eig:matrixWithNaNInf", "Input to EIG must not contain NaN or Inf.");
    expect_error(call("eig", { call1("int8", { m22() }) }), "MATLAB:eig:inputType", "Invalid data type. Input matrix must be double or single.");
}

TEST(LinalgSvd, ValuesAndFactors)
{
    Value a = tall();
    Value s = call1("svd", { a });
    EXPECT_EQ(s.dims(), Dims(3, 1));
    auto out = call_n("svd", { a }, 3);
    EXPECT_EQ(out[0].dims(), Dims(4, 4));
    EXPECT_EQ(out[1].dims(), Dims(4, 3));
    EXPECT_EQ(out[2].dims(), Dims(3, 3));
    EXPECT_LT(max_diff(mul(mul(out[0], out[1]), ctrans(out[2])), a), 1e-13);
    EXPECT_LT(max_diff(mul(ctrans(out[0]), out[0]), eye(4)), 1e-14);
}

TEST(LinalgSvd, EconomyForms)
{
    auto econ = call_n("svd", { tall(), str("econ") }, 3);
    EXPECT_EQ(econ[0].dims(), Dims(4, 3));
    EXPECT_EQ(econ[1].dims(), Dims(3, 3));
    Value wide = ctrans(tall());
    auto zero = call_n("svd", { wide, num(0) }, 3); // m < n: same as full
    EXPECT_EQ(zero[0].dims(), Dims(3, 3));
    EXPECT_EQ(zero[2].dims(), Dims(4, 4));
    auto wecon = call_n("svd", { wide, str("econ") }, 3);
    EXPECT_EQ(wecon[2].dims(), Dims(4, 3));
}

TEST(LinalgSvd, EmptyAndErrors)
{
    auto out = call_n("svd", { Value::object(make_ref<DoubleArray>(Dims(0, 3))) }, 3);
    EXPECT_EQ(out[0].dims(), Dims(0, 0));
    EXPECT_EQ(out[1].dims(), Dims(0, 3));
    EXPECT_EQ(out[2].dims(), Dims(3, 3));
    expect_error(call("svd", { mat(1, 2, { 1, INFINITY }) }), "MATLAB:svd:matrixWithNaNInf", "Input to SVD must not contain NaN or Inf.");
}

TEST(LinalgChol, UpperLowerAndFlag)
{
    Value a = spd3();
    Value r = call1("chol", { a });
    EXPECT_LT(max_diff(mul(ctrans(r), r), a), 1e-14);
    EXPECT_EQ(re(r)[1], 0.0); // strictly lower part zero
    Value l = call1("chol", { a, str("lower") });
    EXPECT_LT(max_diff(mul(l, ctrans(l)), a), 1e-14);
    auto out = call_n("chol", { mat(3, 3, { 1, 2, 0, 2, 1, 0, 0, 0, 1 }) }, 2);
    EXPECT_EQ(out[1].num(), 2);
    EXPECT_EQ(out[0].dims(), Dims(1, 1));
    expect_error(call("chol", { mat(2, 2, { 1, 2, 2, 1 }) }), "MATLAB:posdef", "Matrix must be positive definite.");
    expect_error(call("chol", { tall() }), "MATLAB:square", "Matrix must be square.");
}

TEST(LinalgQr, FullEconomyPivoted)
{
    Value a = tall();
    auto full = call_n("qr", { a }, 2);
    EXPECT_EQ(full[0].dims(), Dims(4, 4));
    EXPECT_EQ(full[1].dims(), Dims(4, 3));
    EXPECT_LT(max_diff(mul(full[0], full[1]), a), 1e-13);
    EXPECT_LT(re(full[1])[0], 0); // Householder: R(1,1) = -norm(A(:,1))
    auto econ = call_n("qr", { a, num(0) }, 2);
    EXPECT_EQ(econ[0].dims(), Dims(4, 3));
    EXPECT_EQ(econ[1].dims(), Dims(3, 3));
    auto piv = call_n("qr", { a }, 3);
    EXPECT_LT(max_diff(mul(piv[0], piv[1]), mul(a, piv[2])), 1e-13);
    auto pv = call_n("qr", { a, num(0) }, 3);
    EXPECT_EQ(pv[2].dims(), Dims(1, 3));
    Value r = call1("qr", { a });
    EXPECT_EQ(r.dims(), Dims(4, 3));
    EXPECT_LT(max_diff(r, full[1]), 1e-14);
}

TEST(LinalgLu, Forms)
{
    Value a = mat(3, 3, { 1, 4, 7, 2, 5, 8, 3, 6, 10 });
    auto lup = call_n("lu", { a }, 3);
    EXPECT_LT(max_diff(mul(lup[2], a), mul(lup[0], lup[1])), 1e-13);
    EXPECT_EQ(re(lup[2]), (std::vector<double> { 0, 1, 0, 0, 0, 1, 1, 0, 0 })); // P = [0 0 1; 1 0 0; 0 1 0]
    auto lu2 = call_n("lu", { a }, 2);
    EXPECT_LT(max_diff(mul(lu2[0], lu2[1]), a), 1e-13);
    auto luv = call_n("lu", { a, str("vector") }, 3);
    EXPECT_EQ(re(luv[2]), (std::vector<double> { 3, 1, 2 }));
    Value y = call1("lu", { a });
    EXPECT_NEAR(re(y)[0], 7, 1e-15); // U(1,1)
    EXPECT_NEAR(re(y)[1], 1.0 / 7, 1e-15); // L(2,1)
}

TEST(LinalgPinvNullOrth, Basics)
{
    Value a = mat(2, 3, { 1, 2, 2, 4, 3, 6 }); // rank 1
    Value p = call1("pinv", { a });
    EXPECT_EQ(p.dims(), Dims(3, 2));
    EXPECT_LT(max_diff(mul(mul(a, p), a), a), 1e-13);
    Value z = call1("null", { a });
    EXPECT_EQ(z.dims(), Dims(3, 2));
    EXPECT_LT(max_diff(mul(a, z), mat(2, 2, { 0, 0, 0, 0 })), 1e-13);
    Value q = call1("orth", { a });
    EXPECT_EQ(q.dims(), Dims(2, 1));
}

TEST(LinalgMatrixFunctions, ExpmSqrtmLogm)
{
    Value e = call1("expm", { mat(2, 2, { 0, 0, 1, 0 }) }); // [0 1; 0 0] -> [1 1; 0 1]
    EXPECT_LT(max_diff(e, mat(2, 2, { 1, 0, 1, 1 })), 1e-15);
    Value rot = call1("expm", { mat(2, 2, { 0, -1, 1, 0 }) }); // [cos 1, sin 1; -sin 1, cos 1]
    EXPECT_LT(max_diff(rot, mat(2, 2, { std::cos(1.0), -std::sin(1.0), std::sin(1.0), std::cos(1.0) })), 1e-14);
    Value s = call1("sqrtm", { mat(2, 2, { 4, 0, 1, 9 }) });
    EXPECT_FALSE(is_complex(s));
    EXPECT_LT(max_diff(mul(s, s), mat(2, 2, { 4, 0, 1, 9 })), 1e-13);
    Value l = call1("logm", { e });
    EXPECT_LT(max_diff(l, mat(2, 2, { 0, 0, 1, 0 })), 1e-13);
    Value neg = call1("sqrtm", { mat(1, 1, { -4 }) });
    EXPECT_TRUE(is_complex(neg));
}

TEST(LinalgLinsolve, TriangularAndDefault)
{
    Value a = mat(2, 2, { 2, 1, 0, 4 }); // lower triangular [2 0; 1 4]
    Value b = col({ 2, 9 });
    auto opts = make_ref<StructArray>(Dims(1, 1));
    opts->at(0, opts->add_field("LT")) = Value::logical(true);
    Value x = call1("linsolve", { a, b, Value::object(opts) });
    EXPECT_LT(max_diff(x, col({ 1, 2 })), 1e-15);
    auto out = call_n("linsolve", { m22(), col({ 5, 11 }) }, 2);
    EXPECT_LT(max_diff(out[0], col({ 1, 2 })), 1e-14);
    EXPECT_GT(out[1].num(), 0.01);
}

TEST(LinalgCond, CondAndRcond)
{
    EXPECT_NEAR(call1("cond", { mat(2, 2, { 2, 0, 0, 1 }) }).num(), 2, 1e-14);
    EXPECT_NEAR(call1("cond", { m22(), num(1) }).num(), 21, 1e-12);
    EXPECT_NEAR(call1("rcond", { eye(3) }).num(), 1, 1e-15);
    EXPECT_EQ(call1("rcond", { mat(2, 2, { 1, 1, 1, 1 }) }).num(), 0);
}

TEST(LinalgDecomp, SingleInSingleOut)
{
    Value s = call1("svd", { call1("single", { m22() }) });
    EXPECT_EQ(s.class_id(), ClassId::Single);
    Value e = call1("eig", { call1("single", { spd3() }) });
    EXPECT_EQ(e.class_id(), ClassId::Single);
}
