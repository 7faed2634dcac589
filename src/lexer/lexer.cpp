// The MATLAB lexer: a pull tokenizer over a byte buffer. See lexer.hpp for the contract.
// MATLAB rules implemented here: a quote is a transpose right after a value (no blank inside
// [] or {}), `...` ignores the rest of the line, `%{`/`%}` alone on a line bracket a
// (nestable) block comment, numbers take an i/j suffix.
#include "lexer/lexer.hpp"
#include <charconv>
#include <cstdlib>

namespace runmat::lexer {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ident_char(char c) { return is_alpha(c) || is_digit(c) || c == '_'; }

struct Keyword {
    std::string_view text;
    TokenKind kind;
};

constexpr Keyword KEYWORDS[] = {
    { "break", TokenKind::KwBreak }, { "case", TokenKind::KwCase }, { "catch", TokenKind::KwCatch },
    { "continue", TokenKind::KwContinue }, { "else", TokenKind::KwElse }, { "elseif", TokenKind::KwElseif },
    { "end", TokenKind::KwEnd }, { "for", TokenKind::KwFor }, { "function", TokenKind::KwFunction },
    { "global", TokenKind::KwGlobal }, { "if", TokenKind::KwIf }, { "otherwise", TokenKind::KwOtherwise },
    { "parfor", TokenKind::KwParfor }, { "persistent", TokenKind::KwPersistent },
    { "return", TokenKind::KwReturn }, { "switch", TokenKind::KwSwitch }, { "try", TokenKind::KwTry },
    { "while", TokenKind::KwWhile },
};

// Keyword or Ident; most words are rejected by length or first letter without a compare.
TokenKind keyword_kind(std::string_view word)
{
    if (word.size() < 2 || word.size() > 10)
        return TokenKind::Ident;
    switch (word[0]) {
    case 'b': case 'c': case 'e': case 'f': case 'g': case 'i': case 'o': case 'p':
    case 'r': case 's': case 't': case 'w':
        break;
    default:
        return TokenKind::Ident;
    }
    for (auto const& kw : KEYWORDS) {
        if (kw.text == word)
            return kw.kind;
    }
    return TokenKind::Ident;
}

// Tokens after which a quote (with no blank in between) is a transpose.
bool ends_value(TokenKind k)
{
    switch (k) {
    case TokenKind::Ident:
    case TokenKind::Number:
    case TokenKind::RParen:
    case TokenKind::RBracket:
    case TokenKind::RBrace:
    case TokenKind::Quote:
    case TokenKind::DotQuote:
    case TokenKind::StringLit:
    case TokenKind::CharLit:
        return true;
    default:
        return false;
    }
}

// A line holding only `marker` (plus blanks): the `%{` / `%}` lines of block comments.
bool line_is(std::string_view text, uint32_t line_start, std::string_view marker)
{
    uint32_t i = line_start;
    while (i < text.size() && is_blank(text[i]))
        ++i;
    if (text.substr(i, marker.size()) != marker)
        return false;
    i += marker.size();
    while (i < text.size() && is_blank(text[i]))
        ++i;
    return i >= text.size() || text[i] == '\n';
}

} // namespace

