// Source text and positions. Knows nothing about tokens, values or execution.
#pragma once
#include <cstdint>
#include <memory>
#include <string>

namespace runmat {

// A position in a source file: 1-based line and column, 0-based byte offset.
struct SourcePos {
    uint32_t line = 0;   // 1-based; 0 means "unknown"
    uint32_t column = 0; // 1-based, in bytes
    uint32_t offset = 0; // 0-based byte offset
};

// A half-open byte range [begin, end) with the line/column of its start.
struct SourceSpan {
    SourcePos begin;
    uint32_t end_offset = 0;
};

// An owned source file. Shared by the AST, the compiled unit and error stacks.
struct SourceFile {
    std::string name; // path as given by the user, or "<stdin>", "<eval>", "<repl>"
    std::string text;
};
using SourceFileRef = std::shared_ptr<SourceFile const>;

} // namespace runmat
