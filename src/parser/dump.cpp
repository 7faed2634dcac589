// S-expression dump of the AST (format in dump.hpp). Recursion depth is bounded by the
// parser's MAX_NESTING / MAX_EXPR_HEIGHT.
#include "parser/dump.hpp"
#include <charconv>

namespace runmat::parser {

using namespace ast;

namespace {

char const* binary_name(BinaryOp op)
{
    switch (op) {
    case BinaryOp::Add: return "+";
    case BinaryOp::Sub: return "-";
    case BinaryOp::MatMul: return "*";
    case BinaryOp::ElemMul: return ".*";
    case BinaryOp::MatDiv: return "/";
    case BinaryOp::ElemDiv: return "./";
    case BinaryOp::MatLeftDiv: return "\\";
    case BinaryOp::ElemLeftDiv: return ".\\";
    case BinaryOp::MatPow: return "^";
    case BinaryOp::ElemPow: return ".^";
    case BinaryOp::Eq: return "==";
    case BinaryOp::Ne: return "~=";
    case BinaryOp::Lt: return "<";
    case BinaryOp::Le: return "<=";
    case BinaryOp::Gt: return ">";
    case BinaryOp::Ge: return ">=";
    case BinaryOp::ElemAnd: return "&";
    case BinaryOp::ElemOr: return "|";
    case BinaryOp::AndAnd: return "&&";
    case BinaryOp::OrOr: return "||";
    }
    return "?";
}

char const* unary_name(UnaryOp op)
{
    switch (op) {
    case UnaryOp::Neg: return "neg";
    case UnaryOp::Plus: return "uplus";
    case UnaryOp::Not: return "not";
    case UnaryOp::Transpose: return "transpose";
    case UnaryOp::CTranspose: return "ctranspose";
    }
    return "?";
}

void quoted(std::string& out, std::string const& text, char q)
{
    out += q;
    for (char c : text) {
        out += c;
        if (c == q)
            out += q;
    }
    out += q;
}

void number(std::string& out, double v)
{
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

void expr(std::string& out, Expr const& e);
void stmt(std::string& out, Stmt const& s);

void block(std::string& out, Block const& b)
{
    for (auto const& s : b) {
        out += ' ';
        stmt(out, *s);
    }
}

void names(std::string& out, std::vector<std::string> const& list)
{
    out += '(';
    for (size_t i = 0; i < list.size(); ++i) {
        if (i)
            out += ' ';
        out += list[i];
    }
    out += ')';
}

void args(std::string& out, std::vector<ExprPtr> const& list)
{
    for (auto const& a : list) {
        out += ' ';
        expr(out, *a);
    }
}

void rows(std::string& out, Expr const& e, char const* head)
{
    out += '(';
    out += head;
    for (auto const& row : e.rows) {
        out += " (row";
        args(out, row);
        out += ')';
    }
    out += ')';
}

void expr_body(std::string& out, Expr const& e)
{
    switch (e.kind) {
    case ExprKind::Number:
        number(out, e.num);
        if (e.imag)
            out += 'i';
        return;
    case ExprKind::CharLit: return quoted(out, e.text, '\'');
    case ExprKind::StringLit: return quoted(out, e.text, '"');
    case ExprKind::Ident: out += e.text; return;
    case ExprKind::Colon: out += ':'; return;
    case ExprKind::End: out += "end"; return;
    case ExprKind::Tilde: out += '~'; return;
    case ExprKind::FuncHandle: out += '@'; out += e.text; return;
    case ExprKind::Matrix: return rows(out, e, "matrix");
    case ExprKind::CellLit: return rows(out, e, "cell");
    default: break;
    }
    out += '(';
    switch (e.kind) {
    case ExprKind::Binary:
        out += binary_name(e.bop);
        out += ' ';
        expr(out, *e.lhs);
        out += ' ';
        expr(out, *e.rhs);
        break;
    case ExprKind::Unary:
        out += unary_name(e.uop);
        out += ' ';
        expr(out, *e.lhs);
        break;
    case ExprKind::Range:
        out += "range";
        args(out, e.args);
        break;
    case ExprKind::Index:
    case ExprKind::CellIndex:
        out += e.kind == ExprKind::Index ? "index " : "cell-index ";
        expr(out, *e.base);
        args(out, e.args);
        break;
    case ExprKind::Field:
        out += "field ";
        expr(out, *e.base);
        out += ' ';
        out += e.text;
        break;
    case ExprKind::DynField:
        out += "dynfield ";
        expr(out, *e.base);
        out += ' ';
        expr(out, *e.lhs);
        break;
    case ExprKind::AnonFn:
        out += "lambda ";
        names(out, e.params);
        out += ' ';
        expr(out, *e.lhs);
        break;
    case ExprKind::BlockLambda:
        out += "block-lambda ";
        names(out, e.params);
        block(out, e.block);
        break;
    case ExprKind::Async:
        out += "async ";
        expr(out, *e.lhs);
        break;
    default:
        out += '?';
        break;
    }
    out += ')';
}

void expr(std::string& out, Expr const& e)
{
    if (e.parenthesized)
        out += "(paren ";
    expr_body(out, e);
    if (e.parenthesized)
        out += ')';
}

void clause(std::string& out, char const* head, Block const& b)
{
    out += " (";
    out += head;
    block(out, b);
    out += ')';
}

void stmt_body(std::string& out, Stmt const& s)
{
    switch (s.kind) {
    case StmtKind::Expr:
        out += "expr ";
        expr(out, *s.expr);
        break;
    case StmtKind::Assign:
        out += "assign ";
        expr(out, *s.targets[0]);
        out += ' ';
        expr(out, *s.expr);
        break;
    case StmtKind::MultiAssign:
        out += "multi-assign (";
        for (size_t i = 0; i < s.targets.size(); ++i) {
            if (i)
                out += ' ';
            expr(out, *s.targets[i]);
        }
        out += ") ";
        expr(out, *s.expr);
        break;
    case StmtKind::If:
        out += "if";
        for (auto const& c : s.clauses) {
            out += " (clause ";
            expr(out, *c.cond);
            block(out, c.body);
            out += ')';
        }
        if (!s.else_body.empty())
            clause(out, "else", s.else_body);
        break;
    case StmtKind::For:
        out += "for ";
        expr(out, *s.targets[0]);
        out += ' ';
        expr(out, *s.expr);
        block(out, s.body);
        break;
    case StmtKind::While:
        out += "while ";
        expr(out, *s.expr);
        block(out, s.body);
        break;
    case StmtKind::Switch:
        out += "switch ";
        expr(out, *s.expr);
        for (auto const& c : s.cases) {
            out += " (case ";
            expr(out, *c.value);
            block(out, c.body);
            out += ')';
        }
        if (s.has_otherwise)
            clause(out, "otherwise", s.else_body);
        break;
    case StmtKind::Try:
        out += "try";
        clause(out, "body", s.body);
        out += " (catch";
        if (!s.catch_var.empty())
            out += ' ' + s.catch_var;
        block(out, s.catch_body);
        out += ')';
        break;
    case StmtKind::Break: out += "break"; break;
    case StmtKind::Continue: out += "continue"; break;
    case StmtKind::Return: out += "return"; break;
    case StmtKind::Global:
    case StmtKind::Persistent:
        out += s.kind == StmtKind::Global ? "global" : "persistent";
        for (auto const& n : s.names)
            out += ' ' + n;
        break;
    case StmtKind::Command:
        out += "command ";
        out += s.names[0];
        for (size_t i = 1; i < s.names.size(); ++i) {
            out += ' ';
            quoted(out, s.names[i], '\'');
        }
        break;
    }
}

void stmt(std::string& out, Stmt const& s)
{
    out += '(';
    stmt_body(out, s);
    bool shows = s.kind == StmtKind::Expr || s.kind == StmtKind::Assign
        || s.kind == StmtKind::MultiAssign || s.kind == StmtKind::Command;
    if (shows && !s.print)
        out += " ;";
    out += ')';
}

void function(std::string& out, Function const& f)
{
    out += f.is_async ? "(async-function " : "(function ";
    out += f.name;
    out += ' ';
    names(out, f.params);
    out += ' ';
    names(out, f.outputs);
    block(out, f.body);
    out += ')';
}

} // namespace

std::string dump(Expr const& e)
{
    std::string out;
    expr(out, e);
    return out;
}

std::string dump(Stmt const& s)
{
    std::string out;
    stmt(out, s);
    return out;
}

std::string dump(Program const& program)
{
    std::string out;
    for (auto const& s : program.script_body) {
        stmt(out, *s);
        out += '\n';
    }
    for (auto const& f : program.functions) {
        function(out, f);
        out += '\n';
    }
    return out;
}

} // namespace runmat::parser
