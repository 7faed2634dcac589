// HIR: the AST with names resolved. MATLAB's rule: a name assigned anywhere in a function
// (or script) is a variable there, else a function call. Variables get slots; anonymous
// functions list their captures. Knows nothing about bytecode or runtime values.
#pragma once
#include "parser/ast.hpp"
#include "support/error.hpp"
#include "support/result.hpp"
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace runmat::hir {

using ast::BinaryOp;
using ast::UnaryOp;

// Where a variable lives. Locals are frame slots; globals live in the session's global table
// (by name); persistents live with the compiled function (by index).
enum class Storage : uint8_t { Local, Global, Persistent };

struct VarRef {
    Storage storage = Storage::Local;
    uint32_t index = 0; // Local: slot; Persistent: persistent index; Global: unused
    std::string name;   // always set (errors, globals)
};

enum class ExprKind : uint8_t {
    Number,     // num, imag
    CharLit,    // text
    StringLit,  // text
    Colon,      // ':' as an index argument
    End,        // `end` inside an index (binds to the innermost enclosing Index/CellIndex)
    Var,        // var
    Call,       // name(args): a function (not a variable); no parens means args empty
    Index,      // base(args) where base is a value (variable, or any expression)
    CellIndex,  // base{args}
    Field,      // base.text
    DynField,   // base.(lhs)
    Binary,     // bop lhs rhs (not && ||)
    AndAnd,     // lhs && rhs
    OrOr,       // lhs || rhs
    Unary,      // uop lhs
    Range,      // args: start, [step,] stop
    Matrix,     // rows
    CellLit,    // rows
    AnonFn,     // fn_index (into Unit::functions), captures
    FuncHandle, // @text: local_fn = index of a local function in the unit, or -1
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

// A captured variable: the value of `outer` (a slot of the enclosing function) is copied at
// creation into `inner` (a slot of the anonymous function).
struct Capture {
    uint32_t outer = 0;
    uint32_t inner = 0;
};

struct Expr {
    ExprKind kind;
    SourceSpan span;
    double num = 0;
    bool imag = false;
    BinaryOp bop {};
    UnaryOp uop {};
    std::string text;              // literals, Call name, Field name, FuncHandle name
    VarRef var;                    // Var
    ExprPtr base;                  // Index, CellIndex, Field, DynField
    ExprPtr lhs, rhs;              // Binary, AndAnd, OrOr, Unary (lhs), DynField (lhs)
    std::vector<ExprPtr> args;     // Call, Index, CellIndex, Range
    std::vector<std::vector<ExprPtr>> rows; // Matrix, CellLit
    int fn_index = -1;             // AnonFn: function index; FuncHandle: local function or -1
    std::vector<Capture> captures; // AnonFn
    bool dynamic = false;          // Call in code that calls eval/evalin/assignin/load: the name
                                   // may be a variable created at run time (checked first)

    explicit Expr(ExprKind k, SourceSpan s = {}) : kind(k), span(s) { }
};

// An assignment target: a variable followed by zero or more accessors, e.g. x, x(i), x.a{2}.
struct LValue {
    enum class AccessKind : uint8_t { Paren, Brace, Field, DynField };
    struct Access {
        AccessKind kind;
        std::vector<ExprPtr> args; // Paren/Brace
        std::string field;         // Field
        ExprPtr name;              // DynField
        SourceSpan span;
    };
    bool tilde = false; // `~` in [a, ~] = f()
    VarRef var;
    std::vector<Access> chain;
    SourceSpan span;
};

enum class StmtKind : uint8_t {
    Expr,        // expr; display as ans (or as the variable when expr is a bare variable)
    Assign,      // targets[0] = expr
    MultiAssign, // [targets] = expr (a call or index with nargout = targets.size())
    If, For, While, Switch, Try, Break, Continue, Return,
    Global,      // vars: bind each to the global table (initialised to [] when new)
    Persistent,  // vars: initialise each to [] on first execution
};

struct Stmt;
using StmtPtr = std::unique_ptr<Stmt>;
using Block = std::vector<StmtPtr>;

struct IfClause {
    ExprPtr cond;
    Block body;
};

struct SwitchCase {
    std::vector<ExprPtr> values; // any-of (a cell literal case lists several)
    bool cell_case = false;      // written as a cell literal {a, b}
    Block body;
};

struct Stmt {
    StmtKind kind;
    SourceSpan span;
    bool print = false;
    ExprPtr expr;                // Expr value; Assign rhs; For range; While cond; Switch subject
    std::vector<LValue> targets; // Assign, MultiAssign, For (loop variable)
    std::vector<IfClause> clauses;
    std::vector<SwitchCase> cases;
    Block body;
    Block else_body;             // If else; Switch otherwise
    bool has_otherwise = false;
    bool has_catch_var = false;
    VarRef catch_var;
    Block catch_body;
    std::vector<VarRef> vars;    // Global, Persistent

    explicit Stmt(StmtKind k, SourceSpan s = {}) : kind(k), span(s) { }
};

enum class FunctionKind : uint8_t { Script, Function, Anonymous };

struct Function {
    FunctionKind kind = FunctionKind::Function;
    std::string name;             // script: the script name; anonymous: its display text
    SourceSpan span;
    std::vector<std::string> slot_names; // slot -> variable name (index = slot)
    uint32_t num_captures = 0;    // anonymous: captures follow the parameters (see Capture)
    std::vector<uint32_t> params; // parameter slots in order (without varargin)
    std::vector<uint32_t> outputs;// output slots in order (without varargout)
    std::vector<std::string> output_names;
    int varargin_slot = -1;       // slot of varargin, if declared
    int varargout_slot = -1;      // slot of varargout, if declared
    int nargin_slot = -1;         // slot named nargin, when the body reads it (functions only)
    int nargout_slot = -1;
    int ans_slot = -1;            // slot of `ans` when an expression statement may assign it
    std::vector<std::string> persistents; // persistent names; index = persistent index
    std::vector<std::string> globals;     // names declared global
    Block body;                   // statements (anonymous: one Expr statement returning a value)
    ExprPtr anon_body;            // anonymous: the body expression
    bool is_async = false;        // `async function`: a call returns a lazy future of the body
    bool block_lambda = false;    // anonymous with a statement body (`@() do ... end`): value in ans_slot
    bool dynamic_names = false;   // calls eval/evalin/assignin/load: unresolved names are Call.dynamic
    bool uses_cleanup = false;    // mentions onCleanup: the VM checks for dropped objects after each statement
};

// A compiled file or REPL input: functions[0] is the script body (scripts) or the primary
// function (function files). Local functions follow; anonymous functions are appended.
struct Unit {
    SourceFileRef source;
    bool is_script = false;
    std::vector<Function> functions;
    std::unordered_map<std::string, int> local_functions; // named functions -> index
};

struct LowerOptions {
    // Names that are variables in the base workspace before the script runs (REPL inputs see
    // earlier variables). Only used for scripts.
    std::vector<std::string> workspace_vars;
    // --compat matlab: the async extensions (block lambdas, async) are static errors.
    bool matlab_compat = false;
};

// Resolve names and lower the program. Static errors (e.g. `end` outside an index, a `break`
// outside a loop) are Diagnostics like syntax errors.
Result<Unit, Diagnostic> lower(ast::Program const& program, LowerOptions const& opts = {});

} // namespace runmat::hir
