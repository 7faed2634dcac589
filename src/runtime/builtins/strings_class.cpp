// Builtins of the string class (string strings strlength ismissing missing compose
// isStringScalar convertCharsToStrings convertStringsToChars), and string support for the text
// builtins written for char and cellstr: those are re-registered here behind an adapter that
// hands them string scalars as char rows and string arrays as cellstr, then turns their text
// results back into strings where MATLAB returns strings (see ADAPTED). Registered last, so it
// wraps whatever the other areas registered. Knows nothing of the VM.
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/format.hpp"
#include "runtime/string_array.hpp"
#include "runtime/text_util.hpp"
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <utility>

namespace runmat::runtime {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

bool is_string(Value const& v) { return v.class_id() == ClassId::String; }

bool any_string(Args args)
{
    for (Value const& a : args)
        if (is_string(a))
            return true;
    return false;
}

// One string element as a char row (<missing> as '').
Value element_char(StringArray const& s, size_t i)
{
    return text::char_row(string_element_utf16(s, i), text::EmptyShape::ZeroByZero);
}

// A string scalar as a char row, a string array as a cellstr of its shape.
Value string_to_char_form(StringArray const& s)
{
    if (s.shape().is_scalar())
        return element_char(s, 0);
    std::vector<Value> cells;
    cells.reserve(s.numel());
    for (size_t i = 0; i < s.numel(); ++i)
        cells.push_back(element_char(s, i));
    return text::cell_from(s.shape(), std::move(cells));
}

// A text result as a string: char rows and cellstr convert, cells of them convert inside.
Value text_to_string(Value const& v)
{
    if (v.class_id() == ClassId::Char || text::is_cellstr(v)) {
        auto r = to_string_value(v);
        return r.is_error() ? v : std::move(r).value();
    }
    if (auto* c = text::as_cell(v)) {
        auto out = make_ref<CellArray>(c->shape());
        for (size_t i = 0; i < c->numel(); ++i)
            out->data()[i] = text_to_string(c->data()[i]);
        return Value::object(std::move(out));
    }
    return v;
}

// Attribute a runtime error to the builtin being called.
RuntimeError attributed(CallContext const& cx, RuntimeError e)
{
    if (e.raised_by.empty())
        e.raised_by = std::string(cx.name);
    return e;
}

// ---------------------------------------------------------------------------------------------
// The adapter

enum class Adapt : uint8_t {
    Args,        // strings in, results unchanged (strcmp, contains, error, ...)
    Text,        // text results become strings when any input was a string (strsplit, join, ...)
    TextMissing, // Text, and <missing> elements of the first input stay missing (upper, strrep, ...)
    Printf,      // string arrays spread into one argument per element; a string format gives a string (sprintf)
};

using Handler = VoidResult (*)(CallContext& cx, Args args, Outs outs, BuiltinFn original);

struct AdaptSpec {
    std::string_view name;
    Adapt mode = Adapt::Args;
    Handler handler = nullptr; // string-specific code that falls back to `original`
};

VoidResult strlength_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original);
VoidResult char_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original);
VoidResult cellstr_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original);
VoidResult double_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original);
VoidResult str2double_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original);
VoidResult strcat_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original);
VoidResult ismember_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original);
VoidResult sort_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original);
VoidResult unique_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original);

