// S-expression dump of the AST, for tests and debugging of later layers.
// Format (one top-level statement or function per line):
//   numbers 3, 0.5, 2i; 'char'; "string"; names bare; `:` `end` `~`
//   (+ a b) (.* a b) (neg x) (uplus x) (not x) (ctranspose x) (transpose x)
//   (range a b) (range a s b) (index f a b) (cell-index c a) (field s name) (dynfield s e)
//   (matrix (row a b) (row c)) (cell (row ...)) (lambda (x y) body) @name
//   (block-lambda (a) stmt...) (async e) (paren e) for a parenthesized expression
//   statements: (expr e) (assign t e) (multi-assign (t...) e) with a trailing ";" when
//   display is suppressed; (if (clause c stmt...) (else stmt...)) (for v e stmt...)
//   (while c stmt...) (switch e (case v stmt...) (otherwise stmt...))
//   (try (body stmt...) (catch id stmt...)) (break) (continue) (return) (global a b)
//   (persistent a) (command name 'word'...)
//   functions: (function name (params) (outputs) stmt...) with "async-function" if async.
#pragma once
#include "parser/ast.hpp"
#include <string>

namespace runmat::parser {

std::string dump(ast::Program const& program);
std::string dump(ast::Stmt const& stmt);
std::string dump(ast::Expr const& expr);

} // namespace runmat::parser
