// regexp regexpi regexprep regexptranslate over char vectors and cellstr, on the engine in
// regex.hpp. Output order, 'once' shapes and option names follow MATLAB's regexp page: the
// default order is start, end, tokenExtents, match, tokens, names, split; keyword outputs come
// first in the order given, then the rest in default order.
#include "runtime/builtins/regex.hpp"
#include "runtime/builtins/strings_common.hpp"
#include "runtime/struct.hpp"
#include <algorithm>
#include <array>

namespace runmat::runtime::strings {

namespace {

enum class Out : uint8_t { Start, End, TokenExtents, Match, Tokens, Names, Split };
constexpr std::array<Out, 7> DEFAULT_ORDER { Out::Start, Out::End, Out::TokenExtents, Out::Match, Out::Tokens, Out::Names, Out::Split };

struct RegexpOptions {
    regex::Flags flags;
    bool once = false;
    bool empty_match = false;
    bool force_cell = false; // 'forceCellOutput': char input still gives 1x1 cells
    std::vector<Out> order; // keyword outputs, in the order given
    // regexprep only
    bool preserve_case = false;
    size_t nth = 0; // replace only the nth match (0: all)
};

std::string arg_text(Value const& v)
{
    return text::is_char_vector(v) ? v.as_char_array()->to_utf8() : std::string("<non-text>");
}

// Parse the trailing options of regexp/regexprep. `outputs` allows the output keywords.
VoidResult parse_options(CallContext& cx, Args opts, RegexpOptions& o, bool outputs)
{
    static constexpr std::pair<std::string_view, Out> KEYWORDS[] = {
        { "start", Out::Start }, { "end", Out::End }, { "tokenExtents", Out::TokenExtents },
        { "match", Out::Match }, { "tokens", Out::Tokens }, { "names", Out::Names }, { "split", Out::Split },
    };
    for (Value const& v : opts) {
        if (!outputs) {
            if (auto n = count_arg(v); n && *n >= 1) {
                o.nth = *n;
                continue;
            }
        }
        if (option_is(v, "once")) { o.once = true; continue; }
        if (option_is(v, "ignorecase")) { o.flags.ignore_case = true; continue; }
        if (option_is(v, "matchcase")) { o.flags.ignore_case = false; continue; }
        if (option_is(v, "emptymatch")) { o.empty_match = true; continue; }
        if (option_is(v, "noemptymatch")) { o.empty_match = false; continue; }
        if (option_is(v, "dotall")) { o.flags.dot_all = true; continue; }
        if (option_is(v, "dotexceptnewline")) { o.flags.dot_all = false; continue; }
        if (option_is(v, "stringanchors")) { o.flags.multiline = false; continue; }
        if (option_is(v, "lineanchors")) { o.flags.multiline = true; continue; }
        if (option_is(v, "literalspacing")) { o.flags.free_spacing = false; continue; }
        if (option_is(v, "freespacing")) { o.flags.free_spacing = true; continue; }
        if (option_is(v, "warnings")) continue;
        if (outputs && option_is(v, "forceCellOutput")) { o.force_cell = true; continue; }
        if (!outputs && option_is(v, "preservecase")) { o.preserve_case = true; continue; }
        bool found = false;
        for (auto [name, out] : KEYWORDS) {
            if (outputs && option_is(v, name)) {
                if (std::find(o.order.begin(), o.order.end(), out) == o.order.end())
                    o.order.push_back(out);
                found = true;
            }
        }
        if (!found)
            return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidOption",
                "Invalid option for " + std::string(cx.name) + ": " + arg_text(v) + ".");
    }
    return {};
}

Result<regex::Regex> compile(CallContext& cx, std::u16string_view pattern, regex::Flags flags)
{
    auto re = regex::Regex::compile(pattern, flags);
    if (re.is_error())
        return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidPattern", re.error().message);
    return re;
}

// Every match of `re` in s (the first only with `once`).
std::vector<regex::Match> find_all(regex::Regex const& re, std::u16string_view s, RegexpOptions const& o)
{
    std::vector<regex::Match> found;
    size_t pos = 0;
    regex::Match m;
    while (pos <= s.size() && re.search(s, pos, !o.empty_match, m)) {
        found.push_back(m);
        if (o.once)
            break;
        pos = m.end > m.start ? m.end : m.end + 1;
    }
    return found;
}

Value substring(std::u16string_view s, size_t a, size_t b) { return text::char_row(s.substr(a, b - a)); }

// The tokens of one match: its groups, or the whole match when the pattern has none.
std::vector<std::pair<size_t, size_t>> token_spans(regex::Match const& m, size_t groups)
{
    std::vector<std::pair<size_t, size_t>> out;
    if (groups == 0) {
        out.emplace_back(m.start, m.end);
        return out;
    }
    for (auto const& g : m.groups)
        out.emplace_back(g.matched() ? g.start : regex::Span::NOT_SET, g.end);
    return out;
}

Value token_cell(std::u16string_view s, regex::Match const& m, size_t groups)
{
    std::vector<Value> toks;
    for (auto [a, b] : token_spans(m, groups))
        toks.push_back(a == regex::Span::NOT_SET ? text::char_row(u"") : substring(s, a, b));
    return text::cell_row(std::move(toks));
}

Value extents(regex::Match const& m, size_t groups)
{
    auto spans = token_spans(m, groups);
    auto a = new_double(Dims(spans.size(), 2));
    for (size_t k = 0; k < spans.size(); ++k) {
        bool set = spans[k].first != regex::Span::NOT_SET;
        double start = static_cast<double>(set ? spans[k].first : m.start) + 1;
        a->data()[k] = start;
        a->data()[k + spans.size()] = set ? static_cast<double>(spans[k].second) : start - 1;
    }
    return make_double(std::move(a));
}

// 'names': a struct with one field per named token, one element per match (the first only
// with 'once'); a pattern without named tokens gives a 1x1 struct with no fields, no match a
// 0x0 struct with the fields.
Value names_struct(std::u16string_view s, std::vector<regex::Match> const& ms, std::vector<std::u16string> const& names, bool once)
{
    std::vector<size_t> named;
    for (size_t k = 0; k < names.size(); ++k)
        if (!names[k].empty())
            named.push_back(k);
    if (named.empty())
        return Value::object(new_struct());
    size_t n = once ? std::min<size_t>(ms.size(), 1) : ms.size();
    auto st = new_struct(n ? Dims(1, n) : Dims(0, 0));
    for (size_t k : named)
        st->add_field(text::to_utf8(names[k]));
    for (size_t e = 0; e < n; ++e) {
        for (size_t f = 0; f < named.size(); ++f) {
            regex::Span const& g = ms[e].groups[named[f]];
            st->at(e, f) = g.matched() ? substring(s, g.start, g.end) : text::char_row(u"");
        }
    }
    return Value::object(std::move(st));
}

// One output for one subject string.
Result<Value> regexp_output(CallContext& cx, Out which, std::u16string_view s, std::vector<regex::Match> const& ms,
    regex::Regex const& re, bool once)
{
    size_t groups = re.group_count();
    size_t n = ms.size();
    switch (which) {
    case Out::Start:
    case Out::End: {
        if (once)
            return n ? Value::scalar(static_cast<double>(which == Out::Start ? ms[0].start + 1 : ms[0].end)) : Value::empty();
        auto a = new_double(Dims(1, n));
        for (size_t i = 0; i < n; ++i)
            a->data()[i] = static_cast<double>(which == Out::Start ? ms[i].start + 1 : ms[i].end);
        return make_double(std::move(a));
    }
    case Out::TokenExtents: {
        if (once)
            return n ? extents(ms[0], groups) : Value::empty();
        std::vector<Value> v;
        for (auto const& m : ms)
            v.push_back(extents(m, groups));
        return text::cell_row(std::move(v));
    }
    case Out::Match: {
        if (once)
            return n ? substring(s, ms[0].start, ms[0].end) : text::char_row(u"");
        std::vector<Value> v;
        for (auto const& m : ms)
            v.push_back(substring(s, m.start, m.end));
        return text::cell_row(std::move(v));
    }
    case Out::Tokens: {
        if (once)
            return n ? token_cell(s, ms[0], groups) : text::cell_from(Dims(0, 0), {});
        std::vector<Value> v;
        for (auto const& m : ms)
            v.push_back(token_cell(s, m, groups));
        return text::cell_row(std::move(v));
    }
    case Out::Names:
        return names_struct(s, ms, re.group_names(), once);
    case Out::Split: {
        std::vector<Value> v;
        size_t pos = 0;
        for (auto const& m : ms) {
            v.push_back(substring(s, pos, m.start));
            pos = m.end;
        }
        v.push_back(substring(s, pos, s.size()));
        return text::cell_row(std::move(v));
    }
    }
    return Value::empty();
}

RuntimeError regexp_bad_text(CallContext const& cx)
{
    return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidInput",
        "All cells must be character vectors or string scalars.");
}

