// Comparing, finding and replacing text: strcmp strcmpi strncmp strncmpi strfind strrep contains
// startsWith endsWith replace. strcmp-family functions never error on non-text arguments (they
// are simply not equal); the others check their arguments as MATLAB does.
#include "runtime/builtins/strings_common.hpp"
#include <algorithm>

namespace runmat::runtime::strings {

namespace {

// ---------------------------------------------------------------------------------------------
// strcmp family

struct CompareMode {
    bool ignore_case = false;
    std::optional<size_t> n; // strncmp: characters to compare
};

bool equal_text(std::u16string_view a, std::u16string_view b, bool icase)
{
    return a.size() == b.size() && (icase ? text::equal_ignore_case(a.data(), b.data(), a.size()) : a == b);
}

// Two values as strcmp sees them: equal char arrays (same size and contents).
bool compare_values(Value const& a, Value const& b, CompareMode const& m)
{
    auto* ca = a.as_char_array();
    auto* cb = b.as_char_array();
    if (!ca || !cb)
        return false;
    std::u16string_view x = text::char_view(a), y = text::char_view(b);
    if (!m.n) {
        if (ca->shape() != cb->shape() && !(x.empty() && y.empty()))
            return false;
        return equal_text(x, y, m.ignore_case);
    }
    // strncmp compares up to n characters: strings shorter than n must then match entirely.
    size_t k = std::min(*m.n, std::max(x.size(), y.size()));
    if (x.size() < k || y.size() < k)
        return false;
    return equal_text(x.substr(0, k), y.substr(0, k), m.ignore_case);
}

VoidResult compare_common(CallContext& cx, Args args, Outs outs, CompareMode m)
{
    Value const& a = args[0];
    Value const& b = args[1];
    if (a.class_id() == ClassId::String || b.class_id() == ClassId::String)
        return string_unsupported(cx);
    auto* ca = text::as_cell(a);
    auto* cb = text::as_cell(b);
    if (!ca && !cb) {
        outs[0] = Value::logical(compare_values(a, b, m));
        return {};
    }
    if (ca && cb && ca->numel() != 1 && cb->numel() != 1 && ca->shape() != cb->shape())
        return cx.error("MATLAB:" + std::string(cx.name) + ":InputsSizeMismatch", "Inputs must be the same size or either one can be a scalar.");
    // The result takes the shape of the non-scalar cell.
    Dims d = ca && (!cb || ca->numel() != 1) ? ca->shape() : cb->shape();
    auto out = new_logical(d);
    for (size_t i = 0, n = d.numel(); i < n; ++i) {
        Value const& x = ca ? ca->data()[ca->numel() == 1 ? 0 : i] : a;
        Value const& y = cb ? cb->data()[cb->numel() == 1 ? 0 : i] : b;
        out->data()[i] = compare_values(x, y, m);
    }
    outs[0] = make_logical(std::move(out));
    return {};
}

VoidResult strcmp_builtin(CallContext& cx, Args args, Outs outs) { return compare_common(cx, args, outs, {}); }
VoidResult strcmpi_builtin(CallContext& cx, Args args, Outs outs) { return compare_common(cx, args, outs, { .ignore_case = true }); }

Result<size_t> strncmp_n(CallContext& cx, Value const& v)
{
    auto n = count_arg(v);
    if (!n)
        return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidLength", "The number of characters to compare must be a nonnegative integer.");
    return *n;
}

VoidResult strncmp_builtin(CallContext& cx, Args args, Outs outs)
{
    size_t n = TRY(strncmp_n(cx, args[2]));
    return compare_common(cx, args, outs, { .n = n });
}

VoidResult strncmpi_builtin(CallContext& cx, Args args, Outs outs)
{
    size_t n = TRY(strncmp_n(cx, args[2]));
    return compare_common(cx, args, outs, { .ignore_case = true, .n = n });
}

// ---------------------------------------------------------------------------------------------
// strfind: start indices of every (overlapping) occurrence; [] when there is none.

std::vector<size_t> occurrences(std::u16string_view s, std::u16string_view pat)
{
    std::vector<size_t> at;
    if (pat.empty() || pat.size() > s.size())
        return at;
    for (size_t i = s.find(pat); i != std::u16string_view::npos; i = s.find(pat, i + 1))
        at.push_back(i);
    return at;
}

Value index_row(std::vector<size_t> const& at)
{
    if (at.empty())
        return Value::empty();
    auto a = new_double(Dims(1, at.size()));
    for (size_t i = 0; i < at.size(); ++i)
        a->data()[i] = static_cast<double>(at[i] + 1);
    return make_double(std::move(a));
}

RuntimeError strfind_bad_text(CallContext const& cx)
{
    return cx.error("MATLAB:strfind:InvalidFirstInput", "First argument must be text.");
}

VoidResult strfind_builtin(CallContext& cx, Args args, Outs outs)
{
    TextList t = TRY(require_text(cx, args[0], strfind_bad_text));
    if (!t.is_cell() && !text::is_char_vector(args[0]))
        return cx.error("MATLAB:strfind:InvalidFirstInput", "First argument must be a character vector, a cell array of character vectors, or a string array.");
    if (args[1].class_id() == ClassId::String)
        return string_unsupported(cx);
    if (!text::is_char_vector(args[1]))
        return cx.error("MATLAB:strfind:InvalidSecondInput", "Second argument must be a character vector or a string scalar.");
    bool force_cell = false;
    if (args.size() == 4 && option_is(args[2], "ForceCellOutput"))
        force_cell = TRY(bool_option(cx, args[3], "ForceCellOutput"));
    else if (args.size() > 2)
        return cx.error("MATLAB:strfind:InvalidOption", "Optional arguments must be 'ForceCellOutput' followed by a logical value.");
    std::u16string_view pat = text::char_view(args[1]);
    if (!t.is_cell() && !force_cell) {
        outs[0] = index_row(occurrences(t.items[0], pat));
        return {};
    }
    std::vector<Value> out;
    for (auto s : t.items)
        out.push_back(index_row(occurrences(s, pat)));
    outs[0] = text::cell_from(t.dims, std::move(out));
    return {};
}

// ---------------------------------------------------------------------------------------------
// strrep: every occurrence replaced, overlapping ones included (strrep('abc 22 222', '22', '*')
// is 'abc * **'): characters covered by any occurrence are dropped, each occurrence adds `to`.

std::u16string strrep_one(std::u16string_view s, std::u16string_view from, std::u16string_view to)
{
    std::vector<size_t> at = occurrences(s, from);
    if (at.empty())
        return std::u16string(s);
    std::u16string out;
    out.reserve(s.size() + at.size() * to.size());
    size_t covered = 0; // first position not inside an earlier occurrence
    size_t k = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if (k < at.size() && at[k] == i) {
            out += to;
            covered = i + from.size();
            ++k;
        }
        if (i >= covered)
            out += s[i];
    }
    return out;
}

RuntimeError strrep_bad_input(CallContext const& cx)
{
    return cx.error("MATLAB:strrep:InvalidInputType", "Inputs must be character vectors, cell arrays of character vectors, or string arrays.");
}

VoidResult strrep_builtin(CallContext& cx, Args args, Outs outs)
{
    TextList t = TRY(require_text(cx, args[0], strrep_bad_input));
    for (size_t i = 1; i < 3; ++i) {
        if (args[i].class_id() == ClassId::String)
            return string_unsupported(cx);
        if (args[i].class_id() != ClassId::Char)
            return strrep_bad_input(cx);
    }
    for (size_t i = 0; i < 3; ++i)
        if (args[i].class_id() == ClassId::Char && !text::is_char_vector(args[i]))
            return cx.error("MATLAB:strrep:MultiRowInput", "Char inputs must be row vectors.");
    std::u16string_view from = text::char_view(args[1]), to = text::char_view(args[2]);
    // Unchanged text keeps its value (and its 0x0 or 1x0 shape).
    auto one = [&](Value const& v, std::u16string_view s) {
        return occurrences(s, from).empty() ? v : text::char_row(strrep_one(s, from, to), text::EmptyShape::OneByZero);
    };
    if (!t.is_cell()) {
        outs[0] = one(args[0], t.items[0]);
        return {};
    }
    auto* cell = text::as_cell(args[0]);
    std::vector<Value> out;
    for (size_t i = 0; i < t.items.size(); ++i)
        out.push_back(one(cell->data()[i], t.items[i]));
    outs[0] = text::cell_from(t.dims, std::move(out));
    return {};
}

// ---------------------------------------------------------------------------------------------
// contains / startsWith / endsWith (str, pattern, 'IgnoreCase', tf)

enum class Where : uint8_t { Anywhere, Start, End };

bool has_pattern(std::u16string_view s, std::u16string_view p, Where w, bool icase)
{
    if (p.size() > s.size())
        return false;
    switch (w) {
    case Where::Start: return equal_text(s.substr(0, p.size()), p, icase);
    case Where::End: return equal_text(s.substr(s.size() - p.size()), p, icase);
    case Where::Anywhere:
        if (!icase)
            return s.find(p) != std::u16string_view::npos;
        for (size_t i = 0; i + p.size() <= s.size(); ++i)
            if (text::equal_ignore_case(s.data() + i, p.data(), p.size()))
                return true;
        return false;
    }
    return false;
}

RuntimeError first_not_text(CallContext const& cx)
{
    return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidFirstInput", "First argument must be text.");
}

RuntimeError pattern_not_text(CallContext const& cx)
{
    return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidSecondInput", "Search term must be a text or pattern array.");
}

// 'IgnoreCase', tf (the only name-value option of these functions).
Result<bool> ignore_case_option(CallContext& cx, Args opts)
{
    bool icase = false;
    if (opts.size() % 2 != 0)
        return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidNumInputs", "Name-value arguments must come in pairs.");
    for (size_t i = 0; i < opts.size(); i += 2) {
        if (!option_is(opts[i], "IgnoreCase"))
            return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidParameter", "Invalid parameter name. Valid name is 'IgnoreCase'.");
        icase = TRY(bool_option(cx, opts[i + 1], "IgnoreCase"));
    }
    return icase;
}

VoidResult search_common(CallContext& cx, Args args, Outs outs, Where w)
{
    TextList t = TRY(require_text(cx, args[0], first_not_text));
    if (!t.is_cell() && !text::is_char_vector(args[0]))
        return first_not_text(cx);
    TextList p = TRY(require_text(cx, args[1], pattern_not_text));
    bool icase = TRY(ignore_case_option(cx, args.subspan(2)));
    std::vector<uint8_t> bits(t.items.size());
    for (size_t i = 0; i < t.items.size(); ++i)
        for (auto pat : p.items)
            if (has_pattern(t.items[i], pat, w, icase)) {
                bits[i] = 1;
                break;
            }
    outs[0] = logical_result(t, bits);
    return {};
}

VoidResult contains_builtin(CallContext& cx, Args args, Outs outs) { return search_common(cx, args, outs, Where::Anywhere); }
VoidResult startswith_builtin(CallContext& cx, Args args, Outs outs) { return search_common(cx, args, outs, Where::Start); }
VoidResult endswith_builtin(CallContext& cx, Args args, Outs outs) { return search_common(cx, args, outs, Where::End); }

// ---------------------------------------------------------------------------------------------
// replace(str, old, new): non-overlapping, left to right; where several old texts match at a
// position the longest wins; an empty old text matches between every two characters.

std::u16string replace_one(std::u16string_view s, std::vector<std::u16string_view> const& olds,
    std::vector<std::u16string_view> const& news)
{
    std::u16string out;
    for (size_t i = 0; i <= s.size();) {
        size_t best = 0;
        ptrdiff_t which = -1;
        for (size_t k = 0; k < olds.size(); ++k) {
            auto o = olds[k];
            if (o.size() <= s.size() - i && (which < 0 || o.size() > best) && s.compare(i, o.size(), o) == 0) {
                best = o.size();
                which = static_cast<ptrdiff_t>(k);
            }
        }
        if (which >= 0)
            out += news[news.size() == 1 ? 0 : static_cast<size_t>(which)];
        if (which >= 0 && best > 0) {
            i += best;
            continue;
        }
        if (i < s.size())
            out += s[i];
        ++i;
    }
    return out;
}

VoidResult replace_builtin(CallContext& cx, Args args, Outs outs)
{
    TextList t = TRY(require_text(cx, args[0], first_not_text));
    if (!t.is_cell() && !text::is_char_vector(args[0]))
        return first_not_text(cx);
    TextList olds = TRY(require_text(cx, args[1], pattern_not_text));
    TextList news = TRY(require_text(cx, args[2], [](CallContext const& c) {
        return c.error("MATLAB:replace:InvalidThirdInput", "Replacement text must be text.");
    }));
    if (news.items.size() != 1 && news.items.size() != olds.items.size())
        return cx.error("MATLAB:replace:SizeMismatch", "Replacement text must be a scalar or have the same number of elements as the text to replace.");
    std::vector<std::u16string> out;
    for (auto s : t.items)
        out.push_back(replace_one(s, olds.items, news.items));
    outs[0] = text_result(t, std::move(out), text::EmptyShape::OneByZero);
    return {};
}

} // namespace

