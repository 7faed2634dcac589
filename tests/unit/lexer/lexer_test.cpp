// Lexer unit tests: tokens, quote = transpose vs char literal, continuation, comments,
// numbers, and the whitespace facts used to separate matrix elements.
#include "lexer/lexer.hpp"
#include <gtest/gtest.h>

using namespace runmat;
using namespace runmat::lexer;

namespace {

// Compact token listing: id:x num:3 chr:abc str:abc NL, other tokens by their text.
std::string lex(std::string_view text)
{
    auto r = tokenize(text, "t.m");
    if (r.is_error())
        return "ERROR " + r.error().message + " @" + std::to_string(r.error().pos.line) + ":" + std::to_string(r.error().pos.column);
    std::string out;
    for (auto const& t : r.value()) {
        if (t.kind == TokenKind::Eof)
            break;
        if (!out.empty())
            out += ' ';
        switch (t.kind) {
        case TokenKind::Ident: out += "id:" + std::string(t.text); break;
        case TokenKind::Number: {
            char buf[64];
            snprintf(buf, sizeof buf, "num:%g%s", t.num, t.imag ? "i" : "");
            out += buf;
            break;
        }
        case TokenKind::CharLit: out += "chr:" + t.value; break;
        case TokenKind::StringLit: out += "str:" + t.value; break;
        case TokenKind::Newline: out += "NL"; break;
        default: out += std::string(t.text); break;
        }
    }
    return out;
}

std::vector<Token> toks(std::string_view text)
{
    auto r = tokenize(text);
    EXPECT_FALSE(r.is_error());
    return r.is_error() ? std::vector<Token> {} : std::move(r).value();
}

} // namespace

TEST(Lexer, IdentifiersAndKeywords)
{
    EXPECT_EQ(lex("abc x_1 X2"), "id:abc id:x_1 id:X2");
    auto t = toks("if else elseif end endx function parfor");
    ASSERT_EQ(t.size(), 8u);
    EXPECT_EQ(t[0].kind, TokenKind::KwIf);
    EXPECT_EQ(t[1].kind, TokenKind::KwElse);
    EXPECT_EQ(t[2].kind, TokenKind::KwElseif);
    EXPECT_EQ(t[3].kind, TokenKind::KwEnd);
    EXPECT_EQ(t[4].kind, TokenKind::Ident);
    EXPECT_EQ(t[5].kind, TokenKind::KwFunction);
    EXPECT_EQ(t[6].kind, TokenKind::KwParfor);
}

TEST(Lexer, Numbers)
{
    EXPECT_EQ(lex("3 3.5 .5 1e-3 1E+5 2.5e2 7."), "num:3 num:3.5 num:0.5 num:0.001 num:100000 num:250 num:7");
    EXPECT_EQ(lex("3i 2.5j 1e3i 4I 5J"), "num:3i num:2.5i num:1000i num:4i num:5i");
    EXPECT_EQ(lex("1d3 2D-1"), "num:1000 num:0.2");
    EXPECT_EQ(lex("1e999 1e-999"), "num:inf num:0");
    // A dot that starts an element-wise operator is not part of the number.
    EXPECT_EQ(lex("2.^x 1./x 3.*y 2.\\z 3.'"), "num:2 .^ id:x num:1 ./ id:x num:3 .* id:y num:2 .\\ id:z num:3 .'");
    EXPECT_EQ(lex("1e"), "num:1 id:e");
    EXPECT_EQ(lex("3if"), "num:3 if");
    EXPECT_EQ(lex("3in"), "num:3 id:in");
    auto t = toks("3i");
    EXPECT_TRUE(t[0].imag);
    EXPECT_DOUBLE_EQ(t[0].num, 3.0);
    EXPECT_EQ(lex("0x1F"), "ERROR Hexadecimal and binary literals are not supported. @1:1");
}

TEST(Lexer, Operators)
{
    EXPECT_EQ(lex("+ - * / \\ ^ .* ./ .\\ .^ .' == ~= != < <= > >= & | && || ~ ! = : . @ , ; ( ) [ ] { }"),
        "+ - * / \\ ^ .* ./ .\\ .^ .' == ~= != < <= > >= & | && || ~ ! = : . @ , ; ( ) [ ] { }");
}

