// libFuzzer target for the front end: arbitrary bytes -> lexer -> parser -> AST dump ->
// name resolution and bytecode compilation (+ disassembly).
// Any input must yield a program or a Diagnostic: never a crash, hang or sanitizer report.
#include "bytecode/chunk.hpp"
#include "compiler/compiler.hpp"
#include "lexer/lexer.hpp"
#include "parser/dump.hpp"
#include "parser/parser.hpp"
#include <cstddef>
#include <cstdint>
#include <string>

namespace {

// A diagnostic must point inside the text (or just past its end) and say something.
void check_diagnostic(runmat::Diagnostic const& d, size_t size)
{
    if (d.message.empty() || d.pos.line == 0 || d.pos.column == 0 || d.pos.offset > size)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(uint8_t const* data, size_t size)
{
    std::string text(reinterpret_cast<char const*>(data), size);
    auto tokens = runmat::lexer::tokenize(text, "fuzz.m");
    if (tokens.is_error())
        check_diagnostic(tokens.error(), size);
    auto source = std::make_shared<runmat::SourceFile const>(runmat::SourceFile { "fuzz.m", std::move(text) });
    auto program = runmat::parser::parse_program(source);
    if (program.is_error()) {
        check_diagnostic(program.error(), size);
        return 0;
    }
    std::string dumped = runmat::parser::dump(program.value());
    (void)dumped;
    auto module = runmat::compiler::compile(program.value());
    if (module.is_error()) {
        if (module.error().message.empty())
            __builtin_trap();
        return 0;
    }
    std::string listing = runmat::bytecode::disassemble(*module.value());
    (void)listing;
    return 0;
}
