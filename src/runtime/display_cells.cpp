// Cells display one line per row of `{...}` elements, columns padded to a common width
// (numbers right-aligned inside their brackets, text left-aligned); structs list
// `name: value` lines with the names right-aligned. Nested containers and matrices show as
// their size and class ("{1×2 cell}", "[2×2 double]").
#include "runtime/display_cells.hpp"
#include "runtime/display.hpp"
#include "runtime/string_array.hpp"
#include "runtime/struct.hpp"
#include <algorithm>

namespace runmat::runtime {

namespace {

constexpr std::string_view TIMES = "\xC3\x97"; // U+00D7
constexpr size_t INLINE_LIMIT = 70;           // longer rows show as "1×N double"

std::string size_text(Dims const& d)
{
    std::string s;
    for (size_t i = 0; i < d.ndims(); ++i) {
        if (i)
            s += TIMES;
        s += std::to_string(d[i]);
    }
    return s;
}

// Display width in characters (UTF-8 continuation bytes do not count).
size_t width(std::string_view s)
{
    return size_t(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The numbers of a scalar or row as display_value prints them, on one line ("1 2 3",
// "3.1416"); empty when display_value needs more than one line (a common scale factor).
std::string inline_numbers(Value const& v)
{
    FormatOptions fmt;
    fmt.compact = true;
    std::string text = display_value("x", v, fmt);
    size_t start = text.find('\n');
    if (start == std::string::npos)
        return {};
    std::string body = text.substr(start + 1);
    while (!body.empty() && body.back() == '\n')
        body.pop_back();
    if (body.find('\n') != std::string::npos)
        return {};
    std::string out;
    bool space = false;
    for (char c : body) {
        if (c == ' ') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

bool is_number_class(ClassId c) { return is_numeric_class(c) || c == ClassId::Logical; }

enum class Align : uint8_t { Left, Right };

struct ElemText {
    std::string open, inner, close; // e.g. "[", "1", "]"
    Align align = Align::Left;
};

// How a value shows as a cell element or a struct field. `in_cell` picks the brackets that
// differ between the two: a nested struct is "1×1 struct" in a cell, "[1×1 struct]" in a struct.
ElemText element_text(Value const& v, bool in_cell)
{
    ClassId c = v.class_id();
    Dims d = v.dims();
    std::string sized = size_text(d) + " " + std::string(class_name(c));
    if (is_number_class(c)) {
        if (v.is_empty() && d.ndims() == 2 && d.rows() == 0 && d.cols() == 0 && c == ClassId::Double && !in_cell)
            return { "[", "", "]", Align::Left };
        if (!v.is_empty() && d.ndims() == 2 && d.rows() == 1) {
            std::string nums = inline_numbers(v);
            if (!nums.empty() && nums.size() <= INLINE_LIMIT && !in_cell && d.cols() == 1)
                return { "", nums, "", Align::Right }; // a struct field's scalar: "a: 1"
            if (!nums.empty() && nums.size() <= INLINE_LIMIT)
                return { "[", nums, "]", Align::Right };
        }
        return in_cell ? ElemText { "", sized, "", Align::Left } : ElemText { "[", sized, "]", Align::Left };
    }
    if (c == ClassId::Char) {
        auto* a = v.as_char_array();
        if (d.ndims() == 2 && d.rows() == 1)
            return { "'", a->to_utf8(), "'", Align::Left };
        if (v.is_empty() && !in_cell && d.rows() == 0 && d.cols() == 0)
            return { "'", "", "'", Align::Left };
        return in_cell ? ElemText { "", sized, "", Align::Left } : ElemText { "[", sized, "]", Align::Left };
    }
    if (auto* s = as_string_array(v); s && d.is_scalar()) // {["abc"]} in a cell, a: "abc" in a struct
        return in_cell ? ElemText { "[", string_element_display(*s, 0), "]", Align::Left } : ElemText { "", string_element_display(*s, 0), "", Align::Left };
    if (c == ClassId::FunctionHandle) {
        auto* fh = v.as_function_handle();
        return { "", fh->text.empty() ? "@" + fh->name : fh->text, "", Align::Left };
    }
    if (c == ClassId::Cell)
        return in_cell ? ElemText { "", sized, "", Align::Left } : ElemText { "{", sized, "}", Align::Left };
    return in_cell ? ElemText { "", sized, "", Align::Left } : ElemText { "[", sized, "]", Align::Left };
}

// The rows of a cell's elements ("    {[1]}    {'abc'}\n" ...) for a 2-D page at `off`.
std::string cell_rows(CellArray const& c, size_t off, size_t rows, size_t cols)
{
    std::vector<ElemText> texts(rows * cols);
    std::vector<size_t> colw(cols, 0);
    for (size_t j = 0; j < cols; ++j) {
        for (size_t i = 0; i < rows; ++i) {
            Value const& v = c.data()[off + i + j * rows];
            ElemText t = element_text(v.is_defined() ? v : Value::empty(), true);
            colw[j] = std::max(colw[j], width(t.open) + width(t.inner) + width(t.close));
            texts[i + j * rows] = std::move(t);
        }
    }
    std::string out;
    for (size_t i = 0; i < rows; ++i) {
        for (size_t j = 0; j < cols; ++j) {
            ElemText const& t = texts[i + j * rows];
            size_t pad = colw[j] - (width(t.open) + width(t.inner) + width(t.close));
            out += "    {";
            out += t.open;
            if (t.align == Align::Right)
                out.append(pad, ' ');
            out += t.inner;
            out += t.close;
            if (t.align == Align::Left)
                out.append(pad, ' ');
            out += '}';
        }
        out += '\n';
    }
    return out;
}

std::string cell_body(CellArray const& c, std::string_view name, FormatOptions const& fmt, bool header)
{
    Dims d = c.shape();
    std::string blank = fmt.compact ? "" : "\n";
    if (c.numel() == 0)
        return header ? "  " + size_text(d) + " empty cell array\n" : "";
    std::string out;
    if (header)
        out += "  " + size_text(d) + " cell array\n" + blank;
    size_t rows = d.rows(), cols = d.cols();
    size_t pages = c.numel() / (rows * cols);
    for (size_t k = 0; k < pages; ++k) {
        if (pages > 1) {
            std::string suffix;
            size_t rest = k;
            for (size_t dim = 2; dim < d.ndims(); ++dim) {
                suffix += "," + std::to_string(rest % d[dim] + 1);
                rest /= d[dim];
            }
            if (k > 0)
                out += blank;
            out += std::string(name) + "(:,:" + suffix + ") =\n" + blank;
        }
        out += cell_rows(c, k * rows * cols, rows, cols);
    }
    return out;
}

std::string struct_fields(StructArray const& s)
{
    size_t w = 0;
    for (auto const& n : s.field_names())
        w = std::max(w, n.size());
    std::string out;
    for (size_t f = 0; f < s.nfields(); ++f) {
        std::string const& n = s.field_names()[f];
        ElemText t = element_text(s.at(0, f), false);
        out.append(4 + w - n.size(), ' ');
        out += n + ": " + t.open + t.inner + t.close + "\n";
    }
    return out;
}

std::string struct_body(StructArray const& s, FormatOptions const& fmt)
{
    std::string blank = fmt.compact ? "" : "\n";
    if (s.numel() == 1) {
        if (s.nfields() == 0)
            return "  struct with no fields.\n";
        return "  struct with fields:\n" + blank + struct_fields(s);
    }
    std::string head = "  " + size_text(s.shape()) + (s.numel() == 0 ? " empty" : "") + " struct array ";
    if (s.nfields() == 0)
        return head + "with no fields.\n";
    std::string out = head + "with fields:\n" + blank;
    for (auto const& n : s.field_names())
        out += "    " + n + "\n";
    return out;
}

} // namespace

std::string display_container(std::string_view name, Value const& v, FormatOptions const& fmt)
{
    std::string blank = fmt.compact ? "" : "\n";
    if (auto* s = as_struct(v))
        return std::string(name) + " = \n" + blank + struct_body(*s, fmt) + blank;
    auto* c = as_cell_array(v);
    return std::string(name) + " =\n" + blank + cell_body(*c, name, fmt, true) + blank;
}

std::string disp_container(Value const& v, FormatOptions const& fmt)
{
    if (auto* s = as_struct(v)) {
        if (s->numel() == 1)
            return struct_fields(*s);
        return struct_body(*s, fmt);
    }
    auto* c = as_cell_array(v);
    return cell_body(*c, "ans", fmt, false);
}

} // namespace runmat::runtime
