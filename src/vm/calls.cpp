// Calls by name (per-site caches), builtin calls (argument checks, suspension, native
// continuations), function handles and feval. User-function frames are pushed by push_user
// (interpreter.cpp); nothing here recurses on the C++ stack per MATLAB call.
#include "runtime/mexception.hpp"
#include "runtime/string_array.hpp"
#include "vm/vm.hpp"
#include <algorithm>

namespace runmat::vm {

using namespace bytecode;
using runtime::Value;

namespace {

RuntimeError undefined_function(std::string_view name)
{
    return make_error("MATLAB:UndefinedFunction", "Unrecognized function or variable '" + std::string(name) + "'.");
}

// A builtin is "standard" (eligible for a scalar fast path) when the session did not replace it.
bool is_standard_builtin(runtime::BuiltinSpec const& spec)
{
    runtime::BuiltinSpec const* std_spec = runtime::builtins().find(spec.name);
    return std_spec && std_spec->fn == spec.fn;
}

} // namespace

Result<Callee> Machine::resolve_in(Module* module, std::string_view name)
{
    if (module) {
        if (Function* f = module->local_function(name)) {
            Callee c;
            c.kind = Callee::Kind::User;
            c.fn = f;
            c.module = module->shared_from_this();
            return c;
        }
    }
    // Intrinsics: they need the VM (call user code, inspect or change the caller's frame).
    static constexpr std::pair<std::string_view, Callee::Kind> INTRINSICS[] = {
        { "feval", Callee::Kind::Feval }, { "nargin", Callee::Kind::NarginOf }, { "nargout", Callee::Kind::NargoutOf },
        { "clear", Callee::Kind::Clear }, { "clearvars", Callee::Kind::Clear }, { "str2func", Callee::Kind::Str2Func },
    };
    for (auto const& [iname, kind] : INTRINSICS) {
        if (name == iname) {
            Callee c;
            c.kind = kind;
            return c;
        }
    }
    return m_host.resolve_function(name);
}

Machine::Flow Machine::call_named(uint32_t const* pc)
{
    Frame& fr = m_frames.back();
    auto const& in = decode<op::Call>(pc);
    Function* caller = fr.fn;
    SiteCache& site = caller->sites[in.site];
    std::string const& name = caller->chunk->names[in.name];
    if (site.epoch != *m_epoch) {
        Result<Callee> r = resolve_in(caller->module, name);
        if (r.is_error())
            return raise_flow(r.release_error());
        site.set(r.release_value(), caller->module);
        site.epoch = *m_epoch;
        site.fast = nullptr;
        if (site.callee.kind == Callee::Kind::Builtin && is_standard_builtin(*site.callee.builtin))
            site.fast = scalar_fast_path(name, static_cast<int>(in.nargs));
    }
    CallInfo ci;
    ci.args = fr.base + in.args;
    ci.nargs = in.nargs;
    ci.dst = in.dst;
    ci.nout = in.nout == NOUT_FRAME ? fr.nout : in.nout;
    ci.nout_from_frame = in.nout == NOUT_FRAME;
    ci.next_pc = pc + sizeof(op::Call) / 4;
    if (site.callee.kind == Callee::Kind::None) {
        if (auto f = dyn_call(name, ci, 0)) // a variable assignin/eval created here (eval.cpp)
            return *f;
        return raise_flow(undefined_function(name));
    }
    return call_callee(site.callee, ci, false);
}

// Call1/Call2 missed the scalar fast path: copy the operands into the instruction's scratch
// registers (checking they are defined, like the Move a plain Call's arguments use) and make
// an ordinary by-name call with them.
Machine::Flow Machine::call_named_args(uint32_t const* pc)
{
    Frame& fr = m_frames.back();
    Value* R = regs();
    uint32_t ops[2];
    uint32_t nargs, dst, nout, name, site, tmp;
    if (static_cast<Opcode>(*pc) == Opcode::Call1) {
        auto const& in = decode<op::Call1>(pc);
        ops[0] = in.a;
        nargs = 1;
        dst = in.dst, nout = in.nout, name = in.name, site = in.site, tmp = in.tmp;
    } else {
        auto const& in = decode<op::Call2>(pc);
        ops[0] = in.a;
        ops[1] = in.b;
        nargs = 2;
        dst = in.dst, nout = in.nout, name = in.name, site = in.site, tmp = in.tmp;
    }
    for (uint32_t i = 0; i < nargs; ++i) {
        if (!R[ops[i]].is_defined()) {
            raise_undefined(ops[i]);
            return m_finished ? Flow::Finished : Flow::Continue;
        }
    }
    uint32_t first_temp = fr.fn->chunk->first_temp;
    for (uint32_t i = 0; i < nargs; ++i) {
        if (ops[i] >= first_temp && (i == 0 || ops[0] != ops[1]))
            R[tmp + i] = std::move(R[ops[i]]); // a single-use temporary: no second reference
        else
            R[tmp + i] = R[ops[i]];
    }
    Function* caller = fr.fn;
    SiteCache& sc = caller->sites[site];
    std::string const& fname = caller->chunk->names[name];
    if (sc.epoch != *m_epoch) {
        Result<Callee> r = resolve_in(caller->module, fname);
        if (r.is_error())
            return raise_flow(r.release_error());
        sc.set(r.release_value(), caller->module);
        sc.epoch = *m_epoch;
        sc.fast = nullptr;
        if (sc.callee.kind == Callee::Kind::Builtin && is_standard_builtin(*sc.callee.builtin))
            sc.fast = scalar_fast_path(fname, static_cast<int>(nargs));
    }
    CallInfo ci;
    ci.args = fr.base + tmp;
    ci.nargs = nargs;
    ci.dst = dst;
    ci.nout = nout;
    ci.next_pc = pc + op_words(static_cast<Opcode>(*pc));
    if (sc.callee.kind == Callee::Kind::None) {
        if (auto f = dyn_call(fname, ci, 0)) // a variable assignin/eval created here (eval.cpp)
            return *f;
        return raise_flow(undefined_function(fname));
    }
    return call_callee(sc.callee, ci, false);
}

Machine::Flow Machine::call_callee(Callee const& c, CallInfo const& ci, bool keep_module)
{
    switch (c.kind) {
    case Callee::Kind::Builtin:
        return call_builtin(*c.builtin, ci);
    case Callee::Kind::User:
        return push_user(c.fn, nullptr, keep_module ? std::shared_ptr<void const>(c.module) : nullptr, ci);
    case Callee::Kind::Feval: {
        if (ci.nargs == 0) {
            RuntimeError e = make_error("MATLAB:minrhs", "Not enough input arguments.");
            e.raised_by = "feval";
            return raise_flow(std::move(e));
        }
        // feval(f, args...): call f with the arguments that follow it, in place.
        Value f = std::move(m_stack[ci.args]);
        CallInfo inner = ci;
        inner.args += 1;
        inner.nargs -= 1;
        return call_value(f, inner);
    }
    case Callee::Kind::NarginOf:
    case Callee::Kind::NargoutOf:
        return arg_count_query(ci, c.kind == Callee::Kind::NargoutOf);
    case Callee::Kind::Clear:
        return clear_variables(ci);
    case Callee::Kind::Await:
        return await_op(ci);
    case Callee::Kind::Spawn:
        return spawn_op(ci);
    case Callee::Kind::Eval:
    case Callee::Kind::EvalIn:
    case Callee::Kind::AssignIn:
        return eval_op(ci, c.kind); // eval.cpp
    case Callee::Kind::OnCleanup:
        return on_cleanup_op(ci);
    case Callee::Kind::Str2Func:
        return str2func_op(ci);
    case Callee::Kind::None:
        break;
    }
    return raise_flow(undefined_function("?"));
}

// clear / clear x y / clear all / clearvars: remove variables of the calling frame (for a
// script, the base workspace). `clear global` also forgets the globals.
Machine::Flow Machine::clear_variables(CallInfo const& ci)
{
    std::vector<std::string> names;
    for (uint32_t i = 0; i < ci.nargs; ++i) {
        Value& a = m_stack[ci.args + i];
        if (!a.as_char_array()) {
            RuntimeError e = make_error("MATLAB:clear:invalidInput", "Input must be a character vector.");
            e.raised_by = "clear";
            return raise_flow(std::move(e));
        }
        names.push_back(a.as_char_array()->to_utf8());
        a = Value();
    }
    bool all = names.empty();
    for (auto const& n : names) {
        if (n == "all" || n == "variables" || n == "-all" || n == "-regexp")
            all = true;
        if (n == "global" || n == "-global" || n == "all") {
            m_host.globals().clear();
            all = all || names.size() == 1;
        }
    }
    Frame& caller = m_frames.back();
    if (caller.fn) {
        Chunk const& c = *caller.fn->chunk;
        Value* R = m_stack.data() + caller.base;
        for (uint32_t i = 0; i < c.num_slots; ++i) {
            if (all || std::find(names.begin(), names.end(), c.slot_names[i]) != names.end())
                R[i] = Value();
        }
    }
    clear_dynamic(names, all); // eval.cpp: variables eval/assignin created, due onCleanup tasks
    Flow fl = deliver(ci, nullptr, 0);
    if (fl == Flow::Continue && !ci.to_native && m_cleanups && !m_cleanups->empty())
        run_due_cleanups(nullptr);
    return fl;
}

// nargin(f) / nargout(f): the declared number of inputs/outputs of a function named by text
// or given as a handle; negative (-(n+1)) when it ends with varargin/varargout.
Machine::Flow Machine::arg_count_query(CallInfo const& ci, bool outputs)
{
    char const* which = outputs ? "nargout" : "nargin";
    if (ci.nargs != 1) {
        RuntimeError e = ci.nargs == 0 ? make_error("MATLAB:nargin:notInFunction", std::string("You can only call ") + which + " from within a MATLAB function.")
                                       : make_error("MATLAB:TooManyInputs", "Too many input arguments.");
        e.raised_by = which;
        return raise_flow(std::move(e));
    }
    Value f = std::move(m_stack[ci.args]);
    Function* fn = nullptr;
    std::string name;
    auto* fh = f.as_function_handle();
    if (fh && fh->code) {
        fn = const_cast<Function*>(static_cast<Function const*>(fh->code.get()));
    } else {
        name = fh ? fh->name : f.as_char_array() ? f.as_char_array()->to_utf8() : std::string();
        Module* here = nullptr;
        for (auto it = m_frames.rbegin(); it != m_frames.rend() && !here; ++it)
            if (it->fn)
                here = it->fn->module;
        Result<Callee> r = resolve_in(here, name);
        if (r.is_error())
            return raise_flow(r.release_error());
        if (r.value().kind == Callee::Kind::User)
            fn = r.value().fn;
        else if (r.value().kind != Callee::Kind::Builtin)
            return raise_flow(undefined_function(name));
    }
    double n = -1;
    if (fn) {
        Chunk const& c = *fn->chunk;
        if (outputs)
            n = c.kind == ChunkKind::Anonymous ? -1 : c.varargout_slot >= 0 ? -double(c.outputs.size() + 1) : double(c.outputs.size());
        else
            n = c.varargin_slot >= 0 ? -double(c.num_params + 1) : double(c.num_params);
    }
    Value out = Value::scalar(n);
    return deliver(ci, &out, 1);
}

namespace {

RuntimeError str2func_error(char const* id, std::string message)
{
    RuntimeError e = make_error(id, std::move(message));
    e.raised_by = "str2func";
    return e;
}

// The first handle-making instruction of a chunk (eval'd `@(x) ...` or `@name`), or nullptr.
uint32_t const* first_handle_op(Chunk const& c)
{
    uint32_t const* end = c.code.data() + c.code.size();
    for (uint32_t const* pc = c.code.data(); pc < end; pc += op_words(static_cast<Opcode>(*pc))) {
        auto op = static_cast<Opcode>(*pc);
        if (op == Opcode::MakeClosure || op == Opcode::MakeHandle)
            return pc;
    }
    return nullptr;
}

} // namespace

// str2func(text). '@(x) ...' is compiled by the session's Evaluator with no workspace
// variables, so the anonymous function captures nothing (MATLAB: such handles have no access
// to variables outside their own workspace); like any other text it sees the calling file's
// local functions. Other text names a function, resolved when the handle is called.
Machine::Flow Machine::str2func_op(CallInfo const& ci)
{
    if (ci.nargs != 1)
        return raise_flow(str2func_error(ci.nargs ? "MATLAB:TooManyInputs" : "MATLAB:minrhs", ci.nargs ? "Too many input arguments." : "Not enough input arguments."));
    if (ci.nout > 1)
        return raise_flow(str2func_error("MATLAB:TooManyOutputs", "Too many output arguments."));
    auto* chars = m_stack[ci.args].as_char_array();
    if (!chars || !(chars->shape().is_row() || chars->numel() == 0))
        return raise_flow(str2func_error("MATLAB:str2func:InvalidInput", "Input must be a character vector or string scalar."));
    std::string text = chars->to_utf8();
    m_stack[ci.args] = Value();
    size_t b = text.find_first_not_of(" \t"), e = text.find_last_not_of(" \t");
    text = b == std::string::npos ? std::string() : text.substr(b, e - b + 1);
    std::shared_ptr<Module> here;
    for (auto it = m_frames.rbegin(); it != m_frames.rend() && !here; ++it)
        if (it->fn)
            here = it->fn->module->shared_from_this();
    auto h = runtime::make_ref<runtime::FunctionHandle>();
    if (!text.empty() && text[0] == '@') {
        Evaluator* ev = m_host.evaluator();
        if (!ev)
            return raise_flow(str2func_error("MATLAB:str2func:InvalidInput", "Anonymous function text needs a session that compiles code."));
        Result<EvalCode> code = ev->compile_eval(text, {}, 1);
        if (code.is_error()) {
            RuntimeError err = code.release_error();
            err.raised_by = "str2func";
            return raise_flow(std::move(err));
        }
        std::shared_ptr<Module> m = load_module(code.value().code, "str2func");
        m->outer = here;
        uint32_t const* pc = first_handle_op(*m->functions[0].chunk);
        if (!pc || (static_cast<Opcode>(*pc) == Opcode::MakeClosure && decode<op::MakeClosure>(pc).count != 0))
            return raise_flow(str2func_error("MATLAB:str2func:InvalidInput", "Invalid function name or anonymous function text '" + text + "'."));
        if (static_cast<Opcode>(*pc) == Opcode::MakeClosure) {
            Function* fn = &m->functions[decode<op::MakeClosure>(pc).fn];
            h->text = fn->chunk->name;
            h->code = std::shared_ptr<void const>(m, fn);
            h->scope = m;
            Value out = Value::object(std::move(h));
            return deliver(ci, &out, 1);
        }
        text = m->functions[0].chunk->names[decode<op::MakeHandle>(pc).name]; // '@name'
    }
    h->name = text;
    h->text = "@" + text;
    if (here) {
        if (Function* f = here->local_function(text))
            h->code = std::shared_ptr<void const>(here, f);
        h->scope = here;
    }
    Value out = Value::object(std::move(h));
    return deliver(ci, &out, 1);
}

// Call a function handle or a function named by a char row (feval), or a Continuation's
// request. `callee` is copied first: it may live in a register the call overwrites.
Machine::Flow Machine::call_value(Value const& callee_ref, CallInfo const& ci, bool pinned)
{
    if (pinned) {
        auto* fh = callee_ref.as_function_handle();
        if (fh && fh->code) {
            auto* fn = const_cast<Function*>(static_cast<Function const*>(fh->code.get()));
            return push_user(fn, fh->is_anonymous() ? fh : nullptr, nullptr, ci);
        }
    }
    Value callee = callee_ref;
    if (auto* fh = callee.as_function_handle()) {
        if (fh->code) {
            auto* fn = const_cast<Function*>(static_cast<Function const*>(fh->code.get()));
            return push_user(fn, fh->is_anonymous() ? fh : nullptr, fh->scope, ci);
        }
        Module* scope = fh->scope ? const_cast<Module*>(static_cast<Module const*>(fh->scope.get())) : nullptr;
        if (!fh->captures.empty()) {
            // A named handle with bound values (e.g. cancellation_token's cancel): they are
            // passed before the call's own arguments.
            uint32_t k = static_cast<uint32_t>(fh->captures.size());
            ensure_stack(size_t(ci.args) + ci.nargs + k);
            for (uint32_t i = ci.nargs; i-- > 0;)
                m_stack[ci.args + k + i] = std::move(m_stack[ci.args + i]);
            for (uint32_t i = 0; i < k; ++i)
                m_stack[ci.args + i] = fh->captures[i];
            CallInfo bound = ci;
            bound.nargs += k;
            Result<Callee> r = resolve_in(scope, fh->name);
            if (r.is_error())
                return raise_flow(r.release_error());
            if (r.value().kind == Callee::Kind::None)
                return raise_flow(undefined_function(fh->name));
            return call_callee(r.value(), bound, true);
        }
        Result<Callee> r = resolve_in(scope, fh->name);
        if (r.is_error())
            return raise_flow(r.release_error());
        if (r.value().kind == Callee::Kind::None)
            return raise_flow(undefined_function(fh->name));
        return call_callee(r.value(), ci, true);
    }
    std::optional<std::string> fname;
    if (auto* text = callee.as_char_array())
        fname = text->to_utf8();
    else if (auto* str = runtime::as_string_array(callee); str && str->numel() == 1 && !str->is_missing(0))
        fname = str->at(0); // feval("name", ...)
    if (fname) {
        std::string name = std::move(*fname);
        Module* here = nullptr;
        for (auto it = m_frames.rbegin(); it != m_frames.rend() && !here; ++it)
            if (it->fn)
                here = it->fn->module;
        Result<Callee> r = resolve_in(here, name);
        if (r.is_error())
            return raise_flow(r.release_error());
        if (r.value().kind == Callee::Kind::None)
            return raise_flow(undefined_function(name));
        return call_callee(r.value(), ci, true);
    }
    RuntimeError e = make_error("MATLAB:feval:ArgNotStringOrFunctionHandle",
        "Argument must contain a character vector or function handle.");
    e.raised_by = "feval";
    return raise_flow(std::move(e));
}

namespace {

RuntimeError builtin_error(runtime::BuiltinSpec const& spec, char const* id, char const* msg)
{
    RuntimeError e = make_error(id, msg);
    e.raised_by = std::string(spec.name);
    return e;
}

} // namespace

// Call a builtin with its arguments read in place and its outputs in a scratch span, so a
// failing call never overwrites its destination. The argument registers are cleared after
// the call (they are temporaries), so values they referenced stay uniquely owned.
Machine::Flow Machine::call_builtin(runtime::BuiltinSpec const& spec, CallInfo const& ci)
{
    if (static_cast<int>(ci.nargs) < spec.min_in)
        return raise_flow(builtin_error(spec, "MATLAB:minrhs", "Not enough input arguments."));
    if (spec.max_in >= 0 && static_cast<int>(ci.nargs) > spec.max_in)
        return raise_flow(builtin_error(spec, "MATLAB:TooManyInputs", "Too many input arguments."));
    if (spec.max_out >= 0 && static_cast<int>(ci.nout) > spec.max_out && !ci.nout_from_frame)
        return raise_flow(builtin_error(spec, "MATLAB:TooManyOutputs", "Too many output arguments."));
    uint32_t produce = ci.nout > 0 ? ci.nout : 1;
    // Outputs land in a scratch span on the C++ stack (a machine keeps no scratch of its own:
    // a suspended task stays small); more than a few spill to the heap.
    constexpr uint32_t INLINE_OUTS = 4;
    Value inline_outs[INLINE_OUTS];
    std::vector<Value> spilled;
    Value* outs = inline_outs;
    if (produce > INLINE_OUTS) {
        spilled.resize(produce);
        outs = spilled.data();
    }
    runtime::CallContext cx { host_state(), host_env(), spec.name, static_cast<int>(ci.nout), {}, {} };
    if (Frame const& caller = m_frames.back(); caller.fn && caller.fn->chunk->kind != ChunkKind::Script) {
        cx.caller_nargin = caller.nargin; // narginchk/nargoutchk
        cx.caller_nargout = caller.nout;
    }
    Value* args = m_stack.data() + ci.args;
    VoidResult r = spec.fn(cx, runtime::Args(args, ci.nargs), runtime::Outs(outs, produce));
    for (uint32_t i = 0; i < ci.nargs; ++i)
        args[i] = Value();
    if (r.is_error()) {
        RuntimeError e = r.release_error();
        if (spec.name == "error" || spec.name == "throw" || spec.name == "narginchk" || spec.name == "nargoutchk")
            set_raised_by_user(e); // MATLAB names the function that called error()
        else if (spec.name == "throwAsCaller")
            raise_as_caller(e);
        return raise_flow(std::move(e));
    }
    if (cx.continuation) {
        Frame& caller = m_frames.back();
        uint32_t native_base = caller.base + caller.size;
        if (!ci.to_native)
            caller.pc = ci.next_pc;
        auto native = std::make_unique<NativeFrame>();
        native->cont = std::move(cx.continuation);
        native->spec = &spec;
        side().natives.push_back(std::move(native));
        Frame& nf = m_frames.emplace_back();
        nf.base = native_base;
        nf.dst = ci.dst;
        nf.nout = ci.nout;
        nf.flags = Frame::NATIVE | (ci.to_native ? Frame::TO_NATIVE : 0);
        return drive_native();
    }
    if (cx.pending) {
        m_pending = std::move(cx.pending);
        m_pending_call = ci;
        m_pending_spec = &spec;
        return Flow::Suspend;
    }
    for (uint32_t i = 0; i < ci.nout; ++i) {
        if (!outs[i].is_defined()) {
            return raise_flow(builtin_error(spec, "MATLAB:TooManyOutputs", "Too many output arguments."));
        }
    }
    return deliver(ci, outs, produce);
}

// throwAsCaller: the error appears raised by the caller of the function that called
// throwAsCaller: the stack loses that function's frame and "Error using" names its caller
// (nobody when the caller is a script). At script level nothing changes.
void Machine::raise_as_caller(RuntimeError& e) const
{
    e.stack = stack_trace();
    e.raised_by.clear();
    bool skipped = false;
    for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
        if (!it->fn)
            continue;
        if (!skipped) {
            skipped = true;
            continue;
        }
        e.raised_by = it->fn->chunk->kind == ChunkKind::Script ? std::string() : it->fn->chunk->name;
        break;
    }
    if (e.stack.size() > 1)
        e.stack.erase(e.stack.begin());
}

