// Scripts with local functions, function files, headers and the end / no-end conventions.
#include "parser_test_util.hpp"

using namespace runmat::parser;
using namespace runmat::parser::test;

TEST(ParserFunction, Headers)
{
    EXPECT_EQ(parse("function f\nend"), "(function f () ())");
    EXPECT_EQ(parse("function f(a, b)\nend"), "(function f (a b) ())");
    EXPECT_EQ(parse("function y = f(x)\n  y = x + 1;\nend"), "(function f (x) (y) (assign y (+ x 1) ;))");
    EXPECT_EQ(parse("function [a, b] = f(varargin)\nend"), "(function f (varargin) (a b))");
    EXPECT_EQ(parse("function [a b] = f(), a = 1; b = 2; end"), "(function f () (a b) (assign a 1 ;) (assign b 2 ;))");
    EXPECT_EQ(parse("function varargout = f(~, x)\nend"), "(function f (~ x) (varargout))");
    EXPECT_EQ(parse("function [] = f()\nend"), "(function f () ())");
    EXPECT_EQ(parse("function f()\nend"), "(function f () ())");
}

TEST(ParserFunction, FunctionFile)
{
    auto r = parse_program(source("% help text\n\nfunction y = main(x)\n  y = helper(x);\nend\n\nfunction z = helper(x)\n  z = 2*x;\nend\n"));
    ASSERT_FALSE(r.is_error());
    auto const& p = r.value();
    EXPECT_TRUE(p.is_function_file);
    EXPECT_TRUE(p.script_body.empty());
    ASSERT_EQ(p.functions.size(), 2u);
    EXPECT_EQ(p.functions[0].name, "main");
    EXPECT_EQ(p.functions[1].name, "helper");
    EXPECT_EQ(p.functions[1].span.begin.line, 7u);
    EXPECT_EQ(p.functions[1].span.begin.column, 1u);
}

TEST(ParserFunction, FunctionsWithoutEnd)
{
    EXPECT_EQ(parse("function [a, b] = f(varargin)\na = 1;\nb = 2;\nfunction c = g(~, q)\nc = q;"),
        "(function f (varargin) (a b) (assign a 1 ;) (assign b 2 ;))\n(function g (~ q) (c) (assign c q ;))");
    EXPECT_EQ(parse("function f\n  if x\n    y\n  end\n  while z, end\nfunction g\n"),
        "(function f () () (if (clause x (expr y))) (while z))\n(function g () ())");
    EXPECT_EQ(parse("function f"), "(function f () ())");
}

TEST(ParserFunction, ScriptWithLocalFunctions)
{
    auto r = parse_program(source("x = 1;\nf(x)\nfunction r = f(a)\n  r = a;\nend\nfunction g\nend\n"));
    ASSERT_FALSE(r.is_error());
    auto const& p = r.value();
    EXPECT_FALSE(p.is_function_file);
    EXPECT_EQ(p.script_body.size(), 2u);
    EXPECT_EQ(p.functions.size(), 2u);
    EXPECT_EQ(parse("1;\nfunction f\nend"), "(expr 1 ;)\n(function f () ())");
}

TEST(ParserFunction, Async)
{
    EXPECT_EQ(parse("async function y = f(x)\n  y = x;\nend"), "(async-function f (x) (y) (assign y x ;))");
    EXPECT_EQ(parse("x = 1;\nasync function g()\nend"), "(assign x 1 ;)\n(async-function g () ())");
    auto r = parse_program(source("async function f\nend\nfunction g\nend"));
    ASSERT_FALSE(r.is_error());
    EXPECT_TRUE(r.value().functions[0].is_async);
    EXPECT_FALSE(r.value().functions[1].is_async);
}

TEST(ParserFunction, NestedAndMixedConventions)
{
    EXPECT_EQ(error_of("function outer\n  function inner\n  end\nend"), "Nested functions are not supported. @2:3");
    EXPECT_EQ(error_of("function a\nend\nfunction b\n  function c\n  end\nend"), "Nested functions are not supported. @4:3");
    EXPECT_EQ(error_of("x = 1;\nfunction a\n  function b\n  end\nend"), "Nested functions are not supported. @3:3");
    EXPECT_EQ(error_of("function a\nx\nfunction b\ny\nend"),
        "The function \"b\" was closed with an 'end', but at least one other function definition was not. To avoid confusion when using nested functions, it is illegal to use both conventions in the same file. @3:1");
    EXPECT_EQ(error_of("function a\nend\nfunction b\ny"),
        "The function \"a\" was closed with an 'end', but at least one other function definition was not. To avoid confusion when using nested functions, it is illegal to use both conventions in the same file. @3:1");
}

TEST(ParserFunction, Errors)
{
    EXPECT_EQ(error_of("% a class\nclassdef Foo < handle\nend"), "Class definitions (classdef) are not supported. @2:1");
    EXPECT_EQ(error_of("x = 1;\nfunction a\nx"), "All functions in a script must be closed with an 'end'. @2:1");
    EXPECT_EQ(error_of("function a\nend\nx = 1"),
        "This statement is not inside any function. (It follows the END that terminates the definition of the function \"a\".) @3:1");
    EXPECT_EQ(error_of("x = 1;\nfunction a\nend\ny = 2"),
        "This statement is not inside any function. (It follows the END that terminates the definition of the function \"a\".) @4:1");
    EXPECT_EQ(error_of("if x\n  function f\n  end\nend"), "Function definitions are not permitted in this context. @2:3");
    EXPECT_EQ(error_of("function = f\nend"), "Incorrect use of '=' operator. To assign a value to a variable, use '='. To compare values for equality, use '=='. @1:10");
    EXPECT_EQ(error_of("function f(a b)\nend").substr(0, 18), "Invalid expression");
    EXPECT_EQ(error_of("function f\n  if x\n"), "At least one END is missing: the statement may begin here. @2:3");
    EXPECT_EQ(parse("function f\n  if x\n  end"), "(function f () () (if (clause x)))"); // no-end style
}
