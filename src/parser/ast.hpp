// The abstract syntax tree: the contract between the parser and hir/compiler.
// Plain data with source spans; knows nothing about values or execution.
#pragma once
#include "support/source.hpp"
#include <memory>
#include <string>
#include <vector>

namespace runmat::ast {

enum class BinaryOp : uint8_t {
    Add,          // +
    Sub,          // -
    MatMul,       // *
    ElemMul,      // .*
    MatDiv,       // /   (mrdivide)
    ElemDiv,      // ./
    MatLeftDiv,   // \   (mldivide)
    ElemLeftDiv,  // .\  .
    MatPow,       // ^
    ElemPow,      // .^
    Eq, Ne, Lt, Le, Gt, Ge,
    ElemAnd,      // &
    ElemOr,       // |
    AndAnd,       // &&  (short-circuit)
    OrOr,         // ||  (short-circuit)
};

enum class UnaryOp : uint8_t {
    Neg,        // -x
    Plus,       // +x
    Not,        // ~x or !x
    Transpose,  // x.'
    CTranspose, // x'
};

enum class ExprKind : uint8_t {
    Number,      // num (+ imag): 3, 1e-3, .5, 3i (imag = true)
    CharLit,     // text: 'abc' (quotes removed, '' unescaped)
    StringLit,   // text: "abc" (quotes removed, "" unescaped)
    Ident,       // text: a name
    Colon,       // a bare ':' used as an index argument, x(:, 1)
    End,         // 'end' inside an index expression: x(end), x(end-1, :)
    Binary,      // bop, lhs, rhs
    Unary,       // uop, lhs (the operand)
    Range,       // args = {start, stop} or {start, step, stop}:  a:b, a:s:b
    Index,       // base(args)  -- call or paren index; resolved later
    CellIndex,   // base{args}
    Field,       // base.text
    DynField,    // base.(lhs)
    Matrix,      // [rows]      rows[i] = elements of row i (may be empty)
    CellLit,     // {rows}
    AnonFn,      // @(params) body      (body = lhs)
    FuncHandle,  // @text               (text may be dotted, e.g. @pkg.fn)
    BlockLambda, // @(params) do block end   (RunMat extension; block in `block`)
    Async,       // async lhs           (RunMat extension: `async F`, `async(F)` parses as Index)
    Tilde,       // '~' as an output placeholder in [~, b] = f()  (only in MultiAssign targets)
};

struct Stmt;
struct Expr;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using Block = std::vector<StmtPtr>;

struct Expr {
    ExprKind kind;
    SourceSpan span;
    double num = 0;      // Number
    bool imag = false;   // Number: imaginary literal (3i, 2.5j)
    BinaryOp bop {};     // Binary
    UnaryOp uop {};      // Unary
    std::string text;    // Ident, CharLit, StringLit, Field, FuncHandle
    ExprPtr lhs;         // Binary lhs; Unary operand; DynField name expr; AnonFn body; Async operand
    ExprPtr rhs;         // Binary rhs
    ExprPtr base;        // Index, CellIndex, Field, DynField
    std::vector<ExprPtr> args;               // Index/CellIndex arguments; Range parts
    std::vector<std::vector<ExprPtr>> rows;  // Matrix / CellLit
    std::vector<std::string> params;         // AnonFn / BlockLambda parameter names ("~" allowed)
    Block block;                             // BlockLambda body
    bool parenthesized = false;              // written inside ( ): (f)(x), (c{:}) matters for cs-lists

    explicit Expr(ExprKind k, SourceSpan s = {}) : kind(k), span(s) { }
};

enum class StmtKind : uint8_t {
    Expr,        // expr                   (display if !semicolon)
    Assign,      // targets[0] = expr      (target: Ident optionally followed by Index/CellIndex/Field/DynField chain)
    MultiAssign, // [targets...] = expr    (targets may include Tilde)
    If,          // clauses (cond, body)...; else_body
    For,         // for var = expr, body   (var is `loop_var`: an Ident target, usually plain name)
    While,       // while expr, body
    Switch,      // switch expr; cases; otherwise (else_body)
    Try,         // try body; catch [ident]; catch_body
    Break,
    Continue,
    Return,
    Global,      // names
    Persistent,  // names
    Command,     // command syntax: name word word...  e.g. `format long`, `hold on`
};

struct IfClause {
    ExprPtr cond;
    Block body;
};

struct SwitchCase {
    ExprPtr value; // a scalar, a string, or a cell literal {a, b} meaning "any of"
    Block body;
};

struct Stmt {
    StmtKind kind;
    SourceSpan span;
    bool print = false;                // true when not terminated by ';' (auto-display)
    ExprPtr expr;                      // Expr value; Assign/MultiAssign rhs; For range; While/Switch subject
    std::vector<ExprPtr> targets;      // Assign (1) / MultiAssign (>=1); For: targets[0] is the loop var
    std::vector<IfClause> clauses;     // If
    std::vector<SwitchCase> cases;     // Switch
    Block body;                        // For / While / Try body
    Block else_body;                   // If else / Switch otherwise
    std::string catch_var;             // Try: identifier after `catch`, may be empty
    Block catch_body;                  // Try
    bool has_otherwise = false;        // Switch
    std::vector<std::string> names;    // Global / Persistent; Command: names[0] = command, rest = words

    explicit Stmt(StmtKind k, SourceSpan s = {}) : kind(k), span(s) { }
};

struct Function {
    std::string name;
    SourceSpan span;                   // of the `function` keyword
    std::vector<std::string> params;   // may end with "varargin"; "~" for ignored inputs
    std::vector<std::string> outputs;  // may end with "varargout"
    Block body;
    bool is_async = false;             // `async function ...` (RunMat extension)
    std::vector<Function> nested;      // nested functions (functions inside function ... end); may stay unsupported
};

// A parsed file. A script has statements (script_body) and may end with local functions.
// A function file has no script statements; functions[0] is the primary function.
struct Program {
    SourceFileRef source;
    bool is_function_file = false;
    Block script_body;
    std::vector<Function> functions;
};

} // namespace runmat::ast
