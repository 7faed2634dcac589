// Expressions: precedence, postfix chains, literals, matrices, handles and lambdas.
#include "parser_test_util.hpp"

using namespace runmat::parser;
using namespace runmat::parser::test;

TEST(ParserExpr, Literals)
{
    EXPECT_EQ(expr("3"), "3");
    EXPECT_EQ(expr(".5"), "0.5");
    EXPECT_EQ(expr("1e-3"), "0.001");
    EXPECT_EQ(expr("3i"), "3i");
    EXPECT_EQ(expr("2.5j"), "2.5i");
    EXPECT_EQ(expr("'it''s'"), "'it''s'");
    EXPECT_EQ(expr("\"say \"\"hi\"\"\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(expr("abc"), "abc");
    EXPECT_EQ(expr("true"), "true");
}

TEST(ParserExpr, ArithmeticPrecedence)
{
    EXPECT_EQ(expr("1 + 2*3"), "(+ 1 (* 2 3))");
    EXPECT_EQ(expr("1 - 2 - 3"), "(- (- 1 2) 3)");
    EXPECT_EQ(expr("a*b/c\\d"), "(\\ (/ (* a b) c) d)");
    EXPECT_EQ(expr("a.*b./c.\\d"), "(.\\ (./ (.* a b) c) d)");
    EXPECT_EQ(expr("a + b.*c"), "(+ a (.* b c))");
}

TEST(ParserExpr, PowerAndUnary)
{
    EXPECT_EQ(expr("-2^2"), "(neg (^ 2 2))");
    EXPECT_EQ(expr("2^-2"), "(^ 2 (neg 2))");
    EXPECT_EQ(expr("2^3^2"), "(^ (^ 2 3) 2)");
    EXPECT_EQ(expr("2^-2^2"), "(^ (^ 2 (neg 2)) 2)");
    EXPECT_EQ(expr("a.^b'"), "(.^ a (ctranspose b))");
    EXPECT_EQ(expr("a'^2"), "(^ (ctranspose a) 2)");
    EXPECT_EQ(expr("-a'"), "(neg (ctranspose a))");
    EXPECT_EQ(expr("-a*b"), "(* (neg a) b)");
    EXPECT_EQ(expr("a*-b"), "(* a (neg b))");
    EXPECT_EQ(expr("+a"), "(uplus a)");
    EXPECT_EQ(expr("--a"), "(neg (neg a))");
    EXPECT_EQ(expr("~a"), "(not a)");
    EXPECT_EQ(expr("!a"), "(not a)");
    EXPECT_EQ(expr("~a == b"), "(== (not a) b)");
    EXPECT_EQ(expr("-2^-x'"), "(neg (^ 2 (neg (ctranspose x))))");
}

TEST(ParserExpr, LogicalAndRelationalPrecedence)
{
    EXPECT_EQ(expr("a || b && c | d & e < f"), "(|| a (&& b (| c (& d (< e f)))))");
    EXPECT_EQ(expr("a & b | c"), "(| (& a b) c)");
    EXPECT_EQ(expr("a && b || c && d"), "(|| (&& a b) (&& c d))");
    EXPECT_EQ(expr("a < b < c"), "(< (< a b) c)");
    EXPECT_EQ(expr("a == b ~= c"), "(~= (== a b) c)");
    EXPECT_EQ(expr("a != b"), "(~= a b)");
    EXPECT_EQ(expr("a <= b >= c"), "(>= (<= a b) c)");
}

TEST(ParserExpr, Ranges)
{
    EXPECT_EQ(expr("1:10"), "(range 1 10)");
    EXPECT_EQ(expr("1:2:10"), "(range 1 2 10)");
    EXPECT_EQ(expr("a:b:c:d"), "(range (range a b c) d)");
    EXPECT_EQ(expr("1:n+1"), "(range 1 (+ n 1))");
    EXPECT_EQ(expr("a < 1:3"), "(< a (range 1 3))");
    EXPECT_EQ(expr("1:3 == 1:3"), "(== (range 1 3) (range 1 3))");
    EXPECT_EQ(expr("-1:1"), "(range (neg 1) 1)");
    EXPECT_EQ(expr("x(2:end)"), "(index x (range 2 end))");
}

TEST(ParserExpr, Postfix)
{
    EXPECT_EQ(expr("a'"), "(ctranspose a)");
    EXPECT_EQ(expr("a.'"), "(transpose a)");
    EXPECT_EQ(expr("a''"), "(ctranspose (ctranspose a))");
    EXPECT_EQ(expr("f(1, 2)"), "(index f 1 2)");
    EXPECT_EQ(expr("f()"), "(index f)");
    EXPECT_EQ(expr("c{1}"), "(cell-index c 1)");
    EXPECT_EQ(expr("c{:}"), "(cell-index c :)");
    EXPECT_EQ(expr("s.a.b"), "(field (field s a) b)");
    EXPECT_EQ(expr("s.(name)"), "(dynfield s name)");
    EXPECT_EQ(expr("s.('a' + 1)"), "(dynfield s (+ 'a' 1))");
    EXPECT_EQ(expr("s.a(2).b{3}"), "(cell-index (field (index (field s a) 2) b) 3)");
    EXPECT_EQ(expr("f(x)'"), "(ctranspose (index f x))");
    EXPECT_EQ(expr("x(:)'"), "(ctranspose (index x :))");
    EXPECT_EQ(expr("x(:, 1)"), "(index x : 1)");
    EXPECT_EQ(expr("f(x)(2)"), "(index (index f x) 2)");
    EXPECT_EQ(expr("(f)(x)"), "(index (paren f) x)");
    EXPECT_EQ(expr("[1 2]'"), "(ctranspose (matrix (row 1 2)))");
    EXPECT_EQ(expr("f (1)"), "(index f 1)"); // outside brackets blanks do not matter
}

TEST(ParserExpr, EndInsideIndex)
{
    EXPECT_EQ(expr("x(end)"), "(index x end)");
    EXPECT_EQ(expr("x(end-1, end)"), "(index x (- end 1) end)");
    EXPECT_EQ(expr("c{end}"), "(cell-index c end)");
    EXPECT_EQ(expr("x([1 end])"), "(index x (matrix (row 1 end)))");
    EXPECT_EQ(expr("x(y(end))"), "(index x (index y end))");
    EXPECT_EQ(expr("x((end))"), "(index x (paren end))");
    EXPECT_EQ(expr("x(end)'"), "(ctranspose (index x end))");
    EXPECT_EQ(expr("x(end')"), "(index x (ctranspose end))");
    EXPECT_EQ(expr("s.a(end).b"), "(field (index (field s a) end) b)");
}

TEST(ParserExpr, Parenthesized)
{
    EXPECT_EQ(expr("(1 + 2) * 3"), "(* (paren (+ 1 2)) 3)");
    EXPECT_EQ(expr("(c{:})"), "(paren (cell-index c :))");
    EXPECT_EQ(expr("((a))"), "(paren a)");
}

TEST(ParserExpr, MatrixElementSeparation)
{
    EXPECT_EQ(expr("[1 -2]"), "(matrix (row 1 (neg 2)))");
    EXPECT_EQ(expr("[1 - 2]"), "(matrix (row (- 1 2)))");
    EXPECT_EQ(expr("[1-2]"), "(matrix (row (- 1 2)))");
    EXPECT_EQ(expr("[1- 2]"), "(matrix (row (- 1 2)))");
    EXPECT_EQ(expr("[1 -2 + 3]"), "(matrix (row 1 (+ (neg 2) 3)))");
    EXPECT_EQ(expr("[a +b]"), "(matrix (row a (uplus b)))");
    EXPECT_EQ(expr("[a - -b]"), "(matrix (row (- a (neg b))))");
    EXPECT_EQ(expr("[a *b]"), "(matrix (row (* a b)))");
    EXPECT_EQ(expr("[a (1)]"), "(matrix (row a (paren 1)))");
    EXPECT_EQ(expr("[a(1)]"), "(matrix (row (index a 1)))");
    EXPECT_EQ(expr("[f(1) 2]"), "(matrix (row (index f 1) 2))");
    EXPECT_EQ(expr("[c {1}]"), "(matrix (row c (cell (row 1))))");
    EXPECT_EQ(expr("[a' b']"), "(matrix (row (ctranspose a) (ctranspose b)))");
    EXPECT_EQ(expr("[a 'str']"), "(matrix (row a 'str'))");
    EXPECT_EQ(expr("[a ~b]"), "(matrix (row a (not b)))");
    EXPECT_EQ(expr("[a ~= b]"), "(matrix (row (~= a b)))");
    EXPECT_EQ(expr("[1 : 3]"), "(matrix (row (range 1 3)))");
    EXPECT_EQ(expr("[f(1, -2) 3]"), "(matrix (row (index f 1 (neg 2)) 3))");
    EXPECT_EQ(expr("[(1 -2) 3]"), "(matrix (row (paren (- 1 2)) 3))");
    EXPECT_EQ(expr("[@sin @cos]"), "(matrix (row @sin @cos))");
    EXPECT_EQ(expr("[x.' y.']"), "(matrix (row (transpose x) (transpose y)))");
    EXPECT_EQ(expr("[1 .5]"), "(matrix (row 1 0.5))");
}

TEST(ParserExpr, MatrixRows)
{
    EXPECT_EQ(expr("[]"), "(matrix)");
    EXPECT_EQ(expr("[1, 2; 3, 4]"), "(matrix (row 1 2) (row 3 4))");
    EXPECT_EQ(expr("[1 2\n3 4]"), "(matrix (row 1 2) (row 3 4))");
    EXPECT_EQ(expr("[\n  1 2\n  3 4\n]"), "(matrix (row 1 2) (row 3 4))");
    EXPECT_EQ(expr("[1, 2,]"), "(matrix (row 1 2))");
    EXPECT_EQ(expr("[1 2;]"), "(matrix (row 1 2))");
    EXPECT_EQ(expr("[1, 2,\n 3]"), "(matrix (row 1 2) (row 3))");
    EXPECT_EQ(expr("[1 2 % comment\n 3 4]"), "(matrix (row 1 2) (row 3 4))");
    EXPECT_EQ(expr("[1 2 ...\n 3 4]"), "(matrix (row 1 2 3 4))");
    EXPECT_EQ(expr("[[1 2] [3]]"), "(matrix (row (matrix (row 1 2)) (matrix (row 3))))");
    EXPECT_EQ(expr("[a;b]"), "(matrix (row a) (row b))");
}

TEST(ParserExpr, CellLiterals)
{
    EXPECT_EQ(expr("{}"), "(cell)");
    EXPECT_EQ(expr("{1, 'a'; 2 'b'}"), "(cell (row 1 'a') (row 2 'b'))");
    EXPECT_EQ(expr("{a -1}"), "(cell (row a (neg 1)))");
    EXPECT_EQ(expr("{{1}, {}}"), "(cell (row (cell (row 1)) (cell)))");
    EXPECT_EQ(expr("{@(x) x + 1, @(y) y}"), "(cell (row (lambda (x) (+ x 1)) (lambda (y) y)))");
}

TEST(ParserExpr, Handles)
{
    EXPECT_EQ(expr("@sin"), "@sin");
    EXPECT_EQ(expr("@pkg.sub.fn"), "@pkg.sub.fn");
    EXPECT_EQ(expr("@(x, y) x + y"), "(lambda (x y) (+ x y))");
    EXPECT_EQ(expr("@() 42"), "(lambda () 42)");
    EXPECT_EQ(expr("@(~, b) b"), "(lambda (~ b) b)");
    EXPECT_EQ(expr("@(x) x(end)"), "(lambda (x) (index x end))");
    EXPECT_EQ(expr("@(x) @(y) x + y"), "(lambda (x) (lambda (y) (+ x y)))");
    EXPECT_EQ(expr("f(@(x) x.^2, 3)"), "(index f (lambda (x) (.^ x 2)) 3)");
}

TEST(ParserExpr, BlockLambda)
{
    EXPECT_EQ(expr("@(a, b) do\n  c = a + b;\n  c * 2\nend"),
        "(block-lambda (a b) (assign c (+ a b) ;) (expr (* c 2)))");
    EXPECT_EQ(expr("@() do x = 1; end"), "(block-lambda () (assign x 1 ;))");
    EXPECT_EQ(expr("@() do\nend"), "(block-lambda ())");
    EXPECT_EQ(expr("@() do\n  if c\n    y = x(end);\n  end\nend"), "(block-lambda () (if (clause c (assign y (index x end) ;))))");
    // Inside brackets the block still separates statements by lines, not elements.
    EXPECT_EQ(expr("{@() do\n  a = [1 2]\n  b = a '\nend, 3}"), "(cell (row (block-lambda () (assign a (matrix (row 1 2))) (assign b (ctranspose a))) 3))");
    EXPECT_EQ(expr("x(@() do y = 1; end)"), "(index x (block-lambda () (assign y 1 ;)))");
    // `do` used as a name is not a block.
    EXPECT_EQ(expr("@() do(3)"), "(lambda () (index do 3))");
    EXPECT_EQ(expr("@() do + 1"), "(lambda () (+ do 1))");
}

TEST(ParserExpr, Async)
{
    EXPECT_EQ(expr("async @() do x = 1; end"), "(async (block-lambda () (assign x 1 ;)))");
    EXPECT_EQ(expr("async @() webread(u)"), "(async (lambda () (index webread u)))");
    EXPECT_EQ(expr("async f"), "(async f)");
    EXPECT_EQ(expr("async(f)"), "(index async f)");
    EXPECT_EQ(expr("async + 1"), "(+ async 1)");
    EXPECT_EQ(expr("spawn(async g)"), "(index spawn (async g))");
}

TEST(ParserExpr, NameValueArguments)
{
    EXPECT_EQ(expr("plot(x, y, LineWidth=2)"), "(index plot x y \"LineWidth\" 2)");
    EXPECT_EQ(expr("f(a == 1)"), "(index f (== a 1))");
}

TEST(ParserExpr, Spans)
{
    auto r = parse_program(source("x = foo(1, 2) + s.a;\n  y = -b';"));
    ASSERT_FALSE(r.is_error());
    auto const& s0 = *r.value().script_body[0];
    EXPECT_EQ(s0.span.begin.line, 1u);
    EXPECT_EQ(s0.span.begin.column, 1u);
    auto const& sum = *s0.expr;
    EXPECT_EQ(sum.span.begin.column, 5u);
    EXPECT_EQ(sum.span.end_offset, 19u);
    EXPECT_EQ(sum.lhs->span.begin.column, 5u); // the call starts at its name
    EXPECT_EQ(sum.lhs->span.end_offset, 13u);
    EXPECT_EQ(sum.lhs->args[1]->span.begin.column, 12u);
    EXPECT_EQ(sum.rhs->span.begin.column, 17u);
    auto const& s1 = *r.value().script_body[1];
    EXPECT_EQ(s1.span.begin.line, 2u);
    EXPECT_EQ(s1.span.begin.column, 3u);
    EXPECT_EQ(s1.expr->span.begin.column, 7u);
    EXPECT_EQ(s1.expr->lhs->span.begin.column, 8u);
    EXPECT_EQ(s1.targets[0]->span.begin.offset, 23u);
}
