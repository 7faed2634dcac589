// Concatenation ([a, b; c, d], horzcat, vertcat, cat) of N-d arrays: the result class, the
// result shape (empty operands omitted), then one strided copy per operand. Knows no VM.
#include "runtime/concat.hpp"
#include "runtime/cell_ops.hpp"
#include "runtime/numeric_class.hpp"
#include "runtime/string_array.hpp"
#include <algorithm>
#include <cmath>
#include <string>
#include <type_traits>
#include <vector>

namespace runmat::runtime {

namespace {

RuntimeError dimension_mismatch()
{
    return make_error("MATLAB:catenate:dimensionMismatch", "Dimensions of arrays being concatenated are not consistent.");
}

bool is_zero_by_zero(Value const& v)
{
    Dims d = v.dims();
    return d.ndims() == 2 && d.rows() == 0 && d.cols() == 0;
}

// Copy `outer` chunks of `chunk` elements from src (contiguous) into dst with stride `step`.
template <typename Dst, typename Src>
void copy_chunks(Dst* dst, size_t step, Src const* src, size_t chunk, size_t outer)
{
    for (size_t o = 0; o < outer; ++o) {
        Dst* d = dst + o * step;
        Src const* s = src + o * chunk;
        if constexpr (std::is_same_v<Dst, Src>)
            std::copy(s, s + chunk, d);
        else
            for (size_t i = 0; i < chunk; ++i)
                d[i] = convert_element<Dst>(s[i]);
    }
}

// Copy one operand's elements (converted to Dst by MATLAB's conversion rules: [int8(1) 2.7]
// rounds, [uint8(1) -3] saturates) into its slot of the result.
template <typename Dst>
void copy_part(Dst* dst, size_t step, Value const& part, size_t chunk, size_t outer)
{
    visit_elements(part, [&](auto const* p, size_t, Dims const&) { copy_chunks(dst, step, p, chunk, outer); });
}

// The imaginary parts of one operand (zeros for real operands) into a complex result.
void copy_part_imag(double* dst, size_t step, Value const& part, size_t chunk, size_t outer)
{
    DoubleArray* d = part.as_double_array();
    for (size_t o = 0; o < outer; ++o) {
        double* t = dst + o * step;
        if (d && d->is_complex())
            std::copy(d->imag() + o * chunk, d->imag() + (o + 1) * chunk, t);
        else
            std::fill(t, t + chunk, 0.0);
    }
}

// The shape of the result and the operands that contribute elements. Empty operands are
// omitted when any operand is nonempty; when all are empty, only 0x0 ones are, and the
// rest must agree like nonempty ones (cat(2, zeros(0,1), zeros(0,2)) is 0x3).
Result<Dims> result_shape(size_t k, std::span<Value const> parts, std::vector<Value const*>& used)
{
    bool any_nonempty = std::any_of(parts.begin(), parts.end(), [](Value const& v) { return !v.is_empty(); });
    for (Value const& p : parts)
        if (any_nonempty ? !p.is_empty() : !is_zero_by_zero(p))
            used.push_back(&p);
    if (used.empty())
        return Dims(0, 0);
    std::vector<size_t> out = used[0]->dims().to_vector();
    if (out.size() <= k)
        out.resize(k + 1, 1);
    for (size_t i = 1; i < used.size(); ++i) {
        Dims d = used[i]->dims();
        size_t nd = std::max(out.size(), d.ndims());
        for (size_t j = 0; j < nd; ++j) {
            size_t have = j < out.size() ? out[j] : 1;
            if (j == k)
                continue;
            if (d[j] != have)
                return dimension_mismatch();
        }
        out[k] += d[k];
    }
    return Dims(out);
}

template <typename Array>
Ref<Array> fill_array(Dims const& od, size_t k, std::vector<Value const*> const& used)
{
    auto out = make_ref<Array>(od);
    size_t outer = 1;
    for (size_t j = k + 1; j < od.ndims(); ++j)
        outer *= od[j];
    size_t step = outer ? od.numel() / outer : 0;
    size_t offset = 0;
    for (Value const* p : used) {
        size_t chunk = outer ? p->numel() / outer : 0;
        copy_part(out->data() + offset, step, *p, chunk, outer);
        offset += chunk;
    }
    return out;
}

bool any_complex(std::vector<Value const*> const& used)
{
    return std::any_of(used.begin(), used.end(), [](Value const* v) {
        auto* d = v->as_double_array();
        return d && d->is_complex();
    });
}

Ref<DoubleArray> fill_double(Dims const& od, size_t k, std::vector<Value const*> const& used)
{
    bool complex = std::any_of(used.begin(), used.end(), [](Value const* v) {
        auto* d = v->as_double_array();
        return d && d->is_complex();
    });
    if (!complex)
        return fill_array<DoubleArray>(od, k, used);
    // Complex: allocate the imaginary part first so fill_array copies both.
    auto out = make_ref<DoubleArray>(od);
    out->make_complex();
    size_t outer = 1;
    for (size_t j = k + 1; j < od.ndims(); ++j)
        outer *= od[j];
    size_t step = outer ? od.numel() / outer : 0;
    size_t offset = 0;
    for (Value const* p : used) {
        size_t chunk = outer ? p->numel() / outer : 0;
        copy_part(out->data() + offset, step, *p, chunk, outer);
        copy_part_imag(out->imag() + offset, step, *p, chunk, outer);
        offset += chunk;
    }
    return out;
}

// Concatenating function handles: only a single handle survives (MATLAB has no arrays of them).
Result<Value> cat_handles(std::span<Value const> parts)
{
    Value const* only = nullptr;
    for (Value const& p : parts) {
        if (p.class_id() != ClassId::FunctionHandle && is_zero_by_zero(p))
            continue;
        if (only || p.class_id() != ClassId::FunctionHandle)
            return make_error("MATLAB:catenate:functionHandles",
                "Nonscalar arrays of function handles are not allowed; use cell arrays instead.");
        only = &p;
    }
    return *only;
}

} // namespace

Result<Value> cat(size_t dim, std::span<Value const> parts)
{
    if (parts.empty())
        return Value::empty();
    if (parts.size() == 1)
        return parts[0];
    if (std::any_of(parts.begin(), parts.end(), [](Value const& v) { return is_container_class(v.class_id()); }))
        return dim == 0 ? Result<Value>(make_error("MATLAB:catenate:invalidDimension", "Dimension argument must be a real, positive, integer scalar."))
                        : container_cat(dim, parts);
    if (std::any_of(parts.begin(), parts.end(), [](Value const& v) { return v.class_id() == ClassId::FunctionHandle; }))
        return cat_handles(parts);
    if (std::any_of(parts.begin(), parts.end(), [](Value const& v) { return v.class_id() == ClassId::String; }))
        return string_cat(dim, parts); // string_array.cpp
    ClassId cls = parts[0].class_id();
    for (size_t i = 1; i < parts.size(); ++i)
        cls = TRY(concat_class(cls, parts[i].class_id()));
    if (dim == 0)
        return make_error("MATLAB:catenate:invalidDimension", "Dimension argument must be a real, positive, integer scalar.");
    size_t k = dim - 1;
    std::vector<Value const*> used;
    Dims od = TRY(result_shape(k, parts, used));
    switch (cls) {
    case ClassId::Double: return make_double(fill_double(od, k, used));
    case ClassId::Logical: return make_logical(fill_array<LogicalArray>(od, k, used));
    case ClassId::Char: return make_char(fill_array<CharArray>(od, k, used));
    case ClassId::Single:
        if (any_complex(used))
            return complex_unsupported_error(cls);
        return make_single(fill_array<SingleArray>(od, k, used));
    case ClassId::Int8: case ClassId::Int16: case ClassId::Int32: case ClassId::Int64:
    case ClassId::UInt8: case ClassId::UInt16: case ClassId::UInt32: case ClassId::UInt64:
        if (any_complex(used))
            return complex_unsupported_error(cls);
        return visit_int_class(cls, [&](auto tag) -> Value {
            using T = typename decltype(tag)::type;
            return make_int(fill_array<IntArray<T>>(od, k, used));
        });
    default:
        return make_error("MATLAB:catenate:unsupportedClass",
            "Unsupported concatenation of values of class '" + std::string(class_name(cls)) + "'.");
    }
}

Result<Value> horzcat(std::span<Value const> parts) { return cat(2, parts); }
Result<Value> vertcat(std::span<Value const> parts) { return cat(1, parts); }

} // namespace runmat::runtime
