// AST -> HIR: name resolution (variable vs function), slots, captures, global/persistent.
// Knows nothing about bytecode or values.
#include "hir/hir.hpp"
#include <algorithm>
#include <unordered_set>

namespace runmat::hir {

namespace {

using NameSet = std::unordered_set<std::string>;

// ---- Pre-pass: which names does a function body assign / declare / mention? ----

void collect_target_name(ast::Expr const* e, NameSet& out)
{
    while (e && e->kind != ast::ExprKind::Ident) {
        if (e->kind == ast::ExprKind::Tilde)
            return;
        e = e->base.get();
    }
    if (e)
        out.insert(e->text);
}

void collect_assigned(ast::Block const& block, NameSet& assigned, NameSet& globals, NameSet& persistents, bool& has_expr_stmt)
{
    for (auto const& s : block) {
        switch (s->kind) {
        case ast::StmtKind::Expr:
        case ast::StmtKind::Command:
            has_expr_stmt = true;
            break;
        case ast::StmtKind::Assign:
        case ast::StmtKind::MultiAssign:
        case ast::StmtKind::For:
            for (auto const& t : s->targets)
                collect_target_name(t.get(), assigned);
            break;
        case ast::StmtKind::Try:
            if (!s->catch_var.empty())
                assigned.insert(s->catch_var);
            break;
        case ast::StmtKind::Global:
            globals.insert(s->names.begin(), s->names.end());
            break;
        case ast::StmtKind::Persistent:
            persistents.insert(s->names.begin(), s->names.end());
            break;
        default:
            break;
        }
        collect_assigned(s->body, assigned, globals, persistents, has_expr_stmt);
        collect_assigned(s->else_body, assigned, globals, persistents, has_expr_stmt);
        collect_assigned(s->catch_body, assigned, globals, persistents, has_expr_stmt);
        for (auto const& c : s->clauses)
            collect_assigned(c.body, assigned, globals, persistents, has_expr_stmt);
        for (auto const& c : s->cases)
            collect_assigned(c.body, assigned, globals, persistents, has_expr_stmt);
    }
}

void collect_idents_expr(ast::Expr const* e, NameSet& out);

void collect_idents_block(ast::Block const& block, NameSet& out)
{
    for (auto const& s : block) {
        collect_idents_expr(s->expr.get(), out);
        for (auto const& t : s->targets)
            collect_idents_expr(t.get(), out);
        for (auto const& c : s->clauses) {
            collect_idents_expr(c.cond.get(), out);
            collect_idents_block(c.body, out);
        }
        for (auto const& c : s->cases) {
            collect_idents_expr(c.value.get(), out);
            collect_idents_block(c.body, out);
        }
        collect_idents_block(s->body, out);
        collect_idents_block(s->else_body, out);
        collect_idents_block(s->catch_body, out);
    }
}

void collect_idents_expr(ast::Expr const* e, NameSet& out)
{
    if (!e)
        return;
    if (e->kind == ast::ExprKind::Ident)
        out.insert(e->text);
    collect_idents_expr(e->lhs.get(), out);
    collect_idents_expr(e->rhs.get(), out);
    collect_idents_expr(e->base.get(), out);
    for (auto const& a : e->args)
        collect_idents_expr(a.get(), out);
    for (auto const& r : e->rows)
        for (auto const& a : r)
            collect_idents_expr(a.get(), out);
    collect_idents_block(e->block, out);
}

// Code that calls one of these can create variables the compiler cannot see (eval, assignin
// from a callee into this workspace, load): its unresolved names are looked up at run time.
bool creates_variables_dynamically(NameSet const& idents)
{
    for (char const* n : { "eval", "evalin", "assignin", "load", "evalc" })
        if (idents.count(n))
            return true;
    return false;
}

Diagnostic diag(SourceFileRef const& src, SourceSpan span, std::string message)
{
    Diagnostic d;
    d.message = std::move(message);
    d.file = src ? src->name : std::string();
    d.pos = span.begin;
    return d;
}

// ---- Scopes ----

struct Scope {
    Function* fn = nullptr;
    Scope* parent = nullptr; // anonymous functions: the enclosing scope (captures)
    std::vector<Capture>* captures = nullptr;
    std::unordered_map<std::string, VarRef> vars;

