// The MATLAB lexer: source text -> tokens, pulled one at a time by the parser.
// It decides the context-sensitive cases (quote = transpose or char literal, `...`
// continuation, `%{ %}` block comments); command syntax is left to the parser.
// Knows nothing about the AST, values or execution.
#pragma once
#include "lexer/token.hpp"
#include "support/error.hpp"
#include "support/result.hpp"
#include <string>
#include <string_view>
#include <vector>

namespace runmat::lexer {

// Diagnostic texts shared with the parser (current MATLAB wording).
inline constexpr char const* MSG_CHAR_UNTERMINATED = "Character vector is not terminated properly.";
inline constexpr char const* MSG_STRING_UNTERMINATED = "String is not terminated properly.";
inline constexpr char const* MSG_INVALID_CHAR = "Invalid text character. Check for unsupported symbol, invisible character, or pasting of non-ASCII characters.";
inline constexpr char const* MSG_HEX_UNSUPPORTED = "Hexadecimal and binary literals are not supported.";

class Lexer {
public:
    // Everything that next() depends on; copied by the parser to peek ahead and back up.
    struct State {
        uint32_t pos = 0;           // next byte to read
        uint32_t line = 1;          // line of `pos`
        uint32_t line_start = 0;    // offset of the first byte of that line
        uint32_t prev_end = 0;      // end offset of the previous token
        TokenKind prev = TokenKind::Newline; // previous token (Newline at file start)
        std::vector<char> brackets; // open '(' '[' '{', and 'B' for a parser-opened block
    };

    // `text` must outlive the lexer; `file` is only copied into diagnostics.
    Lexer(std::string_view text, std::string file);

    Result<Token, Diagnostic> next();
    // The same, filling `tok` in place (the parser's hot path: no Token moves).
    Result<void, Diagnostic> next_into(Token& tok);

    State const& state() const { return m_state; }
    void restore(State state) { m_state = std::move(state); }

    // The parser opens a statement block inside brackets (`[@() do ... end]`): whitespace
    // there must not start char literals, so mark it until the matching pop_block().
    void push_block() { m_state.brackets.push_back('B'); }
    void pop_block();

    // Continue lexing at `offset`, which must lie on the current line at or after the
    // current position (used after the parser consumed a command-syntax line by hand).
    void seek_on_line(uint32_t offset);

    std::string_view text() const { return m_text; }
    std::string const& file() const { return m_file; }
    SourcePos pos_at(uint32_t offset) const; // `offset` on the current line
    Diagnostic error(std::string message, SourcePos pos) const;

private:
    Result<void, Diagnostic> lex_token(Token& tok);
    Result<void, Diagnostic> lex_number(Token& tok);
    Result<void, Diagnostic> lex_quoted(Token& tok, char quote, TokenKind kind);
    void lex_ident(Token& tok);
    bool lex_operator(Token& tok);
    bool skip_trivia(); // returns true when any blank, comment or continuation was skipped
    bool at_block_comment_open() const;
    void skip_block_comment();
    void skip_to_line_end();
    void new_line(uint32_t next_line_start);
    bool quote_is_transpose(bool space_before) const;
    bool in_matrix() const;
    char at(uint32_t offset) const { return offset < m_text.size() ? m_text[offset] : '\0'; }
    void finish(Token& tok, TokenKind kind, uint32_t end); // completes tok in place

    std::string_view m_text;
    std::string m_file;
    State m_state;
};

// Lexes a whole text with no command syntax (for tests and tools).
Result<std::vector<Token>, Diagnostic> tokenize(std::string_view text, std::string file = {});

} // namespace runmat::lexer
