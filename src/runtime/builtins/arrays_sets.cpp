// Set operations on numeric, logical and char arrays: unique ismember union intersect setdiff.
// One engine serves them all: the (key, position) pairs of the operands' concatenation
// [A(:); B(:)] (or of their rows) are sorted once and split into groups of equal keys; every
// output is read off the groups. NaN never equals anything, so each NaN is its own group.
// Knows nothing of the VM.
#include "runtime/builtins/arrays_common.hpp"
#include <cmath>
#include <numeric>

namespace runmat::runtime::arrays {

namespace {

// ---------------------------------------------------------------------------------------------
// Keys and their order (MATLAB's sort order: ascending, NaN last; complex numbers by
// magnitude, then phase angle in (-pi, pi]).

struct ComplexKey {
    double abs, arg, re, im;
};

template <typename K>
bool key_nan(K const& k)
{
    if constexpr (std::is_same_v<K, ComplexKey>)
        return k.re != k.re || k.im != k.im;
    else if constexpr (std::is_floating_point_v<K>)
        return k != k;
    else
        return false;
}

template <typename K>
bool key_less(K const& a, K const& b)
{
    if constexpr (std::is_same_v<K, ComplexKey>)
        return a.abs < b.abs || (a.abs == b.abs && a.arg < b.arg);
    else
        return a < b;
}

template <typename K>
bool key_eq(K const& a, K const& b)
{
    if constexpr (std::is_same_v<K, ComplexKey>)
        return a.re == b.re && a.im == b.im;
    else
        return a == b;
}

// -1, 0, 1 in sort order with NaNs tied with each other, after every number.
template <typename K>
int key_cmp(K const& a, K const& b)
{
    bool na = key_nan(a), nb = key_nan(b);
    if (na || nb)
        return na == nb ? 0 : (na ? 1 : -1);
    return key_less(a, b) ? -1 : key_less(b, a) ? 1 : 0;
}

// The sorted positions of the concatenation, split into groups of equal keys. Within a group
// positions ascend, so a group's first A position is its first entry when that is < na.
struct Groups {
    std::vector<size_t> order;  // positions in sorted order
    std::vector<size_t> bounds; // group g is order[bounds[g] .. bounds[g + 1])
    size_t count() const { return bounds.empty() ? 0 : bounds.size() - 1; }
    size_t first(size_t g) const { return order[bounds[g]]; }
    size_t last(size_t g) const { return order[bounds[g + 1] - 1]; }
};

template <typename K>
Groups group_elements(std::vector<K> const& keys)
{
    struct Item {
        K key;
        size_t pos;
    };
    // NaNs sort last, each its own group, in position order: set them aside so the sort
    // compares plain keys.
    std::vector<Item> items;
    std::vector<size_t> nans;
    items.reserve(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        if (key_nan(keys[i]))
            nans.push_back(i);
        else
            items.push_back({ keys[i], i });
    }
    std::sort(items.begin(), items.end(), [](Item const& x, Item const& y) {
        return key_less(x.key, y.key) || (!key_less(y.key, x.key) && x.pos < y.pos);
    });
    Groups g;
    g.order.resize(keys.size());
    g.bounds.reserve(keys.size() + 1);
    for (size_t i = 0; i < items.size(); ++i) {
        g.order[i] = items[i].pos;
        if (i == 0 || !key_eq(items[i - 1].key, items[i].key))
            g.bounds.push_back(i);
    }
    for (size_t k = 0; k < nans.size(); ++k) {
        g.order[items.size() + k] = nans[k];
        g.bounds.push_back(items.size() + k);
    }
    g.bounds.push_back(keys.size());
    return g;
}

// Rows: keys row-major (row r is keys[r * nc .. r * nc + nc)); rows compare lexicographically.
template <typename K>
Groups group_rows(std::vector<K> const& keys, size_t nrows, size_t nc)
{
    Groups g;
    g.order.resize(nrows);
    std::iota(g.order.begin(), g.order.end(), size_t(0));
    K const* k = keys.data();
    std::sort(g.order.begin(), g.order.end(), [k, nc](size_t x, size_t y) {
        for (size_t c = 0; c < nc; ++c)
            if (int r = key_cmp(k[x * nc + c], k[y * nc + c]))
                return r < 0;
        return x < y;
    });
    auto same = [k, nc](size_t x, size_t y) {
        for (size_t c = 0; c < nc; ++c)
            if (key_nan(k[x * nc + c]) || !key_eq(k[x * nc + c], k[y * nc + c]))
                return false;
        return true;
    };
    for (size_t i = 0; i < nrows; ++i)
        if (i == 0 || !same(g.order[i - 1], g.order[i]))
            g.bounds.push_back(i);
    g.bounds.push_back(nrows);
    return g;
}

bool is_complex_value(Value const& v)
{
    auto* d = v.as_double_array();
    return d && d->is_complex();
}

// Keys of the concatenation of a and b (same class): elements, or rows (row-major) when
// `rows` (a and b then have the same column count).
template <typename T>
std::vector<T> concat_keys(T const* pa, Dims const& da, T const* pb, Dims const& db, bool rows)
{
    size_t na = da.numel(), nb = db.numel();
    std::vector<T> keys(na + nb);
    if (!rows) {
        std::copy(pa, pa + na, keys.begin());
        std::copy(pb, pb + nb, keys.begin() + static_cast<std::ptrdiff_t>(na));
        return keys;
    }
    size_t nc = da.cols(), ra = da.rows(), rb = db.rows();
    for (size_t c = 0; c < nc; ++c) {
        for (size_t r = 0; r < ra; ++r)
            keys[r * nc + c] = pa[r + c * ra];
        for (size_t r = 0; r < rb; ++r)
            keys[(ra + r) * nc + c] = pb[r + c * rb];
    }
    return keys;
}

template <typename K>
Groups group_keys(std::vector<K> const& keys, size_t nrows, size_t nc, bool rows)
{
    return rows ? group_rows(keys, nrows, nc) : group_elements(keys);
}

// The real or imaginary parts of a boxed double array (zeros for the imaginary part of a
// real one).
std::vector<double> plane(Value const& v, bool imag)
{
    auto* d = v.as_double_array();
    if (imag && !d->is_complex())
        return std::vector<double>(d->numel(), 0.0);
    double const* p = imag ? d->imag() : d->data();
    return std::vector<double>(p, p + d->numel());
}

// f(keys) with the typed keys of the concatenation [a; b] (a and b of one class): complex
// keys when either is complex, else the element type itself.
template <typename F>
void with_keys(Value const& a_in, Value const& b_in, bool rows, F&& f)
{
    Value a = a_in.boxed(), b = b_in.boxed();
    Dims da = a.dims(), db = b.dims();
    if (is_complex_value(a) || is_complex_value(b)) {
        auto re = concat_keys(plane(a, false).data(), da, plane(b, false).data(), db, rows);
        auto im = concat_keys(plane(a, true).data(), da, plane(b, true).data(), db, rows);
        std::vector<ComplexKey> keys(re.size());
        for (size_t i = 0; i < re.size(); ++i)
            keys[i] = { std::hypot(re[i], im[i]), std::atan2(im[i], re[i]), re[i], im[i] };
        f(keys);
        return;
    }
    visit_array(a.obj(), [&](auto* arr) {
        using A = std::remove_pointer_t<decltype(arr)>;
        auto const* brr = static_cast<A const*>(b.obj());
        f(concat_keys(static_cast<A const*>(arr)->data(), da, brr->data(), db, rows));
    });
}

// Groups of [a; b] (a and b of one class).
Groups group_values(Value const& a, Value const& b, bool rows)
{
    size_t nrows = a.dims().rows() + b.dims().rows(), nc = a.dims().cols();
    Groups g;
    with_keys(a, b, rows, [&](auto const& keys) { g = group_keys(keys, nrows, nc, rows); });
    return g;
}

// An output of a's class holding the elements (or rows, when `rows`) of [a; b] at positions
// pos, with shape d (elements) or pos.size() x cols (rows).
Value gather_cat(Value const& a_in, Value const& b_in, std::vector<size_t> const& pos, Dims d, bool rows)
{
    Value a = a_in.boxed(), b = b_in.boxed();
    Dims da = a.dims(), db = b.dims();
    size_t na = rows ? da.rows() : da.numel();
    size_t ra = da.rows(), rb = db.rows(), nc = da.cols();
    bool cplx = is_complex_value(a) || is_complex_value(b);
    Value dst = alloc_like(a, d, cplx);
    auto copy = [&](auto const* pa, auto const* pb, auto* out) {
        size_t n = pos.size();
        if (!rows) {
            for (size_t k = 0; k < n; ++k)
                out[k] = pos[k] < na ? pa[pos[k]] : pb[pos[k] - na];
            return;
        }
        for (size_t c = 0; c < nc; ++c)
            for (size_t k = 0; k < n; ++k)
                out[k + c * n] = pos[k] < na ? pa[pos[k] + c * ra] : pb[pos[k] - na + c * rb];
    };
    visit_array(a.obj(), [&](auto* arr) {
        using A = std::remove_pointer_t<decltype(arr)>;
        auto* out = static_cast<A*>(dst.obj());
        auto const* brr = static_cast<A const*>(b.obj());
        copy(static_cast<A const*>(arr)->data(), brr->data(), out->data());
        if constexpr (std::is_same_v<A, DoubleArray>) {
            if (!cplx)
                return;
            Buffer<double> za(arr->is_complex() ? 0 : arr->numel(), 0.0), zb(brr->is_complex() ? 0 : brr->numel(), 0.0);
            double const* ia = arr->is_complex() ? static_cast<A const*>(arr)->imag() : za.data();
            double const* ib = brr->is_complex() ? brr->imag() : zb.data();
            copy(ia, ib, out->imag());
        }
    });
    return finish(std::move(dst));
}

// ---------------------------------------------------------------------------------------------
// Arguments

struct SetOpts {
    bool rows = false;
    bool stable = false;
    bool last = false;
};

RuntimeError upper_id_error(CallContext const& cx, std::string const& what, std::string msg)
{
    std::string up(cx.name);
    for (auto& c : up)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return cx.error("MATLAB:" + up + ":" + what, std::move(msg));
}

// Flags: 'rows', 'sorted'/'stable' (when `orders`), 'first'/'last' (when `occurrence`).
Result<SetOpts> parse_set_opts(CallContext const& cx, Args flags, bool orders, bool occurrence)
{
    SetOpts o;
    int order_seen = 0, occ_seen = 0;
    for (Value const& f : flags) {
        auto t = option_text(f);
        if (!t)
            return upper_id_error(cx, "UnknownInput", "Invalid input. Options must be character vectors.");
        if (*t == "rows")
            o.rows = true;
        else if (orders && (*t == "sorted" || *t == "stable"))
            o.stable = *t == "stable", ++order_seen;
        else if (occurrence && (*t == "first" || *t == "last"))
            o.last = *t == "last", ++occ_seen;
        else if (*t == "legacy" || *t == "r2012a")
            return cx.error("RunMat:notImplemented", "The '" + *t + "' flag of " + std::string(cx.name) + " is not supported.");
        else
            return upper_id_error(cx, "UnknownFlag", "Unknown flag '" + *t + "'.");
        if (order_seen > 1 || occ_seen > 1)
            return upper_id_error(cx, "RepeatedFlag", "You cannot specify more than one value for the same option.");
    }
    return o;
}

Result<Value> check_data(CallContext const& cx, Value const& v)
{
    if (v.class_id() == ClassId::Cell)
        return cx.error("RunMat:notImplemented", std::string(cx.name) + " of cell arrays is not supported yet.");
    if (!is_data_class(v.class_id()))
        return undefined_for(cx, v);
    return v;
}

// The class two set operands are compared in: equal classes stay; double combines with any
// other class (integers and single win, char and logical become double).
Result<ClassId> common_class(CallContext const& cx, ClassId a, ClassId b)
{
    if (a == b)
        return a;
    auto weak = [](ClassId c) { return c == ClassId::Double || c == ClassId::Logical || c == ClassId::Char; };
    if (weak(a) && weak(b))
        return ClassId::Double;
    if (a == ClassId::Double && is_numeric_class(b))
        return b;
    if (b == ClassId::Double && is_numeric_class(a))
        return a;
    return upper_id_error(cx, "InputClass", "Inputs must be of the same class, or one of them must be double.");
}

Result<Value> as_class(Value const& v, ClassId c)
{
    if (v.class_id() == c)
        return v;
    return convert_class(v, c);
}

// Both operands checked, converted to their common class.
Result<std::pair<Value, Value>> set_operands(CallContext const& cx, Value const& a, Value const& b, bool rows)
{
    TRY(check_data(cx, a));
    TRY(check_data(cx, b));
    if (rows) {
        if (!a.dims().is_matrix() || !b.dims().is_matrix())
            return upper_id_error(cx, "NotAMatrix", "Inputs must be 2-D matrices when 'rows' is specified.");
        if (a.dims().cols() != b.dims().cols() && !a.is_empty() && !b.is_empty())
            return upper_id_error(cx, "AandBColnumAgree", "A and B must have the same number of columns.");
    }
    ClassId c = TRY(common_class(cx, a.class_id(), b.class_id()));
    Value ca = TRY(as_class(a, c));
    Value cb = TRY(as_class(b, c));
    return std::make_pair(std::move(ca), std::move(cb));
}

// An empty operand of v's class, shaped so that it has v's column count (rows mode).
Value empty_like(Value const& v)
{
    return finish(alloc_like(v.boxed(), Dims(0, v.dims().cols()), false));
}

// For 'rows' with one empty operand, MATLAB compares nothing from it; give it the other's
// column count so the row engine sees one width.
Value fit_columns(Value const& v, Value const& other)
{
    if (v.is_empty() && v.dims().cols() != other.dims().cols())
        return finish(alloc_like(v.boxed(), Dims(0, other.dims().cols()), false));
    return v;
}

// The shape of a set result of n elements: rows mode n x cols; otherwise a row if `row`.
Dims result_dims(size_t n, bool rows, size_t cols, bool row)
{
    if (rows)
        return Dims(n, cols);
    return row ? Dims(1, n) : Dims(n, 1);
}

// Orders selected groups as their first occurrences in the concatenation ('stable').
void stable_order(std::vector<size_t>& sel, Groups const& g)
{
    std::sort(sel.begin(), sel.end(), [&](size_t x, size_t y) { return g.first(x) < g.first(y); });
}

// ---------------------------------------------------------------------------------------------
// unique: [C, ia, ic] = unique(A, 'rows', 'sorted'|'stable', 'first'|'last').
// C is sorted (or in order of first appearance); a row if A is a row vector, otherwise a
// column (the rows of a matrix with 'rows'). ia and ic are columns with C = A(ia), A = C(ic).

// The common unique(A) of real data with one output: sort a copy of the values and drop
// repeats; no positions to carry.
Value unique_values(Value const& a_in)
{
    Value a = a_in.boxed();
    bool row = a.dims().is_row();
    Value out;
    visit_array(a.obj(), [&](auto* arr) {
        using A = std::remove_pointer_t<decltype(arr)>;
        using T = typename A::Element;
        T const* p = static_cast<A const*>(arr)->data();
        std::vector<T> v(p, p + arr->numel());
        auto nan_begin = std::partition(v.begin(), v.end(), [](T const& x) { return !key_nan(x); });
        std::sort(v.begin(), nan_begin);
        auto end = std::unique(v.begin(), nan_begin);
        end = std::move(nan_begin, v.end(), end); // every NaN is distinct: keep them all
        size_t n = static_cast<size_t>(end - v.begin());
        out = alloc_like(a, row ? Dims(1, n) : Dims(n, 1), false);
        std::copy(v.begin(), end, static_cast<A*>(out.obj())->data());
    });
    return finish(std::move(out));
}

VoidResult unique_builtin(CallContext& cx, Args args, Outs outs)
{
    SetOpts o = TRY(parse_set_opts(cx, args.subspan(1), true, true));
    Value a = TRY(check_data(cx, args[0]));
    if (o.rows && !a.dims().is_matrix())
        return upper_id_error(cx, "ANotAMatrix", "A must be a 2-D matrix when 'rows' is specified.");
    if (cx.nargout <= 1 && !o.rows && !o.stable && !is_complex_value(a)) {
        outs[0] = unique_values(a);
        return {};
    }
    Groups g = group_values(a, empty_like(a), o.rows);
    size_t ng = g.count();
    std::vector<size_t> sel(ng);
    std::iota(sel.begin(), sel.end(), size_t(0));
    if (o.stable)
        stable_order(sel, g);
    std::vector<size_t> ia(ng);
    for (size_t k = 0; k < ng; ++k)
        ia[k] = o.last ? g.last(sel[k]) : g.first(sel[k]);
    bool row = !o.rows && a.dims().is_row();
    outs[0] = gather_cat(a, a, ia, result_dims(ng, o.rows, a.dims().cols(), row), o.rows);
    if (cx.nargout >= 2)
        outs[1] = index_vector(ia);
    if (cx.nargout >= 3) {
        size_t n = g.order.size();
        auto ic = new_double(Dims(n, 1));
        for (size_t k = 0; k < ng; ++k)
            for (size_t i = g.bounds[sel[k]]; i < g.bounds[sel[k] + 1]; ++i)
                ic->data()[g.order[i]] = static_cast<double>(k + 1);
        outs[2] = make_double(std::move(ic));
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// ismember: [tf, loc] = ismember(A, S) / ismember(A, S, 'rows'). tf has A's shape (one entry
// per row with 'rows'); loc holds the lowest index in S of each member, 0 otherwise.

// Element membership by binary search in the sorted S: O((n + m) log m), so a large A against
// a small S costs little. keys = [A(:); S(:)]; writes tf and loc (1-based, lowest index).
template <typename K>
void member_elements(std::vector<K> const& keys, size_t na, uint8_t* tf, double* loc)
{
    struct Item {
        K key;
        size_t pos;
    };
    std::vector<Item> s;
    s.reserve(keys.size() - na);
    for (size_t i = na; i < keys.size(); ++i)
        if (!key_nan(keys[i])) // NaN is never a member
            s.push_back({ keys[i], i - na });
    auto less = [](Item const& x, Item const& y) { return key_less(x.key, y.key) || (!key_less(y.key, x.key) && x.pos < y.pos); };
    std::sort(s.begin(), s.end(), less);
    for (size_t i = 0; i < na; ++i) {
        if (key_nan(keys[i]))
            continue;
        auto it = std::lower_bound(s.begin(), s.end(), keys[i], [](Item const& x, K const& k) { return key_less(x.key, k); });
        if (it != s.end() && key_eq(it->key, keys[i])) {
            tf[i] = 1;
            loc[i] = static_cast<double>(it->pos + 1);
        }
    }
}

VoidResult ismember_builtin(CallContext& cx, Args args, Outs outs)
{
    SetOpts o = TRY(parse_set_opts(cx, args.subspan(2), false, false));
    auto ops = TRY(set_operands(cx, args[0], args[1], o.rows));
    Value a = o.rows ? fit_columns(ops.first, ops.second) : ops.first;
    Value s = o.rows ? fit_columns(ops.second, a) : ops.second;
    size_t na = o.rows ? a.dims().rows() : a.numel();
    Dims d = o.rows ? Dims(na, 1) : args[0].dims();
    auto tf = new_logical(d, 0);
    auto loc = new_double(d, 0.0);
    if (!o.rows) {
        with_keys(a, s, false, [&](auto const& keys) { member_elements(keys, na, tf->data(), loc->data()); });
    } else {
        Groups g = group_values(a, s, true);
        for (size_t k = 0; k < g.count(); ++k) {
            size_t b = g.bounds[k], e = g.bounds[k + 1];
            if (g.order[e - 1] < na) // no row of S in this group
                continue;
            size_t first_s = *std::find_if(g.order.begin() + static_cast<std::ptrdiff_t>(b), g.order.begin() + static_cast<std::ptrdiff_t>(e),
                [na](size_t p) { return p >= na; });
            for (size_t i = b; i < e && g.order[i] < na; ++i) {
                tf->data()[g.order[i]] = 1;
                loc->data()[g.order[i]] = static_cast<double>(first_s - na + 1);
            }
        }
    }
    outs[0] = make_logical(std::move(tf));
    if (cx.nargout >= 2)
        outs[1] = make_double(std::move(loc));
    return {};
}

// ---------------------------------------------------------------------------------------------
// union, intersect, setdiff: [C, ia, ib] = op(A, B, 'rows', 'sorted'|'stable'). ia and ib are
// columns of first occurrences. C is a row when A and B are both rows (setdiff: when A is),
// otherwise a column; with 'rows', a matrix of rows.

enum class SetOp : uint8_t { Union, Intersect, Setdiff };

struct Membership {
    bool in_a = false, in_b = false;
    size_t first_a = 0, first_b = 0; // positions in the concatenation
};

Membership membership(Groups const& g, size_t k, size_t na)
{
    Membership m;
    for (size_t i = g.bounds[k]; i < g.bounds[k + 1]; ++i) {
        size_t p = g.order[i];
        if (p < na && !m.in_a)
            m.in_a = true, m.first_a = p;
        else if (p >= na && !m.in_b)
            m.in_b = true, m.first_b = p;
        if (m.in_b)
            break; // positions ascend: every A entry came first
    }
    return m;
}

VoidResult set_op(CallContext& cx, Args args, Outs outs, SetOp op)
{
    SetOpts o = TRY(parse_set_opts(cx, args.subspan(2), true, false));
    auto ops = TRY(set_operands(cx, args[0], args[1], o.rows));
    Value a = o.rows ? fit_columns(ops.first, ops.second) : ops.first;
    Value b = o.rows ? fit_columns(ops.second, a) : ops.second;
    size_t na = o.rows ? a.dims().rows() : a.numel();
    Groups g = group_values(a, b, o.rows);
    std::vector<size_t> sel;
    for (size_t k = 0; k < g.count(); ++k) {
        Membership m = membership(g, k, na);
        bool keep = op == SetOp::Union || (op == SetOp::Intersect ? m.in_a && m.in_b : m.in_a && !m.in_b);
        if (keep)
            sel.push_back(k);
    }
    if (o.stable)
        stable_order(sel, g);
    std::vector<size_t> pos, ia, ib;
    for (size_t k : sel) {
        Membership m = membership(g, k, na);
        pos.push_back(m.in_a ? m.first_a : m.first_b);
        if (m.in_a)
            ia.push_back(m.first_a);
        if (op == SetOp::Intersect || (op == SetOp::Union && !m.in_a))
            ib.push_back(m.first_b - na);
    }
    bool row = op == SetOp::Setdiff ? args[0].dims().is_row() : args[0].dims().is_row() && args[1].dims().is_row();
    outs[0] = gather_cat(a, b, pos, result_dims(pos.size(), o.rows, a.dims().cols(), row), o.rows);
    if (cx.nargout >= 2)
        outs[1] = index_vector(ia);
    if (cx.nargout >= 3)
        outs[2] = index_vector(ib);
    return {};
}

VoidResult union_builtin(CallContext& cx, Args args, Outs outs) { return set_op(cx, args, outs, SetOp::Union); }
VoidResult intersect_builtin(CallContext& cx, Args args, Outs outs) { return set_op(cx, args, outs, SetOp::Intersect); }
VoidResult setdiff_builtin(CallContext& cx, Args args, Outs outs) { return set_op(cx, args, outs, SetOp::Setdiff); }

} // namespace

void register_array_set_builtins(BuiltinTable& t)
{
    t.add({ .name = "unique", .fn = unique_builtin, .min_in = 1, .max_in = 4, .max_out = 3 });
    t.add({ .name = "ismember", .fn = ismember_builtin, .min_in = 2, .max_in = 3, .max_out = 2 });
    t.add({ .name = "union", .fn = union_builtin, .min_in = 2, .max_in = 4, .max_out = 3 });
    t.add({ .name = "intersect", .fn = intersect_builtin, .min_in = 2, .max_in = 4, .max_out = 3 });
    t.add({ .name = "setdiff", .fn = setdiff_builtin, .min_in = 2, .max_in = 4, .max_out = 2 });
}

} // namespace runmat::runtime::arrays
