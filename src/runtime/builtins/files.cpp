// Low-level file I/O builtins with MATLAB's blocking semantics: fopen fclose fgetl fgets fread
// fwrite feof ftell fseek frewind ferror fileread (fprintf's fid routing is in format.cpp via
// write_to_fid). Identifiers live in the session's FileTable; path builtins are in
// files_paths.cpp. Text is UTF-8 on disk and UTF-16 char arrays in MATLAB.
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/file_table.hpp"
#include "runtime/numeric_class.hpp"
#include "runtime/text_util.hpp"
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

namespace runmat::runtime {

void register_path_builtins(BuiltinTable& table); // files_paths.cpp

namespace {

namespace fs = std::filesystem;
constexpr double INF = std::numeric_limits<double>::infinity();

Value text_value(std::string_view utf8) { return text::char_row(text::from_utf8(utf8)); }

std::string lower(std::string s)
{
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The open file a builtin's first argument names, or MATLAB's invalid-identifier error.
Result<OpenFile*> file_arg(CallContext& cx, Value const& v)
{
    NumericView nv(v);
    if (!nv.valid() || nv.numel() != 1 || v.as_char_array())
        return invalid_fid_error(cx);
    OpenFile* f = file_table(cx.state).find(nv[0]);
    if (!f)
        return invalid_fid_error(cx);
    return f;
}

// ---- fopen / fclose -----------------------------------------------------------------------

// A MATLAB permission ('r', 'w+', 'at', 'r+b', 'W', ...) as a C mode and fopen(fid)'s text;
// nullopt if invalid. 't' (text) is accepted and changes nothing on POSIX systems.
struct Permission {
    std::string c_mode;
    std::string report;
};
std::optional<Permission> parse_permission(std::string const& p)
{
    if (p.empty() || std::string_view("rwaRWA").find(p[0]) == std::string_view::npos || p.size() > 3)
        return std::nullopt;
    bool plus = false, text = false, binary = false;
    for (size_t i = 1; i < p.size(); ++i) {
        if (p[i] == '+' && !plus) plus = true;
        else if (p[i] == 't' && !text && !binary) text = true;
        else if (p[i] == 'b' && !text && !binary) binary = true;
        else return std::nullopt;
    }
    char base = static_cast<char>(std::tolower(static_cast<unsigned char>(p[0])));
    std::string mode(1, base);
    mode += plus ? "+b" : "b";
    std::string report(1, base);
    report += plus ? "+" : "";
    report += text ? "t" : "b";
    return Permission { mode, report };
}

// 'n'/'native', 'l'/'ieee-le', 'b'/'ieee-be' (the '.l64' variants too); nullopt if unknown.
std::optional<bool> parse_big_endian(std::string const& m)
{
    std::string s = lower(m);
    if (s == "n" || s == "native" || s == "l" || s == "ieee-le" || s == "a" || s == "ieee-le.l64")
        return false;
    if (s == "b" || s == "ieee-be" || s == "s" || s == "ieee-be.l64")
        return true;
    return std::nullopt;
}

Value fids_row(std::vector<int> const& fids)
{
    if (fids.empty())
        return Value::empty();
    auto a = new_double(Dims(1, fids.size()));
    for (size_t i = 0; i < fids.size(); ++i)
        a->data()[i] = fids[i];
    return make_double(std::move(a));
}

// [filename, permission, machinefmt, encoding] = fopen(fid): empty text for a closed fid.
VoidResult fopen_query(CallContext& cx, double fid, Outs outs)
{
    std::string name, perm, machine, encoding;
    if (fid == 0 || fid == 1 || fid == 2) {
        name = fid == 0 ? "\"stdin\"" : fid == 1 ? "\"stdout\"" : "\"stderr\"";
        perm = fid == 0 ? "r" : "w";
        machine = "ieee-le";
        encoding = "UTF-8";
    } else if (OpenFile* f = file_table(cx.state).find(fid)) {
        name = f->name;
        perm = f->permission;
        machine = f->big_endian ? "ieee-be" : "ieee-le";
        encoding = "UTF-8";
    }
    std::string const* texts[] = { &name, &perm, &machine, &encoding };
    for (size_t k = 0; k < outs.size() && k < 4; ++k)
        outs[k] = text_value(*texts[k]);
    return {};
}

// fid = fopen(name, permission, machinefmt, encoding); [fid, msg] = fopen(...); fopen('all');
// [name, perm, machinefmt, encoding] = fopen(fid). Failure is fid -1 with the OS's message,
// not an error (MATLAB's fopen page).
VoidResult fopen_builtin(CallContext& cx, Args args, Outs outs)
{
    if (!args[0].as_char_array()) {
        NumericView nv(args[0]);
        if (!nv.valid() || nv.numel() != 1)
            return invalid_fid_error(cx);
        return fopen_query(cx, nv[0], outs);
    }
    auto name = char_text(args[0]);
    if (!name)
        return cx.error("MATLAB:fopen:InvalidInput", "File name must be a character vector or string scalar.");
    if (args.size() == 1 && lower(*name) == "all") {
        outs[0] = fids_row(file_table(cx.state).fids());
        return {};
    }
    std::string perm_text = "r";
    if (args.size() > 1) {
        auto p = char_text(args[1]);
        if (!p)
            return cx.error("MATLAB:fopen:InvalidPermission", "Invalid permission.");
        perm_text = *p;
    }
    auto perm = parse_permission(perm_text);
    if (!perm)
        return cx.error("MATLAB:fopen:InvalidPermission", "Invalid permission.");
    OpenFile info;
    info.permission = perm->report;
    if (args.size() > 2) {
        auto m = char_text(args[2]);
        auto be = m ? parse_big_endian(*m) : std::nullopt;
        if (!be)
            return cx.error("MATLAB:fopen:InvalidMachineFormat", "Invalid machine format.");
        info.big_endian = *be;
    }
    std::error_code ec;
    Result<int> fid = fs::is_directory(*name, ec)
        ? Result<int>(make_error("MATLAB:fopen:OSError", std::strerror(EISDIR)))
        : file_table(cx.state).open(*name, perm->c_mode.c_str(), std::move(info));
    outs[0] = Value::scalar(fid.is_error() ? -1.0 : static_cast<double>(fid.value()));
    if (outs.size() > 1)
        outs[1] = fid.is_error() ? text_value(fid.error().message) : Value::char_row("");
    return {};
}

// status = fclose(fid) / fclose('all'): 0 on success; an identifier that is not open is an
// error. 0-2 (the standard streams) are never closed.
VoidResult fclose_builtin(CallContext& cx, Args args, Outs outs)
{
    FileTable& files = file_table(cx.state);
    if (auto t = char_text(args[0])) {
        if (lower(*t) != "all")
            return invalid_fid_error(cx);
        files.close_all();
    } else {
        NumericView nv(args[0]);
        if (!nv.valid() || nv.numel() != 1)
            return invalid_fid_error(cx);
        bool standard = nv[0] == 0 || nv[0] == 1 || nv[0] == 2;
        if (!standard && !files.close(nv[0]))
            return invalid_fid_error(cx);
    }
    outs[0] = Value::scalar(0);
    return {};
}

// ---- fgetl / fgets ------------------------------------------------------------------------

// Peek one byte so a read that consumed the file's last byte leaves the end-of-file indicator
// set (MATLAB: `while ~feof(fid), fgetl(fid), end` reads each line exactly once).
void mark_eof_if_at_end(std::FILE* f)
{
    int c = std::getc(f);
    if (c != EOF)
        std::ungetc(c, f);
}

// One line including its newline (at most `limit` bytes); false at end of file.
bool read_line(std::FILE* f, size_t limit, std::string& line)
{
    line.clear();
    int c = 0;
    while (line.size() < limit && (c = std::getc(f)) != EOF) {
        line.push_back(static_cast<char>(c));
        if (c == '\n')
            break;
    }
    if (line.empty())
        return false;
    mark_eof_if_at_end(f);
    return true;
}

// tline = fgets(fid[, nchar]) keeps the newline; fgetl drops it. -1 at end of file.
VoidResult get_line(CallContext& cx, Args args, Outs outs, bool keep_newline)
{
    OpenFile* f = TRY(file_arg(cx, args[0]));
    size_t limit = SIZE_MAX;
    if (args.size() > 1) {
        double n = TRY(scalar_arg(cx, args[1], "Number of characters"));
        limit = n >= 1 && std::isfinite(n) ? static_cast<size_t>(n) : SIZE_MAX;
    }
    f->prepare(OpenFile::Direction::Read);
    std::string line;
    if (!read_line(f->stream, limit, line)) {
        outs[0] = Value::scalar(-1);
        if (outs.size() > 1)
            outs[1] = Value::empty();
        return {};
    }
    size_t terminator = !line.empty() && line.back() == '\n' ? 1 : 0;
    if (!keep_newline)
        line.resize(line.size() - terminator);
    outs[0] = text_value(line); // an empty line is '' (fgetl)
    if (outs.size() > 1) // fgets' second output: the terminator's code, or []
        outs[1] = keep_newline && terminator ? Value::scalar('\n') : Value::empty();
    return {};
}

VoidResult fgetl_builtin(CallContext& cx, Args args, Outs outs) { return get_line(cx, args, outs, false); }
VoidResult fgets_builtin(CallContext& cx, Args args, Outs outs) { return get_line(cx, args, outs, true); }

// ---- fread / fwrite precisions ------------------------------------------------------------

// A precision's element on disk: its size and the class its bytes decode as ('char' reads
// bytes, decoded as uint8).
struct Element {
    ClassId cls = ClassId::UInt8;
    size_t size = 1;
    bool is_char = false;
};

std::optional<Element> parse_element(std::string const& name)
{
    struct Alias {
        char const* name;
        ClassId cls;
    };
    static constexpr Alias ALIASES[] = {
        { "uint8", ClassId::UInt8 }, { "uchar", ClassId::UInt8 }, { "unsigned char", ClassId::UInt8 },
        { "int8", ClassId::Int8 }, { "schar", ClassId::Int8 }, { "signed char", ClassId::Int8 }, { "integer*1", ClassId::Int8 },
        { "uint16", ClassId::UInt16 }, { "ushort", ClassId::UInt16 }, { "unsigned short", ClassId::UInt16 },
        { "int16", ClassId::Int16 }, { "short", ClassId::Int16 }, { "integer*2", ClassId::Int16 },
        { "uint32", ClassId::UInt32 }, { "uint", ClassId::UInt32 }, { "ulong", ClassId::UInt32 },
        { "unsigned int", ClassId::UInt32 }, { "unsigned long", ClassId::UInt32 },
        { "int32", ClassId::Int32 }, { "int", ClassId::Int32 }, { "long", ClassId::Int32 }, { "integer*4", ClassId::Int32 },
        { "uint64", ClassId::UInt64 }, { "int64", ClassId::Int64 }, { "integer*8", ClassId::Int64 },
        { "single", ClassId::Single }, { "float32", ClassId::Single }, { "float", ClassId::Single }, { "real*4", ClassId::Single },
        { "double", ClassId::Double }, { "float64", ClassId::Double }, { "real*8", ClassId::Double },
    };
    std::string s = lower(name);
    if (s == "char" || s == "char*1")
        return Element { ClassId::UInt8, 1, true };
    for (auto const& a : ALIASES) {
        if (s == a.name) {
            size_t size = a.cls == ClassId::Double || is_int64_class(a.cls) ? 8
                : a.cls == ClassId::Single || a.cls == ClassId::Int32 || a.cls == ClassId::UInt32 ? 4
                : a.cls == ClassId::Int16 || a.cls == ClassId::UInt16 ? 2 : 1;
            return Element { a.cls, size, false };
        }
    }
    return std::nullopt;
}

// fread's precision: 'source', 'source=>output' or '*source' (output = source). Plain 'source'
// reads into double.
struct ReadPrecision {
    Element source;
    ClassId output = ClassId::Double;
    bool output_char = false;
};

std::optional<ReadPrecision> parse_read_precision(std::string p)
{
    p.erase(std::remove(p.begin(), p.end(), ' '), p.end()) ;
    ReadPrecision r;
    std::string src = p, dst;
    if (!p.empty() && p[0] == '*') {
        src = dst = p.substr(1);
    } else if (auto arrow = p.find("=>"); arrow != std::string::npos) {
        src = p.substr(0, arrow);
        dst = p.substr(arrow + 2);
    }
    // 'unsigned char' and friends lost their blank above; restore the two-word names.
    auto fix = [](std::string s) {
        for (char const* w : { "unsigned", "signed" })
            if (s.rfind(w, 0) == 0 && s.size() > std::strlen(w))
                s.insert(std::strlen(w), " ");
        return s;
    };
    auto source = parse_element(fix(src));
    if (!source)
        return std::nullopt;
    r.source = *source;
    if (dst.empty())
        return r;
    auto out = parse_element(fix(dst));
    if (!out)
        return std::nullopt;
    r.output_char = out->is_char;
    r.output = out->is_char ? ClassId::Char : out->cls;
    return r;
}

void reverse_bytes(unsigned char* p, size_t size, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        std::reverse(p + i * size, p + (i + 1) * size);
}

// Raw element storage of a numeric array value (double, single or integer class).
void* raw_data(Value const& v)
{
    if (auto* d = v.as_double_array())
        return d->data();
    if (auto* s = v.as_single_array())
        return s->data();
    return visit_int_class(v.class_id(), [&](auto tag) -> void* {
        using T = typename decltype(tag)::type;
        return v.as_int_array<T>()->data();
    });
}

// ---- fread --------------------------------------------------------------------------------

// fread's sizeA: n, Inf, [m n] or [m Inf]. `rows` is 0 for a column of any length.
struct ReadShape {
    double limit = INF; // elements at most
    size_t rows = 0;
};

Result<ReadShape> read_shape(CallContext& cx, Value const& v)
{
    NumericView nv(v);
    bool ok = nv.valid() && !v.as_char_array() && (nv.numel() == 1 || nv.numel() == 2);
    for (size_t i = 0; ok && i < nv.numel(); ++i)
        ok = nv[i] >= 0 && (nv[i] == std::floor(nv[i]) || (std::isinf(nv[i]) && i == nv.numel() - 1));
    if (!ok)
        return cx.error("MATLAB:fread:invalidSize", "Size argument must be a positive integer or Inf, or a two-element vector.");
    if (nv.numel() == 1)
        return ReadShape { nv[0], 0 };
    return ReadShape { nv[0] * nv[1], static_cast<size_t>(nv[0]) };
}

// Read up to `limit` elements of `size` bytes, skipping `skip` bytes after each.
std::vector<unsigned char> read_elements(std::FILE* f, size_t size, double limit, size_t skip)
{
    std::vector<unsigned char> bytes;
    if (skip == 0) {
        size_t want = std::isinf(limit) ? SIZE_MAX : static_cast<size_t>(limit) * size;
        unsigned char buf[65536];
        while (bytes.size() < want) {
            size_t n = std::fread(buf, 1, std::min(sizeof buf, want - bytes.size()), f);
            bytes.insert(bytes.end(), buf, buf + n);
            if (n == 0)
                break;
        }
    } else {
        std::vector<unsigned char> one(size);
        for (double k = 0; k < limit; ++k) {
            if (std::fread(one.data(), 1, size, f) != size)
                break;
            bytes.insert(bytes.end(), one.begin(), one.end());
            std::fseek(f, static_cast<long>(skip), SEEK_CUR);
        }
    }
    bytes.resize(bytes.size() - bytes.size() % size); // a partial last element is dropped
    return bytes;
}

// [A, count] = fread(fid, sizeA, precision, skip, machinefmt). The default is every byte as a
// double column; [m n] sizes give m rows, the last column padded with zeros.
VoidResult fread_builtin(CallContext& cx, Args args, Outs outs)
{
    OpenFile* f = TRY(file_arg(cx, args[0]));
    ReadShape shape;
    size_t next = 1;
    if (args.size() > 1 && !args[1].as_char_array())
        shape = TRY(read_shape(cx, args[next++]));
    ReadPrecision prec;
    if (args.size() > next) {
        auto p = char_text(args[next]);
        auto parsed = p ? parse_read_precision(*p) : std::nullopt;
        if (!parsed)
            return cx.error("MATLAB:fread:InvalidPrecision", "Invalid precision.");
        prec = *parsed;
        ++next;
    }
    size_t skip = 0;
    if (args.size() > next) {
        double s = TRY(scalar_arg(cx, args[next++], "Skip"));
        skip = s > 0 ? static_cast<size_t>(s) : 0;
    }
    bool big_endian = f->big_endian;
    if (args.size() > next) {
        auto m = char_text(args[next]);
        auto be = m ? parse_big_endian(*m) : std::nullopt;
        if (!be)
            return cx.error("MATLAB:fread:InvalidMachineFormat", "Invalid machine format.");
        big_endian = *be;
    }
    f->prepare(OpenFile::Direction::Read);
    size_t size = prec.source.size;
    std::vector<unsigned char> bytes = read_elements(f->stream, size, shape.limit, skip);
    size_t count = bytes.size() / size;
    if (big_endian && size > 1)
        reverse_bytes(bytes.data(), size, count);
    size_t rows = shape.rows ? shape.rows : count;
    size_t cols = shape.rows ? (count + shape.rows - 1) / shape.rows : (count ? 1 : 0);
    if (!shape.rows && count == 0)
        rows = 0;
    Value raw = new_numeric(prec.source.cls, Dims(rows, cols)); // zero-filled: pads the last column
    if (count)
        std::memcpy(raw_data(raw), bytes.data(), bytes.size());
    if (prec.output_char) {
        NumericView nv(raw);
        auto c = make_ref<CharArray>(raw.dims());
        for (size_t i = 0; i < nv.numel(); ++i)
            c->data()[i] = char_unit(nv[i]);
        outs[0] = make_char(std::move(c));
    } else {
        outs[0] = TRY(convert_class(raw, prec.output));
    }
    if (outs.size() > 1)
        outs[1] = Value::scalar(static_cast<double>(count));
    return {};
}

// ---- fwrite -------------------------------------------------------------------------------

// count = fwrite(fid, A, precision, skip, machinefmt): A's elements, column-major, converted
// to the precision (rounded and saturated for integer types). fid 1/2 write to the console.
VoidResult fwrite_builtin(CallContext& cx, Args args, Outs outs)
{
    Element el;
    if (args.size() > 2) {
        auto p = char_text(args[2]);
        std::string s = p ? *p : "";
        if (!s.empty() && s[0] == '*')
            s.erase(0, 1);
        auto parsed = p ? parse_element(s) : std::nullopt;
        if (!parsed)
            return cx.error("MATLAB:fwrite:InvalidPrecision", "Invalid precision.");
        el = *parsed;
    }
    size_t skip = 0;
    if (args.size() > 3) {
        double s = TRY(scalar_arg(cx, args[3], "Skip"));
        skip = s > 0 ? static_cast<size_t>(s) : 0;
    }
    NumericView fid_view(args[0]);
    if (!fid_view.valid() || fid_view.numel() != 1 || args[0].as_char_array())
        return invalid_fid_error(cx);
    double fid = fid_view[0];
    OpenFile* f = file_table(cx.state).find(fid);
    if (!f && fid != 1 && fid != 2)
        return invalid_fid_error(cx);
    bool big_endian = f && f->big_endian;
    if (args.size() > 4) {
        auto m = char_text(args[4]);
        auto be = m ? parse_big_endian(*m) : std::nullopt;
        if (!be)
            return cx.error("MATLAB:fwrite:InvalidMachineFormat", "Invalid machine format.");
        big_endian = *be;
    }
    if (!is_number_like(args[1].class_id()))
        return cx.error("MATLAB:fwrite:InvalidInput", "Cannot write value: unsupported class " + std::string(value_class_name(args[1])) + ".");
    Value data = TRY(convert_class(args[1], el.cls));
    size_t n = data.numel();
    std::string bytes(n * el.size, '\0');
    if (n)
        std::memcpy(bytes.data(), raw_data(data.boxed()), bytes.size());
    if (big_endian && el.size > 1)
        reverse_bytes(reinterpret_cast<unsigned char*>(bytes.data()), el.size, n);
    if (f && skip) {
        // Skip before each element (MATLAB's fwrite skip semantics).
        f->prepare(OpenFile::Direction::Write);
        for (size_t i = 0; i < n; ++i) {
            std::fseek(f->stream, static_cast<long>(skip), SEEK_CUR);
            std::fwrite(bytes.data() + i * el.size, 1, el.size, f->stream);
        }
    } else {
        TRY_VOID(write_to_fid(cx, fid, bytes));
    }
    outs[0] = Value::scalar(static_cast<double>(n));
    return {};
}

// ---- feof / ftell / fseek / frewind / ferror ----------------------------------------------

VoidResult feof_builtin(CallContext& cx, Args args, Outs outs)
{
    OpenFile* f = TRY(file_arg(cx, args[0]));
    outs[0] = Value::scalar(std::feof(f->stream) ? 1 : 0);
    return {};
}

VoidResult ftell_builtin(CallContext& cx, Args args, Outs outs)
{
    OpenFile* f = TRY(file_arg(cx, args[0]));
    outs[0] = Value::scalar(static_cast<double>(std::ftell(f->stream)));
    return {};
}

// status = fseek(fid, offset, origin): origin 'bof'/-1, 'cof'/0, 'eof'/1; 0 on success, -1 if
// the position would be before the start. Clears the end-of-file indicator.
VoidResult fseek_builtin(CallContext& cx, Args args, Outs outs)
{
    OpenFile* f = TRY(file_arg(cx, args[0]));
    double offset = TRY(scalar_arg(cx, args[1], "Offset"));
    int origin = SEEK_SET;
    if (args.size() > 2) {
        std::optional<int> o;
        if (auto t = char_text(args[2])) {
            std::string s = lower(*t);
            o = s == "bof" ? std::optional<int>(SEEK_SET) : s == "cof" ? std::optional<int>(SEEK_CUR) : s == "eof" ? std::optional<int>(SEEK_END) : std::nullopt;
        } else if (NumericView nv(args[2]); nv.valid() && nv.numel() == 1) {
            o = nv[0] == -1 ? std::optional<int>(SEEK_SET) : nv[0] == 0 ? std::optional<int>(SEEK_CUR) : nv[0] == 1 ? std::optional<int>(SEEK_END) : std::nullopt;
        }
        if (!o)
            return cx.error("MATLAB:fseek:invalidOrigin", "Invalid origin.");
        origin = *o;
    }
    f->last = OpenFile::Direction::None; // a seek is the repositioning C requires
    long target = static_cast<long>(offset);
    long base = origin == SEEK_SET ? 0 : origin == SEEK_CUR ? std::ftell(f->stream) : -1;
    if (origin == SEEK_END) {
        long here = std::ftell(f->stream);
        std::fseek(f->stream, 0, SEEK_END);
        base = std::ftell(f->stream);
        std::fseek(f->stream, here, SEEK_SET);
    }
    bool ok = base + target >= 0 && std::fseek(f->stream, base + target, SEEK_SET) == 0;
    outs[0] = Value::scalar(ok ? 0 : -1);
    return {};
}

VoidResult frewind_builtin(CallContext& cx, Args args, Outs outs)
{
    OpenFile* f = TRY(file_arg(cx, args[0]));
    f->last = OpenFile::Direction::None;
    std::rewind(f->stream);
    if (cx.nargout > 0)
        outs[0] = Value::scalar(0);
    return {};
}

// [message, errnum] = ferror(fid[, 'clear']): '' and 0 unless the stream is in error.
VoidResult ferror_builtin(CallContext& cx, Args args, Outs outs)
{
    OpenFile* f = TRY(file_arg(cx, args[0]));
    bool failed = std::ferror(f->stream) != 0;
    if (args.size() > 1)
        std::clearerr(f->stream);
    outs[0] = failed ? Value::char_row("Input/output error") : Value::char_row("");
    if (outs.size() > 1)
        outs[1] = Value::scalar(failed ? -1 : 0);
    return {};
}

// ---- fileread -----------------------------------------------------------------------------

// text = fileread(filename[, 'Encoding', enc]): the whole file as a char row (UTF-8 decoded).
VoidResult fileread_builtin(CallContext& cx, Args args, Outs outs)
{
    auto name = char_text(args[0]);
    if (!name)
        return cx.error("MATLAB:fileread:invalidInput", "Input must be a text scalar.");
    if (args.size() != 1 && args.size() != 3)
        return cx.error("MATLAB:fileread:invalidInput", "Invalid name-value argument: expected 'Encoding'.");
    std::error_code ec;
    errno = 0;
    std::FILE* f = fs::is_directory(*name, ec) ? nullptr : std::fopen(name->c_str(), "rb");
    if (!f) {
        std::string why = fs::is_directory(*name, ec) ? std::strerror(EISDIR) : std::strerror(errno ? errno : ENOENT);
        return cx.error("MATLAB:fileread:cannotOpenFile", "Could not open file " + *name + ". " + why + ".");
    }
    std::vector<unsigned char> bytes = read_elements(f, 1, INF, 0);
    std::fclose(f);
    std::string_view text(reinterpret_cast<char const*>(bytes.data()), bytes.size());
    outs[0] = text_value(text);
    return {};
}

} // namespace

void register_file_builtins(BuiltinTable& table)
{
    table.add({ .name = "fopen", .fn = fopen_builtin, .min_in = 1, .max_in = 4, .max_out = 4 });
    table.add({ .name = "fclose", .fn = fclose_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "fgetl", .fn = fgetl_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "fgets", .fn = fgets_builtin, .min_in = 1, .max_in = 2, .max_out = 2 });
    table.add({ .name = "fread", .fn = fread_builtin, .min_in = 1, .max_in = 5, .max_out = 2 });
    table.add({ .name = "fwrite", .fn = fwrite_builtin, .min_in = 2, .max_in = 5, .max_out = 1 });
    table.add({ .name = "feof", .fn = feof_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "ftell", .fn = ftell_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "fseek", .fn = fseek_builtin, .min_in = 2, .max_in = 3, .max_out = 1 });
    table.add({ .name = "frewind", .fn = frewind_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "ferror", .fn = ferror_builtin, .min_in = 1, .max_in = 2, .max_out = 2 });
    table.add({ .name = "fileread", .fn = fileread_builtin, .min_in = 1, .max_in = 3, .max_out = 1 });
    register_path_builtins(table);
}

} // namespace runmat::runtime
