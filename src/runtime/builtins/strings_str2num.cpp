// str2num without the VM: MATLAB evaluates the text as "[text]"; we evaluate the numeric subset
// of that: a matrix of scalar expressions over numbers (i/j suffixes), Inf NaN pi eps i j true
// false, + - * / \ ^ (and their dotted forms), unary signs and parentheses, with MATLAB's
// blank rules inside brackets ("1 -2" is two elements, "1 - 2" one). Text that is not valid
// gives [] and tf = false as in MATLAB; valid MATLAB beyond this subset (names, calls) is an
// error rather than a silently wrong [].
#include "runtime/builtins/strings_common.hpp"
#include <cmath>
#include <complex>
#include <limits>

namespace runmat::runtime::strings {

namespace {

using Complex = std::complex<double>;

struct Scalar {
    Complex v;
    bool logical = false;
};

enum class Fail : uint8_t { Syntax, Unsupported };

class NumParser {
public:
    explicit NumParser(std::u16string_view s) : m_s(s) { }

    // Rows of elements, or a failure kind (m_what names an unsupported construct).
    bool parse(std::vector<std::vector<Scalar>>& rows)
    {
        std::vector<Scalar> row;
        for (;;) {
            skip_blanks();
            if (done() || peek() == u';' || peek() == u'\n' || peek() == u'\r') {
                if (!row.empty())
                    rows.push_back(std::move(row));
                row.clear();
                if (done())
                    return true;
                ++m_i;
                continue;
            }
            if (peek() == u',') {
                if (row.empty())
                    return fail(Fail::Syntax);
                ++m_i;
                skip_blanks();
                if (done() || peek() == u',' || peek() == u';')
                    return fail(Fail::Syntax);
                continue;
            }
            Scalar x;
            if (!expr(x))
                return false;
            row.push_back(x);
        }
    }

    Fail failure = Fail::Syntax;
    std::string what;

private:
    bool done() const { return m_i >= m_s.size(); }
    char16_t peek(size_t k = 0) const { return m_i + k < m_s.size() ? m_s[m_i + k] : 0; }
    static bool blank(char16_t c) { return c == u' ' || c == u'\t'; }
    bool skip_blanks()
    {
        size_t start = m_i;
        while (!done() && blank(peek()))
            ++m_i;
        return m_i > start;
    }
    bool fail(Fail f)
    {
        failure = f;
        return false;
    }

    // expr := term (('+'|'-') term)*; a sign after a blank and before a non-blank starts
    // the next element instead.
    bool expr(Scalar& out)
    {
        if (!term(out))
            return false;
        for (;;) {
            size_t save = m_i;
            bool spaced = skip_blanks();
            char16_t c = peek();
            if ((c != u'+' && c != u'-') || (spaced && !blank(peek(1)))) {
                m_i = save;
                return true;
            }
            ++m_i;
            skip_blanks();
            Scalar rhs;
            if (!term(rhs))
                return false;
            out.v = c == u'+' ? out.v + rhs.v : out.v - rhs.v;
            out.logical = false;
        }
    }

    // The binary operator at the cursor among * / \ .* ./ .\ (length, or 0).
    size_t mul_op(char16_t& op) const
    {
        char16_t c = peek();
        if (c == u'.' && (peek(1) == u'*' || peek(1) == u'/' || peek(1) == u'\\')) {
            op = peek(1);
            return 2;
        }
        if (c == u'*' || c == u'/' || c == u'\\') {
            op = c;
            return 1;
        }
        return 0;
    }

    bool term(Scalar& out)
    {
        if (!unary(out))
            return false;
        for (;;) {
            size_t save = m_i;
            skip_blanks();
            char16_t op = 0;
            size_t len = mul_op(op);
            if (!len) {
                m_i = save;
                return true;
            }
            m_i += len;
            skip_blanks();
            Scalar rhs;
            if (!unary(rhs))
                return false;
            out.v = op == u'*' ? out.v * rhs.v : op == u'/' ? out.v / rhs.v : rhs.v / out.v;
            out.logical = false;
        }
    }

