// MException values: construction and field access.
#include "runtime/mexception.hpp"
#include "runtime/format.hpp"
#include <algorithm>

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

namespace {

// Rows of text as a char matrix padded with blanks (MATLAB's char({...})).
Value char_rows(std::vector<std::string> const& rows)
{
    if (rows.empty())
        return Value::object(make_ref<CharArray>(Dims(0, 0)));
    size_t width = 0;
    for (auto const& r : rows)
        width = std::max(width, r.size());
    auto a = make_ref<CharArray>(Dims(rows.size(), width), u' ');
    for (size_t i = 0; i < rows.size(); ++i)
        for (size_t j = 0; j < rows[i].size(); ++j)
            a->data()[i + j * rows.size()] = static_cast<unsigned char>(rows[i][j]);
    return make_char(std::move(a));
}

} // namespace

Result<Value> mexception_field(MException const& ex, std::string_view field)
{
    RuntimeError const& e = ex.error;
    if (field == "identifier")
        return Value::char_row(e.identifier);
    if (field == "message")
        return Value::char_row(e.message);
    if (field == "stack") {
        std::vector<std::string> rows;
        for (auto const& s : e.stack)
            rows.push_back(s.name + " (" + s.file + ":" + std::to_string(s.line) + ")");
        return char_rows(rows);
    }
    return make_error("MATLAB:noSuchMethodOrField",
        "Unrecognized method, property, or field '" + std::string(field) + "' for class 'MException'.");
}

namespace {

Result<std::string> char_arg(CallContext const& cx, Value const& v)
{
    if (auto* c = v.as_char_array())
        return c->to_utf8();
    return cx.error("MATLAB:" + std::string(cx.name) + ":invalidInput", "Input must be a character vector.");
}

MException const* exception_arg(CallContext const& cx, Value const& v)
{
    return as_mexception(v);
}

// ME = MException(errID, msg, A1, ..., An): the message is sprintf(msg, A1, ..., An).
VoidResult mexception_builtin(CallContext& cx, Args args, Outs outs)
{
    RuntimeError e;
    e.identifier = TRY(char_arg(cx, args[0]));
    std::string fmt = TRY(char_arg(cx, args[1]));
    e.message = TRY(format_printf(fmt, args.subspan(2)));
    outs[0] = make_mexception(std::move(e));
    return {};
}

// throw(ME): raise ME with a fresh stack (the throw site's).
VoidResult throw_builtin(CallContext& cx, Args args, Outs)
{
    MException const* ex = exception_arg(cx, args[0]);
    if (!ex)
        return cx.error("MATLAB:throw:invalidInput", "Input must be an MException object.");
    RuntimeError e = ex->error;
    e.stack.clear();
    return e;
}

// rethrow(ME): raise ME unchanged (its original stack).
VoidResult rethrow_builtin(CallContext& cx, Args args, Outs)
{
    MException const* ex = exception_arg(cx, args[0]);
    if (!ex)
        return cx.error("MATLAB:rethrow:invalidInput", "Input must be an MException object.");
    return ex->error;
}

VoidResult get_report_builtin(CallContext& cx, Args args, Outs outs)
{
    MException const* ex = exception_arg(cx, args[0]);
    if (!ex)
        return cx.error("MATLAB:getReport:invalidInput", "Input must be an MException object.");
    std::string text;
    if (!ex->error.raised_by.empty())
        text += "Error using " + ex->error.raised_by + "\n";
    text += ex->error.message;
    outs[0] = Value::char_row(text);
    return {};
}

} // namespace

void register_mexception_builtins(BuiltinTable& table)
{
    table.add({ .name = "MException", .fn = mexception_builtin, .min_in = 2, .max_in = -1, .max_out = 1 });
    table.add({ .name = "throw", .fn = throw_builtin, .min_in = 1, .max_in = 1, .max_out = 0 });
    table.add({ .name = "rethrow", .fn = rethrow_builtin, .min_in = 1, .max_in = 1, .max_out = 0 });
    table.add({ .name = "getReport", .fn = get_report_builtin, .min_in = 1, .max_in = -1, .max_out = 1 });
}

} // namespace runmat::runtime
