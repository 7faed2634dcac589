// Helpers for compiler tests: parse + compile source text, disassemble.
#pragma once
#include "compiler/compiler.hpp"
#include "parser/parser.hpp"
#include <gtest/gtest.h>
#include <string>

namespace runmat::test {

inline std::shared_ptr<bytecode::Module const> compile_text(std::string text, std::string name = "t.m")
{
    auto src = std::make_shared<SourceFile>(SourceFile { name, std::move(text) });
    auto prog = parser::parse_program(src);
    EXPECT_FALSE(prog.is_error()) << (prog.is_error() ? prog.error().message : "");
    if (prog.is_error())
        return nullptr;
    auto m = compiler::compile(prog.value());
    EXPECT_FALSE(m.is_error()) << (m.is_error() ? m.error().message : "");
    return m.is_error() ? nullptr : m.value();
}

inline Diagnostic compile_error(std::string text)
{
    auto src = std::make_shared<SourceFile>(SourceFile { "t.m", std::move(text) });
    auto prog = parser::parse_program(src);
    if (prog.is_error())
        return prog.error();
    auto m = compiler::compile(prog.value());
    EXPECT_TRUE(m.is_error());
    return m.is_error() ? m.error() : Diagnostic {};
}

} // namespace runmat::test