std::string_view token_kind_name(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Eof: return "end of input";
    case TokenKind::Newline: return "newline";
    case TokenKind::Semicolon: return "';'";
    case TokenKind::Comma: return "','";
    case TokenKind::Ident: return "identifier";
    case TokenKind::Number: return "number";
    case TokenKind::CharLit: return "character vector";
    case TokenKind::StringLit: return "string";
    case TokenKind::LParen: return "'('";
    case TokenKind::RParen: return "')'";
    case TokenKind::LBracket: return "'['";
    case TokenKind::RBracket: return "']'";
    case TokenKind::LBrace: return "'{'";
    case TokenKind::RBrace: return "'}'";
    case TokenKind::Plus: return "'+'";
    case TokenKind::Minus: return "'-'";
    case TokenKind::Star: return "'*'";
    case TokenKind::Slash: return "'/'";
    case TokenKind::Backslash: return "'\\'";
    case TokenKind::Caret: return "'^'";
    case TokenKind::DotStar: return "'.*'";
    case TokenKind::DotSlash: return "'./'";
    case TokenKind::DotBackslash: return "'.\\'";
    case TokenKind::DotCaret: return "'.^'";
    case TokenKind::Quote: return "'''";
    case TokenKind::DotQuote: return "'.''";
    case TokenKind::EqEq: return "'=='";
    case TokenKind::NotEq: return "'~='";
    case TokenKind::Lt: return "'<'";
    case TokenKind::Le: return "'<='";
    case TokenKind::Gt: return "'>'";
    case TokenKind::Ge: return "'>='";
    case TokenKind::Amp: return "'&'";
    case TokenKind::Pipe: return "'|'";
    case TokenKind::AmpAmp: return "'&&'";
    case TokenKind::PipePipe: return "'||'";
    case TokenKind::Not: return "'~'";
    case TokenKind::Assign: return "'='";
    case TokenKind::Colon: return "':'";
    case TokenKind::Dot: return "'.'";
    case TokenKind::At: return "'@'";
    default:
        break;
    }
    for (auto const& kw : KEYWORDS) {
        if (kw.kind == kind)
            return kw.text;
    }
    return "?";
}

bool is_keyword(TokenKind kind) { return kind >= TokenKind::KwBreak; }

Lexer::Lexer(std::string_view text, std::string file)
    : m_text(text)
    , m_file(std::move(file))
{
    if (text.starts_with("\xEF\xBB\xBF")) { // a UTF-8 byte order mark is not text
        m_state.pos = 3;
        m_state.line_start = 3;
    }
}

void Lexer::pop_block()
{
    if (!m_state.brackets.empty() && m_state.brackets.back() == 'B')
        m_state.brackets.pop_back();
}

void Lexer::seek_on_line(uint32_t offset)
{
    if (offset > m_state.pos && offset <= m_text.size())
        m_state.pos = offset;
}

SourcePos Lexer::pos_at(uint32_t offset) const
{
    return SourcePos { m_state.line, offset - m_state.line_start + 1, offset };
}

Diagnostic Lexer::error(std::string message, SourcePos pos) const
{
    return Diagnostic { std::move(message), m_file, pos };
}

void Lexer::new_line(uint32_t next_line_start)
{
    ++m_state.line;
    m_state.line_start = next_line_start;
}

bool Lexer::in_matrix() const
{
    return !m_state.brackets.empty() && (m_state.brackets.back() == '[' || m_state.brackets.back() == '{');
}

void Lexer::skip_to_line_end()
{
    while (m_state.pos < m_text.size() && m_text[m_state.pos] != '\n')
        ++m_state.pos;
}

bool Lexer::at_block_comment_open() const
{
    for (uint32_t i = m_state.line_start; i < m_state.pos; ++i) {
        if (!is_blank(m_text[i]))
            return false;
    }
    return line_is(m_text, m_state.line_start, "%{");
}

// Skips from a `%{` line through its matching `%}` line, leaving the final '\n' unread so
// the comment acts as one line end. Unterminated: the rest of the file is comment.
void Lexer::skip_block_comment()
{
    int depth = 0;
    for (;;) {
        if (line_is(m_text, m_state.line_start, "%{"))
            ++depth;
        else if (line_is(m_text, m_state.line_start, "%}"))
            --depth;
        skip_to_line_end();
        if (depth == 0 || m_state.pos >= m_text.size())
            return;
        ++m_state.pos; // the '\n'
        new_line(m_state.pos);
    }
}

bool Lexer::skip_trivia()
{
    bool skipped = false;
    while (m_state.pos < m_text.size()) {
        char c = m_text[m_state.pos];
        if (is_blank(c)) {
            ++m_state.pos;
        } else if (c == '%') {
            if (at_block_comment_open())
                skip_block_comment();
            else
                skip_to_line_end();
        } else if (c == '.' && at(m_state.pos + 1) == '.' && at(m_state.pos + 2) == '.') {
            // Continuation: the rest of the line, its line end included, is a blank.
            skip_to_line_end();
            if (m_state.pos < m_text.size()) {
                ++m_state.pos;
                new_line(m_state.pos);
            }
        } else {
            break;
        }
        skipped = true;
    }
    return skipped;
}