    uint32_t new_slot(std::string const& name)
    {
        fn->slot_names.push_back(name);
        return static_cast<uint32_t>(fn->slot_names.size() - 1);
    }
    VarRef const& declare(std::string const& name)
    {
        auto it = vars.find(name);
        if (it != vars.end())
            return it->second;
        VarRef r { Storage::Local, new_slot(name), name };
        return vars.emplace(name, r).first->second;
    }
    // Resolve a name to a variable, capturing it from the enclosing scope in anonymous
    // functions (by value, at creation). nullptr: not a variable here (a function call).
    VarRef const* lookup(std::string const& name)
    {
        if (auto it = vars.find(name); it != vars.end())
            return &it->second;
        if (!parent)
            return nullptr;
        VarRef const* outer = parent->lookup(name);
        if (!outer || outer->storage != Storage::Local)
            return nullptr; // FIXME: captures of globals/persistents resolve as calls
        VarRef inner { Storage::Local, new_slot(name), name };
        captures->push_back({ outer->index, inner.index });
        fn->num_captures++;
        return &vars.emplace(name, inner).first->second;
    }
};

class Lowerer {
public:
    Lowerer(ast::Program const& p, LowerOptions const& o) : m_program(p), m_opts(o) { }

    Result<Unit, Diagnostic> run();

private:
    Result<bool, Diagnostic> lower_function(Function& fn, ast::Function const& f);
    Result<bool, Diagnostic> lower_script(Function& fn);
    void declare_storage(Scope& scope, Function& fn, NameSet const& globals, NameSet const& persistents);
    Result<Block, Diagnostic> lower_block(Scope& sc, ast::Block const& block);
    Result<StmtPtr, Diagnostic> lower_stmt(Scope& sc, ast::Stmt const& s);
    Result<ExprPtr, Diagnostic> lower_expr(Scope& sc, ast::Expr const& e);
    Result<ExprPtr, Diagnostic> lower_index(Scope& sc, ast::Expr const& e);
    Result<ExprPtr, Diagnostic> lower_anon(Scope& sc, ast::Expr const& e);
    Result<ExprPtr, Diagnostic> lower_block_lambda(Scope& sc, ast::Expr const& e);
    Result<ExprPtr, Diagnostic> lower_async(Scope& sc, ast::Expr const& e);
    Result<std::vector<ExprPtr>, Diagnostic> lower_args(Scope& sc, std::vector<ast::ExprPtr> const& args);
    Result<LValue, Diagnostic> lower_lvalue(Scope& sc, ast::Expr const& e);
    Diagnostic error(SourceSpan span, std::string msg) const { return diag(m_program.source, span, std::move(msg)); }

