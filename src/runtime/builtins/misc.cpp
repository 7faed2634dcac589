// Environment and utility builtins: getenv str2double tic toc isvarname exist addpath pwd cd clc
// format. The host is reached only through Environment; the filesystem through std::filesystem.
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/value.hpp"
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

namespace runmat::runtime {

namespace fs = std::filesystem;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

std::string lower(std::string s)
{
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Warn through the session attached to this call (emit_warning reads the active session).
void warn(CallContext& cx, std::string_view id, std::string_view message)
{
    ActiveSession& s = active_session();
    ActiveSession saved = s;
    s.env = &cx.env;
    s.state = &cx.state;
    emit_warning(id, message);
    s = saved;
}

// ---------------------------------------------------------------------------------------------
// getenv

VoidResult getenv_builtin(CallContext& cx, Args args, Outs outs)
{
    auto name = char_text(args[0]);
    if (!name)
        return cx.error("MATLAB:getenv:InputMustBeString", "Input must be a character vector or string scalar.");
    char const* v = std::getenv(name->c_str());
    outs[0] = Value::char_row(v ? v : "");
    return {};
}

// ---------------------------------------------------------------------------------------------
// str2double

// A cursor over the text being parsed by str2double.
struct Scanner {
    std::string_view s;
    size_t i = 0;
    bool done() const { return i >= s.size(); }
    char peek() const { return done() ? '\0' : s[i]; }
    void skip_ws()
    {
        while (!done() && std::isspace(static_cast<unsigned char>(s[i])))
            ++i;
    }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++i;
        return true;
    }
    bool take_word(std::string_view w)
    {
        if (s.size() - i < w.size())
            return false;
        for (size_t k = 0; k < w.size(); ++k)
            if (std::tolower(static_cast<unsigned char>(s[i + k])) != w[k])
                return false;
        i += w.size();
        return true;
    }
};

// An unsigned magnitude: digits (commas allowed between digits, as thousands separators),
// optional fraction and exponent, or Inf / NaN.
std::optional<double> scan_magnitude(Scanner& sc)
{
    if (sc.take_word("inf"))
        return std::numeric_limits<double>::infinity();
    if (sc.take_word("nan"))
        return NaN;
    std::string buf;
    size_t digits = 0;
    auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    while (is_digit(sc.peek()) || (sc.peek() == ',' && digits > 0)) {
        char c = sc.s[sc.i++];
        if (c != ',')
            buf += c, ++digits;
    }
    if (sc.take('.')) {
        buf += '.';
        while (is_digit(sc.peek()))
            buf += sc.s[sc.i++], ++digits;
    }
    if (digits == 0)
        return std::nullopt;
    char e = sc.peek();
    if (e == 'e' || e == 'E') {
        size_t save = sc.i++;
        std::string exp = "e";
        if (sc.peek() == '+' || sc.peek() == '-')
            exp += sc.s[sc.i++];
        size_t exp_digits = 0;
        while (is_digit(sc.peek()))
            exp += sc.s[sc.i++], ++exp_digits;
        if (exp_digits == 0)
            sc.i = save;
        else
            buf += exp;
    }
    double v = 0;
    auto r = std::from_chars(buf.data(), buf.data() + buf.size(), v);
    if (r.ec == std::errc::result_out_of_range)
        v = buf.find('e') != std::string::npos && buf.find("e-") != std::string::npos ? 0.0 : std::numeric_limits<double>::infinity();
    else if (r.ec != std::errc())
        return std::nullopt;
    return v;
}

// One signed term: a real number, an imaginary number ("2i", "2j") or a bare unit ("i", "-j").
struct Term {
    double value = 0;
    bool imaginary = false;
};

std::optional<Term> scan_term(Scanner& sc, bool sign_required)
{
    double sign = 1;
    if (sc.peek() == '+' || sc.peek() == '-') {
        sign = sc.s[sc.i++] == '-' ? -1 : 1;
        sc.skip_ws();
    } else if (sign_required) {
        return std::nullopt;
    }
    Term t;
    char c = sc.peek();
    if ((c == 'i' || c == 'j') && !(sc.s.substr(sc.i, 3) == "inf")) {
        ++sc.i;
        return Term { sign, true };
    }
    auto mag = scan_magnitude(sc);
    if (!mag)
        return std::nullopt;
    t.value = sign * *mag;
    if (sc.peek() == '*' && (sc.s.substr(sc.i + 1, 1) == "i" || sc.s.substr(sc.i + 1, 1) == "j"))
        ++sc.i;
    if (sc.peek() == 'i' || sc.peek() == 'j') {
        ++sc.i;
        t.imaginary = true;
    }
    return t;
}

// MATLAB's str2double text grammar: [ws] term [ws (+|-) ws term] [ws], at most one real and
// one imaginary term. Anything else is NaN.
std::optional<std::pair<double, std::optional<double>>> parse_number_text(std::string_view text)
{
    Scanner sc { text };
    sc.skip_ws();
    auto first = scan_term(sc, false);
    if (!first)
        return std::nullopt;
    sc.skip_ws();
    std::optional<Term> second;
    if (!sc.done()) {
        second = scan_term(sc, true);
        if (!second || second->imaginary == first->imaginary)
            return std::nullopt;
        sc.skip_ws();
    }
    if (!sc.done())
        return std::nullopt;
    double re = 0;
    std::optional<double> im;
    for (auto const& t : { first, second }) {
        if (!t)
            continue;
        if (t->imaginary)
            im = t->value;
        else
            re = t->value;
    }
    return std::make_pair(re, im);
}

// str2double of a cell array: one element per cell, NaN for cells that are not numeric text.
Value str2double_cell(CellArray const& c)
{
    auto out = new_double(c.shape());
    for (size_t i = 0; i < c.numel(); ++i) {
        auto text = char_text(c.data()[i]);
        auto parsed = text ? parse_number_text(*text) : std::nullopt;
        out->data()[i] = parsed ? parsed->first : NaN;
        if (parsed && parsed->second) {
            out->make_complex();
            out->imag()[i] = *parsed->second;
        }
    }
    return make_double(std::move(out));
}

VoidResult str2double_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& v = args[0];
    if (v.class_id() == ClassId::Cell) {
        outs[0] = str2double_cell(*static_cast<CellArray const*>(v.obj()));
        return {};
    }
    if (v.class_id() == ClassId::String)
        return cx.error("RunMat:notImplemented", "str2double of " + std::string(value_class_name(v)) + " arrays is not supported yet.");
    auto text = char_text(v);
    auto parsed = text ? parse_number_text(*text) : std::nullopt;
    if (!parsed) {
        outs[0] = Value::scalar(NaN);
        return {};
    }
    outs[0] = parsed->second ? Value::complex(parsed->first, *parsed->second) : Value::scalar(parsed->first);
    return {};
}

