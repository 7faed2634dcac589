// Reductions and searches along a dimension: sum prod mean median cumsum cumprod max min sort
// find any all. Each works on a slab view (before x len x after) of a column-major array with
// raw-pointer loops templated on the element type; the integer classes and single keep their
// class where MATLAB does (kernels in reduce_typed.cpp). Nothing here knows the VM.
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/builtins/reduce_common.hpp"
#include "runtime/numeric_class.hpp"
#include "runtime/value.hpp"
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace runmat::runtime {

namespace {

using reduce::Slab;

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// ---------------------------------------------------------------------------------------------
// Operands: read-only raw access to double (real/complex), logical, char, single and integer
// values.

class Operand {
public:
    explicit Operand(Value const& v)
    {
        switch (v.rep()) {
        case Value::Rep::Num:
            m_scalar = v.num();
            re = &m_scalar;
            cls = ClassId::Double;
            dims = Dims(1, 1);
            return;
        case Value::Rep::Bool:
            m_bool = v.boolean();
            lg = &m_bool;
            cls = ClassId::Logical;
            dims = Dims(1, 1);
            return;
        case Value::Rep::Obj: break;
        default: return;
        }
        if (auto* d = v.as_double_array()) {
            re = d->data();
            im = d->is_complex() ? d->imag() : nullptr;
            cls = ClassId::Double;
            dims = d->shape();
        } else if (auto* l = v.as_logical_array()) {
            lg = l->data();
            cls = ClassId::Logical;
            dims = l->shape();
        } else if (auto* c = v.as_char_array()) {
            ch = c->data();
            cls = ClassId::Char;
            dims = c->shape();
        } else if (auto* f = v.as_single_array()) {
            tp = f->data();
            cls = ClassId::Single;
            dims = f->shape();
        } else if (is_integer_class(v.class_id())) {
            cls = v.class_id();
            dims = v.dims();
            visit_int_class(cls, [&](auto tag) { tp = v.as_int_array<typename decltype(tag)::type>()->data(); });
        }
    }
    Operand(Operand const&) = delete; // the pointers may point into this object
    Operand& operator=(Operand const&) = delete;

    bool valid() const { return re || lg || ch || tp || dims.numel() == 0; }
    bool is_complex() const { return im != nullptr; }
    bool is_typed() const { return tp != nullptr; } // single or an integer class
    size_t numel() const { return dims.numel(); }
    // Element i as a double (real part; int64/uint64 beyond 2^53 rounded).
    double at(size_t i) const
    {
        if (re)
            return re[i];
        if (lg)
            return lg[i];
        if (ch)
            return static_cast<double>(ch[i]);
        double v = 0;
        if (tp)
            visit([&](auto const* p) { v = static_cast<double>(p[i]); });
        return v;
    }

    // Call f with the typed real-part pointer (double const*, uint8_t const*, char16_t const*,
    // float const* or the integer type's pointer).
    template <typename F>
    void visit(F&& f) const
    {
        if (lg)
            return f(lg);
        if (ch)
            return f(ch);
        if (cls == ClassId::Single)
            return f(static_cast<float const*>(tp));
        if (tp)
            return visit_int_class(cls, [&](auto tag) { f(static_cast<typename decltype(tag)::type const*>(tp)); });
        return f(re ? re : static_cast<double const*>(nullptr));
    }

    ClassId cls = ClassId::Cell; // Cell marks "unsupported" until set
    Dims dims;
    double const* re = nullptr;
    double const* im = nullptr;
    uint8_t const* lg = nullptr;
    char16_t const* ch = nullptr;
    void const* tp = nullptr; // single or integer elements (class cls)

private:
    double m_scalar = 0;
    uint8_t m_bool = 0;
};

bool supported(Operand const& x) { return is_number_like(x.cls); }

RuntimeError invalid_type(CallContext const& cx)
{
    return cx.error("MATLAB:" + std::string(cx.name) + ":wrongInput", "Invalid data type. First argument must be numeric or logical.");
}

RuntimeError bad_dim(CallContext const& cx)
{
    return cx.error("MATLAB:getdimarg:dimensionMustBePositiveInteger",
        "Dimension argument must be a positive integer scalar within indexing range.");
}

// ---------------------------------------------------------------------------------------------
// Dimensions and slabs

// The dimension a reduction uses by default: the first one whose size is not 1.
size_t default_dim(Dims const& d) { return first_nonsingleton(d); }

// The shape after reducing dim k: that extent becomes 1 (or stays 0 for min/max, which have no
// identity element).
Dims reduced_dims(Dims d, size_t k, bool keep_zero)
{
    if (k >= d.ndims())
        return d;
    if (d[k] == 0 && keep_zero)
        return d;
    d.set(k, 1);
    return d;
}

Result<size_t> parse_dim(CallContext const& cx, Value const& v)
{
    NumericView nv(v);
    if (!nv.valid() || nv.numel() != 1 || nv.is_complex() || v.class_id() == ClassId::Char)
        return bad_dim(cx);
    double d = nv[0];
    if (!(d >= 1) || d != std::floor(d) || d > 2147483647.0)
        return bad_dim(cx);
    return static_cast<size_t>(d) - 1;
}

Result<std::vector<size_t>> parse_vecdim(CallContext const& cx, Value const& v)
{
    NumericView nv(v);
    if (!nv.valid() || nv.is_complex() || !nv.dims().is_vector())
        return bad_dim(cx);
    std::vector<size_t> dims;
    for (size_t i = 0; i < nv.numel(); ++i) {
        double d = nv[i];
        if (!(d >= 1) || d != std::floor(d) || d > 2147483647.0)
            return bad_dim(cx);
        dims.push_back(static_cast<size_t>(d) - 1);
    }
    std::sort(dims.begin(), dims.end());
    if (std::adjacent_find(dims.begin(), dims.end()) != dims.end())
        return cx.error("MATLAB:getdimarg:vecdimsMustBeUniquePositiveIntegers",
            "Dimension argument must be a positive integer scalar or a vector of unique positive integers.");
    return dims;
}

std::string lower(std::string s)
{
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::optional<std::string> flag_text(Value const& v)
{
    if (!is_char_row(v))
        return std::nullopt;
    return lower(v.as_char_array()->to_utf8());
}

// Options common to the reductions: an explicit dimension, 'all', NaN flags, output type and
// direction flags. Which flags a builtin accepts is given by `allowed`.
struct ReduceOpts {
    std::optional<size_t> dim;
    std::vector<size_t> vecdim; // several dimensions at once (sum(x, [1 2])), sorted, unique
    bool all = false;
    bool omitnan = false;
    bool includenan = false;
    bool native = false;
    bool outtype_double = false; // 'double' given (integers and single default to 'native')
    bool reverse = false;
};

Result<ReduceOpts> parse_opts(CallContext const& cx, Args rest, std::initializer_list<std::string_view> allowed, std::string_view bad_msg)
{
    ReduceOpts o;
    bool seen_flag = false;
    for (Value const& a : rest) {
        if (auto f = flag_text(a)) {
            seen_flag = true;
            if (std::find(allowed.begin(), allowed.end(), *f) == allowed.end())
                return cx.error("MATLAB:" + std::string(cx.name) + ":unknownFlag", std::string(bad_msg));
            if (*f == "all")
                o.all = true;
            else if (*f == "omitnan" || *f == "omitmissing")
                o.omitnan = true, o.includenan = false;
            else if (*f == "includenan" || *f == "includemissing")
                o.includenan = true, o.omitnan = false;
            else if (*f == "native")
                o.native = true, o.outtype_double = false;
            else if (*f == "double" || *f == "default")
                o.native = false, o.outtype_double = *f == "double";
            else if (*f == "reverse")
                o.reverse = true;
            else if (*f == "forward")
                o.reverse = false;
            continue;
        }
        if (seen_flag || o.dim || o.all || !o.vecdim.empty())
            return bad_dim(cx);
        if (a.numel() > 1 && a.class_id() != ClassId::Char)
            o.vecdim = TRY(parse_vecdim(cx, a));
        else
            o.dim = TRY(parse_dim(cx, a));
    }
    return o;
}

RuntimeError no_vecdim(CallContext const& cx)
{
    return cx.error("RunMat:notImplemented", "A vector of dimensions is not supported by " + std::string(cx.name) + " yet.");
}

// A dimension to reduce, or the whole array (as one column) for 'all'. For the 0x0 matrix with
// no dimension given, MATLAB's sum/prod/mean/any/all return a scalar: `scalar_empty`.
struct Plan {
    Slab slab;
    Dims out;
    size_t dim = 0;
    bool scalar_empty = false;
};

Plan plan(Dims const& in, ReduceOpts const& o, bool keep_zero)
{
    Plan p;
    if (o.all) {
        size_t n = in.numel();
        p.slab = Slab { 1, n, 1 };
        p.out = (n == 0 && keep_zero) ? Dims(0, 0) : Dims(1, 1);
        return p;
    }
    if (!o.dim && !keep_zero && in.ndims() == 2 && in.rows() == 0 && in.cols() == 0) {
        p.slab = Slab { 1, 0, 1 };
        p.out = Dims(1, 1);
        p.scalar_empty = true;
        return p;
    }
    p.dim = o.dim ? *o.dim : default_dim(in);
    p.slab = slab_for(in, p.dim);
    p.out = reduced_dims(in, p.dim, keep_zero);
    return p;
}

// ---------------------------------------------------------------------------------------------
// Folding kernels (sum, prod, any, all): out[i + before * l] = op over j of x(i, j, l).

template <typename T, typename Op>
void fold(T const* x, Slab s, double init, double* out, Op op)
{
    for (size_t l = 0; l < s.after; ++l) {
        T const* blk = x + l * s.len * s.before;
        double* o = out + l * s.before;
        if (s.before == 1) {
            double acc = init;
            for (size_t j = 0; j < s.len; ++j)
                acc = op(acc, static_cast<double>(blk[j]));
            o[0] = acc;
            continue;
        }
        std::fill(o, o + s.before, init);
        for (size_t j = 0; j < s.len; ++j) {
            T const* row = blk + j * s.before;
            for (size_t i = 0; i < s.before; ++i)
                o[i] = op(o[i], static_cast<double>(row[i]));
        }
    }
}

enum class FoldKind : uint8_t { Sum, Prod, Mean };

// Sum (or sum skipping NaN) of the real parts or of `part` when given.
template <typename T>
void sum_kernel(T const* x, Slab s, bool omitnan, double* out)
{
    if (omitnan)
        fold(x, s, 0.0, out, [](double a, double v) { return v == v ? a + v : a; });
    else
        fold(x, s, 0.0, out, [](double a, double v) { return a + v; });
}

// Counts of non-NaN elements per output (mean 'omitnan'; the real part decides).
template <typename T>
void count_kernel(T const* re, Slab s, double* out)
{
    fold(re, s, 0.0, out, [](double a, double v) { return v == v ? a + 1.0 : a; });
}

// Complex product along the slab (sequential complex multiplication, NaN-skipping optional).
void complex_prod(double const* re, double const* im, Slab s, bool omitnan, double* ore, double* oim)
{
    for (size_t l = 0; l < s.after; ++l)
        for (size_t i = 0; i < s.before; ++i) {
            std::complex<double> acc(1.0, 0.0);
            for (size_t j = 0; j < s.len; ++j) {
                size_t p = s.at(i, j, l);
                if (omitnan && (re[p] != re[p] || im[p] != im[p]))
                    continue;
                acc *= std::complex<double>(re[p], im[p]);
            }
            ore[i + s.before * l] = acc.real();
            oim[i + s.before * l] = acc.imag();
        }
}

Value finish_double(Ref<DoubleArray> a)
{
    if (a->is_complex())
        return Value::object(std::move(a));
    return make_double(std::move(a));
}

// sum, prod and mean share argument handling and shapes; only the kernel differs.
// Sums become means: divide by the slice length, or by the non-NaN count for 'omitnan'.
void divide_to_mean(DoubleArray& out, Operand const& x, Slab s, bool omitnan)
{
    size_t n = out.numel();
    std::vector<double> counts;
    if (omitnan && (x.re || x.cls == ClassId::Single)) {
        counts.resize(n);
        x.visit([&](auto const* data) { count_kernel(data, s, counts.data()); });
    }
    double len = static_cast<double>(s.len);
    for (size_t i = 0; i < n; ++i)
        out.data()[i] /= counts.empty() ? len : counts[i];
    if (out.is_complex())
        for (size_t i = 0; i < n; ++i)
            out.imag()[i] /= counts.empty() ? len : counts[i];
}

Result<Value> fold_double(Operand const& x, ReduceOpts const& o, FoldKind kind, Plan const& p);

// The class of sum/prod/mean's result (MATLAB's outtype): 'double' gives double; 'native' the
// input class; by default integers keep their class in sum and prod (mean gives double),
// single stays single, everything else gives double.
ClassId fold_result_class(ClassId in, FoldKind kind, ReduceOpts const& o)
{
    if (o.outtype_double)
        return ClassId::Double;
    if (o.native)
        return in;
    if (is_integer_class(in))
        return kind == FoldKind::Mean ? ClassId::Double : in;
    return in == ClassId::Single ? ClassId::Single : ClassId::Double;
}

Result<Value> fold_value(Value const& xv, Operand const& x, ReduceOpts const& o, FoldKind kind)
{
    Plan p = plan(x.dims, o, false);
    ClassId result = fold_result_class(x.cls, kind, o);
    if (is_integer_class(x.cls)) {
        reduce::IntFold k = kind == FoldKind::Sum ? reduce::IntFold::Sum : kind == FoldKind::Prod ? reduce::IntFold::Prod : reduce::IntFold::Mean;
        return reduce::int_fold(xv, p.slab, p.out, k, result);
    }
    Value r = TRY(fold_double(x, o, kind, p));
    return result == ClassId::Single ? convert_class(r, ClassId::Single) : Result<Value>(std::move(r));
}

// sum/prod/mean of double, logical, char and single data, computed in double.
Result<Value> fold_double(Operand const& x, ReduceOpts const& o, FoldKind kind, Plan const& p)
{
    auto out = new_double(p.out);
    double* ore = out->data();
    bool omit = o.omitnan;
    x.visit([&](auto const* data) {
        if (kind == FoldKind::Prod) {
            if (x.is_complex())
                return;
            if (omit)
                fold(data, p.slab, 1.0, ore, [](double a, double v) { return v == v ? a * v : a; });
            else
                fold(data, p.slab, 1.0, ore, [](double a, double v) { return a * v; });
        } else {
            sum_kernel(data, p.slab, omit, ore);
        }
    });
    if (x.is_complex()) {
        out->make_complex();
        if (kind == FoldKind::Prod)
            complex_prod(x.re, x.im, p.slab, omit, ore, out->imag());
        else
            sum_kernel(x.im, p.slab, omit, out->imag());
    }
    if (kind == FoldKind::Mean)
        divide_to_mean(*out, x, p.slab, omit);
    if (o.native && x.cls == ClassId::Logical && kind == FoldKind::Sum) {
        auto l = new_logical(p.out);
        for (size_t i = 0; i < l->numel(); ++i)
            l->data()[i] = ore[i] != 0;
        return make_logical(std::move(l));
    }
    return finish_double(std::move(out));
}

// Reduce along each dimension of vecdim in turn: the same values as one pass over all of them
// (up to rounding order). mean divides once, by the number of elements reduced.
Result<Value> fold_vecdim(CallContext const& cx, Value const& in, ReduceOpts o, FoldKind kind)
{
    if (kind == FoldKind::Mean && o.omitnan)
        return no_vecdim(cx);
    ClassId result = fold_result_class(in.class_id(), kind, o);
    if (kind == FoldKind::Mean) { // sum in double, divide once, then convert
        o.native = false;
        o.outtype_double = true;
    }
    Dims d0 = in.dims();
    std::vector<size_t> dims = std::move(o.vecdim);
    Value v = in;
    double count = 1;
    for (size_t d : dims) {
        o.dim = d;
        count *= static_cast<double>(d0[d]);
        Operand x(v);
        v = TRY(fold_value(v, x, o, kind == FoldKind::Mean ? FoldKind::Sum : kind));
    }
    if (kind != FoldKind::Mean)
        return v;
    Value c = v.boxed();
    DoubleArray* a = c.mutable_double_array();
    for (size_t i = 0; i < a->numel(); ++i)
        a->data()[i] /= count;
    if (a->is_complex())
        for (size_t i = 0; i < a->numel(); ++i)
            a->imag()[i] /= count;
    Value m = std::move(c).normalized();
    if (result != ClassId::Double)
        return convert_class(m, result);
    return m;
}

Result<Value> fold_builtin_value(CallContext const& cx, Args args, FoldKind kind)
{
    Operand x(args[0]);
    if (!supported(x))
        return invalid_type(cx);
    auto o = TRY(parse_opts(cx, args.subspan(1),
        { "all", "omitnan", "includenan", "omitmissing", "includemissing", "double", "native", "default" },
        "Invalid option. Option must be 'double', 'native', 'default', 'omitnan', or 'includenan'."));
    if (o.native && x.cls == ClassId::Char)
        return cx.error("MATLAB:" + std::string(cx.name) + ":nativeChar", "'native' is not supported for char inputs.");
    if (!o.vecdim.empty())
        return fold_vecdim(cx, args[0], o, kind);
    return fold_value(args[0], x, o, kind);
}

VoidResult sum_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = TRY(fold_builtin_value(cx, args, FoldKind::Sum));
    return {};
}

VoidResult prod_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = TRY(fold_builtin_value(cx, args, FoldKind::Prod));
    return {};
}

VoidResult mean_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = TRY(fold_builtin_value(cx, args, FoldKind::Mean));
    return {};
}

