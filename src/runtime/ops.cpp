// Operators on values: element-wise arithmetic, relational and logical operators with
// implicit expansion and complex support, unary operators, transposes, colon ranges and
// truth values. Matrix operators only dispatch to linalg.hpp. Knows no VM and no builtins.
#include "runtime/ops.hpp"
#include "runtime/elementwise.hpp"
#include "runtime/linalg.hpp"
#include "runtime/numeric_class.hpp"
#include "runtime/string_array.hpp"
#include "runtime/typed_arith.hpp"
#include <cfloat>
#include <cmath>
#include <complex>
#include <initializer_list>
#include <string>

namespace runmat::runtime {

// The operator as written in MATLAB source, for error messages.
char const* binop_symbol(BinOp op)
{
    switch (op) {
    case BinOp::Plus: return "+";
    case BinOp::Minus: return "-";
    case BinOp::Times: return ".*";
    case BinOp::RDivide: return "./";
    case BinOp::LDivide: return ".\\";
    case BinOp::Power: return ".^";
    case BinOp::MTimes: return "*";
    case BinOp::MRDivide: return "/";
    case BinOp::MLDivide: return "\\";
    case BinOp::MPower: return "^";
    case BinOp::Eq: return "==";
    case BinOp::Ne: return "~=";
    case BinOp::Lt: return "<";
    case BinOp::Le: return "<=";
    case BinOp::Gt: return ">";
    case BinOp::Ge: return ">=";
    case BinOp::And: return "&";
    case BinOp::Or: return "|";
    }
    return "?";
}

namespace {

char const* unop_symbol(UnOp op)
{
    switch (op) {
    case UnOp::Minus: return "-";
    case UnOp::Plus: return "+";
    case UnOp::Not: return "~";
    case UnOp::Transpose: return ".'";
    case UnOp::CTranspose: return "'";
    }
    return "?";
}

// MATLAB R2020b+: "Operator '+' is not supported for operands of type 'cell'."
RuntimeError unsupported_operator(char const* symbol, ClassId c)
{
    return make_error("MATLAB:UndefinedFunction",
        std::string("Operator '") + symbol + "' is not supported for operands of type '" + std::string(class_name(c)) + "'.");
}

RuntimeError nan_to_logical_error()
{
    return make_error("MATLAB:nologicalnan", "NaN's cannot be converted to logicals.");
}

bool is_integer_valued(double x) { return std::trunc(x) == x; }

bool any_nan(DoubleOperand const& v)
{
    double const* re = v.re();
    double const* im = v.im();
    size_t n = v.numel();
    bool nan = false;
    for (size_t i = 0; i < n; ++i)
        nan |= std::isnan(re[i]);
    if (im)
        for (size_t i = 0; i < n; ++i)
            nan |= std::isnan(im[i]);
    return nan;
}

// ---- Real kernels (vectorisable functors) ---------------------------------------------

struct AddF { double operator()(double a, double b) const { return a + b; } };
struct SubF { double operator()(double a, double b) const { return a - b; } };
struct MulF { double operator()(double a, double b) const { return a * b; } };
struct DivF { double operator()(double a, double b) const { return a / b; } };
struct LDivF { double operator()(double a, double b) const { return b / a; } };
struct PowF { double operator()(double a, double b) const { return std::pow(a, b); } };
struct SquareF { double operator()(double a, double) const { return a * a; } };
struct CubeF { double operator()(double a, double) const { return a * a * a; } };
struct IdentF { double operator()(double a, double) const { return a; } };
struct RecipF { double operator()(double a, double) const { return 1.0 / a; } };
struct OneF { double operator()(double, double) const { return 1.0; } };
struct SqrtF { double operator()(double a, double) const { return std::sqrt(a); } };
struct EqF { uint8_t operator()(double a, double b) const { return a == b; } };
struct NeF { uint8_t operator()(double a, double b) const { return a != b; } };
struct LtF { uint8_t operator()(double a, double b) const { return a < b; } };
struct LeF { uint8_t operator()(double a, double b) const { return a <= b; } };
struct GtF { uint8_t operator()(double a, double b) const { return a > b; } };
struct GeF { uint8_t operator()(double a, double b) const { return a >= b; } };
struct AndF { uint8_t operator()(double a, double b) const { return (a != 0) & (b != 0); } };
struct OrF { uint8_t operator()(double a, double b) const { return (a != 0) | (b != 0); } };

// True when x.^y has a real result for every pair: no negative base, or only integer powers.
bool power_is_real(DoubleOperand const& a, DoubleOperand const& b)
{
    if (a.is_complex() || b.is_complex())
        return false;
    bool negative = false;
    for (size_t i = 0, n = a.numel(); i < n; ++i)
        negative |= a.re()[i] < 0;
    if (!negative)
        return true;
    bool integral = true;
    for (size_t i = 0, n = b.numel(); i < n; ++i)
        integral &= is_integer_valued(b.re()[i]) | std::isnan(b.re()[i]);
    return integral;
}

void real_power(double* out, DoubleOperand const& a, DoubleOperand const& b, Dims const& od)
{
    if (b.numel() == 1) {
        // Common exponents: exact and much faster than pow().
        double p = b.re()[0];
        if (p == 2) return apply_real(SquareF {}, out, a, b, od);
        if (p == 3) return apply_real(CubeF {}, out, a, b, od);
        if (p == 1) return apply_real(IdentF {}, out, a, b, od);
        if (p == 0) return apply_real(OneF {}, out, a, b, od);
        if (p == -1) return apply_real(RecipF {}, out, a, b, od);
        if (p == 0.5) return apply_real(SqrtF {}, out, a, b, od);
    }
    apply_real(PowF {}, out, a, b, od);
}

// ---- Complex kernels --------------------------------------------------------------------

void cmul(double ar, double ai, double br, double bi, double& cr, double& ci)
{
    // A real factor scales both parts (MATLAB: 2*(Inf+1i) is Inf + 2i, not NaN).
    if (ai == 0) { cr = ar * br; ci = ar * bi; return; }
    if (bi == 0) { cr = ar * br; ci = ai * br; return; }
    cr = ar * br - ai * bi;
    ci = ar * bi + ai * br;
}

void cdiv(double ar, double ai, double br, double bi, double& cr, double& ci)
{
    if (bi == 0) { cr = ar / br; ci = ai / br; return; }
    if (br == 0) { cr = ai / bi; ci = -ar / bi; return; }
    // Smith's algorithm: avoids overflow in |b|^2.
    if (std::fabs(br) >= std::fabs(bi)) {
        double r = bi / br, d = br + bi * r;
        cr = (ar + ai * r) / d;
        ci = (ai - ar * r) / d;
    } else {
        double r = br / bi, d = bi + br * r;
        cr = (ar * r + ai) / d;
        ci = (ai * r - ar) / d;
    }
}

// z^n for integer n by repeated squaring (exact for small Gaussian integers, like MATLAB).
std::complex<double> cpow_int(std::complex<double> z, long long n)
{
    bool invert = n < 0;
    unsigned long long k = invert ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
    double rr = 1, ri = 0, zr = z.real(), zi = z.imag();
    while (k) {
        if (k & 1)
            cmul(rr, ri, zr, zi, rr, ri);
        k >>= 1;
        if (k)
            cmul(zr, zi, zr, zi, zr, zi);
    }
    if (invert)
        cdiv(1, 0, rr, ri, rr, ri);
    return { rr, ri };
}

void cpow(double ar, double ai, double br, double bi, double& cr, double& ci)
{
    if (ai == 0 && bi == 0 && (ar >= 0 || is_integer_valued(br) || std::isnan(ar))) {
        cr = std::pow(ar, br);
        ci = 0;
        return;
    }
    std::complex<double> r;
    if (bi == 0 && is_integer_valued(br) && std::fabs(br) <= 1024)
        r = cpow_int({ ar, ai }, static_cast<long long>(br));
    else if (ar == 0 && ai == 0 && bi == 0 && br > 0)
        r = 0;
    else if (bi == 0)
        r = std::pow(std::complex<double>(ar, ai), br);
    else
        r = std::pow(std::complex<double>(ar, ai), std::complex<double>(br, bi));
    cr = r.real();
    ci = r.imag();
}

// ---- Binary dispatch ---------------------------------------------------------------------

// An output double array of shape od: the buffer of a donated, uniquely owned real double
// operand of the same shape when there is one, else a fresh allocation.
Value output_double(Dims const& od, Value* give_a, Value* give_b)
{
    for (Value* g : { give_a, give_b }) {
        if (!g)
            continue;
        DoubleArray* d = g->as_double_array();
        if (d && d->is_unique() && !d->is_complex() && d->shape() == od)
            return std::move(*g);
    }
    return Value::object(make_ref<DoubleArray>(od));
}

Result<Value> complex_arith(BinOp op, DoubleOperand const& a, DoubleOperand const& b, Dims const& od)
{
    auto out = make_ref<DoubleArray>(od);
    out->make_complex();
    double* cr = out->data();
    double* ci = out->imag();
    switch (op) {
    case BinOp::Plus:
        apply_complex([](double ar, double ai, double br, double bi, double& r, double& i) { r = ar + br; i = ai + bi; }, cr, ci, a, b, od);
        break;
    case BinOp::Minus:
        apply_complex([](double ar, double ai, double br, double bi, double& r, double& i) { r = ar - br; i = ai - bi; }, cr, ci, a, b, od);
        break;
    case BinOp::Times: apply_complex(cmul, cr, ci, a, b, od); break;
    case BinOp::RDivide: apply_complex(cdiv, cr, ci, a, b, od); break;
    case BinOp::LDivide:
        apply_complex([](double ar, double ai, double br, double bi, double& r, double& i) { cdiv(br, bi, ar, ai, r, i); }, cr, ci, a, b, od);
        break;
    case BinOp::Power: apply_complex(cpow, cr, ci, a, b, od); break;
    default: break;
    }
    drop_zero_imag(*out);
    return make_double(std::move(out));
}

Result<Value> arith(BinOp op, DoubleOperand const& a, DoubleOperand const& b, Dims const& od, Value* give_a, Value* give_b)
{
    if (a.is_complex() || b.is_complex() || (op == BinOp::Power && !power_is_real(a, b)))
        return complex_arith(op, a, b, od);
    Value out = output_double(od, give_a, give_b);
    double* po = out.as_double_array()->data();
    switch (op) {
    case BinOp::Plus: apply_real(AddF {}, po, a, b, od); break;
    case BinOp::Minus: apply_real(SubF {}, po, a, b, od); break;
    case BinOp::Times: apply_real(MulF {}, po, a, b, od); break;
    case BinOp::RDivide: apply_real(DivF {}, po, a, b, od); break;
    case BinOp::LDivide: apply_real(LDivF {}, po, a, b, od); break;
    case BinOp::Power: real_power(po, a, b, od); break;
    default: break;
    }
    return std::move(out).normalized();
}

// == and ~= on complex operands compare both parts; <, <=, >, >= compare real parts only.
void complex_equality(bool eq, uint8_t* out, DoubleOperand const& a, DoubleOperand const& b, Dims const& od)
{
    double const *ar = a.re(), *ai = a.im(), *br = b.re(), *bi = b.im();
    for_each_run(a.dims(), b.dims(), od, [&](size_t o, size_t ia, size_t sa, size_t ib, size_t sb, size_t n) {
        for (size_t i = 0; i < n; ++i) {
            size_t ja = ia + i * sa, jb = ib + i * sb;
            bool same = ar[ja] == br[jb] && (ai ? ai[ja] : 0.0) == (bi ? bi[jb] : 0.0);
            out[o + i] = same == eq;
        }
    });
}

Result<Value> relational(BinOp op, DoubleOperand const& a, DoubleOperand const& b, Dims const& od)
{
    auto out = make_ref<LogicalArray>(od);
    uint8_t* po = out->data();
    bool complex = a.is_complex() || b.is_complex();
    switch (op) {
    case BinOp::Eq: complex ? complex_equality(true, po, a, b, od) : apply_real(EqF {}, po, a, b, od); break;
    case BinOp::Ne: complex ? complex_equality(false, po, a, b, od) : apply_real(NeF {}, po, a, b, od); break;
    case BinOp::Lt: apply_real(LtF {}, po, a, b, od); break;
    case BinOp::Le: apply_real(LeF {}, po, a, b, od); break;
    case BinOp::Gt: apply_real(GtF {}, po, a, b, od); break;
    case BinOp::Ge: apply_real(GeF {}, po, a, b, od); break;
    default: break;
    }
    return make_logical(std::move(out));
}

Result<Value> logical_binary(BinOp op, Value const& a, Value const& b, Dims const& od)
{
    // Convert each side to logical first: NaN is an error, complex counts nonzero parts.
    Value la = TRY(to_logical(a, LogicalConversion::Operator));
    Value lb = TRY(to_logical(b, LogicalConversion::Operator));
    DoubleOperand da(la), db(lb);
    auto out = make_ref<LogicalArray>(od);
    if (op == BinOp::And)
        apply_real(AndF {}, out->data(), da, db, od);
    else
        apply_real(OrF {}, out->data(), da, db, od);
    return make_logical(std::move(out));
}

// Both operands unboxed real scalars: no allocation.
std::optional<Value> scalar_binary(BinOp op, double x, double y)
{
    switch (op) {
    case BinOp::Plus: return Value::scalar(x + y);
    case BinOp::Minus: return Value::scalar(x - y);
    case BinOp::Times: case BinOp::MTimes: return Value::scalar(x * y);
    case BinOp::RDivide: case BinOp::MRDivide: return Value::scalar(x / y);
    case BinOp::LDivide: case BinOp::MLDivide: return Value::scalar(y / x);
    case BinOp::Power: case BinOp::MPower:
        if (x < 0 && !is_integer_valued(y))
            return std::nullopt; // complex result
        return Value::scalar(y == 2 ? x * x : std::pow(x, y));
    case BinOp::Eq: return Value::logical(x == y);
    case BinOp::Ne: return Value::logical(x != y);
    case BinOp::Lt: return Value::logical(x < y);
    case BinOp::Le: return Value::logical(x <= y);
    case BinOp::Gt: return Value::logical(x > y);
    case BinOp::Ge: return Value::logical(x >= y);
    case BinOp::And:
    case BinOp::Or:
        if (std::isnan(x) || std::isnan(y))
            return std::nullopt; // the general path raises the error
        return Value::logical(op == BinOp::And ? (x != 0 && y != 0) : (x != 0 || y != 0));
    }
    return std::nullopt;
}

bool unboxed_real(Value const& v, double& out)
{
    if (v.is_num()) { out = v.num(); return true; }
    if (v.is_bool()) { out = v.boolean() ? 1.0 : 0.0; return true; }
    return false;
}

bool is_complex_double(Value const& v)
{
    auto* d = v.as_double_array();
    return d && d->is_complex();
}

// Operators with a single or integer operand keep that class (typed_arith.cpp); relational
// operators need care only for int64/uint64, which doubles cannot hold exactly. Empty when
// the generic double path applies.
std::optional<Result<Value>> typed_binary(BinOp op, Value const& a, Value const& b)
{
    ClassId ca = a.class_id(), cb = b.class_id();
    if (!(is_single_or_integer(ca) || is_single_or_integer(cb)) || !is_number_like(ca) || !is_number_like(cb))
        return std::nullopt;
    switch (op) {
    case BinOp::Plus: case BinOp::Minus: case BinOp::Times: case BinOp::RDivide: case BinOp::LDivide: case BinOp::Power:
        return typed_arith(op, a, b);
    case BinOp::MTimes: case BinOp::MRDivide: case BinOp::MLDivide: case BinOp::MPower:
        return typed_matrix_op(op, a, b);
    case BinOp::Eq: case BinOp::Ne: case BinOp::Lt: case BinOp::Le: case BinOp::Gt: case BinOp::Ge:
        if ((is_int64_class(ca) || is_int64_class(cb)) && !is_complex_double(a) && !is_complex_double(b))
            return relational_exact(op, a, b);
        return std::nullopt;
    default: return std::nullopt;
    }
}

Result<Value> binary_impl(BinOp op, Value const& a, Value const& b, Value* give_a, Value* give_b)
{
    double x, y;
    if (unboxed_real(a, x) && unboxed_real(b, y))
        if (auto v = scalar_binary(op, x, y))
            return std::move(*v);
    if (a.class_id() == ClassId::String || b.class_id() == ClassId::String)
        return string_binary_op(op, a, b); // string_array.cpp
    if (auto typed = typed_binary(op, a, b)) {
        // MATLAB reports these as "Error using ./" (the operator), like linalg's errors.
        if (typed->is_error() && typed->error().raised_by.empty())
            typed->error().raised_by = binop_symbol(op);
        return std::move(*typed);
    }
    switch (op) {
    case BinOp::MTimes: return mtimes(a, b);
    case BinOp::MRDivide: return mrdivide(a, b);
    case BinOp::MLDivide: return mldivide(a, b);
    case BinOp::MPower: return mpower(a, b);
    default: break;
    }
    if (!is_elementwise_class(a.class_id()))
        return unsupported_operator(binop_symbol(op), a.class_id());
    if (!is_elementwise_class(b.class_id()))
        return unsupported_operator(binop_symbol(op), b.class_id());
    Dims od = TRY(broadcast_dims(a.dims(), b.dims()));
    switch (op) {
    case BinOp::Eq: case BinOp::Ne: case BinOp::Lt: case BinOp::Le: case BinOp::Gt: case BinOp::Ge: {
        DoubleOperand da(a), db(b);
        return relational(op, da, db, od);
    }
    case BinOp::And: case BinOp::Or:
        return logical_binary(op, a, b, od);
    default: {
        DoubleOperand da(a), db(b);
        return arith(op, da, db, od, give_a, give_b);
    }
    }
}

// ---- Unary ------------------------------------------------------------------------------

template <typename T>
void transpose_block(T* dst, T const* src, size_t rows, size_t cols)
{
    // src is rows x cols, dst cols x rows; tiles keep both sides in cache.
    constexpr size_t B = 32;
    for (size_t j0 = 0; j0 < cols; j0 += B)
        for (size_t i0 = 0; i0 < rows; i0 += B) {
            size_t j1 = j0 + B < cols ? j0 + B : cols, i1 = i0 + B < rows ? i0 + B : rows;
            for (size_t j = j0; j < j1; ++j)
                for (size_t i = i0; i < i1; ++i)
                    dst[i * cols + j] = src[j * rows + i];
        }
}

template <typename Array>
Ref<Array> transposed(Array const& a)
{
    Dims d = a.shape();
    auto out = make_ref<Array>(Dims(d.cols(), d.rows()));
    transpose_block(out->data(), a.data(), d.rows(), d.cols());
    return out;
}

Result<Value> transpose_value(Value const& v, bool conjugate)
{
    if (!v.is_object())
        return v;
    if (!v.dims().is_matrix())
        return make_error("MATLAB:transpose:NDArray", "Transpose on ND array is not defined. Use PERMUTE instead.");
    switch (v.class_id()) {
    case ClassId::Double: {
        auto const& a = *v.as_double_array();
        auto out = transposed(a);
        if (a.is_complex()) {
            out->make_complex();
            transpose_block(out->imag(), a.imag(), a.shape().rows(), a.shape().cols());
            if (conjugate)
                for (double& x : out->imag_buffer())
                    x = -x;
        }
        return make_double(std::move(out));
    }
    case ClassId::Logical: return make_logical(transposed(*v.as_logical_array()));
    case ClassId::Char: return make_char(transposed(*v.as_char_array()));
    case ClassId::Single: return make_single(transposed(*v.as_single_array()));
    case ClassId::Int8: case ClassId::Int16: case ClassId::Int32: case ClassId::Int64:
    case ClassId::UInt8: case ClassId::UInt16: case ClassId::UInt32: case ClassId::UInt64:
        return visit_int_class(v.class_id(), [&](auto tag) -> Value {
            using T = typename decltype(tag)::type;
            return make_int(transposed(*v.as_int_array<T>()));
        });
    case ClassId::FunctionHandle: return v; // a 1x1 handle is its own transpose
    default: return unsupported_operator(conjugate ? "'" : ".'", v.class_id());
    }
}

Result<Value> negate(Value const& v, Value* give)
{
    if (v.is_num())
        return Value::scalar(-v.num());
    DoubleOperand d(v);
    Value out;
    if (give && !d.is_complex()) {
        out = output_double(d.dims(), give, nullptr);
    } else {
        out = Value::object(make_ref<DoubleArray>(d.dims()));
    }
    DoubleArray* o = out.as_double_array();
    double* po = o->data();
    double const* pi = d.re();
    for (size_t i = 0, n = d.numel(); i < n; ++i)
        po[i] = -pi[i];
    if (d.is_complex()) {
        o->make_complex();
        for (size_t i = 0, n = d.numel(); i < n; ++i)
            o->imag()[i] = -d.im()[i];
    }
    return std::move(out).normalized();
}

Result<Value> unary_impl(UnOp op, Value const& a, Value* give)
{
    if ((op == UnOp::Transpose || op == UnOp::CTranspose) && a.class_id() == ClassId::String)
        return string_transpose(a);
    if (op == UnOp::Transpose || op == UnOp::CTranspose)
        return transpose_value(a, op == UnOp::CTranspose);
    if (!is_elementwise_class(a.class_id()))
        return unsupported_operator(unop_symbol(op), a.class_id());
    bool typed = is_single_or_integer(a.class_id());
    switch (op) {
    case UnOp::Minus: return typed ? typed_negate(a) : negate(a, give);
    case UnOp::Plus: {
        if (a.class_id() == ClassId::Double || typed)
            return a;
        DoubleOperand d(a); // +'a' and +true are double
        auto out = make_ref<DoubleArray>(d.dims());
        std::copy(d.re(), d.re() + d.numel(), out->data());
        return make_double(std::move(out));
    }
    case UnOp::Not: {
        if (a.is_bool())
            return Value::logical(!a.boolean());
        if (a.is_num()) {
            if (std::isnan(a.num()))
                return nan_to_logical_error();
            return Value::logical(a.num() == 0);
        }
        Value l = TRY(to_logical(a, LogicalConversion::Operator));
        if (l.is_bool())
            return Value::logical(!l.boolean());
        auto out = make_ref<LogicalArray>(l.dims());
        uint8_t const* src = l.as_logical_array()->data();
        for (size_t i = 0, n = out->numel(); i < n; ++i)
            out->data()[i] = !src[i];
        return make_logical(std::move(out));
    }
    default: return a;
    }
}

// ---- Colon ------------------------------------------------------------------------------

Result<double> range_operand(Value const& v, bool& is_char, bool& empty)
{
    if (!is_elementwise_class(v.class_id()))
        return make_error("MATLAB:UndefinedFunction",
            "Undefined function 'colon' for input arguments of type '" + std::string(value_class_name(v)) + "'.");
    is_char = v.class_id() == ClassId::Char;
    if (v.is_empty()) {
        empty = true;
        return 0.0;
    }
    DoubleOperand d(v);
    return d.re()[0]; // MATLAB uses the first element (real part) of a non-scalar operand
}

Value empty_row() { return Value::object(make_ref<DoubleArray>(Dims(1, 0))); }

// Number of intervals of a:d:b, following MathWorks' published description of colon
// (colonop.m): exact integer cases first, else round and back off by a tolerance.
double range_intervals(double a, double d, double b, double tol)
{
    if (a == std::floor(a) && d == 1)
        return std::floor(b) - a;
    if (a == std::floor(a) && d == std::floor(d)) {
        double q = std::floor(a / d);
        double r = a - q * d;
        return std::floor((b - r) / d) - q;
    }
    double n = std::round((b - a) / d);
    double sig = d > 0 ? 1 : -1;
    if (sig * (a + n * d - b) > tol)
        n -= 1;
    return n;
}

Result<Value> range_impl(double a, double d, double b, bool as_char)
{
    if (std::isnan(a) || std::isnan(d) || std::isnan(b))
        return Value::scalar(NAN);
    if (d == 0 || (a < b && d < 0) || (b < a && d > 0))
        return as_char ? make_char(make_ref<CharArray>(Dims(1, 0))) : empty_row();
    if (std::isinf(a) || std::isinf(b) || std::isinf(d)) {
        if (std::isinf(d) && std::isfinite(a) && std::isfinite(b))
            return Value::scalar(a); // a:Inf:b with a <= b is just a
        return make_error("MATLAB:pmaxsize", "Maximum variable size allowed by the program is exceeded.");
    }
    double tol = 2.0 * DBL_EPSILON * std::max(std::fabs(a), std::fabs(b));
    double n = range_intervals(a, d, b, tol);
    if (n + 1 > 281474976710655.0) // 2^48 - 1, MATLAB's maximum number of elements
        return make_error("MATLAB:pmaxsize", "Maximum variable size allowed by the program is exceeded.");
    double sig = d > 0 ? 1 : -1;
    double last = a + n * d;
    if (sig * (last - b) > -tol)
        last = b;
    size_t count = static_cast<size_t>(n) + 1;
    auto out = make_ref<DoubleArray>(Dims(1, count));
    double* v = out->data();
    // Symmetric about the midpoint: the first half from a, the second from last.
    size_t half = count / 2;
    for (size_t k = 0; k < half; ++k) {
        v[k] = a + static_cast<double>(k) * d;
        v[count - 1 - k] = last - static_cast<double>(k) * d;
    }
    if (count % 2 == 1)
        v[half] = half == 0 ? a : (a + last) / 2;
    if (as_char) {
        auto c = make_ref<CharArray>(Dims(1, count));
        for (size_t k = 0; k < count; ++k)
            c->data()[k] = static_cast<char16_t>(v[k]);
        return make_char(std::move(c));
    }
    return make_double(std::move(out));
}

Result<bool> truth_of(DoubleOperand const& d)
{
    size_t n = d.numel();
    if (n == 0)
        return false;
    bool all = true;
    bool nan = false;
    double const* re = d.re();
    for (size_t i = 0; i < n; ++i) {
        all &= re[i] != 0;
        nan |= std::isnan(re[i]);
    }
    if (nan)
        return nan_to_logical_error();
    return all;
}

} // namespace

// ---- Public entry points ----------------------------------------------------------------

Result<Value> to_logical(Value const& v, LogicalConversion mode)
{
    if (v.is_bool() || v.as_logical_array())
        return v;
    if (v.is_num()) {
        if (std::isnan(v.num()))
            return nan_to_logical_error();
        return Value::logical(v.num() != 0);
    }
    ClassId c = v.class_id();
    if (c == ClassId::Char && mode == LogicalConversion::Function)
        return make_error("MATLAB:invalidConversion", "Conversion to logical from char is not possible.");
    if (!is_elementwise_class(c))
        return make_error("MATLAB:invalidConversion",
            "Conversion to logical from " + std::string(class_name(c)) + " is not possible.");
    DoubleOperand d(v);
    if (d.is_complex() && mode == LogicalConversion::Function)
        return make_error("MATLAB:nologicalcomplex", "Complex values cannot be converted to logicals.");
    if (any_nan(d))
        return nan_to_logical_error();
    auto out = make_ref<LogicalArray>(d.dims());
    uint8_t* po = out->data();
    double const* re = d.re();
    double const* im = d.im();
    for (size_t i = 0, n = d.numel(); i < n; ++i)
        po[i] = re[i] != 0 || (im && im[i] != 0);
    return make_logical(std::move(out));
}

Result<Value> binary_op(BinOp op, Value const& a, Value const& b)
{
    return binary_impl(op, a, b, nullptr, nullptr);
}

Result<Value> binary_op(BinOp op, Value&& a, Value&& b)
{
    return binary_impl(op, a, b, &a, &b);
}

Result<Value> unary_op(UnOp op, Value const& a)
{
    return unary_impl(op, a, nullptr);
}

Result<Value> unary_op(UnOp op, Value&& a)
{
    return unary_impl(op, a, &a);
}

// The class of a colon result: an integer operand's class, else single if any operand is
// single, else double (char ranges are decided by range_impl).
Result<ClassId> range_class(std::initializer_list<Value const*> operands)
{
    ClassId cls = ClassId::Double;
    for (Value const* v : operands) {
        ClassId c = v->class_id();
        if (is_integer_class(c)) {
            if (is_integer_class(cls) && cls != c)
                return make_error("MATLAB:colon:mixedClasses", "Colon operands must be all the same type, or mixed with real double scalars.");
            cls = c;
        } else if (c == ClassId::Single && !is_integer_class(cls)) {
            cls = c;
        }
    }
    return cls;
}

Result<Value> make_range(Value const& start, Value const& step, Value const& stop)
{
    bool c1 = false, c2 = false, c3 = false, empty = false;
    double a = TRY(range_operand(start, c1, empty));
    double d = TRY(range_operand(step, c2, empty));
    double b = TRY(range_operand(stop, c3, empty));
    ClassId cls = TRY(range_class({ &start, &step, &stop }));
    Value r = empty ? empty_row() : TRY(range_impl(a, d, b, c1 && c3));
    if (cls == ClassId::Double || r.class_id() == ClassId::Char)
        return r;
    // Integer and single ranges: the same values, computed in double, in the operands' class.
    return convert_class(r, cls);
}

Result<Value> make_range(Value const& start, Value const& stop)
{
    return make_range(start, Value::scalar(1), stop);
}

Result<bool> is_true(Value const& v)
{
    if (v.is_bool())
        return v.boolean();
    if (v.is_num()) {
        if (std::isnan(v.num()))
            return nan_to_logical_error();
        return v.num() != 0;
    }
    if (!is_elementwise_class(v.class_id()))
        return make_error("MATLAB:invalidConversion",
            "Conversion to logical from " + std::string(value_class_name(v)) + " is not possible.");
    if (auto* l = v.as_logical_array()) {
        if (l->numel() == 0)
            return false;
        for (size_t i = 0, n = l->numel(); i < n; ++i)
            if (!l->data()[i])
                return false;
        return true;
    }
    DoubleOperand d(v);
    return truth_of(d);
}

Result<bool> scalar_truth(Value const& v, std::string_view)
{
    if (v.is_bool())
        return v.boolean();
    if (v.is_num()) {
        if (std::isnan(v.num()))
            return nan_to_logical_error();
        return v.num() != 0;
    }
    if (!is_elementwise_class(v.class_id()) || v.numel() != 1)
        return make_error("MATLAB:nonLogicalConditional",
            "Operands to the logical AND (&&) and OR (||) operators must be convertible to logical scalar values. "
            "Use the ANY or ALL functions to reduce operands to logical scalar values.");
    return is_true(v);
}

bool values_equal(Value const& a, Value const& b)
{
    double x, y;
    if (unboxed_real(a, x) && unboxed_real(b, y))
        return x == y;
    ClassId ca = a.class_id(), cb = b.class_id();
    if (ca == ClassId::String || cb == ClassId::String)
        return string_values_equal(a, b);
    if (is_elementwise_class(ca) && is_elementwise_class(cb)) {
        if (a.dims() != b.dims())
            return false;
        if ((is_int64_class(ca) || is_int64_class(cb)) && !is_complex_double(a) && !is_complex_double(b))
            return elements_equal_exact(a, b);
        DoubleOperand da(a), db(b);
        for (size_t i = 0, n = da.numel(); i < n; ++i) {
            if (da.re()[i] != db.re()[i])
                return false;
            double ia = da.im() ? da.im()[i] : 0.0, ib = db.im() ? db.im()[i] : 0.0;
            if (ia != ib)
                return false;
        }
        return true;
    }
    if (ca == ClassId::FunctionHandle && cb == ClassId::FunctionHandle) {
        auto* fa = a.as_function_handle();
        auto* fb = b.as_function_handle();
        // Named handles are equal by name; anonymous ones only as copies of one handle.
        return fa == fb || (!fa->is_anonymous() && fa->name == fb->name);
    }
    return false;
}

} // namespace runmat::runtime
