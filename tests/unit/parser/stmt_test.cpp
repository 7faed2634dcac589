// Statements: assignments, display flags, control flow, global/persistent.
#include "parser_test_util.hpp"

using namespace runmat::parser;
using namespace runmat::parser::test;

TEST(ParserStmt, ExpressionStatementsAndDisplay)
{
    EXPECT_EQ(parse("x"), "(expr x)");
    EXPECT_EQ(parse("x;"), "(expr x ;)");
    EXPECT_EQ(parse("x = 1, y = 2; z"), "(assign x 1)\n(assign y 2 ;)\n(expr z)");
    EXPECT_EQ(parse("x = 1 % comment"), "(assign x 1)");
    EXPECT_EQ(parse("x = 1; % comment"), "(assign x 1 ;)");
    EXPECT_EQ(parse("x = 1;;"), "(assign x 1 ;)");
    EXPECT_EQ(parse(";;,\n"), "");
    EXPECT_EQ(parse(""), "");
    EXPECT_EQ(parse("% only a comment"), "");
    EXPECT_EQ(parse("x = 1 + ...\n  2;"), "(assign x (+ 1 2) ;)");
    EXPECT_EQ(parse("x = 1\r\ny = 2\r\n"), "(assign x 1)\n(assign y 2)");
    EXPECT_EQ(parse("\xEF\xBB\xBFx = 1"), "(assign x 1)"); // UTF-8 byte order mark
    EXPECT_EQ(error_of("\xEF\xBB\xBF$"), "Invalid text character. Check for unsupported symbol, invisible character, or pasting of non-ASCII characters. @1:1");
}

TEST(ParserStmt, PrintFlag)
{
    auto r = parse_program(source("a = 1\nb = 2;\nc, d;"));
    ASSERT_FALSE(r.is_error());
    auto const& body = r.value().script_body;
    ASSERT_EQ(body.size(), 4u);
    EXPECT_TRUE(body[0]->print);
    EXPECT_FALSE(body[1]->print);
    EXPECT_TRUE(body[2]->print);
    EXPECT_FALSE(body[3]->print);
}

TEST(ParserStmt, Assignments)
{
    EXPECT_EQ(parse("x = 1"), "(assign x 1)");
    EXPECT_EQ(parse("x(i, j) = e"), "(assign (index x i j) e)");
    EXPECT_EQ(parse("s.a.b(2).c = e"), "(assign (field (index (field (field s a) b) 2) c) e)");
    EXPECT_EQ(parse("c{3} = e"), "(assign (cell-index c 3) e)");
    EXPECT_EQ(parse("s.(f) = 1"), "(assign (dynfield s f) 1)");
    EXPECT_EQ(parse("x(end+1) = 5"), "(assign (index x (+ end 1)) 5)");
    EXPECT_EQ(parse("x(:) = []"), "(assign (index x :) (matrix))");
    EXPECT_EQ(parse("x=1"), "(assign x 1)");
    EXPECT_EQ(parse("x =1"), "(assign x 1)");
    EXPECT_EQ(parse("x= 1"), "(assign x 1)");
    EXPECT_EQ(parse("x = y == z"), "(assign x (== y z))");
}

TEST(ParserStmt, MultiAssign)
{
    EXPECT_EQ(parse("[a, b] = f(1)"), "(multi-assign (a b) (index f 1))");
    EXPECT_EQ(parse("[a, ~, c] = f()"), "(multi-assign (a ~ c) (index f))");
    EXPECT_EQ(parse("[~, b] = f()"), "(multi-assign (~ b) (index f))");
    EXPECT_EQ(parse("[a ~] = f()"), "(multi-assign (a ~) (index f))");
    EXPECT_EQ(parse("[a b] = f()"), "(multi-assign (a b) (index f))");
    EXPECT_EQ(parse("[x(2), s.f] = deal(1, 2)"), "(multi-assign ((index x 2) (field s f)) (index deal 1 2))");
    EXPECT_EQ(parse("[c{1:2}] = deal(0)"), "(multi-assign ((cell-index c (range 1 2))) (index deal 0))");
    EXPECT_EQ(parse("[a] = f;"), "(multi-assign (a) f ;)");
    EXPECT_EQ(parse("[x(end), y] = f()"), "(multi-assign ((index x end) y) (index f))");
}

TEST(ParserStmt, If)
{
    EXPECT_EQ(parse("if a, b, elseif c, d, else e, end"),
        "(if (clause a (expr b)) (clause c (expr d)) (else (expr e)))");
    EXPECT_EQ(parse("if x\n  y = 1;\nelseif z\n  y = 2;\nelse\n  y = 3;\nend"),
        "(if (clause x (assign y 1 ;)) (clause z (assign y 2 ;)) (else (assign y 3 ;)))");
    EXPECT_EQ(parse("if (x) y = 1; end"), "(if (clause (paren x) (assign y 1 ;)))");
    EXPECT_EQ(parse("if x y = 1, end"), "(if (clause x (assign y 1)))");
    EXPECT_EQ(parse("if x, y = 1 end"), "(if (clause x (assign y 1)))");
    EXPECT_EQ(parse("if x\nend"), "(if (clause x))");
    EXPECT_EQ(parse("if a\nelse if b\n c\nend\nend"), "(if (clause a) (else (if (clause b (expr c)))))");
    EXPECT_EQ(parse("if x, end; y"), "(if (clause x))\n(expr y)");
}

