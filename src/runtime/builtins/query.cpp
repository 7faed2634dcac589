// Type and shape queries and class conversions: size numel length ndims is* class isa
// double logical char isequal isequaln. Shape outputs are doubles; class names are char rows.
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/elementwise.hpp"
#include "runtime/numeric_class.hpp"
#include "runtime/ops.hpp"
#include "runtime/struct.hpp"
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace runmat::runtime {

namespace {

RuntimeError with_name(CallContext const& cx, RuntimeError e)
{
    if (e.raised_by.empty())
        e.raised_by = std::string(cx.name);
    return e;
}

RuntimeError bad_dimension(CallContext const& cx)
{
    return cx.error("MATLAB:getdimarg:dimensionMustBePositiveInteger",
        "Dimension argument must be a positive integer scalar or a vector of positive integers.");
}

// The dimension numbers (1-based) listed by size's trailing arguments: size(x, d),
// size(x, [d1 d2]) or size(x, d1, d2, ...).
Result<std::vector<size_t>> dimension_list(CallContext const& cx, Args dims)
{
    std::vector<size_t> out;
    for (Value const& v : dims) {
        if (!is_elementwise_class(v.class_id()) || v.class_id() == ClassId::Char || (dims.size() > 1 && v.numel() != 1))
            return bad_dimension(cx);
        DoubleOperand d(v);
        if (d.is_complex() || d.numel() == 0)
            return bad_dimension(cx);
        for (size_t i = 0; i < d.numel(); ++i) {
            double x = d.re()[i];
            if (!(x >= 1) || x != std::floor(x) || std::isinf(x))
                return bad_dimension(cx);
            out.push_back(static_cast<size_t>(x));
        }
    }
    return out;
}

VoidResult size_builtin(CallContext& cx, Args args, Outs outs)
{
    Dims d = args[0].dims();
    size_t nout = outs.size();
    if (args.size() > 1) {
        std::vector<size_t> which = TRY(dimension_list(cx, args.subspan(1)));
        if (nout == 1) {
            std::vector<double> v;
            for (size_t k : which)
                v.push_back(static_cast<double>(d[k - 1]));
            outs[0] = Value::row_vector(v);
            return {};
        }
        if (nout != which.size())
            return cx.error("MATLAB:getdimarg:invalidNumOutputs", "Number of output arguments must equal the number of dimensions requested.");
        for (size_t i = 0; i < nout; ++i)
            outs[i] = Value::scalar(static_cast<double>(d[which[i] - 1]));
        return {};
    }
    if (nout == 1) {
        std::vector<double> v;
        for (size_t k = 0; k < d.ndims(); ++k)
            v.push_back(static_cast<double>(d[k]));
        outs[0] = Value::row_vector(v);
        return {};
    }
    // [r, c] = size(x): the last output absorbs the remaining dimensions.
    for (size_t i = 0; i < nout; ++i) {
        size_t v = d[i];
        if (i + 1 == nout)
            for (size_t k = i + 1; k < d.ndims(); ++k)
                v *= d[k];
        outs[i] = Value::scalar(static_cast<double>(v));
    }
    return {};
}

VoidResult numel_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = Value::scalar(static_cast<double>(args[0].numel()));
    return {};
}

VoidResult length_builtin(CallContext& cx, Args args, Outs outs)
{
    Dims d = args[0].dims();
    size_t n = 0;
    if (!d.is_empty())
        for (size_t k = 0; k < d.ndims(); ++k)
            n = std::max(n, d[k]);
    outs[0] = Value::scalar(static_cast<double>(n));
    return {};
}

VoidResult ndims_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = Value::scalar(static_cast<double>(args[0].dims().ndims()));
    return {};
}

// Shape predicates.
template <bool (*Pred)(Value const&)>
VoidResult shape_predicate(CallContext&, Args args, Outs outs)
{
    outs[0] = Value::logical(Pred(args[0]));
    return {};
}

bool pred_empty(Value const& v) { return v.is_empty(); }
bool pred_scalar(Value const& v) { return v.dims().is_scalar(); }
bool pred_vector(Value const& v) { return v.dims().is_vector(); }
bool pred_row(Value const& v) { return v.dims().is_row(); }
bool pred_column(Value const& v) { return v.dims().is_column(); }
bool pred_matrix(Value const& v) { return v.dims().is_matrix(); }
bool pred_numeric(Value const& v) { return is_numeric_class(v.class_id()); }
bool pred_logical(Value const& v) { return v.class_id() == ClassId::Logical; }
bool pred_char(Value const& v) { return v.class_id() == ClassId::Char; }
bool pred_float(Value const& v) { return v.class_id() == ClassId::Double || v.class_id() == ClassId::Single; }
bool pred_integer(Value const& v) { return is_integer_class(v.class_id()); }

VoidResult class_builtin(CallContext&, Args args, Outs outs)
{
    outs[0] = Value::char_row(value_class_name(args[0]));
    return {};
}