void Lexer::finish(Token& tok, TokenKind kind, uint32_t end)
{
    tok.kind = kind;
    tok.end_offset = end;
    tok.text = m_text.substr(tok.pos.offset, end - tok.pos.offset);
    m_state.pos = end;
    char c = at(end);
    tok.space_after = end >= m_text.size() || is_blank(c) || c == '\n';
    m_state.prev = kind;
    m_state.prev_end = end;
}

Result<Token, Diagnostic> Lexer::next()
{
    Token tok;
    TRY_VOID(next_into(tok));
    return tok;
}

Result<void, Diagnostic> Lexer::next_into(Token& tok)
{
    bool skipped = skip_trivia();
    tok.space_before = skipped || m_state.prev == TokenKind::Newline;
    tok.pos = pos_at(m_state.pos);
    tok.num = 0;
    tok.imag = false;
    tok.value.clear();
    return lex_token(tok);
}

bool Lexer::quote_is_transpose(bool space_before) const
{
    TokenKind prev = m_state.prev;
    bool value = ends_value(prev);
    if (prev == TokenKind::KwEnd) // `x(end)'` is fine; `end` closing a block is not a value
        value = !m_state.brackets.empty() && m_state.brackets.back() != 'B';
    if (!value)
        return false;
    // Inside [] or {} a blank before the quote starts a char literal: [a 'str'].
    return !space_before || !in_matrix();
}

Result<void, Diagnostic> Lexer::lex_token(Token& tok)
{
    uint32_t p = m_state.pos;
    if (p >= m_text.size()) {
        finish(tok, TokenKind::Eof, p);
        return {};
    }
    char c = m_text[p];
    if (c == '\n') {
        new_line(p + 1);
        finish(tok, TokenKind::Newline, p + 1);
        return {};
    }
    if (is_alpha(c)) {
        lex_ident(tok);
        return {};
    }
    if (is_digit(c) || (c == '.' && is_digit(at(p + 1))))
        return lex_number(tok);
    if (c == '\'') {
        if (!quote_is_transpose(tok.space_before))
            return lex_quoted(tok, '\'', TokenKind::CharLit);
        finish(tok, TokenKind::Quote, p + 1);
        return {};
    }
    if (c == '"')
        return lex_quoted(tok, '"', TokenKind::StringLit);
    if (lex_operator(tok))
        return {};
    return error(MSG_INVALID_CHAR, tok.pos);
}

void Lexer::lex_ident(Token& tok)
{
    uint32_t end = m_state.pos;
    while (end < m_text.size() && is_ident_char(m_text[end]))
        ++end;
    finish(tok, keyword_kind(m_text.substr(m_state.pos, end - m_state.pos)), end);
}

// Digits with an optional fraction and exponent (e/E, also d/D as MATLAB accepts), then an
// optional i/j imaginary suffix. A '.' that starts an element-wise operator (2.^x, 1./x) or
// a continuation (1...) is not part of the number.
Result<void, Diagnostic> Lexer::lex_number(Token& tok)
{
    uint32_t p = m_state.pos;
    if (m_text[p] == '0' && (at(p + 1) == 'x' || at(p + 1) == 'X' || at(p + 1) == 'b' || at(p + 1) == 'B')
        && is_ident_char(at(p + 2)))
        return error(MSG_HEX_UNSUPPORTED, tok.pos);
    while (is_digit(at(p)))
        ++p;
    if (at(p) == '.') {
        char n = at(p + 1);
        bool op = n == '.' || n == '*' || n == '/' || n == '\\' || n == '^' || n == '\'';
        if (!op) {
            ++p;
            while (is_digit(at(p)))
                ++p;
        }
    }
    bool d_exponent = false;
    char e = at(p);
    if (e == 'e' || e == 'E' || e == 'd' || e == 'D') {
        uint32_t q = p + 1;
        if (at(q) == '+' || at(q) == '-')
            ++q;
        if (is_digit(at(q))) {
            d_exponent = e == 'd' || e == 'D';
            p = q;
            while (is_digit(at(p)))
                ++p;
        }
    }
    std::string_view digits = m_text.substr(m_state.pos, p - m_state.pos);
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), tok.num);
    if (ec != std::errc() || ptr != digits.data() + digits.size() || d_exponent) {
        // Overflow (1e999 -> Inf), underflow (-> 0) or a d exponent: strtod has MATLAB's answer.
        std::string copy(digits);
        for (char& ch : copy) {
            if (ch == 'd' || ch == 'D')
                ch = 'e';
        }
        tok.num = std::strtod(copy.c_str(), nullptr);
    }
    char s = at(p);
    if ((s == 'i' || s == 'j' || s == 'I' || s == 'J') && !is_ident_char(at(p + 1))) {
        tok.imag = true;
        ++p;
    }
    finish(tok, TokenKind::Number, p);
    return {};
}