constexpr AdaptSpec ADAPTED[] = {
    { "upper", Adapt::TextMissing }, { "lower", Adapt::TextMissing }, { "strtrim", Adapt::TextMissing },
    { "deblank", Adapt::TextMissing }, { "strrep", Adapt::TextMissing }, { "replace", Adapt::TextMissing },
    { "regexprep", Adapt::TextMissing },
    { "strsplit", Adapt::Text }, { "strjoin", Adapt::Text }, { "split", Adapt::Text }, { "join", Adapt::Text },
    { "regexp", Adapt::Text }, { "regexpi", Adapt::Text }, { "fliplr", Adapt::Text }, { "flipud", Adapt::Text },
    { "fullfile", Adapt::Text }, { "fileparts", Adapt::Text },
    { "strcmp", Adapt::Args }, { "strcmpi", Adapt::Args }, { "strncmp", Adapt::Args }, { "strncmpi", Adapt::Args },
    { "strfind", Adapt::Args }, { "contains", Adapt::Args }, { "startsWith", Adapt::Args }, { "endsWith", Adapt::Args },
    { "str2num", Adapt::Args }, { "str2func", Adapt::Args }, { "isvarname", Adapt::Args },
    { "exist", Adapt::Args }, { "isfield", Adapt::Args }, { "getfield", Adapt::Args }, { "setfield", Adapt::Args },
    { "rmfield", Adapt::Args }, { "struct", Adapt::Args }, { "error", Adapt::Args }, { "warning", Adapt::Args },
    { "assert", Adapt::Args }, { "fopen", Adapt::Args }, { "fileread", Adapt::Args }, { "isfile", Adapt::Args },
    { "isfolder", Adapt::Args }, { "num2str", Adapt::Args }, { "isspace", Adapt::Args }, { "isletter", Adapt::Args },
    { "MException", Adapt::Args }, { "mkdir", Adapt::Args }, { "rmdir", Adapt::Args }, { "delete", Adapt::Args },
    { "sscanf", Adapt::Args },
    { "sprintf", Adapt::Printf }, { "fprintf", Adapt::Printf },
    { "strlength", Adapt::Args, strlength_handler }, { "char", Adapt::Args, char_handler },
    { "cellstr", Adapt::Args, cellstr_handler }, { "double", Adapt::Args, double_handler },
    { "str2double", Adapt::Args, str2double_handler }, { "strcat", Adapt::Args, strcat_handler },
    { "ismember", Adapt::Args, ismember_handler }, { "sort", Adapt::Args, sort_handler },
    { "unique", Adapt::Args, unique_handler },
};
constexpr size_t N_ADAPTED = std::size(ADAPTED);

// The builtins each adapter wraps, filled once while the builtin table is built.
BuiltinFn g_original[N_ADAPTED] = {};

// The arguments as the char/cellstr builtins expect them.
std::vector<Value> char_form_args(Args args, Adapt mode)
{
    std::vector<Value> out;
    out.reserve(args.size());
    for (Value const& a : args) {
        auto* s = as_string_array(a);
        if (!s) {
            out.push_back(a);
        } else if (mode == Adapt::Printf) {
            for (size_t i = 0; i < s->numel(); ++i)
                out.push_back(s->is_missing(i) ? Value::char_row("<missing>") : element_char(*s, i));
        } else {
            out.push_back(string_to_char_form(*s));
        }
    }
    return out;
}

VoidResult run_adapted(AdaptSpec const& spec, BuiltinFn original, CallContext& cx, Args args, Outs outs)
{
    if (spec.handler)
        return spec.handler(cx, args, outs, original);
    if (!any_string(args))
        return original(cx, args, outs);
    std::vector<Value> conv = char_form_args(args, spec.mode);
    TRY_VOID(original(cx, conv, outs));
    bool to_string = spec.mode == Adapt::Text || spec.mode == Adapt::TextMissing || (spec.mode == Adapt::Printf && is_string(args[0]));
    if (!to_string)
        return {};
    for (Value& o : outs)
        if (o.is_defined())
            o = text_to_string(o);
    auto* in = as_string_array(args[0]);
    auto* out = outs.empty() ? nullptr : as_string_array(outs[0]);
    if (spec.mode == Adapt::TextMissing && in && out && in->any_missing() && in->numel() == out->numel()) {
        auto* o = static_cast<StringArray*>(outs[0].make_unique());
        for (size_t i = 0; i < in->numel(); ++i)
            if (in->is_missing(i))
                o->set_missing(i, true);
    }
    return {};
}

template <size_t I>
VoidResult adapted(CallContext& cx, Args args, Outs outs)
{
    return run_adapted(ADAPTED[I], g_original[I], cx, args, outs);
}

