// Typed errors shared by every layer: front-end diagnostics and runtime (MATLAB) errors.
// Suspension and cancellation are never errors; see async/poll.hpp.
#pragma once
#include "support/source.hpp"
#include <memory>
#include <string>
#include <vector>

namespace runmat {

// One frame of a MATLAB error stack: the function (or script) name and where it was.
struct StackEntry {
    std::string name; // function name; for scripts, the script name
    std::string file; // file name as given, may be empty (e.g. -e code)
    uint32_t line = 0;
    uint32_t column = 0;
};

// A MATLAB runtime error: MException's identifier, message and stack.
// `identifier` may be empty (error('plain message')). The stack is innermost first.
struct RuntimeError {
    std::string identifier;
    std::string message;
    std::vector<StackEntry> stack;
    std::shared_ptr<RuntimeError> cause; // optional
    // MException's `cause` list (addCause), in order; each keeps its own causes.
    std::vector<RuntimeError> causes;
    // Name shown in "Error using NAME" (the builtin or function that raised it). Empty for
    // errors raised by error() in user code at script level (MATLAB prints just "Error: ...").
    std::string raised_by;
};

// A syntax error from the lexer/parser (or a static error from hir/compiler).
struct Diagnostic {
    std::string message; // MATLAB-style text, e.g. "Invalid expression. Check for missing ..."
    std::string file;
    SourcePos pos;
};

// Convenience constructor: make_error("MATLAB:badsubscript", "Index exceeds ...")
inline RuntimeError make_error(std::string id, std::string message)
{
    RuntimeError e;
    e.identifier = std::move(id);
    e.message = std::move(message);
    return e;
}

} // namespace runmat
