// Array builtins: the shared storage plumbing (alloc_like, finish), registration of the
// arrays*.cpp family, and diff sub2ind ind2sub nnz cummax cummin sortrows issorted.
// Element loops are templates over the element type (double, single, integers, logical,
// char), picked by a switch on ClassId; nothing here knows the VM.
#include "runtime/builtins/arrays_common.hpp"
#include <cmath>
#include <limits>
#include <numeric>

namespace runmat::runtime {

namespace arrays {

Value alloc_like(Value const& proto, Dims d, bool complex)
{
    switch (proto.class_id()) {
    case ClassId::Double: {
        auto a = make_ref<DoubleArray>(d);
        if (complex)
            a->make_complex();
        return Value::object(std::move(a));
    }
    case ClassId::Single: return Value::object(make_ref<SingleArray>(d));
    case ClassId::Logical: return Value::object(make_ref<LogicalArray>(d));
    case ClassId::Char: return Value::object(make_ref<CharArray>(d));
    case ClassId::Cell: return Value::object(make_ref<CellArray>(d));
    default: break;
    }
    return visit_int_class(proto.class_id(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        return Value::object(make_ref<IntArray<T>>(d));
    });
}

Value finish(Value v)
{
    if (auto* d = v.as_double_array(); d && d->is_complex()) {
        double const* im = d->imag();
        if (std::all_of(im, im + d->numel(), [](double x) { return x == 0.0; }))
            d->make_real();
    }
    return std::move(v).normalized();
}

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// ---------------------------------------------------------------------------------------------
// diff: Y = diff(X, n, dim). Without dim, each of the n differences runs along the first
// non-singleton dimension of its input (diff(X, 2) is diff(diff(X))); with dim, the length
// along dim shrinks by n (to no less than 0). Double, logical and char give double.

template <typename T>
void diff_plane(T const* x, double* y, Slab s, size_t len)
{
    for (size_t l = 0; l < s.after; ++l)
        for (size_t j = 0; j < len; ++j) {
            double* out = y + s.before * (j + len * l);
            T const* lo = x + s.at(0, j, l);
            T const* hi = x + s.at(0, j + 1, l);
            for (size_t i = 0; i < s.before; ++i)
                out[i] = static_cast<double>(hi[i]) - static_cast<double>(lo[i]);
        }
}

Value diff_once(Value const& x, size_t dim)
{
    Dims in = x.dims();
    Slab s = slab_for(in, dim);
    size_t len = s.len ? s.len - 1 : 0;
    auto y = new_double(with_dim(in, dim, len));
    visit_elements(x, [&](auto const* p, size_t, Dims const&) { diff_plane(p, y->data(), s, len); });
    if (auto* dx = x.as_double_array(); dx && dx->is_complex()) {
        y->make_complex();
        diff_plane(static_cast<double const*>(dx->imag()), y->imag(), s, len);
    }
    return finish(Value::object(std::move(y)));
}

// Differences are computed in double; single and integer inputs convert back (integers
// saturate, as MATLAB's integer subtraction does). Logical and char give double.
Result<Value> diff_result(Value const& y, ClassId input)
{
    bool keep = input == ClassId::Single || is_integer_class(input);
    if (keep)
        return convert_class(y, input);
    if (y.class_id() != ClassId::Double)
        return convert_class(y, ClassId::Double);
    return y;
}

VoidResult diff_builtin(CallContext& cx, Args args, Outs outs)
{
    Value x = args[0];
    ClassId c = x.class_id();
    if (!is_number_like(c))
        return undefined_for(cx, x);
    if (is_int64_class(c)) // differences of 64-bit integers need exact integer arithmetic
        return cx.error("RunMat:notImplemented", "diff of " + std::string(class_name(c)) + " arrays is not supported yet.");
    double n = 1;
    if (args.size() >= 2 && !args[1].is_empty()) {
        auto v = read_doubles(args[1]);
        if (!v || v->size() != 1 || !((*v)[0] >= 0) || (*v)[0] != std::floor((*v)[0]) || std::isinf((*v)[0]))
            return cx.error("MATLAB:diff:differenceOrderMustBePositiveInteger", "Difference order N must be a positive integer scalar.");
        n = (*v)[0];
    }
    std::optional<size_t> dim;
    if (args.size() >= 3)
        dim = TRY(dim_arg(cx, args[2]));
    if (n == 0) {
        outs[0] = TRY(diff_result(x, c));
        return {};
    }
    if (dim) {
        Dims d = x.dims();
        if (n >= static_cast<double>(d[*dim])) {
            outs[0] = TRY(diff_result(make_double(new_double(with_dim(d, *dim, 0))), c));
            return {};
        }
        for (double k = 0; k < n; ++k)
            x = diff_once(x, *dim);
        outs[0] = TRY(diff_result(x, c));
        return {};
    }
    for (double k = 0; k < n; ++k) {
        if (x.dims().is_scalar() || (x.dims().ndims() == 2 && x.dims().rows() == 0 && x.dims().cols() == 0)) {
            x = Value::empty(); // a scalar or [] has nothing to difference: []
            break;
        }
        x = diff_once(x, first_nonsingleton(x.dims()));
        if (x.is_empty())
            break;
    }
    outs[0] = TRY(diff_result(x, c));
    return {};
}

// ---------------------------------------------------------------------------------------------
// sub2ind / ind2sub. Fewer subscripts than dimensions fold the trailing dimensions into the
// last one; more subscripts than dimensions need the extra ones to be 1.

Result<std::vector<size_t>> size_vector(CallContext const& cx, Value const& v)
{
    auto d = read_doubles(v);
    if (!d || d->size() < 2 || !v.dims().is_vector())
        return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidSize", "Size vector must have at least two elements.");
    std::vector<size_t> out;
    for (double x : *d) {
        if (!(x >= 0) || x != std::floor(x) || std::isinf(x))
            return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidSize", "Size vector must contain nonnegative integers.");
        out.push_back(static_cast<size_t>(x));
    }
    return out;
}

// sz adjusted to n dimensions: padded with 1s, or the tail folded into the last entry.
std::vector<size_t> fold_sizes(std::vector<size_t> sz, size_t n)
{
    if (sz.size() < n)
        sz.resize(n, 1);
    while (sz.size() > n) {
        size_t last = sz.back();
        sz.pop_back();
        sz.back() *= last;
    }
    return sz;
}

VoidResult sub2ind_builtin(CallContext& cx, Args args, Outs outs)
{
    auto sz = fold_sizes(TRY(size_vector(cx, args[0])), args.size() - 1);
    Dims shape = args[1].dims();
    std::vector<std::vector<double>> subs;
    for (size_t k = 1; k < args.size(); ++k) {
        auto v = read_doubles(args[k]);
        if (!v)
            return cx.error("MATLAB:sub2ind:InvalidSubscript", "Subscript indices must either be real positive integers or logicals.");
        if (args[k].dims() != shape)
            return cx.error("MATLAB:sub2ind:SubscriptVectorSize", "The subscript vectors must all be of the same size.");
        subs.push_back(std::move(*v));
    }
    auto out = new_double(shape);
    for (size_t i = 0; i < shape.numel(); ++i) {
        double ind = 0, stride = 1;
        for (size_t k = 0; k < subs.size(); ++k) {
            double s = subs[k][i];
            if (!(s >= 1) || s > static_cast<double>(sz[k]))
                return cx.error("MATLAB:sub2ind:IndexOutOfRange", "Out of range subscript.");
            if (s != std::floor(s))
                return cx.error("MATLAB:sub2ind:InvalidSubscript", "Subscript indices must either be real positive integers or logicals.");
            ind += (s - 1) * stride;
            stride *= static_cast<double>(sz[k]);
        }
        out->data()[i] = ind + 1;
    }
    outs[0] = make_double(std::move(out));
    return {};
}

VoidResult ind2sub_builtin(CallContext& cx, Args args, Outs outs)
{
    size_t nout = outs.size();
    auto sz = fold_sizes(TRY(size_vector(cx, args[0])), nout);
    auto ind = read_doubles(args[1]);
    if (!ind)
        return cx.error("MATLAB:ind2sub:InvalidIndex", "Index must be a real number.");
    double total = 1;
    for (size_t s : sz)
        total *= static_cast<double>(s);
    Dims shape = args[1].dims();
    std::vector<Ref<DoubleArray>> subs;
    for (size_t k = 0; k < nout; ++k)
        subs.push_back(new_double(shape));
    for (size_t i = 0; i < ind->size(); ++i) {
        double x = (*ind)[i];
        if (!(x >= 1) || x > total || x != std::floor(x))
            return cx.error("MATLAB:ind2sub:IndexOutOfRange", "Index out of range.");
        double r = x - 1;
        for (size_t k = 0; k < nout; ++k) {
            double ext = static_cast<double>(sz[k]);
            double q = k + 1 < nout ? std::floor(r / ext) : 0;
            subs[k]->data()[i] = (k + 1 < nout ? r - q * ext : r) + 1;
            r = q;
        }
    }
    for (size_t k = 0; k < nout; ++k)
        outs[k] = make_double(std::move(subs[k]));
    return {};
}

// ---------------------------------------------------------------------------------------------
// nnz: the number of nonzero elements (NaN counts: it is not zero).

VoidResult nnz_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& x = args[0];
    double count = 0;
    bool ok = visit_elements(x, [&](auto const* p, size_t n, Dims const&) {
        for (size_t i = 0; i < n; ++i)
            count += p[i] != 0;
    });
    if (!ok)
        return undefined_for(cx, x);
    if (auto* d = x.as_double_array(); d && d->is_complex()) {
        count = 0;
        for (size_t i = 0; i < d->numel(); ++i)
            count += d->data()[i] != 0 || d->imag()[i] != 0;
    }
    outs[0] = Value::scalar(count);
    return {};
}

// ---------------------------------------------------------------------------------------------
// cummax / cummin: M = cummax(A, dim, 'forward'|'reverse', 'omitnan'|'includenan'). The class
// is kept. By default NaNs are skipped (an output is NaN only until the first number);
// 'includenan' makes every output from the first NaN on NaN.

struct CumOpts {
    std::optional<size_t> dim;
    bool reverse = false;
    bool includenan = false;
};

Result<CumOpts> parse_cum_opts(CallContext const& cx, Args rest)
{
    CumOpts o;
    for (Value const& a : rest) {
        if (auto t = option_text(a)) {
            if (*t == "reverse" || *t == "forward")
                o.reverse = *t == "reverse";
            else if (*t == "includenan" || *t == "includemissing" || *t == "omitnan" || *t == "omitmissing")
                o.includenan = t->rfind("include", 0) == 0;
            else
                return cx.error("MATLAB:" + std::string(cx.name) + ":unknownFlag", "Invalid option '" + *t + "'.");
            continue;
        }
        if (o.dim)
            return bad_dim(cx);
        o.dim = TRY(dim_arg(cx, a));
    }
    return o;
}

template <typename T>
void cum_extreme(T const* x, T* y, Slab s, bool want_max, CumOpts const& o)
{
    for (size_t l = 0; l < s.after; ++l)
        for (size_t i = 0; i < s.before; ++i) {
            bool have = false, poisoned = false;
            T acc {}, nan_seen {};
            for (size_t jj = 0; jj < s.len; ++jj) {
                size_t p = s.at(i, o.reverse ? s.len - 1 - jj : jj, l);
                T v = x[p];
                if (v != v) {
                    if (o.includenan && !poisoned)
                        poisoned = true, nan_seen = v;
                } else if (!have || (want_max ? v > acc : v < acc)) {
                    acc = v, have = true;
                }
                y[p] = poisoned ? nan_seen : (have ? acc : v); // !have: only NaNs so far, v is one
            }
        }
}

VoidResult cumext_builtin(CallContext& cx, Args args, Outs outs, bool want_max)
{
    Value const& x = args[0];
    CumOpts o = TRY(parse_cum_opts(cx, args.subspan(1)));
    ClassId c = x.class_id();
    if (!is_numeric_class(c) && c != ClassId::Logical)
        return undefined_for(cx, x);
    if (auto* d = x.as_double_array(); d && d->is_complex())
        return cx.error("RunMat:notImplemented", std::string(cx.name) + " of complex arrays is not supported yet.");
    size_t dim = o.dim ? *o.dim : first_nonsingleton(x.dims());
    Slab s = dim < x.dims().ndims() ? slab_for(x.dims(), dim) : Slab { x.numel(), 1, 1 };
    outs[0] = rearrange(x, x.dims(), [&](auto const* src, auto* dst) { cum_extreme(src, dst, s, want_max, o); });
    return {};
}

VoidResult cummax_builtin(CallContext& cx, Args args, Outs outs) { return cumext_builtin(cx, args, outs, true); }
VoidResult cummin_builtin(CallContext& cx, Args args, Outs outs) { return cumext_builtin(cx, args, outs, false); }

// ---------------------------------------------------------------------------------------------
// sortrows: [B, I] = sortrows(A, column, direction). `column` lists the columns that decide
// the order (negative: descending); ties keep their order (stable). Ascending puts NaN last,
// descending first, as sort does.

// -1, 0, 1 with NaN above every number.
template <typename T>
int cmp_nan_high(T a, T b)
{
    bool na = a != a, nb = b != b;
    if (na || nb)
        return na == nb ? 0 : (na ? 1 : -1);
    return a < b ? -1 : (b < a ? 1 : 0);
}

struct ColKey {
    size_t col;
    bool descend;
};

Result<std::vector<ColKey>> sortrows_columns(CallContext const& cx, Args rest, size_t ncols)
{
    std::vector<ColKey> keys;
    bool descend_all = false, have_cols = false;
    for (Value const& a : rest) {
        if (auto t = option_text(a)) {
            if (*t != "ascend" && *t != "descend")
                return cx.error("MATLAB:sortrows:unrecognizedStringChoice", "Sorting direction must be 'ascend' or 'descend'.");
            descend_all = *t == "descend";
            continue;
        }
        auto v = read_doubles(a);
        if (!v || have_cols)
            return cx.error("MATLAB:sortrows:COLmismatch", "Column sorting vector must contain integers with absolute value between 1 and the number of columns in the first argument.");
        have_cols = true;
        for (double c : *v) {
            if (c == 0 || c != std::floor(c) || std::fabs(c) > static_cast<double>(ncols))
                return cx.error("MATLAB:sortrows:COLmismatch", "Column sorting vector must contain integers with absolute value between 1 and the number of columns in the first argument.");
            keys.push_back({ static_cast<size_t>(std::fabs(c)) - 1, c < 0 });
        }
    }
    if (!have_cols)
        for (size_t c = 0; c < ncols; ++c)
            keys.push_back({ c, false });
    if (descend_all)
        for (auto& k : keys)
            k.descend = !k.descend;
    return keys;
}

template <typename T>
std::vector<size_t> sortrows_order(T const* x, size_t nrows, std::vector<ColKey> const& keys)
{
    std::vector<size_t> order(nrows);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        for (ColKey const& k : keys) {
            int c = cmp_nan_high(x[a + k.col * nrows], x[b + k.col * nrows]);
            if (c != 0)
                return k.descend ? c > 0 : c < 0;
        }
        return false;
    });
    return order;
}

