// eval / evalin / assignin and onCleanup. Text is compiled by the session's Evaluator (the vm
// cannot include the compiler) into a script-like chunk whose variables are the target
// workspace's; it runs as an ordinary frame on the machine's stack (so it may await), with the
// target's values moved in by name at entry and back by name at exit. Names the target has no
// slot for live in its per-frame dynamic-variable map, which CallDyn (and a call of an unknown
// name) consult. onCleanup tasks run as a call of a small MATLAB function when the VM notices
// an object's last reference is gone: at the exit of frames that may hold one, after
// statements of code that mentions onCleanup, and at `clear`. Knows nothing about parsing.
#include "vm/eval.hpp"
#include "runtime/array_util.hpp"
#include "runtime/cell_ops.hpp"
#include "runtime/display.hpp"
#include "runtime/indexing.hpp"
#include "runtime/mexception.hpp"
#include "runtime/on_cleanup.hpp"
#include "runtime/string_array.hpp"
#include "runtime/struct.hpp"
#include "vm/vm.hpp"
#include <algorithm>

namespace runmat::vm {

using namespace bytecode;
using runtime::Value;

namespace {

bool is_keyword(std::string_view n)
{
    static constexpr std::string_view KEYWORDS[] = { "break", "case", "catch", "classdef", "continue", "else", "elseif",
        "end", "for", "function", "global", "if", "otherwise", "parfor", "persistent", "return", "spmd", "switch", "try",
        "while" };
    return std::find(std::begin(KEYWORDS), std::end(KEYWORDS), n) != std::end(KEYWORDS);
}

// isvarname: a letter, then letters, digits or underscores, at most 63 characters, no keyword.
// Also what tells a user variable from the VM's own slot names ("~", hidden eval outputs).
bool is_variable_name(std::string_view n)
{
    return runtime::is_valid_field_name(n) && !is_keyword(n);
}

// A char row or a string scalar.
std::optional<std::string> text_arg(Value const& v)
{
    if (auto t = runtime::char_text(v))
        return t;
    if (v.is_object() && v.obj()->class_id() == runtime::ClassId::String) {
        auto const* s = static_cast<runtime::StringArray const*>(v.obj());
        if (s->numel() == 1 && !s->is_missing(0))
            return s->at(0);
    }
    return std::nullopt;
}

int slot_of(Chunk const& c, std::string_view name)
{
    for (uint32_t i = 0; i < c.num_slots; ++i)
        if (c.slot_names[i] == name)
            return static_cast<int>(i);
    return -1;
}

RuntimeError intrinsic_error(std::string_view fn, std::string id, std::string message)
{
    RuntimeError e = make_error(std::move(id), std::move(message));
    e.raised_by = std::string(fn);
    return e;
}

RuntimeError undefined_name(std::string_view name)
{
    return make_error("MATLAB:UndefinedFunction", "Unrecognized function or variable '" + std::string(name) + "'.");
}

} // namespace

// Binding eval'd code to workspaces: frame lookup by name, moving values in and out.
struct EvalAccess {
    using Flow = Machine::Flow;
    using CallInfo = Machine::CallInfo;

    static EvalState& state(Machine& m)
    {
        if (!m.eval_state())
            m.side().eval = std::make_unique<EvalState>();
        return *m.eval_state();
    }

    static size_t top_code_frame(Machine const& m)
    {
        for (size_t i = m.m_frames.size(); i-- > 0;)
            if (m.m_frames[i].fn)
                return i;
        return 0;
    }

    // The frame currently holding frame i's variables: i itself, or the eval frame running in
    // its workspace (which took its values), innermost first.
    static size_t live(Machine const& m, size_t i)
    {
        if (!m.eval_state())
            return i;
        for (bool moved = true; moved;) {
            moved = false;
            for (auto const& e : m.eval_state()->evals) {
                if (e.target == i) {
                    i = e.frame;
                    moved = true;
                    break;
                }
            }
        }
        return i;
    }

    // evalin/assignin 'caller': the workspace of the function that called the current one.
    // Code running inside eval acts as the code of the workspace it was eval'd in.
    static size_t caller_workspace(Machine const& m)
    {
        size_t t = top_code_frame(m);
        while (m.m_frames[t].flags & Frame::EVAL) {
            auto it = std::find_if(m.eval_state()->evals.begin(), m.eval_state()->evals.end(), [&](EvalFrame const& e) { return e.frame == t; });
            if (it == m.eval_state()->evals.end())
                break;
            t = it->target;
        }
        for (size_t i = t; i-- > 0;)
            if (m.m_frames[i].fn)
                return live(m, i);
        return live(m, 0); // no caller: the base workspace
    }

