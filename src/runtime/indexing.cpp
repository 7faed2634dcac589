// Paren indexing, indexed assignment (with growth) and deletion on dense arrays (double,
// single, the integer classes, logical, char), after MATLAB's subsref/subsasgn rules. Generic
// over the array type (templates over A and its element type), so cell and string arrays can
// slot in as further cases. Knows nothing of the VM.
#include "runtime/indexing.hpp"
#include "runtime/cell_ops.hpp"
#include "runtime/numeric_class.hpp"
#include "runtime/string_array.hpp"
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

namespace runmat::runtime {
namespace {

// Positions at or above this are out of range for any real array: index values beyond it
// (including Inf) are clamped here so size arithmetic never overflows.
constexpr size_t HUGE_POS = size_t(1) << 48;
// The largest array an assignment may grow to (elements).
constexpr size_t MAX_NUMEL = size_t(1) << 40;

// ---------------------------------------------------------------------------------------------
// Error messages (MATLAB R2023 wording).

RuntimeError bad_index_error(size_t pos, size_t n)
{
    if (n == 1)
        return make_error("MATLAB:badsubscript", "Array indices must be positive integers or logical values.");
    return make_error("MATLAB:badsubscript", "Index in position " + std::to_string(pos + 1)
            + " is invalid. Array indices must be positive integers or logical values.");
}

RuntimeError out_of_range_error(size_t pos, size_t n, size_t extent, bool logical)
{
    if (logical) {
        if (n == 1)
            return make_error("MATLAB:badsubscript", "The logical indices contain a true value outside of the array bounds.");
        return make_error("MATLAB:badsubscript", "The logical indices in position " + std::to_string(pos + 1)
                + " contain a true value outside of the array bounds.");
    }
    if (n == 1)
        return make_error("MATLAB:badsubscript", "Index exceeds the number of array elements. Index must not exceed "
                + std::to_string(extent) + ".");
    return make_error("MATLAB:badsubscript", "Index in position " + std::to_string(pos + 1)
            + " exceeds array bounds. Index must not exceed " + std::to_string(extent) + ".");
}

RuntimeError ambiguous_growth_error()
{
    return make_error("MATLAB:indexed_matrix_cannot_be_resized", "Attempt to grow array along ambiguous dimension.");
}

RuntimeError numel_mismatch_error()
{
    return make_error("MATLAB:matrix:singleSubscriptNumelMismatch",
        "Unable to perform assignment because the left and right sides have a different number of elements.");
}

std::string by_string(size_t const* d, size_t n)
{
    std::string s;
    for (size_t i = 0; i < n; ++i) {
        if (i)
            s += "-by-";
        s += std::to_string(d[i]);
    }
    return s;
}

RuntimeError dim_mismatch_error(std::vector<size_t> const& left, Dims const& right)
{
    return make_error("MATLAB:subsassigndimmismatch", "Unable to perform assignment because the size of the left side is "
            + by_string(left.data(), left.size()) + " and the size of the right side is "
            + by_string(right.data(), right.ndims()) + ".");
}

RuntimeError delete_range_error()
{
    return make_error("MATLAB:subsdeldimmismatch", "Matrix index is out of range for deletion.");
}

RuntimeError delete_noncolon_error()
{
    return make_error("MATLAB:subsdeldimmismatch", "A null assignment can have only one non-colon index.");
}

RuntimeError too_large_error()
{
    return make_error("MATLAB:array:SizeLimitExceeded", "Requested array exceeds the maximum possible variable size.");
}

RuntimeError unsupported_base_error(ClassId c)
{
    return make_error("RunMat:indexing:unsupportedClass", "Paren indexing of values of class '"
            + std::string(class_name(c)) + "' is not supported.");
}

RuntimeError conversion_error(ClassId to, ClassId from)
{
    return make_error("MATLAB:invalidConversion", "Conversion to " + std::string(class_name(to)) + " from "
            + std::string(class_name(from)) + " is not possible.");
}

// Classes paren indexing handles here: the dense numeric, logical and char arrays.
bool is_indexable_class(ClassId c)
{
    return is_numeric_class(c) || c == ClassId::Logical || c == ClassId::Char;
}

// ---------------------------------------------------------------------------------------------
// Index arguments, resolved to 0-based positions.

// One index argument: a colon, a contiguous range, or an explicit list of positions.
struct Index {
    enum class Kind : uint8_t { Colon, Range, List };
    Kind kind = Kind::Range;
    bool logical = false;     // came from a logical mask (error wording)
    size_t start = 0;         // Range: first position
    size_t count = 0;         // number of positions selected (duplicates counted)
    size_t bound = 0;         // highest position + 1, 0 if none: the extent the index needs
    std::vector<size_t> list; // List: the positions in order
    Dims shape;               // the shape of the index value, as it shapes x(I)