// isa(x, name): a class name or a category: 'numeric', 'float', 'integer'.
VoidResult isa_builtin(CallContext& cx, Args args, Outs outs)
{
    if (!is_char_row(args[1]))
        return cx.error("MATLAB:isa:ClassNameMustBeText", "Class name must be a character vector or a string scalar.");
    std::string name = args[1].as_char_array()->to_utf8();
    ClassId c = args[0].class_id();
    bool yes;
    if (name == "numeric")
        yes = is_numeric_class(c);
    else if (name == "float")
        yes = c == ClassId::Double || c == ClassId::Single;
    else if (name == "integer")
        yes = is_integer_class(c);
    else if (name == "handle") // handle classes (containers.Map) derive from handle
        yes = as_object(args[0]) && as_object(args[0])->is_handle();
    else
        yes = value_class_name(args[0]) == name;
    outs[0] = Value::logical(yes);
    return {};
}

RuntimeError no_conversion(CallContext const& cx, char const* to, ClassId from)
{
    return cx.error("MATLAB:invalidConversion",
        std::string("Conversion to ") + to + " from " + std::string(class_name(from)) + " is not possible.");
}

VoidResult double_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& v = args[0];
    if (v.class_id() == ClassId::Double) {
        outs[0] = v;
        return {};
    }
    if (!is_elementwise_class(v.class_id()))
        return no_conversion(cx, "double", v.class_id());
    DoubleOperand d(v);
    auto out = make_ref<DoubleArray>(d.dims());
    std::copy(d.re(), d.re() + d.numel(), out->data());
    outs[0] = make_double(std::move(out));
    return {};
}

VoidResult logical_builtin(CallContext& cx, Args args, Outs outs)
{
    Result<Value> r = to_logical(args[0], LogicalConversion::Function);
    if (!r)
        return with_name(cx, r.release_error());
    outs[0] = std::move(r).value();
    return {};
}

char16_t to_char_unit(double x)
{
    // Nearest code unit, clamped to the UTF-16 range (NaN becomes 0).
    if (!(x > 0))
        return 0;
    if (x >= 65535)
        return 65535;
    return static_cast<char16_t>(std::lround(x));
}

// One argument of char(...) as a char array of the same shape.
Result<Ref<CharArray>> as_chars(CallContext const& cx, Value const& v)
{
    if (auto* c = v.as_char_array())
        return Ref<CharArray>(static_cast<CharArray*>(c->clone()));
    ClassId cls = v.class_id();
    if (!is_numeric_class(cls)) // char(true) is an error in MATLAB, as are cells (for now)
        return no_conversion(cx, "char", cls);
    if (cls != ClassId::Double) {
        // char of single and integers: the same nearest-code-unit rule as for doubles.
        Ref<CharArray> out;
        visit_elements(v, [&](auto const* p, size_t n, Dims const& dims) {
            out = make_ref<CharArray>(dims);
            for (size_t i = 0; i < n; ++i)
                out->data()[i] = char_unit(static_cast<double>(p[i]));
        });
        return out;
    }
    DoubleOperand d(v);
    auto out = make_ref<CharArray>(d.dims());
    for (size_t i = 0, n = d.numel(); i < n; ++i)
        out->data()[i] = to_char_unit(d.re()[i]);
    return out;
}

// char(a, b, ...): each argument's rows stacked, padded with blanks to the widest; an empty
// argument contributes one blank row.
VoidResult char_builtin(CallContext& cx, Args args, Outs outs)
{
    if (args.empty()) {
        outs[0] = make_char(make_ref<CharArray>(Dims(0, 0)));
        return {};
    }
    if (args.size() == 1) {
        if (args[0].class_id() == ClassId::Char) {
            outs[0] = args[0];
            return {};
        }
        outs[0] = make_char(TRY(as_chars(cx, args[0])));
        return {};
    }
    std::vector<Ref<CharArray>> parts;
    size_t rows = 0, width = 0;
    for (Value const& a : args) {
        Ref<CharArray> c = TRY(as_chars(cx, a));
        if (!c->shape().is_matrix())
            return cx.error("MATLAB:char:NDArray", "Inputs must be 2-D.");
        rows += std::max<size_t>(c->shape().rows(), 1);
        width = std::max(width, c->shape().cols());
        parts.push_back(std::move(c));
    }
    auto out = make_ref<CharArray>(Dims(rows, width), u' ');
    size_t r0 = 0;
    for (auto const& c : parts) {
        size_t r = c->shape().rows(), w = c->shape().cols();
        for (size_t j = 0; j < w; ++j)
            for (size_t i = 0; i < r; ++i)
                out->data()[j * rows + r0 + i] = c->data()[j * r + i];
        r0 += std::max<size_t>(r, 1);
    }
    outs[0] = make_char(std::move(out));
    return {};
}

enum class NanRule : uint8_t { Unequal, Equal }; // isequal / isequaln

