// The string class: storage, conversion to string (MATLAB's string(x) rules), the operators
// on strings (+ concatenates, relational operators compare text), indexing, concatenation.
// Positions for indexing and concatenation are computed by running the dense-array code on
// arrays of element labels (as cell_ops.cpp does), so strings get exactly the subscript rules,
// growth and error messages of numeric arrays. Knows nothing of the VM or display.
#include "runtime/string_array.hpp"
#include "runtime/array_util.hpp"
#include "runtime/concat.hpp"
#include "runtime/elementwise.hpp"
#include "runtime/indexing.hpp"
#include "runtime/text_util.hpp"
#include <cmath>
#include <cstdio>

namespace runmat::runtime {

bool StringArray::any_missing() const
{
    for (uint8_t m : m_missing)
        if (m)
            return true;
    return false;
}

void StringArray::set_missing(size_t i, bool missing)
{
    if (!missing && m_missing.empty())
        return;
    if (m_missing.empty())
        m_missing.assign(m_data.size(), 0);
    m_missing[i] = missing;
    if (missing)
        m_data[i].clear();
}

bool is_missing_value(Value const& v)
{
    return v.is_object() && v.obj()->class_id() == ClassId::Object && dynamic_cast<MissingValue const*>(v.obj());
}

Value make_string(std::string text)
{
    auto s = make_ref<StringArray>(Dims(1, 1));
    s->at(0) = std::move(text);
    return Value::object(std::move(s));
}

Value make_missing_string()
{
    auto s = make_ref<StringArray>(Dims(1, 1));
    s->set_missing(0, true);
    return Value::object(std::move(s));
}

Value make_string_array(Ref<StringArray> a) { return Value::object(std::move(a)); }

std::u16string string_element_utf16(StringArray const& s, size_t i) { return text::from_utf8(s.at(i)); }

// ---------------------------------------------------------------------------------------------
// string(x)

std::string number_text(double x)
{
    if (std::isnan(x))
        return "NaN";
    if (std::isinf(x))
        return x < 0 ? "-Inf" : "Inf";
    if (x == 0)
        return "0"; // -0 too
    char buf[64];
    if (x == std::trunc(x) && std::fabs(x) < 1e10)
        std::snprintf(buf, sizeof buf, "%.0f", x);
    else
        std::snprintf(buf, sizeof buf, "%.5g", x);
    return buf;
}

namespace {

RuntimeError conversion_error(Value const& v)
{
    return make_error("MATLAB:invalidConversion",
        "Conversion to string from " + std::string(value_class_name(v)) + " is not possible.");
}

std::string complex_text(double re, double im)
{
    std::string out = number_text(re);
    std::string i = number_text(im);
    if (std::isnan(im) || i[0] != '-')
        out += '+';
    return out + i + "i";
}

// Numbers, logicals and chars in numeric form, element-wise. NaN becomes <missing>, as
// MATLAB's string(NaN) does.
Ref<StringArray> numbers_to_strings(Value const& v)
{
    NumericView nv(v);
    auto out = make_ref<StringArray>(nv.dims());
    ClassId c = v.class_id();
    for (size_t i = 0, n = nv.numel(); i < n; ++i) {
        double x = nv[i];
        if (c == ClassId::Logical)
            out->at(i) = x != 0 ? "true" : "false";
        else if (nv.is_complex())
            out->at(i) = complex_text(x, nv.imag(i));
        else if (std::isnan(x))
            out->set_missing(i, true);
        else if (is_integer_class(c) && std::fabs(x) >= 1e10)
            out->at(i) = std::to_string(static_cast<long long>(x));
        else
            out->at(i) = number_text(x);
    }
    return out;
}

// A char array: a row (or any empty) is one element; a 2-D matrix one element per row.
Result<Ref<StringArray>> chars_to_strings(Value const& v)
{
    auto* c = v.as_char_array();
    Dims const& d = c->shape();
    if (d.numel() == 0 || d.is_row()) {
        auto out = make_ref<StringArray>(Dims(1, 1));
        out->at(0) = c->to_utf8();
        return out;
    }
    if (!d.is_matrix())
        return make_error("MATLAB:string:MustBeTwoDim", "Character array must be 2-D.");
    auto out = make_ref<StringArray>(Dims(d.rows(), 1));
    for (size_t r = 0; r < d.rows(); ++r)
        out->at(r) = text::to_utf8(text::char_matrix_row(*c, r));
    return out;
}

Result<Ref<StringArray>> strings_of(Value const& v);

// A cell: every element must convert to exactly one string.
Result<Ref<StringArray>> cell_to_strings(Value const& v)
{
    auto* c = text::as_cell(v);
    auto out = make_ref<StringArray>(c->shape());
    for (size_t i = 0; i < c->numel(); ++i) {
        Value const& e = c->data()[i];
        if (e.class_id() == ClassId::Cell || !e.is_defined())
            return conversion_error(v);
        auto s = TRY(strings_of(e));
        if (s->numel() != 1)
            return make_error("MATLAB:string:CellElementsMustBeScalar",
                "Conversion to string from cell is not possible. Each cell must contain a scalar.");
        if (s->is_missing(0))
            out->set_missing(i, true);
        else
            out->at(i) = std::move(s->at(0));
    }
    return out;
}

Result<Ref<StringArray>> strings_of(Value const& v)
{
    if (auto* s = as_string_array(v))
        return Ref<StringArray>(static_cast<StringArray*>(s->clone()));
    if (v.class_id() == ClassId::Char)
        return chars_to_strings(v);
    if (v.class_id() == ClassId::Cell)
        return cell_to_strings(v);
    if (is_missing_value(v)) {
        auto out = make_ref<StringArray>(Dims(1, 1));
        out->set_missing(0, true);
        return out;
    }
    if (is_numeric_class(v.class_id()) || v.class_id() == ClassId::Logical)
        return numbers_to_strings(v);
    return conversion_error(v);
}

// A read-only string view of an operand: the array itself when it is a string, otherwise a
// converted copy kept alive by `hold`.
Result<StringArray const*> string_operand(Value const& v, Value& hold)
{
    if (auto* s = as_string_array(v))
        return static_cast<StringArray const*>(s);
    hold = Value::object(TRY(strings_of(v)));
    return static_cast<StringArray const*>(as_string_array(hold));
}

// For each element of the broadcast shape `od`, the linear index into an operand of shape d.
std::vector<size_t> broadcast_map(Dims const& d, Dims const& od)
{
    size_t n = od.numel();
    std::vector<size_t> map(n);
    if (d == od) {
        for (size_t i = 0; i < n; ++i)
            map[i] = i;
        return map;
    }
    if (d.numel() == 1)
        return map; // all zeros
    size_t nd = od.ndims();
    std::vector<size_t> sub(nd, 0), stride(nd, 0);
    size_t s = 1;
    for (size_t k = 0; k < nd; ++k) {
        stride[k] = d[k] == 1 ? 0 : s;
        s *= d[k];
    }
    for (size_t i = 0; i < n; ++i) {
        size_t at = 0;
        for (size_t k = 0; k < nd; ++k)
            at += sub[k] * stride[k];
        map[i] = at;
        for (size_t k = 0; k < nd && ++sub[k] == od[k]; ++k)
            sub[k] = 0;
    }
    return map;
}


RuntimeError unsupported(BinOp op, Value const& v)
{
    return make_error("MATLAB:UndefinedFunction", std::string("Operator '") + binop_symbol(op)
            + "' is not supported for operands of type '" + std::string(value_class_name(v)) + "'.");
}

// Operands + and the relational operators accept next to a string: text, numbers, logicals.
bool is_string_operand_class(Value const& v)
{
    ClassId c = v.class_id();
    return c == ClassId::String || c == ClassId::Char || is_numeric_class(c) || c == ClassId::Logical
        || (c == ClassId::Cell && text::is_cellstr(v)) || is_missing_value(v);
}

bool compare(BinOp op, std::string const& x, std::string const& y)
{
    int c = x.compare(y);
    switch (op) {
    case BinOp::Eq: return c == 0;
    case BinOp::Ne: return c != 0;
    case BinOp::Lt: return c < 0;
    case BinOp::Le: return c <= 0;
    case BinOp::Gt: return c > 0;
    default: return c >= 0;
    }
}

} // namespace

Result<Value> to_string_value(Value const& v)
{
    if (v.class_id() == ClassId::String)
        return v;
    return Value::object(TRY(strings_of(v)));
}

// ---------------------------------------------------------------------------------------------
// Operators

Result<Value> string_binary_op(BinOp op, Value const& a, Value const& b)
{
    bool relational = op == BinOp::Eq || op == BinOp::Ne || op == BinOp::Lt || op == BinOp::Le || op == BinOp::Gt || op == BinOp::Ge;
    if (op != BinOp::Plus && !relational)
        return unsupported(op, a.class_id() == ClassId::String ? a : b);
    if (!is_string_operand_class(a))
        return unsupported(op, a);
    if (!is_string_operand_class(b))
        return unsupported(op, b);
    Value ha, hb;
    StringArray const* x = TRY(string_operand(a, ha));
    StringArray const* y = TRY(string_operand(b, hb));
    Dims od = TRY(broadcast_dims(x->shape(), y->shape()));
    std::vector<size_t> mx = broadcast_map(x->shape(), od), my = broadcast_map(y->shape(), od);
    size_t n = od.numel();
    if (op == BinOp::Plus) {
        auto out = make_ref<StringArray>(od);
        for (size_t i = 0; i < n; ++i) {
            if (x->is_missing(mx[i]) || y->is_missing(my[i]))
                out->set_missing(i, true);
            else
                out->at(i) = x->at(mx[i]) + y->at(my[i]);
        }
        return Value::object(std::move(out));
    }
    auto out = new_logical(od);
    for (size_t i = 0; i < n; ++i) {
        // <missing> is unequal to everything, itself included, and unordered.
        if (x->is_missing(mx[i]) || y->is_missing(my[i]))
            out->data()[i] = op == BinOp::Ne;
        else
            out->data()[i] = compare(op, x->at(mx[i]), y->at(my[i]));
    }
    return make_logical(std::move(out));
}

Result<Value> string_transpose(Value const& a)
{
    auto* s = as_string_array(a);
    Dims const& d = s->shape();
    if (!d.is_matrix())
        return make_error("MATLAB:transpose:NDArray", "Transpose on ND array is not defined. Use PERMUTE instead.");
    size_t rows = d.rows(), cols = d.cols();
    auto out = make_ref<StringArray>(Dims(cols, rows));
    for (size_t j = 0; j < cols; ++j)
        for (size_t i = 0; i < rows; ++i) {
            size_t from = i + j * rows, to = j + i * cols;
            if (s->is_missing(from))
                out->set_missing(to, true);
            else
                out->at(to) = s->at(from);
        }
    return Value::object(std::move(out));
}

bool string_values_equal(Value const& a, Value const& b)
{
    auto is_text = [](Value const& v) {
        return v.class_id() == ClassId::String || v.class_id() == ClassId::Char || (v.class_id() == ClassId::Cell && text::is_cellstr(v));
    };
    if (!is_text(a) || !is_text(b))
        return false;
    Value ha, hb;
    auto x = string_operand(a, ha);
    auto y = string_operand(b, hb);
    if (x.is_error() || y.is_error())
        return false;
    StringArray const* s = x.value();
    StringArray const* t = y.value();
    if (s->shape() != t->shape())
        return false;
    for (size_t i = 0; i < s->numel(); ++i)
        if (s->is_missing(i) || t->is_missing(i) || s->at(i) != t->at(i))
            return false;
    return true;
}

bool string_case_match(Value const& subject, Value const& value)
{
    auto text_of = [](Value const& v, std::string& out) {
        if (auto* s = as_string_array(v)) {
            if (s->numel() != 1 || s->is_missing(0))
                return false;
            out = s->at(0);
            return true;
        }
        if (text::is_char_vector(v)) {
            out = v.as_char_array()->to_utf8();
            return true;
        }
        return false;
    };
    std::string x, y;
    if (!text_of(subject, x))
        return false;
    if (auto* c = text::as_cell(value)) {
        for (size_t i = 0; i < c->numel(); ++i)
            if (text_of(c->data()[i], y) && x == y)
                return true;
        return false;
    }
    if (auto* s = as_string_array(value); s && s->numel() > 1) {
        for (size_t i = 0; i < s->numel(); ++i)
            if (!s->is_missing(i) && s->at(i) == x)
                return true;
        return false;
    }
    return text_of(value, y) && x == y;
}

// ---------------------------------------------------------------------------------------------
// Indexing

namespace {

// 1..n (plus `first - 1`) as a double array of shape d: indexing it yields positions.
Value labels(Dims d, double first = 1)
{
    auto a = make_ref<DoubleArray>(d);
    double* p = a->data();
    for (size_t i = 0, n = a->numel(); i < n; ++i)
        p[i] = first + double(i);
    return Value::object(std::move(a));
}

void read_labels(Value const& v, std::vector<size_t>& out)
{
    if (v.is_num()) {
        out.assign(1, size_t(v.num()));
        return;
    }
    auto* a = v.as_double_array();
    out.resize(a->numel());
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = size_t(a->data()[i]);
}

bool scalar_position(Value const& v, size_t& out)
{
    double d;
    if (v.is_num())
        d = v.num();
    else if (auto* a = v.as_double_array(); a && a->numel() == 1 && !a->is_complex())
        d = a->data()[0];
    else
        return false;
    if (!(d >= 1) || d != std::floor(d) || d > 9e15)
        return false;
    out = size_t(d) - 1;
    return true;
}

void copy_element(StringArray& dst, size_t to, StringArray const& src, size_t from)
{
    if (src.is_missing(from))
        dst.set_missing(to, true);
    else
        dst.set(to, src.at(from));
}

// A string array of shape d whose element i is element labels[i]-1 of the sources laid end to
// end (label 0: <missing>, what growth fills with).
Value assemble(Dims d, std::vector<size_t> const& lab, std::vector<StringArray const*> const& srcs)
{
    auto out = make_ref<StringArray>(d);
    for (size_t i = 0; i < lab.size(); ++i) {
        size_t l = lab[i];
        if (l == 0) {
            out->set_missing(i, true);
            continue;
        }
        --l;
        size_t s = 0;
        while (l >= srcs[s]->numel()) {
            l -= srcs[s]->numel();
            ++s;
        }
        copy_element(*out, i, *srcs[s], l);
    }
    return Value::object(std::move(out));
}

bool is_blank(Value const& v)
{
    if (!v.is_defined())
        return true;
    auto* d = v.as_double_array();
    return d && d->shape().is_matrix() && d->shape().rows() == 0 && d->shape().cols() == 0;
}

// s(end+1) = "x" on a uniquely owned row (or empty) string array.
bool append_in_place(StringArray& s, size_t pos, StringArray const& rhs)
{
    Dims const& d = s.shape();
    size_t n = s.numel();
    if (pos != n || !d.is_matrix() || !(n == 0 || d.rows() == 1 || d.cols() == 1) || rhs.numel() != 1)
        return false;
    s.resize(n == 0 ? Dims(1, 1) : d.rows() == 1 ? Dims(1, n + 1) : Dims(n + 1, 1));
    copy_element(s, n, rhs, 0);
    return true;
}

} // namespace

Result<Value> string_index_get(Value const& base, std::span<Value const> idx)
{
    auto* s = as_string_array(base);
    size_t pos;
    if (idx.size() == 1 && scalar_position(idx[0], pos) && pos < s->numel()) {
        auto out = make_ref<StringArray>(Dims(1, 1));
        copy_element(*out, 0, *s, pos);
        return Value::object(std::move(out));
    }
    Value sel = TRY(index_get(labels(s->shape()), idx));
    std::vector<size_t> lab;
    read_labels(sel, lab);
    return assemble(sel.dims(), lab, { s });
}

VoidResult string_index_assign(Value& base, std::span<Value const> idx, Value const& rhs)
{
    Value hold;
    StringArray const* r = TRY(string_operand(rhs, hold));
    if (!hold.is_defined())
        hold = rhs; // keeps r alive if base shares its object (s(2) = s)
    bool blank = is_blank(base);
    size_t pos;
    if (!blank && idx.size() == 1 && r->numel() == 1 && scalar_position(idx[0], pos)) {
        auto* s = static_cast<StringArray*>(base.make_unique());
        if (pos < s->numel()) {
            copy_element(*s, pos, *r, 0);
            return {};
        }
        if (append_in_place(*s, pos, *r))
            return {};
    }
    size_t n = blank ? 0 : base.numel();
    Value lab = blank ? Value() : labels(base.dims());
    TRY_VOID(index_assign(lab, idx, labels(r->shape(), double(n) + 1)));
    std::vector<size_t> out;
    read_labels(lab, out);
    StringArray none(Dims(0, 0));
    base = assemble(lab.dims(), out, { blank ? &none : as_string_array(base), r });
    return {};
}

VoidResult string_index_delete(Value& base, std::span<Value const> idx)
{
    auto* s = as_string_array(base);
    Value lab = labels(s->shape());
    TRY_VOID(index_delete(lab, idx));
    std::vector<size_t> out;
    read_labels(lab, out);
    if (out.size() == s->numel() && lab.dims() == s->shape())
        return {};
    base = assemble(lab.dims(), out, { s });
    return {};
}

Result<std::vector<Value>> string_brace_get(Value const& base, std::span<Value const> idx)
{
    if (idx.empty())
        return make_error("MATLAB:index:lhsNoSubscript", "Brace indexing requires at least one subscript.");
    Value sel = TRY(string_index_get(base, idx));
    auto* s = as_string_array(sel);
    std::vector<Value> out;
    out.reserve(s->numel());
    for (size_t i = 0; i < s->numel(); ++i)
        out.push_back(text::char_row(string_element_utf16(*s, i), text::EmptyShape::ZeroByZero));
    return out;
}

VoidResult string_brace_set(Value& base, std::span<Value const> idx, Value const& rhs)
{
    if (idx.empty())
        return make_error("MATLAB:index:lhsNoSubscript", "An indexing expression on the left side of an assignment must have at least one subscript.");
    Value hold;
    StringArray const* r = TRY(string_operand(rhs, hold));
    if (r->numel() != 1 || !(rhs.class_id() == ClassId::Char || rhs.class_id() == ClassId::String))
        return make_error("MATLAB:string:BraceAssignmentMustBeText",
            "Unable to perform assignment because the right-hand side must be a character vector or string scalar.");
    return string_index_assign(base, idx, hold.is_defined() ? hold : rhs);
}

// ---------------------------------------------------------------------------------------------
// Concatenation

Result<Value> string_cat(size_t dim, std::span<Value const> parts)
{
    if (dim == 0)
        return make_error("MATLAB:catenate:invalidDimension", "Dimension argument must be a real, positive, integer scalar.");
    std::vector<Value> holds(parts.size());
    std::vector<StringArray const*> srcs;
    std::vector<Value> labs;
    size_t offset = 0;
    for (size_t i = 0; i < parts.size(); ++i) {
        // [] (0x0 double) contributes nothing, as in numeric concatenation.
        if (is_blank(parts[i]) && parts[i].class_id() == ClassId::Double)
            continue;
        StringArray const* s = TRY(string_operand(parts[i], holds[i]));
        srcs.push_back(s);
        labs.push_back(labels(s->shape(), double(offset) + 1));
        offset += s->numel();
    }
    if (srcs.empty())
        return Value::object(make_ref<StringArray>(Dims(0, 0)));
    Value lab = TRY(cat(dim, labs));
    std::vector<size_t> out;
    read_labels(lab, out);
    return assemble(lab.dims(), out, srcs);
}

} // namespace runmat::runtime
