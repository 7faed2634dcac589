// Path and filesystem builtins: fullfile fileparts filesep pathsep tempdir tempname isfile
// isfolder mkdir rmdir delete. POSIX paths ('/' separators); the filesystem is reached through
// std::filesystem, warnings through emit_warning. Knows nothing of open files (files.cpp).
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/text_util.hpp"
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <system_error>
#include <vector>

namespace runmat::runtime {

namespace {

namespace fs = std::filesystem;

Value text_value(std::string_view utf8) { return text::char_row(text::from_utf8(utf8)); }

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

// A text argument: a char row (or ''), else MATLAB's "must be text" error naming `what`.
Result<std::string> text_arg(CallContext& cx, Value const& v, char const* what)
{
    if (auto t = char_text(v))
        return *t;
    return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidInput",
        std::string(what) + " must be a character vector or string scalar.");
}

// The names in a text argument: one for a char row, one per cell for a cellstr (with the
// cell's shape); nullopt for anything else.
std::optional<std::vector<std::string>> names_of(Value const& v, Dims& shape)
{
    if (auto t = char_text(v)) {
        shape = Dims(1, 1);
        return std::vector<std::string> { *t };
    }
    auto* c = text::as_cell(v);
    if (!c)
        return std::nullopt;
    std::vector<std::string> out;
    for (size_t i = 0; i < c->numel(); ++i) {
        auto t = char_text(c->data()[i]);
        if (!t)
            return std::nullopt;
        out.push_back(*t);
    }
    shape = c->shape();
    return out;
}

// ---- fullfile / fileparts / filesep -------------------------------------------------------

// Join non-empty parts with '/' and collapse repeated separators (MATLAB's fullfile: a
// trailing separator on the last part is kept).
std::string join_parts(std::vector<std::string> const& parts)
{
    std::string joined;
    for (auto const& p : parts) {
        if (p.empty())
            continue;
        if (!joined.empty())
            joined += '/';
        joined += p;
    }
    std::string out;
    for (char c : joined)
        if (!(c == '/' && !out.empty() && out.back() == '/'))
            out += c;
    return out;
}

// f = fullfile(part1, ..., partN): char parts give a char row; a cellstr part gives a cell of
// the same shape, one path per element (the char parts shared).
VoidResult fullfile_builtin(CallContext& cx, Args args, Outs outs)
{
    std::vector<std::vector<std::string>> parts;
    std::optional<Dims> cell_shape;
    for (Value const& a : args) {
        Dims shape;
        auto names = names_of(a, shape);
        if (!names)
            return cx.error("MATLAB:fullfile:NotCellstrOrString", "All inputs must be strings, character vectors, or cell arrays of character vectors.");
        if (text::as_cell(a)) {
            if (cell_shape && *cell_shape != shape)
                return cx.error("MATLAB:fullfile:CellstrSizeMismatch", "All cell array inputs must be the same size.");
            cell_shape = shape;
        }
        parts.push_back(std::move(*names));
    }
    size_t n = cell_shape ? cell_shape->numel() : 1;
    std::vector<Value> out;
    for (size_t i = 0; i < n; ++i) {
        std::vector<std::string> one;
        for (auto const& p : parts)
            one.push_back(p[p.size() == 1 ? 0 : i]); // char parts repeat
        out.push_back(text_value(join_parts(one)));
    }
    outs[0] = cell_shape ? text::cell_from(*cell_shape, std::move(out)) : std::move(out[0]);
    return {};
}

// [filepath, name, ext] = fileparts(file): the folder before the last '/' ('/' for a file at
// the root), the name, and the extension from the name's last '.' (MATLAB's fileparts).
VoidResult fileparts_builtin(CallContext& cx, Args args, Outs outs)
{
    std::string file = TRY(text_arg(cx, args[0], "Input"));
    std::string path, name = file, ext;
    bool has_path = false;
    if (size_t slash = file.rfind('/'); slash != std::string::npos) {
        path = slash == 0 ? "/" : file.substr(0, slash);
        name = file.substr(slash + 1);
        has_path = true;
    }
    bool has_ext = false;
    if (size_t dot = name.rfind('.'); dot != std::string::npos) {
        ext = name.substr(dot);
        name.erase(dot);
        has_ext = true;
    }
    // Parts cut out of the input are 1x0 when empty; parts never assigned stay ''.
    auto part = [](std::string const& s, bool cut) {
        return s.empty() && cut ? text::char_row(u"", text::EmptyShape::OneByZero) : text_value(s);
    };
    outs[0] = part(path, has_path);
    if (outs.size() > 1)
        outs[1] = part(name, !file.empty());
    if (outs.size() > 2)
        outs[2] = part(ext, has_ext);
    return {};
}

VoidResult filesep_builtin(CallContext&, Args, Outs outs)
{
    outs[0] = Value::char_row("/");
    return {};
}

VoidResult pathsep_builtin(CallContext&, Args, Outs outs)
{
    outs[0] = Value::char_row(":");
    return {};
}

// ---- tempdir / tempname -------------------------------------------------------------------

std::string temp_folder()
{
    char const* env = std::getenv("TMPDIR");
    std::string d = env && *env ? env : "/tmp";
    if (d.back() != '/')
        d += '/';
    return d;
}

VoidResult tempdir_builtin(CallContext&, Args, Outs outs)
{
    outs[0] = text_value(temp_folder());
    return {};
}

// tempname / tempname(folder): 'tp' and a random UUID with '_' for '-', in tempdir.
VoidResult tempname_builtin(CallContext& cx, Args args, Outs outs)
{
    std::string folder = args.empty() ? temp_folder() : TRY(text_arg(cx, args[0], "Folder"));
    static thread_local std::mt19937_64 gen { std::random_device {}() };
    uint64_t hi = gen(), lo = gen();
    hi = (hi & ~uint64_t(0xF000)) | 0x4000;                   // version 4
    lo = (lo & ~(uint64_t(3) << 62)) | (uint64_t(2) << 62); // variant 1
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x_%04x_%04x_%04x_%012llx", static_cast<unsigned>(hi >> 32),
        static_cast<unsigned>((hi >> 16) & 0xFFFF), static_cast<unsigned>(hi & 0xFFFF),
        static_cast<unsigned>(lo >> 48), static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFull));
    outs[0] = text_value(join_parts({ folder, std::string("tp") + buf }));
    return {};
}