// ---------------------------------------------------------------------------------------------
// any / all (logical results). any ignores NaN; all counts NaN as nonzero (MATLAB semantics).

Value any_all_value(Operand const& x, ReduceOpts const& o, bool is_any)
{
    Plan p = plan(x.dims, o, false);
    std::vector<double> acc(p.out.numel());
    double init = is_any ? 0.0 : 1.0;
    x.visit([&](auto const* data) {
        if (is_any)
            fold(data, p.slab, init, acc.data(), [](double a, double v) { return (v != 0 && v == v) ? 1.0 : a; });
        else
            fold(data, p.slab, init, acc.data(), [](double a, double v) { return v == 0 ? 0.0 : a; });
    });
    if (x.is_complex()) {
        // A complex element is nonzero when either part is: re-fold the imaginary parts.
        std::vector<double> acc_im(acc.size());
        if (is_any) {
            fold(x.im, p.slab, 0.0, acc_im.data(), [](double a, double v) { return (v != 0 && v == v) ? 1.0 : a; });
            for (size_t i = 0; i < acc.size(); ++i)
                acc[i] = (acc[i] != 0 || acc_im[i] != 0) ? 1.0 : 0.0;
        } else {
            Slab s = p.slab;
            for (size_t l = 0; l < s.after; ++l)
                for (size_t i = 0; i < s.before; ++i) {
                    bool all = true;
                    for (size_t j = 0; j < s.len && all; ++j) {
                        size_t q = s.at(i, j, l);
                        all = x.re[q] != 0 || x.im[q] != 0;
                    }
                    acc[i + s.before * l] = all ? 1.0 : 0.0;
                }
        }
    }
    auto out = new_logical(p.out);
    for (size_t i = 0; i < acc.size(); ++i)
        out->data()[i] = acc[i] != 0;
    return make_logical(std::move(out));
}

