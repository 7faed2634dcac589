// Element-wise machinery shared by the operators (ops.cpp) and the math builtins: operand
// access as doubles, implicit expansion (broadcasting) and the run-based loop driver that lets
// kernels be tight loops over raw pointers. Knows Values and Dims, nothing about builtins.
#pragma once
#include "runtime/numeric_class.hpp"
#include "runtime/value.hpp"
#include "support/result.hpp"
#include <optional>
#include <type_traits>
#include <vector>

namespace runmat::runtime {

// Classes the element-wise machinery reads: double, single, the integer classes, logical and
// char. DoubleOperand reads all of them as doubles (exact except for int64/uint64 magnitudes
// beyond 2^53); the class-preserving arithmetic of single and the integer classes lives in
// typed_arith.cpp, and callers that must keep those classes dispatch there first.
inline bool is_elementwise_class(ClassId c)
{
    return c == ClassId::Double || c == ClassId::Logical || c == ClassId::Char || c == ClassId::Single || is_integer_class(c);
}

// Conversion to logical. Operator (&, |, ~): chars and complex values allowed (nonzero
// test on both parts). Function (logical(x)): chars and complex values are errors. NaN is
// always the error "MATLAB:nologicalnan" "NaN's cannot be converted to logicals.".
enum class LogicalConversion : uint8_t { Operator, Function };
Result<Value> to_logical(Value const& v, LogicalConversion mode); // in ops.cpp

// An operand as contiguous doubles. Double arrays (and unboxed scalars) are read in place;
// logical and char arrays are converted once into an owned buffer. Not copyable: re() may
// point into the object itself. Requires is_elementwise_class(v.class_id()).
class DoubleOperand {
public:
    explicit DoubleOperand(Value const& v)
    {
        switch (v.rep()) {
        case Value::Rep::Num: m_scalar = v.num(); m_re = &m_scalar; return;
        case Value::Rep::Bool: m_scalar = v.boolean() ? 1.0 : 0.0; m_re = &m_scalar; return;
        default: break;
        }
        if (auto* d = v.as_double_array()) {
            m_dims = d->shape();
            m_re = d->data();
            m_im = d->is_complex() ? d->imag() : nullptr;
        } else {
            visit_elements(v, [&](auto const* p, size_t, Dims const& d) { convert(d, p); });
        }
    }
    DoubleOperand(DoubleOperand const&) = delete;
    DoubleOperand& operator=(DoubleOperand const&) = delete;

    double const* re() const { return m_re; }
    double const* im() const { return m_im; } // nullptr when real
    bool is_complex() const { return m_im != nullptr; }
    Dims const& dims() const { return m_dims; }
    size_t numel() const { return m_dims.numel(); }

private:
    template <typename T>
    void convert(Dims const& d, T const* src)
    {
        m_dims = d;
        m_conv = Buffer<double>(d.numel());
        for (size_t i = 0; i < m_conv.size(); ++i)
            m_conv[i] = static_cast<double>(src[i]);
        m_re = m_conv.data();
    }

