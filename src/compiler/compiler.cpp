// Compiler: HIR -> bytecode. Variables are the registers [0, num_slots); temporaries are
// allocated as a stack above them, so call arguments are always contiguous and topmost.
// Knows nothing about runtime values (constants are plain data).
#include "compiler/compiler.hpp"
#include "compiler/emitter.hpp"
#include <cctype>
#include <cstddef>
#include <cstring>
#include <map>

namespace runmat::compiler {

namespace {

using namespace runmat::bytecode;
using hir::Expr;
using hir::ExprKind;
using hir::Stmt;
using hir::StmtKind;
using Status = Result<void, Diagnostic>;

struct LoopLabels {
    std::vector<uint32_t> breaks;    // Jump instructions to patch to the loop exit
    std::vector<uint32_t> continues; // Jump instructions to patch to the continue point
};

// Where `end` refers to: the value being indexed, and the argument position.
struct EndContext {
    Reg base;
    uint32_t k;
    uint32_t n;
};

class FunctionCompiler {
public:
    FunctionCompiler(hir::Unit const& unit, hir::Function const& fn, Chunk& chunk)
        : m_unit(unit), m_fn(fn), m_chunk(chunk), m_em(chunk)
    {
    }

    Status compile();

private:
    Reg alloc(uint32_t n = 1)
    {
        Reg r = m_top;
        m_top += n;
        if (m_top > m_max)
            m_max = m_top;
        return r;
    }
    void at(SourceSpan const& span) { m_em.set_position(span.begin); }
    Diagnostic error(SourceSpan span, std::string msg) const
    {
        Diagnostic d;
        d.message = std::move(msg);
        d.file = m_unit.source ? m_unit.source->name : std::string();
        d.pos = span.begin;
        return d;
    }
    uint32_t jump_placeholder() { return m_em.emit(op::Jump { .target = 0 }); }
    void patch_jump(uint32_t insn, uint32_t target) { m_em.patch(insn, offsetof(op::Jump, target), target); }
    template <typename T>
    void patch_label(uint32_t insn, size_t field_offset, uint32_t target) { m_em.patch(insn, field_offset, target); }

    Status block(hir::Block const& b);
    Status stmt(Stmt const& s);
    Status expr_stmt(Stmt const& s);
    Status assign_stmt(Stmt const& s);
    Status multi_assign_stmt(Stmt const& s);
    Status if_stmt(Stmt const& s);
    Status for_stmt(Stmt const& s);
    Status while_stmt(Stmt const& s);
    Status switch_stmt(Stmt const& s);
    Status try_stmt(Stmt const& s);

    Result<Reg, Diagnostic> expr(Expr const& e);
    Status expr_to(Expr const& e, Reg dst);
    Status call_to(Expr const& e, Reg dst, uint32_t nout);
    Status dyn_call_to(Expr const& e, Reg dst, uint32_t nout, uint32_t mode);
    Status index_to(Expr const& e, Reg dst, uint32_t nout);
    Result<Reg, Diagnostic> method_callee(Expr const& field);
    Status outputs_to(Expr const& e, Reg dst, uint32_t nout); // Call/Index/CellIndex with nout
    Status binary_to(Expr const& e, Reg dst);
    Status unary_to(Expr const& e, Reg dst);
    Status short_circuit_to(Expr const& e, Reg dst);
    Status matrix_to(Expr const& e, Reg dst);
    Status cell_to(Expr const& e, Reg dst);
    Status args_to(std::vector<hir::ExprPtr> const& args, Reg first, Reg end_base);
    Status pack_to(std::vector<hir::ExprPtr> const& args, Reg dst, Reg end_base);
    Status cs_item_to(Expr const& e, Reg dst);
    Status assign(hir::LValue const& lv, Reg value);
    Status assign_chain(Reg base, hir::LValue const& lv, size_t i, Reg value);
    void display_var(hir::LValue const& lv);
    Reg var_reg_for_display(hir::VarRef const& v);

    hir::Unit const& m_unit;
    hir::Function const& m_fn;
    Chunk& m_chunk;
    Emitter m_em;
    Reg m_top = 0;
    Reg m_max = 0;
    uint32_t m_sites = 0;
    std::vector<LoopLabels> m_loops;
    std::vector<EndContext> m_ends;
    bool m_deleting = false; // assign(): the innermost paren access deletes (x(i) = [])
    std::map<uint64_t, Reg> m_const_regs; // number (bit pattern) -> constant register
    Reg m_block_out = NO_REG;             // block lambda: its output register (Return copies ans there)