VoidResult sortrows_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& a = args[0];
    if (!is_data_class(a.class_id()))
        return a.class_id() == ClassId::Cell ? cx.error("RunMat:notImplemented", "sortrows of cell arrays is not supported yet.") : undefined_for(cx, a);
    if (auto* d = a.as_double_array(); d && d->is_complex())
        return cx.error("RunMat:notImplemented", "sortrows of complex arrays is not supported yet.");
    Dims d = a.dims();
    if (!d.is_matrix())
        return cx.error("MATLAB:sortrows:inputDimensionMismatch", "A must be a 2-D matrix.");
    auto keys = TRY(sortrows_columns(cx, args.subspan(1), d.cols()));
    std::vector<size_t> order;
    visit_elements(a, [&](auto const* p, size_t, Dims const&) { order = sortrows_order(p, d.rows(), keys); });
    size_t nr = d.rows();
    outs[0] = rearrange(a, d, [&](auto const* src, auto* dst) {
        for (size_t c = 0; c < d.cols(); ++c)
            for (size_t r = 0; r < nr; ++r)
                dst[r + c * nr] = src[order[r] + c * nr];
    });
    if (cx.nargout >= 2)
        outs[1] = index_vector(order);
    return {};
}

// ---------------------------------------------------------------------------------------------
// issorted: TF = issorted(A, dim, direction) / issorted(A, 'rows', direction). A vector is
// checked along its length, other arrays along each slice of dim (default: the first
// non-singleton dimension). Directions: 'ascend' (NaN last), 'descend' (NaN first),
// 'monotonic', and their 'strict' forms (no equal neighbours).