    static DynVars* dyn(Machine& m, size_t frame)
    {
        if (!m.eval_state())
            return nullptr;
        auto it = m.eval_state()->dyn.find(frame);
        return it == m.eval_state()->dyn.end() ? nullptr : &it->second;
    }

    // The names a workspace has values for: its defined slots and dynamic variables.
    static std::vector<std::string> visible(Machine& m, size_t frame)
    {
        std::vector<std::string> out;
        Frame const& f = m.m_frames[frame];
        Chunk const& c = *f.fn->chunk;
        for (uint32_t i = 0; i < c.num_slots; ++i)
            if (m.m_stack[f.base + i].is_defined() && is_variable_name(c.slot_names[i]))
                out.push_back(c.slot_names[i]);
        if (DynVars* d = dyn(m, frame))
            for (auto const& [name, v] : *d)
                if (v.is_defined())
                    out.push_back(name);
        return out;
    }

    static Value take_var(Machine& m, size_t frame, std::string const& name)
    {
        Frame const& f = m.m_frames[frame];
        if (int s = slot_of(*f.fn->chunk, name); s >= 0)
            return std::move(m.m_stack[f.base + s]);
        if (DynVars* d = dyn(m, frame)) {
            if (auto it = d->find(name); it != d->end()) {
                Value v = std::move(it->second);
                d->erase(it);
                return v;
            }
        }
        return Value();
    }

    // Store (or, with an undefined value, remove) variable `name` of a workspace.
    static void put_var(Machine& m, size_t frame, std::string const& name, Value v)
    {
        Frame& f = m.m_frames[frame];
        if (int s = slot_of(*f.fn->chunk, name); s >= 0) {
            m.m_stack[f.base + s] = std::move(v);
            return;
        }
        if (v.is_defined()) {
            state(m).dyn[frame][name] = std::move(v);
            f.flags |= Frame::HAS_DYN;
        } else if (DynVars* d = dyn(m, frame)) {
            d->erase(name);
        }
    }

    // The eval frame's variables go back to its target (an error leaving it keeps what it
    // assigned, as in MATLAB).
    static void copy_out(Machine& m, size_t frame, size_t target)
    {
        Frame& f = m.m_frames[frame];
        Chunk const& c = *f.fn->chunk;
        for (uint32_t i = 0; i < c.num_slots; ++i)
            if (is_variable_name(c.slot_names[i]))
                put_var(m, target, c.slot_names[i], std::move(m.m_stack[f.base + i]));
        if (DynVars* d = dyn(m, frame)) {
            for (auto& [name, v] : *d)
                put_var(m, target, name, std::move(v));
            d->clear();
        }
        if (f.flags & Frame::HAS_CLEANUP)
            m.m_frames[target].flags |= Frame::HAS_CLEANUP; // an onCleanup made in eval lives there now
    }

    // Push a frame running `code` in workspace `target`; its outputs go where ci says.
    static Flow push(Machine& m, size_t target, EvalCode code, std::optional<std::string> catch_text, CallInfo const& ci)
    {
        if (m.m_user_depth >= m.m_recursion_limit)
            return m.raise_flow(make_error("MATLAB:recursionLimit", "Maximum recursion limit of " + std::to_string(m.m_recursion_limit) + " reached."));
        Frame const& tf = m.m_frames[target];
        auto module = load_module(std::move(code.code), tf.fn->file);
        module->outer = tf.fn->module->shared_from_this();
        Function* fn = &module->functions[0];
        Chunk const& c = *fn->chunk;
        uint32_t base = ci.args;
        m.ensure_stack(size_t(base) + c.num_regs);
        Value* R = m.m_stack.data() + base;
        for (uint32_t i = 0; i < c.num_slots; ++i)
            R[i] = take_var(m, target, c.slot_names[i]);
        for (size_t i = 0; i < c.const_nums.size(); ++i)
            R[c.const_base + i].set_num(c.const_nums[i]);
        if (!ci.to_native && ci.next_pc)
            m.m_frames.back().pc = ci.next_pc;
        size_t index = m.m_frames.size();
        Frame& f = m.m_frames.emplace_back();
        f.fn = fn;
        f.pc = c.code.data();
        f.base = base;
        f.size = c.num_regs;
        f.dst = ci.dst;
        f.nout = ci.nout;
        f.flags = Frame::EVAL | Frame::HAS_KEEP | (ci.to_native ? Frame::TO_NATIVE : 0);
        m.side().keeps.push_back(std::move(module));
        ++m.m_user_depth;
        EvalFrame e;
        e.frame = index;
        e.target = target;
        e.has_catch = catch_text.has_value();
        e.catch_text = catch_text ? std::move(*catch_text) : std::string();
        e.out_slots = std::move(code.out_slots);
        state(m).evals.push_back(std::move(e));
        return Flow::Continue;
    }

