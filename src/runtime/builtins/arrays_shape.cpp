// Rearranging builtins: flip fliplr flipud circshift rot90 permute ipermute squeeze triu tril
// diag meshgrid ndgrid. Each output keeps its input's class (cells too where MATLAB allows)
// and is written by one templated loop per element type. Knows nothing of the VM.
#include "runtime/builtins/arrays_common.hpp"
#include <cmath>
#include <numeric>

namespace runmat::runtime::arrays {

namespace {

// ---------------------------------------------------------------------------------------------
// Gather maps: an output seen as a gather from a column-major source. Along output dimension
// k, coordinate j reads source offset offs[k][j]; an element's source is the sum over k.
// Flips, shifts, permutations, rotations and grids are all such maps.

struct GatherMap {
    std::vector<std::vector<size_t>> offs;
    Dims out() const
    {
        std::vector<size_t> d;
        for (auto const& o : offs)
            d.push_back(o.size());
        while (d.size() < 2)
            d.push_back(1);
        return Dims(d);
    }
};

template <typename T, typename U>
void apply_map(T const* src, U* dst, GatherMap const& m)
{
    size_t nd = m.offs.size(), n = 1;
    for (auto const& o : m.offs)
        n *= o.size();
    if (n == 0)
        return;
    std::vector<size_t> idx(nd, 0);
    size_t base = 0; // the sum of offs[k][idx[k]] over k >= 1
    for (size_t k = 1; k < nd; ++k)
        base += m.offs[k][0];
    size_t const* o0 = m.offs[0].data();
    size_t n0 = m.offs[0].size();
    for (size_t o = 0; o < n; o += n0) {
        for (size_t i = 0; i < n0; ++i)
            dst[o + i] = src[base + o0[i]];
        for (size_t k = 1; k < nd; ++k) {
            base -= m.offs[k][idx[k]];
            if (++idx[k] < m.offs[k].size()) {
                base += m.offs[k][idx[k]];
                break;
            }
            idx[k] = 0;
            base += m.offs[k][0];
        }
    }
}

// The identity map of dims d over at least `nd` dimensions.
GatherMap identity_map(Dims const& d, size_t nd)
{
    GatherMap m;
    nd = std::max(nd, d.ndims());
    size_t stride = 1;
    for (size_t k = 0; k < nd; ++k) {
        std::vector<size_t> o(d[k]);
        for (size_t j = 0; j < o.size(); ++j)
            o[j] = j * stride;
        m.offs.push_back(std::move(o));
        stride *= d[k];
    }
    return m;
}

Value apply(Value const& a, GatherMap const& m)
{
    return rearrange<true>(a, m.out(), [&](auto const* src, auto* dst) { apply_map(src, dst, m); });
}

Result<Value> check_any(CallContext const& cx, Value const& a, bool cells)
{
    if (is_data_class(a.class_id()) || (cells && a.class_id() == ClassId::Cell))
        return a;
    return undefined_for(cx, a);
}

// An integer scalar argument (k of rot90, tril, diag).
Result<double> int_scalar(CallContext const& cx, Value const& v, char const* id, char const* msg)
{
    auto d = read_doubles(v);
    if (!d || d->size() != 1 || (*d)[0] != std::floor((*d)[0]) || std::isinf((*d)[0]))
        return cx.error(id, msg);
    return (*d)[0];
}

// ---------------------------------------------------------------------------------------------
// flip(A, dim) (default: first non-singleton dimension), fliplr (dim 2), flipud (dim 1).

Value flip_dim(Value const& a, size_t dim)
{
    GatherMap m = identity_map(a.dims(), dim + 1);
    std::reverse(m.offs[dim].begin(), m.offs[dim].end());
    return apply(a, m);
}

VoidResult flip_builtin(CallContext& cx, Args args, Outs outs)
{
    Value a = TRY(check_any(cx, args[0], true));
    size_t dim = args.size() > 1 ? TRY(dim_arg(cx, args[1])) : first_nonsingleton(a.dims());
    outs[0] = flip_dim(a, dim);
    return {};
}

VoidResult fliplr_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = flip_dim(TRY(check_any(cx, args[0], true)), 1);
    return {};
}

VoidResult flipud_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = flip_dim(TRY(check_any(cx, args[0], true)), 0);
    return {};
}