// ---------------------------------------------------------------------------------------------
// tic / toc

// Microseconds on the monotonic clock. t = tic returns this count as a uint64, as MATLAB's
// tic does (an opaque timer value; toc(t) is what gives it meaning).
uint64_t now_us()
{
    auto t = std::chrono::steady_clock::now().time_since_epoch();
    return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(t).count());
}

// tic starts the session stopwatch; t = tic returns an id for toc(t) and leaves it alone.
VoidResult tic_builtin(CallContext& cx, Args, Outs outs)
{
    uint64_t now = now_us();
    if (cx.nargout >= 1) {
        auto id = make_ref<UInt64Array>(Dims(1, 1), now);
        outs[0] = make_int(std::move(id));
        return {};
    }
    cx.state.tic_time = static_cast<double>(now) / 1e6;
    return {};
}

VoidResult toc_builtin(CallContext& cx, Args args, Outs outs)
{
    uint64_t now_ticks = now_us();
    double now = static_cast<double>(now_ticks) / 1e6;
    double start;
    if (args.empty()) {
        if (cx.state.tic_time < 0)
            return cx.error("MATLAB:toc:callTicFirst", "You must call TIC without an output argument before calling TOC without an input argument.");
        start = cx.state.tic_time;
    } else if (auto* id = args[0].as_int_array<uint64_t>(); id && id->numel() == 1) {
        // Subtract in integers first: the difference is exact whatever the counter's size.
        uint64_t t0 = id->data()[0];
        start = now - static_cast<double>(now_ticks - std::min(t0, now_ticks)) / 1e6;
    } else {
        NumericView t(args[0]);
        if (!t.valid() || t.numel() != 1 || t.is_complex() || args[0].class_id() == ClassId::Char)
            return cx.error("MATLAB:toc:invalidTimerValue", "Input argument must be a scalar timer value returned by TIC.");
        start = t[0] / 1e6;
    }
    double elapsed = now - start;
    if (cx.nargout >= 1) {
        outs[0] = Value::scalar(elapsed);
        return {};
    }
    char buf[96];
    std::snprintf(buf, sizeof buf, "Elapsed time is %f seconds.\n", elapsed);
    cx.env.write_out(buf);
    return {};
}

