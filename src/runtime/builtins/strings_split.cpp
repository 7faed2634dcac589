// Building and breaking text: strcat strvcat strsplit strjoin split join, over char arrays and
// cell arrays of char vectors. strsplit/strjoin/strcat are hot in loops (bench/string_ops):
// they work on UTF-16 views of the arguments and allocate only the results.
#include "runtime/builtins/regex.hpp"
#include "runtime/builtins/strings_common.hpp"
#include <algorithm>

namespace runmat::runtime::strings {

namespace {

using text::EmptyShape;

// ---------------------------------------------------------------------------------------------
// strcat: char inputs lose trailing ASCII whitespace and are joined row by row (a one-row input
// repeats for every row); with any cell input the result is a cell, joined element-wise
// (1x1 cells and char vectors repeat), and nothing is trimmed.

bool is_ascii_space(char16_t c) { return c == u' ' || (c >= 9 && c <= 13); }

std::u16string_view trim_trailing_ascii(std::u16string_view s)
{
    size_t n = s.size();
    while (n > 0 && is_ascii_space(s[n - 1]))
        --n;
    return s.substr(0, n);
}

RuntimeError strcat_bad_input(CallContext const& cx)
{
    return cx.error("MATLAB:strcat:InvalidInputType",
        "Inputs must be character arrays, cell arrays of character vectors, or string arrays.");
}

VoidResult strcat_cells(CallContext& cx, Args args, Outs outs)
{
    Dims dims(1, 1);
    bool have_dims = false;
    for (Value const& a : args) {
        if (a.class_id() != ClassId::Cell || a.numel() == 1)
            continue;
        if (have_dims && a.dims() != dims)
            return cx.error("MATLAB:strcat:InvalidInputSize", "All the inputs must be the same size or scalars.");
        dims = a.dims();
        have_dims = true;
    }
    std::vector<TextList> lists;
    for (Value const& a : args) {
        TextList t = TRY(require_text(cx, a, strcat_bad_input));
        if (t.kind == TextKind::Char && !text::is_char_vector(a))
            return cx.error("MATLAB:strcat:InvalidInputSize", "All the inputs must be the same size or scalars.");
        lists.push_back(std::move(t));
    }
    size_t n = dims.numel();
    std::vector<Value> out;
    out.reserve(n);
    std::u16string buf;
    for (size_t i = 0; i < n; ++i) {
        buf.clear();
        for (auto const& t : lists)
            buf += t.items.size() == 1 ? t.items[0] : t.items[i];
        out.push_back(text::char_row(buf));
    }
    outs[0] = text::cell_from(dims, std::move(out));
    return {};
}

VoidResult strcat_builtin(CallContext& cx, Args args, Outs outs)
{
    bool any_cell = false;
    for (Value const& a : args) {
        if (a.class_id() == ClassId::String)
            return string_unsupported(cx);
        if (a.class_id() == ClassId::Cell)
            any_cell = true;
        else if (a.class_id() != ClassId::Char)
            return strcat_bad_input(cx);
    }
    if (any_cell)
        return strcat_cells(cx, args, outs);
    // Fast path: char row vectors only (the common case in loops).
    size_t rows = 0;
    bool all_empty = true;
    for (Value const& a : args) {
        if (a.numel() == 0)
            continue;
        all_empty = false;
        if (a.dims().ndims() != 2)
            return cx.error("MATLAB:strfun:InputDimension", "Input strings must have one or two dimensions.");
        rows = std::max(rows, a.dims().rows());
    }
    if (all_empty) {
        outs[0] = text::char_row(u"");
        return {};
    }
    if (rows == 1) {
        std::u16string buf;
        for (Value const& a : args)
            buf += trim_trailing_ascii(text::char_view(a));
        outs[0] = text::char_row(buf, EmptyShape::OneByZero);
        return {};
    }
    std::vector<std::u16string> lines(rows);
    for (Value const& a : args) {
        if (a.numel() == 0)
            continue;
        auto const& c = *a.as_char_array();
        size_t r = c.shape().rows();
        if (r != 1 && r != rows)
            return cx.error("MATLAB:strcat:NumberOfInputRows", "All the inputs must have the same number of rows or a single row.");
        for (size_t i = 0; i < rows; ++i) {
            std::u16string row = text::char_matrix_row(c, r == 1 ? 0 : i);
            lines[i] += trim_trailing_ascii(row);
        }
    }
    outs[0] = text::char_matrix(lines);
    return {};
}

// ---------------------------------------------------------------------------------------------
// strvcat: rows stacked and blank-padded; empty inputs (and empty cell elements) are skipped;
// numbers are character codes.

VoidResult strvcat_builtin(CallContext& cx, Args args, Outs outs)
{
    std::vector<std::u16string> rows;
    auto add_matrix = [&](Value const& v) -> VoidResult {
        if (v.numel() == 0)
            return {};
        if (auto* c = v.as_char_array()) {
            for (size_t r = 0; r < c->shape().rows(); ++r)
                rows.push_back(text::char_matrix_row(*c, r));
            return {};
        }
        NumericView nv(v);
        if (!nv.valid() || nv.is_complex())
            return cx.error("MATLAB:strvcat:InvalidInputType", "Inputs must be character arrays, cell arrays of character vectors, or numeric arrays.");
        size_t nr = nv.dims().rows(), nc = nv.numel() / nr;
        for (size_t r = 0; r < nr; ++r) {
            std::u16string row(nc, u' ');
            for (size_t j = 0; j < nc; ++j)
                row[j] = static_cast<char16_t>(nv[r + j * nr]);
            rows.push_back(std::move(row));
        }
        return {};
    };
    for (Value const& a : args) {
        if (a.class_id() == ClassId::String)
            return string_unsupported(cx);
        if (auto* c = text::as_cell(a)) {
            for (size_t i = 0; i < c->numel(); ++i)
                TRY_VOID(add_matrix(c->data()[i]));
        } else {
            TRY_VOID(add_matrix(a));
        }
    }
    outs[0] = text::char_matrix(rows);
    return {};
}

// ---------------------------------------------------------------------------------------------
// Splitting. A Splitter finds the next delimiter occurrence at or after a position: literal
// delimiters are tried in the order given (as strsplit's regexp alternation does), the
// regular-expression form goes through the regex engine.

struct Cut {
    size_t start = 0;
    size_t end = 0;
};

class Splitter {
public:
    bool collapse = true;
    bool longest_first = false; // split/replace: the longest delimiter wins at a position
    std::vector<std::u16string> literals;
    std::optional<regex::Regex> re;