Result<Value> any_all(CallContext const& cx, Args args, bool is_any)
{
    Operand x(args[0]);
    if (!supported(x))
        return invalid_type(cx);
    auto o = TRY(parse_opts(cx, args.subspan(1), { "all" }, "Invalid option. Option must be 'all'."));
    if (o.vecdim.empty())
        return any_all_value(x, o, is_any);
    Value v = args[0];
    for (size_t d : std::vector<size_t>(o.vecdim)) {
        ReduceOpts step;
        step.dim = d;
        Operand xs(v);
        v = any_all_value(xs, step, is_any);
    }
    return v;
}

VoidResult any_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = TRY(any_all(cx, args, true));
    return {};
}

VoidResult all_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = TRY(any_all(cx, args, false));
    return {};
}

// ---------------------------------------------------------------------------------------------
// cumsum / cumprod: same shape, running fold along the dimension.

template <typename T, typename Op>
void scan(T const* x, Slab s, bool reverse, double* out, Op op)
{
    for (size_t l = 0; l < s.after; ++l) {
        for (size_t jj = 0; jj < s.len; ++jj) {
            size_t j = reverse ? s.len - 1 - jj : jj;
            T const* row = x + s.at(0, j, l);
            double* o = out + s.at(0, j, l);
            if (jj == 0) {
                for (size_t i = 0; i < s.before; ++i)
                    o[i] = op(op.init, static_cast<double>(row[i]));
                continue;
            }
            double const* prev = out + s.at(0, reverse ? j + 1 : j - 1, l);
            for (size_t i = 0; i < s.before; ++i)
                o[i] = op(prev[i], static_cast<double>(row[i]));
        }
    }
}