    struct PatchSite {
        uint32_t insn;
        size_t offset;
    };
    Result<PatchSite, Diagnostic> jump_unless(Expr const& cond);
    void setup_constant_registers();
    void thread_jumps();
};

bool is_empty_literal(Expr const& e)
{
    if (e.kind != ExprKind::Matrix)
        return false;
    for (auto const& row : e.rows)
        if (!row.empty())
            return false;
    return true;
}

// Arguments that may be comma-separated lists (c{:}, s.x on a struct array): such argument
// lists are packed at run time (op Pack) instead of occupying fixed registers.
bool has_cs_list(std::vector<hir::ExprPtr> const& args)
{
    for (auto const& a : args)
        if (a->kind == ExprKind::CellIndex || a->kind == ExprKind::Field || a->kind == ExprKind::DynField)
            return true;
    return false;
}

bool produces_outputs(Expr const& e)
{
    return e.kind == ExprKind::Call || e.kind == ExprKind::Index || e.kind == ExprKind::CellIndex;
}

Status FunctionCompiler::compile()
{
    Chunk& c = m_chunk;
    c.kind = m_fn.kind == hir::FunctionKind::Script ? ChunkKind::Script
        : m_fn.kind == hir::FunctionKind::Anonymous ? ChunkKind::Anonymous
                                                    : ChunkKind::Function;
    c.name = m_fn.name;
    c.slot_names = m_fn.slot_names;
    c.num_slots = static_cast<uint32_t>(m_fn.slot_names.size());
    c.num_params = static_cast<uint32_t>(m_fn.params.size());
    c.outputs = m_fn.outputs;
    c.output_names = m_fn.output_names;
    c.varargin_slot = m_fn.varargin_slot;
    c.varargout_slot = m_fn.varargout_slot;
    c.nargin_slot = m_fn.nargin_slot;
    c.nargout_slot = m_fn.nargout_slot;
    c.ans_slot = m_fn.ans_slot;
    c.num_captures = m_fn.num_captures;
    c.capture_base = c.num_slots - m_fn.num_captures; // captures are the last slots declared
    c.persistent_names = m_fn.persistents;
    c.num_persistents = static_cast<uint32_t>(m_fn.persistents.size());
    m_top = m_max = c.num_slots;
    setup_constant_registers();
    c.first_temp = m_top;
    m_em.set_position(m_fn.span.begin);

    c.is_async = m_fn.is_async;
    if (m_fn.kind == hir::FunctionKind::Anonymous && m_fn.block_lambda) {
        // Block lambda: ans starts as [] and holds the value; every exit copies it out.
        c.anon_out = alloc(1);
        m_block_out = c.anon_out;
        m_em.emit(op::LoadEmpty { .dst = static_cast<Reg>(m_fn.ans_slot) });
        TRY_VOID(block(m_fn.body));
        m_em.emit(op::CopyRaw { .dst = c.anon_out, .src = static_cast<Reg>(m_fn.ans_slot) });
    } else if (m_fn.kind == hir::FunctionKind::Anonymous) {
        Expr const& body = *m_fn.anon_body;
        c.anon_out = alloc(1);
        if (produces_outputs(body))
            TRY_VOID(outputs_to(body, c.anon_out, NOUT_FRAME));
        else
            TRY_VOID(expr_to(body, c.anon_out));
    } else {
        TRY_VOID(block(m_fn.body));
    }
    m_em.emit(op::Return {});
    c.num_regs = m_max;
    c.num_sites = m_sites;
    thread_jumps();
    return {};
}

namespace {

bool real_number(Expr const& e, double* v)
{
    if (e.kind == ExprKind::Number && !e.imag) {
        *v = e.num;
        return true;
    }
    if (e.kind == ExprKind::Unary && (e.uop == hir::UnaryOp::Neg || e.uop == hir::UnaryOp::Plus) && e.lhs->kind == ExprKind::Number && !e.lhs->imag) {
        *v = e.uop == hir::UnaryOp::Neg ? -e.lhs->num : e.lhs->num;
        return true;
    }
    return false;
}

uint64_t bits_of(double v)
{
    uint64_t b;
    std::memcpy(&b, &v, sizeof b);
    return b;
}

// Numbers used as operands of binary operators (n - 1, i < 10): they get constant registers.
void collect_operand_constants(Expr const* e, std::vector<double>& out);

void collect_block_constants(hir::Block const& b, std::vector<double>& out)
{
    for (auto const& s : b) {
        collect_operand_constants(s->expr.get(), out);
        for (auto const& t : s->targets)
            for (auto const& a : t.chain)
                for (auto const& x : a.args)
                    collect_operand_constants(x.get(), out);
        for (auto const& c : s->clauses) {
            collect_operand_constants(c.cond.get(), out);
            collect_block_constants(c.body, out);
        }
        for (auto const& c : s->cases)
            collect_block_constants(c.body, out);
        collect_block_constants(s->body, out);
        collect_block_constants(s->else_body, out);
        collect_block_constants(s->catch_body, out);
    }
}

void collect_operand_constants(Expr const* e, std::vector<double>& out)
{
    if (!e || e->kind == ExprKind::AnonFn)
        return;
    double v;
    if (e->kind == ExprKind::Binary) {
        for (Expr const* side : { e->lhs.get(), e->rhs.get() })
            if (real_number(*side, &v))
                out.push_back(v);
    }
    if (e->kind == ExprKind::Call && (e->args.size() == 1 || e->args.size() == 2)) // Call1/Call2 operands
        for (auto const& a : e->args)
            if (real_number(*a, &v))
                out.push_back(v);
    collect_operand_constants(e->base.get(), out);
    collect_operand_constants(e->lhs.get(), out);
    collect_operand_constants(e->rhs.get(), out);
    for (auto const& a : e->args)
        collect_operand_constants(a.get(), out);
    for (auto const& r : e->rows)
        for (auto const& a : r)
            collect_operand_constants(a.get(), out);
}

} // namespace

void FunctionCompiler::setup_constant_registers()
{
    constexpr size_t MAX_CONSTANT_REGISTERS = 32;
    std::vector<double> found;
    if (m_fn.kind == hir::FunctionKind::Anonymous && !m_fn.block_lambda)
        collect_operand_constants(m_fn.anon_body.get(), found);
    else
        collect_block_constants(m_fn.body, found);
    m_chunk.const_base = m_top;
    for (double v : found) {
        if (m_const_regs.size() >= MAX_CONSTANT_REGISTERS)
            break;
        if (m_const_regs.count(bits_of(v)))
            continue;
        m_const_regs.emplace(bits_of(v), alloc());
        m_chunk.const_nums.push_back(v);
    }
}

// Jump threading: a jump to a jump goes straight to the final target; a jump to a Return
// becomes a Return (then a Nop fills the freed word).
void FunctionCompiler::thread_jumps()
{
    auto& code = m_chunk.code;
    for (size_t pc = 0; pc < code.size(); pc += op_words(static_cast<Opcode>(code[pc]))) {
        if (static_cast<Opcode>(code[pc]) != Opcode::Jump)
            continue;
        uint32_t target = code[pc + 1];
        for (int hops = 0; hops < 8 && static_cast<Opcode>(code[target]) == Opcode::Jump; ++hops)
            target = code[target + 1];
        code[pc + 1] = target;
        if (static_cast<Opcode>(code[target]) == Opcode::Return) {
            code[pc] = static_cast<uint32_t>(Opcode::Return);
            code[pc + 1] = static_cast<uint32_t>(Opcode::Nop);
        }
    }
}

Status FunctionCompiler::block(hir::Block const& b)
{
    for (auto const& s : b)
        TRY_VOID(stmt(*s));
    return {};
}

Status FunctionCompiler::stmt(Stmt const& s)
{
    Reg mark = m_top;
    at(s.span);
    Status st;
    switch (s.kind) {
    case StmtKind::Expr: st = expr_stmt(s); break;
    case StmtKind::Assign: st = assign_stmt(s); break;
    case StmtKind::MultiAssign: st = multi_assign_stmt(s); break;
    case StmtKind::If: st = if_stmt(s); break;
    case StmtKind::For: st = for_stmt(s); break;
    case StmtKind::While: st = while_stmt(s); break;
    case StmtKind::Switch: st = switch_stmt(s); break;
    case StmtKind::Try: st = try_stmt(s); break;
    case StmtKind::Break:
        m_loops.back().breaks.push_back(jump_placeholder());
        break;
    case StmtKind::Continue:
        m_loops.back().continues.push_back(jump_placeholder());
        break;
    case StmtKind::Return:
        if (m_block_out != NO_REG)
            m_em.emit(op::CopyRaw { .dst = m_block_out, .src = static_cast<Reg>(m_fn.ans_slot) });
        m_em.emit(op::Return {});
        break;
    case StmtKind::Global:
        for (auto const& v : s.vars)
            m_em.emit(op::DeclGlobal { .name = m_em.name(v.name) });
        break;
    case StmtKind::Persistent:
        for (auto const& v : s.vars)
            if (v.storage == hir::Storage::Persistent)
                m_em.emit(op::DeclPersist { .index = v.index });
        break;
    }
    if (m_fn.uses_cleanup && !st.is_error())
        m_em.emit(op::CleanupCheck {}); // an overwritten or cleared onCleanup runs its task now
    m_top = mark;
    return st;
}

Reg FunctionCompiler::var_reg_for_display(hir::VarRef const& v)
{
    if (v.storage == hir::Storage::Local)
        return v.index;
    Reg t = alloc();
    if (v.storage == hir::Storage::Global)
        m_em.emit(op::LoadGlobal { .dst = t, .name = m_em.name(v.name) });
    else
        m_em.emit(op::LoadPersist { .dst = t, .index = v.index });
    return t;
}

Status FunctionCompiler::expr_stmt(Stmt const& s)
{
    Expr const& e = *s.expr;
    if (e.kind == ExprKind::Var) {
        // A bare variable displays under its own name and does not set ans.
        Reg r = var_reg_for_display(e.var);
        at(e.span);
        if (s.print)
            m_em.emit(op::Display { .src = r, .name = m_em.name(e.var.name) });
        else
            m_em.emit(op::RequireDefined { .src = r, .name = m_em.name(e.var.name) });
        return {};
    }
    Reg t = alloc();
    if (e.kind == ExprKind::Call && e.dynamic && e.args.empty() && !m_unit.local_functions.count(e.text))
        TRY_VOID(dyn_call_to(e, t, 0, s.print ? 1 : 2)); // a bare name: `x = v` if eval made x
    else if (produces_outputs(e))
        TRY_VOID(outputs_to(e, t, 0));
    else
        TRY_VOID(expr_to(e, t));
    at(e.span);
    Reg ans = m_fn.ans_slot >= 0 ? static_cast<Reg>(m_fn.ans_slot) : NO_REG;
    m_em.emit(op::ExprStmt { .src = t, .ans = ans, .print = s.print ? 1u : 0u });
    return {};
}

void FunctionCompiler::display_var(hir::LValue const& lv)
{
    if (lv.tilde)
        return;
    Reg r = var_reg_for_display(lv.var);
    m_em.emit(op::Display { .src = r, .name = m_em.name(lv.var.name) });
}

Status FunctionCompiler::assign_stmt(Stmt const& s)
{
    hir::LValue const& lv = s.targets[0];
    if (lv.tilde)
        return error(lv.span, "Invalid use of '~'.");
    if (lv.chain.empty() && lv.var.storage == hir::Storage::Local) {
        // Compute straight into the variable: every op writes its dst only on success.
        TRY_VOID(expr_to(*s.expr, lv.var.index));
    } else if (is_empty_literal(*s.expr) && !lv.chain.empty() && lv.chain.back().kind == hir::LValue::AccessKind::Paren) {
        // x(idx) = [] with a literal [] deletes (MATLAB: only the literal deletes).
        m_deleting = true;
        Status st = assign(lv, NO_REG);
        m_deleting = false;
        TRY_VOID(std::move(st));
    } else {
        Reg v = TRY(expr(*s.expr));
        at(lv.span);
        TRY_VOID(assign(lv, v));
    }
    if (s.print)
        display_var(lv);
    return {};
}

Status FunctionCompiler::multi_assign_stmt(Stmt const& s)
{
    uint32_t n = static_cast<uint32_t>(s.targets.size());
    Expr const& rhs = *s.expr;
    if (!produces_outputs(rhs)) {
        if (n != 1)
            return error(rhs.span, "Too many output arguments.");
        Reg v = TRY(expr(rhs));
        TRY_VOID(assign(s.targets[0], v));
    } else {
        Reg t = alloc(n);
        TRY_VOID(outputs_to(rhs, t, n));
        for (uint32_t i = 0; i < n; ++i) {
            if (s.targets[i].tilde)
                continue;
            at(s.targets[i].span);
            TRY_VOID(assign(s.targets[i], t + i));
        }
    }
    if (s.print)
        for (auto const& lv : s.targets)
            display_var(lv);
    return {};
}

Status FunctionCompiler::assign(hir::LValue const& lv, Reg value)
{
    hir::VarRef const& v = lv.var;
    if (lv.chain.empty()) {
        switch (v.storage) {
        case hir::Storage::Local:
            if (value == v.index)
                return {};
            if (value >= m_chunk.first_temp) // a temporary: move, so no stale reference remains
                m_em.emit(op::Take { .dst = v.index, .src = value });
            else
                m_em.emit(op::Move { .dst = v.index, .src = value });
            return {};
        case hir::Storage::Global:
            m_em.emit(op::StoreGlobal { .name = m_em.name(v.name), .src = value });
            return {};
        case hir::Storage::Persistent:
            m_em.emit(op::StorePersist { .index = v.index, .src = value });
            return {};
        }
    }
    if (v.storage == hir::Storage::Local)
        return assign_chain(v.index, lv, 0, value);
    Reg base = var_reg_for_display(v);
    TRY_VOID(assign_chain(base, lv, 0, value));
    if (v.storage == hir::Storage::Global)
        m_em.emit(op::StoreGlobal { .name = m_em.name(v.name), .src = base });
    else
        m_em.emit(op::StorePersist { .index = v.index, .src = base });
    return {};
}

// base<chain[i]>... = value: the last accessor is a set; inner ones read, recurse, write back.
Status FunctionCompiler::assign_chain(Reg base, hir::LValue const& lv, size_t i, Reg value)
{
    auto const& acc = lv.chain[i];
    bool last = i + 1 == lv.chain.size();
    Reg mark = m_top;
    using K = hir::LValue::AccessKind;
    switch (acc.kind) {
    case K::Paren:
    case K::Brace: {
        uint32_t n = static_cast<uint32_t>(acc.args.size());
        Reg args = alloc(n);
        TRY_VOID(args_to(acc.args, args, base));
        at(acc.span);
        Reg src = value;
        if (!last) {
            src = alloc();
            if (acc.kind == K::Paren)
                m_em.emit(op::IndexLvalue { .dst = src, .base = base, .args = args, .nargs = n });
            else
                m_em.emit(op::CellIndexLvalue { .dst = src, .base = base, .args = args, .nargs = n });
            TRY_VOID(assign_chain(src, lv, i + 1, value));
            at(acc.span);
        }
        if (acc.kind == K::Paren && last && m_deleting)
            m_em.emit(op::DeleteIndex { .base = base, .args = args, .nargs = n });
        else if (acc.kind == K::Paren)
            m_em.emit(op::SetIndex { .base = base, .args = args, .nargs = n, .src = src });
        else
            m_em.emit(op::SetCellIndex { .base = base, .args = args, .nargs = n, .src = src });
        break;
    }
    case K::Field: {
        uint32_t name = m_em.name(acc.field);
        Reg src = value;
        if (!last) {
            src = alloc();
            m_em.emit(op::GetFieldLvalue { .dst = src, .base = base, .name = name });
            TRY_VOID(assign_chain(src, lv, i + 1, value));
            at(acc.span);
        }
        m_em.emit(op::SetField { .base = base, .name = name, .src = src });
        break;
    }
    case K::DynField: {
        Reg name = TRY(expr(*acc.name));
        Reg src = value;
        if (!last) {
            src = alloc();
            m_em.emit(op::GetDynFieldLvalue { .dst = src, .base = base, .name = name });
            TRY_VOID(assign_chain(src, lv, i + 1, value));
            at(acc.span);
        }
        m_em.emit(op::SetDynField { .base = base, .name = name, .src = src });
        break;
    }
    }
    m_top = mark;
    return {};
}

Status FunctionCompiler::if_stmt(Stmt const& s)
{
    std::vector<uint32_t> ends;
    for (size_t i = 0; i < s.clauses.size(); ++i) {
        auto const& clause = s.clauses[i];
        PatchSite jf = TRY(jump_unless(*clause.cond));
        TRY_VOID(block(clause.body));
        bool more = i + 1 < s.clauses.size() || !s.else_body.empty();
        if (more)
            ends.push_back(jump_placeholder());
        m_em.patch(jf.insn, jf.offset, m_em.here());
    }
    TRY_VOID(block(s.else_body));
    for (uint32_t j : ends)
        patch_jump(j, m_em.here());
    return {};
}

Status FunctionCompiler::for_stmt(Stmt const& s)
{
    hir::LValue const& lv = s.targets[0];
    if (!lv.chain.empty())
        return error(lv.span, "The loop variable must be a name.");
    Expr const& range = *s.expr;
    Reg state = alloc(4);
    if (range.kind == ExprKind::Range) {
        TRY_VOID(expr_to(*range.args[0], state));
        if (range.args.size() == 3) {
            TRY_VOID(expr_to(*range.args[1], state + 1));
            TRY_VOID(expr_to(*range.args[2], state + 2));
        } else {
            m_em.emit(op::LoadConst { .dst = state + 1, .k = m_em.num_constant(1.0) });
            TRY_VOID(expr_to(*range.args[1], state + 2));
        }
        at(range.span);
        m_em.emit(op::ForRangePrep { .state = state });
    } else {
        TRY_VOID(expr_to(range, state));
        at(range.span);
        m_em.emit(op::ForArrayPrep { .state = state });
    }
    bool local = lv.var.storage == hir::Storage::Local;
    Reg var = local ? lv.var.index : alloc();
    uint32_t jmp = jump_placeholder();
    uint32_t body = m_em.here();
    if (!local)
        TRY_VOID(assign(lv, var));
    m_loops.emplace_back();
    TRY_VOID(block(s.body));
    uint32_t next = m_em.here();
    patch_jump(jmp, next);
    at(s.span);
    m_em.emit(op::ForNext { .var = var, .state = state, .body = body });
    uint32_t exit = m_em.here();
    m_em.emit(op::Clear { .dst = state }); // drop the iterated array (keeps later updates in place)
    for (uint32_t j : m_loops.back().breaks)
        patch_jump(j, exit);
    for (uint32_t j : m_loops.back().continues)
        patch_jump(j, next);
    m_loops.pop_back();
    return {};
}

Status FunctionCompiler::while_stmt(Stmt const& s)
{
    uint32_t top = m_em.here();
    PatchSite jf = TRY(jump_unless(*s.expr));
    m_loops.emplace_back();
    TRY_VOID(block(s.body));
    uint32_t next = m_em.here();
    at(s.span);
    m_em.emit(op::LoopCheck { .target = top });
    uint32_t exit = m_em.here();
    m_em.patch(jf.insn, jf.offset, exit);
    for (uint32_t j : m_loops.back().breaks)
        patch_jump(j, exit);
    for (uint32_t j : m_loops.back().continues)
        patch_jump(j, next);
    m_loops.pop_back();
    return {};
}

// Evaluate an if/while condition and branch (to a label patched later) when it is false.
// A comparison compiles to one fused compare-and-branch op.
Result<FunctionCompiler::PatchSite, Diagnostic> FunctionCompiler::jump_unless(Expr const& cond)
{
    Reg mark = m_top;
    PatchSite site {};
    if (cond.kind == ExprKind::Binary) {
        using B = hir::BinaryOp;
        B b = cond.bop;
        if (b == B::Lt || b == B::Le || b == B::Gt || b == B::Ge || b == B::Eq || b == B::Ne) {
            Reg l = TRY(expr(*cond.lhs));
            Reg r = TRY(expr(*cond.rhs));
            at(cond.span);
            switch (b) {
            case B::Lt: site.insn = m_em.emit(op::JumpIfNotLt { .lhs = l, .rhs = r, .target = 0 }); break;
            case B::Le: site.insn = m_em.emit(op::JumpIfNotLe { .lhs = l, .rhs = r, .target = 0 }); break;
            case B::Gt: site.insn = m_em.emit(op::JumpIfNotGt { .lhs = l, .rhs = r, .target = 0 }); break;
            case B::Ge: site.insn = m_em.emit(op::JumpIfNotGe { .lhs = l, .rhs = r, .target = 0 }); break;
            case B::Eq: site.insn = m_em.emit(op::JumpIfNotEq { .lhs = l, .rhs = r, .target = 0 }); break;
            default: site.insn = m_em.emit(op::JumpIfNotNe { .lhs = l, .rhs = r, .target = 0 }); break;
            }
            site.offset = offsetof(op::JumpIfNotLt, target);
            m_top = mark;
            return site;
        }
    }
    Reg c = TRY(expr(cond));
    at(cond.span);
    site.insn = m_em.emit(op::JumpIfFalse { .cond = c, .target = 0 });
    site.offset = offsetof(op::JumpIfFalse, target);
    m_top = mark;
    return site;
}

Status FunctionCompiler::switch_stmt(Stmt const& s)
{
    Reg subject = alloc();
    TRY_VOID(expr_to(*s.expr, subject));
    std::vector<uint32_t> ends;
    for (auto const& c : s.cases) {
        std::vector<uint32_t> hits;
        for (auto const& v : c.values) {
            Reg mark = m_top;
            Reg val = TRY(expr(*v));
            Reg res = alloc();
            at(v->span);
            m_em.emit(op::CaseMatch { .dst = res, .subject = subject, .value = val });
            hits.push_back(m_em.emit(op::JumpIfTrue { .cond = res, .target = 0 }));
            m_top = mark;
        }
        uint32_t skip = jump_placeholder();
        for (uint32_t h : hits)
            patch_label<op::JumpIfTrue>(h, offsetof(op::JumpIfTrue, target), m_em.here());
        TRY_VOID(block(c.body));
        ends.push_back(jump_placeholder());
        patch_jump(skip, m_em.here());
    }
    TRY_VOID(block(s.else_body));
    for (uint32_t j : ends)
        patch_jump(j, m_em.here());
    return {};
}

Status FunctionCompiler::try_stmt(Stmt const& s)
{
    uint32_t begin = m_em.here();
    TRY_VOID(block(s.body));
    uint32_t end = m_em.here();
    uint32_t skip = jump_placeholder();
    Handler h;
    h.begin = begin;
    h.end = end;
    h.target = m_em.here();
    if (s.has_catch_var) {
        hir::LValue lv;
        lv.var = s.catch_var;
        if (s.catch_var.storage == hir::Storage::Local) {
            h.catch_reg = static_cast<int32_t>(s.catch_var.index);
        } else {
            Reg t = alloc();
            h.catch_reg = static_cast<int32_t>(t);
            TRY_VOID(assign(lv, t));
        }
    }
    TRY_VOID(block(s.catch_body));
    patch_jump(skip, m_em.here());
    m_chunk.handlers.push_back(h); // inner try statements were pushed first
    return {};
}

// ---- Expressions ----

Result<Reg, Diagnostic> FunctionCompiler::expr(Expr const& e)
{
    if (e.kind == ExprKind::Var && e.var.storage == hir::Storage::Local)
        return e.var.index; // read in place; ops check for an undefined variable
    double v;
    if (real_number(e, &v)) {
        if (auto it = m_const_regs.find(bits_of(v)); it != m_const_regs.end())
            return it->second;
    }
    Reg t = alloc();
    TRY_VOID(expr_to(e, t));
    return t;
}

Status FunctionCompiler::args_to(std::vector<hir::ExprPtr> const& args, Reg first, Reg end_base)
{
    uint32_t n = static_cast<uint32_t>(args.size());
    for (uint32_t i = 0; i < n; ++i) {
        Reg mark = m_top;
        if (end_base != NO_REG)
            m_ends.push_back({ end_base, i, n });
        Status st = expr_to(*args[i], first + i);
        if (end_base != NO_REG)
            m_ends.pop_back();
        m_top = mark;
        TRY_VOID(std::move(st));
    }
    return {};
}

// Arguments into a 1xN cell in dst, cs-list arguments spliced (op Pack).
Status FunctionCompiler::pack_to(std::vector<hir::ExprPtr> const& args, Reg dst, Reg end_base)
{
    Reg mark = m_top;
    uint32_t n = static_cast<uint32_t>(args.size());
    Reg first = alloc(n);
    for (uint32_t i = 0; i < n; ++i) {
        Reg inner = m_top;
        if (end_base != NO_REG)
            m_ends.push_back({ end_base, i, n });
        Status st = cs_item_to(*args[i], first + i);
        if (end_base != NO_REG)
            m_ends.pop_back();
        m_top = inner;
        TRY_VOID(std::move(st));
    }
    m_em.emit(op::Pack { .dst = dst, .first = first, .count = n });
    m_top = mark;
    return {};
}

// One element of a packed list: c{...} and s.x as cs-lists, anything else as a value.
Status FunctionCompiler::cs_item_to(Expr const& e, Reg dst)
{
    if (e.kind != ExprKind::CellIndex && e.kind != ExprKind::Field && e.kind != ExprKind::DynField)
        return expr_to(e, dst);
    Reg mark = m_top;
    Reg base = TRY(expr(*e.base));
    if (e.kind == ExprKind::CellIndex) {
        uint32_t n = static_cast<uint32_t>(e.args.size());
        Reg args = alloc(n);
        TRY_VOID(args_to(e.args, args, base));
        at(e.span);
        m_em.emit(op::CsList { .dst = dst, .base = base, .args = args, .nargs = n });
    } else if (e.kind == ExprKind::Field) {
        at(e.span);
        m_em.emit(op::FieldList { .dst = dst, .base = base, .name = m_em.name(e.text) });
    } else {
        Reg name = TRY(expr(*e.lhs));
        at(e.span);
        m_em.emit(op::DynFieldList { .dst = dst, .base = base, .name = name });
    }
    m_top = mark;
    return {};
}

Status FunctionCompiler::call_to(Expr const& e, Reg dst, uint32_t nout)
{
    Reg mark = m_top;
    bool local = m_unit.local_functions.count(e.text) > 0;
    if (e.dynamic && !local && !has_cs_list(e.args))
        return dyn_call_to(e, dst, nout, 0);
    if (has_cs_list(e.args)) {
        Reg pack = alloc();
        TRY_VOID(pack_to(e.args, pack, NO_REG));
        at(e.span);
        m_em.emit(op::CallPack { .dst = dst, .name = m_em.name(e.text), .pack = pack, .nout = nout, .site = m_sites++ });
        m_top = mark;
        return {};
    }
    if (!local && nout == 0 && e.text == "display" && e.args.size() == 1 && e.args[0]->kind == ExprKind::Var) {
        // display(x) shows the variable under its own name (MATLAB's display uses inputname).
        Reg r = TRY(expr(*e.args[0]));
        at(e.span);
        m_em.emit(op::Display { .src = r, .name = m_em.name(e.args[0]->var.name) });
        m_em.emit(op::Clear { .dst = dst });
        m_top = mark;
        return {};
    }
    if (!local && (e.args.size() == 1 || e.args.size() == 2) && nout <= 1 && e.text != "feval") {
        // f(a) / f(a, b) with operands read in place (variables, constants, temporaries):
        // hot scalar builtins (mod, abs, ...) run without copying their arguments.
        Reg a = TRY(expr(*e.args[0]));
        Reg b = e.args.size() == 2 ? TRY(expr(*e.args[1])) : NO_REG;
        Reg tmp = alloc(static_cast<uint32_t>(e.args.size()));
        at(e.span);
        if (b == NO_REG)
            m_em.emit(op::Call1 { .dst = dst, .a = a, .tmp = tmp, .name = m_em.name(e.text), .nout = nout, .site = m_sites++ });
        else
            m_em.emit(op::Call2 { .dst = dst, .a = a, .b = b, .tmp = tmp, .name = m_em.name(e.text), .nout = nout, .site = m_sites++ });
        m_top = mark;
        return {};
    }
    uint32_t n = static_cast<uint32_t>(e.args.size());
    Reg args = alloc(n);
    TRY_VOID(args_to(e.args, args, NO_REG));
    at(e.span);
    auto it = m_unit.local_functions.find(e.text);
    if (it != m_unit.local_functions.end()) {
        m_em.emit(op::CallLocal { .dst = dst, .fn = static_cast<Func>(it->second), .args = args, .nargs = n, .nout = nout });
    } else {
        m_em.emit(op::Call { .dst = dst, .name = m_em.name(e.text), .args = args, .nargs = n, .nout = nout, .site = m_sites++ });
    }
    m_top = mark;
    return {};
}

// name(args) where name may be a variable created at run time (eval): op CallDyn.
Status FunctionCompiler::dyn_call_to(Expr const& e, Reg dst, uint32_t nout, uint32_t mode)
{
    Reg mark = m_top;
    uint32_t n = static_cast<uint32_t>(e.args.size());
    Reg args = alloc(n);
    TRY_VOID(args_to(e.args, args, NO_REG));
    at(e.span);
    m_em.emit(op::CallDyn { .dst = dst, .name = m_em.name(e.text), .args = args, .nargs = n, .nout = nout, .site = m_sites++, .mode = mode });
    m_top = mark;
    return {};
}

Status FunctionCompiler::index_to(Expr const& e, Reg dst, uint32_t nout)
{
    Reg mark = m_top;
    Reg base = e.kind == ExprKind::Index && e.base->kind == ExprKind::Field ? TRY(method_callee(*e.base)) : TRY(expr(*e.base));
    if (e.kind == ExprKind::Index && has_cs_list(e.args)) {
        Reg pack = alloc();
        TRY_VOID(pack_to(e.args, pack, base));
        at(e.span);
        m_em.emit(op::IndexPack { .dst = dst, .base = base, .pack = pack, .nout = nout });
        m_top = mark;
        return {};
    }
    uint32_t n = static_cast<uint32_t>(e.args.size());
    Reg args = alloc(n);
    TRY_VOID(args_to(e.args, args, base));
    at(e.span);
    if (e.kind == ExprKind::Index)
        m_em.emit(op::Index { .dst = dst, .base = base, .args = args, .nargs = n, .nout = nout });
    else
        m_em.emit(op::CellIndex { .dst = dst, .base = base, .args = args, .nargs = n, .nout = nout });
    m_top = mark;
    return {};
}

// x.name as the callee of x.name(args): a method of an object x (m.keys()), else the field.
Result<Reg, Diagnostic> FunctionCompiler::method_callee(Expr const& field)
{
    Reg dst = alloc();
    Reg mark = m_top;
    Reg obj = TRY(expr(*field.base));
    at(field.span);
    m_em.emit(op::GetMethod { .dst = dst, .base = obj, .name = m_em.name(field.text) });
    m_top = mark;
    return dst;
}

Status FunctionCompiler::outputs_to(Expr const& e, Reg dst, uint32_t nout)
{
    if (e.kind == ExprKind::Call)
        return call_to(e, dst, nout);
    return index_to(e, dst, nout);
}

Status FunctionCompiler::expr_to(Expr const& e, Reg dst)
{
    at(e.span);
    switch (e.kind) {
    case ExprKind::Number:
        m_em.emit(op::LoadConst { .dst = dst, .k = e.imag ? m_em.complex_constant(0, e.num) : m_em.num_constant(e.num) });
        return {};
    case ExprKind::CharLit:
        m_em.emit(op::LoadConst { .dst = dst, .k = m_em.text_constant(Constant::Kind::Char, e.text) });
        return {};
    case ExprKind::StringLit:
        m_em.emit(op::LoadConst { .dst = dst, .k = m_em.text_constant(Constant::Kind::String, e.text) });
        return {};
    case ExprKind::Colon:
        m_em.emit(op::LoadConst { .dst = dst, .k = m_em.text_constant(Constant::Kind::Char, ":") });
        return {};
    case ExprKind::End: {
        if (m_ends.empty())
            return error(e.span, "'end' is only valid inside an index expression.");
        EndContext const& c = m_ends.back();
        m_em.emit(op::EndValue { .dst = dst, .base = c.base, .k = c.k, .n = c.n });
        return {};
    }
    case ExprKind::Var:
        switch (e.var.storage) {
        case hir::Storage::Local:
            if (dst != e.var.index)
                m_em.emit(op::Move { .dst = dst, .src = e.var.index });
            return {};
        case hir::Storage::Global:
            m_em.emit(op::LoadGlobal { .dst = dst, .name = m_em.name(e.var.name) });
            return {};
        case hir::Storage::Persistent:
            m_em.emit(op::LoadPersist { .dst = dst, .index = e.var.index });
            return {};
        }
        return {};
    case ExprKind::Call:
        return call_to(e, dst, 1);
    case ExprKind::Index:
    case ExprKind::CellIndex:
        return index_to(e, dst, 1);
    case ExprKind::Field: {
        Reg mark = m_top;
        Reg b = TRY(expr(*e.base));
        at(e.span);
        m_em.emit(op::GetField { .dst = dst, .base = b, .name = m_em.name(e.text) });
        m_top = mark;
        return {};
    }
    case ExprKind::DynField: {
        Reg mark = m_top;
        Reg b = TRY(expr(*e.base));
        Reg n = TRY(expr(*e.lhs));
        at(e.span);
        m_em.emit(op::GetDynField { .dst = dst, .base = b, .name = n });
        m_top = mark;
        return {};
    }
    case ExprKind::Binary:
        return binary_to(e, dst);
    case ExprKind::AndAnd:
    case ExprKind::OrOr:
        return short_circuit_to(e, dst);
    case ExprKind::Unary:
        return unary_to(e, dst);
    case ExprKind::Range: {
        Reg mark = m_top;
        Reg start = TRY(expr(*e.args[0]));
        Reg step = NO_REG;
        if (e.args.size() == 3)
            step = TRY(expr(*e.args[1]));
        Reg stop = TRY(expr(*e.args.back()));
        at(e.span);
        m_em.emit(op::Range { .dst = dst, .start = start, .step = step, .stop = stop });
        m_top = mark;
        return {};
    }
    case ExprKind::Matrix:
        return matrix_to(e, dst);
    case ExprKind::CellLit:
        return cell_to(e, dst);
    case ExprKind::AnonFn: {
        Reg mark = m_top;
        uint32_t n = static_cast<uint32_t>(e.captures.size());
        Reg caps = alloc(n);
        for (uint32_t i = 0; i < n; ++i)
            m_em.emit(op::CopyRaw { .dst = caps + i, .src = e.captures[i].outer });
        m_em.emit(op::MakeClosure { .dst = dst, .fn = static_cast<Func>(e.fn_index), .captures = caps, .count = n });
        m_top = mark;
        return {};
    }
    case ExprKind::FuncHandle:
        m_em.emit(op::MakeHandle { .dst = dst, .name = m_em.name(e.text), .fn = e.fn_index });
        return {};
    }
    return error(e.span, "Unsupported expression.");
}

Status FunctionCompiler::binary_to(Expr const& e, Reg dst)
{
    Reg mark = m_top;
    Reg l = TRY(expr(*e.lhs));
    Reg r = TRY(expr(*e.rhs));
    at(e.span);
    using B = hir::BinaryOp;
    switch (e.bop) {
    case B::Add: m_em.emit(op::Add { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::Sub: m_em.emit(op::Sub { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::MatMul: m_em.emit(op::MatMul { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::ElemMul: m_em.emit(op::ElemMul { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::MatDiv: m_em.emit(op::MatDiv { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::ElemDiv: m_em.emit(op::ElemDiv { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::MatLeftDiv: m_em.emit(op::MatLeftDiv { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::ElemLeftDiv: m_em.emit(op::ElemLeftDiv { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::MatPow: m_em.emit(op::MatPow { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::ElemPow: m_em.emit(op::ElemPow { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::Eq: m_em.emit(op::Eq { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::Ne: m_em.emit(op::Ne { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::Lt: m_em.emit(op::Lt { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::Le: m_em.emit(op::Le { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::Gt: m_em.emit(op::Gt { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::Ge: m_em.emit(op::Ge { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::ElemAnd: m_em.emit(op::ElemAnd { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::ElemOr: m_em.emit(op::ElemOr { .dst = dst, .lhs = l, .rhs = r }); break;
    case B::AndAnd:
    case B::OrOr: return error(e.span, "internal: short-circuit operator in binary_to");
    }
    m_top = mark;
    return {};
}

Status FunctionCompiler::unary_to(Expr const& e, Reg dst)
{
    using U = hir::UnaryOp;
    Expr const& x = *e.lhs;
    if (x.kind == ExprKind::Number && (e.uop == U::Neg || e.uop == U::Plus)) {
        double v = e.uop == U::Neg ? -x.num : x.num;
        m_em.emit(op::LoadConst { .dst = dst, .k = x.imag ? m_em.complex_constant(0, v) : m_em.num_constant(v) });
        return {};
    }
    Reg mark = m_top;
    Reg s = TRY(expr(x));
    at(e.span);
    switch (e.uop) {
    case U::Neg: m_em.emit(op::Neg { .dst = dst, .src = s }); break;
    case U::Plus: m_em.emit(op::UPlus { .dst = dst, .src = s }); break;
    case U::Not: m_em.emit(op::Not { .dst = dst, .src = s }); break;
    case U::Transpose: m_em.emit(op::Transpose { .dst = dst, .src = s }); break;
    case U::CTranspose: m_em.emit(op::CTranspose { .dst = dst, .src = s }); break;
    }
    m_top = mark;
    return {};
}

// a && b: t = truth(a); if !t goto end; t = truth(b); end: dst = t. Computed in a temporary so
// a failing `b` never leaves a half-written variable behind.
Status FunctionCompiler::short_circuit_to(Expr const& e, Reg dst)
{
    Reg mark = m_top;
    uint32_t oror = e.kind == ExprKind::OrOr ? 1 : 0;
    Reg t = dst < m_chunk.num_slots ? alloc() : dst;
    Reg l = TRY(expr(*e.lhs));
    at(e.lhs->span);
    m_em.emit(op::Truth { .dst = t, .src = l, .oror = oror });
    uint32_t j = oror ? m_em.emit(op::JumpIfTrue { .cond = t, .target = 0 }) : m_em.emit(op::JumpIfFalse { .cond = t, .target = 0 });
    Reg r = TRY(expr(*e.rhs));
    at(e.rhs->span);
    m_em.emit(op::Truth { .dst = t, .src = r, .oror = oror });
    uint32_t end = m_em.here();
    if (oror)
        patch_label<op::JumpIfTrue>(j, offsetof(op::JumpIfTrue, target), end);
    else
        patch_label<op::JumpIfFalse>(j, offsetof(op::JumpIfFalse, target), end);
    if (t != dst)
        m_em.emit(op::Take { .dst = dst, .src = t });
    m_top = mark;
    return {};
}

Status FunctionCompiler::matrix_to(Expr const& e, Reg dst)
{
    size_t nrows = 0;
    for (auto const& row : e.rows)
        if (!row.empty())
            ++nrows;
    if (nrows == 0) {
        m_em.emit(op::LoadEmpty { .dst = dst });
        return {};
    }
    Reg mark = m_top;
    Reg rows = nrows == 1 ? dst : alloc(static_cast<uint32_t>(nrows));
    uint32_t r = 0;
    for (auto const& row : e.rows) {
        if (row.empty())
            continue;
        Reg inner = m_top;
        if (has_cs_list(row)) {
            Reg pack = alloc();
            TRY_VOID(pack_to(row, pack, NO_REG));
            at(e.span);
            m_em.emit(op::HorzcatPack { .dst = rows + r, .pack = pack });
            m_top = inner;
            ++r;
            continue;
        }
        uint32_t n = static_cast<uint32_t>(row.size());
        Reg elems = alloc(n);
        TRY_VOID(args_to(row, elems, NO_REG));
        at(e.span);
        m_em.emit(op::Horzcat { .dst = rows + r, .first = elems, .count = n });
        m_top = inner;
        ++r;
    }
    if (nrows > 1) {
        at(e.span);
        m_em.emit(op::Vertcat { .dst = dst, .first = rows, .count = static_cast<uint32_t>(nrows) });
    }
    m_top = mark;
    return {};
}

Status FunctionCompiler::cell_to(Expr const& e, Reg dst)
{
    std::vector<std::vector<hir::ExprPtr> const*> rows;
    for (auto const& row : e.rows)
        if (!row.empty())
            rows.push_back(&row);
    uint32_t ncols = rows.empty() ? 0 : static_cast<uint32_t>(rows[0]->size());
    bool packed = false;
    for (auto const* row : rows)
        packed = packed || row->size() != ncols || has_cs_list(*row);
    Reg mark = m_top;
    if (packed) {
        // Each row becomes a 1xN cell (cs-lists spliced), then the rows are concatenated
        // vertically (which checks that they have the same width).
        uint32_t nrows = static_cast<uint32_t>(rows.size());
        Reg packs = nrows == 1 ? dst : alloc(nrows);
        for (uint32_t r = 0; r < nrows; ++r)
            TRY_VOID(pack_to(*rows[r], packs + r, NO_REG));
        at(e.span);
        if (nrows > 1)
            m_em.emit(op::Vertcat { .dst = dst, .first = packs, .count = nrows });
        m_top = mark;
        return {};
    }
    uint32_t nrows = static_cast<uint32_t>(rows.size());
    Reg first = alloc(nrows * ncols);
    for (uint32_t r = 0; r < nrows; ++r)
        TRY_VOID(args_to(*rows[r], first + r * ncols, NO_REG));
    at(e.span);
    m_em.emit(op::MakeCell { .dst = dst, .first = first, .rows = nrows, .cols = ncols });
    m_top = mark;
    return {};
}

} // namespace

std::string anon_display_text(std::string_view src)
{
    // Drop whitespace outside quoted text. A quote opens a char literal unless it follows a
    // value (identifier, number, closing bracket, or another transpose), where it transposes.
    std::string out;
    bool in_char = false, in_string = false;
    for (size_t i = 0; i < src.size(); ++i) {
        char c = src[i];
        if (in_char) {
            out += c;
            if (c == '\'')
                in_char = false;
            continue;
        }
        if (in_string) {
            out += c;
            if (c == '"')
                in_string = false;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c == '"') {
            in_string = true;
        } else if (c == '\'') {
            char p = out.empty() ? '\0' : out.back();
            bool after_value = std::isalnum(static_cast<unsigned char>(p)) || p == '_' || p == ')' || p == ']' || p == '}' || p == '\'' || p == '.';
            if (!after_value)
                in_char = true;
        }
        out += c;
    }
    return out;
}

Result<Module, Diagnostic> compile_unit(hir::Unit const& unit)
{
    Module m;
    m.source = unit.source;
    m.is_script = unit.is_script;
    m.local_functions = unit.local_functions;
    m.functions.resize(unit.functions.size());
    for (size_t i = 0; i < unit.functions.size(); ++i) {
        FunctionCompiler fc(unit, unit.functions[i], m.functions[i]);
        TRY_VOID(fc.compile());
        if (unit.functions[i].kind == hir::FunctionKind::Anonymous)
            m.functions[i].name = anon_display_text(unit.functions[i].name);
    }
    return m;
}

Result<std::shared_ptr<Module const>, Diagnostic> compile(ast::Program const& program, CompileOptions const& opts)
{
    hir::LowerOptions lo;
    lo.workspace_vars = opts.workspace_vars;
    lo.matlab_compat = opts.matlab_compat;
    hir::Unit unit = TRY(hir::lower(program, lo));
    Module m = TRY(compile_unit(unit));
    return std::make_shared<Module const>(std::move(m));
}

} // namespace runmat::compiler
