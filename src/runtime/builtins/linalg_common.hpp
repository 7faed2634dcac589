// Private helpers shared by linalg.cpp (Eigen) and linalg_small.cpp (no Eigen): a numeric
// operand viewed as split real/imaginary double storage, and result construction.
// Must stay free of Eigen so that only linalg.cpp pays for it.
#pragma once
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/value.hpp"

namespace runmat::runtime::linalg {

// A double/logical/char operand as column-major doubles. Double arrays are borrowed (no
// copy); other classes and unboxed scalars are converted into own_re. Not copyable or movable:
// re may point into the object itself.
struct Mat {
    Dims dims;
    double const* re = nullptr;
    double const* im = nullptr; // null for real data
    Buffer<double> own_re;
    Buffer<double> own_im;
    double scalar = 0;

    Mat() = default;
    Mat(Mat const&) = delete;
    Mat& operator=(Mat const&) = delete;
    size_t rows() const { return dims.rows(); }
    size_t cols() const { return dims.cols(); }
    size_t numel() const { return dims.numel(); }
};

inline bool is_numeric_like(Value const& v)
{
    switch (v.class_id()) {
    case ClassId::Double:
    case ClassId::Logical:
    case ClassId::Char: return v.is_defined();
    default: return false;
    }
}

// Fills `m` from a double, logical or char value; false for any other class.
inline bool load(Value const& v, Mat& m)
{
    if (v.is_num()) {
        m.dims = Dims(1, 1);
        m.scalar = v.num();
        m.re = &m.scalar;
        return true;
    }
    if (auto* d = v.as_double_array()) {
        m.dims = d->shape();
        m.re = d->data();
        m.im = d->is_complex() ? d->imag() : nullptr;
        return true;
    }
    if (!is_numeric_like(v))
        return false;
    NumericView view(v);
    m.dims = view.dims();
    size_t n = view.numel();
    m.own_re = Buffer<double>(n);
    for (size_t i = 0; i < n; ++i)
        m.own_re[i] = view[i];
    m.re = m.own_re.data();
    return true;
}

// A new double array; complex ones get an (uninitialised) imaginary part.
inline Ref<DoubleArray> new_result(Dims d, bool complex)
{
    auto a = new_double(d);
    if (complex)
        a->imag_buffer() = Buffer<double>(d.numel());
    return a;
}

// Drops an all-zero imaginary part (as MATLAB does for arithmetic results) and normalises.
inline Value finish(Ref<DoubleArray> a)
{
    if (a->is_complex()) {
        double const* im = a->imag();
        size_t n = a->numel();
        size_t i = 0;
        while (i < n && im[i] == 0.0)
            ++i;
        if (i == n)
            a->make_real();
    }
    return make_double(std::move(a));
}

enum class NormKind : uint8_t { Two, One, Inf, NegInf, Fro, P };

// Parses norm's second argument (a number, 'fro', 'inf'/'Inf'); sets p for numeric kinds.
Result<NormKind> norm_kind(CallContext const& cx, Value const& v, double& p);
// The vector p-norm (p may be +-Inf), overflow-safe; NaN if any element is NaN.
double vector_norm(Mat const& v, double p);

} // namespace runmat::runtime::linalg