// 'text' or "text": a doubled quote stands for one; the literal must end on its line.
Result<void, Diagnostic> Lexer::lex_quoted(Token& tok, char quote, TokenKind kind)
{
    uint32_t p = m_state.pos + 1;
    for (;;) {
        uint32_t run = p;
        while (p < m_text.size() && m_text[p] != quote && m_text[p] != '\n')
            ++p;
        tok.value.append(m_text.substr(run, p - run));
        if (p >= m_text.size() || m_text[p] == '\n')
            return error(kind == TokenKind::CharLit ? MSG_CHAR_UNTERMINATED : MSG_STRING_UNTERMINATED, tok.pos);
        if (at(p + 1) != quote)
            break;
        tok.value.push_back(quote);
        p += 2;
    }
    finish(tok, kind, p + 1);
    return {};
}

bool Lexer::lex_operator(Token& tok)
{
    uint32_t p = m_state.pos;
    char c = m_text[p];
    char n = at(p + 1);
    auto one = [&](TokenKind k) { finish(tok, k, p + 1); return true; };
    auto two = [&](TokenKind k) { finish(tok, k, p + 2); return true; };
    auto& brackets = m_state.brackets;
    auto close = [&](TokenKind k) {
        if (!brackets.empty() && brackets.back() != 'B')
            brackets.pop_back();
        return one(k);
    };
    switch (c) {
    case ';': return one(TokenKind::Semicolon);
    case ',': return one(TokenKind::Comma);
    case '(': brackets.push_back('('); return one(TokenKind::LParen);
    case '[': brackets.push_back('['); return one(TokenKind::LBracket);
    case '{': brackets.push_back('{'); return one(TokenKind::LBrace);
    case ')': return close(TokenKind::RParen);
    case ']': return close(TokenKind::RBracket);
    case '}': return close(TokenKind::RBrace);
    case '+': return one(TokenKind::Plus);
    case '-': return one(TokenKind::Minus);
    case '*': return one(TokenKind::Star);
    case '/': return one(TokenKind::Slash);
    case '\\': return one(TokenKind::Backslash);
    case '^': return one(TokenKind::Caret);
    case ':': return one(TokenKind::Colon);
    case '@': return one(TokenKind::At);
    case '.':
        switch (n) {
        case '*': return two(TokenKind::DotStar);
        case '/': return two(TokenKind::DotSlash);
        case '\\': return two(TokenKind::DotBackslash);
        case '^': return two(TokenKind::DotCaret);
        case '\'': return two(TokenKind::DotQuote);
        default: return one(TokenKind::Dot);
        }
    case '=': return n == '=' ? two(TokenKind::EqEq) : one(TokenKind::Assign);
    case '~':
    case '!': return n == '=' ? two(TokenKind::NotEq) : one(TokenKind::Not);
    case '<': return n == '=' ? two(TokenKind::Le) : one(TokenKind::Lt);
    case '>': return n == '=' ? two(TokenKind::Ge) : one(TokenKind::Gt);
    case '&': return n == '&' ? two(TokenKind::AmpAmp) : one(TokenKind::Amp);
    case '|': return n == '|' ? two(TokenKind::PipePipe) : one(TokenKind::Pipe);
    default: return false;
    }
}

Result<std::vector<Token>, Diagnostic> tokenize(std::string_view text, std::string file)
{
    Lexer lexer(text, std::move(file));
    std::vector<Token> tokens;
    for (;;) {
        Token tok = TRY(lexer.next());
        bool eof = tok.kind == TokenKind::Eof;
        tokens.push_back(std::move(tok));
        if (eof)
            return tokens;
    }
}

} // namespace runmat::lexer