struct AddOp {
    double init = 0.0;
    bool omitnan = false;
    double operator()(double a, double v) const { return (omitnan && v != v) ? a : a + v; }
};
struct MulOp {
    double init = 1.0;
    bool omitnan = false;
    double operator()(double a, double v) const { return (omitnan && v != v) ? a : a * v; }
};

void complex_cumprod(double const* re, double const* im, Slab s, bool reverse, bool omitnan, double* ore, double* oim)
{
    for (size_t l = 0; l < s.after; ++l)
        for (size_t i = 0; i < s.before; ++i) {
            std::complex<double> acc(1.0, 0.0);
            for (size_t jj = 0; jj < s.len; ++jj) {
                size_t j = reverse ? s.len - 1 - jj : jj;
                size_t q = s.at(i, j, l);
                if (!(omitnan && (re[q] != re[q] || im[q] != im[q])))
                    acc *= std::complex<double>(re[q], im[q]);
                ore[q] = acc.real();
                oim[q] = acc.imag();
            }
        }
}

Result<Value> cumulative(CallContext const& cx, Args args, bool is_sum)
{
    Operand x(args[0]);
    if (!supported(x))
        return invalid_type(cx);
    auto o = TRY(parse_opts(cx, args.subspan(1), { "forward", "reverse", "omitnan", "includenan", "omitmissing", "includemissing" },
        "Invalid option. Option must be 'forward', 'reverse', 'omitnan', or 'includenan'."));
    if (!o.vecdim.empty())
        return no_vecdim(cx);
    size_t dim = o.dim ? *o.dim : default_dim(x.dims);
    Slab s = slab_for(x.dims, dim);
    if (is_integer_class(x.cls)) // integers keep their class, saturating
        return reduce::int_cumulative(args[0], s, o.reverse, !is_sum);
    auto out = new_double(x.dims);
    x.visit([&](auto const* data) {
        if (is_sum)
            scan(data, s, o.reverse, out->data(), AddOp { 0.0, o.omitnan });
        else if (!x.is_complex())
            scan(data, s, o.reverse, out->data(), MulOp { 1.0, o.omitnan });
    });
    if (x.is_complex()) {
        out->make_complex();
        if (is_sum)
            scan(x.im, s, o.reverse, out->imag(), AddOp { 0.0, o.omitnan });
        else
            complex_cumprod(x.re, x.im, s, o.reverse, o.omitnan, out->data(), out->imag());
    }
    if (x.cls == ClassId::Single)
        return convert_class(make_double(std::move(out)), ClassId::Single);
    return finish_double(std::move(out));
}

VoidResult cumsum_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = TRY(cumulative(cx, args, true));
    return {};
}

VoidResult cumprod_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = TRY(cumulative(cx, args, false));
    return {};
}

// ---------------------------------------------------------------------------------------------
// max / min

// Winner positions (slice index j) along the slab for real data, compared in the element type
// (exact for int64). NaN is skipped unless includenan; an all-NaN slice gives NaN at index 0;
// ties keep the first occurrence. `val` receives the winners, in the element type.
template <bool IsMax, typename T>
void extreme_real(T const* x, Slab s, bool includenan, T* val, size_t* idx)
{
    auto better = [](T v, T best) { return IsMax ? v > best : v < best; };
    for (size_t l = 0; l < s.after; ++l) {
        T* bv = val + l * s.before;
        size_t* bi = idx + l * s.before;
        T const* first = x + s.at(0, 0, l);
        for (size_t i = 0; i < s.before; ++i) {
            bv[i] = first[i];
            bi[i] = 0;
        }
        for (size_t j = 1; j < s.len; ++j) {
            T const* row = x + s.at(0, j, l);
            for (size_t i = 0; i < s.before; ++i) {
                T v = row[i];
                T b = bv[i];
                bool take = includenan ? (b == b && (v != v || better(v, b))) : (better(v, b) || (b != b && v == v));
                if (take) {
                    bv[i] = v;
                    bi[i] = j;
                }
            }
        }
    }
}

// Complex ordering: by magnitude, then by phase angle (MATLAB's max/min rule).
template <bool IsMax>
bool complex_better(double ar, double ai, double br, double bi)
{
    double ma = std::hypot(ar, ai), mb = std::hypot(br, bi);
    if (ma != mb)
        return IsMax ? ma > mb : ma < mb;
    double pa = std::atan2(ai, ar), pb = std::atan2(bi, br);
    return IsMax ? pa > pb : pa < pb;
}

inline bool cnan(double r, double i) { return r != r || i != i; }

template <bool IsMax>
void extreme_complex(double const* re, double const* im, Slab s, bool includenan, size_t* idx)
{
    for (size_t l = 0; l < s.after; ++l)
        for (size_t i = 0; i < s.before; ++i) {
            size_t best = 0;
            size_t bq = s.at(i, 0, l);
            for (size_t j = 1; j < s.len; ++j) {
                size_t q = s.at(i, j, l);
                bool bn = cnan(re[bq], im[bq]), vn = cnan(re[q], im[q]);
                bool take = includenan ? (!bn && (vn || complex_better<IsMax>(re[q], im[q], re[bq], im[bq])))
                                       : (!vn && (bn || complex_better<IsMax>(re[q], im[q], re[bq], im[bq])));
                if (take) {
                    best = j;
                    bq = q;
                }
            }
            idx[i + s.before * l] = best;
        }
}

// The winners of a real max/min reduction, in x's class (char gives double).
template <bool IsMax>
Value extreme_values(Operand const& x, Slab s, Dims const& out, bool includenan, size_t* idx)
{
    bool run = s.len > 0 && out.numel() > 0;
    Value result;
    auto fill = [&](auto* arr) {
        using Arr = std::remove_pointer_t<decltype(arr)>;
        using T = typename Arr::Element;
        if (run)
            extreme_real<IsMax>(static_cast<T const*>(x.re ? static_cast<void const*>(x.re) : x.lg ? static_cast<void const*>(x.lg) : x.tp), s, includenan, arr->data(), idx);
    };
    switch (x.cls) {
    case ClassId::Double: { auto a = new_double(out); fill(a.get()); return make_double(std::move(a)); }
    case ClassId::Logical: { auto a = new_logical(out); fill(a.get()); return make_logical(std::move(a)); }
    case ClassId::Single: { auto a = make_ref<SingleArray>(out); fill(a.get()); return make_single(std::move(a)); }
    case ClassId::Char: {
        std::vector<char16_t> w(out.numel());
        if (run)
            extreme_real<IsMax>(x.ch, s, includenan, w.data(), idx);
        auto a = new_double(out);
        std::copy(w.begin(), w.end(), a->data());
        return make_double(std::move(a));
    }
    default: break;
    }
    return visit_int_class(x.cls, [&](auto tag) {
        auto a = make_ref<IntArray<typename decltype(tag)::type>>(out);
        fill(a.get());
        return make_int(std::move(a));
    });
}