// The outputs wanted, in order: keywords first, then the default order for the rest.
std::vector<Out> output_order(RegexpOptions const& o, size_t count)
{
    std::vector<Out> order = o.order;
    for (Out d : DEFAULT_ORDER)
        if (std::find(order.begin(), order.end(), d) == order.end())
            order.push_back(d);
    order.resize(std::min(count, order.size()));
    return order;
}

VoidResult regexp_common(CallContext& cx, Args args, Outs outs, bool ignore_case)
{
    RegexpOptions o;
    o.flags.ignore_case = ignore_case;
    TRY_VOID(parse_options(cx, args.subspan(2), o, true));
    TextList str = TRY(require_text(cx, args[0], regexp_bad_text));
    TextList pat = TRY(require_text(cx, args[1], regexp_bad_text));
    if ((!str.is_cell() && !text::is_char_vector(args[0])) || (!pat.is_cell() && !text::is_char_vector(args[1])))
        return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidInput", "Inputs must be character vectors, cell arrays of character vectors, or string arrays.");
    bool cell_out = str.is_cell() || pat.is_cell() || o.force_cell;
    if (str.is_cell() && pat.is_cell() && str.items.size() != pat.items.size())
        return cx.error("MATLAB:" + std::string(cx.name) + ":CellArraySizeMismatch", "Cell arrays must be of the same size.");
    std::vector<Out> order = output_order(o, outs.size());
    size_t n = cell_out ? std::max(str.is_cell() ? str.items.size() : 1, pat.is_cell() ? pat.items.size() : 1) : 1;
    if (str.is_cell() && str.items.empty())
        n = 0;
    std::vector<std::vector<Value>> per_output(order.size());
    std::optional<regex::Regex> shared;
    if (!pat.is_cell())
        shared = TRY(compile(cx, pat.items[0], o.flags));
    for (size_t i = 0; i < n; ++i) {
        std::u16string_view s = str.items[str.is_cell() ? i : 0];
        std::optional<regex::Regex> own;
        if (pat.is_cell())
            own = TRY(compile(cx, pat.items[i], o.flags));
        regex::Regex const& re = pat.is_cell() ? *own : *shared;
        auto ms = find_all(re, s, o);
        for (size_t k = 0; k < order.size(); ++k)
            per_output[k].push_back(TRY(regexp_output(cx, order[k], s, ms, re, o.once)));
    }
    Dims dims = str.is_cell() ? str.dims : pat.dims;
    for (size_t k = 0; k < order.size(); ++k)
        outs[k] = cell_out ? text::cell_from(dims, std::move(per_output[k])) : std::move(per_output[k][0]);
    return {};
}