    // Unary signs bind looser than ^ (-2^2 is -4).
    bool unary(Scalar& out)
    {
        char16_t c = peek();
        if (c == u'+' || c == u'-') {
            ++m_i;
            skip_blanks();
            if (!unary(out))
                return false;
            if (c == u'-')
                out.v = -out.v;
            out.logical = false;
            return true;
        }
        return power(out);
    }

    bool power(Scalar& out)
    {
        if (!primary(out))
            return false;
        for (;;) {
            size_t save = m_i;
            skip_blanks();
            size_t len = peek() == u'^' ? 1 : (peek() == u'.' && peek(1) == u'^') ? 2 : 0;
            if (!len) {
                m_i = save;
                return true;
            }
            m_i += len;
            skip_blanks();
            Scalar e;
            // The exponent may carry its own sign: 2^-1.
            char16_t sign = peek();
            if (sign == u'+' || sign == u'-')
                ++m_i;
            if (!primary(e))
                return false;
            if (sign == u'-')
                e.v = -e.v;
            bool real = out.v.imag() == 0 && e.v.imag() == 0 && (out.v.real() >= 0 || e.v.real() == std::floor(e.v.real()));
            out.v = real ? Complex(std::pow(out.v.real(), e.v.real()), 0) : std::pow(out.v, e.v);
            out.logical = false;
        }
    }

    bool number(Scalar& out)
    {
        std::string digits;
        auto take_digits = [&] {
            while (!done() && text::is_digit(peek()))
                digits += static_cast<char>(m_s[m_i++]);
        };
        take_digits();
        if (peek() == u'.' && !(peek(1) == u'*' || peek(1) == u'/' || peek(1) == u'\\' || peek(1) == u'^' || peek(1) == u'\'')) {
            digits += static_cast<char>(m_s[m_i++]);
            take_digits();
        }
        if (digits.empty() || digits == ".")
            return fail(Fail::Syntax);
        char16_t e = peek();
        if ((e == u'e' || e == u'E' || e == u'd' || e == u'D')
            && (text::is_digit(peek(1)) || ((peek(1) == u'+' || peek(1) == u'-') && text::is_digit(peek(2))))) {
            digits += 'e';
            ++m_i;
            if (peek() == u'+' || peek() == u'-')
                digits += static_cast<char>(m_s[m_i++]);
            take_digits();
        }
        double v = std::strtod(digits.c_str(), nullptr);
        out.v = Complex(v, 0);
        if ((peek() == u'i' || peek() == u'j') && !is_name_char(peek(1))) {
            ++m_i;
            out.v = Complex(0, v);
        }
        if (is_name_char(peek()))
            return fail(Fail::Syntax);
        return true;
    }

    static bool is_name_char(char16_t c) { return (c < 0x80 && text::is_alpha(c)) || text::is_digit(c) || c == u'_'; }

    bool primary(Scalar& out)
    {
        char16_t c = peek();
        if (text::is_digit(c) || (c == u'.' && text::is_digit(peek(1))))
            return number(out);
        if (c == u'(') {
            ++m_i;
            skip_blanks();
            if (!expr(out))
                return false;
            skip_blanks();
            if (peek() != u')')
                return fail(Fail::Syntax);
            ++m_i;
            return true;
        }
        if (c < 0x80 && text::is_alpha(c))
            return name(out);
        if (c == u'[' || c == u'{' || c == u'\'' || c == u'"' || c == u'@')
            return unsupported(std::string(1, static_cast<char>(c)));
        return fail(Fail::Syntax);
    }

    bool unsupported(std::string w)
    {
        what = std::move(w);
        return fail(Fail::Unsupported);
    }

