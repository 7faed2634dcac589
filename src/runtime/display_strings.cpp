// Display of string arrays as MATLAB R2023 prints them: a scalar as `s = ` then the quoted
// text indented four spaces; other shapes under a "  1×3 string array" header, one row per
// line, columns padded to their widest element; <missing> unquoted. disp drops the name and
// header, and prints a scalar's text bare. Pure text building; knows nothing of the VM.
#include "runtime/string_array.hpp"
#include <algorithm>

namespace runmat::runtime {

namespace {

constexpr std::string_view TIMES = "\xC3\x97"; // U+00D7

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

// The rows of a 2-D page at `off`: "    " then each element left-aligned in its column.
std::string page_rows(StringArray const& s, size_t off, size_t rows, size_t cols)
{
    std::vector<std::string> texts(rows * cols);
    std::vector<size_t> colw(cols, 0);
    for (size_t j = 0; j < cols; ++j)
        for (size_t i = 0; i < rows; ++i) {
            std::string& t = texts[i + j * rows];
            t = string_element_display(s, off + i + j * rows);
            colw[j] = std::max(colw[j], width(t));
        }
    std::string out;
    for (size_t i = 0; i < rows; ++i) {
        for (size_t j = 0; j < cols; ++j) {
            std::string const& t = texts[i + j * rows];
            out += "    ";
            out += t;
            out.append(colw[j] - width(t), ' ');
        }
        out += '\n';
    }
    return out;
}

// The pages of a non-scalar array; N-d pages are labelled "name(:,:,k) =".
std::string pages(StringArray const& s, std::string_view name, FormatOptions const& fmt)
{
    std::string blank = fmt.compact ? "" : "\n";
    Dims const& d = s.shape();
    size_t rows = d.rows(), cols = d.cols();
    size_t per = rows * cols, count = per ? s.numel() / per : 0;
    if (count <= 1)
        return page_rows(s, 0, rows, cols);
    std::string out;
    for (size_t k = 0; k < count; ++k) {
        std::string suffix;
        size_t rest = k;
        for (size_t dim = 2; dim < d.ndims(); ++dim) {
            suffix += "," + std::to_string(rest % d[dim] + 1);
            rest /= d[dim];
        }
        if (k > 0)
            out += blank;
        out += std::string(name) + "(:,:" + suffix + ") =\n" + blank;
        out += page_rows(s, k * per, rows, cols);
    }
    return out;
}

} // namespace

std::string string_element_display(StringArray const& s, size_t i)
{
    if (s.is_missing(i))
        return "<missing>";
    return "\"" + s.at(i) + "\"";
}

std::string display_string(std::string_view name, Value const& v, FormatOptions const& fmt)
{
    std::string blank = fmt.compact ? "" : "\n";
    std::string out = std::string(name) + " = \n" + blank;
    if (is_missing_value(v))
        return out + "  missing\n" + blank + "    <missing>\n" + blank;
    auto* s = as_string_array(v);
    Dims const& d = s->shape();
    if (s->numel() == 0)
        return out + "  " + size_text(d) + " empty string array\n" + blank;
    if (d.is_scalar())
        return out + "    " + string_element_display(*s, 0) + "\n" + blank;
    out += "  " + size_text(d) + " string array\n" + blank;
    return out + pages(*s, name, fmt) + blank;
}

std::string disp_string(Value const& v, FormatOptions const& fmt)
{
    if (is_missing_value(v))
        return "    <missing>\n";
    auto* s = as_string_array(v);
    if (s->numel() == 0)
        return "";
    if (s->shape().is_scalar())
        return (s->is_missing(0) ? std::string("<missing>") : s->at(0)) + "\n";
    return pages(*s, "ans", fmt);
}

} // namespace runmat::runtime