VoidResult regexp_builtin(CallContext& cx, Args args, Outs outs) { return regexp_common(cx, args, outs, false); }
VoidResult regexpi_builtin(CallContext& cx, Args args, Outs outs) { return regexp_common(cx, args, outs, true); }

// ---------------------------------------------------------------------------------------------
// regexprep

// Adjust the case of replacement text to the matched text ('preservecase'), character by
// character; text beyond the match's length follows its last character.
std::u16string preserve_case(std::u16string_view matched, std::u16string rep)
{
    if (matched.empty())
        return rep;
    for (size_t i = 0; i < rep.size(); ++i) {
        char16_t m = matched[std::min(i, matched.size() - 1)];
        if (text::is_upper(m))
            rep[i] = text::to_upper(rep[i]);
        else if (text::is_lower(m))
            rep[i] = text::to_lower(rep[i]);
    }
    return rep;
}

// Expand the replacement for one match: $0 the match, $N token N, $<name> a named token,
// escape sequences (\n \t ... \\ \$) translated.
Result<std::u16string> expand(CallContext& cx, std::u16string_view rep, std::u16string_view s, regex::Match const& m,
    regex::Regex const& re)
{
    std::u16string out;
    auto group_text = [&](size_t k) -> std::u16string_view {
        if (k == 0)
            return s.substr(m.start, m.end - m.start);
        auto const& g = m.groups[k - 1];
        return g.matched() ? s.substr(g.start, g.end - g.start) : std::u16string_view();
    };
    for (size_t i = 0; i < rep.size(); ++i) {
        char16_t c = rep[i];
        if (c == u'\\' && i + 1 < rep.size()) {
            char16_t e = rep[++i];
            switch (e) {
            case u'n': out += u'\n'; break;
            case u't': out += u'\t'; break;
            case u'r': out += u'\r'; break;
            case u'f': out += u'\f'; break;
            case u'v': out += u'\v'; break;
            case u'a': out += char16_t(7); break;
            case u'b': out += char16_t(8); break;
            case u'e': out += char16_t(27); break;
            default: out += e; break;
            }
            continue;
        }
        if (c != u'$' || i + 1 >= rep.size()) {
            out += c;
            continue;
        }
        char16_t d = rep[i + 1];
        if (text::is_digit(d)) {
            size_t k = static_cast<size_t>(d - u'0');
            ++i;
            // More digits while they still name an existing token.
            while (i + 1 < rep.size() && text::is_digit(rep[i + 1]) && k * 10 + (rep[i + 1] - u'0') <= re.group_count())
                k = k * 10 + static_cast<size_t>(rep[++i] - u'0');
            if (k <= re.group_count())
                out += group_text(k);
            continue;
        }
        if (d == u'<') {
            size_t close = rep.find(u'>', i + 2);
            if (close != std::u16string_view::npos) {
                std::u16string_view name = rep.substr(i + 2, close - i - 2);
                auto const& names = re.group_names();
                auto it = std::find(names.begin(), names.end(), name);
                if (it != names.end())
                    out += group_text(static_cast<size_t>(it - names.begin()) + 1);
                i = close;
                continue;
            }
        }
        if (d == u'{')
            return cx.error("RunMat:regexprep:dynamicExpression", "Dynamic expressions ${...} in replacement text are not supported.");
        out += c;
    }
    return out;
}