enum class Direction : uint8_t { Ascend, Descend, Monotonic };

struct SortedOpts {
    std::optional<size_t> dim;
    bool rows = false;
    Direction dir = Direction::Ascend;
    bool strict = false;
};

Result<SortedOpts> parse_sorted_opts(CallContext const& cx, Args rest)
{
    SortedOpts o;
    for (Value const& a : rest) {
        auto t = option_text(a);
        if (!t) {
            o.dim = TRY(dim_arg(cx, a));
            continue;
        }
        std::string w = *t;
        if (w == "rows") {
            o.rows = true;
            continue;
        }
        o.strict = w.rfind("strict", 0) == 0;
        if (o.strict)
            w = w.substr(6);
        if (w == "ascend")
            o.dir = Direction::Ascend;
        else if (w == "descend")
            o.dir = Direction::Descend;
        else if (w == "monotonic")
            o.dir = Direction::Monotonic;
        else
            return cx.error("MATLAB:issorted:UnknownOption", "Invalid option '" + *t + "'.");
    }
    return o;
}

// Whether cmp(k) (the comparison of neighbours k-1 and k, for k in [1, n)) fits the direction.
template <typename Cmp>
bool sequence_sorted(size_t n, Direction dir, bool strict, Cmp cmp)
{
    auto check = [&](int sign) {
        for (size_t k = 1; k < n; ++k) {
            int c = cmp(k) * sign;
            if (c > 0 || (strict && c == 0))
                return false;
        }
        return true;
    };
    if (dir == Direction::Ascend)
        return check(1);
    if (dir == Direction::Descend)
        return check(-1);
    return check(1) || check(-1);
}