// ---- isfile / isfolder --------------------------------------------------------------------

VoidResult is_kind(CallContext& cx, Args args, Outs outs, bool folder)
{
    Dims shape;
    auto names = names_of(args[0], shape);
    if (!names)
        return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidInput",
            "Input must be a string array, character vector, or cell array of character vectors.");
    auto out = new_logical(shape);
    for (size_t i = 0; i < names->size(); ++i) {
        std::error_code ec;
        auto st = fs::status((*names)[i], ec);
        out->data()[i] = folder ? fs::is_directory(st) : fs::exists(st) && !fs::is_directory(st);
    }
    outs[0] = make_logical(std::move(out));
    return {};
}

VoidResult isfile_builtin(CallContext& cx, Args args, Outs outs) { return is_kind(cx, args, outs, false); }
VoidResult isfolder_builtin(CallContext& cx, Args args, Outs outs) { return is_kind(cx, args, outs, true); }

// ---- mkdir / rmdir ------------------------------------------------------------------------

// [status, msg, msgID] outputs of mkdir/rmdir. Without outputs, a failure is an error and a
// message on success (folder exists) a warning.
VoidResult status_outputs(CallContext& cx, Outs outs, bool ok, std::string const& msg, std::string const& id)
{
    if (cx.nargout == 0) {
        if (!ok)
            return cx.error(id, msg);
        if (!msg.empty())
            warn(cx, id, msg);
        return {};
    }
    outs[0] = Value::logical(ok);
    if (outs.size() > 1)
        outs[1] = Value::char_row(msg);
    if (outs.size() > 2)
        outs[2] = Value::char_row(id);
    return {};
}

// mkdir(folder) / mkdir(parent, folder): creates intermediate folders too.
VoidResult mkdir_builtin(CallContext& cx, Args args, Outs outs)
{
    std::string folder = TRY(text_arg(cx, args[0], "Folder name"));
    if (args.size() > 1)
        folder = join_parts({ folder, TRY(text_arg(cx, args[1], "Folder name")) });
    std::error_code ec;
    if (fs::is_directory(folder, ec))
        return status_outputs(cx, outs, true, "Directory already exists.", "MATLAB:MKDIR:DirectoryExists");
    fs::create_directories(folder, ec);
    if (ec)
        return status_outputs(cx, outs, false, ec.message() + ".", "MATLAB:MKDIR:OSError");
    return status_outputs(cx, outs, true, "", "");
}

