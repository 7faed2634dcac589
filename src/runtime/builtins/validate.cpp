// Argument validation: validateattributes and validatestring, with MATLAB's messages
// ("Expected input to be positive.") and identifiers ("MATLAB:expectedPositive", or
// "MATLAB:<funcName>:expectedPositive" when a function name is given). Knows nothing about
// the VM: the caller's name comes in as the funcName argument.
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/struct.hpp"
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace runmat::runtime {

namespace {

// Who is being validated: the optional funcName, varName, argIndex arguments.
struct Who {
    std::string func;
    std::string var;
    std::optional<long> arg_index;
};

// The trailing (funcName, varName, argIndex) or (argIndex) arguments.
Result<Who> parse_who(CallContext const& cx, Args rest)
{
    Who w;
    if (rest.empty())
        return w;
    size_t i = 0;
    if (auto f = char_text(rest[0])) {
        w.func = *f;
        i = 1;
        if (rest.size() > 1) {
            auto v = char_text(rest[1]);
            if (!v)
                return cx.error("MATLAB:" + std::string(cx.name) + ":invalidVarName", "Variable name must be a character vector.");
            w.var = *v;
            i = 2;
        }
    }
    if (i < rest.size()) {
        NumericView n(rest[i]);
        if (!n.valid() || n.numel() != 1 || n[0] < 1 || n[0] != std::floor(n[0]) || i + 1 != rest.size())
            return cx.error("MATLAB:" + std::string(cx.name) + ":badArgPosition", "Argument index must be a positive integer scalar.");
        w.arg_index = static_cast<long>(n[0]);
    }
    return w;
}

// "input", "X", "input number 2", "input number 2, X," (as MATLAB words the subject).
std::string subject(Who const& w)
{
    if (!w.arg_index)
        return w.var.empty() ? "input" : w.var;
    std::string s = "input number " + std::to_string(*w.arg_index);
    return w.var.empty() ? s : s + ", " + w.var + ",";
}

RuntimeError failure(CallContext const& cx, Who const& w, std::string_view id, std::string message)
{
    std::string full = "MATLAB:";
    if (!w.func.empty())
        full += w.func + ":";
    full += id;
    RuntimeError e = cx.error(std::move(full), std::move(message));
    if (!w.func.empty())
        e.raised_by = w.func;
    return e;
}

// A number as MATLAB's messages print it (num2str-like: "3", "0.5", "3.1416").
std::string number_text(double d)
{
    if (std::isnan(d))
        return "NaN";
    if (std::isinf(d))
        return d > 0 ? "Inf" : "-Inf";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.5g", d);
    return buf;
}

// ---- Classes --------------------------------------------------------------------------------

bool class_matches(Value const& a, std::string const& want)
{
    ClassId c = a.class_id();
    if (want == "numeric")
        return is_numeric_class(c);
    if (want == "float")
        return c == ClassId::Double || c == ClassId::Single;
    if (want == "integer")
        return is_integer_class(c);
    return value_class_name(a) == want;
}

// The classes argument: a cell of class names or one name; {} accepts any class.
Result<std::vector<std::string>> class_list(CallContext const& cx, Value const& v)
{
    std::vector<std::string> out;
    if (auto t = char_text(v)) {
        out.push_back(*t);
        return out;
    }
    CellArray const* c = as_cell_array(v);
    if (!c)
        return cx.error("MATLAB:" + std::string(cx.name) + ":invalidType", "The classes argument must be a cell array of character vectors.");
    for (size_t i = 0; i < c->numel(); ++i) {
        auto t = char_text(c->data()[i]);
        if (!t)
            return cx.error("MATLAB:" + std::string(cx.name) + ":invalidType", "The classes argument must be a cell array of character vectors.");
        out.push_back(*t);
    }
    return out;
}

std::string joined(std::vector<std::string> const& items, bool quoted)
{
    std::string s;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            s += ", ";
        s += quoted ? "'" + items[i] + "'" : items[i];
    }
    return s;
}

RuntimeError type_failure(CallContext const& cx, Who const& w, std::vector<std::string> const& classes, Value const& a)
{
    return failure(cx, w, "invalidType",
        "Expected " + subject(w) + " to be one of these types:\n\n" + joined(classes, false) + "\n\nInstead its type was "
            + std::string(value_class_name(a)) + ".");
}

// ---- Attributes without a value ------------------------------------------------------------

bool all_of(NumericView const& nv, bool (*pred)(double))
{
    if (!nv.valid())
        return false;
    for (size_t i = 0; i < nv.numel(); ++i)
        if (!pred(nv[i]))
            return false;
    return true;
}

bool is_int_valued(double x) { return std::isfinite(x) && x == std::floor(x); }

// Each column (or the whole vector) ordered by `ok(prev, next)`; NaN never passes.
bool monotonic(NumericView const& nv, bool (*ok)(double, double))
{
    if (!nv.valid() || nv.is_complex())
        return false;
    Dims d = nv.dims();
    bool vec = d.ndims() == 2 && (d.rows() == 1 || d.cols() == 1);
    size_t len = vec ? nv.numel() : d.rows();
    size_t count = len ? nv.numel() / len : 0;
    for (size_t k = 0; k < count; ++k) {
        for (size_t i = 0; i < len; ++i) {
            double x = nv[k * len + i];
            if (std::isnan(x) || (i > 0 && !ok(nv[k * len + i - 1], x)))
                return false;
        }
    }
    return true;
}

struct FlagAttr {
    std::string_view name;
    std::string_view id;     // after "MATLAB:" (and the function name)
    std::string_view phrase; // "Expected input to be <phrase>."
    bool (*check)(Value const& a, NumericView const& nv);
};

bool is_2d(Value const& a) { return a.dims().ndims() == 2; }

constexpr FlagAttr FLAG_ATTRS[] = {
    { "positive", "expectedPositive", "positive", [](Value const&, NumericView const& nv) { return !nv.is_complex() && all_of(nv, [](double x) { return x > 0; }); } },
    { "nonnegative", "expectedNonnegative", "nonnegative", [](Value const&, NumericView const& nv) { return !nv.is_complex() && all_of(nv, [](double x) { return x >= 0; }); } },
    { "nonzero", "expectedNonZero", "nonzero", [](Value const&, NumericView const& nv) { return all_of(nv, [](double x) { return x != 0; }); } },
    { "integer", "expectedInteger", "integer-valued", [](Value const&, NumericView const& nv) { return !nv.is_complex() && all_of(nv, is_int_valued); } },
    { "finite", "expectedFinite", "finite", [](Value const&, NumericView const& nv) { return all_of(nv, [](double x) { return std::isfinite(x); }); } },
    { "nonnan", "expectedNonNaN", "non-NaN", [](Value const&, NumericView const& nv) { return all_of(nv, [](double x) { return !std::isnan(x); }); } },
    { "real", "expectedReal", "real", [](Value const& a, NumericView const& nv) { return !nv.is_complex(); } },
    { "nonsparse", "expectedNonsparse", "nonsparse", [](Value const&, NumericView const&) { return true; } },
    { "binary", "expectedBinary", "binary", [](Value const&, NumericView const& nv) { return !nv.is_complex() && all_of(nv, [](double x) { return x == 0 || x == 1; }); } },
    { "even", "expectedEven", "even", [](Value const&, NumericView const& nv) { return !nv.is_complex() && all_of(nv, [](double x) { return is_int_valued(x) && std::fmod(x, 2) == 0; }); } },
    { "odd", "expectedOdd", "odd", [](Value const&, NumericView const& nv) { return !nv.is_complex() && all_of(nv, [](double x) { return is_int_valued(x) && std::fmod(x, 2) != 0; }); } },
    { "scalar", "expectedScalar", "a scalar", [](Value const& a, NumericView const&) { return a.numel() == 1; } },
    { "vector", "expectedVector", "a vector", [](Value const& a, NumericView const&) { return is_2d(a) && (a.dims().rows() == 1 || a.dims().cols() == 1); } },
    { "row", "expectedRow", "a row vector", [](Value const& a, NumericView const&) { return is_2d(a) && a.dims().rows() == 1; } },
    { "column", "expectedColumn", "a column vector", [](Value const& a, NumericView const&) { return is_2d(a) && a.dims().cols() == 1; } },
    { "2d", "expected2D", "two-dimensional", [](Value const& a, NumericView const&) { return is_2d(a); } },
    { "3d", "expected3D", "three-dimensional or fewer", [](Value const& a, NumericView const&) { return a.dims().ndims() <= 3; } },
    { "square", "expectedSquare", "a square matrix", [](Value const& a, NumericView const&) { return is_2d(a) && a.dims().rows() == a.dims().cols(); } },
    { "nonempty", "expectedNonempty", "nonempty", [](Value const& a, NumericView const&) { return a.numel() > 0; } },
    { "increasing", "expectedIncreasing", "increasing valued", [](Value const&, NumericView const& nv) { return monotonic(nv, [](double p, double x) { return x > p; }); } },
    { "decreasing", "expectedDecreasing", "decreasing valued", [](Value const&, NumericView const& nv) { return monotonic(nv, [](double p, double x) { return x < p; }); } },
    { "nondecreasing", "expectedNondecreasing", "nondecreasing valued", [](Value const&, NumericView const& nv) { return monotonic(nv, [](double p, double x) { return x >= p; }); } },
    { "nonincreasing", "expectedNonincreasing", "nonincreasing valued", [](Value const&, NumericView const& nv) { return monotonic(nv, [](double p, double x) { return x <= p; }); } },
};

FlagAttr const* find_flag(std::string_view name)
{
    for (FlagAttr const& f : FLAG_ATTRS)
        if (f.name == name)
            return &f;
    return nullptr;
}

// ---- Attributes with a value ---------------------------------------------------------------

bool is_valued_attr(std::string_view n)
{
    return n == "size" || n == "numel" || n == "ncols" || n == "nrows" || n == "ndims" || n == ">" || n == ">=" || n == "<" || n == "<=";
}

// size: [d1 d2 ...], NaN matching any extent; compared with size(A) padded with ones.
bool size_matches(Dims const& d, NumericView const& want)
{
    size_t n = std::max(want.numel(), d.ndims());
    for (size_t k = 0; k < n; ++k) {
        double w = k < want.numel() ? want[k] : 1;
        double have = k < d.ndims() ? double(d[k]) : 1;
        if (!std::isnan(w) && w != have)
            return false;
    }
    return true;
}

std::string size_text(NumericView const& want)
{
    std::string s;
    for (size_t k = 0; k < want.numel(); ++k) {
        if (k)
            s += "x";
        s += std::isnan(want[k]) ? std::string("N") : number_text(want[k]);
    }
    return s;
}

std::string size_text(Dims const& d)
{
    std::string s;
    for (size_t k = 0; k < d.ndims(); ++k)
        s += (k ? "x" : "") + std::to_string(d[k]);
    return s;
}

bool compare_all(NumericView const& nv, std::string_view op, double bound)
{
    if (!nv.valid())
        return false;
    for (size_t i = 0; i < nv.numel(); ++i) {
        double x = nv[i];
        bool ok = op == ">" ? x > bound : op == ">=" ? x >= bound : op == "<" ? x < bound : x <= bound;
        if (!ok)
            return false;
    }
    return true;
}

// One attribute with its value; nullopt when A satisfies it.
Result<std::optional<RuntimeError>> check_valued(CallContext const& cx, Who const& w, Value const& a, std::string_view name, Value const& arg)
{
    NumericView want(arg);
    std::string who = "Expected " + subject(w);
    if (!want.valid() || (name != "size" && want.numel() != 1))
        return cx.error("MATLAB:" + std::string(cx.name) + ":badAttributeValue",
            "The value of the '" + std::string(name) + "' attribute must be numeric.");
    if (name == "size") {
        if (size_matches(a.dims(), want))
            return std::optional<RuntimeError>();
        return std::optional(failure(cx, w, "incorrectSize", who + " to be of size " + size_text(want) + " when it is actually size " + size_text(a.dims()) + "."));
    }
    if (name == "numel" || name == "ncols" || name == "nrows" || name == "ndims") {
        Dims d = a.dims();
        double have = name == "numel" ? double(a.numel()) : name == "ncols" ? double(d.cols()) : name == "nrows" ? double(d.rows()) : double(d.ndims());
        if (have == want[0])
            return std::optional<RuntimeError>();
        std::string_view id = name == "numel" ? "incorrectNumel" : name == "ncols" ? "incorrectNumcols" : name == "nrows" ? "incorrectNumrows" : "incorrectNumdims";
        std::string_view what = name == "numel" ? "elements" : name == "ncols" ? "columns" : name == "nrows" ? "rows" : "dimensions";
        return std::optional(failure(cx, w, id, who + " to be an array with number of " + std::string(what) + " equal to " + number_text(want[0]) + "."));
    }
    NumericView nv(a);
    if (compare_all(nv, name, want[0]))
        return std::optional<RuntimeError>();
    std::string_view id = name == ">" ? "notGreater" : name == ">=" ? "notGreaterEqual" : name == "<" ? "notLess" : "notLessEqual";
    return std::optional(failure(cx, w, id, who + " to be an array with all of the values " + std::string(name) + " " + number_text(want[0]) + "."));
}

// The attributes cell, checked in order; the first failing one is the error.
VoidResult check_attributes(CallContext const& cx, Who const& w, Value const& a, Value const& attrs)
{
    CellArray const* c = as_cell_array(attrs);
    if (!c)
        return cx.error("MATLAB:" + std::string(cx.name) + ":invalidType", "The attributes argument must be a cell array.");
    NumericView nv(a);
    size_t n = c->numel();
    for (size_t i = 0; i < n; ++i) {
        auto name = char_text(c->data()[i]);
        if (!name)
            return cx.error("MATLAB:" + std::string(cx.name) + ":badAttributeName", "Attribute names must be character vectors.");
        std::string lower = *name;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return std::tolower(ch); });
        if (FlagAttr const* f = find_flag(lower)) {
            if (!f->check(a, nv))
                return failure(cx, w, f->id, "Expected " + subject(w) + " to be " + std::string(f->phrase) + ".");
            continue;
        }
        if (!is_valued_attr(lower))
            return cx.error("MATLAB:" + std::string(cx.name) + ":unrecognizedAttribute", "Unrecognized attribute '" + *name + "'.");
        if (i + 1 >= n)
            return cx.error("MATLAB:" + std::string(cx.name) + ":missingAttributeValue",
                "The '" + *name + "' attribute must be followed by a value.");
        if (auto bad = TRY(check_valued(cx, w, a, lower, c->data()[i + 1])))
            return std::move(*bad);
        ++i;
    }
    return {};
}

