// MATLAB command syntax: `format long`, `hold on`, `clear x y`, and when it does not apply.
#include "parser_test_util.hpp"

using namespace runmat::parser;
using namespace runmat::parser::test;

TEST(ParserCommand, CommonCommands)
{
    EXPECT_EQ(parse("format long"), "(command format 'long')");
    EXPECT_EQ(parse("format compact"), "(command format 'compact')");
    EXPECT_EQ(parse("hold on"), "(command hold 'on')");
    EXPECT_EQ(parse("hold on;"), "(command hold 'on' ;)");
    EXPECT_EQ(parse("warning off all"), "(command warning 'off' 'all')");
    EXPECT_EQ(parse("close all"), "(command close 'all')");
    EXPECT_EQ(parse("clear x y"), "(command clear 'x' 'y')");
    EXPECT_EQ(parse("disp hello"), "(command disp 'hello')");
    EXPECT_EQ(parse("format long g % comment"), "(command format 'long' 'g')");
    EXPECT_EQ(parse("  format\tlong  "), "(command format 'long')");
}

TEST(ParserCommand, AloneIsAnExpression)
{
    EXPECT_EQ(parse("clc"), "(expr clc)");
    EXPECT_EQ(parse("clc;"), "(expr clc ;)");
    EXPECT_EQ(parse("clc % comment"), "(expr clc)");
}

TEST(ParserCommand, WordsEndAtSeparators)
{
    EXPECT_EQ(parse("disp hello world, y"), "(command disp 'hello' 'world')\n(expr y)");
    EXPECT_EQ(parse("hold on; plot(x)"), "(command hold 'on' ;)\n(expr (index plot x))");
    EXPECT_EQ(parse("format long\nx = 1"), "(command format 'long')\n(assign x 1)");
    EXPECT_EQ(parse("disp a%comment"), "(command disp 'a')");
}

TEST(ParserCommand, QuotedWords)
{
    EXPECT_EQ(parse("disp 'a b' c"), "(command disp 'a b' 'c')");
    EXPECT_EQ(parse("disp 'it''s'"), "(command disp 'it''s')");
    EXPECT_EQ(parse("disp 'a,b;c'"), "(command disp 'a,b;c')");
    EXPECT_EQ(parse("disp x'y z'w"), "(command disp 'xy zw')");
    EXPECT_EQ(error_of("disp 'abc"), "Character vector is not terminated properly. @1:6");
    // Double quotes group blanks too but stay in the word (command arguments are char vectors).
    EXPECT_EQ(parse("disp \"a b\" c"), "(command disp '\"a b\"' 'c')");
    EXPECT_EQ(parse("disp \"a\"\"b\""), "(command disp '\"a\"\"b\"')");
    EXPECT_EQ(error_of("disp \"abc"), "String is not terminated properly. @1:6");
}

TEST(ParserCommand, OperatorRules)
{
    EXPECT_EQ(parse("a -1"), "(command a '-1')");
    EXPECT_EQ(parse("a - 1"), "(expr (- a 1))");
    EXPECT_EQ(parse("a-1"), "(expr (- a 1))");
    EXPECT_EQ(parse("a == b"), "(expr (== a b))");
    EXPECT_EQ(parse("a ==b"), "(command a '==b')");
    EXPECT_EQ(parse("a * b"), "(expr (* a b))");
    EXPECT_EQ(parse("a && b"), "(expr (&& a b))");
    EXPECT_EQ(parse("a ~= b"), "(expr (~= a b))");
    EXPECT_EQ(parse("a ~b"), "(command a '~b')");
    EXPECT_EQ(parse("a : b"), "(expr (range a b))");
    EXPECT_EQ(parse("a = 1"), "(assign a 1)");
    EXPECT_EQ(parse("a =1"), "(assign a 1)");
    EXPECT_EQ(parse("a (1)"), "(expr (index a 1))");
    EXPECT_EQ(parse("a(1)"), "(expr (index a 1))");
    EXPECT_EQ(parse("a'"), "(expr (ctranspose a))");
    EXPECT_EQ(parse("a.b c"), "ERROR Invalid expression. Check for missing multiplication operator, missing or unbalanced delimiters, or other syntax error. To construct matrices, use brackets instead of parentheses. @1:5");
    EXPECT_EQ(parse("a ...\n + 1"), "(expr (+ a 1))");
    EXPECT_EQ(parse("disp -x"), "(command disp '-x')");
    EXPECT_EQ(parse("a 'str'"), "(command a 'str')");
    EXPECT_EQ(parse("a @b"), "(command a '@b')");
}

TEST(ParserCommand, NotForVariables)
{
    EXPECT_EQ(parse("x = 3; x -1"), "(assign x 3 ;)\n(expr (- x 1))");
    EXPECT_EQ(parse("function f(a)\n  a -1\nend"), "(function f (a) () (expr (- a 1)))");
    EXPECT_EQ(parse("function y = f()\n  y = 0;\n  y -1\nend"), "(function f () (y) (assign y 0 ;) (expr (- y 1)))");
    // Scopes are per function: a variable of the script is a command name in a function.
    EXPECT_EQ(parse("x = 1;\nfunction f()\n  x -1\nend"), "(assign x 1 ;)\n(function f () () (command x '-1'))");
}

TEST(ParserCommand, AsyncIsNeverACommand)
{
    EXPECT_EQ(parse("async f"), "(expr (async f))");
    EXPECT_EQ(parse("async @() g()"), "(expr (async (lambda () (index g))))");
}

TEST(ParserCommand, InsideBlocks)
{
    EXPECT_EQ(parse("if x\n  hold on\nend"), "(if (clause x (command hold 'on')))");
    EXPECT_EQ(parse("if x, format long, end"), "(if (clause x (command format 'long')))");
}
