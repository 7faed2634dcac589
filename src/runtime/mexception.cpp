// MException values: properties, display, and the legacy error struct.
#include "runtime/mexception.hpp"
#include "runtime/array_util.hpp"
#include <cctype>

namespace runmat::runtime {

Value make_mexception(RuntimeError e)
{
    return Value::object(make_ref<MException>(std::move(e)));
}

MException const* as_mexception(Value const& v)
{
    if (!v.is_object() || v.obj()->class_id() != ClassId::Object)
        return nullptr;
    return dynamic_cast<MException const*>(v.obj());
}

bool is_message_id(std::string_view s)
{
    size_t colons = 0;
    bool at_start = true;
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (c == ':') {
            if (at_start)
                return false;
            ++colons;
            at_start = true;
        } else if (at_start ? !std::isalpha(u) : !(std::isalnum(u) || c == '_' || c == '-')) {
            return false;
        } else {
            at_start = false;
        }
    }
    return colons > 0 && !at_start;
}

namespace {

// A frame's name as MATLAB reports it: a script's frame is the script's name ("main", not
// the "main.m" the VM's chunk carries).
std::string frame_name(std::string const& name)
{
    constexpr std::string_view EXT = ".m";
    if (name.size() > EXT.size() && name.compare(name.size() - EXT.size(), EXT.size(), EXT) == 0)
        return name.substr(0, name.size() - EXT.size());
    return name;
}

} // namespace

Value stack_struct(std::vector<StackEntry> const& stack)
{
    auto s = make_ref<StructArray>(Dims(stack.size(), 1));
    size_t file = s->add_field("file"), name = s->add_field("name"), line = s->add_field("line");
    for (size_t i = 0; i < stack.size(); ++i) {
        s->at(i, file) = Value::char_row(stack[i].file);
        s->at(i, name) = Value::char_row(frame_name(stack[i].name));
        s->at(i, line) = Value::scalar(stack[i].line);
    }
    return Value::object(std::move(s));
}

namespace {

// ME.cause: an Nx1 cell of MException objects ({} when there are none).
Value cause_cell(RuntimeError const& e)
{
    if (e.causes.empty())
        return Value::object(make_ref<CellArray>(Dims(0, 0)));
    auto c = make_ref<CellArray>(Dims(e.causes.size(), 1));
    for (size_t i = 0; i < e.causes.size(); ++i)
        c->data()[i] = make_mexception(e.causes[i]);
    return Value::object(std::move(c));
}

constexpr std::string_view TIMES = "\xC3\x97"; // U+00D7

std::string column_size(size_t n) { return std::to_string(n) + std::string(TIMES) + "1"; }

// How the cause property shows: "{}", "{[1×1 MException]}", "{3×1 cell}".
std::string cause_text(RuntimeError const& e)
{
    size_t n = e.causes.size();
    if (n == 0)
        return "{}";
    if (n == 1)
        return "{[1" + std::string(TIMES) + "1 MException]}";
    return "{" + column_size(n) + " cell}";
}

Result<std::string> text_field(StructArray const& s, size_t f, std::string_view what)
{
    Value const& v = s.at(0, f);
    if (v.is_empty() && v.class_id() == ClassId::Double)
        return std::string();
    if (auto t = char_text(v))
        return *t;
    return make_error("MATLAB:error:invalidStructField",
        "The " + std::string(what) + " field of the error structure must be a character vector.");
}

// The stack field of an error struct: a struct array with file, name and line fields.
Result<std::vector<StackEntry>> stack_from(Value const& v)
{
    std::vector<StackEntry> out;
    if (v.is_empty())
        return out;
    StructArray const* s = as_struct(v);
    if (!s)
        return make_error("MATLAB:error:invalidStackField", "The stack field of the error structure must be a struct.");
    auto file = s->field_index("file"), name = s->field_index("name"), line = s->field_index("line");
    for (size_t i = 0; i < s->numel(); ++i) {
        StackEntry e;
        if (file)
            e.file = char_text(s->at(i, *file)).value_or("");
        if (name)
            e.name = char_text(s->at(i, *name)).value_or("");
        if (line && s->at(i, *line).is_num())
            e.line = static_cast<uint32_t>(s->at(i, *line).num());
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace

Result<Value> mexception_field(MException const& ex, std::string_view field)
{
    RuntimeError const& e = ex.error;
    if (field == "identifier")
        return Value::char_row(e.identifier);
    if (field == "message")
        return Value::char_row(e.message);
    if (field == "stack")
        return stack_struct(e.stack);
    if (field == "cause")
        return cause_cell(e);
    if (field == "Correction")
        return Value::empty();
    return make_error("MATLAB:noSuchMethodOrField",
        "Unrecognized method, property, or field '" + std::string(field) + "' for class 'MException'.");
}

std::string mexception_report(RuntimeError const& e)
{
    if (e.raised_by.empty())
        return e.message;
    return "Error using " + e.raised_by + "\n" + e.message;
}

std::optional<Result<Value>> MException::get_property(Value const&, std::string_view name) const
{
    return mexception_field(*this, name);
}

bool MException::has_method(std::string_view name) const
{
    return name == "getReport" || name == "addCause" || name == "throw" || name == "rethrow";
}

std::optional<Result<std::vector<Value>>> MException::call_method(Value const&, std::string_view name, std::span<Value const> args, int)
{
    using Out = Result<std::vector<Value>>;
    if (name == "getReport")
        return Out(std::vector<Value> { Value::char_row(mexception_report(error)) });
    if (name == "addCause") {
        MException const* cause = args.size() == 1 ? as_mexception(args[0]) : nullptr;
        if (!cause)
            return Out(make_error("MATLAB:addCause:invalidInput", "Input must be an MException object."));
        RuntimeError e = error;
        e.causes.push_back(cause->error);
        return Out(std::vector<Value> { make_mexception(std::move(e)) });
    }
    if (name == "throw" || name == "rethrow") {
        RuntimeError e = error;
        if (name == "throw") {
            e.stack.clear(); // the VM records the throw site
            e.raised_by.clear();
        }
        return Out(std::move(e));
    }
    return std::nullopt;
}

std::string MException::display_body(bool compact) const
{
    std::string out = "  MException with properties:\n";
    if (!compact)
        out += '\n';
    out += "    identifier: '" + error.identifier + "'\n";
    out += "       message: '" + error.message + "'\n";
    out += "         cause: " + cause_text(error) + "\n";
    out += "         stack: [" + column_size(error.stack.size()) + " struct]\n";
    out += "    Correction: []\n";
    return out;
}

VoidResult error_from_struct(StructArray const& s, RuntimeError& out)
{
    out = RuntimeError();
    if (auto f = s.field_index("message"))
        out.message = TRY(text_field(s, *f, "message"));
    if (auto f = s.field_index("identifier"))
        out.identifier = TRY(text_field(s, *f, "identifier"));
    if (auto f = s.field_index("stack"))
        out.stack = TRY(stack_from(s.at(0, *f)));
    return {};
}

} // namespace runmat::runtime