template <size_t... I>
constexpr std::array<BuiltinFn, sizeof...(I)> make_adapters(std::index_sequence<I...>)
{
    return { &adapted<I>... };
}
constexpr auto ADAPTERS = make_adapters(std::make_index_sequence<N_ADAPTED> {});

// ---------------------------------------------------------------------------------------------
// Handlers for builtins whose string behaviour is not a plain conversion

// strlength: UTF-16 code units per element (what length(char(s)) gives); <missing> is NaN.
VoidResult strlength_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original)
{
    auto* s = as_string_array(args[0]);
    if (!s)
        return original(cx, args, outs);
    auto out = new_double(s->shape());
    for (size_t i = 0; i < s->numel(); ++i)
        out->data()[i] = s->is_missing(i) ? NaN : double(string_element_utf16(*s, i).size());
    outs[0] = make_double(std::move(out));
    return {};
}

// char(s): one row per element (column-major), padded with blanks; char("") is 0x0.
VoidResult char_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original)
{
    if (!any_string(args))
        return original(cx, args, outs);
    if (args.size() == 1 && args[0].numel() == 1) {
        outs[0] = element_char(*as_string_array(args[0]), 0);
        return {};
    }
    std::vector<std::u16string> rows;
    for (Value const& a : args) {
        if (auto* s = as_string_array(a)) {
            for (size_t i = 0; i < s->numel(); ++i)
                rows.push_back(string_element_utf16(*s, i));
            continue;
        }
        Value one[1] = { a };
        Value c[1];
        TRY_VOID(original(cx, Args(one, 1), Outs(c, 1)));
        auto* ch = c[0].as_char_array();
        if (!ch || ch->numel() == 0) {
            rows.emplace_back();
            continue;
        }
        for (size_t r = 0; r < ch->shape().rows(); ++r)
            rows.push_back(text::char_matrix_row(*ch, r));
    }
    outs[0] = text::char_matrix(rows);
    return {};
}

VoidResult cellstr_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original)
{
    auto* s = as_string_array(args[0]);
    if (!s)
        return original(cx, args, outs);
    std::vector<Value> cells;
    for (size_t i = 0; i < s->numel(); ++i)
        cells.push_back(text::char_row(string_element_utf16(*s, i), text::EmptyShape::ZeroByZero));
    outs[0] = text::cell_from(s->shape(), std::move(cells));
    return {};
}

// str2double of each element of a string array or cell (elements that are not text: NaN).
VoidResult str2double_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original)
{
    auto* s = as_string_array(args[0]);
    auto* c = text::as_cell(args[0]);
    if (!s && !c)
        return original(cx, args, outs);
    Dims d = s ? s->shape() : c->shape();
    auto re = new_double(d);
    Ref<DoubleArray> out = re;
    bool complex = false;
    for (size_t i = 0, n = d.numel(); i < n; ++i) {
        Value one[1] = { s ? (s->is_missing(i) ? Value::scalar(NaN) : element_char(*s, i)) : c->data()[i] };
        Value r[1];
        if (one[0].class_id() != ClassId::Char) {
            re->data()[i] = NaN;
            continue;
        }
        TRY_VOID(original(cx, Args(one, 1), Outs(r, 1)));
        NumericView nv(r[0]);
        re->data()[i] = nv[0];
        if (nv.is_complex() && nv.imag(0) != 0) {
            if (!complex)
                re->make_complex();
            complex = true;
            re->imag()[i] = nv.imag(0);
        }
    }
    outs[0] = make_double(std::move(out));
    return {};
}

// double(s) reads each element as a number, as str2double does ("3.5" -> 3.5).
VoidResult double_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original)
{
    if (!is_string(args[0]))
        return original(cx, args, outs);
    BuiltinSpec const* spec = builtins().find("str2double");
    if (!spec)
        return original(cx, args, outs);
    return spec->fn(cx, args, outs);
}