// ---------------------------------------------------------------------------------------------
// circshift(A, K): K scalar shifts the first non-singleton dimension, a vector K shifts
// dimensions 1..numel(K); circshift(A, K, dim) shifts dimension dim. Positive K moves
// elements towards higher indices.

VoidResult circshift_builtin(CallContext& cx, Args args, Outs outs)
{
    Value a = TRY(check_any(cx, args[0], true));
    auto k = read_doubles(args[1]);
    char const* bad = "Invalid shift type: must be a finite, real integer vector.";
    if (!k || (!args[1].dims().is_vector() && !k->empty()))
        return cx.error("MATLAB:circshift:InvalidShiftType", bad);
    for (double s : *k)
        if (s != std::floor(s) || std::isinf(s))
            return cx.error("MATLAB:circshift:InvalidShiftType", bad);
    std::vector<std::pair<size_t, double>> shifts; // (dim, shift)
    if (args.size() > 2) {
        if (k->size() != 1)
            return cx.error("MATLAB:circshift:InvalidShiftType", "Shift must be a scalar when a dimension is specified.");
        shifts.push_back({ TRY(dim_arg(cx, args[2])), (*k)[0] });
    } else if (k->size() == 1) {
        shifts.push_back({ first_nonsingleton(a.dims()), (*k)[0] });
    } else {
        for (size_t d = 0; d < k->size(); ++d)
            shifts.push_back({ d, (*k)[d] });
    }
    size_t nd = 0;
    for (auto const& s : shifts)
        nd = std::max(nd, s.first + 1);
    GatherMap m = identity_map(a.dims(), nd);
    for (auto const& [d, s] : shifts) {
        auto& o = m.offs[d];
        size_t len = o.size();
        if (len == 0)
            continue;
        double r = std::fmod(s, static_cast<double>(len));
        size_t shift = static_cast<size_t>(r < 0 ? r + static_cast<double>(len) : r);
        std::rotate(o.begin(), o.begin() + static_cast<std::ptrdiff_t>((len - shift) % len), o.end());
    }
    outs[0] = apply(a, m);
    return {};
}

// ---------------------------------------------------------------------------------------------
// rot90(A, k): rotate counterclockwise by k*90 degrees in the plane of dimensions 1 and 2
// (each page of an N-d array alike).

VoidResult rot90_builtin(CallContext& cx, Args args, Outs outs)
{
    Value a = TRY(check_any(cx, args[0], true));
    double k = 1;
    if (args.size() > 1)
        k = TRY(int_scalar(cx, args[1], "MATLAB:rot90:kNonInteger", "K must be an integer scalar."));
    int q = static_cast<int>(std::fmod(std::fmod(k, 4.0) + 4.0, 4.0));
    GatherMap m = identity_map(a.dims(), 2);
    if (q == 1 || q == 3)
        std::swap(m.offs[0], m.offs[1]); // transpose: out dim 1 walks the input's columns
    if (q == 1 || q == 2)
        std::reverse(m.offs[0].begin(), m.offs[0].end());
    if (q == 2 || q == 3)
        std::reverse(m.offs[1].begin(), m.offs[1].end());
    outs[0] = apply(a, m);
    return {};
}

// ---------------------------------------------------------------------------------------------
// permute(A, order), ipermute(A, order), squeeze(A).

Result<std::vector<size_t>> parse_order(CallContext const& cx, Value const& v, size_t ndims)
{
    auto d = read_doubles(v);
    if (!d || !v.dims().is_vector())
        return cx.error("MATLAB:permute:badIndex", "ORDER contains an invalid permutation index.");
    if (d->size() < ndims)
        return cx.error("MATLAB:permute:tooFewIndices", "ORDER must have at least N elements for an N-D array.");
    std::vector<size_t> order;
    std::vector<bool> seen(d->size(), false);
    for (double x : *d) {
        if (!(x >= 1) || x != std::floor(x) || x > static_cast<double>(d->size()))
            return cx.error("MATLAB:permute:badIndex", "ORDER contains an invalid permutation index.");
        size_t i = static_cast<size_t>(x) - 1;
        if (seen[i])
            return cx.error("MATLAB:permute:repeatedIndex", "ORDER cannot contain repeated permutation indices.");
        seen[i] = true;
        order.push_back(i);
    }
    return order;
}

