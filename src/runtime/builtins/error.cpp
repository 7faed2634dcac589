// Raising errors and warnings from MATLAB code: error, warning, lastwarn, assert.
// Message formatting goes through runtime/format.cpp; printing a warning through
// emit_warning (builtin.hpp), which honours warning('off', id).
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/format.hpp"
#include <cctype>

namespace runmat::runtime {

namespace {

bool is_ident_start(char c) { return std::isalpha(static_cast<unsigned char>(c)); }
bool is_ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }

// MATLAB message identifiers: two or more components separated by ':', each starting with a
// letter ("MATLAB:badsubscript", "myPkg:io:notFound"). Text with blanks or '%' is a message.
bool is_message_id(std::string_view s)
{
    size_t colons = 0;
    bool at_start = true;
    for (char c : s) {
        if (c == ':') {
            if (at_start)
                return false;
            ++colons;
            at_start = true;
        } else if (at_start ? !is_ident_start(c) : !is_ident_char(c)) {
            return false;
        } else {
            at_start = false;
        }
    }
    return colons > 0 && !at_start;
}

Result<std::string> text_of(CallContext const& cx, Value const& v)
{
    if (auto* c = v.as_char_array())
        return c->to_utf8();
    return cx.error("MATLAB:" + std::string(cx.name) + ":invalidInput",
        "Input must be a character vector.");
}

struct Message {
    std::string id;
    std::string text;
};

// The (id, message) of error/warning/assert arguments: a single argument is the message taken
// literally (no escapes, no '%' processing); with more, the first is an identifier if it looks
// like one and the next is a sprintf format for the rest.
Result<Message> message_of(CallContext const& cx, Args args)
{
    Message m;
    std::string first = TRY(text_of(cx, args[0]));
    if (args.size() == 1) {
        m.text = std::move(first);
        return m;
    }
    if (is_message_id(first)) {
        m.id = std::move(first);
        std::string fmt = TRY(text_of(cx, args[1]));
        m.text = TRY(format_printf(fmt, args.subspan(2)));
        return m;
    }
    m.text = TRY(format_printf(first, args.subspan(1)));
    return m;
}

// error(msg), error(fmt, A...), error(id, fmt, A...). An empty message raises nothing. The
// error is not attributed to `error` itself: the VM names the calling function.
VoidResult error_builtin(CallContext& cx, Args args, Outs)
{
    Message m = TRY(message_of(cx, args));
    if (m.text.empty())
        return {};
    return make_error(std::move(m.id), std::move(m.text));
}

// Turns warnings on or off: warning('off', id), warning('on', 'all'), warning off.
void set_warning_state(RuntimeState& state, std::string const& id, bool on)
{
    if (id == "all") {
        state.warning_enabled.clear();
        state.warning_enabled["all"] = on;
        return;
    }
    state.warning_enabled[id] = on;
}

// Prints through emit_warning with this call's session made active if the VM has not.
void warn(CallContext& cx, Message const& m)
{
    ActiveSession& s = active_session();
    ActiveSession saved = s;
    if (!s.env) {
        s.env = &cx.env;
        s.state = &cx.state;
    }
    emit_warning(m.id, m.text);
    s = saved;
}

// warning(msg), warning(fmt, A...), warning(id, fmt, A...), warning('off'|'on', id),
// warning('query', id) (accepted, prints nothing).
VoidResult warning_builtin(CallContext& cx, Args args, Outs)
{
    if (args.empty())
        return {};
    std::string first = TRY(text_of(cx, args[0]));
    if (first == "off" || first == "on") {
        std::string id = args.size() > 1 ? TRY(text_of(cx, args[1])) : std::string("all");
        set_warning_state(cx.state, id, first == "on");
        return {};
    }
    if (first == "query")
        return {};
    Message m = TRY(message_of(cx, args));
    if (m.text.empty())
        return {};
    warn(cx, m);
    return {};
}

// [msg, id] = lastwarn; lastwarn(msg) / lastwarn(msg, id) set them (returning the old ones).
VoidResult lastwarn_builtin(CallContext& cx, Args args, Outs outs)
{
    RuntimeState& st = cx.state;
    std::string msg = st.last_warning_msg, id = st.last_warning_id;
    if (!args.empty()) {
        st.last_warning_msg = TRY(text_of(cx, args[0]));
        st.last_warning_id = args.size() > 1 ? TRY(text_of(cx, args[1])) : std::string();
    }
    outs[0] = Value::char_row(msg);
    if (outs.size() > 1)
        outs[1] = Value::char_row(id);
    return {};
}

// True when every element is nonzero and there is at least one (the `if` rule).
bool condition_holds(NumericView const& nv)
{
    if (nv.numel() == 0)
        return false;
    for (size_t i = 0; i < nv.numel(); ++i)
        if (nv[i] == 0 && nv.imag(i) == 0)
            return false;
    return true;
}

// assert(cond), assert(cond, msg), assert(cond, fmt, A...), assert(cond, id, fmt, A...).
VoidResult assert_builtin(CallContext& cx, Args args, Outs)
{
    NumericView nv(args[0]);
    if (!nv.valid())
        return cx.error("MATLAB:assertion:LogicalScalar", "Condition input must be a scalar logical.");
    if (condition_holds(nv))
        return {};
    if (args.size() == 1)
        return cx.error("MATLAB:assertion:failed", "Assertion failed.");
    Message m = TRY(message_of(cx, args.subspan(1)));
    return cx.error(std::move(m.id), std::move(m.text));
}

} // namespace

void register_error_builtins(BuiltinTable& table)
{
    table.add({ .name = "error", .fn = error_builtin, .min_in = 1, .max_in = -1, .max_out = 0 });
    table.add({ .name = "warning", .fn = warning_builtin, .min_in = 0, .max_in = -1, .max_out = 0 });
    table.add({ .name = "lastwarn", .fn = lastwarn_builtin, .min_in = 0, .max_in = 2, .max_out = 2 });
    table.add({ .name = "assert", .fn = assert_builtin, .min_in = 1, .max_in = -1, .max_out = 0 });
}

} // namespace runmat::runtime