// validateattributes(A, classes, attributes), ... (A, classes, attributes, argIndex),
// (A, classes, attributes, funcName[, varName[, argIndex]]): the class is checked first, then
// each attribute in order.
VoidResult validateattributes_builtin(CallContext& cx, Args args, Outs)
{
    Value const& a = args[0];
    std::vector<std::string> classes = TRY(class_list(cx, args[1]));
    Who w = TRY(parse_who(cx, args.subspan(3)));
    if (!classes.empty() && std::none_of(classes.begin(), classes.end(), [&](std::string const& k) { return class_matches(a, k); }))
        return type_failure(cx, w, classes, a);
    return check_attributes(cx, w, a, args[2]);
}

// ---- validatestring ------------------------------------------------------------------------

bool starts_with_nocase(std::string const& full, std::string const& prefix)
{
    if (prefix.size() > full.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(full[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    return true;
}

// The valid strings: a cell of character vectors (or one character vector).
Result<std::vector<std::string>> valid_strings(CallContext const& cx, Value const& v)
{
    Result<std::vector<std::string>> r = class_list(cx, v);
    if (r.is_error())
        return cx.error("MATLAB:validatestring:invalidStringArray", "The second input must be a cell array of character vectors.");
    return r;
}

// Which valid string `str` selects: a case-insensitive prefix of exactly one, or of several
// where the shortest is a prefix of all the others ("app" picks "apple" over "applesauce").
std::optional<size_t> pick(std::vector<std::string> const& valid, std::vector<size_t> const& hits)
{
    size_t best = hits[0];
    for (size_t h : hits)
        if (valid[h].size() < valid[best].size())
            best = h;
    for (size_t h : hits)
        if (!starts_with_nocase(valid[h], valid[best]))
            return std::nullopt;
    return best;
}

// validatestring(str, validStrings[, funcName[, varName[, argIndex]]]) / (str, validStrings,
// argIndex): the valid string that str abbreviates, case-insensitively.
VoidResult validatestring_builtin(CallContext& cx, Args args, Outs outs)
{
    std::vector<std::string> valid = TRY(valid_strings(cx, args[1]));
    Who w = TRY(parse_who(cx, args.subspan(2)));
    auto str = char_text(args[0]);
    if (!str)
        return type_failure(cx, w, { "char", "string" }, args[0]);
    std::vector<size_t> hits;
    for (size_t i = 0; i < valid.size(); ++i)
        if (!str->empty() && starts_with_nocase(valid[i], *str))
            hits.push_back(i);
    std::string head = "Expected " + subject(w) + " to match one of these values:\n\n" + joined(valid, true) + "\n\nThe input, '" + *str + "', ";
    if (hits.empty())
        return failure(cx, w, "unrecognizedStringChoice", head + "did not match any of the valid values.");
    std::optional<size_t> choice = pick(valid, hits);
    if (!choice)
        return failure(cx, w, "ambiguousStringChoice", head + "matched more than one valid value.");
    outs[0] = Value::char_row(valid[*choice]);
    return {};
}

} // namespace

void register_validate_builtins(BuiltinTable& table)
{
    table.add({ .name = "validateattributes", .fn = validateattributes_builtin, .min_in = 3, .max_in = 6, .max_out = 0 });
    table.add({ .name = "validatestring", .fn = validatestring_builtin, .min_in = 2, .max_in = 5, .max_out = 1 });
}

} // namespace runmat::runtime
