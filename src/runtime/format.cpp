// MATLAB's sprintf/fprintf formatting engine: escapes in the format, %-conversions with flags,
// width and precision, the format recycled while data remains (all arguments flattened
// column-major into one stream), MATLAB's fallbacks (%d of a non-integer prints as %e).
// Knows nothing of files or output streams: callers write the returned text.
#include "runtime/format.hpp"
#include "runtime/array_util.hpp"
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace runmat::runtime {

namespace {

constexpr int STAR = -2; // width/precision given as '*': taken from the data
constexpr int NONE = -1;

// One parsed conversion: %[flags][width][.precision][length]conv.
struct Spec {
    char conv = 0;
    bool left = false, plus = false, space = false, zero = false, alt = false;
    int width = NONE;
    int prec = NONE;
};

void append_utf8(std::string& out, uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Appends the escape sequence starting at fmt[i] == '\\'; returns the index after it.
// An unknown escape keeps its backslash (as Octave does; MATLAB's behaviour there is unclear).
size_t append_escape(std::string_view fmt, size_t i, std::string& out)
{
    if (i + 1 >= fmt.size()) {
        out += '\\';
        return i + 1;
    }
    char c = fmt[i + 1];
    switch (c) {
    case 'n': out += '\n'; return i + 2;
    case 't': out += '\t'; return i + 2;
    case 'r': out += '\r'; return i + 2;
    case 'a': out += '\a'; return i + 2;
    case 'b': out += '\b'; return i + 2;
    case 'f': out += '\f'; return i + 2;
    case 'v': out += '\v'; return i + 2;
    case '\\': out += '\\'; return i + 2;
    default: break;
    }
    if (c == 'x') {
        size_t j = i + 2;
        uint32_t cp = 0;
        while (j < fmt.size() && hex_digit(fmt[j]) >= 0 && cp < 0x10FFFF)
            cp = cp * 16 + static_cast<uint32_t>(hex_digit(fmt[j++]));
        if (j == i + 2) {
            out += "\\x";
            return j;
        }
        append_utf8(out, cp);
        return j;
    }
    if (c >= '0' && c <= '7') {
        size_t j = i + 1;
        uint32_t cp = 0;
        while (j < fmt.size() && j < i + 4 && fmt[j] >= '0' && fmt[j] <= '7')
            cp = cp * 8 + static_cast<uint32_t>(fmt[j++] - '0');
        append_utf8(out, cp);
        return j;
    }
    out += '\\';
    out += c;
    return i + 2;
}

// Parses the spec after '%' starting at fmt[i]; returns the index after the conversion
// character, with spec.conv == 0 if the text is not a valid conversion.
size_t parse_spec(std::string_view fmt, size_t i, Spec& spec)
{
    size_t n = fmt.size();
    for (; i < n; ++i) {
        char c = fmt[i];
        if (c == '-') spec.left = true;
        else if (c == '+') spec.plus = true;
        else if (c == ' ') spec.space = true;
        else if (c == '0') spec.zero = true;
        else if (c == '#') spec.alt = true;
        else break;
    }
    if (i < n && fmt[i] == '*') {
        spec.width = STAR;
        ++i;
    } else if (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
        spec.width = 0;
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9' && spec.width < 100000)
            spec.width = spec.width * 10 + (fmt[i++] - '0');
    }
    if (i < n && fmt[i] == '.') {
        ++i;
        spec.prec = 0;
        if (i < n && fmt[i] == '*') {
            spec.prec = STAR;
            ++i;
        } else {
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9' && spec.prec < 100000)
                spec.prec = spec.prec * 10 + (fmt[i++] - '0');
        }
    }
    while (i < n && (fmt[i] == 'l' || fmt[i] == 'h' || fmt[i] == 'b' || fmt[i] == 't'))
        ++i; // length modifiers (%ld, %bx, %tx) change nothing for doubles here
    if (i >= n)
        return i;
    char c = fmt[i];
    switch (c) {
    case 'd': case 'i': case 'u': case 'f': case 'F': case 'e': case 'E': case 'g': case 'G':
    case 'x': case 'X': case 'o': case 'c': case 's':
        spec.conv = c;
        return i + 1;
    default:
        return i + 1;
    }
}

// The data of all arguments as one column-major stream of elements. Char arguments stay
// identifiable so %s can take a whole char array at once. An empty argument is one element
// that prints as nothing (fprintf('[%s] %s\n', '', 'x') prints "[] x", as Octave does).
class DataStream {
public:
    explicit DataStream(std::span<Value const> args) : m_args(args) { settle(); }

    // MATLAB accepts numeric, logical and char data only.
    VoidResult validate() const
    {
        for (Value const& a : m_args) {
            if (!NumericView(a).valid())
                return make_error("MATLAB:printf:invalidInputType",
                    "Function is not defined for '" + std::string(value_class_name(a)) + "' inputs.");
        }
        return {};
    }
    bool done() const { return m_arg >= m_args.size(); }
    // The current element is an empty argument: consume it with skip_empty().
    bool at_empty() const { return m_count == 0; }
    void skip_empty() { advance(1); }
    bool at_char() const { return m_args[m_arg].class_id() == ClassId::Char; }
    // The current element is an int64/uint64 element: read it exactly with next_wide(), as a
    // double would round values beyond 2^53 (sprintf('%d', intmax('int64'))).
    bool at_wide_int() const
    {
        ClassId c = m_args[m_arg].class_id();
        return (c == ClassId::Int64 || c == ClassId::UInt64) && !at_empty();
    }
    __int128 next_wide()
    {
        Value const& v = m_args[m_arg];
        __int128 x = v.class_id() == ClassId::Int64 ? __int128(v.as_int_array<int64_t>()->data()[m_elem])
                                                    : __int128(v.as_int_array<uint64_t>()->data()[m_elem]);
        advance(1);
        return x;
    }
    double next()
    {
        if (at_empty()) {
            advance(1);
            return 0;
        }
        double v = m_view[m_elem];
        advance(1);
        return v;
    }
    // The rest of the current char argument as UTF-8.
    std::string rest_chars()
    {
        auto* c = m_args[m_arg].as_char_array();
        std::string out;
        for (size_t i = m_elem; i < c->numel(); ++i)
            append_utf8(out, c->data()[i]); // surrogate halves pass through unpaired (rare)
        advance(std::max<size_t>(c->numel() - m_elem, 1));
        return out;
    }

private:
    void advance(size_t k)
    {
        m_elem += k;
        if (m_elem >= std::max<size_t>(m_count, 1)) {
            ++m_arg;
            m_elem = 0;
            settle();
        }
    }
    void settle()
    {
        if (m_arg < m_args.size()) {
            m_view = NumericView(m_args[m_arg]);
            m_count = m_view.valid() ? m_view.numel() : 0;
        }
    }

    std::span<Value const> m_args;
    size_t m_arg = 0;   // current argument
    size_t m_elem = 0;  // next element within it
    size_t m_count = 0; // its element count (0: an empty argument, one empty element)
    NumericView m_view { Value() };
};

void pad_append(std::string& out, std::string_view text, Spec const& spec)
{
    size_t w = spec.width > 0 ? static_cast<size_t>(spec.width) : 0;
    if (text.size() >= w) {
        out += text;
    } else if (spec.left) {
        out += text;
        out.append(w - text.size(), ' ');
    } else {
        out.append(w - text.size(), ' ');
        out += text;
    }
}

// printf with a spec rebuilt from the parsed one, `conv` and `length` substituted.
template <typename T>
void c_format(std::string& out, Spec const& spec, char const* length, char conv, T value)
{
    char f[48];
    char* p = f;
    *p++ = '%';
    if (spec.left) *p++ = '-';
    if (spec.plus) *p++ = '+';
    if (spec.space) *p++ = ' ';
    if (spec.zero) *p++ = '0';
    if (spec.alt) *p++ = '#';
    if (spec.width >= 0)
        p += std::snprintf(p, 12, "%d", spec.width);
    if (spec.prec >= 0)
        p += std::snprintf(p, 13, ".%d", spec.prec);
    while (*length)
        *p++ = *length++;
    *p++ = conv;
    *p = 0;
    char buf[128];
    int n = std::snprintf(buf, sizeof buf, f, value);
    if (n < 0)
        return;
    if (static_cast<size_t>(n) < sizeof buf) {
        out.append(buf, static_cast<size_t>(n));
        return;
    }
    size_t old = out.size();
    out.resize(old + static_cast<size_t>(n) + 1);
    std::snprintf(out.data() + old, static_cast<size_t>(n) + 1, f, value);
    out.resize(old + static_cast<size_t>(n));
}

// Inf, -Inf and NaN print as words under every numeric conversion (C would print "inf").
void append_nonfinite(std::string& out, double v, Spec const& spec)
{
    char const* word = std::isnan(v) ? "NaN" : (v < 0 ? "-Inf" : (spec.plus ? "+Inf" : "Inf"));
    pad_append(out, word, spec);
}

bool is_int_value(double v) { return std::isfinite(v) && v == std::trunc(v); }

void append_float(std::string& out, Spec const& spec, char conv, double v)
{
    if (!std::isfinite(v))
        return append_nonfinite(out, v, spec);
    c_format(out, spec, "", conv == 'F' ? 'f' : conv, v);
}

// %d/%i with an integer value; values beyond int64 print their exact decimal expansion.
void append_signed(std::string& out, Spec const& spec, double v)
{
    if (spec.width < 0 && spec.prec < 0 && !spec.plus && !spec.space && std::fabs(v) < 9.2e18) {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
        out.append(buf, static_cast<size_t>(r.ptr - buf));
        return;
    }
    if (std::fabs(v) < 9.2e18)
        return c_format(out, spec, "ll", 'd', static_cast<long long>(v));
    Spec s = spec;
    s.prec = 0;
    c_format(out, s, "", 'f', v);
}

// A conversion that does not fit the value (e.g. %d of 1.5): MATLAB prints it as %e.
void append_fallback(std::string& out, Spec const& spec, double v)
{
    if (!std::isfinite(v))
        return append_nonfinite(out, v, spec);
    c_format(out, spec, "", 'e', v);
}

void append_char_code(std::string& out, Spec const& spec, double v)
{
    if (!is_int_value(v) || v < 0)
        return append_fallback(out, spec, v);
    std::string ch;
    append_utf8(ch, static_cast<uint32_t>(std::min(v, 1114111.0)));
    pad_append(out, ch, spec);
}

void append_string(std::string& out, Spec const& spec, DataStream& data)
{
    if (!data.at_char())
        return append_char_code(out, spec, data.next()); // %s of a number: its character
    std::string s = data.rest_chars();
    if (spec.prec >= 0 && static_cast<size_t>(spec.prec) < s.size())
        s.resize(static_cast<size_t>(spec.prec));
    pad_append(out, s, spec);
}

void append_unsigned(std::string& out, Spec const& spec, double v)
{
    if (!is_int_value(v) || v < 0)
        return append_fallback(out, spec, v);
    if (v < 1.8e19)
        return c_format(out, spec, "ll", spec.conv, static_cast<unsigned long long>(v));
    Spec s = spec;
    s.prec = 0;
    c_format(out, s, "", 'f', v); // %u beyond 2^64: decimal; %x/%o lose precision like MATLAB's %e
}

// %d %i %u %x %X %o of an exact 64-bit integer element (int64/uint64 data).
void append_wide(std::string& out, Spec const& spec, __int128 x)
{
    bool is_signed_conv = spec.conv == 'd' || spec.conv == 'i';
    if (x < 0 && !is_signed_conv)
        return append_fallback(out, spec, static_cast<double>(x));
    if (x >= 0 && (!is_signed_conv || x > __int128(INT64_MAX)) && !(is_signed_conv && spec.plus)) {
        char conv = is_signed_conv ? 'u' : spec.conv;
        return c_format(out, spec, "ll", conv, static_cast<unsigned long long>(x));
    }
    if (x > __int128(INT64_MAX)) { // %+d of a uint64 beyond int64: sign, then the digits
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, static_cast<unsigned long long>(x));
        pad_append(out, "+" + std::string(buf, r.ptr), spec);
        return;
    }
    c_format(out, spec, "ll", 'd', static_cast<long long>(x));
}

// Formats one conversion, consuming its data.
void append_conversion(std::string& out, Spec const& spec, DataStream& data)
{
    if (data.at_empty()) {
        data.skip_empty();
        return pad_append(out, "", spec);
    }
    bool integer_conv = spec.conv == 'd' || spec.conv == 'i' || spec.conv == 'u' || spec.conv == 'x'
        || spec.conv == 'X' || spec.conv == 'o';
    if (integer_conv && data.at_wide_int())
        return append_wide(out, spec, data.next_wide());
    switch (spec.conv) {
    case 's':
        return append_string(out, spec, data);
    case 'c':
        if (data.at_char()) {
            std::string ch;
            append_utf8(ch, static_cast<uint32_t>(data.next()));
            return pad_append(out, ch, spec);
        }
        return append_char_code(out, spec, data.next());
    case 'd': case 'i': {
        double v = data.next();
        if (!std::isfinite(v))
            return append_nonfinite(out, v, spec);
        if (v != std::trunc(v))
            return append_fallback(out, spec, v);
        return append_signed(out, spec, v);
    }
    case 'u': case 'x': case 'X': case 'o':
        return append_unsigned(out, spec, data.next());
    default:
        return append_float(out, spec, spec.conv, data.next());
    }
}

// A '*' width or precision takes the next data element.
void resolve_stars(Spec& spec, DataStream& data)
{
    if (spec.width == STAR) {
        double w = data.done() ? 0 : data.next();
        spec.width = static_cast<int>(std::clamp(std::fabs(w), 0.0, 100000.0));
        if (w < 0)
            spec.left = true;
    }
    if (spec.prec == STAR) {
        double p = data.done() ? 0 : data.next();
        spec.prec = p < 0 ? NONE : static_cast<int>(std::min(p, 100000.0));
    }
}

enum class PassEnd { Completed, Stopped };

// One pass over the format. Output stops for good at a conversion that lacks data or is not
// a valid conversion ('%z'): MATLAB discards it and everything after it.
PassEnd format_pass(std::string_view fmt, DataStream& data, std::string& out, bool& consumed)
{
    size_t i = 0, n = fmt.size();
    while (i < n) {
        size_t j = i;
        while (j < n && fmt[j] != '%' && fmt[j] != '\\')
            ++j;
        out.append(fmt.data() + i, j - i);
        if (j >= n)
            break;
        if (fmt[j] == '\\') {
            i = append_escape(fmt, j, out);
            continue;
        }
        if (j + 1 < n && fmt[j + 1] == '%') {
            out += '%';
            i = j + 2;
            continue;
        }
        Spec spec;
        i = parse_spec(fmt, j + 1, spec);
        if (spec.conv == 0 || data.done())
            return PassEnd::Stopped;
        resolve_stars(spec, data);
        if (data.done())
            return PassEnd::Stopped;
        append_conversion(out, spec, data);
        consumed = true;
    }
    return PassEnd::Completed;
}

} // namespace

// MATLAB sprintf: the format is applied repeatedly until the data is used up; output stops
// before the first conversion that lacks data (sprintf('%d, %d\n', [1 2 3]) is "1, 2\n3, ",
// and with no data arguments at all sprintf('a%db') is "a").
Result<std::string> format_printf(std::string_view format, std::span<Value const> args)
{
    DataStream data(args);
    TRY_VOID(data.validate());
    std::string out;
    out.reserve(format.size() + 16);
    for (;;) {
        bool consumed = false;
        if (format_pass(format, data, out, consumed) == PassEnd::Stopped)
            break;
        if (data.done() || !consumed)
            break;
    }
    return out;
}

Result<std::string> value_to_utf8(Value const& v)
{
    if (auto* c = v.as_char_array())
        return c->to_utf8();
    return make_error("MATLAB:invalidType", "Expected input to be a character vector.");
}

} // namespace runmat::runtime
