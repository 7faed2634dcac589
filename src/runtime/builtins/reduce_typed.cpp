// Class-preserving reduction kernels for the integer classes and single: exact integer sums and
// products (MATLAB computes integer reductions without intermediate saturation and saturates
// the result), running sums, medians and sorts that keep the element type. Raw loops over the
// typed storage; nothing here knows the builtin table or the VM.
#include "runtime/builtins/reduce_common.hpp"
#include "runtime/numeric_class.hpp"
#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>
#include <utility>
#include <vector>

namespace runmat::runtime::reduce {

namespace {

using i128 = __int128;

// Beyond every integer class's range, with room to multiply by any 64-bit value without
// overflowing 128 bits: a product clamped here stays saturated (|factors| >= 1) or becomes 0.
constexpr i128 PROD_CLAMP = i128(1) << 65;

template <typename T>
T saturate_wide(i128 v)
{
    using L = std::numeric_limits<T>;
    if (v < static_cast<i128>(L::min()))
        return L::min();
    if (v > static_cast<i128>(L::max()))
        return L::max();
    return static_cast<T>(v);
}

i128 clamp_product(i128 v)
{
    return v > PROD_CLAMP ? PROD_CLAMP : (v < -PROD_CLAMP ? -PROD_CLAMP : v);
}

// x / n rounded half away from zero (n > 0).
i128 divide_rounded(i128 x, i128 n)
{
    i128 q = x / n, r = x % n;
    if (2 * (r < 0 ? -r : r) >= n)
        q += x < 0 ? -1 : 1;
    return q;
}

// Exact per-slice sums or (clamped) products of T data along s.
template <typename T>
std::vector<i128> wide_folds(T const* x, Slab s, bool prod)
{
    std::vector<i128> acc(s.before * s.after, prod ? 1 : 0);
    for (size_t l = 0; l < s.after; ++l) {
        i128* o = acc.data() + l * s.before;
        for (size_t j = 0; j < s.len; ++j) {
            T const* row = x + s.at(0, j, l);
            if (prod) {
                for (size_t i = 0; i < s.before; ++i)
                    o[i] = clamp_product(o[i] * static_cast<i128>(row[i]));
            } else {
                for (size_t i = 0; i < s.before; ++i)
                    o[i] += static_cast<i128>(row[i]);
            }
        }
    }
    return acc;
}

template <typename T>
Value double_products(T const* x, Slab s, Dims const& out)
{
    auto d = make_ref<DoubleArray>(out, 1.0);
    for (size_t l = 0; l < s.after; ++l)
        for (size_t j = 0; j < s.len; ++j)
            for (size_t i = 0; i < s.before; ++i)
                d->data()[i + s.before * l] *= static_cast<double>(x[s.at(i, j, l)]);
    return make_double(std::move(d));
}

template <typename T>
Value int_fold_typed(IntArray<T> const& a, Slab s, Dims const& out, IntFold kind, ClassId result)
{
    if (kind == IntFold::Prod && result == ClassId::Double)
        return double_products(a.data(), s, out); // prod(x, 'double'): in double, unclamped
    std::vector<i128> acc = wide_folds(a.data(), s, kind == IntFold::Prod);
    size_t n = acc.size();
    if (result == ClassId::Double) {
        auto d = make_ref<DoubleArray>(out);
        for (size_t k = 0; k < n; ++k) {
            // long double keeps the 64-bit sums exact before the one rounding to double.
            long double v = static_cast<long double>(acc[k]);
            d->data()[k] = kind == IntFold::Mean ? static_cast<double>(v / static_cast<long double>(s.len)) : static_cast<double>(v);
        }
        return make_double(std::move(d));
    }
    auto r = make_ref<IntArray<T>>(out);
    for (size_t k = 0; k < n; ++k) {
        i128 v = acc[k];
        if (kind == IntFold::Mean)
            v = s.len ? divide_rounded(v, static_cast<i128>(s.len)) : 0; // mean of nothing: NaN -> 0
        r->data()[k] = saturate_wide<T>(v);
    }
    return make_int(std::move(r));
}

template <typename T>
Value int_cumulative_typed(IntArray<T> const& a, Slab s, bool reverse, bool prod)
{
    auto r = make_ref<IntArray<T>>(a.shape());
    T const* x = a.data();
    T* o = r->data();
    for (size_t l = 0; l < s.after; ++l)
        for (size_t i = 0; i < s.before; ++i) {
            i128 acc = prod ? 1 : 0;
            for (size_t jj = 0; jj < s.len; ++jj) {
                size_t q = s.at(i, reverse ? s.len - 1 - jj : jj, l);
                acc = prod ? clamp_product(acc * static_cast<i128>(x[q])) : acc + static_cast<i128>(x[q]);
                o[q] = saturate_wide<T>(acc);
            }
        }
    return make_int(std::move(r));
}

// MATLAB's midpoint of the two middle values lo <= hi (median.m's meanof): lo + (hi - lo)/2
// when they have the same sign, (lo + hi)/2 otherwise, each step in the element class (for
// integers the halving rounds half away from zero: median(int8([-3 -2])) is -2).
template <typename T>
T midpoint(T lo, T hi)
{
    auto sign = [](T v) { return (v > T(0)) - (v < T(0)); };
    bool same = sign(lo) == sign(hi);
    if constexpr (std::is_floating_point_v<T>) {
        if (!same || std::isinf(lo) || std::isinf(hi))
            return (lo + hi) / T(2);
        return lo + (hi - lo) / T(2);
    } else {
        if (!same)
            return saturate_wide<T>(divide_rounded(static_cast<i128>(lo) + hi, 2));
        return saturate_wide<T>(lo + divide_rounded(static_cast<i128>(hi) - lo, 2));
    }
}

// The median of buf[0..m) (reordered): the middle value or the midpoint of the two middle
// values; an empty slice gives NaN (single) or 0 (integers: NaN converted).
template <typename T>
T median_of(T* buf, size_t m)
{
    if (m == 0)
        return std::is_floating_point_v<T> ? std::numeric_limits<T>::quiet_NaN() : T(0);
    size_t half = m / 2;
    std::nth_element(buf, buf + half, buf + m);
    T hi = buf[half];
    if (m % 2)
        return hi;
    return midpoint(*std::max_element(buf, buf + half), hi);
}

template <typename A>
Value median_typed(A const& a, Slab s, Dims const& out, bool omitnan)
{
    using T = typename A::Element;
    auto r = make_ref<A>(out);
    std::vector<T> buf(s.len);
    T const* x = a.data();
    for (size_t l = 0; l < s.after; ++l)
        for (size_t i = 0; i < s.before; ++i) {
            size_t m = 0;
            bool has_nan = false;
            for (size_t j = 0; j < s.len; ++j) {
                T v = x[s.at(i, j, l)];
                if (v != v) // NaN: single only
                    has_nan = true;
                else
                    buf[m++] = v;
            }
            T& dst = r->data()[i + s.before * l];
            dst = (has_nan && !omitnan) ? std::numeric_limits<T>::quiet_NaN() : median_of(buf.data(), m);
        }
    return Value::object(std::move(r));
}

// One slice sorted in place: NaNs (single only) moved last ascending, first descending.
template <typename T>
void sort_slice(T* v, size_t n, bool descend)
{
    T* mid = v + n;
    if constexpr (std::is_floating_point_v<T>)
        mid = std::stable_partition(v, v + n, [](T x) { return x == x; });
    if (descend)
        std::sort(v, mid, [](T a, T b) { return a > b; });
    else
        std::sort(v, mid);
    if (descend)
        std::rotate(v, mid, v + n);
}

// One slice's (value, position) pairs sorted stably: equal values keep their order, so the
// positions match MATLAB's [~, i] = sort(x).
template <typename T>
void sort_pairs(std::vector<std::pair<T, size_t>>& v, bool descend)
{
    auto nan_first = [](T x) { return x != x; };
    std::sort(v.begin(), v.end(), [&](auto const& p, auto const& q) {
        bool pn = nan_first(p.first), qn = nan_first(q.first);
        if (pn || qn) {
            if (pn != qn)
                return descend ? pn : qn;
            return p.second < q.second;
        }
        if (p.first != q.first)
            return descend ? p.first > q.first : p.first < q.first;
        return p.second < q.second;
    });
}

template <typename A>
Value sort_typed(A const& a, Slab s, bool descend, DoubleArray* idx)
{
    using T = typename A::Element;
    auto r = make_ref<A>(a.shape());
    T const* x = a.data();
    T* o = r->data();
    std::vector<T> vals(idx ? 0 : s.len);
    std::vector<std::pair<T, size_t>> pairs(idx ? s.len : 0);
    for (size_t l = 0; l < s.after; ++l)
        for (size_t i = 0; i < s.before; ++i) {
            if (!idx) {
                for (size_t j = 0; j < s.len; ++j)
                    vals[j] = x[s.at(i, j, l)];
                sort_slice(vals.data(), s.len, descend);
                for (size_t j = 0; j < s.len; ++j)
                    o[s.at(i, j, l)] = vals[j];
                continue;
            }
            for (size_t j = 0; j < s.len; ++j)
                pairs[j] = { x[s.at(i, j, l)], j };
            sort_pairs(pairs, descend);
            for (size_t j = 0; j < s.len; ++j) {
                size_t q = s.at(i, j, l);
                o[q] = pairs[j].first;
                idx->data()[q] = static_cast<double>(pairs[j].second + 1);
            }
        }
    return Value::object(std::move(r));
}

// f(array) with the typed IntArray<T> or SingleArray behind x.
template <typename F>
Value visit_typed(Value const& x, F&& f)
{
    if (auto* s = x.as_single_array())
        return f(*s);
    return visit_int_class(x.class_id(), [&](auto tag) { return f(*x.as_int_array<typename decltype(tag)::type>()); });
}

} // namespace

Value int_fold(Value const& x, Slab s, Dims const& out, IntFold kind, ClassId result)
{
    return visit_int_class(x.class_id(), [&](auto tag) {
        return int_fold_typed(*x.as_int_array<typename decltype(tag)::type>(), s, out, kind, result);
    });
}

Value int_cumulative(Value const& x, Slab s, bool reverse, bool prod)
{
    return visit_int_class(x.class_id(), [&](auto tag) {
        return int_cumulative_typed(*x.as_int_array<typename decltype(tag)::type>(), s, reverse, prod);
    });
}

Value typed_median(Value const& x, Slab s, Dims const& out, bool omitnan)
{
    return visit_typed(x, [&](auto const& a) { return median_typed(a, s, out, omitnan); });
}

Value typed_sort(Value const& x, Slab s, bool descend, DoubleArray* idx)
{
    return visit_typed(x, [&](auto const& a) { return sort_typed(a, s, descend, idx); });
}

} // namespace runmat::runtime::reduce
