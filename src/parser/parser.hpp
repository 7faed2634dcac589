// The MATLAB parser's public entry point: source text -> ast::Program (ast.hpp).
// Knows nothing about values or execution.
#pragma once
#include "parser/ast.hpp"
#include "support/error.hpp"
#include "support/result.hpp"
#include <string>
#include <vector>

namespace runmat::parser {

struct ParseOptions {
    // Names that are already variables before the text runs (e.g. the REPL workspace), so
    // that `x -1` is an expression rather than the command `x('-1')`.
    std::vector<std::string> known_variables;
};

// Parses a whole file: a script (statements, then optional local functions closed with
// `end`) or a function file (first token `function` or `async function`; all its functions
// consistently closed with `end` or not at all). Errors are Diagnostics with line/column.
//
// Command syntax: a statement `name word...` becomes StmtKind::Command when `name` is not a
// known variable (assigned earlier in the same script/function, a parameter/output, a loop
// or catch variable, declared global/persistent, or in options.known_variables), is followed
// by a blank, and what follows is not: a line end / `,` / `;` / comment, `(`, `=` (but `==`
// is an operator), `...`, or a binary operator followed by a blank (`a - 1`, `a == b`).
// So `format long`, `hold on`, `disp -x`, `a -1` (a not a variable) are commands; `clc`
// alone is an expression statement. `async` never starts a command (RunMat's `async F`).
Result<ast::Program, Diagnostic> parse_program(SourceFileRef source);
Result<ast::Program, Diagnostic> parse_program(SourceFileRef source, ParseOptions const& options);

// Limits that keep every recursive consumer of the AST (parser, hir, compiler, dump) far
// from a stack overflow: nested constructs (brackets, blocks, unary chains) and the height of
// one expression tree (a left-associative chain `1+1+...` of n terms has height n).
inline constexpr int MAX_NESTING = 256;
inline constexpr uint32_t MAX_EXPR_HEIGHT = 2000;

} // namespace runmat::parser