TEST(ParserStmt, For)
{
    EXPECT_EQ(parse("for i = 1:10, disp(i), end"), "(for i (range 1 10) (expr (index disp i)))");
    EXPECT_EQ(parse("for (k = 1:3) x(k) = k; end"), "(for k (range 1 3) (assign (index x k) k ;))");
    EXPECT_EQ(parse("for v = [1 2 3]\n  s = s + v;\nend"), "(for v (matrix (row 1 2 3)) (assign s (+ s v) ;))");
    EXPECT_EQ(parse("for k=1:n % loop\nend"), "(for k (range 1 n))");
    EXPECT_EQ(parse("parfor (i = 1:n, 4)\n a(i) = i;\nend"), "(for i (range 1 n) (assign (index a i) i ;))");
    EXPECT_EQ(parse("parfor i = 1:n\nend"), "(for i (range 1 n))");
}

TEST(ParserStmt, WhileBreakContinueReturn)
{
    EXPECT_EQ(parse("while k < 3 k = k + 1; end"), "(while (< k 3) (assign k (+ k 1) ;))");
    EXPECT_EQ(parse("while true\n  if x, break; end\n  continue\nend"),
        "(while true (if (clause x (break))) (continue))");
    EXPECT_EQ(parse("return"), "(return)");
    EXPECT_EQ(parse("break; continue; return"), "(break)\n(continue)\n(return)");
}

TEST(ParserStmt, Switch)
{
    EXPECT_EQ(parse("switch x\n  case 1\n    a\n  case {2, 3}\n    b\n  otherwise\n    c\nend"),
        "(switch x (case 1 (expr a)) (case (cell (row 2 3)) (expr b)) (otherwise (expr c)))");
    EXPECT_EQ(parse("switch s, case 'a', x = 1; case \"b\", x = 2; end"),
        "(switch s (case 'a' (assign x 1 ;)) (case \"b\" (assign x 2 ;)))");
    EXPECT_EQ(parse("switch x\n % comment\nend"), "(switch x)");
    EXPECT_EQ(parse("switch x\notherwise\n  y\nend"), "(switch x (otherwise (expr y)))");
}

TEST(ParserStmt, Try)
{
    EXPECT_EQ(parse("try, x, catch, y, end"), "(try (body (expr x)) (catch (expr y)))");
    EXPECT_EQ(parse("try\n  error('x')\ncatch err\n  disp(err.message)\nend"),
        "(try (body (expr (index error 'x'))) (catch err (expr (index disp (field err message)))))");
    EXPECT_EQ(parse("try\n  x\ncatch\n  y\nend"), "(try (body (expr x)) (catch (expr y)))");
    EXPECT_EQ(parse("try\n  x\nend"), "(try (body (expr x)) (catch))");
    EXPECT_EQ(parse("try, x; catch ME, disp(ME); end"), "(try (body (expr x ;)) (catch ME (expr (index disp ME) ;)))");
    EXPECT_EQ(parse("try, x; catch ME; end"), "(try (body (expr x ;)) (catch ME))");
    EXPECT_EQ(parse("try\n x\ncatch disp('failed')\nend"), "(try (body (expr x)) (catch (expr (index disp 'failed'))))");
}

TEST(ParserStmt, GlobalPersistent)
{
    EXPECT_EQ(parse("global a b\npersistent c"), "(global a b)\n(persistent c)");
    EXPECT_EQ(parse("global g; g = 1"), "(global g)\n(assign g 1)");
}

TEST(ParserStmt, TargetsBecomeVariablesForCommandSyntax)
{
    // Once assigned (or declared), `name -1` is an expression, not a command.
    EXPECT_EQ(parse("a -1"), "(command a '-1')");
    EXPECT_EQ(parse("a = 3; a -1"), "(assign a 3 ;)\n(expr (- a 1))");
    EXPECT_EQ(parse("a(2) = 3; a -1"), "(assign (index a 2) 3 ;)\n(expr (- a 1))");
    EXPECT_EQ(parse("[a, b] = f(); b -1"), "(multi-assign (a b) (index f) ;)\n(expr (- b 1))");
    EXPECT_EQ(parse("for k = 1:2, end, k -1"), "(for k (range 1 2))\n(expr (- k 1))");
    EXPECT_EQ(parse("global g\ng -1"), "(global g)\n(expr (- g 1))");
    EXPECT_EQ(parse("try, catch e, end, e -1"), "(try (body) (catch e))\n(expr (- e 1))");
    runmat::parser::ParseOptions options;
    options.known_variables = { "w" };
    EXPECT_EQ(parse("w -1", options), "(expr (- w 1))");
}