    size_t operator[](size_t i) const { return kind == Kind::List ? list[i] : start + i; }
    bool is_colon() const { return kind == Kind::Colon; }
    void bind_colon(size_t extent)
    {
        count = bound = extent;
        shape = Dims(extent, 1);
    }
};

// A double index value as a position; false for 0, negatives, fractions and NaN.
inline bool to_position(double d, size_t& out)
{
    if (!(d >= 1.0) || d != std::floor(d))
        return false;
    out = d >= double(HUGE_POS) ? HUGE_POS : size_t(d) - 1;
    return true;
}

// find(mask)'s shape: a row mask gives a row, a 1x1 or 0x0 mask keeps MATLAB's special shapes.
Dims mask_result_shape(Dims const& m, size_t count)
{
    if (m.is_matrix() && m.rows() == 0 && m.cols() == 0)
        return Dims(0, 0);
    if (m.is_scalar())
        return count ? Dims(1, 1) : Dims(0, 0);
    if (m.is_row())
        return Dims(1, count);
    return Dims(count, 1);
}

Index index_from_mask(uint8_t const* m, size_t n, Dims const& shape)
{
    Index ix;
    ix.logical = true;
    for (size_t i = 0; i < n; ++i)
        if (m[i])
            ix.list.push_back(i);
    ix.count = ix.list.size();
    ix.bound = ix.count ? ix.list.back() + 1 : 0;
    bool contiguous = ix.count == 0 || ix.bound - ix.list.front() == ix.count;
    if (contiguous) {
        ix.start = ix.count ? ix.list.front() : 0;
        ix.list.clear();
    } else {
        ix.kind = Index::Kind::List;
    }
    ix.shape = mask_result_shape(shape, ix.count);
    return ix;
}

// Numeric index values (double, char codes): positions, stored as a range when contiguous.
template <typename T>
Result<Index> index_from_values(T const* v, double const* im, size_t n, Dims const& shape, size_t pos, size_t nidx)
{
    Index ix;
    ix.count = n;
    ix.shape = shape;
    bool contiguous = true;
    size_t first = 0, prev = 0;
    for (size_t i = 0; i < n; ++i) {
        size_t p;
        if (!to_position(double(v[i]), p) || (im && im[i] != 0))
            return bad_index_error(pos, nidx);
        if (i == 0)
            first = p;
        else if (p != prev + 1)
            contiguous = false;
        prev = p;
        ix.bound = std::max(ix.bound, p + 1);
    }
    if (contiguous) {
        ix.start = first;
        return ix;
    }
    ix.kind = Index::Kind::List;
    ix.list.resize(n);
    for (size_t i = 0; i < n; ++i)
        to_position(double(v[i]), ix.list[i]);
    return ix;
}

// Resolve index argument `pos` of `nidx`. Colons are left unbound (count set by the caller).
Result<Index> resolve_index(Value const& v, size_t pos, size_t nidx)
{
    switch (v.rep()) {
    case Value::Rep::Num: {
        Index ix;
        if (!to_position(v.num(), ix.start))
            return bad_index_error(pos, nidx);
        ix.count = 1;
        ix.bound = ix.start + 1;
        ix.shape = Dims(1, 1);
        return ix;
    }
    case Value::Rep::Bool: {
        uint8_t b = v.boolean();
        return index_from_mask(&b, 1, Dims(1, 1));
    }
    case Value::Rep::Obj:
        break;
    default:
        return bad_index_error(pos, nidx);
    }
    if (auto* d = v.as_double_array())
        return index_from_values(d->data(), d->is_complex() ? d->imag() : nullptr, d->numel(), d->shape(), pos, nidx);
    if (auto* l = v.as_logical_array())
        return index_from_mask(l->data(), l->numel(), l->shape());
    if (auto* c = v.as_char_array()) {
        if (c->numel() == 1 && c->data()[0] == u':') {
            Index ix;
            ix.kind = Index::Kind::Colon;
            return ix;
        }
        return index_from_values(c->data(), nullptr, c->numel(), c->shape(), pos, nidx);
    }
    if (auto* f = v.as_single_array())
        return index_from_values(f->data(), nullptr, f->numel(), f->shape(), pos, nidx);
    if (is_integer_class(v.class_id())) {
        return visit_int_class(v.class_id(), [&](auto tag) -> Result<Index> {
            auto* a = v.as_int_array<typename decltype(tag)::type>();
            return index_from_values(a->data(), nullptr, a->numel(), a->shape(), pos, nidx);
        });
    }
    return make_error("MATLAB:badsubscript", "Unable to use a value of type " + std::string(value_class_name(v))
            + " as an index.");
}

// The extents n subscripts index into: dims padded with 1s, or the trailing dims merged into
// the last subscript when there are fewer subscripts than dims.
std::vector<size_t> subscript_extents(Dims const& d, size_t n)
{
    std::vector<size_t> ext(n);
    if (n == 1) {
        ext[0] = d.numel();
        return ext;
    }
    for (size_t k = 0; k + 1 < n; ++k)
        ext[k] = d[k];
    size_t last = 1;
    for (size_t k = n - 1; k < std::max(n, d.ndims()); ++k)
        last *= d[k];
    ext[n - 1] = last;
    return ext;
}

// All index arguments resolved and checked against the extents (reads and deletions).
Result<std::vector<Index>> resolve_in_range(std::span<Value const> idx, std::vector<size_t> const& ext)
{
    std::vector<Index> subs;
    subs.reserve(idx.size());
    for (size_t k = 0; k < idx.size(); ++k) {
        Index ix = TRY(resolve_index(idx[k], k, idx.size()));
        if (ix.is_colon())
            ix.bind_colon(ext[k]);
        if (ix.bound > ext[k])
            return out_of_range_error(k, idx.size(), ext[k], ix.logical);
        subs.push_back(std::move(ix));
    }
    return subs;
}

// ---------------------------------------------------------------------------------------------
// Element loops.

// Calls f(offset) once per combination of subs[1..n) (column-major order), where offset is
// the linear position of that combination with subs[0] at 0; the caller walks subs[0].
template <typename F>
void for_each_run(std::vector<Index> const& subs, std::vector<size_t> const& ext, F&& f)
{
    size_t n = subs.size();
    for (auto const& s : subs)
        if (s.count == 0)
            return;
    if (n == 1) {
        f(size_t(0));
        return;
    }
    std::vector<size_t> stride(n), ctr(n, 0);
    stride[0] = 1;
    for (size_t k = 1; k < n; ++k)
        stride[k] = stride[k - 1] * ext[k - 1];
    for (;;) {
        size_t off = 0;
        for (size_t k = 1; k < n; ++k)
            off += subs[k][ctr[k]] * stride[k];
        f(off);
        size_t k = 1;
        for (; k < n; ++k) {
            if (++ctr[k] < subs[k].count)
                break;
            ctr[k] = 0;
        }
        if (k == n)
            return;
    }
}

template <typename T>
void gather(T const* src, std::vector<Index> const& subs, std::vector<size_t> const& ext, T* dst)
{
    Index const& s0 = subs[0];
    for_each_run(subs, ext, [&](size_t off) {
        if (s0.kind == Index::Kind::List) {
            for (size_t i = 0; i < s0.count; ++i)
                dst[i] = src[off + s0.list[i]];
        } else if (s0.count) {
            std::memcpy(dst, src + off + s0.start, s0.count * sizeof(T));
        }
        dst += s0.count;
    });
}

// Element conversion in assignment: into an element of array type A from the rhs element
// type S. The target is named by its array type because logical and uint8 share uint8_t
// storage but not conversion rules (logical: nonzero test; uint8: round and saturate, as
// MATLAB's uint8(x)).
template <typename A, typename S>
inline typename A::Element convert_elem(S v)
{
    if constexpr (std::is_same_v<A, LogicalArray>)
        return v != 0;
    else
        return convert_element<typename A::Element>(v);
}

// dst(subs) = src: element-wise when src_n > 1, else the one value is broadcast.
template <typename A, typename S>
void scatter(typename A::Element* dst, std::vector<Index> const& subs, std::vector<size_t> const& ext, S const* src, size_t src_n)
{
    using D = typename A::Element;
    Index const& s0 = subs[0];
    if (src_n == 1) {
        D v = convert_elem<A>(src[0]);
        for_each_run(subs, ext, [&](size_t off) {
            if (s0.kind == Index::Kind::List)
                for (size_t i = 0; i < s0.count; ++i)
                    dst[off + s0.list[i]] = v;
            else
                std::fill(dst + off + s0.start, dst + off + s0.start + s0.count, v);
        });
        return;
    }
    for_each_run(subs, ext, [&](size_t off) {
        if (s0.kind == Index::Kind::List) {
            for (size_t i = 0; i < s0.count; ++i)
                dst[off + s0.list[i]] = convert_elem<A>(src[i]);
        } else {
            D* out = dst + off + s0.start;
            for (size_t i = 0; i < s0.count; ++i)
                out[i] = convert_elem<A>(src[i]);
        }
        src += s0.count;
    });
}

// True when every old element keeps its linear position in the new dims (only the last
// non-singleton dim grows, a vector grows along itself, or there is nothing to keep).
bool layout_preserved(Dims const& from, Dims const& to)
{
    if (from.numel() == 0)
        return true;
    size_t sf = 1, st = 1;
    for (size_t k = 0; k < std::max(from.ndims(), to.ndims()); ++k) {
        if (from[k] > 1 && sf != st)
            return false;
        sf *= from[k];
        st *= to[k];
    }
    return true;
}

// Copy the elements of an array of dims `from` into an array of dims `to` (every dim of `to`
// at least that of `from`, ndims padded) at the same subscripts, converting element types.
template <typename A, typename S>
void copy_into(typename A::Element* dst, Dims const& to, S const* src, Dims const& from)
{
    size_t n = from.numel();
    if (n == 0)
        return;
    if (layout_preserved(from, to)) {
        for (size_t i = 0; i < n; ++i)
            dst[i] = convert_elem<A>(src[i]);
        return;
    }
    size_t nd = std::max(from.ndims(), to.ndims());
    size_t rows = from[0];
    std::vector<size_t> ctr(nd, 0);
    for (size_t done = 0; done < n; done += rows) {
        size_t off = 0, stride = 1;
        for (size_t k = 0; k < nd; ++k) {
            off += ctr[k] * stride;
            stride *= to[k];
        }
        for (size_t i = 0; i < rows; ++i)
            dst[off + i] = convert_elem<A>(src[done + i]);
        for (size_t k = 1; k < nd; ++k) {
            if (++ctr[k] < from[k])
                break;
            ctr[k] = 0;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading: x(I), x(I,J,...).

// The one dim of an N-d vector that is not 1, or -1 (scalars and arrays are not vectors).
int vector_dim(Dims const& d)
{
    int found = -1;
    for (size_t k = 0; k < d.ndims(); ++k) {
        if (d[k] == 1)
            continue;
        if (found >= 0)
            return -1;
        found = int(k);
    }
    return found;
}

// x(I)'s shape: x(:) is a column; a vector x indexed by a vector keeps x's orientation
// (N-d vectors too); otherwise the shape of I (of find(I) for a mask).
Dims linear_result_shape(Dims const& base, Index const& ix)
{
    if (ix.is_colon())
        return Dims(ix.count, 1);
    int along = vector_dim(base);
    if (along >= 0 && vector_dim(ix.shape) >= 0) {
        std::vector<size_t> d = base.to_vector();
        d[size_t(along)] = ix.count;
        return Dims(d);
    }
    return ix.shape;
}

Dims subscript_result_shape(std::vector<Index> const& subs)
{
    std::vector<size_t> d(subs.size());
    for (size_t k = 0; k < subs.size(); ++k)
        d[k] = subs[k].count;
    return Dims(d);
}

template <typename A>
Ref<A> gather_array(A const& a, std::vector<Index> const& subs, std::vector<size_t> const& ext, Dims const& shape)
{
    auto out = make_ref<A>(shape);
    gather(a.data(), subs, ext, out->data());
    if constexpr (std::is_same_v<A, DoubleArray>) {
        if (a.is_complex()) {
            out->make_complex();
            gather(a.imag(), subs, ext, out->imag());
            double const* im = out->imag();
            if (std::all_of(im, im + out->numel(), [](double x) { return x == 0; }))
                out->make_real(); // MATLAB narrows an all-real selection
        }
    }
    return out;
}

template <typename A>
Result<Value> get_from(A const& a, std::span<Value const> idx)
{
    auto ext = subscript_extents(a.shape(), idx.size());
    auto subs = TRY(resolve_in_range(idx, ext));
    Dims shape = idx.size() == 1 ? linear_result_shape(a.shape(), subs[0]) : subscript_result_shape(subs);
    auto out = gather_array(a, subs, ext, shape);
    return Value::object(std::move(out)).normalized();
}

// ---------------------------------------------------------------------------------------------
// Assignment: x(I) = rhs, x(I,J,...) = rhs.

// The rhs, read in its own storage type. Unboxed scalars point at the local copies, so a
// Source is filled in place and never copied.
struct Source {
    Source() = default;
    Source(Source const&) = delete;
    Source& operator=(Source const&) = delete;

    ClassId cls = ClassId::Double;
    Dims dims;
    size_t numel = 1;
    double const* re = nullptr;   // double rhs (real part)
    double const* im = nullptr;   // complex double rhs
    uint8_t const* lg = nullptr;  // logical rhs
    char16_t const* ch = nullptr; // char rhs
    void const* typed = nullptr;  // single or integer rhs: elements of class `cls`
    double num = 0;
    uint8_t flag = 0;
};

VoidResult read_source(Value const& rhs, ClassId target, Source& s)
{
    s.dims = rhs.dims();
    s.numel = rhs.numel();
    s.cls = rhs.class_id();
    if (rhs.is_num()) {
        s.num = rhs.num();
        s.re = &s.num;
    } else if (rhs.is_bool()) {
        s.flag = rhs.boolean();
        s.lg = &s.flag;
    } else if (auto* d = rhs.as_double_array()) {
        s.re = d->data();
        s.im = d->is_complex() ? d->imag() : nullptr;
    } else if (auto* l = rhs.as_logical_array()) {
        s.lg = l->data();
    } else if (auto* c = rhs.as_char_array()) {
        s.ch = c->data();
    } else if (auto* f = rhs.as_single_array()) {
        s.typed = f->data();
    } else if (is_integer_class(s.cls)) {
        visit_int_class(s.cls, [&](auto tag) { s.typed = rhs.as_int_array<typename decltype(tag)::type>()->data(); });
    } else {
        return conversion_error(target, s.cls);
    }
    return {};
}

bool is_complex_double(Value const& v)
{
    auto* d = v.as_double_array();
    return d && d->is_complex();
}

// The class of x after x(...) = rhs (MATLAB converts the rhs to the class of x, except that
// an integer or single rhs converts a double or logical x to its own class):
//  - an undefined x or a 0x0 real double ([]) takes the rhs class;
//  - an integer x keeps its class (the rhs is rounded and saturated into it);
//  - otherwise an integer rhs wins (x = [1 2 3]; x(2) = int8(5) makes x int8), except over
//    char: a char x stays char;
//  - a single rhs makes a double or logical x single;
//  - a logical x takes a double or char rhs's class.
Result<ClassId> assignment_class(Value const& base, Value const& rhs)
{
    ClassId r = rhs.class_id();
    bool r_ok = is_indexable_class(r);
    ClassId b = base.class_id();
    if (!base.is_defined())
        b = r_ok ? r : ClassId::Double;
    else if (auto* d = base.as_double_array(); d && !d->is_complex() && d->shape() == Dims(0, 0) && r_ok)
        b = r;
    if (!is_indexable_class(b))
        return unsupported_base_error(b);
    if (!r_ok)
        return conversion_error(b, r);
    if (is_integer_class(r) && !is_integer_class(b) && b != ClassId::Char)
        b = r;
    else if (r == ClassId::Single && (b == ClassId::Double || b == ClassId::Logical))
        b = r;
    else if (b == ClassId::Logical && r != ClassId::Logical)
        b = r;
    if (b == ClassId::Char && is_complex_double(rhs))
        return make_error("MATLAB:invalidConversion", "Complex values cannot be converted to chars.");
    if ((b == ClassId::Single || is_integer_class(b)) && (is_complex_double(rhs) || is_complex_double(base)))
        return complex_unsupported_error(b);
    return b;
}

// Where the assignment writes and what x's dims become.
struct Plan {
    std::vector<Index> subs;
    std::vector<size_t> ext; // extents of the subscripts after growth
    Dims dims;               // x's dims after growth
    size_t region = 0;       // elements written
};

Result<Dims> linear_growth(Dims const& d, size_t bound)
{
    if (bound > MAX_NUMEL)
        return too_large_error();
    if (d.is_matrix() && d.rows() == 1)
        return Dims(1, bound);
    if (d.is_matrix() && d.cols() == 1)
        return Dims(bound, 1);
    if (d.numel() == 0)
        return Dims(1, bound);
    return ambiguous_growth_error();
}

Result<Plan> plan_linear(Dims const& d, Value const& idx, Source const& src)
{
    Plan p;
    Index ix = TRY(resolve_index(idx, 0, 1));
    if (ix.is_colon())
        ix.bind_colon(d.numel());
    if (src.numel != 1 && src.numel != ix.count)
        return numel_mismatch_error();
    p.dims = d;
    if (ix.bound > d.numel())
        p.dims = TRY(linear_growth(d, ix.bound));
    p.region = ix.count;
    p.ext = { p.dims.numel() };
    p.subs.push_back(std::move(ix));
    return p;
}

// Colons into an all-zero-size x take their length from the rhs (x = []; x(:, 1) = [1; 2]),
// as in Octave's zero_dims_inquire: matching all dims, the non-scalar subscripts, or the
// non-singleton rhs dims in order.
void inquire_colons(std::vector<Index>& subs, Source const& src)
{
    size_t n = subs.size();
    if (src.numel == 1) {
        for (auto& s : subs)
            if (s.is_colon())
                s.bind_colon(1);
        return;
    }
    Dims const& r = src.dims;
    bool all_colons = std::all_of(subs.begin(), subs.end(), [](Index const& s) { return s.is_colon(); });
    size_t nonscalar = std::count_if(subs.begin(), subs.end(), [](Index const& s) { return s.is_colon() || s.count != 1; });
    if (all_colons) {
        auto e = subscript_extents(r, n);
        for (size_t k = 0; k < n; ++k)
            subs[k].bind_colon(e[k]);
    } else if (nonscalar == r.ndims()) {
        for (size_t k = 0, j = 0; k < n; ++k) {
            if (!subs[k].is_colon() && subs[k].count == 1)
                continue;
            if (subs[k].is_colon())
                subs[k].bind_colon(r[j]);
            ++j;
        }
    } else {
        std::vector<size_t> nons;
        for (size_t k = 0; k < r.ndims(); ++k)
            if (r[k] != 1)
                nons.push_back(r[k]);
        for (size_t k = 0, j = 0; k < n; ++k)
            if (subs[k].is_colon())
                subs[k].bind_colon(j < nons.size() ? nons[j++] : 1);
    }
}

// rhs shape check for subscripts: the non-singleton dims must agree in order.
VoidResult check_region_shape(std::vector<Index> const& subs, Source const& src)
{
    std::vector<size_t> left(subs.size());
    std::vector<size_t> l, r;
    for (size_t k = 0; k < subs.size(); ++k) {
        left[k] = subs[k].count;
        if (left[k] != 1)
            l.push_back(left[k]);
    }
    if (src.numel == 1)
        return {};
    for (size_t k = 0; k < src.dims.ndims(); ++k)
        if (src.dims[k] != 1)
            r.push_back(src.dims[k]);
    if (l != r)
        return dim_mismatch_error(left, src.dims);
    return {};
}

Result<Plan> plan_subscripts(Dims const& d, bool undefined, std::span<Value const> idx, Source const& src)
{
    size_t n = idx.size();
    Plan p;
    p.ext = subscript_extents(d, n);
    bool merged = n < d.ndims();
    bool all_zero = undefined || std::all_of(d.data(), d.data() + d.ndims(), [](size_t x) { return x == 0; });
    for (size_t k = 0; k < n; ++k) {
        Index ix = TRY(resolve_index(idx[k], k, n));
        if (ix.is_colon() && !all_zero)
            ix.bind_colon(p.ext[k]);
        p.subs.push_back(std::move(ix));
    }
    if (all_zero)
        inquire_colons(p.subs, src);
    TRY_VOID(check_region_shape(p.subs, src));
    bool grows = false;
    size_t total = 1;
    p.region = 1;
    for (size_t k = 0; k < n; ++k) {
        if (p.subs[k].bound > p.ext[k]) {
            p.ext[k] = p.subs[k].bound;
            grows = true;
        }
        total = p.ext[k] > 0 && total > MAX_NUMEL / p.ext[k] ? MAX_NUMEL + 1 : total * p.ext[k];
        p.region *= p.subs[k].count;
    }
    if (grows && merged)
        return ambiguous_growth_error();
    if (total > MAX_NUMEL)
        return too_large_error();
    p.dims = grows ? Dims(p.ext) : d;
    return p;
}

// A's buffer (or, with A = DoubleArray, an imaginary part) regrown from dims `from` to `to`.
template <typename A>
void regrow_buffer(Buffer<typename A::Element>& buf, Dims const& from, Dims const& to)
{
    using T = typename A::Element;
    if (layout_preserved(from, to)) {
        buf.resize(to.numel(), T(0)); // geometric capacity: x(end+1) = v is amortised O(1)
        return;
    }
    Buffer<T> fresh(to.numel(), T(0));
    copy_into<A>(fresh.data(), to, buf.data(), from);
    buf.swap(fresh);
}

template <typename A>
void regrow_in_place(A& a, Dims const& from, Dims const& to)
{
    regrow_buffer<A>(a.buffer(), from, to);
    if constexpr (std::is_same_v<A, DoubleArray>)
        if (a.is_complex())
            regrow_buffer<A>(a.imag_buffer(), from, to);
    a.set_shape(to);
}

// Old elements of a base of another class (or an unboxed scalar) into a fresh target,
// converted by MATLAB's rules (x = [1.5 300]; x(3) = uint8(1) gives uint8 [2 255 1]).
template <typename A>
void copy_converted(typename A::Element* dst, Dims const& to, Value const& base)
{
    visit_elements(base, [&](auto const* p, size_t, Dims const& from) { copy_into<A>(dst, to, p, from); });
}

// Make `base` hold a uniquely owned A with dims `to`: existing elements keep their subscripts
// (converted if the class changes), new ones are zero. In place when `base` is unique.
template <typename A>
A* prepare_target(Value& base, Dims const& to, bool complex)
{
    using T = typename A::Element;
    A* a = base.is_object() ? dynamic_cast<A*>(base.obj()) : nullptr;
    if (a && a->is_unique()) {
        if (a->shape() != to)
            regrow_in_place(*a, a->shape(), to);
    } else {
        auto fresh = make_ref<A>(to, T(0));
        if (a) {
            copy_into<A>(fresh->data(), to, a->data(), a->shape());
            if constexpr (std::is_same_v<A, DoubleArray>) {
                if (a->is_complex()) {
                    fresh->make_complex();
                    copy_into<A>(fresh->imag(), to, a->imag(), a->shape());
                }
            }
        } else {
            copy_converted<A>(fresh->data(), to, base);
        }
        base = Value::object(std::move(fresh));
        a = static_cast<A*>(base.obj());
    }
    if constexpr (std::is_same_v<A, DoubleArray>)
        if (complex)
            a->make_complex();
    return a;
}

template <typename A>
void scatter_source(typename A::Element* dst, Plan const& p, Source const& s)
{
    if (s.re)
        scatter<A>(dst, p.subs, p.ext, s.re, s.numel);
    else if (s.lg)
        scatter<A>(dst, p.subs, p.ext, s.lg, s.numel);
    else if (s.ch)
        scatter<A>(dst, p.subs, p.ext, s.ch, s.numel);
    else if (s.cls == ClassId::Single)
        scatter<A>(dst, p.subs, p.ext, static_cast<float const*>(s.typed), s.numel);
    else if (s.typed)
        visit_int_class(s.cls, [&](auto tag) {
            scatter<A>(dst, p.subs, p.ext, static_cast<typename decltype(tag)::type const*>(s.typed), s.numel);
        });
}

// A complex array whose imaginary parts all became zero is stored real again, as MATLAB does.
void narrow_if_real(DoubleArray& a)
{
    double const* im = a.imag();
    if (std::all_of(im, im + a.numel(), [](double x) { return x == 0; }))
        a.make_real();
}

template <typename A>
void assign_into(Value& base, Plan const& p, Source const& src)
{
    A* a = prepare_target<A>(base, p.dims, src.im != nullptr);
    scatter_source<A>(a->data(), p, src);
    if constexpr (std::is_same_v<A, DoubleArray>) {
        if (a->is_complex() && src.im) {
            scatter<A>(a->imag(), p.subs, p.ext, src.im, src.numel);
        } else if (a->is_complex()) {
            double zero = 0;
            scatter<A>(a->imag(), p.subs, p.ext, &zero, 1);
            narrow_if_real(*a);
        }
    }
}

void normalize_in_place(Value& v)
{
    if (v.is_object() && v.numel() == 1)
        v = std::move(v).normalized();
}

// ---------------------------------------------------------------------------------------------
// Deletion: x(I) = [], x(I,J,...) = [].

// Whether an index selects every position of its extent (a colon or a colon equivalent,
// e.g. 1:end): such subscripts do not count as non-colon in a null assignment.
bool covers_all(Index const& ix, size_t extent)
{
    if (ix.is_colon())
        return true;
    if (ix.count < extent)
        return false;
    if (ix.kind == Index::Kind::Range)
        return ix.start == 0;
    std::vector<uint8_t> seen(extent, 0);
    size_t distinct = 0;
    for (size_t p : ix.list)
        if (p < extent && !seen[p]++)
            ++distinct;
    return distinct == extent;
}

// Marks the positions to delete along one extent; returns how many distinct ones.
size_t deletion_mask(Index const& ix, size_t extent, std::vector<uint8_t>& del)
{
    del.assign(extent, 0);
    size_t n = 0;
    for (size_t i = 0; i < ix.count; ++i)
        if (!del[ix[i]]++)
            ++n;
    return n;
}

// Keep the slices not marked in `del` (len slices of `inner` elements, `outer` times).
// dst may equal src: kept elements only move down.
template <typename T>
void compact(T const* src, T* dst, std::vector<uint8_t> const& del, size_t inner, size_t outer)
{
    size_t len = del.size();
    for (size_t o = 0; o < outer; ++o) {
        for (size_t j = 0; j < len; ++j) {
            if (del[j])
                continue;
            T const* from = src + (o * len + j) * inner;
            if (dst != from)
                std::move(from, from + inner, dst);
            dst += inner;
        }
    }
}

// The deletion to perform: along extent `dim` of `ext`, leaving dims `to`.
struct Deletion {
    std::vector<size_t> ext;
    size_t dim = 0;
    std::vector<uint8_t> del;
    Dims to;
};

template <typename A>
void apply_deletion(Value& base, Deletion const& d)
{
    size_t inner = 1, outer = 1;
    for (size_t k = 0; k < d.dim; ++k)
        inner *= d.ext[k];
    for (size_t k = d.dim + 1; k < d.ext.size(); ++k)
        outer *= d.ext[k];
    if (!base.is_object())
        base = base.boxed();
    A* a = static_cast<A*>(base.obj());
    if (a->is_unique()) {
        compact(a->data(), a->data(), d.del, inner, outer);
        a->buffer().resize_uninit(d.to.numel());
        if constexpr (std::is_same_v<A, DoubleArray>) {
            if (a->is_complex()) {
                compact(a->imag(), a->imag(), d.del, inner, outer);
                a->imag_buffer().resize_uninit(d.to.numel());
            }
        }
        a->set_shape(d.to);
        return;
    }
    auto fresh = make_ref<A>(d.to);
    compact(a->data(), fresh->data(), d.del, inner, outer);
    if constexpr (std::is_same_v<A, DoubleArray>) {
        if (a->is_complex()) {
            fresh->make_complex();
            compact(a->imag(), fresh->imag(), d.del, inner, outer);
        }
    }
    base = Value::object(std::move(fresh));
}

// x(I) = []: a vector keeps its orientation, anything else becomes a row; x(:) = [] is 0x0.
Result<Deletion> plan_linear_deletion(Dims const& dims, Index const& ix)
{
    Deletion d;
    d.ext = { dims.numel() };
    if (ix.is_colon()) {
        d.del.assign(dims.numel(), 1);
        d.to = Dims(0, 0);
        return d;
    }
    size_t gone = deletion_mask(ix, dims.numel(), d.del);
    size_t left = dims.numel() - gone;
    if (gone == 0)
        d.to = dims;
    else if (dims.is_matrix() && dims.cols() == 1 && dims.rows() != 1)
        d.to = Dims(left, 1);
    else
        d.to = Dims(1, left);
    return d;
}

// x(I,J,...) = []: all subscripts but one must select their whole extent. An empty subscript
// met before a second partial one makes it a no-op (as MATLAB).
Result<Deletion> plan_subscript_deletion(Dims const& dims, std::vector<Index> const& subs, std::vector<size_t> ext, bool& noop)
{
    Deletion d;
    size_t n = subs.size();
    size_t partial = n;
    for (size_t k = 0; k < n; ++k) {
        if (subs[k].count == 0 && ext[k] != 0) {
            noop = true;
            return d;
        }
        if (covers_all(subs[k], ext[k]))
            continue;
        if (partial != n)
            return delete_noncolon_error();
        partial = k;
    }
    if (partial == n) { // all colons: delete along the first subscript that is not a literal colon
        partial = 0;
        for (size_t k = 0; k < n; ++k)
            if (!subs[k].is_colon()) {
                partial = k;
                break;
            }
    }
    d.dim = partial;
    size_t gone = deletion_mask(subs[partial], ext[partial], d.del);
    d.ext = ext;
    ext[partial] -= gone;
    d.to = gone ? Dims(ext) : dims;
    return d;
}

// The extents a null assignment works on: numel for one subscript; otherwise the real dims,
// the dims beyond the subscripts acting as trailing colons (A(:, :, 1) = [] on a 4-D array
// deletes along dim 3 for every index of dim 4, as Octave does).
std::vector<size_t> deletion_extents(Dims const& dims, size_t n)
{
    if (n == 1)
        return { dims.numel() };
    std::vector<size_t> ext(std::max(n, dims.ndims()));
    for (size_t k = 0; k < ext.size(); ++k)
        ext[k] = dims[k];
    return ext;
}

template <typename A>
VoidResult delete_from(Value& base, std::span<Value const> idx)
{
    Dims dims = base.dims();
    auto ext = deletion_extents(dims, idx.size());
    std::vector<Index> subs;
    for (size_t k = 0; k < ext.size(); ++k) {
        Index ix;
        if (k < idx.size())
            ix = TRY(resolve_index(idx[k], k, idx.size()));
        else
            ix.kind = Index::Kind::Colon;
        if (ix.is_colon())
            ix.bind_colon(ext[k]);
        if (ix.bound > ext[k])
            return delete_range_error();
        subs.push_back(std::move(ix));
    }
    bool noop = false;
    Deletion d = idx.size() == 1 ? TRY(plan_linear_deletion(dims, subs[0]))
                                 : TRY(plan_subscript_deletion(dims, subs, ext, noop));
    bool none = std::none_of(d.del.begin(), d.del.end(), [](uint8_t x) { return x != 0; });
    if (noop || (none && d.to == dims))
        return {}; // nothing deleted: leave a shared array unshared
    apply_deletion<A>(base, d);
    normalize_in_place(base);
    return {};
}

bool is_null_rhs(Value const& rhs)
{
    auto* d = rhs.as_double_array();
    return d && !d->is_complex() && d->shape().is_matrix() && d->shape().rows() == 0 && d->shape().cols() == 0;
}

// ---------------------------------------------------------------------------------------------
// Fast paths: scalar double subscripts into real double arrays (the loop cases).

// The 0-based position of a scalar double subscript within [0, limit), or false.
inline bool fast_position(double d, size_t limit, size_t& out)
{
    if (!(d >= 1.0 && d <= double(limit)))
        return false;
    int64_t k = int64_t(d); // signed conversion is one instruction; d is in range
    out = size_t(k - 1);
    return double(k) == d;
}

inline DoubleArray* unique_real_double(Value const& v)
{
    auto* a = v.as_double_array();
    return a && a->is_unique() && !a->is_complex() ? a : nullptr;
}

// x(k) = v and x(end+1) = v. Returns true if done. Avoids Dims temporaries: this is the
// `x(end+1) = v` loop body.
bool fast_set_linear(Value& base, double k, double v)
{
    if (base.is_num() && k == 1.0) {
        base = Value::scalar(v);
        return true;
    }
    DoubleArray* a = unique_real_double(base);
    if (!a)
        return false;
    size_t n = a->numel(), pos;
    if (fast_position(k, n, pos)) {
        a->data()[pos] = v;
        return true;
    }
    Dims const& s = a->shape();
    if (k != double(n + 1) || !s.is_matrix())
        return false;
    if (n == 0) {
        base = Value::scalar(v);
        return true;
    }
    if (s.rows() == 1) {
        a->buffer().push_back(v); // geometric growth: amortised O(1)
        a->set_shape(Dims(1, n + 1));
    } else if (s.cols() == 1) {
        a->buffer().push_back(v);
        a->set_shape(Dims(n + 1, 1));
    } else {
        return false;
    }
    return true;
}

// A(i, j) = v on a matrix, in range.
bool fast_set_2d(Value& base, double i, double j, double v)
{
    DoubleArray* a = unique_real_double(base);
    if (!a || !a->shape().is_matrix())
        return false;
    size_t r, c, rows = a->shape().rows();
    if (!fast_position(i, rows, r) || !fast_position(j, a->shape().cols(), c))
        return false;
    a->data()[c * rows + r] = v;
    return true;
}

template <typename A>
bool fast_get_linear(A const& a, double k, Value& out)
{
    size_t pos;
    if (!fast_position(k, a.numel(), pos))
        return false;
    if constexpr (std::is_same_v<A, DoubleArray>) {
        out = Value::scalar(a.data()[pos]);
    } else if constexpr (std::is_same_v<A, LogicalArray>) {
        out = Value::logical(a.data()[pos] != 0);
    } else {
        auto c = make_ref<A>(Dims(1, 1));
        c->data()[0] = a.data()[pos];
        out = Value::object(std::move(c));
    }
    return true;
}

// A(i, j) in range on a single or integer matrix: a 1x1 array of the class.
template <typename A>
bool fast_get_2d(A const& a, double i, double j, Value& out)
{
    size_t r, c, rows = a.shape().rows();
    if (!a.shape().is_matrix() || !fast_position(i, rows, r) || !fast_position(j, a.shape().cols(), c))
        return false;
    out = Value::object(make_ref<A>(Dims(1, 1), a.data()[c * rows + r]));
    return true;
}

bool try_fast_get_typed_2d(Value const& base, double i, double j, Value& out)
{
    if (auto* f = base.as_single_array())
        return fast_get_2d(*f, i, j, out);
    if (!base.is_object() || !is_integer_class(base.class_id()))
        return false;
    return visit_int_class(base.class_id(), [&](auto tag) {
        return fast_get_2d(*base.as_int_array<typename decltype(tag)::type>(), i, j, out);
    });
}

// x(k) and A(i, j) with scalar double subscripts. Returns true if done.
bool try_fast_get(Value const& base, std::span<Value const> idx, Value& out)
{
    if (idx.size() == 1 && idx[0].is_num()) {
        double k = idx[0].num();
        if (base.is_num() && k == 1.0) {
            out = base;
            return true;
        }
        if (auto* a = base.as_double_array(); a && !a->is_complex())
            return fast_get_linear(*a, k, out);
        if (auto* l = base.as_logical_array())
            return fast_get_linear(*l, k, out);
        if (auto* c = base.as_char_array())
            return fast_get_linear(*c, k, out);
        if (auto* f = base.as_single_array())
            return fast_get_linear(*f, k, out);
        if (is_integer_class(base.class_id()))
            return visit_int_class(base.class_id(), [&](auto tag) {
                return fast_get_linear(*base.as_int_array<typename decltype(tag)::type>(), k, out);
            });
        return false;
    }
    if (idx.size() != 2 || !idx[0].is_num() || !idx[1].is_num())
        return false;
    auto* a = base.as_double_array();
    if (!a)
        return try_fast_get_typed_2d(base, idx[0].num(), idx[1].num(), out);
    if (a->is_complex() || !a->shape().is_matrix())
        return false;
    size_t r, c, rows = a->shape().rows();
    if (!fast_position(idx[0].num(), rows, r) || !fast_position(idx[1].num(), a->shape().cols(), c))
        return false;
    out = Value::scalar(a->data()[c * rows + r]);
    return true;
}

Result<Value> get_general(Value const& base, std::span<Value const> idx)
{
    ClassId c = base.class_id();
    if (!is_indexable_class(c))
        return unsupported_base_error(c);
    if (!base.is_defined())
        return make_error("RunMat:indexing:undefined", "Indexing into an undefined value.");
    if (c == ClassId::Single)
        return get_from(*base.as_single_array(), idx);
    if (is_integer_class(c)) {
        return visit_int_class(c, [&](auto tag) {
            return get_from(*base.as_int_array<typename decltype(tag)::type>(), idx);
        });
    }
    Value boxed = base.is_object() ? Value() : base.boxed();
    Value const& b = base.is_object() ? base : boxed;
    if (c == ClassId::Double)
        return get_from(*static_cast<DoubleArray const*>(b.obj()), idx);
    if (c == ClassId::Logical)
        return get_from(*static_cast<LogicalArray const*>(b.obj()), idx);
    return get_from(*static_cast<CharArray const*>(b.obj()), idx);
}

// x(k) = v and A(i, j) = v in range on a uniquely owned single or integer array, v a double
// scalar (converted: rounded and saturated for integers).
template <typename A>
bool fast_set_typed(A& a, std::span<Value const> idx, double v)
{
    if (!a.is_unique())
        return false;
    size_t pos;
    if (idx.size() == 1) {
        if (!fast_position(idx[0].num(), a.numel(), pos))
            return false;
    } else {
        size_t r, c, rows = a.shape().rows();
        if (!a.shape().is_matrix() || !fast_position(idx[0].num(), rows, r) || !fast_position(idx[1].num(), a.shape().cols(), c))
            return false;
        pos = c * rows + r;
    }
    a.data()[pos] = convert_element<typename A::Element>(v);
    return true;
}

[[gnu::noinline]] bool try_fast_set_typed(Value& base, std::span<Value const> idx, double v)
{
    if (!base.is_object())
        return false;
    if (auto* f = base.as_single_array())
        return fast_set_typed(*f, idx, v);
    if (!is_integer_class(base.class_id()))
        return false;
    return visit_int_class(base.class_id(), [&](auto tag) {
        return fast_set_typed(*base.as_int_array<typename decltype(tag)::type>(), idx, v);
    });
}

// The scalar-double cases every loop hits: x(k) = v, x(end+1) = v, A(i, j) = v.
inline bool try_fast_set(Value& base, std::span<Value const> idx, Value const& rhs)
{
    if (!rhs.is_num())
        return false;
    if (idx.size() == 1) {
        if (!idx[0].is_num())
            return false;
        return fast_set_linear(base, idx[0].num(), rhs.num()) || try_fast_set_typed(base, idx, rhs.num());
    }
    if (idx.size() != 2 || !idx[0].is_num() || !idx[1].is_num())
        return false;
    return fast_set_2d(base, idx[0].num(), idx[1].num(), rhs.num()) || try_fast_set_typed(base, idx, rhs.num());
}

RuntimeError no_subscript_error()
{
    return make_error("MATLAB:index:lhsNoSubscript",
        "An indexing expression on the left side of an assignment must have at least one subscript.");
}

// Everything but the fast paths; out of line so they stay small.
[[gnu::noinline]] VoidResult assign_general(Value& base, std::span<Value const> idx, Value const& rhs)
{
    if (idx.empty())
        return no_subscript_error();
    ClassId target = TRY(assignment_class(base, rhs));
    Value hold = rhs; // keeps the rhs alive, and forces a copy of base if they share an object
    Source src;
    TRY_VOID(read_source(hold, target, src));
    Dims dims = base.is_defined() ? base.dims() : Dims(0, 0);
    Plan plan = idx.size() == 1 ? TRY(plan_linear(dims, idx[0], src))
                                : TRY(plan_subscripts(dims, !base.is_defined(), idx, src));
    switch (target) {
    case ClassId::Double: assign_into<DoubleArray>(base, plan, src); break;
    case ClassId::Logical: assign_into<LogicalArray>(base, plan, src); break;
    case ClassId::Char: assign_into<CharArray>(base, plan, src); break;
    case ClassId::Single: assign_into<SingleArray>(base, plan, src); break;
    default:
        visit_int_class(target, [&](auto tag) { assign_into<IntArray<typename decltype(tag)::type>>(base, plan, src); });
        break;
    }
    normalize_in_place(base);
    return {};
}

size_t end_of(Dims const& d, size_t numel, size_t k, size_t n)
{
    if (n <= 1)
        return numel;
    if (k + 1 < n)
        return d[k];
    size_t p = 1;
    for (size_t j = k; j < d.ndims(); ++j)
        p *= d[j];
    return p;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Public entry points.

Result<Value> index_get(Value const& base, std::span<Value const> idx)
{
    if (base.class_id() == ClassId::Object) // a class's own paren indexing (containers.Map)
        if (Object const* o = as_object(base))
            if (auto r = o->paren_get(idx))
                return std::move(*r);
    if (idx.empty())
        return base;
    if (is_container_class(base.class_id()))
        return container_index_get(base, idx);
    if (base.class_id() == ClassId::String)
        return string_index_get(base, idx); // string_array.cpp
    Value out;
    if (try_fast_get(base, idx, out))
        return out;
    return get_general(base, idx);
}

// Strings (string_array.cpp): a string base, or a string into an undefined or [] base.
bool is_string_assignment(Value const& base, Value const& rhs)
{
    if (base.class_id() == ClassId::String)
        return true;
    if (rhs.class_id() != ClassId::String)
        return false;
    auto* d = base.as_double_array();
    return !base.is_defined() || (d && d->shape().is_matrix() && d->numel() == 0 && d->shape().rows() == 0 && d->shape().cols() == 0);
}

VoidResult index_assign(Value& base, std::span<Value const> idx, Value const& rhs)
{
    if (base.class_id() == ClassId::Object) // a handle class changes itself: every copy sees it
        if (Object* o = as_object(base))
            if (auto r = o->paren_set(idx, rhs))
                return std::move(*r);
    if (is_string_assignment(base, rhs))
        return string_index_assign(base, idx, rhs);
    if (is_container_class(base.class_id()) || is_container_class(rhs.class_id()))
        return container_index_assign(base, idx, rhs);
    if (try_fast_set(base, idx, rhs))
        return {};
    return assign_general(base, idx, rhs);
}

VoidResult index_delete(Value& base, std::span<Value const> idx)
{
    if (idx.empty())
        return no_subscript_error();
    if (!base.is_defined())
        base = Value::empty();
    if (base.class_id() == ClassId::Object) // obj(k) = [] stores [] where the class defines obj(k) = v
        if (Object* o = as_object(base))
            if (auto r = o->paren_set(idx, Value::empty()))
                return std::move(*r);
    if (is_container_class(base.class_id()))
        return container_index_delete(base, idx);
    if (base.class_id() == ClassId::String)
        return string_index_delete(base, idx);
    switch (base.class_id()) {
    case ClassId::Double: return delete_from<DoubleArray>(base, idx);
    case ClassId::Logical: return delete_from<LogicalArray>(base, idx);
    case ClassId::Char: return delete_from<CharArray>(base, idx);
    case ClassId::Single: return delete_from<SingleArray>(base, idx);
    default: break;
    }
    if (is_integer_class(base.class_id()))
        return visit_int_class(base.class_id(), [&](auto tag) { return delete_from<IntArray<typename decltype(tag)::type>>(base, idx); });
    return unsupported_base_error(base.class_id());
}

VoidResult index_set(Value& base, std::span<Value const> idx, Value const& rhs)
{
    if (is_string_assignment(base, rhs))
        return is_null_rhs(rhs) ? index_delete(base, idx) : string_index_assign(base, idx, rhs);
    if ((is_container_class(base.class_id()) || is_container_class(rhs.class_id())) && !is_null_rhs(rhs))
        return container_index_assign(base, idx, rhs);
    if (try_fast_set(base, idx, rhs))
        return {};
    if (is_null_rhs(rhs))
        return index_delete(base, idx);
    return assign_general(base, idx, rhs);
}

size_t end_value(Value const& base, size_t k, size_t n)
{
    // Read dense arrays' shape in place: `x(end+1) = v` loops call this every iteration.
    if (auto* d = base.as_double_array())
        return end_of(d->shape(), d->numel(), k, n);
    if (auto* l = base.as_logical_array())
        return end_of(l->shape(), l->numel(), k, n);
    if (auto* c = base.as_char_array())
        return end_of(c->shape(), c->numel(), k, n);
    Dims d = base.dims();
    return end_of(d, d.numel(), k, n);
}

} // namespace runmat::runtime
