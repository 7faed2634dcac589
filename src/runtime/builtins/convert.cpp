// Conversions between text, numbers and raw bytes: sscanf (formatted reading from a char
// vector, MATLAB's sscanf page) and typecast (reinterpreting bytes, little endian). Knows
// nothing of the VM or of files.
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/numeric_class.hpp"
#include "runtime/text_util.hpp"
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace runmat::runtime {

namespace {

constexpr double INF = std::numeric_limits<double>::infinity();

// ---- sscanf format ------------------------------------------------------------------------

// One piece of a scanf format: blanks (skip any whitespace), a literal character, or a
// conversion %[*][width]type.
struct Directive {
    enum class Kind : uint8_t { Blank, Literal, Convert } kind = Kind::Literal;
    char16_t literal = 0;
    char type = 'd';         // d i u o x f e g s c [
    bool suppress = false;   // %*d: read, do not store
    size_t width = SIZE_MAX; // SIZE_MAX: no limit (%c: 1)
    std::u16string set;      // %[...] members
    bool negated = false;    // %[^...]
    bool is_text() const { return type == 's' || type == 'c' || type == '['; }
};

bool is_blank(char16_t c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f'; }

// The escapes MATLAB's format text understands (\n \t \\ ...), applied before parsing.
std::u16string unescape(std::u16string_view f)
{
    std::u16string out;
    for (size_t i = 0; i < f.size(); ++i) {
        if (f[i] != u'\\' || i + 1 == f.size()) {
            out += f[i];
            continue;
        }
        switch (char16_t e = f[++i]) {
        case u'n': out += u'\n'; break;
        case u't': out += u'\t'; break;
        case u'r': out += u'\r'; break;
        case u'f': out += u'\f'; break;
        case u'v': out += u'\v'; break;
        case u'\\': out += u'\\'; break;
        default: out += u'\\'; out += e; break;
        }
    }
    return out;
}

Result<std::vector<Directive>> parse_format(CallContext const& cx, std::u16string_view f)
{
    std::vector<Directive> out;
    for (size_t i = 0; i < f.size();) {
        Directive d;
        if (is_blank(f[i])) {
            while (i < f.size() && is_blank(f[i]))
                ++i;
            d.kind = Directive::Kind::Blank;
            out.push_back(d);
            continue;
        }
        if (f[i] != u'%' || (i + 1 < f.size() && f[i + 1] == u'%')) {
            d.literal = f[i];
            i += f[i] == u'%' ? 2 : 1;
            out.push_back(d);
            continue;
        }
        ++i;
        d.kind = Directive::Kind::Convert;
        if (i < f.size() && f[i] == u'*') {
            d.suppress = true;
            ++i;
        }
        if (i < f.size() && text::is_digit(f[i])) {
            d.width = 0;
            while (i < f.size() && text::is_digit(f[i]))
                d.width = d.width * 10 + static_cast<size_t>(f[i++] - u'0');
        }
        while (i < f.size() && (f[i] == u'l' || f[i] == u'h' || f[i] == u'L'))
            ++i;
        if (i == f.size() || std::u16string_view(u"diuoxXfeEgGsc[").find(f[i]) == std::u16string_view::npos)
            return cx.error("MATLAB:sscanf:invalidFormat", "Invalid format.");
        d.type = static_cast<char>(f[i] == u'X' ? 'x' : f[i] == u'E' ? 'e' : f[i] == u'G' ? 'g' : f[i]);
        ++i;
        if (d.type == '[') {
            if (i < f.size() && f[i] == u'^') {
                d.negated = true;
                ++i;
            }
            size_t close = f.find(u']', i + 1); // a ']' first in the set is a member
            if (close == std::u16string_view::npos)
                return cx.error("MATLAB:sscanf:invalidFormat", "Invalid format.");
            d.set = std::u16string(f.substr(i, close - i));
            i = close + 1;
        }
        out.push_back(d);
    }
    return out;
}

// ---- sscanf scanning ----------------------------------------------------------------------

// The input and the elements read so far.
struct Scan {
    std::u16string_view s;
    size_t pos = 0;
    std::vector<double> values;
    size_t conversions = 0;
    bool at_end() const { return pos >= s.size(); }
    void skip_blanks()
    {
        while (!at_end() && is_blank(s[pos]))
            ++pos;
    }
};

int digit_value(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return 99;
}

// An integer in `base` (0: C's %i rule, 0x hex / 0 octal / decimal) of at most `width` chars.
std::optional<double> scan_integer(Scan& sc, int base, size_t width)
{
    size_t end = width == SIZE_MAX ? sc.s.size() : std::min(sc.s.size(), sc.pos + width);
    size_t p = sc.pos;
    bool negative = false;
    if (p < end && (sc.s[p] == u'+' || sc.s[p] == u'-'))
        negative = sc.s[p++] == u'-';
    bool zero_x = p + 1 < end && sc.s[p] == u'0' && (sc.s[p + 1] == u'x' || sc.s[p + 1] == u'X');
    if (base == 0)
        base = zero_x ? 16 : (p < end && sc.s[p] == u'0') ? 8 : 10;
    if (base == 16 && zero_x && p + 2 < end && digit_value(sc.s[p + 2]) < 16)
        p += 2;
    size_t first = p;
    double v = 0;
    while (p < end && digit_value(sc.s[p]) < base)
        v = v * base + digit_value(sc.s[p++]);
    if (p == first)
        return std::nullopt;
    sc.pos = p;
    return negative ? -v : v;
}

bool match_word(std::u16string_view s, size_t p, size_t end, std::string_view w)
{
    if (end - p < w.size())
        return false;
    for (size_t k = 0; k < w.size(); ++k)
        if (text::to_lower(s[p + k]) != static_cast<char16_t>(w[k]))
            return false;
    return true;
}

// A floating-point number (also Inf/Infinity/NaN) of at most `width` chars.
std::optional<double> scan_float(Scan& sc, size_t width)
{
    size_t end = width == SIZE_MAX ? sc.s.size() : std::min(sc.s.size(), sc.pos + width);
    size_t p = sc.pos;
    std::string num;
    if (p < end && (sc.s[p] == u'+' || sc.s[p] == u'-'))
        num += static_cast<char>(sc.s[p++]);
    for (std::string_view w : { "infinity", "inf", "nan" }) {
        if (match_word(sc.s, p, end, w)) {
            sc.pos = p + w.size();
            double v = w == "nan" ? std::numeric_limits<double>::quiet_NaN() : INF;
            return num == "-" ? -v : v;
        }
    }
    size_t digits = 0;
    auto take_digits = [&] {
        while (p < end && text::is_digit(sc.s[p])) {
            num += static_cast<char>(sc.s[p++]);
            ++digits;
        }
    };
    take_digits();
    if (p < end && sc.s[p] == u'.') {
        num += '.';
        ++p;
        take_digits();
    }
    if (digits == 0)
        return std::nullopt;
    if (p < end && (sc.s[p] == u'e' || sc.s[p] == u'E' || sc.s[p] == u'd' || sc.s[p] == u'D')) {
        size_t q = p + 1;
        std::string exp = "e";
        if (q < end && (sc.s[q] == u'+' || sc.s[q] == u'-'))
            exp += static_cast<char>(sc.s[q++]);
        if (q < end && text::is_digit(sc.s[q])) {
            while (q < end && text::is_digit(sc.s[q]))
                exp += static_cast<char>(sc.s[q++]);
            num += exp;
            p = q;
        }
    }
    sc.pos = p;
    return std::strtod(num.c_str(), nullptr);
}

bool in_set(Directive const& d, char16_t c)
{
    bool member = false;
    for (size_t k = 0; k < d.set.size() && !member; ++k) {
        if (k + 2 < d.set.size() && d.set[k + 1] == u'-') {
            member = c >= d.set[k] && c <= d.set[k + 2];
            k += 2;
        } else {
            member = c == d.set[k];
        }
    }
    return member != d.negated;
}

// Text conversions %s %c %[...]: the code units read, or nullopt on a matching failure.
std::optional<std::u16string_view> scan_text(Scan& sc, Directive const& d)
{
    if (d.type == 's')
        sc.skip_blanks();
    size_t limit = d.type == 'c' && d.width == SIZE_MAX ? 1 : d.width;
    size_t end = limit == SIZE_MAX ? sc.s.size() : std::min(sc.s.size(), sc.pos + limit);
    size_t p = sc.pos;
    while (p < end && (d.type == 'c' || (d.type == 's' ? !is_blank(sc.s[p]) : in_set(d, sc.s[p]))))
        ++p;
    if (p == sc.pos)
        return std::nullopt;
    auto got = sc.s.substr(sc.pos, p - sc.pos);
    sc.pos = p;
    return got;
}

enum class Stop : uint8_t { None, EndOfInput, Mismatch, Full };

// Apply one conversion; numeric conversions skip leading whitespace as C's scanf does.
Stop convert(Scan& sc, Directive const& d, double limit)
{
    if (!d.is_text())
        sc.skip_blanks();
    if (sc.at_end())
        return Stop::EndOfInput;
    if (d.is_text()) {
        auto got = scan_text(sc, d);
        if (!got)
            return Stop::Mismatch;
        if (!d.suppress) {
            for (char16_t c : *got)
                if (static_cast<double>(sc.values.size()) < limit)
                    sc.values.push_back(c);
            ++sc.conversions;
        }
        return Stop::None;
    }
    std::optional<double> v;
    switch (d.type) {
    case 'd': case 'u': v = scan_integer(sc, 10, d.width); break;
    case 'i': v = scan_integer(sc, 0, d.width); break;
    case 'o': v = scan_integer(sc, 8, d.width); break;
    case 'x': v = scan_integer(sc, 16, d.width); break;
    default: v = scan_float(sc, d.width); break;
    }
    if (!v)
        return Stop::Mismatch;
    if (!d.suppress) {
        sc.values.push_back(*v);
        ++sc.conversions;
    }
    return Stop::None;
}

// Run the format over the input, reusing it while input remains (MATLAB's sscanf), until
// `limit` elements are stored.
Stop run_format(Scan& sc, std::vector<Directive> const& fmt, double limit)
{
    bool has_conversion = std::any_of(fmt.begin(), fmt.end(), [](auto const& d) { return d.kind == Directive::Kind::Convert; });
    while (true) {
        size_t start = sc.pos;
        for (auto const& d : fmt) {
            if (static_cast<double>(sc.values.size()) >= limit && d.kind == Directive::Kind::Convert)
                return Stop::Full;
            if (d.kind == Directive::Kind::Blank) {
                sc.skip_blanks();
                continue;
            }
            if (d.kind == Directive::Kind::Literal) {
                if (sc.at_end())
                    return Stop::EndOfInput;
                if (sc.s[sc.pos] != d.literal)
                    return Stop::Mismatch;
                ++sc.pos;
                continue;
            }
            if (Stop s = convert(sc, d, limit); s != Stop::None)
                return s;
        }
        if (sc.at_end() || !has_conversion || sc.pos == start)
            return Stop::EndOfInput;
    }
}

// sizeA: n, Inf, [m n] or [m Inf]; `rows` 0 means a plain vector.
struct ScanSize {
    double limit = INF;
    size_t rows = 0;
};

Result<ScanSize> scan_size(CallContext const& cx, Value const& v)
{
    NumericView nv(v);
    bool ok = nv.valid() && !v.as_char_array() && (nv.numel() == 1 || nv.numel() == 2);
    for (size_t i = 0; ok && i < nv.numel(); ++i)
        ok = nv[i] >= 0 && (nv[i] == std::floor(nv[i]) || (std::isinf(nv[i]) && i == nv.numel() - 1));
    if (!ok)
        return cx.error("MATLAB:sscanf:badSize", "Size argument must be a positive integer or Inf, or a two-element vector.");
    if (nv.numel() == 1)
        return ScanSize { nv[0], 0 };
    return ScanSize { nv[0] * nv[1], static_cast<size_t>(nv[0]) };
}

// The result array: text conversions only give a char row, otherwise a double column; an
// [m n] size gives m rows, the last column padded with zeros.
Value scan_result(std::vector<double> const& vals, ScanSize const& size, bool text_only)
{
    size_t n = vals.size();
    Dims d = size.rows ? Dims(size.rows, (n + size.rows - 1) / size.rows) : text_only ? Dims(1, n) : Dims(n, 1);
    if (n == 0 && !size.rows)
        d = Dims(0, 0);
    if (text_only) {
        auto c = make_ref<CharArray>(d, u'\0');
        for (size_t i = 0; i < n; ++i)
            c->data()[i] = static_cast<char16_t>(vals[i]);
        return make_char(std::move(c));
    }
    auto a = new_double(d, 0.0);
    std::copy(vals.begin(), vals.end(), a->data());
    return make_double(std::move(a));
}

// [A, count, errmsg, nextindex] = sscanf(str, formatSpec[, sizeA]).
VoidResult sscanf_builtin(CallContext& cx, Args args, Outs outs)
{
    if (!text::is_char_vector(args[0]) && !args[0].as_char_array())
        return cx.error("MATLAB:sscanf:invalidFirstInput", "First argument must be a text scalar.");
    if (!text::is_char_vector(args[1]))
        return cx.error("MATLAB:sscanf:invalidFormat", "Format must be a text scalar.");
    std::u16string fmt_text = unescape(text::char_view(args[1]));
    auto fmt = TRY(parse_format(cx, fmt_text));
    ScanSize size;
    if (args.size() > 2)
        size = TRY(scan_size(cx, args[2]));
    Scan sc;
    sc.s = text::char_view(args[0]); // a char matrix reads column-major, as MATLAB does
    Stop stop = run_format(sc, fmt, size.limit);
    bool text_only = std::any_of(fmt.begin(), fmt.end(), [](auto const& d) { return d.kind == Directive::Kind::Convert && !d.suppress; })
        && std::all_of(fmt.begin(), fmt.end(), [](auto const& d) { return d.kind != Directive::Kind::Convert || d.suppress || d.is_text(); });
    outs[0] = scan_result(sc.values, size, text_only);
    if (outs.size() > 1)
        outs[1] = Value::scalar(static_cast<double>(sc.conversions));
    if (outs.size() > 2)
        outs[2] = Value::char_row(stop == Stop::Mismatch && !sc.at_end() ? "Matching failure in format." : "");
    if (outs.size() > 3)
        outs[3] = Value::scalar(static_cast<double>(sc.pos + 1));
    return {};
}

// ---- typecast -----------------------------------------------------------------------------

std::optional<ClassId> numeric_class_named(std::string_view name)
{
    for (ClassId c : { ClassId::Double, ClassId::Single, ClassId::Int8, ClassId::Int16, ClassId::Int32, ClassId::Int64,
             ClassId::UInt8, ClassId::UInt16, ClassId::UInt32, ClassId::UInt64 })
        if (class_name(c) == name)
            return c;
    return std::nullopt;
}

size_t element_size(ClassId c)
{
    switch (c) {
    case ClassId::Double: case ClassId::Int64: case ClassId::UInt64: return 8;
    case ClassId::Single: case ClassId::Int32: case ClassId::UInt32: return 4;
    case ClassId::Int16: case ClassId::UInt16: return 2;
    default: return 1;
    }
}

// The element bytes of a real numeric array value (double, single, integer classes).
void const* element_bytes(Value const& boxed)
{
    if (auto* d = boxed.as_double_array())
        return d->data();
    if (auto* s = boxed.as_single_array())
        return s->data();
    return visit_int_class(boxed.class_id(), [&](auto tag) -> void const* {
        using T = typename decltype(tag)::type;
        return boxed.as_int_array<T>()->data();
    });
}

// Y = typecast(X, type): X's bytes read as `type` (no conversion, little endian). A column
// stays a column; a row or scalar gives a row.
VoidResult typecast_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& x = args[0];
    ClassId from = x.class_id();
    auto* dx = x.as_double_array();
    if (!is_numeric_class(from) || (dx && dx->is_complex()))
        return cx.error("MATLAB:typecast:inputMustBeNumeric", "The first input argument must be a full, non-complex numeric value.");
    Dims d = x.dims();
    if (!d.is_vector() && !d.is_empty())
        return cx.error("MATLAB:typecast:inputMustBeVector", "The first input argument must be a vector.");
    auto name = char_text(args[1]);
    auto to = name ? numeric_class_named(*name) : std::nullopt;
    if (!to)
        return cx.error("MATLAB:typecast:invalidOutputType", "Unsupported class.");
    size_t bytes = x.numel() * element_size(from);
    if (bytes % element_size(*to) != 0)
        return cx.error("MATLAB:typecast:notEnoughInputElements", "Too few input values to make output type.");
    size_t n = bytes / element_size(*to);
    Dims shape = d.is_column() && !d.is_scalar() ? Dims(n, 1) : Dims(1, n);
    Value boxed = x.boxed();
    if (*to == ClassId::Double) {
        auto a = new_double(shape);
        if (bytes)
            std::memcpy(a->data(), element_bytes(boxed), bytes);
        outs[0] = make_double(std::move(a));
        return {};
    }
    Value out = new_numeric(*to, shape); // single and integer values are never unboxed
    if (bytes)
        std::memcpy(const_cast<void*>(element_bytes(out)), element_bytes(boxed), bytes);
    outs[0] = std::move(out);
    return {};
}

} // namespace

void register_convert_builtins(BuiltinTable& table)
{
    table.add({ .name = "sscanf", .fn = sscanf_builtin, .min_in = 2, .max_in = 3, .max_out = 4 });
    table.add({ .name = "typecast", .fn = typecast_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
}

} // namespace runmat::runtime
