// Helpers for parser tests: parse a text and render the AST (dump.hpp) or the error.
#pragma once
#include "parser/dump.hpp"
#include "parser/parser.hpp"
#include <gtest/gtest.h>
#include <string>

namespace runmat::parser::test {

inline SourceFileRef source(std::string text)
{
    return std::make_shared<SourceFile const>(SourceFile { "t.m", std::move(text) });
}

// The dump without the final newline, or "ERROR <message> @line:column".
inline std::string parse(std::string text, ParseOptions const& options = {})
{
    auto r = parse_program(source(std::move(text)), options);
    if (r.is_error()) {
        auto const& d = r.error();
        return "ERROR " + d.message + " @" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column);
    }
    std::string out = dump(r.value());
    if (!out.empty() && out.back() == '\n')
        out.pop_back();
    return out;
}

// Just the expression of a one-statement script `x = <text>`.
inline std::string expr(std::string const& text)
{
    std::string out = parse("x = " + text + ";");
    std::string const head = "(assign x ";
    if (out.rfind(head, 0) != 0)
        return out;
    return out.substr(head.size(), out.size() - head.size() - 3); // drop " ;)"
}

inline std::string error_of(std::string text)
{
    auto r = parse_program(source(std::move(text)));
    if (!r.is_error())
        return "no error: " + dump(r.value());
    return r.error().message + " @" + std::to_string(r.error().pos.line) + ":" + std::to_string(r.error().pos.column);
}

} // namespace runmat::parser::test