    double m_scalar = 0;
    Buffer<double> m_conv;
    double const* m_re = nullptr;
    double const* m_im = nullptr;
    Dims m_dims { 1, 1 };
};

// The result shape of an element-wise operation on shapes a and b: each dimension must be
// equal or 1 in one of them (MATLAB "implicit expansion"). Error otherwise:
// "MATLAB:sizeDimensionsMustMatch" "Arrays have incompatible sizes for this operation."
inline Result<Dims> broadcast_dims(Dims const& a, Dims const& b)
{
    if (a == b)
        return a;
    size_t n = a.ndims() > b.ndims() ? a.ndims() : b.ndims();
    std::vector<size_t> out(n);
    for (size_t k = 0; k < n; ++k) {
        size_t x = a[k], y = b[k];
        if (x == y || y == 1)
            out[k] = x;
        else if (x == 1)
            out[k] = y;
        else
            return make_error("MATLAB:sizeDimensionsMustMatch", "Arrays have incompatible sizes for this operation.");
    }
    return Dims(out);
}

// Drive a kernel over the output of shape `out` (column-major) in contiguous runs:
// run(o, ia, sa, ib, sb, n) computes out[o + i] from a[ia + i*sa] and b[ib + i*sb] for
// i < n, with sa, sb in {0, 1} (0: that operand is expanded along the run). Same-shape and
// scalar operands are a single run; otherwise the leading dimensions both operands span fully
// are merged into the run and the rest is walked with an odometer.
template <typename Run>
void for_each_run(Dims const& a, Dims const& b, Dims const& out, Run&& run)
{
    size_t n = out.numel();
    if (n == 0)
        return;
    size_t na = a.numel(), nb = b.numel();
    if (na == n && nb == n) {
        run(size_t(0), size_t(0), size_t(1), size_t(0), size_t(1), n);
        return;
    }
    if (na == 1 && nb == n) {
        run(size_t(0), size_t(0), size_t(0), size_t(0), size_t(1), n);
        return;
    }
    if (nb == 1 && na == n) {
        run(size_t(0), size_t(0), size_t(1), size_t(0), size_t(0), n);
        return;
    }
    size_t nd = out.ndims();
    // Merge leading dims where neither operand is expanded.
    size_t first = 0, inner = 1;
    while (first < nd && a[first] == out[first] && b[first] == out[first])
        inner *= out[first++];
    size_t sa0 = 1, sb0 = 1;
    if (first == 0) { // dim 0 expands one operand: the run is dim 0 alone
        inner = out[0];
        sa0 = a[0] == 1 ? 0 : 1;
        sb0 = b[0] == 1 ? 0 : 1;
        first = 1;
    }
    // Strides (in elements) of each operand along the remaining dims; 0 where expanded.
    std::vector<size_t> stride_a(nd, 0), stride_b(nd, 0), count(nd, 0);
    size_t pa = 1, pb = 1;
    for (size_t k = 0; k < nd; ++k) {
        stride_a[k] = a[k] == 1 ? 0 : pa;
        stride_b[k] = b[k] == 1 ? 0 : pb;
        pa *= a[k];
        pb *= b[k];
    }
    size_t ia = 0, ib = 0;
    for (size_t o = 0; o < n; o += inner) {
        run(o, ia, sa0, ib, sb0, inner);
        // Advance the odometer over dims [first, nd).
        for (size_t k = first; k < nd; ++k) {
            ia += stride_a[k];
            ib += stride_b[k];
            if (++count[k] < out[k])
                break;
            ia -= stride_a[k] * out[k];
            ib -= stride_b[k] * out[k];
            count[k] = 0;
        }
    }
}

// out[i] = f(a[i], b[i]) over one run with steps sa, sb in {0, 1}. Each step pattern has its
// own loop so the compiler vectorises it; `out` may alias `a` or `b` element-for-element.
template <typename Out, typename F>
inline void run_binary(F const& f, Out* out, double const* a, size_t sa, double const* b, size_t sb, size_t n)
{
    if (sa && sb) {
        for (size_t i = 0; i < n; ++i)
            out[i] = f(a[i], b[i]);
    } else if (sa) {
        double const y = b[0];
        for (size_t i = 0; i < n; ++i)
            out[i] = f(a[i], y);
    } else if (sb) {
        double const x = a[0];
        for (size_t i = 0; i < n; ++i)
            out[i] = f(x, b[i]);
    } else {
        Out const v = f(a[0], b[0]);
        for (size_t i = 0; i < n; ++i)
            out[i] = v;
    }
}

// Real binary kernel over broadcast operands: out has shape `od`.
template <typename Out, typename F>
void apply_real(F const& f, Out* out, DoubleOperand const& a, DoubleOperand const& b, Dims const& od)
{
    double const* pa = a.re();
    double const* pb = b.re();
    for_each_run(a.dims(), b.dims(), od, [&](size_t o, size_t ia, size_t sa, size_t ib, size_t sb, size_t n) {
        run_binary(f, out + o, pa + ia, sa, pb + ib, sb, n);
    });
}

// Complex binary kernel: f(ar, ai, br, bi, cr&, ci&) per element (imaginary parts of real
// operands read as 0). Not vectorised: complex arithmetic is the rarer path.
template <typename F>
void apply_complex(F const& f, double* cr, double* ci, DoubleOperand const& a, DoubleOperand const& b, Dims const& od)
{
    double const *ar = a.re(), *ai = a.im(), *br = b.re(), *bi = b.im();
    for_each_run(a.dims(), b.dims(), od, [&](size_t o, size_t ia, size_t sa, size_t ib, size_t sb, size_t n) {
        for (size_t i = 0; i < n; ++i) {
            size_t ja = ia + i * sa, jb = ib + i * sb;
            f(ar[ja], ai ? ai[ja] : 0.0, br[jb], bi ? bi[jb] : 0.0, cr[o + i], ci[o + i]);
        }
    });
}

// An operand's (real) elements as a contiguous E array: in place when the value already
// stores E (a SingleArray for float, IntArray<T> for T, a double array or scalar for double),
// else converted once with static_cast (double -> float is MATLAB's single(x); anything ->
// long double is exact). Requires a number-like value. Not copyable: data() may point into v.
template <typename E>
class ElementOperand {
public:
    explicit ElementOperand(Value const& v)
    {
        visit_elements(v, [&](auto const* p, size_t n, Dims const& d) {
            using S = std::remove_cv_t<std::remove_pointer_t<decltype(p)>>;
            m_dims = d;
            if constexpr (std::is_same_v<S, E>) {
                if (v.is_object()) {
                    m_data = p;
                    return;
                }
            }
            m_conv = Buffer<E>(n);
            for (size_t i = 0; i < n; ++i)
                m_conv[i] = static_cast<E>(p[i]);
            m_data = m_conv.data();
        });
    }
    ElementOperand(ElementOperand const&) = delete;
    ElementOperand& operator=(ElementOperand const&) = delete;
    E const* data() const { return m_data; }
    Dims const& dims() const { return m_dims; }
    size_t numel() const { return m_dims.numel(); }

private:
    Buffer<E> m_conv;
    E const* m_data = nullptr;
    Dims m_dims { 1, 1 };
};

// out[i] = f(a[i], b[i]) over one run, for any element types (see run_binary).
template <typename Out, typename A, typename B, typename F>
inline void run_binary_typed(F const& f, Out* out, A const* a, size_t sa, B const* b, size_t sb, size_t n)
{
    if (sa && sb) {
        for (size_t i = 0; i < n; ++i)
            out[i] = f(a[i], b[i]);
    } else if (sa) {
        B const y = b[0];
        for (size_t i = 0; i < n; ++i)
            out[i] = f(a[i], y);
    } else if (sb) {
        A const x = a[0];
        for (size_t i = 0; i < n; ++i)
            out[i] = f(x, b[i]);
    } else {
        Out const v = f(a[0], b[0]);
        for (size_t i = 0; i < n; ++i)
            out[i] = v;
    }
}

// Binary kernel over broadcast typed operands of shapes da, db into out of shape od.
template <typename Out, typename A, typename B, typename F>
void apply_typed(F const& f, Out* out, A const* pa, Dims const& da, B const* pb, Dims const& db, Dims const& od)
{
    for_each_run(da, db, od, [&](size_t o, size_t ia, size_t sa, size_t ib, size_t sb, size_t n) {
        run_binary_typed(f, out + o, pa + ia, sa, pb + ib, sb, n);
    });
}

// Drop an all-zero imaginary part: MATLAB stores arithmetic results with no nonzero
// imaginary element as real.
inline void drop_zero_imag(DoubleArray& a)
{
    if (!a.is_complex())
        return;
    double const* im = a.imag();
    for (size_t i = 0, n = a.numel(); i < n; ++i)
        if (im[i] != 0)
            return;
    a.make_real();
}

} // namespace runmat::runtime