// Hand a completed call's outputs to its caller: the caller's registers (then advance its pc)
// or the native frame on top (which its driver resumes).
Machine::Flow Machine::deliver(CallInfo const& ci, Value* outs, uint32_t count)
{
    Frame& caller = m_frames.back();
    uint32_t produce = ci.nout > 0 ? ci.nout : 1;
    if (ci.to_native) {
        auto& results = native_top().results;
        results.clear();
        for (uint32_t i = 0; i < count; ++i)
            results.push_back(std::move(outs[i]));
        return Flow::Continue;
    }
    Value* D = m_stack.data() + caller.base + ci.dst;
    for (uint32_t i = 0; i < produce; ++i)
        D[i] = i < count ? std::move(outs[i]) : Value();
    if (ci.next_pc)
        caller.pc = ci.next_pc;
    return Flow::Continue;
}

// Drive native frames on top of the stack until a bytecode frame is on top (Continue), an
// awaitable is pending (Suspend) or an uncaught error ends the run (Finished). Synchronous
// requests loop here rather than recursing.
Machine::Flow Machine::drive_native()
{
    for (;;) {
        if (m_frames.empty() || !m_frames.back().is_native())
            return Flow::Continue;
        Frame& f = m_frames.back();
        NativeFrame& n = native_top();
        uint32_t produce = f.nout > 0 ? f.nout : 1;
        n.outs.assign(produce, Value());
        n.request.callee = Value(); // reset in place: the argument vector keeps its capacity
        n.request.args.clear();
        n.request.nargout = 1;
        runtime::CallContext cx { host_state(), host_env(), n.spec->name, static_cast<int>(f.nout), {}, {} };
        Result<bool> r = false;
        if (n.error) { // the requested call raised and the continuation handles errors
            RuntimeError e = std::move(*n.error);
            n.error.reset();
            r = n.cont->resume_error(cx, std::move(e), n.outs, n.request);
        } else {
            r = n.cont->resume(cx, n.results, n.outs, n.request);
        }
        n.results.clear();
        if (r.is_error()) {
            bool to_native = f.flags & Frame::TO_NATIVE;
            pop_frame();
            if (!to_native)
                m_frames.back().pc -= 1; // raise at the builtin's call instruction
            return raise_flow(r.release_error());
        }
        if (r.value()) {
            CallInfo ci;
            ci.dst = f.dst;
            ci.nout = f.nout;
            ci.to_native = f.flags & Frame::TO_NATIVE;
            std::vector<Value> outs = std::move(n.outs);
            std::string_view name = n.spec->name;
            pop_frame();
            for (uint32_t i = 0; i < ci.nout; ++i) {
                if (i >= outs.size() || !outs[i].is_defined()) {
                    if (!ci.to_native)
                        m_frames.back().pc -= 1;
                    RuntimeError e = make_error("MATLAB:TooManyOutputs", "Too many output arguments.");
                    e.raised_by = std::string(name);
                    return raise_flow(std::move(e));
                }
            }
            Flow fl = deliver(ci, outs.data(), static_cast<uint32_t>(outs.size()));
            if (fl != Flow::Continue)
                return fl;
            continue;
        }
        // Make the requested call: arguments go in the native frame's register window.
        runtime::CallRequest& req = n.request;
        uint32_t nargs = static_cast<uint32_t>(req.args.size());
        ensure_stack(size_t(f.base) + nargs);
        for (uint32_t i = 0; i < nargs; ++i)
            m_stack[f.base + i] = std::move(req.args[i]);
        CallInfo ci;
        ci.args = f.base;
        ci.nargs = nargs;
        ci.nout = req.nargout < 0 ? 0 : static_cast<uint32_t>(req.nargout);
        ci.to_native = true;
        Value callee = std::move(req.callee);
        Flow fl = call_value(callee, ci);
        if (fl != Flow::Continue)
            return fl;
    }
}

} // namespace runmat::vm