// Replace in one subject; returns nullopt if nothing matched (the input is kept as is).
Result<std::optional<std::u16string>> replace_one(CallContext& cx, std::u16string_view s, regex::Regex const& re,
    std::u16string_view rep, RegexpOptions const& o)
{
    RegexpOptions find = o;
    find.once = o.once && o.nth == 0;
    auto ms = find_all(re, s, find);
    if (o.nth > 0) {
        if (ms.size() < o.nth)
            return std::optional<std::u16string>();
        ms = { ms[o.nth - 1] };
    }
    if (ms.empty())
        return std::optional<std::u16string>();
    std::u16string out;
    size_t pos = 0;
    for (auto const& m : ms) {
        out.append(s.substr(pos, m.start - pos));
        std::u16string r = TRY(expand(cx, rep, s, m, re));
        out += o.preserve_case ? preserve_case(s.substr(m.start, m.end - m.start), std::move(r)) : r;
        pos = m.end;
    }
    out.append(s.substr(pos));
    return std::optional<std::u16string>(std::move(out));
}

VoidResult regexprep_builtin(CallContext& cx, Args args, Outs outs)
{
    RegexpOptions o;
    TRY_VOID(parse_options(cx, args.subspan(3), o, false));
    TextList str = TRY(require_text(cx, args[0], regexp_bad_text));
    TextList pat = TRY(require_text(cx, args[1], regexp_bad_text));
    TextList rep = TRY(require_text(cx, args[2], regexp_bad_text));
    if (rep.is_cell() && rep.items.size() != 1 && rep.items.size() != pat.items.size())
        return cx.error("MATLAB:regexprep:cellMismatch", "The replacement cell array must have one element, or as many as the expression cell array.");
    std::vector<regex::Regex> res;
    for (auto p : pat.items)
        res.push_back(TRY(compile(cx, p, o.flags)));
    std::vector<Value> out;
    for (size_t i = 0; i < str.items.size(); ++i) {
        std::optional<std::u16string> cur;
        // Each expression applies in turn to the result of the previous one.
        for (size_t k = 0; k < res.size(); ++k) {
            std::u16string_view subject = cur ? std::u16string_view(*cur) : str.items[i];
            std::u16string_view r = rep.items[rep.items.size() == 1 ? 0 : k];
            auto next = TRY(replace_one(cx, subject, res[k], r, o));
            if (next)
                cur = std::move(next);
        }
        Value const& orig = str.is_cell() ? text::as_cell(args[0])->data()[i] : args[0];
        out.push_back(cur ? text::char_row(*cur, text::EmptyShape::OneByZero) : orig);
    }
    outs[0] = str.is_cell() ? text::cell_from(str.dims, std::move(out)) : std::move(out[0]);
    return {};
}

