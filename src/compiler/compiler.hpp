// Compiler: HIR -> bytecode (one Chunk per function, a Module per file). Register allocation
// is a stack of temporaries above the variable slots. Knows nothing about runtime values.
#pragma once
#include "bytecode/chunk.hpp"
#include "hir/hir.hpp"
#include "parser/ast.hpp"
#include "support/error.hpp"
#include "support/result.hpp"
#include <memory>

namespace runmat::compiler {

struct CompileOptions {
    // Variables of the base workspace (scripts see them as variables).
    std::vector<std::string> workspace_vars;
    // --compat matlab: reject the async extensions (block lambdas, async) statically.
    bool matlab_compat = false;
};

Result<bytecode::Module, Diagnostic> compile_unit(hir::Unit const& unit);
// Resolve names and compile a parsed program.
Result<std::shared_ptr<bytecode::Module const>, Diagnostic> compile(ast::Program const& program, CompileOptions const& opts = {});

// The display text of an anonymous function, as MATLAB prints it: "@(x)x+a" (whitespace
// outside quoted text removed).
std::string anon_display_text(std::string_view source_text);

} // namespace runmat::compiler