// ---------------------------------------------------------------------------------------------
// isvarname

bool is_keyword(std::string_view s)
{
    static constexpr std::string_view kw[] = { "break", "case", "catch", "classdef", "continue", "else", "elseif",
        "end", "for", "function", "global", "if", "otherwise", "parfor", "persistent", "return", "spmd", "switch",
        "try", "while" };
    return std::find(std::begin(kw), std::end(kw), s) != std::end(kw);
}

bool valid_name(std::string_view s)
{
    constexpr size_t NAMELENGTHMAX = 63;
    if (s.empty() || s.size() > NAMELENGTHMAX || !std::isalpha(static_cast<unsigned char>(s[0])))
        return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_') || static_cast<unsigned char>(c) >= 0x80)
            return false;
    return !is_keyword(s);
}

VoidResult isvarname_builtin(CallContext&, Args args, Outs outs)
{
    auto s = char_text(args[0]);
    outs[0] = Value::logical(s && valid_name(*s));
    return {};
}

// ---------------------------------------------------------------------------------------------
// exist

int file_kind(std::string const& name)
{
    std::error_code ec;
    if (fs::is_directory(name, ec))
        return 7;
    if (fs::exists(name, ec))
        return 2;
    return 0;
}

// exist(name[, type]): 1 variable, 2 file, 5 builtin, 7 folder, 0 none.
VoidResult exist_builtin(CallContext& cx, Args args, Outs outs)
{
    auto name = char_text(args[0]);
    if (!name)
        return cx.error("MATLAB:exist:firstInputString", "The first input to exist must be a string scalar or character vector.");
    std::string type = "";
    if (args.size() == 2) {
        auto t = char_text(args[1]);
        if (!t)
            return cx.error("MATLAB:exist:secondInputString", "The second input to exist must be a string scalar or character vector.");
        type = lower(*t);
    }
    int kind = 0;
    if (type.empty()) {
        kind = cx.env.exist_kind(*name);
        if (kind == 0 && builtins().find(*name))
            kind = 5;
        if (kind == 0)
            kind = file_kind(*name);
    } else if (type == "var") {
        kind = cx.env.exist_kind(*name) == 1 ? 1 : 0;
    } else if (type == "builtin") {
        kind = builtins().find(*name) ? 5 : 0;
    } else if (type == "file") {
        int k = cx.env.exist_kind(*name);
        kind = k == 2 ? 2 : file_kind(*name);
    } else if (type == "dir") {
        kind = file_kind(*name) == 7 ? 7 : 0;
    } else if (type == "class") {
        kind = 0;
    } else {
        return cx.error("MATLAB:exist:invalidType", "The second input to exist must be 'var', 'builtin', 'file', 'dir', or 'class'.");
    }
    outs[0] = Value::scalar(kind);
    return {};
}

// ---------------------------------------------------------------------------------------------
// addpath / pwd / cd

std::string join_path(std::vector<std::string> const& dirs)
{
    std::string s;
    for (size_t i = 0; i < dirs.size(); ++i)
        s += (i ? ":" : "") + dirs[i];
    return s;
}

