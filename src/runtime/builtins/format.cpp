// Text output and number-to-text builtins: disp display fprintf sprintf num2str mat2str
// int2str (the `format` command lives in misc.cpp). The formatting rules live in
// runtime/display.cpp and runtime/format.cpp; this is the MATLAB-facing argument handling.
// Output goes through the session's Environment.
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/display.hpp"
#include "runtime/file_table.hpp"
#include "runtime/format.hpp"
#include "runtime/numeric_class.hpp"
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

namespace runmat::runtime {

namespace {

// A char row vector as a Value; "" gives the 1x0 char row sprintf returns.
Value char_value(std::string_view text)
{
    if (text.empty())
        return make_char(make_ref<CharArray>(Dims(1, 0)));
    return Value::char_row(text);
}

Result<std::string> text_arg(CallContext const& cx, Value const& v, char const* what)
{
    if (!v.as_char_array())
        return cx.error("MATLAB:" + std::string(cx.name) + ":invalidInput",
            std::string(what) + " must be a character vector.");
    return v.as_char_array()->to_utf8();
}

// A char matrix with one row per string, right-padded with blanks (MATLAB's char(rows)).
Value char_matrix(std::vector<std::string> const& rows)
{
    if (rows.size() == 1)
        return char_value(rows[0]);
    std::vector<std::u16string> wide;
    size_t width = 0;
    for (auto const& r : rows) {
        Value row = Value::char_row(r);
        auto* c = row.as_char_array();
        wide.emplace_back(c->data(), c->data() + c->numel());
        width = std::max(width, wide.back().size());
    }
    auto a = make_ref<CharArray>(Dims(rows.size(), width), u' ');
    for (size_t r = 0; r < wide.size(); ++r)
        for (size_t c = 0; c < wide[r].size(); ++c)
            a->data()[r + c * rows.size()] = wide[r][c];
    return make_char(std::move(a));
}

// Drops the blank columns every row starts with (num2str's left alignment).
void trim_common_leading_blanks(std::vector<std::string>& rows)
{
    size_t common = SIZE_MAX;
    for (auto const& r : rows)
        common = std::min(common, r.find_first_not_of(' ') == std::string::npos ? r.size() : r.find_first_not_of(' '));
    if (common == SIZE_MAX || common == 0)
        return;
    for (auto& r : rows)
        r.erase(0, std::min(common, r.size()));
}

// ---- disp / display -----------------------------------------------------------------------

VoidResult disp_builtin(CallContext& cx, Args args, Outs)
{
    cx.env.write_out(disp_value(args[0], cx.state.format));
    return {};
}

// display(x) / display(x, name): auto-display; without inputname support the name defaults to
// "ans" unless given.
VoidResult display_builtin(CallContext& cx, Args args, Outs)
{
    std::string name = "ans";
    if (args.size() > 1)
        name = TRY(text_arg(cx, args[1], "Name"));
    cx.env.write_out(display_value(name, args[0], cx.state.format));
    return {};
}

// ---- fprintf / sprintf --------------------------------------------------------------------

Result<std::string> printf_text(CallContext const& cx, Args args)
{
    if (!args[0].as_char_array())
        return cx.error("MATLAB:" + std::string(cx.name) + ":invalidFormat",
            "Format must be a character vector.");
    std::string fmt = args[0].as_char_array()->to_utf8();
    return format_printf(fmt, args.subspan(1));
}

// fprintf(fmt, ...) and fprintf(fid, fmt, ...): fid 1 is stdout, 2 stderr, >= 3 a file. Returns the
// number of bytes written when an output is requested.
VoidResult fprintf_builtin(CallContext& cx, Args args, Outs outs)
{
    double fid = 1;
    if (!args[0].as_char_array()) {
        fid = TRY(scalar_arg(cx, args[0], "File identifier"));
        if (fid != 1 && fid != 2 && !file_table(cx.state).find(fid))
            return invalid_fid_error(cx);
        args = args.subspan(1);
        if (args.empty())
            return cx.error("MATLAB:minrhs", "Not enough input arguments.");
    }
    std::string text = TRY(printf_text(cx, args));
    TRY_VOID(write_to_fid(cx, fid, text)); // 1 stdout, 2 stderr, >= 3 a file from fopen
    if (cx.nargout > 0)
        outs[0] = Value::scalar(static_cast<double>(text.size()));
    return {};
}

VoidResult sprintf_builtin(CallContext& cx, Args args, Outs outs)
{
    std::string text = TRY(printf_text(cx, args));
    outs[0] = char_value(text);
    return {};
}

// ---- num2str / int2str --------------------------------------------------------------------

std::string printf_one(char const* fmt, int a, int b, double x)
{
    char buf[512];
    int n = std::snprintf(buf, sizeof buf, fmt, a, b, x);
    return std::string(buf, static_cast<size_t>(std::clamp(n, 0, static_cast<int>(sizeof buf) - 1)));
}

std::string nonfinite_text(double x) { return std::isnan(x) ? "NaN" : (x < 0 ? "-Inf" : "Inf"); }

// One element under num2str's "%W.Pg"-style format, or "%W.0f" for integers (exact).
std::string num_field(double x, int width, int prec, bool integer)
{
    if (!std::isfinite(x)) {
        std::string s = nonfinite_text(x);
        return std::string(static_cast<size_t>(std::max(0, width - static_cast<int>(s.size()))), ' ') + s;
    }
    if (x == 0)
        x = 0; // -0 prints as 0
    return integer ? printf_one("%*.*f", width, 0, x) : printf_one("%*.*g", width, prec, x);
}

struct Num2strFormat {
    bool integer = true;
    int width = 0;
    int prec = 0;
};

// num2str's default format: integers right-aligned two blanks apart; other values with
// max(floor(log10(max|x|)) + 5, 5) significant digits (num2str(pi) is '3.1416').
Num2strFormat default_num2str_format(NumericView const& nv)
{
    Num2strFormat f;
    double max_abs = 0;
    bool negative = false;
    for (size_t i = 0; i < nv.numel(); ++i) {
        for (double x : { nv[i], nv.imag(i) }) {
            if (!std::isfinite(x))
                continue;
            if (x != std::trunc(x))
                f.integer = false;
            max_abs = std::max(max_abs, std::fabs(x));
            negative = negative || x < 0;
        }
    }
    int digits = max_abs > 0 ? static_cast<int>(std::floor(std::log10(max_abs))) : 0;
    if (f.integer) {
        f.width = digits + 1 + (negative ? 1 : 0) + 2;
        return f;
    }
    f.prec = std::min(std::max(digits + 5, 5), 16);
    f.width = f.prec + 7 + (negative ? 1 : 0);
    return f;
}

std::string trimmed(std::string s)
{
    size_t a = s.find_first_not_of(' ');
    size_t b = s.find_last_not_of(' ');
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

// "1+2i" / "1.5-0.25i": a complex element, parts formatted alone.
std::string complex_text(double re, double im, Num2strFormat const& f)
{
    std::string r = trimmed(num_field(re, 0, f.prec, f.integer));
    std::string i = trimmed(num_field(std::fabs(im), 0, f.prec, f.integer));
    return r + (std::signbit(im) && !std::isnan(im) ? "-" : "+") + i + "i";
}

std::vector<std::string> num2str_rows(NumericView const& nv, Num2strFormat const& f)
{
    size_t rows = nv.dims().rows(), cols = nv.numel() / std::max<size_t>(rows, 1);
    std::vector<std::string> out(rows);
    for (size_t r = 0; r < rows; ++r) {
        for (size_t c = 0; c < cols; ++c) {
            size_t i = r + c * rows;
            if (nv.is_complex())
                out[r] += (c ? "  " : "") + complex_text(nv[i], nv.imag(i), f);
            else
                out[r] += num_field(nv[i], f.width, f.prec, f.integer);
        }
    }
    trim_common_leading_blanks(out);
    return out;
}

// Decimal text of every element of an integer-class value, exact (int64/uint64 included: a
// double would round them beyond 2^53).
std::vector<std::string> int_element_texts(Value const& v)
{
    std::vector<std::string> out;
    visit_int_class(v.class_id(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        auto* a = v.as_int_array<T>();
        out.reserve(a->numel());
        char buf[24];
        for (size_t i = 0; i < a->numel(); ++i) {
            auto r = std::to_chars(buf, buf + sizeof buf, a->data()[i]);
            out.emplace_back(buf, r.ptr);
        }
    });
    return out;
}

// num2str/int2str of an integer-class value: num2str's integer layout (fields of the widest
// magnitude's digits, plus one for a sign if any element is negative, plus two blanks), from
// the exact element texts.
std::vector<std::string> int_num2str_rows(Value const& v)
{
    std::vector<std::string> texts = int_element_texts(v);
    size_t digits = 1;
    bool negative = false;
    for (auto const& t : texts) {
        bool neg = t[0] == '-';
        negative = negative || neg;
        digits = std::max(digits, t.size() - (neg ? 1 : 0));
    }
    size_t width = digits + (negative ? 1 : 0) + 2;
    size_t rows = v.dims().rows(), cols = v.numel() / std::max<size_t>(rows, 1);
    std::vector<std::string> out(rows);
    for (size_t r = 0; r < rows; ++r)
        for (size_t c = 0; c < cols; ++c) {
            std::string const& t = texts[r + c * rows];
            out[r].append(width > t.size() ? width - t.size() : 0, ' ');
            out[r] += t;
        }
    trim_common_leading_blanks(out);
    return out;
}

// Row r of a 2-D numeric value, keeping an integer class (so sprintf sees exact int64
// elements); other classes as doubles.
Value row_of(Value const& v, NumericView const& nv, size_t r)
{
    size_t rows = nv.dims().rows(), cols = nv.numel() / std::max<size_t>(rows, 1);
    if (is_integer_class(v.class_id())) {
        return visit_int_class(v.class_id(), [&](auto tag) -> Value {
            using T = typename decltype(tag)::type;
            T const* src = v.as_int_array<T>()->data();
            auto row = make_ref<IntArray<T>>(Dims(1, cols));
            for (size_t c = 0; c < cols; ++c)
                row->data()[c] = src[r + c * rows];
            return make_int(std::move(row));
        });
    }
    auto row = make_ref<DoubleArray>(Dims(1, cols));
    for (size_t c = 0; c < cols; ++c)
        row->data()[c] = nv[r + c * rows];
    return make_double(std::move(row));
}

// num2str(x, formatSpec): each row through sprintf, kept as printed (num2str(pi, '%8.3f') is
// '   3.142').
Result<Value> num2str_with_format(Value const& x, NumericView const& nv, std::string const& fmt)
{
    size_t rows = nv.dims().rows();
    std::vector<std::string> out;
    for (size_t r = 0; r < rows; ++r) {
        Value v = row_of(x, nv, r);
        std::string s = TRY(format_printf(fmt, std::span<Value const>(&v, 1)));
        out.push_back(s);
    }
    return char_matrix(out);
}

VoidResult num2str_builtin(CallContext& cx, Args args, Outs outs)
{
    if (args[0].as_char_array()) {
        outs[0] = args[0];
        return {};
    }
    NumericView nv(args[0]);
    if (!nv.valid())
        return cx.error("MATLAB:num2str:nonNumericInput", "Input to num2str must be numeric.");
    if (nv.numel() == 0) {
        outs[0] = Value::char_row("");
        return {};
    }
    if (args.size() > 1 && args[1].as_char_array()) {
        outs[0] = TRY(num2str_with_format(args[0], nv, args[1].as_char_array()->to_utf8()));
        return {};
    }
    if (is_integer_class(args[0].class_id())) {
        outs[0] = char_matrix(int_num2str_rows(args[0])); // integers print in full, any precision
        return {};
    }
    Num2strFormat f = default_num2str_format(nv);
    if (args.size() > 1) {
        double p = TRY(scalar_arg(cx, args[1], "Precision"));
        f.integer = false;
        f.prec = static_cast<int>(std::clamp(p, 1.0, 100.0));
        f.width = f.prec + 7;
    }
    outs[0] = char_matrix(num2str_rows(nv, f));
    return {};
}

// int2str: round half away from zero, then num2str's integer layout.
VoidResult int2str_builtin(CallContext& cx, Args args, Outs outs)
{
    NumericView nv(args[0]);
    if (!nv.valid())
        return cx.error("MATLAB:int2str:nonNumericInput", "Input must be numeric.");
    if (nv.numel() == 0) {
        outs[0] = Value::char_row("");
        return {};
    }
    if (is_integer_class(args[0].class_id())) {
        outs[0] = char_matrix(int_num2str_rows(args[0]));
        return {};
    }
    auto rounded = make_ref<DoubleArray>(nv.dims());
    for (size_t i = 0; i < nv.numel(); ++i)
        rounded->data()[i] = std::round(nv[i]);
    Value v = make_double(std::move(rounded));
    NumericView rv(v);
    outs[0] = char_matrix(num2str_rows(rv, default_num2str_format(rv)));
    return {};
}

// ---- mat2str ------------------------------------------------------------------------------

std::string mat2str_number(double x, int prec)
{
    if (!std::isfinite(x))
        return nonfinite_text(x);
    if (x == 0)
        return "0";
    return printf_one("%*.*g", 0, prec, x);
}

std::string mat2str_element(NumericView const& nv, size_t i, int prec, ClassId c, std::vector<std::string> const& ints)
{
    if (!ints.empty())
        return ints[i];
    if (c == ClassId::Logical)
        return nv[i] != 0 ? "true" : "false";
    std::string s = mat2str_number(nv[i], prec);
    if (nv.is_complex()) {
        double im = nv.imag(i);
        std::string t = mat2str_number(std::fabs(im), prec);
        s += (std::signbit(im) && !std::isnan(im) ? "-" : "+") + t + "i";
    }
    return s;
}

std::string mat2str_char(CharArray const* a)
{
    size_t rows = a->shape().rows(), cols = a->shape().cols();
    if (a->numel() == 0)
        return "''";
    std::string out = rows > 1 ? "[" : "";
    for (size_t r = 0; r < rows; ++r) {
        CharArray row(Dims(1, cols));
        for (size_t c = 0; c < cols; ++c)
            row.data()[c] = a->data()[r + c * rows];
        std::string text = row.to_utf8();
        out += r ? ";'" : "'";
        for (char ch : text)
            out += ch == '\'' ? std::string("''") : std::string(1, ch);
        out += '\'';
    }
    return rows > 1 ? out + "]" : out;
}

// mat2str(A), mat2str(A, n), mat2str(A, 'class'): MATLAB syntax that rebuilds A, with 15
// significant digits by default ('[1 2;3 4]', 'true', '''abc''', 'zeros(0,3)').
VoidResult mat2str_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& x = args[0];
    int prec = 15;
    bool with_class = false;
    for (size_t k = 1; k < args.size(); ++k) {
        if (args[k].as_char_array())
            with_class = args[k].as_char_array()->to_utf8() == "class";
        else
            prec = static_cast<int>(std::clamp(TRY(scalar_arg(cx, args[k], "Precision")), 1.0, 100.0));
    }
    Dims d = x.dims();
    if (d.ndims() > 2)
        return cx.error("MATLAB:mat2str:TwoDInput", "Input matrix must be 2-D.");
    if (auto* c = x.as_char_array()) {
        outs[0] = char_value(mat2str_char(c));
        return {};
    }
    NumericView nv(x);
    if (!nv.valid())
        return cx.error("MATLAB:mat2str:NumericInput", "Input matrix must be numeric, char, or logical.");
    ClassId cls = x.class_id();
    std::vector<std::string> ints = is_integer_class(cls) ? int_element_texts(x) : std::vector<std::string>();
    // MATLAB: 'class' wraps the text in the class name ('int8([1 2])', 'single(2.5)'); an
    // empty value names it as zeros' class argument instead ('zeros(0,3,''int8'')').
    bool named = with_class && cls != ClassId::Logical;
    std::string s;
    if (d.numel() == 0) {
        s = (cls == ClassId::Logical ? "false(" : "zeros(") + std::to_string(d.rows()) + "," + std::to_string(d.cols());
        s += named && cls != ClassId::Double ? ",'" + std::string(class_name(cls)) + "')" : ")";
        named = false;
    } else if (d.numel() == 1) {
        s = mat2str_element(nv, 0, prec, cls, ints);
    } else {
        s = "[";
        for (size_t r = 0; r < d.rows(); ++r) {
            for (size_t c = 0; c < d.cols(); ++c)
                s += (c ? " " : (r ? ";" : "")) + mat2str_element(nv, r + c * d.rows(), prec, cls, ints);
        }
        s += "]";
    }
    if (named)
        s = std::string(class_name(cls)) + "(" + s + ")";
    outs[0] = char_value(s);
    return {};
}

} // namespace

void register_format_builtins(BuiltinTable& table)
{
    table.add({ .name = "disp", .fn = disp_builtin, .min_in = 1, .max_in = 1, .max_out = 0 });
    table.add({ .name = "display", .fn = display_builtin, .min_in = 1, .max_in = 2, .max_out = 0 });
    table.add({ .name = "fprintf", .fn = fprintf_builtin, .min_in = 1, .max_in = -1, .max_out = 1 });
    table.add({ .name = "sprintf", .fn = sprintf_builtin, .min_in = 1, .max_in = -1, .max_out = 1 });
    table.add({ .name = "num2str", .fn = num2str_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    table.add({ .name = "int2str", .fn = int2str_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "mat2str", .fn = mat2str_builtin, .min_in = 1, .max_in = 3, .max_out = 1 });
}

} // namespace runmat::runtime