// rmdir(folder) removes an empty folder; rmdir(folder, 's') the whole tree.
VoidResult rmdir_builtin(CallContext& cx, Args args, Outs outs)
{
    std::string folder = TRY(text_arg(cx, args[0], "Folder name"));
    bool recursive = false;
    if (args.size() > 1) {
        auto s = char_text(args[1]);
        if (!s || (*s != "s" && *s != "S"))
            return cx.error("MATLAB:RMDIR:InvalidInput", "The second input must be 's'.");
        recursive = true;
    }
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return status_outputs(cx, outs, false, folder + " is not a directory.", "MATLAB:RMDIR:NotADirectory");
    if (recursive)
        fs::remove_all(folder, ec);
    else
        fs::remove(folder, ec);
    if (ec)
        return status_outputs(cx, outs, false, "No directories were removed.", "MATLAB:RMDIR:NoDirectoriesRemoved");
    return status_outputs(cx, outs, true, "", "");
}

// ---- delete -------------------------------------------------------------------------------

// '*' and '?' wildcards in a file name (not in folder names).
bool wildcard_match(std::string_view pat, std::string_view s)
{
    size_t p = 0, i = 0, star = std::string_view::npos, mark = 0;
    while (i < s.size()) {
        if (p < pat.size() && (pat[p] == '?' || pat[p] == s[i])) {
            ++p;
            ++i;
        } else if (p < pat.size() && pat[p] == '*') {
            star = p++;
            mark = i;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            i = ++mark;
        } else {
            return false;
        }
    }
    while (p < pat.size() && pat[p] == '*')
        ++p;
    return p == pat.size();
}

// The files a delete argument names: itself, or the matches of a wildcard file name.
std::vector<fs::path> expand(std::string const& name)
{
    fs::path p(name);
    std::string leaf = p.filename().string();
    if (leaf.find_first_of("*?") == std::string::npos)
        return { p };
    std::vector<fs::path> out;
    std::error_code ec;
    fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
        if (!it->is_directory() && wildcard_match(leaf, it->path().filename().string()))
            out.push_back(p.has_parent_path() ? dir / it->path().filename() : it->path().filename());
    return out;
}

// delete(file1, ..., fileN): a name that matches nothing warns "File 'x' not found.".
VoidResult delete_builtin(CallContext& cx, Args args, Outs)
{
    for (Value const& a : args) {
        std::string name = TRY(text_arg(cx, a, "File name"));
        auto files = expand(name);
        bool removed = false;
        for (auto const& f : files) {
            std::error_code ec;
            if (fs::is_regular_file(f, ec) || fs::is_symlink(f, ec))
                removed = fs::remove(f, ec) || removed;
            else if (fs::is_directory(f, ec))
                warn(cx, "MATLAB:DELETE:Permission", "'" + name + "' is a directory. Use rmdir to remove it.");
        }
        if (!removed && (files.empty() || !fs::exists(files[0])))
            warn(cx, "MATLAB:DELETE:FileNotFound", "File '" + name + "' not found.");
    }
    return {};
}

} // namespace

void register_path_builtins(BuiltinTable& table)
{
    table.add({ .name = "fullfile", .fn = fullfile_builtin, .min_in = 1, .max_in = -1, .max_out = 1 });
    table.add({ .name = "fileparts", .fn = fileparts_builtin, .min_in = 1, .max_in = 1, .max_out = 3 });
    table.add({ .name = "filesep", .fn = filesep_builtin, .min_in = 0, .max_in = 0, .max_out = 1 });
    table.add({ .name = "pathsep", .fn = pathsep_builtin, .min_in = 0, .max_in = 0, .max_out = 1 });
    table.add({ .name = "tempdir", .fn = tempdir_builtin, .min_in = 0, .max_in = 0, .max_out = 1 });
    table.add({ .name = "tempname", .fn = tempname_builtin, .min_in = 0, .max_in = 1, .max_out = 1 });
    table.add({ .name = "isfile", .fn = isfile_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "isfolder", .fn = isfolder_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    table.add({ .name = "mkdir", .fn = mkdir_builtin, .min_in = 1, .max_in = 2, .max_out = 3 });
    table.add({ .name = "rmdir", .fn = rmdir_builtin, .min_in = 1, .max_in = 2, .max_out = 3 });
    table.add({ .name = "delete", .fn = delete_builtin, .min_in = 1, .max_in = -1, .max_out = 0 });
}

} // namespace runmat::runtime
