// Files and functions: script vs function file, function headers, and MATLAB's rule that a
// file's functions are all closed with `end` or none is. Plus token plumbing and errors.
#include "parser/parser_impl.hpp"

namespace runmat::parser {

using lexer::TokenKind;

Parser::Parser(SourceFileRef source, ParseOptions const& options)
    : m_source(std::move(source))
    , m_text(m_source->text)
    , m_lexer(m_text, m_source->name)
    , m_base_vars(options.known_variables.begin(), options.known_variables.end())
{
}

PVoid Parser::advance()
{
    m_prev_end = m_tok.end_offset;
    return m_lexer.next_into(m_tok);
}

PResult<lexer::Token> Parser::peek()
{
    auto saved = m_lexer.state();
    auto next = m_lexer.next();
    m_lexer.restore(std::move(saved));
    return next;
}

Diagnostic Parser::error(std::string message, SourcePos pos) const
{
    return Diagnostic { std::move(message), m_source->name, pos };
}

// The message MATLAB gives for an unexpected token, chosen by what the token is.
Diagnostic Parser::error_here() const
{
    switch (m_tok.kind) {
    case TokenKind::Eof:
        return error(MSG_INCOMPLETE, m_tok.pos);
    case TokenKind::RParen:
    case TokenKind::RBracket:
    case TokenKind::RBrace:
        return error(MSG_MISMATCHED, m_tok.pos);
    case TokenKind::Newline:
        if (m_in_matrix || m_index_depth > 0)
            return error(MSG_MISMATCHED, m_tok.pos);
        return error(MSG_INVALID_EXPR, m_tok.pos);
    case TokenKind::Assign:
        return error(MSG_BAD_ASSIGN, m_tok.pos);
    default:
        break;
    }
    if (lexer::is_keyword(m_tok.kind))
        return error("Illegal use of reserved keyword \"" + std::string(m_tok.text) + "\".", m_tok.pos);
    return error(MSG_INVALID_EXPR, m_tok.pos);
}

PVoid Parser::enter()
{
    if (m_depth >= MAX_NESTING)
        return error(MSG_TOO_DEEP, m_tok.pos);
    ++m_depth;
    return {};
}

PVoid Parser::skip_separators()
{
    while (at(TokenKind::Newline) || at(TokenKind::Semicolon) || at(TokenKind::Comma))
        TRY_VOID(advance());
    return {};
}

// `function` or `async function` (RunMat extension).
PResult<bool> Parser::at_function_start()
{
    if (at(TokenKind::KwFunction))
        return true;
    if (!at(TokenKind::Ident) || m_tok.text != "async" || !m_tok.space_after)
        return false;
    auto next = TRY(peek());
    return next.kind == TokenKind::KwFunction;
}

PResult<ast::Program> Parser::parse_program()
{
    ast::Program program;
    program.source = m_source;
    TRY_VOID(advance());
    TRY_VOID(skip_separators());
    if (at(TokenKind::Ident) && m_tok.text == "classdef")
        return error("Class definitions (classdef) are not supported.", m_tok.pos);
    if (TRY(at_function_start())) {
        m_is_script = false;
        program.is_function_file = true;
    } else {
        m_vars = m_base_vars;
        program.script_body = TRY(parse_block(stop(TokenKind::KwFunction)));
        m_fn_style = FnStyle::End; // local functions in scripts must be closed with `end`
    }
    TRY_VOID(parse_functions(program));
    return program;
}

PVoid Parser::parse_functions(ast::Program& program)
{
    for (;;) {
        TRY_VOID(skip_separators());
        if (at(TokenKind::Eof))
            return {};
        if (!TRY(at_function_start())) {
            std::string last = program.functions.empty() ? std::string() : program.functions.back().name;
            return error("This statement is not inside any function. (It follows the END that terminates the definition of the function \"" + last + "\".)", m_tok.pos);
        }
        program.functions.push_back(TRY(parse_function()));
    }
}

PResult<ast::Function> Parser::parse_function()
{
    ast::Function fn;
    SourcePos begin = m_tok.pos;
    if (at(TokenKind::Ident)) { // async
        fn.is_async = true;
        TRY_VOID(advance());
    }
    fn.span = SourceSpan { m_tok.pos, m_tok.end_offset };
    TRY_VOID(advance());
    TRY_VOID(parse_function_header(fn));
    m_vars.clear();
    m_vars.insert(fn.params.begin(), fn.params.end());
    m_vars.insert(fn.outputs.begin(), fn.outputs.end());
    fn.body = TRY(parse_block(stop(TokenKind::KwEnd) | stop(TokenKind::KwFunction)));
    TRY_VOID(finish_function(fn, begin));
    fn.span.end_offset = m_prev_end;
    return fn;
}

// function name | function name(a, ~, varargin) | function y = name(x) | function [a, b] = name
PVoid Parser::parse_function_header(ast::Function& fn)
{
    if (at(TokenKind::LBracket)) {
        TRY_VOID(advance());
        fn.outputs = TRY(parse_name_list(TokenKind::RBracket, false));
        if (!at(TokenKind::Assign))
            return error_here();
        TRY_VOID(advance());
    }
    if (!at(TokenKind::Ident))
        return error_here();
    fn.name = std::string(m_tok.text);
    TRY_VOID(advance());
    if (fn.outputs.empty() && at(TokenKind::Assign)) {
        TRY_VOID(advance());
        if (!at(TokenKind::Ident))
            return error_here();
        fn.outputs.push_back(std::move(fn.name));
        fn.name = std::string(m_tok.text);
        TRY_VOID(advance());
    }
    while (at(TokenKind::Dot) && !m_tok.space_before) { // set.Prop, get.Prop
        TRY_VOID(advance());
        if (!at(TokenKind::Ident))
            return error_here();
        fn.name += '.';
        fn.name += m_tok.text;
        TRY_VOID(advance());
    }
    if (at(TokenKind::LParen)) {
        TRY_VOID(advance());
        fn.params = TRY(parse_name_list(TokenKind::RParen, true));
    }
    return {};
}

// Names up to `close` (the opener already consumed), separated by commas (or blanks in an
// output list). `~` stands for an ignored parameter where allowed.
PResult<std::vector<std::string>> Parser::parse_name_list(TokenKind close, bool allow_tilde)
{
    std::vector<std::string> names;
    bool need_separator = false;
    for (;;) {
        if (at(close)) {
            TRY_VOID(advance());
            return names;
        }
        if (at(TokenKind::Comma) && need_separator) {
            need_separator = false;
            TRY_VOID(advance());
            continue;
        }
        bool spaced = close == TokenKind::RBracket && m_tok.space_before;
        if (need_separator && !spaced)
            return error_here();
        if (at(TokenKind::Ident))
            names.emplace_back(m_tok.text);
        else if (at(TokenKind::Not) && allow_tilde)
            names.emplace_back("~");
        else
            return error_here();
        need_separator = true;
        TRY_VOID(advance());
    }
}

// The body stopped at `end`, at another function, or at EOF. A file uses one convention:
// every function closed by `end` (style End) or none (NoEnd, each ends at the next
// `function`). A `function` inside an End-style body is a nested function (unsupported).
// A body that ended at `function` before the style was known is taken as NoEnd; meeting a
// closed function later means mixed styles, or nested functions when one more `end` follows.
PVoid Parser::finish_function(ast::Function& fn, SourcePos begin)
{
    if (at(TokenKind::KwEnd)) {
        TRY_VOID(advance());
        if (m_fn_style != FnStyle::NoEnd) {
            m_fn_style = FnStyle::End;
            if (m_fn_closed_by_end.empty())
                m_fn_closed_by_end = fn.name;
            return {};
        }
        TRY_VOID(skip_separators());
        if (at(TokenKind::KwEnd))
            return error(MSG_NESTED_FN, fn.span.begin);
        return error("The function \"" + fn.name + "\" was closed with an 'end', but at least one other function definition was not. To avoid confusion when using nested functions, it is illegal to use both conventions in the same file.", fn.span.begin);
    }
    bool at_eof = at(TokenKind::Eof);
    if (m_is_script && at_eof)
        return error(MSG_SCRIPT_FN_END, begin);
    if (m_fn_style == FnStyle::End) {
        if (!at_eof)
            return error(MSG_NESTED_FN, m_tok.pos);
        return error("The function \"" + m_fn_closed_by_end + "\" was closed with an 'end', but at least one other function definition was not. To avoid confusion when using nested functions, it is illegal to use both conventions in the same file.", fn.span.begin);
    }
    m_fn_style = FnStyle::NoEnd;
    return {};
}

Result<ast::Program, Diagnostic> parse_program(SourceFileRef source, ParseOptions const& options)
{
    Parser parser(std::move(source), options);
    return parser.parse_program();
}

Result<ast::Program, Diagnostic> parse_program(SourceFileRef source)
{
    return parse_program(std::move(source), ParseOptions {});
}

} // namespace runmat::parser