// regexptranslate('escape', s) / ('wildcard', s).
VoidResult regexptranslate_builtin(CallContext& cx, Args args, Outs outs)
{
    bool escape = option_is(args[0], "escape"), wildcard = option_is(args[0], "wildcard");
    if (!escape && !wildcard)
        return cx.error("MATLAB:regexptranslate:InvalidOption", "Translation type must be 'escape' or 'wildcard'.");
    TextList t = TRY(require_text(cx, args[1], regexp_bad_text));
    std::vector<std::u16string> out;
    for (auto s : t.items) {
        std::u16string r;
        for (char16_t c : s) {
            if (wildcard && c == u'*') { r += u".*"; continue; }
            if (wildcard && c == u'?') { r += u'.'; continue; }
            if (std::u16string_view(u"$^.*+?()[]{}|\\").find(c) != std::u16string_view::npos)
                r += u'\\';
            r += c;
        }
        out.push_back(std::move(r));
    }
    outs[0] = text_result(t, std::move(out));
    return {};
}

} // namespace

void register_regexp_builtins(BuiltinTable& t)
{
    t.add({ .name = "regexp", .fn = regexp_builtin, .min_in = 2, .max_in = -1, .max_out = 7 });
    t.add({ .name = "regexpi", .fn = regexpi_builtin, .min_in = 2, .max_in = -1, .max_out = 7 });
    t.add({ .name = "regexprep", .fn = regexprep_builtin, .min_in = 3, .max_in = -1, .max_out = 1 });
    t.add({ .name = "regexptranslate", .fn = regexptranslate_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
}

} // namespace runmat::runtime::strings
