// Text builtins over char arrays and cellstr (the string class slots in later): case, trimming,
// character classes, cellstr conversions, num2cell; registration of the whole
// text area (strings_search.cpp, strings_split.cpp, strings_regexp.cpp add the rest).
#include "runtime/builtins/strings_common.hpp"
#include <algorithm>
#include <cmath>
#include <limits>

namespace runmat::runtime {

namespace strings {

namespace {

RuntimeError not_text(CallContext const& cx)
{
    return cx.error("MATLAB:" + std::string(cx.name) + ":InputClass",
        "Input must be a string array, character array, or cell array of character vectors.");
}

// A char array of the same shape with every element mapped.
template <typename F>
Value map_chars(Value const& v, F f)
{
    auto* src = v.as_char_array();
    auto out = make_ref<CharArray>(src->shape());
    char16_t const* p = src->data();
    char16_t* q = out->data();
    for (size_t i = 0, n = src->numel(); i < n; ++i)
        q[i] = f(p[i]);
    return Value::object(std::move(out));
}

// Apply `fn` to a char array or to every element of a cellstr (other values: `other`).
template <typename F>
VoidResult per_text(CallContext& cx, Value const& v, Outs outs, F fn, bool pass_through_non_text)
{
    switch (text::text_kind(v)) {
    case TextKind::Char: outs[0] = TRY(fn(v)); return {};
    case TextKind::CellStr: {
        auto* c = text::as_cell(v);
        std::vector<Value> out;
        out.reserve(c->numel());
        for (size_t i = 0; i < c->numel(); ++i)
            out.push_back(TRY(fn(c->data()[i])));
        outs[0] = text::cell_from(c->shape(), std::move(out));
        return {};
    }
    case TextKind::String: return string_unsupported(cx);
    case TextKind::Other:
        if (pass_through_non_text && v.class_id() != ClassId::Cell) {
            outs[0] = v;
            return {};
        }
        return not_text(cx);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// upper lower: ASCII and Latin-1 letters on char data; numbers pass through unchanged.

VoidResult upper_builtin(CallContext& cx, Args args, Outs outs)
{
    return per_text(cx, args[0], outs, [](Value const& v) -> Result<Value> { return map_chars(v, text::to_upper); }, true);
}

VoidResult lower_builtin(CallContext& cx, Args args, Outs outs)
{
    return per_text(cx, args[0], outs, [](Value const& v) -> Result<Value> { return map_chars(v, text::to_lower); }, true);
}

// ---------------------------------------------------------------------------------------------
// strtrim deblank: columns of a char matrix that are whitespace (or NUL) in every row are
// removed from both ends (strtrim) or the end (deblank); significant whitespace (char(160)...)
// stays. A result with no characters left is '' (0x0).

bool column_blank(CharArray const& c, size_t col)
{
    size_t rows = c.shape().rows();
    for (size_t r = 0; r < rows; ++r)
        if (!text::is_trimmable(c.data()[r + col * rows]))
            return false;
    return true;
}

Result<Value> trim_char(CallContext& cx, Value const& v, bool leading)
{
    auto* c = v.as_char_array();
    if (c->numel() == 0)
        return v;
    if (!c->shape().is_matrix())
        return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidInput", "Input must be a two-dimensional character array.");
    size_t rows = c->shape().rows(), cols = c->shape().cols();
    size_t lo = 0, hi = cols;
    while (hi > 0 && column_blank(*c, hi - 1))
        --hi;
    while (leading && lo < hi && column_blank(*c, lo))
        ++lo;
    if (lo == 0 && hi == cols)
        return v;
    if (lo == hi)
        return text::char_row(u"");
    auto out = make_ref<CharArray>(Dims(rows, hi - lo));
    std::memcpy(out->data(), c->data() + lo * rows, (hi - lo) * rows * sizeof(char16_t));
    return Value::object(std::move(out));
}

VoidResult strtrim_builtin(CallContext& cx, Args args, Outs outs)
{
    return per_text(cx, args[0], outs, [&](Value const& v) { return trim_char(cx, v, true); }, false);
}

VoidResult deblank_builtin(CallContext& cx, Args args, Outs outs)
{
    return per_text(cx, args[0], outs, [&](Value const& v) { return trim_char(cx, v, false); }, false);
}

// ---------------------------------------------------------------------------------------------
// blanks newline

VoidResult blanks_builtin(CallContext& cx, Args args, Outs outs)
{
    auto n = count_arg(args[0]);
    if (!n)
        return cx.error("MATLAB:blanks:InvalidInput", "Input must be a nonnegative integer scalar.");
    auto a = make_ref<CharArray>(Dims(1, *n), u' ');
    outs[0] = Value::object(std::move(a));
    return {};
}

VoidResult newline_builtin(CallContext&, Args, Outs outs)
{
    outs[0] = text::char_row(u"\n");
    return {};
}

// ---------------------------------------------------------------------------------------------
// cellstr iscellstr isstring

VoidResult cellstr_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& v = args[0];
    switch (text::text_kind(v)) {
    case TextKind::CellStr: outs[0] = v; return {};
    case TextKind::String: return string_unsupported(cx);
    case TextKind::Other:
        if (v.class_id() == ClassId::Cell)
            return cx.error("MATLAB:cellstr:MustContainText", "Cell array must contain only character vectors.");
        return not_text(cx);
    case TextKind::Char: break;
    }
    auto* c = v.as_char_array();
    if (!c->shape().is_matrix())
        return cx.error("MATLAB:cellstr:InputShape", "Input must be a two-dimensional character array.");
    size_t rows = c->shape().rows();
    if (rows == 0 || c->numel() == 0) {
        // cellstr('') is {''}; each of the rows of an Nx0 char gives ''.
        size_t n = std::max<size_t>(rows, 1);
        outs[0] = text::cell_from(Dims(n, 1), std::vector<Value>(n, text::char_row(u"")));
        return {};
    }
    std::vector<Value> out;
    out.reserve(rows);
    for (size_t r = 0; r < rows; ++r) {
        std::u16string row = text::char_matrix_row(*c, r);
        size_t n = row.size();
        while (n > 0 && text::is_trimmable(row[n - 1]))
            --n;
        out.push_back(text::char_row(std::u16string_view(row).substr(0, n)));
    }
    outs[0] = text::cell_column(std::move(out));
    return {};
}

VoidResult iscellstr_builtin(CallContext&, Args args, Outs outs)
{
    outs[0] = Value::logical(text::is_cellstr(args[0]));
    return {};
}

VoidResult isstring_builtin(CallContext&, Args args, Outs outs)
{
    outs[0] = Value::logical(args[0].class_id() == ClassId::String);
    return {};
}

// ---------------------------------------------------------------------------------------------
// Character classes: isletter isspace isstrprop

enum class Prop : uint8_t { Alpha, AlphaNum, Cntrl, Digit, Graphic, Lower, Print, Punct, Space, Upper, XDigit };

bool is_punct(char16_t c)
{
    if (c < 0x80)
        return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
    return (c >= 0xA1 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) || c == 0xD7 || c == 0xF7
        || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || (c >= 0x3001 && c <= 0x3003);
}

bool has_prop(char16_t c, Prop p)
{
    switch (p) {
    case Prop::Alpha: return text::is_alpha(c);
    case Prop::AlphaNum: return text::is_alpha(c) || text::is_digit(c);
    case Prop::Cntrl: return c < 32 || (c >= 127 && c < 160);
    case Prop::Digit: return text::is_digit(c);
    case Prop::Graphic: return !(c < 32 || (c >= 127 && c < 160)) && !text::is_space(c);
    case Prop::Lower: return text::is_lower(c);
    case Prop::Print: return !(c < 32 || (c >= 127 && c < 160)) && (c == u' ' || !text::is_space(c));
    case Prop::Punct: return is_punct(c);
    case Prop::Space: return text::is_space(c);
    case Prop::Upper: return text::is_upper(c);
    case Prop::XDigit: return text::is_digit(c) || ((c | 0x20) >= u'a' && (c | 0x20) <= u'f');
    }
    return false;
}

// A logical array of v's shape: the property of each element (numbers are character codes;
// values that are not characters at all are false).
Value prop_array(Value const& v, Prop p)
{
    NumericView nv(v);
    auto out = new_logical(v.dims());
    if (nv.valid() && !nv.is_complex())
        for (size_t i = 0, n = nv.numel(); i < n; ++i) {
            double d = nv[i];
            out->data()[i] = d >= 0 && d <= 0xFFFF && d == std::floor(d) && has_prop(static_cast<char16_t>(d), p);
        }
    return make_logical(std::move(out));
}

// isletter/isspace: true only for char elements; anything else is all false (same size).
VoidResult char_predicate(Value const& v, Outs outs, Prop p)
{
    if (v.class_id() == ClassId::Char) {
        outs[0] = prop_array(v, p);
        return {};
    }
    outs[0] = make_logical(new_logical(v.dims()));
    return {};
}

VoidResult isletter_builtin(CallContext&, Args args, Outs outs) { return char_predicate(args[0], outs, Prop::Alpha); }
VoidResult isspace_builtin(CallContext&, Args args, Outs outs) { return char_predicate(args[0], outs, Prop::Space); }
// isdigit (Octave's name; MATLAB spells it isstrprop(s, 'digit')): true for '0'..'9'.
VoidResult isdigit_builtin(CallContext&, Args args, Outs outs) { return char_predicate(args[0], outs, Prop::Digit); }

VoidResult isstrprop_builtin(CallContext& cx, Args args, Outs outs)
{
    static constexpr std::pair<std::string_view, Prop> NAMES[] = {
        { "alpha", Prop::Alpha }, { "alphanum", Prop::AlphaNum }, { "cntrl", Prop::Cntrl },
        { "digit", Prop::Digit }, { "graphic", Prop::Graphic }, { "graph", Prop::Graphic },
        { "lower", Prop::Lower }, { "print", Prop::Print }, { "punct", Prop::Punct },
        { "wspace", Prop::Space }, { "upper", Prop::Upper }, { "xdigit", Prop::XDigit },
    };
    std::optional<Prop> prop;
    for (auto [name, p] : NAMES)
        if (option_is(args[1], name))
            prop = p;
    if (!prop)
        return cx.error("MATLAB:isstrprop:InvalidCategory",
            "Category must be one of: 'alpha', 'alphanum', 'cntrl', 'digit', 'graphic', 'lower', 'print', 'punct', 'wspace', 'upper', 'xdigit'.");
    bool force_cell = false;
    if (args.size() == 4 && option_is(args[2], "ForceCellOutput"))
        force_cell = TRY(bool_option(cx, args[3], "ForceCellOutput"));
    else if (args.size() != 2)
        return cx.error("MATLAB:isstrprop:InvalidOption", "Optional arguments must be 'ForceCellOutput' followed by a logical value.");
    Value const& v = args[0];
    if (v.class_id() == ClassId::String)
        return string_unsupported(cx);
    if (auto* c = text::as_cell(v)) {
        std::vector<Value> out;
        for (size_t i = 0; i < c->numel(); ++i) {
            if (!NumericView(c->data()[i]).valid())
                return cx.error("MATLAB:isstrprop:InvalidCellInput", "Cell array elements must be character or numeric arrays.");
            out.push_back(prop_array(c->data()[i], *prop));
        }
        outs[0] = text::cell_from(c->shape(), std::move(out));
        return {};
    }
    if (!NumericView(v).valid())
        return cx.error("MATLAB:isstrprop:InvalidInput", "Input must be a character array, a cell array, a string array, or a numeric array.");
    Value r = prop_array(v, *prop);
    if (force_cell) {
        std::vector<Value> one;
        one.push_back(std::move(r));
        r = text::cell_from(Dims(1, 1), std::move(one));
    }
    outs[0] = std::move(r);
    return {};
}

// ---------------------------------------------------------------------------------------------
// strlength: the number of characters of a char vector, or of each cell element.

VoidResult strlength_builtin(CallContext& cx, Args args, Outs outs)
{
    auto bad = [](CallContext const& c) {
        return c.error("MATLAB:strlength:InvalidInput", "Input must be a string array, character vector, or cell array of character vectors.");
    };
    TextList t = TRY(require_text(cx, args[0], bad));
    if (!t.is_cell()) {
        if (!text::is_char_vector(args[0]))
            return bad(cx);
        outs[0] = Value::scalar(static_cast<double>(t.items[0].size()));
        return {};
    }
    auto* c = text::as_cell(args[0]);
    auto out = new_double(t.dims);
    for (size_t i = 0; i < t.items.size(); ++i) {
        if (!text::is_char_vector(c->data()[i]))
            return bad(cx);
        out->data()[i] = static_cast<double>(t.items[i].size());
    }
    outs[0] = make_double(std::move(out));
    return {};
}

} // namespace

} // namespace strings

// ---------------------------------------------------------------------------------------------
// num2cell: every element of any array in its own cell (not text-specific; it lives here
// because cellstr-style code needs it).

namespace {

// Element i of any array value as a 1x1 value of the same class.
template <typename A>
Value element_of(A const& a, size_t i)
{
    auto one = make_ref<A>(Dims(1, 1));
    one->data()[0] = a.data()[i];
    return Value::object(std::move(one));
}

Result<Value> element_at(CallContext& cx, Value const& v, size_t i)
{
    if (!v.is_object())
        return v;
    if (auto* d = v.as_double_array())
        return d->is_complex() ? Value::complex(d->data()[i], d->imag()[i]) : Value::scalar(d->data()[i]);
    if (auto* l = v.as_logical_array())
        return Value::logical(l->data()[i] != 0);
    if (auto* c = v.as_char_array())
        return element_of(*c, i);
    if (auto* s = v.as_single_array())
        return element_of(*s, i);
    if (auto* c = text::as_cell(v)) {
        std::vector<Value> one;
        one.push_back(c->data()[i]);
        return text::cell_from(Dims(1, 1), std::move(one));
    }
    switch (v.class_id()) {
    case ClassId::Int8: return element_of(*v.as_int_array<int8_t>(), i);
    case ClassId::Int16: return element_of(*v.as_int_array<int16_t>(), i);
    case ClassId::Int32: return element_of(*v.as_int_array<int32_t>(), i);
    case ClassId::Int64: return element_of(*v.as_int_array<int64_t>(), i);
    case ClassId::UInt8: return element_of(*v.as_int_array<uint8_t>(), i);
    case ClassId::UInt16: return element_of(*v.as_int_array<uint16_t>(), i);
    case ClassId::UInt32: return element_of(*v.as_int_array<uint32_t>(), i);
    case ClassId::UInt64: return element_of(*v.as_int_array<uint64_t>(), i);
    default: break;
    }
    if (v.numel() == 1)
        return v;
    return cx.error("RunMat:num2cell:unsupportedClass", "num2cell does not support values of class '" + std::string(value_class_name(v)) + "' yet.");
}

VoidResult num2cell_builtin(CallContext& cx, Args args, Outs outs)
{
    if (args.size() > 1)
        return cx.error("RunMat:num2cell:dimsNotSupported", "num2cell(A, dims) is not supported yet.");
    Value const& v = args[0];
    size_t n = v.numel();
    std::vector<Value> out;
    out.reserve(n);
    for (size_t i = 0; i < n; ++i)
        out.push_back(TRY(element_at(cx, v, i)));
    outs[0] = text::cell_from(v.dims(), std::move(out));
    return {};
}

} // namespace

// str2num lives in strings_str2num.cpp.
namespace strings {
void register_str2num_builtin(BuiltinTable&);
}

void register_string_builtins(BuiltinTable& t)
{
    using namespace strings;
    t.add({ .name = "upper", .fn = upper_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "lower", .fn = lower_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "strtrim", .fn = strtrim_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "deblank", .fn = deblank_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "blanks", .fn = blanks_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "newline", .fn = newline_builtin, .min_in = 0, .max_in = 0, .max_out = 1 });
    t.add({ .name = "cellstr", .fn = cellstr_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "iscellstr", .fn = iscellstr_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "isstring", .fn = isstring_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "isletter", .fn = isletter_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "isspace", .fn = isspace_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "isdigit", .fn = isdigit_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "isstrprop", .fn = isstrprop_builtin, .min_in = 2, .max_in = 4, .max_out = 1 });
    t.add({ .name = "strlength", .fn = strlength_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "num2cell", .fn = num2cell_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    register_string_search_builtins(t);
    register_string_split_builtins(t);
    register_regexp_builtins(t);
    register_str2num_builtin(t);
}

} // namespace runmat::runtime