TEST(Lexer, OperatorsAfterValue)
{
    EXPECT_EQ(lex("a+b-c*d/e\\f^g.*h./i.\\j.^k"), "id:a + id:b - id:c * id:d / id:e \\ id:f ^ id:g .* id:h ./ id:i .\\ id:j .^ id:k");
    EXPECT_EQ(lex("a==b~=c!=d<e<=f>g>=h&i|j&&k||l"), "id:a == id:b ~= id:c != id:d < id:e <= id:f > id:g >= id:h & id:i | id:j && id:k || id:l");
    EXPECT_EQ(lex("~a !b x=1 a:b s.f @g"), "~ id:a ! id:b id:x = num:1 id:a : id:b id:s . id:f @ id:g");
    auto t = toks("~= !=");
    EXPECT_EQ(t[0].kind, TokenKind::NotEq);
    EXPECT_EQ(t[1].kind, TokenKind::NotEq);
    t = toks("~ !");
    EXPECT_EQ(t[0].kind, TokenKind::Not);
    EXPECT_EQ(t[1].kind, TokenKind::Not);
}

TEST(Lexer, TransposeVersusCharLiteral)
{
    EXPECT_EQ(lex("a'"), "id:a '");
    EXPECT_EQ(lex("a''"), "id:a ' '");
    EXPECT_EQ(lex("a.'"), "id:a .'");
    EXPECT_EQ(lex("a.''"), "id:a .' '");
    EXPECT_EQ(lex("x(1)'"), "id:x ( num:1 ) '");
    EXPECT_EQ(lex("[1 2]'"), "[ num:1 num:2 ] '");
    EXPECT_EQ(lex("c{1}'"), "id:c { num:1 } '");
    EXPECT_EQ(lex("3'"), "num:3 '");
    EXPECT_EQ(lex("x(end)'"), "id:x ( end ) '");
    EXPECT_EQ(lex("x(end')"), "id:x ( end ' )");
    EXPECT_EQ(lex("\"s\"'"), "str:s '");
    // After operators, openers and keywords a quote starts a char literal.
    EXPECT_EQ(lex("x = 'abc'"), "id:x = chr:abc");
    EXPECT_EQ(lex("f('a', 'b')"), "id:f ( chr:a , chr:b )");
    EXPECT_EQ(lex("case 'x'"), "case chr:x");
    EXPECT_EQ(lex("end 'x'"), "end chr:x");
    // Outside brackets a blank does not matter: a ' is a transpose.
    EXPECT_EQ(lex("a '"), "id:a '");
    // Inside [] and {} a blank before the quote starts a char literal.
    EXPECT_EQ(lex("[a' b']"), "[ id:a ' id:b ' ]");
    EXPECT_EQ(lex("[a 'str']"), "[ id:a chr:str ]");
    EXPECT_EQ(lex("{a 'str'}"), "{ id:a chr:str }");
    EXPECT_EQ(lex("[f(a ') 'x']"), "[ id:f ( id:a ' ) chr:x ]");
    EXPECT_EQ(lex("['a' 'b']"), "[ chr:a chr:b ]");
}

TEST(Lexer, CharAndStringLiterals)
{
    EXPECT_EQ(lex("'it''s'"), "chr:it's");
    EXPECT_EQ(lex("''"), "chr:");
    EXPECT_EQ(lex("''''"), "chr:'");
    EXPECT_EQ(lex("\"say \"\"hi\"\"\""), "str:say \"hi\"");
    EXPECT_EQ(lex("\"it's\""), "str:it's");
    EXPECT_EQ(lex("'a\"b'"), "chr:a\"b");
    EXPECT_EQ(lex("'% not a comment'"), "chr:% not a comment");
    EXPECT_EQ(lex("'... not a continuation'"), "chr:... not a continuation");
    EXPECT_EQ(lex("'caf\xc3\xa9'"), "chr:caf\xc3\xa9");
    EXPECT_EQ(lex("x = 'abc"), "ERROR Character vector is not terminated properly. @1:5");
    EXPECT_EQ(lex("x = 'abc\n'"), "ERROR Character vector is not terminated properly. @1:5");
    EXPECT_EQ(lex("\n  \"abc"), "ERROR String is not terminated properly. @2:3");
}