// strcat with a string input: element-wise concatenation with implicit expansion, like +;
// char inputs lose trailing whitespace as in strcat of chars, strings keep theirs.
VoidResult strcat_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original)
{
    if (!any_string(args))
        return original(cx, args, outs);
    Value acc = make_string("");
    for (Value const& a : args) {
        Value part = a;
        if (auto* ch = a.as_char_array(); ch && text::is_char_vector(a)) {
            std::u16string_view v(ch->data(), ch->numel());
            while (!v.empty() && text::is_space(v.back()))
                v.remove_suffix(1);
            part = make_string(text::to_utf8(v));
        } else if (!is_string(a) && !text::is_cellstr(a) && a.class_id() != ClassId::Char) {
            return cx.error("MATLAB:strcat:InvalidInputType", "Inputs must be character arrays, cell arrays of character vectors, or string arrays.");
        }
        auto r = string_binary_op(BinOp::Plus, acc, part);
        if (r.is_error())
            return attributed(cx, r.release_error());
        acc = std::move(r).value();
    }
    outs[0] = std::move(acc);
    return {};
}

// ismember(A, S) with a string operand (the other text): tf of A's shape and the index of
// each element's first match in S (0 when absent). <missing> matches nothing.
VoidResult ismember_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original)
{
    if (args.size() != 2 || !any_string(args))
        return original(cx, args, outs);
    auto a = to_string_value(args[0]);
    auto b = to_string_value(args[1]);
    if (a.is_error() || b.is_error())
        return cx.error("MATLAB:ISMEMBER:InputClass", "Inputs must be a string array, character vector, or cell array of character vectors.");
    auto* x = as_string_array(a.value());
    auto* set = as_string_array(b.value());
    std::unordered_map<std::string_view, size_t> first;
    for (size_t i = set->numel(); i-- > 0;)
        if (!set->is_missing(i))
            first[set->at(i)] = i + 1;
    auto tf = new_logical(x->shape());
    auto loc = new_double(x->shape(), 0.0);
    for (size_t i = 0; i < x->numel(); ++i) {
        auto it = x->is_missing(i) ? first.end() : first.find(x->at(i));
        if (it != first.end()) {
            tf->data()[i] = 1;
            loc->data()[i] = double(it->second);
        }
    }
    outs[0] = make_logical(std::move(tf));
    if (outs.size() > 1)
        outs[1] = make_double(std::move(loc));
    return {};
}

// The element order of a string array sorted by text (stable; <missing> last).
std::vector<size_t> sorted_order(StringArray const& s, size_t from, size_t count, size_t step, bool descend)
{
    std::vector<size_t> order(count);
    for (size_t i = 0; i < count; ++i)
        order[i] = from + i * step;
    std::stable_sort(order.begin(), order.end(), [&](size_t p, size_t q) {
        bool mp = s.is_missing(p), mq = s.is_missing(q);
        if (mp || mq)
            return !mp && mq;
        return descend ? s.at(q) < s.at(p) : s.at(p) < s.at(q);
    });
    return order;
}

// sort(s), sort(s, 'descend'), [b, i] = sort(...): vectors along their length, matrices
// column by column.
VoidResult sort_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original)
{
    auto* s = as_string_array(args[0]);
    if (!s)
        return original(cx, args, outs);
    bool descend = false;
    for (size_t k = 1; k < args.size(); ++k) {
        Value const& o = args[k];
        std::string word = is_string(o) ? as_string_array(o)->at(0) : (o.as_char_array() ? o.as_char_array()->to_utf8() : "");
        if (word == "descend")
            descend = true;
        else if (word != "ascend")
            return cx.error("MATLAB:sort:sortDirection", "Sorting direction must be 'ascend' or 'descend'.");
    }
    Dims const& d = s->shape();
    if (!d.is_matrix())
        return cx.error("RunMat:notImplemented", "sort of N-d string arrays is not supported yet.");
    bool along_row = d.rows() == 1;
    size_t len = along_row ? d.cols() : d.rows(), lines = along_row ? 1 : d.cols();
    auto out = make_ref<StringArray>(d);
    auto idx = new_double(d);
    for (size_t c = 0; c < lines; ++c) {
        std::vector<size_t> order = sorted_order(*s, c * len, len, 1, descend);
        for (size_t i = 0; i < len; ++i) {
            size_t to = c * len + i;
            if (s->is_missing(order[i]))
                out->set_missing(to, true);
            else
                out->at(to) = s->at(order[i]);
            idx->data()[to] = double(order[i] - c * len + 1);
        }
    }
    outs[0] = Value::object(std::move(out));
    if (outs.size() > 1)
        outs[1] = make_double(std::move(idx));
    return {};
}