    ast::Program const& m_program;
    LowerOptions const& m_opts;
    std::vector<std::unique_ptr<Function>> m_functions;
    std::unordered_map<std::string, int> m_local;
    int m_loop_depth = 0;
    int m_index_depth = 0; // enclosing value-index expressions (`end` is valid inside)
    bool m_dynamic = false; // the function being lowered has dynamic names (Function::dynamic_names)
};

Result<Unit, Diagnostic> Lowerer::run()
{
    bool script = !m_program.is_function_file;
    if (script) {
        m_functions.push_back(std::make_unique<Function>());
        m_functions.back()->kind = FunctionKind::Script;
    }
    for (auto const& f : m_program.functions) {
        if (!f.nested.empty())
            return error(f.span, "Nested functions are not supported.");
        if (m_local.count(f.name))
            return error(f.span, "Function '" + f.name + "' is already defined in this file.");
        m_local.emplace(f.name, static_cast<int>(m_functions.size()));
        m_functions.push_back(std::make_unique<Function>());
    }
    if (m_functions.empty())
        return error({}, "A function file must define a function.");
    if (script)
        TRY(lower_script(*m_functions[0]));
    for (size_t i = 0; i < m_program.functions.size(); ++i)
        TRY(lower_function(*m_functions[i + (script ? 1 : 0)], m_program.functions[i]));

    Unit unit;
    unit.source = m_program.source;
    unit.is_script = script;
    unit.local_functions = std::move(m_local);
    for (auto& f : m_functions)
        unit.functions.push_back(std::move(*f));
    return unit;
}

void Lowerer::declare_storage(Scope& scope, Function& fn, NameSet const& globals, NameSet const& persistents)
{
    for (auto const& g : globals) {
        scope.vars[g] = VarRef { Storage::Global, 0, g };
        fn.globals.push_back(g);
    }
    for (auto const& p : persistents) {
        if (globals.count(p))
            continue;
        scope.vars[p] = VarRef { Storage::Persistent, static_cast<uint32_t>(fn.persistents.size()), p };
        fn.persistents.push_back(p);
    }
}

Result<bool, Diagnostic> Lowerer::lower_script(Function& fn)
{
    fn.kind = FunctionKind::Script;
    fn.name = m_program.source ? m_program.source->name : std::string("<eval>");
    NameSet assigned, globals, persistents;
    bool has_expr = false;
    collect_assigned(m_program.script_body, assigned, globals, persistents, has_expr);
    NameSet idents;
    collect_idents_block(m_program.script_body, idents);
    fn.dynamic_names = creates_variables_dynamically(idents);
    fn.uses_cleanup = idents.count("onCleanup") > 0;
    m_dynamic = fn.dynamic_names;
    Scope scope;
    scope.fn = &fn;
    declare_storage(scope, fn, globals, persistents);
    // `ans` first so the workspace always has a stable slot for it.
    fn.ans_slot = static_cast<int>(scope.declare("ans").index);
    for (auto const& name : m_opts.workspace_vars)
        if (!scope.vars.count(name))
            scope.declare(name);
    std::vector<std::string> sorted(assigned.begin(), assigned.end());
    std::sort(sorted.begin(), sorted.end()); // deterministic slot order
    for (auto const& name : sorted)
        if (!scope.vars.count(name))
            scope.declare(name);
    fn.body = TRY(lower_block(scope, m_program.script_body));
    return true;
}

Result<bool, Diagnostic> Lowerer::lower_function(Function& fn, ast::Function const& f)
{
    fn.kind = FunctionKind::Function;
    fn.name = f.name;
    fn.span = f.span;
    fn.is_async = f.is_async;
    if (f.is_async && m_opts.matlab_compat)
        return error(f.span, "'async function' is a RunMat extension, not available with --compat matlab.");
    NameSet assigned, globals, persistents, idents;
    bool has_expr = false;
    collect_assigned(f.body, assigned, globals, persistents, has_expr);
    collect_idents_block(f.body, idents);
    fn.dynamic_names = creates_variables_dynamically(idents);
    fn.uses_cleanup = idents.count("onCleanup") > 0;
    m_dynamic = fn.dynamic_names;
    Scope scope;
    scope.fn = &fn;
    // Parameters first: the VM passes arguments in slots [0, nargs).
    for (size_t i = 0; i < f.params.size(); ++i) {
        std::string const& p = f.params[i];
        if (p == "varargin" && i + 1 == f.params.size())
            continue;
        if (p == "~")
            fn.params.push_back(scope.new_slot("~"));
        else
            fn.params.push_back(scope.declare(p).index);
    }
    if (!f.params.empty() && f.params.back() == "varargin")
        fn.varargin_slot = static_cast<int>(scope.declare("varargin").index);
    for (size_t i = 0; i < f.outputs.size(); ++i) {
        std::string const& o = f.outputs[i];
        if (o == "varargout" && i + 1 == f.outputs.size()) {
            fn.varargout_slot = static_cast<int>(scope.declare("varargout").index);
            continue;
        }
        fn.outputs.push_back(scope.declare(o).index);
        fn.output_names.push_back(o);
    }
    declare_storage(scope, fn, globals, persistents);
    // nargin/nargout are variables the VM fills at entry, unless the body assigns them.
    if (idents.count("nargin") && !assigned.count("nargin") && !scope.vars.count("nargin"))
        fn.nargin_slot = static_cast<int>(scope.declare("nargin").index);
    if (idents.count("nargout") && !assigned.count("nargout") && !scope.vars.count("nargout"))
        fn.nargout_slot = static_cast<int>(scope.declare("nargout").index);
    if (has_expr || idents.count("ans"))
        fn.ans_slot = static_cast<int>(scope.declare("ans").index);
    std::vector<std::string> sorted(assigned.begin(), assigned.end());
    std::sort(sorted.begin(), sorted.end());
    for (auto const& name : sorted)
        if (!scope.vars.count(name))
            scope.declare(name);
    fn.body = TRY(lower_block(scope, f.body));
    return true;
}

Result<Block, Diagnostic> Lowerer::lower_block(Scope& sc, ast::Block const& block)
{
    Block out;
    out.reserve(block.size());
    for (auto const& s : block)
        out.push_back(TRY(lower_stmt(sc, *s)));
    return out;
}

Result<LValue, Diagnostic> Lowerer::lower_lvalue(Scope& sc, ast::Expr const& e)
{
    LValue lv;
    lv.span = e.span;
    if (e.kind == ast::ExprKind::Tilde) {
        lv.tilde = true;
        return lv;
    }
    // Walk down to the variable, collecting accessors outermost first, then reverse.
    std::vector<ast::Expr const*> path;
    ast::Expr const* cur = &e;
    while (cur->kind != ast::ExprKind::Ident) {
        if (!cur->base)
            return error(cur->span, "Invalid assignment target.");
        path.push_back(cur);
        cur = cur->base.get();
    }
    VarRef const* v = sc.lookup(cur->text);
    lv.var = v ? *v : sc.declare(cur->text);
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
        ast::Expr const& a = **it;
        LValue::Access acc;
        acc.span = a.span;
        switch (a.kind) {
        case ast::ExprKind::Index:
        case ast::ExprKind::CellIndex:
            acc.kind = a.kind == ast::ExprKind::Index ? LValue::AccessKind::Paren : LValue::AccessKind::Brace;
            ++m_index_depth;
            {
                auto args = lower_args(sc, a.args);
                --m_index_depth;
                if (args.is_error())
                    return args.release_failure();
                acc.args = std::move(args).value();
            }
            break;
        case ast::ExprKind::Field:
            acc.kind = LValue::AccessKind::Field;
            acc.field = a.text;
            break;
        case ast::ExprKind::DynField:
            acc.kind = LValue::AccessKind::DynField;
            acc.name = TRY(lower_expr(sc, *a.lhs));
            break;
        default:
            return error(a.span, "Invalid assignment target.");
        }
        lv.chain.push_back(std::move(acc));
    }
    return lv;
}

Result<StmtPtr, Diagnostic> Lowerer::lower_stmt(Scope& sc, ast::Stmt const& s)
{
    auto make = [&](StmtKind k) {
        auto st = std::make_unique<Stmt>(k, s.span);
        st->print = s.print;
        return st;
    };
    switch (s.kind) {
    case ast::StmtKind::Expr: {
        auto st = make(StmtKind::Expr);
        st->expr = TRY(lower_expr(sc, *s.expr));
        return st;
    }
    case ast::StmtKind::Command: {
        auto st = make(StmtKind::Expr);
        auto call = std::make_unique<Expr>(ExprKind::Call, s.span);
        call->text = s.names.empty() ? std::string() : s.names[0];
        for (size_t i = 1; i < s.names.size(); ++i) {
            auto w = std::make_unique<Expr>(ExprKind::CharLit, s.span);
            w->text = s.names[i];
            call->args.push_back(std::move(w));
        }
        st->expr = std::move(call);
        return st;
    }
    case ast::StmtKind::Assign:
    case ast::StmtKind::MultiAssign: {
        auto st = make(s.kind == ast::StmtKind::Assign ? StmtKind::Assign : StmtKind::MultiAssign);
        st->expr = TRY(lower_expr(sc, *s.expr));
        for (auto const& t : s.targets)
            st->targets.push_back(TRY(lower_lvalue(sc, *t)));
        return st;
    }
    case ast::StmtKind::If: {
        auto st = make(StmtKind::If);
        for (auto const& c : s.clauses) {
            IfClause clause;
            clause.cond = TRY(lower_expr(sc, *c.cond));
            clause.body = TRY(lower_block(sc, c.body));
            st->clauses.push_back(std::move(clause));
        }
        st->else_body = TRY(lower_block(sc, s.else_body));
        return st;
    }
    case ast::StmtKind::For:
    case ast::StmtKind::While: {
        auto st = make(s.kind == ast::StmtKind::For ? StmtKind::For : StmtKind::While);
        st->expr = TRY(lower_expr(sc, *s.expr));
        for (auto const& t : s.targets)
            st->targets.push_back(TRY(lower_lvalue(sc, *t)));
        ++m_loop_depth;
        auto body = lower_block(sc, s.body);
        --m_loop_depth;
        if (body.is_error())
            return body.release_failure();
        st->body = std::move(body).value();
        return st;
    }
    case ast::StmtKind::Switch: {
        auto st = make(StmtKind::Switch);
        st->expr = TRY(lower_expr(sc, *s.expr));
        for (auto const& c : s.cases) {
            SwitchCase sw;
            if (c.value->kind == ast::ExprKind::CellLit) {
                sw.cell_case = true;
                for (auto const& row : c.value->rows)
                    for (auto const& v : row)
                        sw.values.push_back(TRY(lower_expr(sc, *v)));
            } else {
                sw.values.push_back(TRY(lower_expr(sc, *c.value)));
            }
            sw.body = TRY(lower_block(sc, c.body));
            st->cases.push_back(std::move(sw));
        }
        st->has_otherwise = s.has_otherwise;
        st->else_body = TRY(lower_block(sc, s.else_body));
        return st;
    }
    case ast::StmtKind::Try: {
        auto st = make(StmtKind::Try);
        st->body = TRY(lower_block(sc, s.body));
        if (!s.catch_var.empty()) {
            st->has_catch_var = true;
            VarRef const* v = sc.lookup(s.catch_var);
            st->catch_var = v ? *v : sc.declare(s.catch_var);
        }
        st->catch_body = TRY(lower_block(sc, s.catch_body));
        return st;
    }
    case ast::StmtKind::Break:
    case ast::StmtKind::Continue:
        if (m_loop_depth == 0)
            return error(s.span, std::string("A ") + (s.kind == ast::StmtKind::Break ? "BREAK" : "CONTINUE")
                    + " statement appeared outside of a loop. Use RETURN instead.");
        return make(s.kind == ast::StmtKind::Break ? StmtKind::Break : StmtKind::Continue);
    case ast::StmtKind::Return:
        return make(StmtKind::Return);
    case ast::StmtKind::Global:
    case ast::StmtKind::Persistent: {
        auto st = make(s.kind == ast::StmtKind::Global ? StmtKind::Global : StmtKind::Persistent);
        for (auto const& n : s.names) {
            VarRef const* v = sc.lookup(n);
            if (!v)
                return error(s.span, "Invalid declaration of '" + n + "'.");
            st->vars.push_back(*v);
        }
        return st;
    }
    }
    return error(s.span, "Unsupported statement.");
}

Result<std::vector<ExprPtr>, Diagnostic> Lowerer::lower_args(Scope& sc, std::vector<ast::ExprPtr> const& args)
{
    std::vector<ExprPtr> out;
    out.reserve(args.size());
    for (auto const& a : args)
        out.push_back(TRY(lower_expr(sc, *a)));
    return out;
}

// base(args): a call when base names a function, else an index into a value.
Result<ExprPtr, Diagnostic> Lowerer::lower_index(Scope& sc, ast::Expr const& e)
{
    bool brace = e.kind == ast::ExprKind::CellIndex;
    // nargin('f') / nargout(@f) ask about a function even where nargin is a variable.
    bool count_query = e.base->kind == ast::ExprKind::Ident && !e.args.empty() && (e.base->text == "nargin" || e.base->text == "nargout");
    if (!brace && e.base->kind == ast::ExprKind::Ident && (count_query || !sc.lookup(e.base->text))) {
        auto call = std::make_unique<Expr>(ExprKind::Call, e.span);
        call->text = e.base->text;
        call->dynamic = m_dynamic && !count_query;
        call->args = TRY(lower_args(sc, e.args)); // `end` here binds to an outer index
        return call;
    }
    // pkg.fn(args) (containers.Map(...)): a call of the dotted name when pkg is not a variable.
    if (!brace && e.base->kind == ast::ExprKind::Field && e.base->base->kind == ast::ExprKind::Ident && !sc.lookup(e.base->base->text)) {
        auto call = std::make_unique<Expr>(ExprKind::Call, e.span);
        call->text = e.base->base->text + "." + e.base->text;
        call->dynamic = m_dynamic; // s.f(args) on a struct s that eval created
        call->args = TRY(lower_args(sc, e.args));
        return call;
    }
    auto out = std::make_unique<Expr>(brace ? ExprKind::CellIndex : ExprKind::Index, e.span);
    out->base = TRY(lower_expr(sc, *e.base));
    ++m_index_depth;
    auto args = lower_args(sc, e.args);
    --m_index_depth;
    if (args.is_error())
        return args.release_failure();
    out->args = std::move(args).value();
    return out;
}

Result<ExprPtr, Diagnostic> Lowerer::lower_anon(Scope& sc, ast::Expr const& e)
{
    int index = static_cast<int>(m_functions.size());
    m_functions.push_back(std::make_unique<Function>());
    Function& fn = *m_functions.back();
    fn.kind = FunctionKind::Anonymous;
    fn.span = e.span;
    auto out = std::make_unique<Expr>(ExprKind::AnonFn, e.span);
    out->fn_index = index;
    out->text = m_program.source ? m_program.source->text.substr(e.span.begin.offset, e.span.end_offset - e.span.begin.offset) : std::string();
    fn.name = out->text;
    Scope scope;
    scope.fn = &fn;
    scope.parent = &sc;
    scope.captures = &out->captures;
    for (auto const& p : e.params) {
        if (p == "varargin" && &p == &e.params.back()) {
            fn.varargin_slot = static_cast<int>(scope.declare(p).index);
            continue;
        }
        fn.params.push_back(p == "~" ? scope.new_slot("~") : scope.declare(p).index);
    }
    int saved_depth = m_index_depth;
    int saved_loop = m_loop_depth;
    m_index_depth = 0;
    m_loop_depth = 0;
    auto body = lower_expr(scope, *e.lhs);
    m_index_depth = saved_depth;
    m_loop_depth = saved_loop;
    if (body.is_error())
        return body.release_failure();
    m_functions[static_cast<size_t>(index)]->anon_body = std::move(body).value();
    return out;
}

// Expression statements of a block lambda are its value statements: they set ans (its
// value) without display; a bare variable becomes `ans = x`.
void make_value_statements(Block& block)
{
    for (auto& s : block) {
        if (s->kind == StmtKind::Expr) {
            s->print = false;
            continue;
        }
        make_value_statements(s->body);
        make_value_statements(s->else_body);
        make_value_statements(s->catch_body);
        for (auto& c : s->clauses)
            make_value_statements(c.body);
        for (auto& c : s->cases)
            make_value_statements(c.body);
    }
}

void bare_vars_to_ans(Block& block, VarRef const& ans)
{
    for (auto& s : block) {
        if (s->kind == StmtKind::Expr && s->expr->kind == ExprKind::Var) {
            auto assign = std::make_unique<Stmt>(StmtKind::Assign, s->span);
            LValue lv;
            lv.var = ans;
            lv.span = s->span;
            assign->targets.push_back(std::move(lv));
            assign->expr = std::move(s->expr);
            s = std::move(assign);
            continue;
        }
        bare_vars_to_ans(s->body, ans);
        bare_vars_to_ans(s->else_body, ans);
        bare_vars_to_ans(s->catch_body, ans);
        for (auto& c : s->clauses)
            bare_vars_to_ans(c.body, ans);
        for (auto& c : s->cases)
            bare_vars_to_ans(c.body, ans);
    }
}

// `@(a, b) do ... end`: an anonymous function with a statement body. Variables it assigns
// are its locals; one that also names a variable of the enclosing scope starts as a copy of
// it (capture by value at creation). Captures stay the last slots (the VM's layout).
Result<ExprPtr, Diagnostic> Lowerer::lower_block_lambda(Scope& sc, ast::Expr const& e)
{
    if (m_opts.matlab_compat)
        return error(e.span, "Block lambdas (@() do ... end) are a RunMat extension, not available with --compat matlab.");
    int index = static_cast<int>(m_functions.size());
    m_functions.push_back(std::make_unique<Function>());
    Function& fn = *m_functions.back();
    fn.kind = FunctionKind::Anonymous;
    fn.block_lambda = true;
    fn.span = e.span;
    auto out = std::make_unique<Expr>(ExprKind::AnonFn, e.span);
    out->fn_index = index;
    out->text = "@(" ;
    for (size_t i = 0; i < e.params.size(); ++i)
        out->text += (i ? "," : "") + e.params[i];
    out->text += ") do ... end";
    fn.name = out->text;
    Scope scope;
    scope.fn = &fn;
    scope.parent = &sc;
    scope.captures = &out->captures;
    for (auto const& p : e.params)
        fn.params.push_back(p == "~" ? scope.new_slot("~") : scope.declare(p).index);
    NameSet assigned, globals, persistents;
    bool has_expr = false;
    collect_assigned(e.block, assigned, globals, persistents, has_expr);
    if (!globals.empty() || !persistents.empty())
        return error(e.span, "global and persistent declarations are not allowed in a block lambda.");
    VarRef ans = scope.declare("ans");
    fn.ans_slot = static_cast<int>(ans.index);
    std::vector<std::string> sorted(assigned.begin(), assigned.end());
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::string> from_outer;
    for (auto const& name : sorted) {
        if (scope.vars.count(name))
            continue;
        VarRef const* outer = sc.lookup(name);
        if (outer && outer->storage == Storage::Local)
            from_outer.push_back(name);
        else
            scope.declare(name);
    }
    for (auto const& name : from_outer)
        scope.lookup(name); // captured: the last slots
    int saved_depth = m_index_depth;
    int saved_loop = m_loop_depth;
    m_index_depth = 0;
    m_loop_depth = 0;
    auto body = lower_block(scope, e.block);
    m_index_depth = saved_depth;
    m_loop_depth = saved_loop;
    if (body.is_error())
        return body.release_failure();
    Function& f = *m_functions[static_cast<size_t>(index)];
    f.body = std::move(body).value();
    make_value_statements(f.body);
    bare_vars_to_ans(f.body, ans);
    return out;
}

// `async F`: a call of the builtin `async` (a lazy future of F()).
Result<ExprPtr, Diagnostic> Lowerer::lower_async(Scope& sc, ast::Expr const& e)
{
    if (m_opts.matlab_compat)
        return error(e.span, "'async' is a RunMat extension, not available with --compat matlab.");
    auto call = std::make_unique<Expr>(ExprKind::Call, e.span);
    call->text = "async";
    call->args.push_back(TRY(lower_expr(sc, *e.lhs)));
    return call;
}

Result<ExprPtr, Diagnostic> Lowerer::lower_expr(Scope& sc, ast::Expr const& e)
{
    auto make = [&](ExprKind k) { return std::make_unique<Expr>(k, e.span); };
    switch (e.kind) {
    case ast::ExprKind::Number: {
        auto out = make(ExprKind::Number);
        out->num = e.num;
        out->imag = e.imag;
        return out;
    }
    case ast::ExprKind::CharLit:
    case ast::ExprKind::StringLit: {
        auto out = make(e.kind == ast::ExprKind::CharLit ? ExprKind::CharLit : ExprKind::StringLit);
        out->text = e.text;
        return out;
    }
    case ast::ExprKind::Ident: {
        if (VarRef const* v = sc.lookup(e.text)) {
            auto out = make(ExprKind::Var);
            out->var = *v;
            return out;
        }
        auto out = make(ExprKind::Call);
        out->text = e.text;
        out->dynamic = m_dynamic;
        return out;
    }
    case ast::ExprKind::Colon:
        return make(ExprKind::Colon);
    case ast::ExprKind::End:
        if (m_index_depth == 0)
            return error(e.span, "'end' is only valid inside an index expression.");
        return make(ExprKind::End);
    case ast::ExprKind::Binary: {
        ExprKind k = e.bop == BinaryOp::AndAnd ? ExprKind::AndAnd : e.bop == BinaryOp::OrOr ? ExprKind::OrOr : ExprKind::Binary;
        auto out = make(k);
        out->bop = e.bop;
        out->lhs = TRY(lower_expr(sc, *e.lhs));
        out->rhs = TRY(lower_expr(sc, *e.rhs));
        return out;
    }
    case ast::ExprKind::Unary: {
        auto out = make(ExprKind::Unary);
        out->uop = e.uop;
        out->lhs = TRY(lower_expr(sc, *e.lhs));
        return out;
    }
    case ast::ExprKind::Range: {
        auto out = make(ExprKind::Range);
        out->args = TRY(lower_args(sc, e.args));
        return out;
    }
    case ast::ExprKind::Index:
    case ast::ExprKind::CellIndex:
        return lower_index(sc, e);
    case ast::ExprKind::Field: {
        // pkg.fn or a call through a dotted name: the base is not a variable.
        if (e.base->kind == ast::ExprKind::Ident && !sc.lookup(e.base->text)) {
            auto call = make(ExprKind::Call);
            call->text = e.base->text + "." + e.text;
            call->dynamic = m_dynamic;
            return call;
        }
        auto out = make(ExprKind::Field);
        out->text = e.text;
        out->base = TRY(lower_expr(sc, *e.base));
        return out;
    }
    case ast::ExprKind::DynField: {
        auto out = make(ExprKind::DynField);
        out->base = TRY(lower_expr(sc, *e.base));
        out->lhs = TRY(lower_expr(sc, *e.lhs));
        return out;
    }
    case ast::ExprKind::Matrix:
    case ast::ExprKind::CellLit: {
        auto out = make(e.kind == ast::ExprKind::Matrix ? ExprKind::Matrix : ExprKind::CellLit);
        for (auto const& row : e.rows)
            out->rows.push_back(TRY(lower_args(sc, row)));
        return out;
    }
    case ast::ExprKind::AnonFn:
        return lower_anon(sc, e);
    case ast::ExprKind::FuncHandle: {
        auto out = make(ExprKind::FuncHandle);
        out->text = e.text;
        if (auto it = m_local.find(e.text); it != m_local.end())
            out->fn_index = it->second;
        return out;
    }
    case ast::ExprKind::BlockLambda:
        return lower_block_lambda(sc, e);
    case ast::ExprKind::Async:
        return lower_async(sc, e);
    case ast::ExprKind::Tilde:
        return error(e.span, "Invalid use of '~'.");
    }
    return error(e.span, "Unsupported expression.");
}

} // namespace

Result<Unit, Diagnostic> lower(ast::Program const& program, LowerOptions const& opts)
{
    Lowerer l(program, opts);
    return l.run();
}

} // namespace runmat::hir