    bool name(Scalar& out)
    {
        size_t start = m_i;
        while (!done() && is_name_char(peek()))
            ++m_i;
        std::string id = text::to_utf8(m_s.substr(start, m_i - start));
        constexpr double INF = std::numeric_limits<double>::infinity();
        out.logical = false;
        if (id == "Inf" || id == "inf") out.v = INF;
        else if (id == "NaN" || id == "nan") out.v = std::numeric_limits<double>::quiet_NaN();
        else if (id == "pi") out.v = 3.14159265358979323846;
        else if (id == "eps") out.v = std::numeric_limits<double>::epsilon();
        else if (id == "i" || id == "j") out.v = Complex(0, 1);
        else if (id == "true" || id == "false") { out.v = id == "true" ? 1.0 : 0.0; out.logical = true; }
        else return unsupported(id);
        // A call such as true(2) or pi() is beyond this evaluator.
        size_t save = m_i;
        skip_blanks();
        bool call = peek() == u'(' && m_i == save;
        m_i = save;
        if (call)
            return unsupported(id + "(...)");
        return true;
    }

    std::u16string_view m_s;
    size_t m_i = 0;
};

// The text to evaluate: a char row, or the rows of a char matrix one per line; an outer [ ]
// pair is the matrix brackets str2num adds anyway.
std::u16string source_text(Value const& v)
{
    auto* c = v.as_char_array();
    std::u16string s;
    size_t rows = c->shape().rows();
    if (rows <= 1) {
        s = std::u16string(text::char_view(v));
    } else {
        for (size_t r = 0; r < rows; ++r) {
            if (r)
                s += u'\n';
            s += text::char_matrix_row(*c, r);
        }
    }
    size_t a = s.find_first_not_of(u" \t\n\r");
    size_t b = s.find_last_not_of(u" \t\n\r");
    if (a == std::u16string::npos)
        return {};
    s = s.substr(a, b - a + 1);
    if (s.size() >= 2 && s.front() == u'[' && s.back() == u']' && s.find(u'[', 1) == std::u16string::npos)
        s = s.substr(1, s.size() - 2);
    return s;
}

Value build_matrix(std::vector<std::vector<Scalar>> const& rows)
{
    if (rows.empty())
        return Value::empty();
    size_t r = rows.size(), c = rows[0].size();
    bool all_logical = true, complex = false;
    for (auto const& row : rows)
        for (auto const& x : row) {
            all_logical = all_logical && x.logical;
            complex = complex || x.v.imag() != 0;
        }
    if (all_logical) {
        auto a = new_logical(Dims(r, c));
        for (size_t i = 0; i < r; ++i)
            for (size_t j = 0; j < c; ++j)
                a->data()[i + j * r] = rows[i][j].v.real() != 0;
        return make_logical(std::move(a));
    }
    auto a = new_double(Dims(r, c));
    if (complex)
        a->make_complex();
    for (size_t i = 0; i < r; ++i)
        for (size_t j = 0; j < c; ++j) {
            a->data()[i + j * r] = rows[i][j].v.real();
            if (complex)
                a->imag()[i + j * r] = rows[i][j].v.imag();
        }
    return make_double(std::move(a));
}

VoidResult str2num_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& v = args[0];
    if (v.class_id() == ClassId::String)
        return string_unsupported(cx);
    if (v.class_id() != ClassId::Char || !v.dims().is_matrix())
        return cx.error("MATLAB:str2num:InvalidArgument", "The input must be a character vector or string scalar.");
    std::u16string s = source_text(v);
    NumParser p(s);
    std::vector<std::vector<Scalar>> rows;
    bool ok = p.parse(rows);
    if (!ok && p.failure == Fail::Unsupported)
        return cx.error("RunMat:str2num:unsupported", "str2num cannot evaluate '" + p.what
            + "' yet: only numbers, matrices of numeric expressions, true and false are supported.");
    for (size_t i = 1; ok && i < rows.size(); ++i)
        ok = rows[i].size() == rows[0].size();
    outs[0] = ok ? build_matrix(rows) : Value::empty();
    if (outs.size() > 1)
        outs[1] = Value::logical(ok);
    return {};
}

} // namespace

void register_str2num_builtin(BuiltinTable& t)
{
    t.add({ .name = "str2num", .fn = str2num_builtin, .min_in = 1, .max_in = 1, .max_out = 2 });
}

} // namespace runmat::runtime::strings