// [c, ia, ic] = unique(s): the sorted distinct texts (a row for a row input, else a column),
// ia the first occurrence of each, ic where each element went. Each <missing> is distinct.
VoidResult unique_handler(CallContext& cx, Args args, Outs outs, BuiltinFn original)
{
    auto* s = as_string_array(args[0]);
    if (!s || args.size() > 1)
        return original(cx, args, outs);
    std::vector<size_t> order = sorted_order(*s, 0, s->numel(), 1, false);
    std::vector<size_t> keep;
    std::vector<double> ic(s->numel());
    for (size_t p : order) {
        bool same = !keep.empty() && !s->is_missing(p) && !s->is_missing(keep.back()) && s->at(p) == s->at(keep.back());
        if (!same)
            keep.push_back(p);
        ic[p] = double(keep.size());
    }
    bool row = s->shape().is_row();
    Dims d = row ? Dims(1, keep.size()) : Dims(keep.size(), 1);
    auto out = make_ref<StringArray>(d);
    auto ia = new_double(Dims(keep.size(), 1));
    for (size_t i = 0; i < keep.size(); ++i) {
        if (s->is_missing(keep[i]))
            out->set_missing(i, true);
        else
            out->at(i) = s->at(keep[i]);
        ia->data()[i] = double(keep[i] + 1);
    }
    outs[0] = Value::object(std::move(out));
    if (outs.size() > 1)
        outs[1] = make_double(std::move(ia));
    if (outs.size() > 2)
        outs[2] = Value::column_vector(ic);
    return {};
}

// ---------------------------------------------------------------------------------------------
// The string class's own builtins

// string(x): see to_string_value.
VoidResult string_builtin(CallContext& cx, Args args, Outs outs)
{
    auto r = to_string_value(args[0]);
    if (r.is_error())
        return attributed(cx, r.release_error());
    outs[0] = std::move(r).value();
    return {};
}

// The size arguments of strings(n), strings(m, n, ...), strings([m n]); none gives 1x1.
Result<Dims> size_args(CallContext const& cx, Args args)
{
    std::vector<size_t> d;
    auto count = [&](double x) -> Result<size_t> {
        if (std::isnan(x) || x != std::floor(x))
            return cx.error("MATLAB:NonIntegerInput", "Size inputs must be integers.");
        return size_t(std::max(0.0, x));
    };
    if (args.empty())
        return Dims(1, 1);
    if (args.size() == 1) {
        NumericView nv(args[0]);
        if (!nv.valid())
            return cx.error("MATLAB:strings:InvalidSize", "Size inputs must be numeric.");
        for (size_t i = 0; i < nv.numel(); ++i)
            d.push_back(TRY(count(nv[i])));
        if (d.size() == 1)
            d.push_back(d[0]);
    } else {
        for (Value const& a : args)
            d.push_back(TRY(count(TRY(scalar_arg(cx, a, "Size input")))));
    }
    if (d.size() < 2)
        return cx.error("MATLAB:strings:InvalidSize", "Size vector must have at least two elements.");
    return Dims(d);
}

VoidResult strings_builtin(CallContext& cx, Args args, Outs outs)
{
    Dims d = TRY(size_args(cx, args));
    outs[0] = Value::object(make_ref<StringArray>(d));
    return {};
}