bool deep_equal(Value const& a, Value const& b, NanRule nan);

// Numeric-like arrays of the same shape whose elements differ only where both are NaN.
bool equal_with_nans(Value const& a, Value const& b)
{
    if (is_integer_class(a.class_id()) || is_integer_class(b.class_id()))
        return false; // integers have no NaN: values_equal already answered exactly
    DoubleOperand da(a), db(b);
    for (size_t i = 0, n = da.numel(); i < n; ++i) {
        double ra = da.re()[i], rb = db.re()[i];
        double ia = da.im() ? da.im()[i] : 0.0, ib = db.im() ? db.im()[i] : 0.0;
        bool re_ok = ra == rb || (std::isnan(ra) && std::isnan(rb));
        bool im_ok = ia == ib || (std::isnan(ia) && std::isnan(ib));
        if (!re_ok || !im_ok)
            return false;
    }
    return true;
}

// MATLAB's isequal on structs: same size, the same set of field names (order does not
// matter), and equal values field by field.
bool structs_equal(StructArray const& a, StructArray const& b, NanRule nan)
{
    if (a.shape() != b.shape() || a.nfields() != b.nfields())
        return false;
    std::vector<size_t> map(a.nfields());
    for (size_t f = 0; f < a.nfields(); ++f) {
        std::optional<size_t> g = b.field_index(a.field_names()[f]);
        if (!g)
            return false;
        map[f] = *g;
    }
    for (size_t e = 0; e < a.numel(); ++e)
        for (size_t f = 0; f < a.nfields(); ++f)
            if (!deep_equal(a.at(e, f), b.at(e, map[f]), nan))
                return false;
    return true;
}

// isequal(a, b) recursing into cells and structs; leaves compare as values_equal does
// (numbers, logicals and chars by value whatever their class; handles by identity).
bool deep_equal(Value const& a, Value const& b, NanRule nan)
{
    auto* ca = as_cell_array(a);
    auto* cb = as_cell_array(b);
    if (ca || cb) {
        if (!ca || !cb || ca->shape() != cb->shape())
            return false;
        for (size_t i = 0, n = ca->numel(); i < n; ++i)
            if (!deep_equal(ca->data()[i], cb->data()[i], nan))
                return false;
        return true;
    }
    auto* sa = as_struct(a);
    auto* sb = as_struct(b);
    if (sa || sb)
        return sa && sb && structs_equal(*sa, *sb, nan);
    if (values_equal(a, b))
        return true;
    if (nan == NanRule::Equal && is_elementwise_class(a.class_id()) && is_elementwise_class(b.class_id()) && a.dims() == b.dims())
        return equal_with_nans(a, b);
    // The same object (a handle object, or one value shared by two variables) that is not
    // a numeric array (where NaN ~= NaN).
    return a.is_object() && b.is_object() && a.obj() == b.obj() && !is_elementwise_class(a.class_id());
}

template <NanRule Nan>
VoidResult isequal_builtin(CallContext&, Args args, Outs outs)
{
    bool eq = true;
    for (size_t i = 1; i < args.size() && eq; ++i)
        eq = deep_equal(args[0], args[i], Nan);
    outs[0] = Value::logical(eq);
    return {};
}

} // namespace

void register_query_builtins(BuiltinTable& t)
{
    auto one = [&](std::string_view name, BuiltinFn fn) { t.add({ .name = name, .fn = fn, .min_in = 1, .max_in = 1, .max_out = 1 }); };
    t.add({ .name = "size", .fn = size_builtin, .min_in = 1, .max_in = -1, .max_out = -1 });
    t.add({ .name = "numel", .fn = numel_builtin, .min_in = 1, .max_in = -1, .max_out = 1 });
    one("length", length_builtin);
    one("ndims", ndims_builtin);
    one("isempty", shape_predicate<pred_empty>);
    one("isscalar", shape_predicate<pred_scalar>);
    one("isvector", shape_predicate<pred_vector>);
    one("isrow", shape_predicate<pred_row>);
    one("iscolumn", shape_predicate<pred_column>);
    one("ismatrix", shape_predicate<pred_matrix>);
    one("isnumeric", shape_predicate<pred_numeric>);
    one("islogical", shape_predicate<pred_logical>);
    one("ischar", shape_predicate<pred_char>);
    one("isfloat", shape_predicate<pred_float>);
    one("isinteger", shape_predicate<pred_integer>);
    one("class", class_builtin);
    t.add({ .name = "isa", .fn = isa_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    one("double", double_builtin);
    one("logical", logical_builtin);
    t.add({ .name = "char", .fn = char_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    t.add({ .name = "isequal", .fn = isequal_builtin<NanRule::Unequal>, .min_in = 2, .max_in = -1, .max_out = 1 });
    t.add({ .name = "isequaln", .fn = isequal_builtin<NanRule::Equal>, .min_in = 2, .max_in = -1, .max_out = 1 });
}

} // namespace runmat::runtime