VoidResult issorted_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& a = args[0];
    if (!is_data_class(a.class_id()))
        return undefined_for(cx, a);
    if (auto* d = a.as_double_array(); d && d->is_complex())
        return cx.error("RunMat:notImplemented", "issorted of complex arrays is not supported yet.");
    SortedOpts o = TRY(parse_sorted_opts(cx, args.subspan(1)));
    Dims d = a.dims();
    bool sorted = true;
    visit_elements(a, [&](auto const* p, size_t, Dims const&) {
        if (o.rows) {
            size_t nr = d.rows(), nc = d.numel() / std::max<size_t>(nr, 1);
            sorted = sequence_sorted(nr, o.dir, o.strict, [&](size_t k) {
                for (size_t c = 0; c < nc; ++c)
                    if (int r = cmp_nan_high(p[k - 1 + c * nr], p[k + c * nr]))
                        return r;
                return 0;
            });
            return;
        }
        size_t dim = o.dim ? *o.dim : first_nonsingleton(d);
        Slab s = dim < d.ndims() ? slab_for(d, dim) : Slab { d.numel(), 1, 1 };
        for (size_t l = 0; l < s.after && sorted; ++l)
            for (size_t i = 0; i < s.before && sorted; ++i)
                sorted = sequence_sorted(s.len, o.dir, o.strict, [&](size_t k) { return cmp_nan_high(p[s.at(i, k - 1, l)], p[s.at(i, k, l)]); });
    });
    outs[0] = Value::logical(sorted);
    return {};
}

} // namespace

} // namespace arrays

void register_array_builtins(BuiltinTable& t)
{
    using namespace arrays;
    register_array_set_builtins(t);
    register_array_hist_builtins(t);
    register_array_shape_builtins(t);
    register_array_radix_builtins(t);
    t.add({ .name = "diff", .fn = diff_builtin, .min_in = 1, .max_in = 3, .max_out = 1 });
    t.add({ .name = "sub2ind", .fn = sub2ind_builtin, .min_in = 2, .max_in = -1, .max_out = 1 });
    t.add({ .name = "ind2sub", .fn = ind2sub_builtin, .min_in = 2, .max_in = 2, .max_out = -1 });
    t.add({ .name = "nnz", .fn = nnz_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "cummax", .fn = cummax_builtin, .min_in = 1, .max_in = 4, .max_out = 1 });
    t.add({ .name = "cummin", .fn = cummin_builtin, .min_in = 1, .max_in = 4, .max_out = 1 });
    t.add({ .name = "sortrows", .fn = sortrows_builtin, .min_in = 1, .max_in = 3, .max_out = 2 });
    t.add({ .name = "issorted", .fn = issorted_builtin, .min_in = 1, .max_in = 3, .max_out = 1 });
}

} // namespace runmat::runtime