    // Compile `text` for workspace `target` and push it. A syntax error raises at the eval call,
    // or runs the catch text instead when there is one.
    static Flow start(Machine& m, size_t target, std::string const& text, std::optional<std::string> catch_text, CallInfo const& ci)
    {
        Evaluator* ev = m.m_host.evaluator();
        Result<EvalCode> code = ev->compile_eval(text, visible(m, target), ci.nout);
        if (code.is_error()) {
            if (catch_text)
                return start(m, target, *catch_text, std::nullopt, ci);
            return m.raise_flow(code.release_error());
        }
        return push(m, target, code.release_value(), std::move(catch_text), ci);
    }
};

// eval(text), eval(try, catch); evalin(ws, text[, catch]); assignin(ws, name, value).
Machine::Flow Machine::eval_op(CallInfo const& ci, Callee::Kind kind)
{
    std::string_view fname = kind == Callee::Kind::Eval ? "eval" : kind == Callee::Kind::EvalIn ? "evalin" : "assignin";
    Value* args = m_stack.data() + ci.args;
    auto fail = [&](char const* id, std::string message) {
        for (uint32_t i = 0; i < ci.nargs; ++i)
            args[i] = Value();
        return raise_flow(intrinsic_error(fname, id, std::move(message)));
    };
    uint32_t min_in = kind == Callee::Kind::Eval ? 1 : kind == Callee::Kind::EvalIn ? 2 : 3;
    uint32_t max_in = kind == Callee::Kind::Eval ? 2 : 3;
    if (ci.nargs < min_in)
        return fail("MATLAB:minrhs", "Not enough input arguments.");
    if (ci.nargs > max_in)
        return fail("MATLAB:TooManyInputs", "Too many input arguments.");
    if (kind == Callee::Kind::AssignIn && ci.nout > 0 && !ci.nout_from_frame)
        return fail("MATLAB:TooManyOutputs", "Too many output arguments.");
    if (!m_host.evaluator())
        return fail("RunMat:unsupported", std::string(fname) + " is not available in this host.");
    size_t target = EvalAccess::top_code_frame(*this);
    uint32_t first = 0;
    if (kind != Callee::Kind::Eval) {
        auto ws = text_arg(args[0]);
        if (!ws || (*ws != "base" && *ws != "caller"))
            return fail("MATLAB:evalin:invalidContext", "The first argument must be 'base' or 'caller'.");
        target = *ws == "base" ? EvalAccess::live(*this, 0) : EvalAccess::caller_workspace(*this);
        first = 1;
    }
    if (kind == Callee::Kind::AssignIn) {
        auto name = text_arg(args[1]);
        if (!name)
            return fail("MATLAB:assignin:invalidVariableName", "The variable name must be a character vector or string scalar.");
        if (!is_variable_name(*name))
            return fail("MATLAB:assignin:invalidVariableName", "Invalid variable name \"" + *name + "\" in ASSIGNIN.");
        Value v = std::move(args[2]);
        args[0] = Value();
        args[1] = Value();
        if (runtime::as_on_cleanup(v))
            m_frames[target].flags |= Frame::HAS_CLEANUP;
        EvalAccess::put_var(*this, target, *name, std::move(v));
        return deliver(ci, nullptr, 0);
    }
    auto text = text_arg(args[first]);
    std::optional<std::string> catch_text;
    if (ci.nargs > first + 1) {
        catch_text = text_arg(args[first + 1]);
        if (!catch_text)
            return fail("MATLAB:eval:argumentMustBeText", "Argument must be a text scalar.");
    }
    if (!text)
        return fail("MATLAB:eval:argumentMustBeText", "Argument must be a text scalar.");
    for (uint32_t i = 0; i < ci.nargs; ++i)
        args[i] = Value();
    return EvalAccess::start(*this, target, *text, std::move(catch_text), ci);
}

// Return from an EVAL frame: the outputs (expression form) are taken, the variables go back to
// the target workspace, and the outputs reach eval's caller.
Machine::Flow Machine::eval_return()
{
    size_t index = m_frames.size() - 1;
    Frame& f = m_frames.back();
    EvalFrame& info = eval_state()->evals.back();
    Value* R = m_stack.data() + f.base;
    std::vector<Value> outs;
    for (uint32_t s : info.out_slots)
        outs.push_back(std::move(R[s]));
    EvalAccess::copy_out(*this, index, info.target);
    CallInfo ci;
    ci.dst = f.dst;
    ci.nout = f.nout;
    ci.to_native = f.flags & Frame::TO_NATIVE;
    pop_frame_registers(f);
    pop_frame();
    --m_user_depth;
    for (uint32_t i = 0; i < ci.nout; ++i) {
        if (i >= outs.size() || !outs[i].is_defined()) {
            if (!ci.to_native)
                m_frames.back().pc -= 1; // raised at the eval call
            return raise_flow(intrinsic_error("eval", "MATLAB:TooManyOutputs", "Too many output arguments."));
        }
    }
    Flow fl = deliver(ci, outs.data(), static_cast<uint32_t>(outs.size()));
    if (fl == Flow::Continue && ci.to_native)
        return drive_native();
    return fl;
}

// raise() leaves an EVAL or HAS_CLEANUP frame (no handler of its own caught the error): the
// frame is popped here. Returns true when execution continues elsewhere instead of unwinding
// further: eval's catch text, or the onCleanup runner (which rethrows `err` when done).
bool Machine::unwind_special(RuntimeError& err, bool catchable)
{
    size_t index = m_frames.size() - 1;
    Frame& f = m_frames.back();
    std::optional<std::string> catch_text;
    size_t target = 0;
    if (f.flags & Frame::EVAL) {
        EvalFrame& info = eval_state()->evals.back();
        EvalAccess::copy_out(*this, index, info.target);
        target = info.target;
        if (info.has_catch)
            catch_text = std::move(info.catch_text);
    }
    bool cleanup = f.flags & Frame::HAS_CLEANUP;
    CallInfo ci;
    ci.args = f.base;
    ci.dst = f.dst;
    ci.nout = f.nout;
    ci.to_native = f.flags & Frame::TO_NATIVE;
    pop_frame_registers(f);
    pop_frame(); // dynamic variables go too
    --m_user_depth;
    if (catch_text && catchable) {
        EvalAccess::start(*this, target, *catch_text, std::nullopt, ci);
        if (cleanup && !m_finished && m_frames.back().fn)
            run_due_cleanups(nullptr);
        return true;
    }
    return cleanup && catchable && run_due_cleanups(&err);
}

// Return from a HAS_CLEANUP frame: drop everything but its outputs; when that leaves an
// onCleanup object unreferenced, run its task first (the Return runs again afterwards).
bool Machine::frame_exit_cleanups()
{
    size_t index = m_frames.size() - 1;
    Frame& f = m_frames.back();
    Chunk const& c = *f.fn->chunk;
    Value* R = m_stack.data() + f.base;
    auto is_output = [&](uint32_t r) {
        if (c.kind == ChunkKind::Anonymous)
            return r >= c.anon_out && r < c.anon_out + std::max<uint32_t>(1, f.nout);
        return static_cast<int32_t>(r) == c.varargout_slot || std::find(c.outputs.begin(), c.outputs.end(), r) != c.outputs.end();
    };
    for (uint32_t r = 0; r < f.size; ++r)
        if (R[r].is_object() && !is_output(r))
            R[r] = Value();
    if (DynVars* d = EvalAccess::dyn(*this, index))
        d->clear();
    return run_due_cleanups(nullptr);
}

// Take the tasks of onCleanup objects nobody references any more (newest first) and push a
// call of the session's runner with them on top of the current frame, which resumes at its
// pc afterwards. With `rethrow`, the runner raises it when done (unwinding continues).
bool Machine::run_due_cleanups(RuntimeError const* rethrow)
{
    if (!m_cleanups || m_cleanups->empty() || m_frames.empty())
        return false;
    Frame const& top = m_frames.back();
    if (top.is_native() && !rethrow)
        return false; // a native frame cannot be resumed without results: a later check runs them
    std::vector<Value> tasks;
    auto& reg = *m_cleanups;
    for (size_t i = reg.size(); i-- > 0;) {
        if (!reg[i].obj()->is_unique())
            continue;
        if (auto* o = runtime::as_on_cleanup(reg[i]); o && o->task.is_defined())
            tasks.push_back(std::move(o->task));
        reg.erase(reg.begin() + static_cast<std::ptrdiff_t>(i));
    }
    if (tasks.empty())
        return false;
    Result<Callee> runner = m_host.evaluator()->cleanup_runner();
    if (runner.is_error())
        return false;
    Function* fn = runner.value().fn;
    Chunk const& c = *fn->chunk;
    uint32_t base = top.base + top.size;
    uint32_t dst = top.size; // the runner returns nothing; the slot written is its own first register
    ensure_stack(size_t(base) + c.num_regs + 1);
    Value* R = m_stack.data() + base;
    auto cell = runtime::make_ref<runtime::CellArray>(runtime::Dims(1, tasks.size()));
    for (size_t i = 0; i < tasks.size(); ++i)
        cell->data()[i] = std::move(tasks[i]);
    R[0] = Value::object(std::move(cell));
    uint32_t nargs = 1;
    if (rethrow) {
        R[1] = runtime::make_mexception(*rethrow);
        nargs = 2;
    }
    for (uint32_t i = nargs; i < c.num_slots; ++i)
        R[i] = Value();
    for (size_t i = 0; i < c.const_nums.size(); ++i)
        R[c.const_base + i].set_num(c.const_nums[i]);
    if (c.nargin_slot >= 0)
        R[c.nargin_slot].set_num(nargs);
    if (c.nargout_slot >= 0)
        R[c.nargout_slot].set_num(0);
    Frame& f = m_frames.emplace_back();
    f.fn = fn;
    f.pc = c.code.data();
    f.base = base;
    f.size = c.num_regs;
    f.dst = dst;
    f.nout = 0;
    f.nargin = nargs;
    f.flags = Frame::HAS_KEEP;
    side().keeps.push_back(runner.value().module);
    ++m_user_depth;
    return true;
}

// CleanupCheck (after each statement of code that mentions onCleanup).
Machine::Flow Machine::cleanup_check(uint32_t const* pc)
{
    m_frames.back().pc = pc + op_words(Opcode::CleanupCheck);
    run_due_cleanups(nullptr);
    return Flow::Continue;
}

// onCleanup(f): the object, registered with the session so the VM notices when it is dropped.
Machine::Flow Machine::on_cleanup_op(CallInfo const& ci)
{
    Value* args = m_stack.data() + ci.args;
    auto fail = [&](char const* id, char const* message) {
        for (uint32_t i = 0; i < ci.nargs; ++i)
            args[i] = Value();
        return raise_flow(intrinsic_error("onCleanup", id, message));
    };
    if (ci.nargs < 1)
        return fail("MATLAB:minrhs", "Not enough input arguments.");
    if (ci.nargs > 1)
        return fail("MATLAB:TooManyInputs", "Too many input arguments.");
    if (ci.nout > 1)
        return fail("MATLAB:TooManyOutputs", "Too many output arguments.");
    if (!args[0].as_function_handle())
        return fail("MATLAB:onCleanup:InvalidInput", "Input must be a function handle.");
    Value obj = runtime::make_on_cleanup(std::move(args[0]));
    if (m_cleanups)
        m_cleanups->push_back(obj);
    m_frames[EvalAccess::top_code_frame(*this)].flags |= Frame::HAS_CLEANUP;
    return deliver(ci, &obj, 1);
}

std::optional<Machine::Flow> Machine::dyn_call(std::string const& name, CallInfo const& ci, uint32_t mode)
{
    if (!eval_state() || !(m_frames.back().flags & Frame::HAS_DYN))
        return std::nullopt;
    DynVars* vars = EvalAccess::dyn(*this, m_frames.size() - 1);
    size_t dot = name.find('.');
    auto it = vars ? vars->find(name.substr(0, dot)) : DynVars::iterator();
    if (!vars || it == vars->end() || !it->second.is_defined())
        return std::nullopt;
    Value v = it->second;
    Value* args = m_stack.data() + ci.args;
    auto fail = [&](RuntimeError e) {
        for (uint32_t i = 0; i < ci.nargs; ++i)
            args[i] = Value();
        return raise_flow(std::move(e));
    };
    while (dot != std::string::npos) { // s.a.b: fields of the variable s
        size_t next = name.find('.', dot + 1);
        Result<Value> r = runtime::field_get(v, name.substr(dot + 1, next == std::string::npos ? next : next - dot - 1));
        if (r.is_error())
            return fail(r.release_error());
        v = r.release_value();
        dot = next;
    }
    if (ci.nargs == 0 && mode != 0 && name.find('.') == std::string::npos) {
        // A bare name as a statement: displayed under its own name, ans untouched.
        if (mode == 1)
            host_env().write_out(runtime::display_value(name, v, host_state().format));
        return deliver(ci, nullptr, 0);
    }
    if (ci.nargs > 0 && v.as_function_handle())
        return call_value(v, ci);
    if (ci.nout > 1)
        return fail(make_error("MATLAB:TooManyOutputs", "Too many output arguments."));
    if (ci.nargs > 0) {
        Result<Value> r = runtime::index_get(v, std::span<Value const>(args, ci.nargs));
        if (r.is_error())
            return fail(r.release_error());
        v = r.release_value();
        for (uint32_t i = 0; i < ci.nargs; ++i)
            args[i] = Value();
    }
    return deliver(ci, &v, 1);
}

// CallDyn: a name that is not a variable at compile time in code that uses eval.
Machine::Flow Machine::call_dyn(uint32_t const* pc)
{
    auto const& in = decode<op::CallDyn>(pc);
    Frame& fr = m_frames.back();
    Function* caller = fr.fn;
    std::string const& name = caller->chunk->names[in.name];
    CallInfo ci;
    ci.args = fr.base + in.args;
    ci.nargs = in.nargs;
    ci.dst = in.dst;
    ci.nout = in.nout == NOUT_FRAME ? fr.nout : in.nout;
    ci.nout_from_frame = in.nout == NOUT_FRAME;
    ci.next_pc = pc + op_words(Opcode::CallDyn);
    if (auto f = dyn_call(name, ci, in.mode))
        return *f;
    SiteCache& site = caller->sites[in.site];
    if (site.epoch != *m_epoch) {
        Result<Callee> r = resolve_in(caller->module, name);
        if (r.is_error())
            return raise_flow(r.release_error());
        site.set(r.release_value(), caller->module);
        site.epoch = *m_epoch;
        site.fast = nullptr;
    }
    if (site.callee.kind == Callee::Kind::None)
        return raise_flow(undefined_name(name));
    return call_callee(site.callee, ci, false);
}

// pop_frame of a frame with dynamic variables or running eval'd code.
void Machine::drop_frame_state(Frame const& f)
{
    if (!eval_state())
        return;
    if (f.flags & Frame::HAS_DYN)
        eval_state()->dyn.erase(m_frames.size() - 1);
    if ((f.flags & Frame::EVAL) && !eval_state()->evals.empty())
        eval_state()->evals.pop_back();
}

bool Machine::frame_has_dynamic(size_t index, std::string_view name) const
{
    if (!eval_state())
        return false;
    auto it = eval_state()->dyn.find(index);
    if (it == eval_state()->dyn.end())
        return false;
    auto v = it->second.find(std::string(name));
    return v != it->second.end() && v->second.is_defined();
}

void Machine::clear_dynamic(std::vector<std::string> const& names, bool all)
{
    DynVars* d = EvalAccess::dyn(*this, m_frames.size() - 1);
    if (!d)
        return;
    if (all)
        d->clear();
    for (auto const& n : names)
        d->erase(n);
}

std::vector<std::pair<std::string, Value>> Machine::take_base_dynamic()
{
    std::vector<std::pair<std::string, Value>> out;
    DynVars* d = m_frames.empty() ? nullptr : EvalAccess::dyn(*this, 0);
    if (!d)
        return out;
    for (auto& [name, v] : *d)
        if (v.is_defined())
            out.emplace_back(name, std::move(v));
    d->clear();
    return out;
}

} // namespace runmat::vm