Value permute_by(Value const& a, std::vector<size_t> const& order)
{
    GatherMap in = identity_map(a.dims(), order.size());
    GatherMap m;
    for (size_t k : order)
        m.offs.push_back(in.offs[k]);
    return apply(a, m);
}

VoidResult permute_builtin(CallContext& cx, Args args, Outs outs)
{
    Value a = TRY(check_any(cx, args[0], true));
    outs[0] = permute_by(a, TRY(parse_order(cx, args[1], a.dims().ndims())));
    return {};
}

VoidResult ipermute_builtin(CallContext& cx, Args args, Outs outs)
{
    Value a = TRY(check_any(cx, args[0], true));
    auto order = TRY(parse_order(cx, args[1], a.dims().ndims()));
    std::vector<size_t> inverse(order.size());
    for (size_t k = 0; k < order.size(); ++k)
        inverse[order[k]] = k;
    outs[0] = permute_by(a, inverse);
    return {};
}

// squeeze: drop singleton dimensions of an N-d array (2-D arrays are returned unchanged;
// 1x1xN becomes Nx1).
VoidResult squeeze_builtin(CallContext& cx, Args args, Outs outs)
{
    Value a = TRY(check_any(cx, args[0], true));
    Dims d = a.dims();
    if (d.ndims() <= 2) {
        outs[0] = a;
        return {};
    }
    std::vector<size_t> kept;
    for (size_t k = 0; k < d.ndims(); ++k)
        if (d[k] != 1)
            kept.push_back(d[k]);
    while (kept.size() < 2)
        kept.push_back(1);
    size_t n = d.numel();
    outs[0] = rearrange<true>(a, Dims(kept), [n](auto const* src, auto* dst) { std::copy(src, src + n, dst); });
    return {};
}

// ---------------------------------------------------------------------------------------------
// triu / tril (A, k): keep the elements on and above (below) the k-th diagonal, zero the rest.

VoidResult tri_part(CallContext& cx, Args args, Outs outs, bool upper)
{
    Value a = TRY(check_any(cx, args[0], false));
    Dims d = a.dims();
    if (!d.is_matrix())
        return cx.error("MATLAB:" + std::string(cx.name) + ":firstInputMustBe2D", "First input must be 2D.");
    double k = 0;
    if (args.size() > 1)
        k = TRY(int_scalar(cx, args[1], "MATLAB:triu:kthDiagInputNotInteger", "K-th diagonal input must be an integer scalar."));
    size_t r = d.rows(), c = d.cols();
    outs[0] = rearrange(a, d, [&](auto const* src, auto* dst) {
        using T = std::remove_cv_t<std::remove_pointer_t<decltype(dst)>>;
        for (size_t j = 0; j < c; ++j)
            for (size_t i = 0; i < r; ++i) {
                double off = static_cast<double>(j) - static_cast<double>(i);
                bool keep = upper ? off >= k : off <= k;
                dst[i + j * r] = keep ? src[i + j * r] : T {};
            }
    });
    return {};
}

VoidResult triu_builtin(CallContext& cx, Args args, Outs outs) { return tri_part(cx, args, outs, true); }
VoidResult tril_builtin(CallContext& cx, Args args, Outs outs) { return tri_part(cx, args, outs, false); }

// ---------------------------------------------------------------------------------------------
// diag(v, k): a vector becomes a square matrix with v on the k-th diagonal; diag(A, k) of a
// matrix is the column of its k-th diagonal (0x1 if k is outside the matrix).

VoidResult diag_builtin(CallContext& cx, Args args, Outs outs)
{
    Value a = TRY(check_any(cx, args[0], false));
    Dims d = a.dims();
    if (!d.is_matrix())
        return cx.error("MATLAB:diag:firstInputMustBe2D", "First input must be 2-D.");
    long long k = 0;
    if (args.size() > 1)
        k = static_cast<long long>(TRY(int_scalar(cx, args[1], "MATLAB:diag:kthDiagInputNotInteger", "K-th diagonal input must be an integer scalar.")));
    size_t ak = static_cast<size_t>(k < 0 ? -k : k);
    size_t row0 = k < 0 ? ak : 0, col0 = k > 0 ? ak : 0; // where the k-th diagonal starts
    if (d.rows() == 0 && d.cols() == 0 && k == 0) {
        outs[0] = a;
        return {};
    }
    if (d.is_vector()) {
        size_t n = d.numel(), m = n + ak;
        outs[0] = rearrange(a, Dims(m, m), [&](auto const* src, auto* dst) {
            using T = std::remove_cv_t<std::remove_pointer_t<decltype(dst)>>;
            std::fill(dst, dst + m * m, T {});
            for (size_t i = 0; i < n; ++i)
                dst[(row0 + i) + (col0 + i) * m] = src[i];
        });
        return {};
    }
    size_t r = d.rows(), c = d.cols();
    size_t len = (row0 < r && col0 < c) ? std::min(r - row0, c - col0) : 0;
    outs[0] = rearrange(a, Dims(len, 1), [&](auto const* src, auto* dst) {
        for (size_t i = 0; i < len; ++i)
            dst[i] = src[(row0 + i) + (col0 + i) * r];
    });
    return {};
}

