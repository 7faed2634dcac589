// eval/evalin text -> a script-like chunk bound to the caller's variables; the onCleanup
// runner. MATLAB (eval doc): eval(expression) runs the statements in the current workspace;
// [o1, ..., oN] = eval(expression) evaluates one expression and returns its outputs.
#include "session/evaluator.hpp"
#include "compiler/compiler.hpp"
#include "parser/parser.hpp"

namespace runmat::session {

namespace {

// Outputs of the expression form are assigned to names no MATLAB code can spell.
std::string hidden_output(uint32_t i) { return "\x01out" + std::to_string(i); }

RuntimeError syntax_error(Diagnostic const& d)
{
    // MATLAB reports a parse error in eval'd text with the parser's message.
    return make_error("MATLAB:syntaxError", d.message);
}

// [o1, ..., oN] = eval(text): text must be a single expression; it becomes the statement
// [\x01out0, ...] = expression;
Result<bool> as_expression(ast::Program& p, uint32_t nout)
{
    if (p.script_body.size() == 1 && (p.script_body[0]->kind == ast::StmtKind::Assign || p.script_body[0]->kind == ast::StmtKind::MultiAssign))
        return make_error("MATLAB:syntaxError",
            "Incorrect use of '=' operator. To assign a value to a variable, use '='. To compare values for equality, use '=='.");
    if (p.script_body.size() != 1 || p.script_body[0]->kind != ast::StmtKind::Expr)
        return make_error("MATLAB:syntaxError", "Invalid expression. Check for missing or extra characters.");
    ast::Stmt& s = *p.script_body[0];
    auto stmt = std::make_unique<ast::Stmt>(ast::StmtKind::MultiAssign, s.span);
    stmt->print = false;
    stmt->expr = std::move(s.expr);
    for (uint32_t i = 0; i < nout; ++i) {
        auto t = std::make_unique<ast::Expr>(ast::ExprKind::Ident, stmt->span);
        t->text = hidden_output(i);
        stmt->targets.push_back(std::move(t));
    }
    p.script_body[0] = std::move(stmt);
    return true;
}

// Runs the tasks of dropped onCleanup objects (newest first, as the VM passes them). MATLAB
// turns an error in a destructor into a warning; `err` is the error whose unwinding dropped
// them, raised again afterwards.
constexpr char const* RUNNER_SOURCE = R"(function onCleanup(tasks, err)
for k = 1:numel(tasks)
    try
        feval(tasks{k});
    catch e
        warning('MATLAB:class:DestructorError', 'The following error was caught while executing ''onCleanup'' class destructor:\n%s', e.message);
    end
end
if nargin > 1
    rethrow(err);
end
end
)";

} // namespace

Result<vm::EvalCode> SessionEvaluator::compile_eval(std::string_view text, std::vector<std::string> const& variables, uint32_t nout)
{
    auto src = std::make_shared<SourceFile>(SourceFile { "eval", std::string(text) });
    parser::ParseOptions po;
    po.known_variables = variables;
    auto program = parser::parse_program(src, po);
    if (program.is_error())
        return syntax_error(program.error());
    ast::Program& p = program.value();
    if (p.is_function_file || !p.functions.empty())
        return make_error("MATLAB:syntaxError",
            "Function definitions are not supported in this context. Functions can only be created as local or nested functions in code files.");
    if (nout > 0)
        TRY(as_expression(p, nout));
    compiler::CompileOptions co;
    co.workspace_vars = variables;
    co.matlab_compat = m_config.compat == CompatMode::Matlab;
    auto code = compiler::compile(p, co);
    if (code.is_error())
        return syntax_error(code.error());
    vm::EvalCode out;
    out.code = code.release_value();
    bytecode::Chunk const& c = out.code->functions[0];
    for (uint32_t i = 0; i < nout; ++i) {
        auto it = std::find(c.slot_names.begin(), c.slot_names.end(), hidden_output(i));
        out.out_slots.push_back(static_cast<uint32_t>(it - c.slot_names.begin()));
    }
    return out;
}

Result<vm::Callee> SessionEvaluator::cleanup_runner()
{
    if (!m_runner) {
        auto src = std::make_shared<SourceFile>(SourceFile { "onCleanup", RUNNER_SOURCE });
        auto program = parser::parse_program(src);
        if (program.is_error())
            return syntax_error(program.error());
        auto code = compiler::compile(program.value());
        if (code.is_error())
            return syntax_error(code.error());
        m_runner = vm::load_module(code.release_value(), "onCleanup");
    }
    vm::Callee c;
    c.kind = vm::Callee::Kind::User;
    c.fn = &m_runner->functions[0];
    c.module = m_runner;
    return c;
}

vm::Callee::Kind eval_intrinsic(std::string_view name)
{
    if (name == "eval")
        return vm::Callee::Kind::Eval;
    if (name == "evalin")
        return vm::Callee::Kind::EvalIn;
    if (name == "assignin")
        return vm::Callee::Kind::AssignIn;
    if (name == "onCleanup")
        return vm::Callee::Kind::OnCleanup;
    return vm::Callee::Kind::None;
}

} // namespace runmat::session