VoidResult missing_builtin(CallContext&, Args, Outs outs)
{
    outs[0] = Value::object(make_ref<MissingValue>());
    return {};
}

// ismissing: <missing> strings, NaN numbers, '' cell elements; a missing object.
VoidResult ismissing_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& v = args[0];
    if (is_missing_value(v)) {
        outs[0] = Value::logical(true);
        return {};
    }
    auto out = new_logical(v.dims());
    if (auto* s = as_string_array(v)) {
        for (size_t i = 0; i < s->numel(); ++i)
            out->data()[i] = s->is_missing(i);
    } else if (auto* c = text::as_cell(v)) {
        for (size_t i = 0; i < c->numel(); ++i)
            out->data()[i] = c->data()[i].class_id() == ClassId::Char && c->data()[i].is_empty();
    } else if (v.class_id() == ClassId::Double || v.class_id() == ClassId::Single) {
        NumericView nv(v);
        for (size_t i = 0; i < nv.numel(); ++i)
            out->data()[i] = std::isnan(nv[i]) || std::isnan(nv.imag(i));
    } else if (v.class_id() == ClassId::Char) {
        for (size_t i = 0; i < v.numel(); ++i)
            out->data()[i] = v.as_char_array()->data()[i] == u' ';
    } else if (!is_numeric_class(v.class_id()) && v.class_id() != ClassId::Logical) {
        return cx.error("MATLAB:ismissing:FirstInputInvalid", "Input must be a table, timetable, or array.");
    }
    outs[0] = make_logical(std::move(out));
    return {};
}

VoidResult isstringscalar_builtin(CallContext&, Args args, Outs outs)
{
    outs[0] = Value::logical(is_string(args[0]) && args[0].numel() == 1);
    return {};
}

// convertCharsToStrings(a, b, ...): char and cellstr inputs become strings, others pass.
VoidResult convert_chars_builtin(CallContext&, Args args, Outs outs)
{
    for (size_t i = 0; i < args.size() && i < outs.size(); ++i)
        outs[i] = text::text_kind(args[i]) == text::TextKind::Char || text::is_cellstr(args[i]) ? text_to_string(args[i]) : args[i];
    return {};
}

VoidResult convert_strings_builtin(CallContext&, Args args, Outs outs)
{
    for (size_t i = 0; i < args.size() && i < outs.size(); ++i) {
        auto* s = as_string_array(args[i]);
        outs[i] = s ? string_to_char_form(*s) : args[i];
    }
    return {};
}

// The argument-consuming conversions in a format ("%d %s" has 2, "%%" none, "%*d" 2).
size_t conversion_count(std::string_view fmt)
{
    size_t n = 0;
    for (size_t i = 0; i < fmt.size(); ++i) {
        if (fmt[i] != '%')
            continue;
        if (i + 1 < fmt.size() && fmt[i + 1] == '%') {
            ++i;
            continue;
        }
        for (++i; i < fmt.size() && !std::isalpha(static_cast<unsigned char>(fmt[i])); ++i)
            if (fmt[i] == '*')
                ++n;
        if (i < fmt.size())
            ++n;
    }
    return n;
}

// Element (r, c) of a 2-D data argument, as one printf argument.
Value data_element(Value const& a, size_t r, size_t c)
{
    Dims d = a.dims();
    size_t rows = d.rows() == 0 ? 1 : d.rows();
    size_t i = r % rows + c * rows;
    if (auto* s = as_string_array(a))
        return s->is_missing(i) ? Value::char_row("<missing>") : element_char(*s, i);
    if (auto* ch = a.as_char_array(); ch && text::is_char_vector(a))
        return a; // a char vector is one text argument
    if (auto* cell = text::as_cell(a))
        return cell->data()[i];
    NumericView nv(a);
    if (nv.is_complex())
        return Value::complex(nv[i], nv.imag(i));
    return Value::scalar(nv[i]);
}