// The value class of a max/min result: logical stays logical, char becomes double.
Value typed_result(Ref<DoubleArray> vals, ClassId cls)
{
    if (cls == ClassId::Logical) {
        auto l = new_logical(vals->shape());
        for (size_t i = 0; i < l->numel(); ++i)
            l->data()[i] = vals->data()[i] != 0;
        return make_logical(std::move(l));
    }
    return finish_double(std::move(vals));
}

template <bool IsMax>
VoidResult reduce_extreme(CallContext& cx, Operand const& x, ReduceOpts const& o, Outs outs)
{
    Plan p = plan(x.dims, o, true);
    Slab s = p.slab;
    size_t n = p.out.numel();
    std::vector<size_t> idx(n);
    if (x.is_complex()) {
        auto vals = new_double(p.out);
        if (s.len > 0 && n > 0) {
            extreme_complex<IsMax>(x.re, x.im, s, o.includenan, idx.data());
            vals->make_complex();
            for (size_t l = 0; l < s.after; ++l)
                for (size_t i = 0; i < s.before; ++i) {
                    size_t k = i + s.before * l, q = s.at(i, idx[k], l);
                    vals->data()[k] = x.re[q];
                    vals->imag()[k] = x.im[q];
                }
        }
        outs[0] = finish_double(std::move(vals));
    } else {
        outs[0] = extreme_values<IsMax>(x, s, p.out, o.includenan, idx.data());
    }
    if (cx.nargout >= 2) {
        // With 'all' the slab is one column, so the index is linear over the whole array.
        auto iv = new_double(p.out);
        for (size_t k = 0; k < n; ++k)
            iv->data()[k] = static_cast<double>(idx[k] + 1);
        outs[1] = make_double(std::move(iv));
    }
    return {};
}

// Implicit expansion: the output shape of a and b, or MATLAB's size error.
Result<Dims> broadcast_dims(CallContext const& cx, Dims const& a, Dims const& b)
{
    size_t nd = std::max(a.ndims(), b.ndims());
    std::vector<size_t> out(nd);
    for (size_t k = 0; k < nd; ++k) {
        if (a[k] == b[k] || b[k] == 1)
            out[k] = a[k];
        else if (a[k] == 1)
            out[k] = b[k];
        else
            return cx.error("MATLAB:sizeDimensionsMustMatch", "Arrays have incompatible sizes for this operation.");
    }
    return Dims(out);
}

// Calls f(out_index, a_index, b_index) for every element of the expanded shape.
template <typename F>
void broadcast_each(Dims const& da, Dims const& db, Dims const& dout, F&& f)
{
    size_t n = dout.numel();
    if (n == 0)
        return;
    if (da == db) {
        for (size_t i = 0; i < n; ++i)
            f(i, i, i);
        return;
    }
    if (da.numel() == 1) {
        for (size_t i = 0; i < n; ++i)
            f(i, 0, i);
        return;
    }
    if (db.numel() == 1) {
        for (size_t i = 0; i < n; ++i)
            f(i, i, 0);
        return;
    }
    size_t nd = dout.ndims();
    std::vector<size_t> sa(nd), sb(nd), cnt(nd, 0);
    size_t stride_a = 1, stride_b = 1;
    for (size_t k = 0; k < nd; ++k) {
        sa[k] = da[k] == 1 ? 0 : stride_a;
        sb[k] = db[k] == 1 ? 0 : stride_b;
        stride_a *= da[k];
        stride_b *= db[k];
    }
    size_t ia = 0, ib = 0;
    for (size_t o = 0; o < n; ++o) {
        f(o, ia, ib);
        for (size_t k = 0; k < nd; ++k) {
            ia += sa[k];
            ib += sb[k];
            if (++cnt[k] < dout[k])
                break;
            ia -= sa[k] * cnt[k];
            ib -= sb[k] * cnt[k];
            cnt[k] = 0;
        }
    }
}

// The elements of x converted to integer type T (MATLAB's rounding and saturation), with a
// mask of the NaN elements (which max/min skip rather than read as 0).
template <typename T>
void to_int_elements(Operand const& x, std::vector<T>& v, std::vector<uint8_t>& nan)
{
    size_t n = x.numel();
    v.resize(n);
    nan.assign(n, 0);
    x.visit([&](auto const* p) {
        for (size_t i = 0; i < n; ++i) {
            if constexpr (std::is_floating_point_v<std::remove_cv_t<std::remove_pointer_t<decltype(p)>>>)
                nan[i] = p[i] != p[i];
            v[i] = convert_element<T>(p[i]);
        }
    });
}

// max(a, b) / min(a, b) with an integer result class T: both operands converted to T, then
// compared exactly (the same winners as comparing first: rounding is monotonic and the
// integer operand is already in T).
template <bool IsMax, typename T>
Value pairwise_int(Operand const& a, Operand const& b, Dims const& od, bool includenan)
{
    std::vector<T> va, vb;
    std::vector<uint8_t> na, nb;
    to_int_elements(a, va, na);
    to_int_elements(b, vb, nb);
    auto out = make_ref<IntArray<T>>(od);
    T* o = out->data();
    broadcast_each(a.dims, b.dims, od, [&](size_t k, size_t i, size_t j) {
        if (na[i] || nb[j])
            o[k] = includenan ? T(0) : (na[i] ? (nb[j] ? T(0) : vb[j]) : va[i]);
        else
            o[k] = (IsMax ? vb[j] > va[i] : vb[j] < va[i]) ? vb[j] : va[i];
    });
    return make_int(std::move(out));
}

// The class of max(a, b): an integer class if either is one (two different integer classes
// are an error), else single if either is single, logical for two logicals, else double.
Result<ClassId> pairwise_class(Operand const& a, Operand const& b)
{
    bool ai = is_integer_class(a.cls), bi = is_integer_class(b.cls);
    if (ai && bi && a.cls != b.cls)
        return mixed_classes_error();
    if (ai || bi) {
        if (a.is_complex() || b.is_complex())
            return complex_unsupported_error(ai ? a.cls : b.cls);
        return ai ? a.cls : b.cls;
    }
    if (a.cls == ClassId::Single || b.cls == ClassId::Single) {
        if (a.is_complex() || b.is_complex())
            return complex_unsupported_error(ClassId::Single);
        return ClassId::Single;
    }
    return (a.cls == ClassId::Logical && b.cls == ClassId::Logical) ? ClassId::Logical : ClassId::Double;
}

