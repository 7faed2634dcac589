// The dispatch loop (computed goto over the ops.def table) with the unboxed-double fast paths
// inline, plus the hot call/return paths. Everything else is an out-of-line slow path
// (values.cpp, calls.cpp). Knows nothing about hosts or executors' implementations.
#include "runtime/on_cleanup.hpp"
#include "runtime/ops.hpp"
#include "vm/scalar_fast.hpp"
#include "vm/vm.hpp"
#include <cmath>

namespace runmat::vm {

using namespace bytecode;
using runtime::Value;

// Push a frame for a user function whose arguments are already in the registers
// [ci.args, ci.args + ci.nargs): they become the callee's first slots (no copy). The other
// variables must start undefined; constant registers are filled from the chunk; temporaries
// above them are always written before they are read.
Machine::Flow Machine::push_user(Function* fn, runtime::FunctionHandle const* closure, std::shared_ptr<void const> keep, CallInfo const& ci)
{
    Chunk const& c = *fn->chunk;
    bool varargin = c.varargin_slot >= 0;
    if (ci.nargs > c.num_params && !varargin) {
        RuntimeError e = make_error("MATLAB:TooManyInputs", "Too many input arguments.");
        e.raised_by = c.name;
        return raise_flow(std::move(e));
    }
    if (c.is_async && !ci.run_body) [[unlikely]]
        return async_call_future(fn, closure, ci);
    bool anon = c.kind == ChunkKind::Anonymous;
    if (!anon && ci.nout > c.outputs.size() && c.varargout_slot < 0) {
        RuntimeError e = make_error("MATLAB:TooManyOutputs", "Too many output arguments.");
        e.raised_by = c.name;
        return raise_flow(std::move(e));
    }
    if (m_user_depth >= m_recursion_limit) {
        return raise_flow(make_error("MATLAB:recursionLimit",
            "Maximum recursion limit of " + std::to_string(m_recursion_limit) + " reached."));
    }
    if (--m_budget == 0 && !interrupt_check())
        return m_finished ? Flow::Finished : Flow::Continue;
    uint32_t size = c.num_regs + (anon ? (ci.nout > 1 ? ci.nout : 1) : 0);
    uint32_t base = ci.args;
    ensure_stack(size_t(base) + size);
    Value* R = m_stack.data() + base;
    if (!varargin) {
        for (uint32_t i = ci.nargs; i < c.num_slots; ++i)
            R[i] = Value();
    } else {
        // Arguments beyond the named parameters go into the 1xN cell varargin.
        uint32_t extra = ci.nargs > c.num_params ? ci.nargs - c.num_params : 0;
        auto cell = runtime::make_ref<runtime::CellArray>(runtime::Dims(1, extra));
        for (uint32_t i = 0; i < extra; ++i)
            cell->data()[i] = std::move(R[c.num_params + i]);
        for (uint32_t i = ci.nargs < c.num_params ? ci.nargs : c.num_params; i < c.num_slots; ++i)
            R[i] = Value();
        R[c.varargin_slot] = Value::object(std::move(cell));
    }
    for (size_t i = 0; i < c.const_nums.size(); ++i)
        R[c.const_base + i].set_num(c.const_nums[i]);
    if (closure) {
        for (size_t i = 0; i < closure->captures.size(); ++i)
            R[c.capture_base + i] = closure->captures[i];
    }
    if (c.nargin_slot >= 0)
        R[c.nargin_slot].set_num(ci.nargs);
    if (c.nargout_slot >= 0)
        R[c.nargout_slot].set_num(ci.nout);
    if (!ci.to_native)
        m_frames.back().pc = ci.next_pc;
    Frame& f = m_frames.emplace_back();
    f.fn = fn;
    f.pc = c.code.data();
    f.base = base;
    f.size = size;
    f.dst = ci.dst;
    f.nout = ci.nout;
    f.nargin = ci.nargs;
    f.flags = ci.to_native ? Frame::TO_NATIVE : 0;
    if (keep) {
        f.flags |= Frame::HAS_KEEP;
        side().keeps.push_back(std::move(keep));
    }
    ++m_user_depth;
    return Flow::Continue;
}

namespace {

// Release what a frame's registers reference. Non-object values may stay: slots are reset on
// entry and temporaries are written before they are read.
inline void release_registers(Value* r, uint32_t n)
{
    for (uint32_t i = 0; i < n; ++i)
        if (r[i].is_object())
            r[i] = Value();
}

// The 0-based element of x(i) or x(i, j) when every index is an unboxed in-range integer
// (a 2-D shape for two indices); false sends the caller to runtime::index_get/index_assign.
inline bool linear_index(runtime::Dims const& d, Value const* idx, uint32_t n, size_t* out)
{
    if (n == 0 || !idx[0].is_num())
        return false;
    double a = idx[0].num();
    size_t i = static_cast<size_t>(a);
    if (static_cast<double>(i) != a || i < 1)
        return false;
    if (n == 1) {
        if (i > d.numel())
            return false;
        *out = i - 1;
        return true;
    }
    if (!idx[1].is_num() || d.ndims() != 2)
        return false;
    double b = idx[1].num();
    size_t j = static_cast<size_t>(b);
    if (static_cast<double>(j) != b || j < 1 || i > d.rows() || j > d.cols())
        return false;
    *out = (i - 1) + (j - 1) * d.rows();
    return true;
}

} // namespace

void Machine::pop_frame_registers(Frame& f) { release_registers(m_stack.data() + f.base, f.size); }

void Machine::pop_frame()
{
    Frame const& f = m_frames.back();
    if (f.flags & Frame::HAS_KEEP)
        m_side->keeps.pop_back();
    if (f.flags & Frame::NATIVE)
        m_side->natives.pop_back();
    if (f.flags & (Frame::HAS_DYN | Frame::EVAL)) [[unlikely]]
        drop_frame_state(f);
    m_frames.pop_back();
}

// Return from the top bytecode frame: move its outputs to the caller (registers or a native
// frame), release its registers, pop it. The common case (a named function, at most one
// output, returning to registers) takes the short path.
Machine::Flow Machine::do_return()
{
    if (m_frames.size() == 1) { // the base frame (a script): the execution is complete
        finish({});
        return Flow::Finished;
    }
    if (m_frames.back().flags & (Frame::EVAL | Frame::HAS_CLEANUP)) [[unlikely]] {
        if (m_frames.back().flags & Frame::EVAL)
            return eval_return();
        if (frame_exit_cleanups())
            return Flow::Continue; // the onCleanup runner runs first; then this Return again
    }
    Frame& f = m_frames.back();
    Chunk const& c = *f.fn->chunk;
    Value* R = m_stack.data() + f.base;
    if (f.flags == 0 && f.nout <= 1 && c.kind == ChunkKind::Function && !c.outputs.empty()
        && (f.nout == 0 || R[c.outputs[0]].is_defined())) {
        Value result = std::move(R[c.outputs[0]]);
        uint32_t dst = f.dst;
        release_registers(R, f.size);
        m_frames.pop_back();
        --m_user_depth;
        m_stack[m_frames.back().base + dst] = std::move(result);
        return Flow::Continue;
    }
    uint32_t want = f.nout;
    uint32_t produce = want > 0 ? want : 1;
    std::vector<Value> out(produce);
    uint32_t got = 0;
    std::string missing;
    if (c.kind == ChunkKind::Anonymous) {
        for (; got < produce && R[c.anon_out + got].is_defined(); ++got)
            out[got] = std::move(R[c.anon_out + got]);
    } else {
        size_t named = c.outputs.size();
        for (; got < produce && got < named; ++got) {
            if (!R[c.outputs[got]].is_defined()) {
                missing = c.output_names[got];
                break;
            }
            out[got] = std::move(R[c.outputs[got]]);
        }
        if (got == named && got < produce && c.varargout_slot >= 0) {
            Value const& vo = R[c.varargout_slot];
            auto* cell = vo.is_object() && vo.obj()->class_id() == runtime::ClassId::Cell ? static_cast<runtime::CellArray*>(vo.obj()) : nullptr;
            for (size_t i = 0; got < produce && cell && i < cell->numel(); ++i, ++got)
                out[got] = cell->data()[i].is_defined() ? cell->data()[i] : Value::empty();
        }
    }
    bool to_native = f.flags & Frame::TO_NATIVE;
    uint32_t dst = f.dst;
    std::shared_ptr<void const> keep; // keeps `c` alive past the pop
    if (f.flags & Frame::HAS_KEEP)
        keep = m_side->keeps.back();
    pop_frame_registers(f);
    pop_frame();
    --m_user_depth;
    if (got < want) {
        // Raised at the call site: point the caller's pc back into the call instruction.
        if (!to_native)
            m_frames.back().pc -= 1;
        if (c.kind == ChunkKind::Anonymous || missing.empty())
            return raise_flow(make_error("MATLAB:TooManyOutputs", "Too many output arguments."));
        return raise_flow(make_error("MATLAB:unassignedOutputs", "Output argument \"" + missing
                + "\" (and possibly others) not assigned a value in the execution with \"" + c.name + "\" function."));
    }
    if (m_cleanups && !m_cleanups->empty()) [[unlikely]] {
        for (uint32_t i = 0; i < got; ++i)
            if (runtime::as_on_cleanup(out[i]))
                m_frames.back().flags |= Frame::HAS_CLEANUP; // the caller now holds it: check at its exit
    }
    if (to_native) {
        NativeFrame& nf = native_top();
        nf.results.clear();
        for (uint32_t i = 0; i < got; ++i)
            nf.results.push_back(std::move(out[i]));
        return drive_native();
    }
    Value* D = m_stack.data() + m_frames.back().base + dst;
    for (uint32_t i = 0; i < produce; ++i)
        D[i] = std::move(out[i]); // undefined when a statement-context call produced nothing
    return Flow::Continue;
}

async::Poll<VoidResult> Machine::run(async::Context& cx)
{
    Frame* fr;
    Value* R;
    Value const* K;
    uint32_t const* pc;
    uint32_t const* CB;

    static void* const LABELS[] = {
#define OP(name, ...) &&L_##name,
#include "bytecode/ops.def"
#undef OP
    };

#define RELOAD()                                  \
    do {                                          \
        fr = &m_frames.back();                    \
        R = m_stack.data() + fr->base;            \
        K = fr->fn->constants.data();             \
        CB = fr->fn->chunk->code.data();          \
        pc = fr->pc;                              \
    } while (0)
#define SYNC() (fr->pc = pc)
#define DISPATCH() goto* LABELS[*pc]
#define INSN(T) auto const& in = *reinterpret_cast<op::T const*>(pc)
// The empty asm with the op's name keeps GCC from merging the identical dispatch tails of
// different handlers into one indirect jump (which would defeat branch prediction).
#define NEXT(T)                                   \
    do {                                          \
        pc += sizeof(op::T) / 4;                  \
        __asm__ volatile("# next " #T);          \
        DISPATCH();                               \
    } while (0)
#define RAISED() goto raised
#define FLOW(expr)                                \
    do {                                          \
        Flow f_ = (expr);                         \
        if (f_ == Flow::Continue && m_frames.back().is_native()) [[unlikely]] \
            f_ = drive_native(); /* ErrorHandler */ \
        if (f_ == Flow::Suspend)                  \
            f_ = resume_pending(cx);              \
        if (f_ == Flow::Continue) {               \
            RELOAD();                             \
            DISPATCH();                           \
        }                                         \
        if (f_ == Flow::Suspend)                  \
            return async::Pending;                \
        return std::move(m_result);               \
    } while (0)

    RELOAD();
    DISPATCH();

raised:
    if (m_finished)
        return std::move(m_result);
    if (m_frames.back().is_native()) // an ErrorHandler stopped the unwinding
        FLOW(drive_native());
    RELOAD();
    DISPATCH();

L_LoadConst: {
    INSN(LoadConst);
    R[in.dst] = K[in.k];
    NEXT(LoadConst);
}
L_LoadEmpty: {
    INSN(LoadEmpty);
    R[in.dst] = shared_empty();
    NEXT(LoadEmpty);
}
L_Move: {
    INSN(Move);
    if (!R[in.src].is_defined()) {
        SYNC();
        raise_undefined(in.src);
        RAISED();
    }
    R[in.dst] = R[in.src];
    NEXT(Move);
}
L_Clear: {
    INSN(Clear);
    R[in.dst] = Value();
    NEXT(Clear);
}
L_Take: {
    INSN(Take);
    R[in.dst] = std::move(R[in.src]);
    NEXT(Take);
}
L_CopyRaw: {
    INSN(CopyRaw);
    R[in.dst] = R[in.src];
    NEXT(CopyRaw);
}
L_LoadGlobal:
L_StoreGlobal:
L_DeclGlobal: {
    SYNC();
    if (!global_op(pc))
        RAISED();
    pc += op_words(static_cast<Opcode>(*pc));
    DISPATCH();
}
L_LoadPersist:
L_StorePersist:
L_DeclPersist: {
    SYNC();
    if (!persistent_op(pc))
        RAISED();
    pc += op_words(static_cast<Opcode>(*pc));
    DISPATCH();
}

#define BINARY(Name, BOP, COND, RESULT)                                                   \
    L_##Name:                                                                             \
    {                                                                                     \
        INSN(Name);                                                                       \
        Value const& a = R[in.lhs];                                                       \
        Value const& b = R[in.rhs];                                                       \
        if (a.is_num() && b.is_num()) {                                                   \
            double x = a.num(), y = b.num();                                              \
            if (COND) {                                                                   \
                R[in.dst].RESULT;                                                         \
                NEXT(Name);                                                               \
            }                                                                             \
        }                                                                                 \
        SYNC();                                                                           \
        if (!binary_slow(static_cast<uint8_t>(runtime::BinOp::BOP), in.dst, in.lhs, in.rhs)) \
            RAISED();                                                                     \
        NEXT(Name);                                                                       \
    }

    BINARY(Add, Plus, true, set_num(x + y))
    BINARY(Sub, Minus, true, set_num(x - y))
    BINARY(MatMul, MTimes, true, set_num(x * y))
    BINARY(ElemMul, Times, true, set_num(x * y))
    BINARY(MatDiv, MRDivide, true, set_num(x / y))
    BINARY(ElemDiv, RDivide, true, set_num(x / y))
    BINARY(MatLeftDiv, MLDivide, true, set_num(y / x))
    BINARY(ElemLeftDiv, LDivide, true, set_num(y / x))
    BINARY(MatPow, MPower, (x >= 0 || y == std::floor(y)), set_num(std::pow(x, y)))
    BINARY(ElemPow, Power, (x >= 0 || y == std::floor(y)), set_num(std::pow(x, y)))
    BINARY(Eq, Eq, true, set_bool(x == y))
    BINARY(Ne, Ne, true, set_bool(x != y))
    BINARY(Lt, Lt, true, set_bool(x < y))
    BINARY(Le, Le, true, set_bool(x <= y))
    BINARY(Gt, Gt, true, set_bool(x > y))
    BINARY(Ge, Ge, true, set_bool(x >= y))
    BINARY(ElemAnd, And, (x == x && y == y), set_bool(x != 0 && y != 0))
    BINARY(ElemOr, Or, (x == x && y == y), set_bool(x != 0 || y != 0))
#undef BINARY

#define UNARY(Name, UOP, COND, RESULT)                                                   \
    L_##Name:                                                                            \
    {                                                                                    \
        INSN(Name);                                                                      \
        Value const& a = R[in.src];                                                      \
        if (a.is_num()) {                                                                \
            double x = a.num();                                                          \
            if (COND) {                                                                  \
                R[in.dst].RESULT;                                                        \
                NEXT(Name);                                                              \
            }                                                                            \
        }                                                                                \
        SYNC();                                                                          \
        if (!unary_slow(static_cast<uint8_t>(runtime::UnOp::UOP), in.dst, in.src))      \
            RAISED();                                                                    \
        NEXT(Name);                                                                      \
    }

    UNARY(Neg, Minus, true, set_num(-x))
    UNARY(UPlus, Plus, true, set_num(x))
    UNARY(Not, Not, x == x, set_bool(x == 0))
    UNARY(Transpose, Transpose, true, set_num(x))
    UNARY(CTranspose, CTranspose, true, set_num(x))
#undef UNARY

L_Truth: {
    INSN(Truth);
    Value const& a = R[in.src];
    if (a.is_bool()) {
        R[in.dst] = a;
        NEXT(Truth);
    }
    if (a.is_num() && a.num() == a.num()) {
        R[in.dst].set_bool(a.num() != 0);
        NEXT(Truth);
    }
    SYNC();
    if (!truth_slow(in.dst, in.src, in.oror != 0))
        RAISED();
    NEXT(Truth);
}
L_Jump: {
    INSN(Jump);
    pc = CB + in.target;
    DISPATCH();
}
L_JumpIfFalse:
L_JumpIfTrue: {
    // Same layout for both; the opcode says which way to branch.
    INSN(JumpIfFalse);
    bool want = static_cast<Opcode>(*pc) == Opcode::JumpIfTrue;
    Value const& c = R[in.cond];
    int truth;
    if (c.is_bool())
        truth = c.boolean();
    else if (c.is_num() && c.num() == c.num())
        truth = c.num() != 0;
    else {
        SYNC();
        truth = jump_cond_slow(in.cond);
        if (truth < 0)
            RAISED();
    }
    if ((truth != 0) == want) {
        pc = CB + in.target;
        DISPATCH();
    }
    NEXT(JumpIfFalse);
}
#define JUMP_UNLESS(Name, BOP, TEST)                                                    \
    L_##Name:                                                                           \
    {                                                                                   \
        INSN(Name);                                                                     \
        Value const& a = R[in.lhs];                                                     \
        Value const& b = R[in.rhs];                                                     \
        int truth;                                                                      \
        if (a.is_num() && b.is_num()) {                                                 \
            double x = a.num(), y = b.num();                                            \
            truth = TEST;                                                               \
        } else {                                                                        \
            SYNC();                                                                     \
            truth = compare_slow(static_cast<uint8_t>(runtime::BinOp::BOP), in.lhs, in.rhs); \
            if (truth < 0)                                                              \
                RAISED();                                                               \
        }                                                                               \
        if (!truth) {                                                                   \
            pc = CB + in.target;                                                        \
            __asm__ volatile("# jump " #Name);                                         \
            DISPATCH();                                                                 \
        }                                                                               \
        NEXT(Name);                                                                     \
    }

    JUMP_UNLESS(JumpIfNotLt, Lt, x < y)
    JUMP_UNLESS(JumpIfNotLe, Le, x <= y)
    JUMP_UNLESS(JumpIfNotGt, Gt, x > y)
    JUMP_UNLESS(JumpIfNotGe, Ge, x >= y)
    JUMP_UNLESS(JumpIfNotEq, Eq, x == y)
    JUMP_UNLESS(JumpIfNotNe, Ne, x != y)
#undef JUMP_UNLESS

L_Nop: {
    NEXT(Nop);
}
L_LoopCheck: {
    INSN(LoopCheck);
    if (--m_budget == 0) {
        SYNC();
        if (!interrupt_check())
            RAISED();
    }
    pc = CB + in.target;
    DISPATCH();
}
L_ForRangePrep: {
    INSN(ForRangePrep);
    SYNC();
    if (!for_range_prep(in.state))
        RAISED();
    NEXT(ForRangePrep);
}
L_ForArrayPrep: {
    INSN(ForArrayPrep);
    SYNC();
    if (!for_array_prep(in.state))
        RAISED();
    NEXT(ForArrayPrep);
}
L_ForNext: {
    // state: [0] start (or the array), [1] step (undefined: array mode), [2] count, [3] k.
    INSN(ForNext);
    Value* st = R + in.state;
    if (st[1].is_num()) {
        double k = st[3].num();
        if (k < st[2].num()) {
            R[in.var].set_num(st[0].num() + k * st[1].num());
            st[3].set_num(k + 1);
            if (--m_budget == 0) {
                SYNC();
                if (!interrupt_check())
                    RAISED();
            }
            pc = CB + in.body;
            DISPATCH();
        }
        NEXT(ForNext);
    }
    SYNC();
    int r = for_array_next(in.var, in.state);
    if (r < 0)
        RAISED();
    if (r > 0) {
        if (--m_budget == 0 && !interrupt_check())
            RAISED();
        pc = CB + in.body;
        DISPATCH();
    }
    NEXT(ForNext);
}
L_CaseMatch: {
    INSN(CaseMatch);
    Value const& a = R[in.subject];
    Value const& b = R[in.value];
    if (a.is_num() && b.is_num()) {
        R[in.dst].set_bool(a.num() == b.num());
        NEXT(CaseMatch);
    }
    SYNC();
    if (!case_match_slow(pc))
        RAISED();
    NEXT(CaseMatch);
}
L_Range: {
    SYNC();
    if (!range_slow(pc))
        RAISED();
    NEXT(Range);
}
L_MakeCell: {
    INSN(MakeCell);
    auto cell = runtime::make_ref<runtime::CellArray>(runtime::Dims(in.rows, in.cols));
    for (uint32_t r = 0; r < in.rows; ++r)
        for (uint32_t c = 0; c < in.cols; ++c)
            cell->data()[r + c * in.rows] = std::move(R[in.first + r * in.cols + c]);
    R[in.dst] = Value::object(std::move(cell));
    NEXT(MakeCell);
}
L_Horzcat:
L_Vertcat: {
    INSN(Horzcat);
    SYNC();
    if (!concat_slow(in.dst, in.first, in.count, static_cast<Opcode>(*pc) == Opcode::Vertcat))
        RAISED();
    NEXT(Horzcat);
}
L_Index: {
    INSN(Index);
    Value const& base = R[in.base];
    // Fast paths: x(i) and x(i, j) on a real double array with in-range integer indices.
    if (in.nout <= 1 && in.nargs <= 2 && R[in.args].is_num()) {
        if (auto* arr = base.as_double_array(); arr && !arr->is_complex()) {
            size_t lin;
            if (linear_index(arr->shape(), R + in.args, in.nargs, &lin)) {
                R[in.dst].set_num(arr->data()[lin]);
                NEXT(Index);
            }
        }
    }
    SYNC();
    FLOW(index_slow(pc));
}
L_CellIndex: {
    SYNC();
    if (!cell_index_op(pc))
        RAISED();
    NEXT(CellIndex);
}
L_GetField: {
    INSN(GetField);
    SYNC();
    if (!get_field_op(in.dst, in.base, fr->fn->chunk->names[in.name]))
        RAISED();
    NEXT(GetField);
}
L_GetDynField: {
    INSN(GetDynField);
    SYNC();
    runtime::CharArray const* text = R[in.name].as_char_array();
    if (!text) {
        raise(make_error("MATLAB:dynamicFieldName", "Dynamic field names must be text."));
        RAISED();
    }
    if (!get_field_op(in.dst, in.base, text->to_utf8()))
        RAISED();
    NEXT(GetDynField);
}
L_GetMethod: {
    INSN(GetMethod);
    SYNC();
    if (!get_method_op(in.dst, in.base, fr->fn->chunk->names[in.name]))
        RAISED();
    NEXT(GetMethod);
}
L_SetIndex: {
    INSN(SetIndex);
    Value& base = R[in.base];
    // Fast paths: x(i) = v / x(i, j) = v on a uniquely owned real double array (in place), the
    // indices in range, v a double.
    if (in.nargs <= 2 && R[in.args].is_num() && R[in.src].is_num()) {
        if (auto* arr = base.as_double_array(); arr && arr->is_unique() && !arr->is_complex()) {
            size_t lin;
            if (linear_index(arr->shape(), R + in.args, in.nargs, &lin)) {
                arr->data()[lin] = R[in.src].num();
                NEXT(SetIndex);
            }
        }
    }
    SYNC();
    if (!set_index_slow(pc))
        RAISED();
    NEXT(SetIndex);
}
L_DeleteIndex: {
    SYNC();
    if (!delete_index_slow(pc))
        RAISED();
    NEXT(DeleteIndex);
}
L_SetCellIndex: {
    SYNC();
    if (!set_cell_index_op(pc))
        RAISED();
    NEXT(SetCellIndex);
}
L_SetField: {
    INSN(SetField);
    SYNC();
    if (!set_field_op(in.base, fr->fn->chunk->names[in.name], in.src))
        RAISED();
    NEXT(SetField);
}
L_SetDynField: {
    INSN(SetDynField);
    SYNC();
    auto name = dyn_field_name(in.name);
    if (name.is_error()) {
        raise(name.release_error());
        RAISED();
    }
    if (!set_field_op(in.base, name.value(), in.src))
        RAISED();
    NEXT(SetDynField);
}
L_CsList:
L_FieldList:
L_DynFieldList:
L_Pack:
L_HorzcatPack:
L_IndexLvalue:
L_CellIndexLvalue:
L_GetFieldLvalue:
L_GetDynFieldLvalue: {
    SYNC();
    if (!cell_op(pc))
        RAISED();
    pc += op_words(static_cast<Opcode>(*pc));
    DISPATCH();
}
L_CallPack:
L_IndexPack: {
    SYNC();
    FLOW(pack_call(pc));
}
L_EndValue: {
    SYNC();
    if (!end_value_slow(pc))
        RAISED();
    NEXT(EndValue);
}
L_MakeClosure: {
    SYNC();
    if (!make_closure(pc))
        RAISED();
    NEXT(MakeClosure);
}
L_MakeHandle: {
    SYNC();
    if (!make_handle(pc))
        RAISED();
    NEXT(MakeHandle);
}
L_Call: {
    INSN(Call);
    SiteCache const& site = fr->fn->sites[in.site];
    if (site.fast && site.epoch == *m_epoch && in.nout <= 1) {
        // Hot builtin on unboxed doubles (mod(i, 7)): no CallContext, no spans.
        Value const* a = R + in.args;
        double out;
        if (in.nargs == 1 && a[0].is_num()) {
            if (site.fast(a[0].num(), 0, &out)) {
                R[in.dst].set_num(out);
                NEXT(Call);
            }
        } else if (in.nargs == 2 && a[0].is_num() && a[1].is_num()) {
            if (site.fast(a[0].num(), a[1].num(), &out)) {
                R[in.dst].set_num(out);
                NEXT(Call);
            }
        }
    }
    SYNC();
    FLOW(call_named(pc));
}
#define CALL_FAST(Name, ...)                                                             \
    L_##Name:                                                                            \
    {                                                                                    \
        INSN(Name);                                                                      \
        SiteCache const& site = fr->fn->sites[in.site];                                  \
        if (site.fast && site.epoch == *m_epoch) {                                       \
            double out;                                                                  \
            if (__VA_ARGS__) {                                                           \
                R[in.dst].set_num(out);                                                  \
                NEXT(Name);                                                              \
            }                                                                            \
        }                                                                                \
        SYNC();                                                                          \
        FLOW(call_named_args(pc));                                                       \
    }

    CALL_FAST(Call1, R[in.a].is_num() && site.fast(R[in.a].num(), 0, &out))
    // mod is common enough in loops to be inlined (no indirect call, result in a register).
    CALL_FAST(Call2, R[in.a].is_num() && R[in.b].is_num()
            && (site.fast == &fast::mod_fast ? fast::mod_fast(R[in.a].num(), R[in.b].num(), &out)
                                             : site.fast(R[in.a].num(), R[in.b].num(), &out)))
#undef CALL_FAST

L_CallLocal: {
    INSN(CallLocal);
    // Inline fast path: a simple function, arguments and outputs within its declaration, room
    // on the register stack. The arguments already sit where the callee's slots begin.
    Function* fn = &fr->fn->module->functions[in.fn];
    Chunk const& c = *fn->chunk;
    if (fn->simple && c.kind == ChunkKind::Function && in.nargs <= c.num_params && in.nout <= c.outputs.size() && m_user_depth < m_recursion_limit
        && m_budget > 1 && fr->base + in.args + c.num_regs <= m_stack.size()) {
        --m_budget;
        Value* NR = R + in.args;
        for (uint32_t i = in.nargs; i < c.num_slots; ++i)
            NR[i] = Value();
        for (size_t i = 0; i < c.const_nums.size(); ++i)
            NR[c.const_base + i].set_num(c.const_nums[i]);
        fr->pc = pc + sizeof(op::CallLocal) / 4;
        uint32_t base = fr->base + in.args;
        Frame& f = m_frames.emplace_back();
        f.fn = fn;
        f.pc = c.code.data();
        f.base = base;
        f.size = c.num_regs;
        f.dst = in.dst;
        f.nout = in.nout;
        f.nargin = in.nargs;
        f.flags = 0;
        ++m_user_depth;
        fr = &f;
        R = NR;
        K = fn->constants.data();
        CB = f.pc;
        pc = CB;
        DISPATCH();
    }
    SYNC();
    CallInfo ci;
    ci.args = fr->base + in.args;
    ci.nargs = in.nargs;
    ci.dst = in.dst;
    ci.nout = in.nout == NOUT_FRAME ? fr->nout : in.nout;
    ci.next_pc = pc + sizeof(op::CallLocal) / 4;
    FLOW(push_user(&fr->fn->module->functions[in.fn], nullptr, {}, ci));
}
L_Return: {
    // Inline fast path: a simple function returning at most one output to registers.
    if (fr->flags == 0 && fr->fn->simple && fr->fn->ret_slot >= 0 && fr->nout <= 1 && m_frames.size() > 1
        && (fr->nout == 0 || R[fr->fn->ret_slot].is_defined())) {
        Value result = std::move(R[fr->fn->ret_slot]);
        uint32_t dst = fr->dst;
        release_registers(R, fr->size);
        m_frames.pop_back();
        --m_user_depth;
        fr = &m_frames.back();
        R = m_stack.data() + fr->base;
        K = fr->fn->constants.data();
        CB = fr->fn->chunk->code.data();
        pc = fr->pc;
        R[dst] = std::move(result);
        DISPATCH();
    }
    SYNC();
    FLOW(do_return());
}
L_ExprStmt: {
    INSN(ExprStmt);
    SYNC();
    if (!expr_stmt(in.src, in.ans, in.print != 0))
        RAISED();
    NEXT(ExprStmt);
}
L_Display: {
    INSN(Display);
    SYNC();
    if (!display(in.src, fr->fn->chunk->names[in.name]))
        RAISED();
    NEXT(Display);
}
L_RequireDefined: {
    INSN(RequireDefined);
    if (!R[in.src].is_defined()) {
        SYNC();
        raise_undefined(in.src);
        RAISED();
    }
    NEXT(RequireDefined);
}
L_Unsupported: {
    INSN(Unsupported);
    SYNC();
    unsupported(fr->fn->chunk->names[in.what]);
    RAISED();
}
L_CallDyn: {
    SYNC();
    FLOW(call_dyn(pc));
}
L_CleanupCheck: {
    if (m_cleanups && !m_cleanups->empty()) [[unlikely]] {
        SYNC();
        FLOW(cleanup_check(pc));
    }
    NEXT(CleanupCheck);
}

#undef RELOAD
#undef SYNC
#undef DISPATCH
#undef INSN
#undef NEXT
#undef RAISED
#undef FLOW
}

} // namespace runmat::vm