// ---------------------------------------------------------------------------------------------
// meshgrid(x, y, z) and ndgrid(x1, ..., xn): grids whose k-th output varies along one
// dimension with the elements of the k-th vector (each output keeps its vector's class).
// meshgrid's first output varies along columns (dimension 2), its second along rows.

// The output of shape `sizes` that takes vector v's elements along dimension `along`.
Value grid_output(Value const& v, std::vector<size_t> const& sizes, size_t along)
{
    GatherMap m;
    for (size_t k = 0; k < sizes.size(); ++k) {
        std::vector<size_t> o(sizes[k], 0);
        if (k == along)
            std::iota(o.begin(), o.end(), size_t(0));
        m.offs.push_back(std::move(o));
    }
    return apply(v, m);
}

VoidResult meshgrid_builtin(CallContext& cx, Args args, Outs outs)
{
    size_t nout = outs.size();
    if (args.size() == 2 && nout > 2)
        return cx.error("MATLAB:meshgrid:NotEnoughInputs", "Not enough input arguments.");
    if (nout > 3)
        return cx.error("MATLAB:TooManyOutputs", "Too many output arguments.");
    for (Value const& v : args)
        TRY(check_any(cx, v, true));
    bool three = args.size() == 3 || nout == 3;
    Value const& x = args[0];
    Value const& y = args.size() > 1 ? args[1] : args[0];
    Value const& z = args.size() > 2 ? args[2] : args[0];
    std::vector<size_t> sizes { y.numel(), x.numel() };
    if (three)
        sizes.push_back(z.numel());
    outs[0] = grid_output(x, sizes, 1);
    if (nout > 1)
        outs[1] = grid_output(y, sizes, 0);
    if (nout > 2)
        outs[2] = grid_output(z, sizes, 2);
    return {};
}

VoidResult ndgrid_builtin(CallContext& cx, Args args, Outs outs)
{
    size_t nout = outs.size();
    for (Value const& v : args)
        TRY(check_any(cx, v, true));
    size_t n = args.size() == 1 ? nout : args.size();
    if (nout > n)
        return cx.error("MATLAB:TooManyOutputs", "Too many output arguments.");
    auto vec = [&](size_t k) -> Value const& { return args.size() == 1 ? args[0] : args[k]; };
    std::vector<size_t> sizes;
    for (size_t k = 0; k < n; ++k)
        sizes.push_back(vec(k).numel());
    if (n == 1)
        sizes.push_back(1); // one vector: a column
    for (size_t k = 0; k < nout; ++k)
        outs[k] = grid_output(vec(k), sizes, k);
    return {};
}

} // namespace

void register_array_shape_builtins(BuiltinTable& t)
{
    t.add({ .name = "flip", .fn = flip_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    t.add({ .name = "fliplr", .fn = fliplr_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "flipud", .fn = flipud_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "circshift", .fn = circshift_builtin, .min_in = 2, .max_in = 3, .max_out = 1 });
    t.add({ .name = "rot90", .fn = rot90_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    t.add({ .name = "permute", .fn = permute_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    t.add({ .name = "ipermute", .fn = ipermute_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    t.add({ .name = "squeeze", .fn = squeeze_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "triu", .fn = triu_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    t.add({ .name = "tril", .fn = tril_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    t.add({ .name = "diag", .fn = diag_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    t.add({ .name = "meshgrid", .fn = meshgrid_builtin, .min_in = 1, .max_in = 3, .max_out = 3 });
    t.add({ .name = "ndgrid", .fn = ndgrid_builtin, .min_in = 1, .max_in = -1, .max_out = -1 });
}

} // namespace runmat::runtime::arrays