// compose(fmt, A1, ..., AN): each row r of the data formats with fmt, the arguments being
// A1(r,:), ..., AN(r,:) in order; when a row has more values than fmt has conversions, the
// extra groups make more columns (compose("%d", [1 2 3]) is 1x3). A string format gives a
// string array, a char format a cell of char rows.
VoidResult compose_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& f = args[0];
    if (!(is_string(f) && f.numel() == 1) && !text::is_char_vector(f))
        return cx.error("MATLAB:compose:InvalidFormat", "Format must be a string scalar or character vector.");
    std::string fmt = is_string(f) ? as_string_array(f)->at(0) : f.as_char_array()->to_utf8();
    Args data = args.subspan(1);
    size_t rows = 1, per_row = 0;
    for (Value const& a : data) {
        Dims d = a.dims();
        bool one_text = a.class_id() == ClassId::Char && text::is_char_vector(a);
        if (!one_text && d.rows() != 1)
            rows = rows == 1 ? d.rows() : rows;
        per_row += one_text ? 1 : (d.rows() == 0 ? 0 : d.numel() / d.rows());
    }
    for (Value const& a : data) {
        Dims d = a.dims();
        bool one_text = a.class_id() == ClassId::Char && text::is_char_vector(a);
        if (!one_text && d.rows() != 1 && d.rows() != rows)
            return cx.error("MATLAB:compose:DimensionMismatch", "All data inputs must have the same number of rows.");
    }
    size_t k = conversion_count(fmt);
    size_t groups = (k == 0 || per_row == 0) ? 1 : (per_row + k - 1) / k;
    auto out = make_ref<StringArray>(Dims(rows, groups));
    for (size_t r = 0; r < rows; ++r) {
        std::vector<Value> row;
        for (Value const& a : data) {
            bool one_text = a.class_id() == ClassId::Char && text::is_char_vector(a);
            size_t cols = one_text ? 1 : (a.dims().rows() == 0 ? 0 : a.numel() / a.dims().rows());
            for (size_t c = 0; c < cols; ++c)
                row.push_back(data_element(a, r, c));
        }
        for (size_t g = 0; g < groups; ++g) {
            size_t from = std::min(row.size(), g * k), to = k == 0 ? row.size() : std::min(row.size(), from + k);
            std::span<Value const> part(row.data() + from, to - from);
            auto text = format_printf(fmt, part);
            if (text.is_error())
                return attributed(cx, text.release_error());
            out->at(r + g * rows) = std::move(text).value();
        }
    }
    if (is_string(f)) {
        outs[0] = Value::object(std::move(out));
        return {};
    }
    std::vector<Value> cells;
    for (size_t i = 0; i < out->numel(); ++i)
        cells.push_back(element_char(*out, i));
    outs[0] = text::cell_from(out->shape(), std::move(cells));
    return {};
}

} // namespace

void register_strings_class_builtins(BuiltinTable& t)
{
    for (size_t i = 0; i < N_ADAPTED; ++i) {
        BuiltinSpec const* spec = t.find(ADAPTED[i].name);
        if (!spec)
            continue; // an area not built in: nothing to wrap
        BuiltinSpec wrapped = *spec;
        g_original[i] = spec->fn;
        wrapped.fn = ADAPTERS[i];
        t.add(wrapped);
    }
    t.add({ .name = "string", .fn = string_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "strings", .fn = strings_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    t.add({ .name = "missing", .fn = missing_builtin, .min_in = 0, .max_in = 0, .max_out = 1 });
    t.add({ .name = "ismissing", .fn = ismissing_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "isStringScalar", .fn = isstringscalar_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "convertCharsToStrings", .fn = convert_chars_builtin, .min_in = 1, .max_in = -1, .max_out = -1 });
    t.add({ .name = "convertStringsToChars", .fn = convert_strings_builtin, .min_in = 1, .max_in = -1, .max_out = -1 });
    t.add({ .name = "compose", .fn = compose_builtin, .min_in = 1, .max_in = -1, .max_out = 1 });
}

} // namespace runmat::runtime