    // The next delimiter run at or after `from`, or false.
    bool next(std::u16string_view s, size_t from, Cut& cut) const
    {
        if (re) {
            regex::Match m;
            if (!re->search(s, from, true, m))
                return false;
            cut = { m.start, m.end };
            return true;
        }
        for (size_t i = from; i < s.size(); ++i) {
            size_t len = match_at(s, i);
            if (len == 0)
                continue;
            size_t end = i + len;
            while (collapse && end < s.size() && (len = match_at(s, end)) > 0)
                end += len;
            cut = { i, end };
            return true;
        }
        return false;
    }

private:
    // Length of the delimiter matching at i (0: none).
    size_t match_at(std::u16string_view s, size_t i) const
    {
        size_t best = 0;
        for (auto const& d : literals) {
            if (d.empty() || d.size() > s.size() - i || s.compare(i, d.size(), d) != 0)
                continue;
            if (!longest_first)
                return d.size();
            best = std::max(best, d.size());
        }
        return best;
    }
};

// Calls f(piece_start, piece_end, cut) for each piece of s; the last piece has no cut
// (cut.start == cut.end == s.size()).
template <typename F>
void for_each_piece(std::u16string_view s, Splitter const& sp, F f)
{
    size_t pos = 0;
    Cut cut;
    while (pos <= s.size() && sp.next(s, pos, cut)) {
        f(pos, cut.start, cut);
        pos = cut.end;
    }
    pos = std::min(pos, s.size());
    f(pos, s.size(), Cut { s.size(), s.size() });
}

// Pieces and delimiter matches of s. Empty pieces are '' (0x0).
void split_text(std::u16string_view s, Splitter const& sp, std::vector<Value>& pieces, std::vector<Value>* matches)
{
    for_each_piece(s, sp, [&](size_t a, size_t b, Cut cut) {
        pieces.push_back(text::char_row(s.substr(a, b - a)));
        if (matches && cut.end > cut.start)
            matches->push_back(text::char_row(s.substr(cut.start, cut.end - cut.start)));
    });
}

// The same as 1xN cells, built in place: large splits (strsplit of a long joined line) pay
// for one cell allocation instead of a growing vector and a copy.
void split_to_cells(std::u16string_view s, Splitter const& sp, Outs outs)
{
    size_t n = 0;
    for_each_piece(s, sp, [&](size_t, size_t, Cut) { ++n; });
    auto pieces = make_ref<CellArray>(Dims(1, n));
    Ref<CellArray> matches = outs.size() > 1 ? make_ref<CellArray>(Dims(1, n - 1)) : Ref<CellArray>();
    size_t k = 0;
    for_each_piece(s, sp, [&](size_t a, size_t b, Cut cut) {
        pieces->data()[k] = text::char_row(s.substr(a, b - a));
        if (matches && k + 1 < n)
            matches->data()[k] = text::char_row(s.substr(cut.start, cut.end - cut.start));
        ++k;
    });
    outs[0] = Value::object(std::move(pieces));
    if (outs.size() > 1)
        outs[1] = Value::object(std::move(matches));
}

std::vector<std::u16string> default_whitespace() { return { u" ", u"\f", u"\n", u"\r", u"\t", u"\v" }; }

RuntimeError strsplit_bad_string(CallContext const& cx)
{
    return cx.error("MATLAB:strsplit:InvalidStringType", "First input must be either a character vector or a string scalar.");
}

RuntimeError strsplit_bad_delimiter(CallContext const& cx)
{
    return cx.error("MATLAB:strsplit:InvalidDelimiterType",
        "Second input must be either a character vector, a string, or a cell array of character vectors.");
}

// strsplit's name-value pairs: CollapseDelimiters, DelimiterType.
VoidResult strsplit_options(CallContext& cx, Args opts, Splitter& sp, bool& regex_type)
{
    if (opts.size() % 2 != 0)
        return cx.error("MATLAB:InputParser:ParamMissingValue", "Parameter name must be followed by a value.");
    for (size_t i = 0; i < opts.size(); i += 2) {
        if (option_is(opts[i], "CollapseDelimiters")) {
            sp.collapse = TRY(bool_option(cx, opts[i + 1], "CollapseDelimiters"));
        } else if (option_is(opts[i], "DelimiterType")) {
            if (option_is(opts[i + 1], "RegularExpression"))
                regex_type = true;
            else if (option_is(opts[i + 1], "Simple"))
                regex_type = false;
            else
                return cx.error("MATLAB:strsplit:InvalidDelimiterType",
                    "Expected DelimiterType to match one of these values:\n\n'RegularExpression', 'Simple'");
        } else {
            std::string name = text::is_char_vector(opts[i]) ? opts[i].as_char_array()->to_utf8() : "";
            return cx.error("MATLAB:InputParser:UnmatchedParameter",
                "'" + name + "' is not a recognized parameter. For a list of valid name-value pair arguments, see the documentation for this function.");
        }
    }
    return {};
}

// The regular-expression delimiter of strsplit's 'RegularExpression' type: the alternatives
// joined, repeated when collapsing.
Result<regex::Regex> delimiter_regex(CallContext& cx, std::vector<std::u16string> const& alts, bool collapse)
{
    std::u16string pat = u"(?:";
    for (size_t i = 0; i < alts.size(); ++i) {
        if (i)
            pat += u'|';
        pat += alts[i];
    }
    pat += collapse ? u")+" : u")";
    auto re = regex::Regex::compile(pat, {});
    if (re.is_error())
        return cx.error("MATLAB:regexp:InvalidPattern", re.error().message);
    return re;
}

VoidResult strsplit_builtin(CallContext& cx, Args args, Outs outs)
{
    if (args[0].class_id() == ClassId::String)
        return string_unsupported(cx);
    if (!text::is_char_vector(args[0]))
        return strsplit_bad_string(cx);
    Splitter sp;
    bool regex_type = false;
    std::vector<std::u16string> delims;
    if (args.size() < 2) {
        delims = default_whitespace();
    } else {
        TextList d = text_list(args[1]);
        if (d.kind == TextKind::String)
            return string_unsupported(cx);
        if (d.kind == TextKind::Other)
            return strsplit_bad_delimiter(cx);
        for (auto v : d.items)
            delims.emplace_back(v);
        TRY_VOID(strsplit_options(cx, args.subspan(2), sp, regex_type));
    }
    if (regex_type)
        sp.re = TRY(delimiter_regex(cx, delims, sp.collapse));
    else
        for (auto const& d : delims)
            sp.literals.push_back(escape_sequences(d));
    split_to_cells(text::char_view(args[0]), sp, outs);
    return {};
}

// split(str) / split(str, delimiter): a char vector or a 1x1 cell splits into an Nx1 cell;
// an Mx1 (or 1xM) cellstr whose elements all split into N pieces gives MxN (respectively...
// the pieces along a new last dimension; only Mx1 and scalars are supported).
VoidResult split_builtin(CallContext& cx, Args args, Outs outs)
{
    auto bad = [](CallContext const& c) {
        return c.error("MATLAB:split:InvalidInput", "First argument must be text.");
    };
    TextList t = TRY(require_text(cx, args[0], bad));
    if (t.kind == TextKind::Char && !text::is_char_vector(args[0]))
        return bad(cx);
    Splitter sp;
    sp.longest_first = true;
    if (args.size() > 1) {
        TextList d = text_list(args[1]);
        if (d.kind == TextKind::String)
            return string_unsupported(cx);
        if (d.kind == TextKind::Other)
            return cx.error("MATLAB:split:InvalidDelimiter", "Delimiter must be text.");
        for (auto v : d.items)
            sp.literals.emplace_back(v);
        sp.collapse = false;
        for (size_t i = 2; i + 1 < args.size(); i += 2)
            if (option_is(args[i], "CollapseDelimiters"))
                sp.collapse = TRY(bool_option(cx, args[i + 1], "CollapseDelimiters"));
    } else {
        sp.literals = default_whitespace();
    }
    size_t m = t.items.size();
    if (t.is_cell() && m != 1 && !t.dims.is_column())
        return cx.error("RunMat:split:notSupported", "split of a cell array that is not a column is not supported yet.");
    std::vector<std::vector<Value>> rows(m);
    size_t n = 0;
    for (size_t i = 0; i < m; ++i) {
        split_text(t.items[i], sp, rows[i], nullptr);
        if (i > 0 && rows[i].size() != n)
            return cx.error("MATLAB:split:MismatchedSplitCounts", "Element " + std::to_string(i + 1) + " of the text contains " + std::to_string(rows[i].size() - 1) + " delimiters while the previous elements have " + std::to_string(n - 1) + ". All elements must contain the same number of delimiters.");
        n = rows[i].size();
    }
    // Element (i, k) of the M x N result is piece k of item i (column-major).
    std::vector<Value> cells(m * n);
    for (size_t i = 0; i < m; ++i)
        for (size_t k = 0; k < n; ++k)
            cells[i + k * m] = std::move(rows[i][k]);
    outs[0] = text::cell_from(m == 1 ? Dims(n, 1) : Dims(m, n), std::move(cells));
    return {};
}

// ---------------------------------------------------------------------------------------------
// Joining

RuntimeError strjoin_bad_cell(CallContext const& cx)
{
    return cx.error("MATLAB:strjoin:InvalidCellType", "First input must be a 1xN cell array of character vectors or a string array.");
}

// Concatenate items with delimiters between them: delims has one element (repeated) or
// items.size() - 1. Empty everything gives '' (0x0), as [c{:}] does.
Value join_items(std::vector<std::u16string_view> const& items, std::vector<std::u16string_view> const& delims)
{
    size_t total = 0;
    for (auto s : items)
        total += s.size();
    if (!items.empty())
        for (size_t i = 0; i + 1 < items.size(); ++i)
            total += delims[delims.size() == 1 ? 0 : i].size();
    std::u16string out;
    out.reserve(total);
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += delims[delims.size() == 1 ? 0 : i - 1];
        out += items[i];
    }
    return text::char_row(out);
}

// join_items straight from a cellstr's elements, writing the result in place (strjoin of a
// large cell in the benchmark: no list of views, one copy of the text).
Value join_cell(CellArray const& c, std::vector<std::u16string_view> const& delims)
{
    size_t n = c.numel(), total = 0;
    for (size_t i = 0; i < n; ++i)
        total += c.data()[i].numel() + (i + 1 < n ? delims[delims.size() == 1 ? 0 : i].size() : 0);
    if (total == 0)
        return text::char_row(u"");
    auto out = make_ref<CharArray>(Dims(1, total));
    char16_t* p = out->data();
    for (size_t i = 0; i < n; ++i) {
        if (i > 0) {
            auto d = delims[delims.size() == 1 ? 0 : i - 1];
            p = std::copy(d.begin(), d.end(), p);
        }
        std::u16string_view s = text::char_view(c.data()[i]);
        p = std::copy(s.begin(), s.end(), p);
    }
    return Value::object(std::move(out));
}

VoidResult strjoin_builtin(CallContext& cx, Args args, Outs outs)
{
    if (args[0].class_id() == ClassId::String)
        return string_unsupported(cx);
    if (text::text_kind(args[0]) != TextKind::CellStr)
        return strjoin_bad_cell(cx);
    std::u16string escaped = u" ";
    std::vector<std::u16string_view> delims;
    if (args.size() < 2) {
        delims.push_back(escaped);
    } else if (args[1].class_id() == ClassId::Char) {
        escaped = escape_sequences(text::char_view(args[1]));
        delims.push_back(escaped);
    } else if (text::text_kind(args[1]) == TextKind::CellStr) {
        // Cell delimiters are literal text (no escapes).
        TextList d = text_list(args[1]);
        if (d.items.size() != 1 && d.items.size() + 1 != args[0].numel())
            return cx.error("MATLAB:strjoin:WrongNumberOfDelimiterElements",
                "Second input must have one fewer element than the first input, or be a single element.");
        delims = std::move(d.items);
    } else if (args[1].class_id() == ClassId::String) {
        return string_unsupported(cx);
    } else {
        return cx.error("MATLAB:strjoin:InvalidDelimiterType", "Second input must be a character vector, a string scalar, or a cell array of character vectors.");
    }
    outs[0] = join_cell(*text::as_cell(args[0]), delims);
    return {};
}

// join(str), join(str, delimiter), join(str, delimiter, dim) / join(str, dim): joins along the
// last dimension whose size is not 1 (or dim). A char vector is one element: returned as is.
VoidResult join_builtin(CallContext& cx, Args args, Outs outs)
{
    auto bad = [](CallContext const& c) {
        return c.error("MATLAB:join:InvalidInput", "First argument must be a string array, character vector, or cell array of character vectors.");
    };
    TextList t = TRY(require_text(cx, args[0], bad));
    if (!t.is_cell()) {
        if (!text::is_char_vector(args[0]))
            return bad(cx);
        outs[0] = args[0];
        return {};
    }
    std::u16string_view delim = u" ";
    Value const* dim_arg = nullptr;
    if (args.size() >= 2) {
        if (args[1].class_id() == ClassId::Char)
            delim = text::char_view(args[1]);
        else if (args.size() == 2 && NumericView(args[1]).valid())
            dim_arg = &args[1];
        else if (args[1].class_id() == ClassId::String)
            return string_unsupported(cx);
        else
            return cx.error("MATLAB:join:InvalidDelimiter", "Delimiter must be a character vector or string scalar.");
    }
    if (args.size() == 3)
        dim_arg = &args[2];
    Dims d = t.dims;
    size_t dim = d.ndims() - 1;
    while (dim > 0 && d[dim] == 1)
        --dim;
    if (dim_arg) {
        auto k = count_arg(*dim_arg);
        if (!k || *k < 1)
            return cx.error("MATLAB:join:InvalidDimension", "Dimension must be a positive integer scalar.");
        dim = *k - 1;
    }
    // Strides of the joined dimension in column-major order.
    size_t inner = 1;
    for (size_t k = 0; k < dim; ++k)
        inner *= d[k];
    size_t len = d[dim], outer = 1;
    for (size_t k = dim + 1; k < d.ndims(); ++k)
        outer *= d[k];
    std::vector<Value> out;
    std::vector<std::u16string_view> delims { delim };
    for (size_t o = 0; o < outer; ++o) {
        for (size_t i = 0; i < inner; ++i) {
            std::vector<std::u16string_view> items;
            for (size_t k = 0; k < len; ++k)
                items.push_back(t.items[i + k * inner + o * inner * len]);
            out.push_back(join_items(items, delims));
        }
    }
    std::vector<size_t> rd = d.to_vector();
    if (dim < rd.size())
        rd[dim] = 1;
    outs[0] = text::cell_from(Dims(rd), std::move(out));
    return {};
}

} // namespace

void register_string_split_builtins(BuiltinTable& t)
{
    t.add({ .name = "strcat", .fn = strcat_builtin, .min_in = 1, .max_in = -1, .max_out = 1 });
    t.add({ .name = "strvcat", .fn = strvcat_builtin, .min_in = 1, .max_in = -1, .max_out = 1 });
    t.add({ .name = "strsplit", .fn = strsplit_builtin, .min_in = 1, .max_in = -1, .max_out = 2 });
    t.add({ .name = "strjoin", .fn = strjoin_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    t.add({ .name = "split", .fn = split_builtin, .min_in = 1, .max_in = 4, .max_out = 1 });
    t.add({ .name = "join", .fn = join_builtin, .min_in = 1, .max_in = 3, .max_out = 1 });
}

} // namespace runmat::runtime::strings
