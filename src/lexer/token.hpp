// Tokens of MATLAB source text: kinds, positions and the whitespace facts the parser needs
// to separate matrix elements. Knows nothing about the AST or values.
#pragma once
#include "support/source.hpp"
#include <cstdint>
#include <string>
#include <string_view>

namespace runmat::lexer {

enum class TokenKind : uint8_t {
    Eof,
    Newline,   // '\n' (also ends a line comment); a row separator inside [] and {}
    Semicolon, // ;
    Comma,     // ,
    Ident,
    Number,    // num, imag
    CharLit,   // 'abc'  value = unescaped text
    StringLit, // "abc"  value = unescaped text
    LParen, RParen, LBracket, RBracket, LBrace, RBrace,
    Plus, Minus, Star, Slash, Backslash, Caret,
    DotStar, DotSlash, DotBackslash, DotCaret,
    Quote,    // '  (complex-conjugate transpose)
    DotQuote, // .' (transpose)
    EqEq, NotEq, Lt, Le, Gt, Ge,
    Amp, Pipe, AmpAmp, PipePipe,
    Not,    // ~ or !
    Assign, // =
    Colon,  // :
    Dot,    // .  (field access; '.(' is Dot then LParen)
    At,     // @
    // Keywords (MATLAB's reserved words that the parser treats specially).
    KwBreak, KwCase, KwCatch, KwContinue, KwElse, KwElseif, KwEnd, KwFor, KwFunction,
    KwGlobal, KwIf, KwOtherwise, KwParfor, KwPersistent, KwReturn, KwSwitch, KwTry, KwWhile,
};

struct Token {
    TokenKind kind = TokenKind::Eof;
    SourcePos pos;            // first byte of the token
    uint32_t end_offset = 0;  // one past the last byte
    bool space_before = false; // blanks, a comment-free continuation or line start precede it
    bool space_after = false;  // a blank (or line end / EOF) follows it directly
    std::string_view text;     // the raw slice of the source
    double num = 0;            // Number
    bool imag = false;         // Number with an i/j suffix
    std::string value;         // CharLit / StringLit: quotes removed, doubled quotes unescaped
};

// A short, stable name for diagnostics and tests: "ident", "'+'", "end", ...
std::string_view token_kind_name(TokenKind kind);

bool is_keyword(TokenKind kind);

} // namespace runmat::lexer