std::vector<std::string> split_pathsep(std::string const& s)
{
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= s.size()) {
        size_t end = s.find(':', start);
        if (end == std::string::npos)
            end = s.size();
        if (end > start)
            parts.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

std::string absolute_dir(std::string const& d)
{
    std::error_code ec;
    fs::path p = fs::absolute(d, ec).lexically_normal();
    std::string s = p.string();
    while (s.size() > 1 && s.back() == '/')
        s.pop_back();
    return s;
}

// addpath(dir1, ..., dirN[, '-begin' | '-end' | '-frozen']): each argument may hold several
// folders separated by pathsep (':'). Folders go to the top in argument order (or the end).
VoidResult addpath_builtin(CallContext& cx, Args args, Outs outs)
{
    std::string old = join_path(cx.env.path());
    bool at_end = false;
    std::vector<std::string> dirs;
    for (Value const& a : args) {
        auto t = char_text(a);
        if (!t)
            return cx.error("MATLAB:addpath:InputMustBeString", "Arguments must contain a character vector or string.");
        std::string low = lower(*t);
        if (low == "-end" || low == "-begin" || low == "-frozen" || low == "0" || low == "1") {
            at_end = low == "-end" || low == "1";
            continue;
        }
        for (auto& d : split_pathsep(*t))
            dirs.push_back(d);
    }
    std::vector<std::string> valid;
    for (auto& d : dirs) {
        std::error_code ec;
        if (!fs::is_directory(d, ec)) {
            warn(cx, "MATLAB:mpath:nameNonexistentOrNotADirectory", "Name is nonexistent or not a directory: " + d);
            continue;
        }
        valid.push_back(absolute_dir(d));
    }
    if (at_end)
        for (auto& d : valid)
            cx.env.add_path(d, true);
    else
        for (auto it = valid.rbegin(); it != valid.rend(); ++it)
            cx.env.add_path(*it, false);
    if (cx.nargout >= 1)
        outs[0] = Value::char_row(old);
    return {};
}

std::string current_dir()
{
    std::error_code ec;
    return fs::current_path(ec).string();
}

VoidResult pwd_builtin(CallContext&, Args, Outs outs)
{
    outs[0] = Value::char_row(current_dir());
    return {};
}

// cd prints the current folder; cd(dir) changes it and, with an output, returns the old one.
VoidResult cd_builtin(CallContext& cx, Args args, Outs outs)
{
    std::string old = current_dir();
    if (args.empty()) {
        if (cx.nargout >= 1)
            outs[0] = Value::char_row(old);
        else
            cx.env.write_out(old + "\n");
        return {};
    }
    auto t = char_text(args[0]);
    if (!t)
        return cx.error("MATLAB:cd:InputMustBeString", "Argument must contain a character vector or string.");
    std::string target = *t;
    if (!target.empty() && target[0] == '~') {
        char const* home = std::getenv("HOME");
        target = std::string(home ? home : "") + target.substr(1);
    }
    std::error_code ec;
    fs::current_path(target, ec);
    if (ec)
        return cx.error("MATLAB:cd:NonExistentFolder", "Cannot CD to " + *t + " (Name is nonexistent or not a folder).");
    if (cx.nargout >= 1)
        outs[0] = Value::char_row(old);
    return {};
}

VoidResult clc_builtin(CallContext&, Args, Outs) { return {}; }

// ---------------------------------------------------------------------------------------------
// format

// format, format short|long|shortE|longE|shortG|longG|compact|loose, format('short', 'g').
VoidResult format_builtin(CallContext& cx, Args args, Outs)
{
    FormatOptions& f = cx.state.format;
    if (args.empty()) {
        f = FormatOptions {};
        return {};
    }
    std::string spec;
    for (Value const& a : args) {
        auto t = char_text(a);
        if (!t)
            return cx.error("MATLAB:format:InvalidInputType", "Input must be a character vector or string scalar.");
        spec += lower(*t);
    }
    using N = FormatOptions::Numeric;
    if (spec == "short" || spec == "default") {
        f.numeric = N::Short;
        if (spec == "default")
            f.compact = false;
    } else if (spec == "long")
        f.numeric = N::Long;
    else if (spec == "shorte")
        f.numeric = N::ShortE;
    else if (spec == "longe")
        f.numeric = N::LongE;
    else if (spec == "shortg")
        f.numeric = N::ShortG;
    else if (spec == "longg")
        f.numeric = N::LongG;
    else if (spec == "compact")
        f.compact = true;
    else if (spec == "loose")
        f.compact = false;
    else
        return cx.error("MATLAB:format:UnknownFormatType", "Unknown format type '" + spec + "'.");
    return {};
}

} // namespace

void register_misc_builtins(BuiltinTable& table)
{
    table.add({ .name = "getenv", .fn = getenv_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "str2double", .fn = str2double_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "tic", .fn = tic_builtin, .min_in = 0, .max_in = 0, .max_out = 1 });
    table.add({ .name = "toc", .fn = toc_builtin, .min_in = 0, .max_in = 1, .max_out = 1 });
    table.add({ .name = "isvarname", .fn = isvarname_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "exist", .fn = exist_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    table.add({ .name = "addpath", .fn = addpath_builtin, .min_in = 1, .max_in = -1, .max_out = 1 });
    table.add({ .name = "pwd", .fn = pwd_builtin, .min_in = 0, .max_in = 0, .max_out = 1 });
    table.add({ .name = "cd", .fn = cd_builtin, .min_in = 0, .max_in = 1, .max_out = 1 });
    table.add({ .name = "clc", .fn = clc_builtin, .min_in = 0, .max_in = 0, .max_out = 0 });
    table.add({ .name = "format", .fn = format_builtin, .min_in = 0, .max_in = 2, .max_out = 0 });
}

} // namespace runmat::runtime