void register_string_search_builtins(BuiltinTable& t)
{
    t.add({ .name = "strcmp", .fn = strcmp_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    t.add({ .name = "strcmpi", .fn = strcmpi_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    t.add({ .name = "strncmp", .fn = strncmp_builtin, .min_in = 3, .max_in = 3, .max_out = 1 });
    t.add({ .name = "strncmpi", .fn = strncmpi_builtin, .min_in = 3, .max_in = 3, .max_out = 1 });
    t.add({ .name = "strfind", .fn = strfind_builtin, .min_in = 2, .max_in = 4, .max_out = 1 });
    t.add({ .name = "strrep", .fn = strrep_builtin, .min_in = 3, .max_in = 3, .max_out = 1 });
    t.add({ .name = "contains", .fn = contains_builtin, .min_in = 2, .max_in = 4, .max_out = 1 });
    t.add({ .name = "startsWith", .fn = startswith_builtin, .min_in = 2, .max_in = 4, .max_out = 1 });
    t.add({ .name = "endsWith", .fn = endswith_builtin, .min_in = 2, .max_in = 4, .max_out = 1 });
    t.add({ .name = "replace", .fn = replace_builtin, .min_in = 3, .max_in = 3, .max_out = 1 });
}

} // namespace runmat::runtime::strings