// max(a, b) / min(a, b): element-wise with implicit expansion; NaN loses unless includenan.
template <bool IsMax>
VoidResult pairwise_extreme(CallContext& cx, Operand const& a, Operand const& b, bool includenan, Outs outs)
{
    Dims od = TRY(broadcast_dims(cx, a.dims, b.dims));
    ClassId result_cls = TRY(pairwise_class(a, b));
    if (is_integer_class(result_cls)) {
        outs[0] = visit_int_class(result_cls, [&](auto tag) {
            return pairwise_int<IsMax, typename decltype(tag)::type>(a, b, od, includenan);
        });
        return {};
    }
    auto out = new_double(od);
    double* o = out->data();
    bool cplx = a.is_complex() || b.is_complex();
    if (!cplx) {
        auto better = [](double v, double w) { return IsMax ? v > w : v < w; };
        broadcast_each(a.dims, b.dims, od, [&](size_t k, size_t i, size_t j) {
            double x = a.at(i), y = b.at(j);
            if (x != x || y != y)
                o[k] = includenan ? NaN : (x != x ? y : x);
            else
                o[k] = better(y, x) ? y : x;
        });
    } else {
        out->make_complex();
        double* oi = out->imag();
        broadcast_each(a.dims, b.dims, od, [&](size_t k, size_t i, size_t j) {
            double xr = a.at(i), xi = a.im ? a.im[i] : 0.0, yr = b.at(j), yi = b.im ? b.im[j] : 0.0;
            bool xn = cnan(xr, xi), yn = cnan(yr, yi);
            bool pick_y = (xn || yn) ? (includenan ? yn : xn) : complex_better<IsMax>(yr, yi, xr, xi);
            o[k] = pick_y ? yr : xr;
            oi[k] = pick_y ? yi : xi;
        });
    }
    if (result_cls == ClassId::Single) {
        outs[0] = TRY(convert_class(make_double(std::move(out)), ClassId::Single));
        return {};
    }
    outs[0] = typed_result(std::move(out), result_cls);
    return {};
}

template <bool IsMax>
VoidResult extreme_builtin(CallContext& cx, Args args, Outs outs)
{
    std::string up = IsMax ? "MAX" : "MIN";
    Operand x(args[0]);
    if (!supported(x))
        return invalid_type(cx);
    char const* flags_msg = "Invalid option. Option must be 'omitnan', 'includenan', or 'all'.";
    // Two-array form: max(a, b, flags...) when the second argument is data.
    bool has_dim_form = args.size() >= 3 && !is_char_row(args[2]);
    if (args.size() >= 2 && !has_dim_form && !(args[1].is_empty() && args.size() >= 3)) {
        if (cx.nargout >= 2)
            return cx.error("MATLAB:" + std::string(cx.name) + ":TwoInTwoOutCaseNotSupported",
                up + " with two matrices to compare and two output arguments is not supported.");
        Operand y(args[1]);
        if (!supported(y))
            return cx.error("MATLAB:" + std::string(cx.name) + ":wrongInput", "Invalid data type. Second argument must be numeric or logical.");
        auto o = TRY(parse_opts(cx, args.subspan(2), { "omitnan", "includenan", "omitmissing", "includemissing" }, flags_msg));
        if (o.dim)
            return bad_dim(cx);
        return pairwise_extreme<IsMax>(cx, x, y, o.includenan, outs);
    }
    if (args.size() >= 2 && !args[1].is_empty())
        return cx.error("MATLAB:" + std::string(cx.name) + ":caseNotSupported",
            up + " with two matrices to compare and a working dimension is not supported.");
    auto o = TRY(parse_opts(cx, args.size() >= 2 ? args.subspan(2) : args.subspan(1),
        { "all", "omitnan", "includenan", "omitmissing", "includemissing" }, flags_msg));
    if (o.vecdim.empty())
        return reduce_extreme<IsMax>(cx, x, o, outs);
    if (cx.nargout >= 2)
        return no_vecdim(cx);
    // vecdim: reduce along each listed dimension in turn (values only).
    Value v = args[0];
    for (size_t d : std::vector<size_t>(o.vecdim)) {
        ReduceOpts step = o;
        step.vecdim.clear();
        step.dim = d;
        Operand xs(v);
        Value slot[1];
        TRY_VOID(reduce_extreme<IsMax>(cx, xs, step, Outs(slot, 1)));
        v = std::move(slot[0]);
    }
    outs[0] = std::move(v);
    return {};
}

// ---------------------------------------------------------------------------------------------
// median

// MATLAB's overflow-safe midpoint of the two middle values (a <= b).
double mean_of(double a, double b)
{
    if (std::signbit(a) != std::signbit(b) || std::isinf(a) || std::isinf(b))
        return (a + b) / 2;
    return a + (b - a) / 2;
}

// Median of buf[0..n) (reorders buf). NaN when n == 0.
double median_of(double* buf, size_t n)
{
    if (n == 0)
        return NaN;
    size_t half = n / 2;
    std::nth_element(buf, buf + half, buf + n);
    double hi = buf[half];
    if (n % 2)
        return hi;
    double lo = *std::max_element(buf, buf + half);
    return mean_of(lo, hi);
}

VoidResult median_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand x(args[0]);
    if (!supported(x))
        return invalid_type(cx);
    if (x.is_complex())
        return cx.error("RunMat:notImplemented", "median of complex values is not supported yet.");
    auto o = TRY(parse_opts(cx, args.subspan(1), { "all", "omitnan", "includenan", "omitmissing", "includemissing" },
        "Invalid option. Option must be 'omitnan', 'includenan', or 'all'."));
    if (!o.vecdim.empty())
        return no_vecdim(cx);
    Plan p = plan(x.dims, o, false);
    Slab s = p.slab;
    if (x.is_typed()) { // integers and single keep their class
        outs[0] = reduce::typed_median(args[0], s, p.out, o.omitnan);
        return {};
    }
    auto out = new_double(p.out);
    std::vector<double> buf(s.len);
    for (size_t l = 0; l < s.after; ++l)
        for (size_t i = 0; i < s.before; ++i) {
            size_t m = 0;
            bool has_nan = false;
            for (size_t j = 0; j < s.len; ++j) {
                double v = x.at(s.at(i, j, l));
                if (v != v)
                    has_nan = true;
                else
                    buf[m++] = v;
            }
            out->data()[i + s.before * l] = (has_nan && !o.omitnan) ? NaN : median_of(buf.data(), m);
        }
    outs[0] = make_double(std::move(out));
    return {};
}

// ---------------------------------------------------------------------------------------------
// sort

// Sort keys of one slice. Every key carries its position, the final tiebreak, so one
// std::sort is stable. Real keys order by value; complex ones by magnitude, then phase angle.
struct RealKey {
    double key;
    size_t pos;
};
struct ComplexKey {
    double key;  // magnitude (NaN for a NaN element)
    double key2; // phase angle
    size_t pos;
};

