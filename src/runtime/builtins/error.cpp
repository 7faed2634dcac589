// Raising errors and warnings from MATLAB code: error, warning, lastwarn, lasterr, assert,
// the MException functions (MException, throw, rethrow, throwAsCaller, getReport, addCause)
// and narginchk/nargoutchk. Message formatting goes through runtime/format.cpp; printing a
// warning through emit_warning (builtin.hpp), which honours warning('off', id). The VM gives
// raised errors their stack and, for error/throw/narginchk, names the calling function.
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/format.hpp"
#include "runtime/mexception.hpp"
#include <cmath>

namespace runmat::runtime {

namespace {

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

// error(msg), error(fmt, A...), error(id, fmt, A...), error(errorStruct), error(ME). An empty
// message raises nothing. The error is not attributed to `error` itself: the VM names the
// calling function.
VoidResult error_builtin(CallContext& cx, Args args, Outs)
{
    if (auto const* ex = as_mexception(args[0]); ex && args.size() == 1)
        return ex->error;
    if (auto const* s = as_struct(args[0]); s && args.size() == 1) {
        if (s->numel() == 0)
            return {};
        if (s->numel() != 1)
            return cx.error("MATLAB:error:invalidStructInput", "Error structure must be a scalar.");
        RuntimeError e;
        TRY_VOID(error_from_struct(*s, e));
        if (e.message.empty())
            return {};
        return e;
    }
    Message m = TRY(message_of(cx, args));
    if (m.text.empty())
        return {};
    return make_error(std::move(m.id), std::move(m.text));
}

// [msg, id] = lasterr; lasterr(msg) / lasterr(msg, id) set them (returning the old ones).
// The VM records every raised error, caught or not.
VoidResult lasterr_builtin(CallContext& cx, Args args, Outs outs)
{
    RuntimeState& st = cx.state;
    std::string msg = st.last_error_msg, id = st.last_error_id;
    if (!args.empty()) {
        st.last_error_msg = TRY(text_of(cx, args[0]));
        st.last_error_id = args.size() > 1 ? TRY(text_of(cx, args[1])) : std::string();
    }
    outs[0] = Value::char_row(msg);
    if (outs.size() > 1)
        outs[1] = Value::char_row(id);
    return {};
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

// ---- MException --------------------------------------------------------------------------

Result<MException const*> exception_arg(CallContext const& cx, Value const& v)
{
    if (auto const* ex = as_mexception(v))
        return ex;
    return cx.error("MATLAB:" + std::string(cx.name) + ":invalidInput", "Input must be an MException object.");
}

// ME = MException(errID, msg, A1, ..., An): msg is a sprintf format for A1..An (escapes are
// processed even without arguments). errID must be a message identifier.
VoidResult mexception_builtin(CallContext& cx, Args args, Outs outs)
{
    std::optional<std::string> id = char_text(args[0]);
    if (!id || !is_message_id(*id))
        return cx.error("MATLAB:MException:invalidIdentifier",
            "The first argument must be a valid message identifier, such as 'component:mnemonic'.");
    std::optional<std::string> fmt = char_text(args[1]);
    if (!fmt)
        return cx.error("MATLAB:MException:invalidMessage", "The message must be a character vector or string scalar.");
    RuntimeError e;
    e.identifier = std::move(*id);
    e.message = TRY(format_printf(*fmt, args.subspan(2)));
    outs[0] = make_mexception(std::move(e));
    return {};
}

// throw(ME): raise ME with the throw site's stack (the VM fills it in).
VoidResult throw_builtin(CallContext& cx, Args args, Outs)
{
    RuntimeError e = TRY(exception_arg(cx, args[0]))->error;
    e.stack.clear();
    e.raised_by.clear();
    return e;
}

// rethrow(ME): raise ME unchanged, keeping its original stack. rethrow(errorStruct): the
// legacy form (fields message, identifier, stack).
VoidResult rethrow_builtin(CallContext& cx, Args args, Outs)
{
    if (auto const* s = as_struct(args[0]); s && s->numel() == 1) {
        RuntimeError e;
        TRY_VOID(error_from_struct(*s, e));
        return e;
    }
    return TRY(exception_arg(cx, args[0]))->error;
}

// throwAsCaller(ME): raise ME as if the calling function's caller raised it (the VM drops
// the calling frame from the stack and names its caller).
VoidResult throw_as_caller_builtin(CallContext& cx, Args args, Outs)
{
    RuntimeError e = TRY(exception_arg(cx, args[0]))->error;
    e.stack.clear();
    e.raised_by.clear();
    return e;
}

// getReport(ME), getReport(ME, type, 'hyperlinks', value): MATLAB's report without the stack
// lines: "Error using NAME\nmessage", or just the message for errors raised by script code
// or never thrown.
VoidResult get_report_builtin(CallContext& cx, Args args, Outs outs)
{
    MException const* ex = TRY(exception_arg(cx, args[0]));
    for (size_t i = 1; i < args.size(); ++i)
        if (!char_text(args[i]))
            return cx.error("MATLAB:getReport:invalidInput", "Options must be character vectors.");
    outs[0] = Value::char_row(mexception_report(ex->error));
    return {};
}

// ME = addCause(ME, causeME): ME with causeME appended to its cause list.
VoidResult add_cause_builtin(CallContext& cx, Args args, Outs outs)
{
    MException const* base = TRY(exception_arg(cx, args[0]));
    MException const* cause = TRY(exception_arg(cx, args[1]));
    RuntimeError e = base->error;
    e.causes.push_back(cause->error);
    outs[0] = make_mexception(std::move(e));
    return {};
}

// ---- narginchk / nargoutchk ------------------------------------------------------------------

struct CountRange {
    double min = 0;
    double max = 0;
};

// narginchk(minArgs, maxArgs) bounds: integer scalars, maxArgs may be Inf, min <= max.
Result<CountRange> count_range(CallContext const& cx, Args args)
{
    std::string base = "MATLAB:" + std::string(cx.name);
    CountRange r;
    NumericView lo(args[0]), hi(args[1]);
    if (!lo.valid() || lo.numel() != 1 || lo[0] != std::floor(lo[0]) || !std::isfinite(lo[0]))
        return cx.error(base + ":invalidMin", "The minimum number of arguments must be a finite integer scalar.");
    if (!hi.valid() || hi.numel() != 1 || (hi[0] != std::floor(hi[0]) && !std::isinf(hi[0])))
        return cx.error(base + ":invalidMax", "The maximum number of arguments must be an integer scalar or Inf.");
    r.min = lo[0];
    r.max = hi[0];
    if (r.min > r.max)
        return cx.error(base + ":invalidMinMax", "The minimum number of arguments must not exceed the maximum.");
    return r;
}

// narginchk(minArgs, maxArgs): the calling function's nargin must lie in [minArgs, maxArgs].
// The error is the caller's ("Error using f"), as MATLAB's narginchk throws it as the caller.
VoidResult narginchk_builtin(CallContext& cx, Args args, Outs)
{
    CountRange r = TRY(count_range(cx, args));
    if (!cx.caller_nargin)
        return cx.error("MATLAB:nargin:notInFunction", "You can only call nargin from within a MATLAB function.");
    double n = *cx.caller_nargin;
    if (n < r.min)
        return make_error("MATLAB:narginchk:notEnoughInputs", "Not enough input arguments.");
    if (n > r.max)
        return make_error("MATLAB:narginchk:tooManyInputs", "Too many input arguments.");
    return {};
}

// nargoutchk(minArgs, maxArgs): the same for the calling function's nargout.
VoidResult nargoutchk_builtin(CallContext& cx, Args args, Outs)
{
    CountRange r = TRY(count_range(cx, args));
    if (!cx.caller_nargout)
        return cx.error("MATLAB:nargout:notInFunction", "You can only call nargout from within a MATLAB function.");
    double n = *cx.caller_nargout;
    if (n < r.min)
        return make_error("MATLAB:nargoutchk:notEnoughOutputs", "Not enough output arguments.");
    if (n > r.max)
        return make_error("MATLAB:nargoutchk:tooManyOutputs", "Too many output arguments.");
    return {};
}

} // namespace

void register_error_builtins(BuiltinTable& table)
{
    table.add({ .name = "error", .fn = error_builtin, .min_in = 1, .max_in = -1, .max_out = 0 });
    table.add({ .name = "warning", .fn = warning_builtin, .min_in = 0, .max_in = -1, .max_out = 0 });
    table.add({ .name = "lastwarn", .fn = lastwarn_builtin, .min_in = 0, .max_in = 2, .max_out = 2 });
    table.add({ .name = "assert", .fn = assert_builtin, .min_in = 1, .max_in = -1, .max_out = 0 });
    table.add({ .name = "lasterr", .fn = lasterr_builtin, .min_in = 0, .max_in = 2, .max_out = 2 });
    table.add({ .name = "MException", .fn = mexception_builtin, .min_in = 2, .max_in = -1, .max_out = 1 });
    table.add({ .name = "throw", .fn = throw_builtin, .min_in = 1, .max_in = 1, .max_out = 0 });
    table.add({ .name = "rethrow", .fn = rethrow_builtin, .min_in = 1, .max_in = 1, .max_out = 0 });
    table.add({ .name = "throwAsCaller", .fn = throw_as_caller_builtin, .min_in = 1, .max_in = 1, .max_out = 0 });
    table.add({ .name = "getReport", .fn = get_report_builtin, .min_in = 1, .max_in = 4, .max_out = 1 });
    table.add({ .name = "addCause", .fn = add_cause_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    table.add({ .name = "narginchk", .fn = narginchk_builtin, .min_in = 2, .max_in = 2, .max_out = 0 });
    table.add({ .name = "nargoutchk", .fn = nargoutchk_builtin, .min_in = 2, .max_in = 2, .max_out = 0 });
}

} // namespace runmat::runtime