TEST(Lexer, Comments)
{
    EXPECT_EQ(lex("a % comment\nb"), "id:a NL id:b");
    EXPECT_EQ(lex("% only\n"), "NL");
    EXPECT_EQ(lex("a %{ not a block\nb"), "id:a NL id:b");
    EXPECT_EQ(lex("a\n%{\nanything ' \" here\n%}\nb"), "id:a NL NL id:b");
    EXPECT_EQ(lex("a\n  %{  \n x\n  %}  \nb"), "id:a NL NL id:b");
    // Nested block comments.
    EXPECT_EQ(lex("a\n%{\n%{\nx\n%}\ny\n%}\nb"), "id:a NL NL id:b");
    // %{ with text after it is a line comment.
    EXPECT_EQ(lex("%{ x\nb"), "NL id:b");
    // Unterminated block comment: the rest of the file.
    EXPECT_EQ(lex("a\n%{\nb\nc"), "id:a NL");
    auto t = toks("a\n%{\n\n%}\nb");
    EXPECT_EQ(t.back().kind, TokenKind::Eof);
    EXPECT_EQ(t[t.size() - 2].pos.line, 5u);
}

TEST(Lexer, Continuation)
{
    EXPECT_EQ(lex("a + ...\n b"), "id:a + id:b");
    EXPECT_EQ(lex("a + ... comment ' here\n b"), "id:a + id:b");
    EXPECT_EQ(lex("[1 ...\n 2]"), "[ num:1 num:2 ]");
    EXPECT_EQ(lex("1...\n+2"), "num:1 + num:2");
    auto t = toks("x...\n'a'");
    // The continuation counts as a blank, but outside brackets a quote after a name is a transpose.
    EXPECT_EQ(t[1].kind, TokenKind::Quote);
    t = toks("[x...\n'a']");
    EXPECT_EQ(t[2].kind, TokenKind::CharLit);
    EXPECT_TRUE(t[2].space_before);
    EXPECT_EQ(t[2].pos.line, 2u);
}

TEST(Lexer, SpaceFlagsForElementSeparation)
{
    auto t = toks("[1 -2]");
    EXPECT_EQ(t[2].kind, TokenKind::Minus);
    EXPECT_TRUE(t[2].space_before);
    EXPECT_FALSE(t[2].space_after);
    t = toks("[1 - 2]");
    EXPECT_TRUE(t[2].space_before);
    EXPECT_TRUE(t[2].space_after);
    t = toks("[1-2]");
    EXPECT_FALSE(t[2].space_before);
    t = toks("[a (1)]");
    EXPECT_TRUE(t[2].space_before);
    t = toks("a\n-b");
    EXPECT_TRUE(t[2].space_before); // first token of a line
}

TEST(Lexer, Positions)
{
    auto t = toks("x = 1;\n  yy(2)\r\n\tz");
    EXPECT_EQ(t[0].pos.line, 1u);
    EXPECT_EQ(t[0].pos.column, 1u);
    EXPECT_EQ(t[2].pos.column, 5u);
    EXPECT_EQ(t[5].pos.line, 2u);
    EXPECT_EQ(t[5].pos.column, 3u);
    EXPECT_EQ(t[5].pos.offset, 9u);
    EXPECT_EQ(t[5].end_offset, 11u);
    EXPECT_EQ(t[10].kind, TokenKind::Ident);
    EXPECT_EQ(t[10].pos.line, 3u);
    EXPECT_EQ(t[10].pos.column, 2u);
}

TEST(Lexer, InvalidCharacters)
{
    EXPECT_EQ(lex("a $ b"), "ERROR Invalid text character. Check for unsupported symbol, invisible character, or pasting of non-ASCII characters. @1:3");
    EXPECT_EQ(lex("x\n #"), "ERROR Invalid text character. Check for unsupported symbol, invisible character, or pasting of non-ASCII characters. @2:2");
    EXPECT_EQ(lex("\xc3\xa9").substr(0, 28), "ERROR Invalid text character");
    EXPECT_EQ(lex(std::string_view("a\0b", 3)).substr(0, 28), "ERROR Invalid text character");
    EXPECT_EQ(lex("_x").substr(0, 28), "ERROR Invalid text character");
    // Non-ASCII is fine in comments and literals.
    EXPECT_EQ(lex("% \xc3\xa9\nx"), "NL id:x");
}

TEST(Lexer, EmptyAndBlank)
{
    EXPECT_EQ(lex(""), "");
    EXPECT_EQ(lex("   \t  "), "");
    EXPECT_EQ(lex("\n\n"), "NL NL");
}