inline int compare_keys(RealKey const& a, RealKey const& b) { return a.key < b.key ? -1 : a.key > b.key ? 1 : 0; }
inline int compare_keys(ComplexKey const& a, ComplexKey const& b)
{
    if (a.key != b.key)
        return a.key < b.key ? -1 : 1;
    return a.key2 < b.key2 ? -1 : a.key2 > b.key2 ? 1 : 0;
}

// NaN goes last ascending and first descending (MATLAB's sort), in original order.
template <typename K>
void sort_keys(std::vector<K>& v, bool descend)
{
    std::sort(v.begin(), v.end(), [descend](K const& a, K const& b) {
        bool an = a.key != a.key, bn = b.key != b.key;
        if (an != bn)
            return descend ? an : bn;
        int c = an ? 0 : compare_keys(a, b);
        if (c != 0)
            return descend ? c > 0 : c < 0;
        return a.pos < b.pos;
    });
}

// Real values only, no index output: plain sort of the slice (NaNs moved to the end/start).
void sort_values(double* v, size_t n, bool descend)
{
    double* mid = std::partition(v, v + n, [](double x) { return x == x; });
    std::sort(v, mid);
    if (descend) {
        std::reverse(v, mid);
        std::rotate(v, mid, v + n); // NaNs first
    }
}

// Copies the sorted slice positions `order` of typed data into the output slab.
template <typename T, typename K>
void gather_slice(T const* src, T* dst, Slab s, size_t i, size_t l, std::vector<K> const& order)
{
    for (size_t j = 0; j < s.len; ++j)
        dst[s.at(i, j, l)] = src[s.at(i, order[j].pos, l)];
}

// Sorted copy of a real double array, values only: in-place sort of each slice.
Value sort_real_values(Operand const& x, Slab s, bool descend)
{
    auto out = new_double(x.dims);
    double* o = out->data();
    std::vector<double> buf(s.before == 1 ? 0 : s.len);
    for (size_t l = 0; l < s.after; ++l) {
        if (s.before == 1) {
            double* col = o + s.at(0, 0, l);
            std::copy(x.re + s.at(0, 0, l), x.re + s.at(0, 0, l) + s.len, col);
            sort_values(col, s.len, descend);
            continue;
        }
        for (size_t i = 0; i < s.before; ++i) {
            for (size_t j = 0; j < s.len; ++j)
                buf[j] = x.re[s.at(i, j, l)];
            sort_values(buf.data(), s.len, descend);
            for (size_t j = 0; j < s.len; ++j)
                o[s.at(i, j, l)] = buf[j];
        }
    }
    return make_double(std::move(out));
}

// The general sort: keys per slice, then the permutation applied to the typed data (the
// result keeps x's class) and, when asked, written out as 1-based indices.
template <typename K>
Value sort_keyed(Operand const& x, Slab s, bool descend, DoubleArray* idx)
{
    Ref<DoubleArray> dout;
    Ref<LogicalArray> lout;
    Ref<CharArray> cout;
    if (x.cls == ClassId::Double) {
        dout = new_double(x.dims);
        if (x.is_complex())
            dout->make_complex();
    } else if (x.cls == ClassId::Logical) {
        lout = new_logical(x.dims);
    } else {
        cout = make_ref<CharArray>(x.dims);
    }
    std::vector<K> keys(s.len);
    for (size_t l = 0; l < s.after; ++l)
        for (size_t i = 0; i < s.before; ++i) {
            for (size_t j = 0; j < s.len; ++j) {
                size_t q = s.at(i, j, l);
                if constexpr (std::is_same_v<K, ComplexKey>) {
                    bool nan = cnan(x.re[q], x.im[q]);
                    keys[j] = { nan ? NaN : std::hypot(x.re[q], x.im[q]), nan ? 0.0 : std::atan2(x.im[q], x.re[q]), j };
                } else {
                    keys[j] = { x.at(q), j };
                }
            }
            sort_keys(keys, descend);
            if (dout) {
                gather_slice(x.re, dout->data(), s, i, l, keys);
                if (x.is_complex())
                    gather_slice(x.im, dout->imag(), s, i, l, keys);
            } else if (lout) {
                gather_slice(x.lg, lout->data(), s, i, l, keys);
            } else {
                gather_slice(x.ch, cout->data(), s, i, l, keys);
            }
            if (idx)
                for (size_t j = 0; j < s.len; ++j)
                    idx->data()[s.at(i, j, l)] = static_cast<double>(keys[j].pos + 1);
        }
    if (dout)
        return finish_double(std::move(dout));
    if (lout)
        return make_logical(std::move(lout));
    return make_char(std::move(cout));
}

// sort(x), sort(x, dim), sort(x, mode), sort(x, dim, mode); [s, i] = sort(...).
VoidResult sort_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand x(args[0]);
    if (!supported(x))
        return cx.error("MATLAB:sort:InvalidInput", "Only numeric, logical, char, string, and cell arrays of character vectors can be sorted.");
    std::optional<size_t> dim;
    bool descend = false;
    for (size_t a = 1; a < args.size(); ++a) {
        auto f = flag_text(args[a]);
        if (!f && a == 1) {
            dim = TRY(parse_dim(cx, args[a]));
            continue;
        }
        if (!f || (*f != "ascend" && *f != "descend"))
            return cx.error("MATLAB:sort:sortDirection", "Sorting direction must be 'ascend' or 'descend'.");
        descend = *f == "descend";
    }
    Slab s = slab_for(x.dims, dim ? *dim : default_dim(x.dims));
    if (x.is_typed()) { // integers (compared exactly) and single keep their class
        Ref<DoubleArray> idx = cx.nargout >= 2 ? new_double(x.dims) : Ref<DoubleArray>();
        outs[0] = reduce::typed_sort(args[0], s, descend, idx.get());
        if (idx)
            outs[1] = make_double(std::move(idx));
        return {};
    }
    if (cx.nargout < 2 && x.cls == ClassId::Double && !x.is_complex()) {
        outs[0] = sort_real_values(x, s, descend);
        return {};
    }
    Ref<DoubleArray> idx = cx.nargout >= 2 ? new_double(x.dims) : Ref<DoubleArray>();
    outs[0] = x.is_complex() ? sort_keyed<ComplexKey>(x, s, descend, idx.get()) : sort_keyed<RealKey>(x, s, descend, idx.get());
    if (idx)
        outs[1] = make_double(std::move(idx));
    return {};
}

// ---------------------------------------------------------------------------------------------
// find

// The shape of find's outputs: a row for row-vector input, 0x0 for an empty 0x0 or a scalar
// with no match, a column otherwise (MATLAB's rules).
Dims find_shape(Dims const& in, size_t count)
{
    if (in.ndims() == 2 && in.rows() == 0 && in.cols() == 0)
        return Dims(0, 0);
    if (in.is_scalar())
        return count ? Dims(1, 1) : Dims(0, 0);
    if (in.is_row())
        return Dims(1, count);
    return Dims(count, 1);
}

