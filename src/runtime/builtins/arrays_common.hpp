// Shared plumbing of the array builtins (arrays*.cpp): class-generic storage access (one
// template per element type, chosen by a switch on ClassId), argument readers and option
// parsing. Private to runtime/builtins; nothing here knows the VM.
#pragma once
#include "runtime/slab.hpp"
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/numeric_class.hpp"
#include "runtime/value.hpp"
#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace runmat::runtime::arrays {

// f(arr) with arr the typed array object behind o: DoubleArray*, SingleArray*, IntArray<T>*,
// LogicalArray*, CharArray* or (with cells allowed) CellArray*. False for other classes.
template <bool WithCells = false, typename F>
bool visit_array(HeapObject* o, F&& f)
{
    switch (o->class_id()) {
    case ClassId::Double: f(static_cast<DoubleArray*>(o)); return true;
    case ClassId::Single: f(static_cast<SingleArray*>(o)); return true;
    case ClassId::Logical: f(static_cast<LogicalArray*>(o)); return true;
    case ClassId::Char: f(static_cast<CharArray*>(o)); return true;
    case ClassId::Int8: f(static_cast<Int8Array*>(o)); return true;
    case ClassId::Int16: f(static_cast<Int16Array*>(o)); return true;
    case ClassId::Int32: f(static_cast<Int32Array*>(o)); return true;
    case ClassId::Int64: f(static_cast<Int64Array*>(o)); return true;
    case ClassId::UInt8: f(static_cast<UInt8Array*>(o)); return true;
    case ClassId::UInt16: f(static_cast<UInt16Array*>(o)); return true;
    case ClassId::UInt32: f(static_cast<UInt32Array*>(o)); return true;
    case ClassId::UInt64: f(static_cast<UInt64Array*>(o)); return true;
    case ClassId::Cell:
        if constexpr (WithCells) {
            f(static_cast<CellArray*>(o));
            return true;
        }
        return false;
    default: return false;
    }
}

// Classes whose elements the array builtins store and move (numbers, logical, char).
inline bool is_data_class(ClassId c) { return is_number_like(c); }

// "Undefined function 'flip' for input arguments of type 'struct'." (what MATLAB says when no
// method exists for a class).
inline RuntimeError undefined_for(CallContext const& cx, Value const& v)
{
    return cx.error("MATLAB:UndefinedFunction", "Undefined function '" + std::string(cx.name)
            + "' for input arguments of type '" + std::string(value_class_name(v)) + "'.");
}

// A new array of `proto`'s class (an object, not an unboxed scalar) with shape d; elements
// uninitialised (cells: undefined). `complex` applies to double only.
Value alloc_like(Value const& proto, Dims d, bool complex);

// Run f(src, dst) on each storage plane of two arrays of the same class: the elements (real
// parts), then the imaginary parts when dst is a complex double (a real src then reads zeros
// from a scratch plane). `src` may be an unboxed scalar; dst is an object from alloc_like.
template <bool WithCells = false, typename F>
void for_planes(Value const& src, Value& dst, F&& f)
{
    Value boxed = src.boxed();
    visit_array<WithCells>(boxed.obj(), [&](auto* a) {
        using A = std::remove_pointer_t<decltype(a)>;
        auto* b = static_cast<A*>(dst.obj());
        f(static_cast<A const*>(a)->data(), b->data());
        if constexpr (std::is_same_v<A, DoubleArray>) {
            if (!b->is_complex())
                return;
            if (a->is_complex()) {
                f(static_cast<A const*>(a)->imag(), b->imag());
            } else {
                Buffer<double> zeros(a->numel(), 0.0);
                f(static_cast<double const*>(zeros.data()), b->imag());
            }
        }
    });
}

// The canonical form of a freshly built array: complex doubles whose imaginary parts are all
// zero become real (as MATLAB's indexing narrows), 1x1 double/logical arrays are unboxed.
Value finish(Value v);

// A rearrangement: a new array of src's class and complexity with shape `out`, filled by
// f(src_plane, dst_plane) for each plane.
template <bool WithCells = false, typename F>
Value rearrange(Value const& src, Dims out, F&& f)
{
    auto* d = src.as_double_array();
    Value dst = alloc_like(src, out, d && d->is_complex());
    for_planes<WithCells>(src, dst, f);
    return finish(std::move(dst));
}

// ---- Shapes ----------------------------------------------------------------------------------

// The first dimension whose size is not 1 (0-based); 0 for scalars.
using runtime::first_nonsingleton;

// An array seen along dimension k as before x len x after (column-major): element (i, j, l)
// is at i + before * (j + len * l).
using runtime::Slab;
using runtime::slab_for;

// d with dimension k set to n (growing ndims if needed).
inline Dims with_dim(Dims d, size_t k, size_t n)
{
    d.set(k, n);
    return d;
}

// ---- Arguments -------------------------------------------------------------------------------

// All elements of a real number-like value (any numeric class, logical, char) as doubles.
inline std::optional<std::vector<double>> read_doubles(Value const& v)
{
    std::vector<double> out;
    bool ok = visit_elements(v, [&](auto const* p, size_t n, Dims const&) {
        out.resize(n);
        for (size_t i = 0; i < n; ++i)
            out[i] = static_cast<double>(p[i]);
    });
    auto* d = v.as_double_array();
    if (!ok || (d && d->is_complex()))
        return std::nullopt;
    return out;
}

inline RuntimeError bad_dim(CallContext const& cx)
{
    return cx.error("MATLAB:getdimarg:dimensionMustBePositiveInteger",
        "Dimension argument must be a positive integer scalar within indexing range.");
}

// A dimension argument (1-based in MATLAB) as a 0-based index.
inline Result<size_t> dim_arg(CallContext const& cx, Value const& v)
{
    auto d = read_doubles(v);
    if (!d || d->size() != 1 || v.class_id() == ClassId::Char)
        return bad_dim(cx);
    double x = (*d)[0];
    if (!(x >= 1) || x != std::floor(x) || x > 2147483647.0)
        return bad_dim(cx);
    return static_cast<size_t>(x) - 1;
}

// An option word: a char row, lowercased ("rows", "stable"); nullopt for anything else.
inline std::optional<std::string> option_text(Value const& v)
{
    if (!is_char_row(v))
        return std::nullopt;
    std::string s = v.as_char_array()->to_utf8();
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// An index vector (1-based doubles) built from 0-based positions, as a column (or row).
inline Value index_vector(std::vector<size_t> const& pos, bool as_row = false)
{
    size_t n = pos.size();
    auto a = new_double(as_row ? Dims(1, n) : Dims(n, 1));
    for (size_t i = 0; i < n; ++i)
        a->data()[i] = static_cast<double>(pos[i] + 1);
    return make_double(std::move(a));
}

// Registration of the files that make up the array builtins (called by
// register_array_builtins in arrays.cpp).
void register_array_set_builtins(BuiltinTable&);   // unique ismember union intersect setdiff
void register_array_hist_builtins(BuiltinTable&);  // histc histcounts accumarray
void register_array_shape_builtins(BuiltinTable&); // flip* circshift rot90 permute squeeze tri* diag *grid
void register_array_radix_builtins(BuiltinTable&); // dec2bin bin2dec dec2hex hex2dec

} // namespace runmat::runtime::arrays