bool nonzero(Operand const& x, size_t i) { return x.at(i) != 0 || (x.im && x.im[i] != 0); }

// Linear positions (0-based) of nonzero elements: all, or the first/last `limit`.
std::vector<size_t> nonzero_positions(Operand const& x, std::optional<size_t> limit, bool from_end)
{
    std::vector<size_t> pos;
    size_t n = x.numel();
    size_t cap = limit ? *limit : n;
    if (from_end) {
        for (size_t i = n; i-- > 0 && pos.size() < cap;)
            if (nonzero(x, i))
                pos.push_back(i);
        std::reverse(pos.begin(), pos.end());
    } else {
        for (size_t i = 0; i < n && pos.size() < cap; ++i)
            if (nonzero(x, i))
                pos.push_back(i);
    }
    return pos;
}

// find(x) on real data: count, then fill the result directly (no intermediate index list).
Value find_linear(Operand const& x)
{
    size_t n = x.numel(), count = 0;
    x.visit([&](auto const* p) {
        for (size_t i = 0; i < n; ++i)
            count += p[i] != 0;
    });
    auto out = new_double(find_shape(x.dims, count));
    double* o = out->data();
    x.visit([&](auto const* p) {
        for (size_t i = 0, k = 0; i < n && k < count; ++i)
            if (p[i] != 0)
                o[k++] = static_cast<double>(i + 1);
    });
    return make_double(std::move(out));
}

// The values at `pos`, keeping x's class (v output of [r, c, v] = find(x)).
Value values_at(Operand const& x, std::vector<size_t> const& pos, Dims shape)
{
    if (x.cls == ClassId::Logical) {
        auto l = new_logical(shape);
        for (size_t k = 0; k < pos.size(); ++k)
            l->data()[k] = x.lg[pos[k]];
        return make_logical(std::move(l));
    }
    if (x.cls == ClassId::Char) {
        auto c = make_ref<CharArray>(shape);
        for (size_t k = 0; k < pos.size(); ++k)
            c->data()[k] = x.ch[pos[k]];
        return make_char(std::move(c));
    }
    if (x.is_typed()) {
        Value v = new_numeric(x.cls, shape);
        HeapObject* h = v.obj();
        auto copy = [&](auto* arr) {
            using T = typename std::remove_pointer_t<decltype(arr)>::Element;
            for (size_t k = 0; k < pos.size(); ++k)
                arr->data()[k] = static_cast<T const*>(x.tp)[pos[k]];
        };
        if (x.cls == ClassId::Single)
            copy(static_cast<SingleArray*>(h));
        else
            visit_int_class(x.cls, [&](auto tag) { copy(static_cast<IntArray<typename decltype(tag)::type>*>(h)); });
        return v;
    }
    auto d = new_double(shape);
    for (size_t k = 0; k < pos.size(); ++k)
        d->data()[k] = x.re[pos[k]];
    if (x.im) {
        d->make_complex();
        for (size_t k = 0; k < pos.size(); ++k)
            d->imag()[k] = x.im[pos[k]];
    }
    return finish_double(std::move(d));
}

VoidResult find_builtin(CallContext& cx, Args args, Outs outs)
{
    Operand x(args[0]);
    if (!supported(x))
        return cx.error("MATLAB:find:invalidInput", "Invalid data type. First argument must be numeric or logical.");
    std::optional<size_t> limit;
    bool from_end = false;
    if (args.size() >= 2) {
        NumericView k(args[1]);
        double kv = k.valid() && k.numel() == 1 && !k.is_complex() && args[1].class_id() != ClassId::Char ? k[0] : -1;
        if (!(kv >= 1) || (std::isfinite(kv) && kv != std::floor(kv)))
            return cx.error("MATLAB:find:KNotPositiveInteger", "Second argument must be a positive scalar integer.");
        limit = std::isfinite(kv) ? static_cast<size_t>(kv) : std::numeric_limits<size_t>::max();
    }
    if (args.size() == 3) {
        auto dir = flag_text(args[2]);
        if (!dir || (*dir != "first" && *dir != "last"))
            return cx.error("MATLAB:find:InvalidDirection", "Invalid search direction type. Specify 'first' or 'last'.");
        from_end = *dir == "last";
    }
    if (cx.nargout <= 1 && !limit && !x.is_complex()) {
        outs[0] = find_linear(x);
        return {};
    }
    std::vector<size_t> pos = nonzero_positions(x, limit, from_end);
    Dims shape = find_shape(x.dims, pos.size());
    if (cx.nargout <= 1) {
        auto out = new_double(shape);
        for (size_t k = 0; k < pos.size(); ++k)
            out->data()[k] = static_cast<double>(pos[k] + 1);
        outs[0] = make_double(std::move(out));
        return {};
    }
    size_t rows = x.dims.rows();
    auto r = new_double(shape), c = new_double(shape);
    for (size_t k = 0; k < pos.size(); ++k) {
        r->data()[k] = static_cast<double>(pos[k] % rows + 1);
        c->data()[k] = static_cast<double>(pos[k] / rows + 1);
    }
    outs[0] = make_double(std::move(r));
    outs[1] = make_double(std::move(c));
    if (cx.nargout >= 3)
        outs[2] = values_at(x, pos, shape);
    return {};
}

} // namespace

void register_reduce_builtins(BuiltinTable& table)
{
    table.add({ .name = "sum", .fn = sum_builtin, .min_in = 1, .max_in = 4, .max_out = 1 });
    table.add({ .name = "prod", .fn = prod_builtin, .min_in = 1, .max_in = 4, .max_out = 1 });
    table.add({ .name = "mean", .fn = mean_builtin, .min_in = 1, .max_in = 4, .max_out = 1 });
    table.add({ .name = "median", .fn = median_builtin, .min_in = 1, .max_in = 3, .max_out = 1 });
    table.add({ .name = "cumsum", .fn = cumsum_builtin, .min_in = 1, .max_in = 4, .max_out = 1 });
    table.add({ .name = "cumprod", .fn = cumprod_builtin, .min_in = 1, .max_in = 4, .max_out = 1 });
    table.add({ .name = "max", .fn = extreme_builtin<true>, .min_in = 1, .max_in = 5, .max_out = 2 });
    table.add({ .name = "min", .fn = extreme_builtin<false>, .min_in = 1, .max_in = 5, .max_out = 2 });
    table.add({ .name = "sort", .fn = sort_builtin, .min_in = 1, .max_in = 3, .max_out = 2 });
    table.add({ .name = "find", .fn = find_builtin, .min_in = 1, .max_in = 3, .max_out = 3 });
    table.add({ .name = "any", .fn = any_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    table.add({ .name = "all", .fn = all_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
}

} // namespace runmat::runtime
