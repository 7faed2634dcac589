// Statements: blocks, control flow, assignments (single and [a, ~, c] = ...), global /
// persistent, and MATLAB command syntax (`format long`, `hold on`).
#include "parser/parser_impl.hpp"

namespace runmat::parser {

using ast::Expr;
using ast::ExprKind;
using ast::Stmt;
using ast::StmtKind;
using ast::StmtPtr;
using lexer::TokenKind;

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Binary operators that make `name OP rest` an expression when a blank follows OP.
constexpr std::string_view BINARY_OPERATORS[] = {
    "&&", "||", "==", "~=", "!=", "<=", ">=", ".*", "./", ".\\", ".^",
    "+", "-", "*", "/", "\\", "^", "<", ">", "&", "|", ":",
};

constexpr Stops CLAUSE_END = stop(TokenKind::KwEnd);

} // namespace

// Statements until one of `stops` (left current) or EOF.
PResult<ast::Block> Parser::parse_block(Stops stops)
{
    RUNMAT_ENTER();
    ast::Block block;
    for (;;) {
        TRY_VOID(skip_separators());
        if (at(TokenKind::Eof) || (stop(m_tok.kind) & stops))
            return block;
        if ((stops & stop(TokenKind::KwFunction)) && at(TokenKind::Ident) && TRY(at_function_start()))
            return block;
        block.push_back(TRY(parse_statement()));
    }
}

PResult<StmtPtr> Parser::parse_statement()
{
    m_tildes = 0;
    switch (m_tok.kind) {
    case TokenKind::KwIf: return parse_if();
    case TokenKind::KwFor:
    case TokenKind::KwParfor: return parse_for();
    case TokenKind::KwWhile: return parse_while();
    case TokenKind::KwSwitch: return parse_switch();
    case TokenKind::KwTry: return parse_try();
    case TokenKind::KwBreak: return parse_simple(StmtKind::Break);
    case TokenKind::KwContinue: return parse_simple(StmtKind::Continue);
    case TokenKind::KwReturn: return parse_simple(StmtKind::Return);
    case TokenKind::KwGlobal: return parse_names(StmtKind::Global);
    case TokenKind::KwPersistent: return parse_names(StmtKind::Persistent);
    case TokenKind::KwFunction: return error(MSG_FN_CONTEXT, m_tok.pos);
    case TokenKind::Ident:
        if (TRY(at_function_start()))
            return error(MSG_FN_CONTEXT, m_tok.pos);
        if (command_syntax_follows())
            return parse_command();
        return parse_expression_statement();
    default:
        if (lexer::is_keyword(m_tok.kind))
            return error_here();
        return parse_expression_statement();
    }
}

// `expr`, `target = expr` or `[targets] = expr`. A target list is parsed as a matrix and
// then checked, so `[a b] = f()` and `[x(2), s.f] = deal(...)` need no lookahead.
PResult<StmtPtr> Parser::parse_expression_statement()
{
    SourcePos begin = m_tok.pos;
    m_targets_at = at(TokenKind::LBracket) ? begin.offset : UINT32_MAX;
    Node lhs = TRY(parse_expr());
    uint32_t placeholders = 0;
    StmtPtr stmt;
    if (at(TokenKind::Assign)) {
        if (lhs.e->kind == ExprKind::Matrix && !lhs.e->parenthesized) {
            if (lhs.e->rows.size() != 1)
                return error(MSG_BAD_ASSIGN, m_tok.pos);
            stmt = std::make_unique<Stmt>(StmtKind::MultiAssign);
            stmt->targets = std::move(lhs.e->rows[0]);
        } else {
            stmt = std::make_unique<Stmt>(StmtKind::Assign);
            stmt->targets.push_back(std::move(lhs.e));
        }
        for (auto const& target : stmt->targets) {
            if (target->kind == ExprKind::Tilde)
                ++placeholders;
            else
                TRY_VOID(check_target(*target));
        }
        TRY_VOID(advance());
        stmt->expr = TRY(parse_expr()).e;
        for (auto const& target : stmt->targets)
            note_assigned(*target);
    } else {
        stmt = std::make_unique<Stmt>(StmtKind::Expr);
        stmt->expr = std::move(lhs.e);
    }
    if (m_tildes != placeholders)
        return error(MSG_BAD_OPERATOR, m_first_tilde);
    stmt->span = span_from(begin);
    TRY_VOID(finish_statement(*stmt));
    return stmt;
}

// A valid target is a name followed by any chain of (), {}, .name and .(expr).
PVoid Parser::check_target(Expr const& target) const
{
    Expr const* e = &target;
    for (;;) {
        if (e->parenthesized)
            return error(MSG_BAD_ASSIGN, e->span.begin);
        switch (e->kind) {
        case ExprKind::Ident:
            return {};
        case ExprKind::Index:
        case ExprKind::CellIndex:
        case ExprKind::Field:
        case ExprKind::DynField:
            e = e->base.get();
            break;
        default:
            return error(MSG_BAD_ASSIGN, e->span.begin);
        }
    }
}

void Parser::note_assigned(Expr const& target)
{
    Expr const* e = &target;
    while (e->base)
        e = e->base.get();
    if (e->kind == ExprKind::Ident)
        m_vars.insert(e->text);
}

// After a simple statement: `;` suppresses display, `,` or a line end just ends it. A block
// keyword may follow directly (`if c, x = 1 end`), as MATLAB allows.
PVoid Parser::finish_statement(Stmt& stmt)
{
    bool shows = stmt.kind == StmtKind::Expr || stmt.kind == StmtKind::Assign
        || stmt.kind == StmtKind::MultiAssign || stmt.kind == StmtKind::Command;
    stmt.print = shows;
    switch (m_tok.kind) {
    case TokenKind::Semicolon:
        stmt.print = false;
        return advance();
    case TokenKind::Comma:
    case TokenKind::Newline:
        return advance();
    case TokenKind::Eof:
    case TokenKind::KwEnd:
    case TokenKind::KwElse:
    case TokenKind::KwElseif:
    case TokenKind::KwCase:
    case TokenKind::KwOtherwise:
    case TokenKind::KwCatch:
        return {};
    default:
        return error_here();
    }
}

PVoid Parser::expect_block_end(SourcePos opener)
{
    if (!at(TokenKind::KwEnd))
        return error(MSG_MISSING_END, opener);
    return advance();
}

PResult<StmtPtr> Parser::parse_if()
{
    SourcePos begin = m_tok.pos;
    auto stmt = std::make_unique<Stmt>(StmtKind::If);
    do {
        TRY_VOID(advance()); // `if` or `elseif`
        ast::IfClause clause;
        clause.cond = TRY(parse_expr()).e;
        clause.body = TRY(parse_block(stop(TokenKind::KwElseif) | stop(TokenKind::KwElse) | CLAUSE_END));
        stmt->clauses.push_back(std::move(clause));
    } while (at(TokenKind::KwElseif));
    if (at(TokenKind::KwElse)) {
        TRY_VOID(advance());
        stmt->else_body = TRY(parse_block(CLAUSE_END));
    }
    TRY_VOID(expect_block_end(begin));
    stmt->span = span_from(begin);
    return stmt;
}

// for v = expr, for (v = expr), parfor (v = expr, M) (M is ignored).
PResult<StmtPtr> Parser::parse_for()
{
    SourcePos begin = m_tok.pos;
    auto stmt = std::make_unique<Stmt>(StmtKind::For);
    TRY_VOID(advance());
    bool paren = at(TokenKind::LParen);
    if (paren)
        TRY_VOID(advance());
    if (!at(TokenKind::Ident))
        return error_here();
    auto var = std::make_unique<Expr>(ExprKind::Ident, SourceSpan { m_tok.pos, m_tok.end_offset });
    var->text = std::string(m_tok.text);
    m_vars.insert(var->text);
    stmt->targets.push_back(std::move(var));
    TRY_VOID(advance());
    if (!at(TokenKind::Assign))
        return error_here();
    TRY_VOID(advance());
    stmt->expr = TRY(parse_expr()).e;
    if (paren) {
        if (at(TokenKind::Comma)) {
            TRY_VOID(advance());
            TRY(parse_expr());
        }
        if (!at(TokenKind::RParen))
            return error_here();
        TRY_VOID(advance());
    }
    stmt->body = TRY(parse_block(CLAUSE_END));
    TRY_VOID(expect_block_end(begin));
    stmt->span = span_from(begin);
    return stmt;
}

PResult<StmtPtr> Parser::parse_while()
{
    SourcePos begin = m_tok.pos;
    auto stmt = std::make_unique<Stmt>(StmtKind::While);
    TRY_VOID(advance());
    stmt->expr = TRY(parse_expr()).e;
    stmt->body = TRY(parse_block(CLAUSE_END));
    TRY_VOID(expect_block_end(begin));
    stmt->span = span_from(begin);
    return stmt;
}

PResult<StmtPtr> Parser::parse_switch()
{
    SourcePos begin = m_tok.pos;
    auto stmt = std::make_unique<Stmt>(StmtKind::Switch);
    TRY_VOID(advance());
    stmt->expr = TRY(parse_expr()).e;
    constexpr Stops case_stops = stop(TokenKind::KwCase) | stop(TokenKind::KwOtherwise) | CLAUSE_END;
    TRY_VOID(skip_separators());
    while (at(TokenKind::KwCase)) {
        TRY_VOID(advance());
        ast::SwitchCase c;
        c.value = TRY(parse_expr()).e;
        c.body = TRY(parse_block(case_stops));
        stmt->cases.push_back(std::move(c));
    }
    if (at(TokenKind::KwOtherwise)) {
        TRY_VOID(advance());
        stmt->has_otherwise = true;
        stmt->else_body = TRY(parse_block(CLAUSE_END));
    }
    if (!at(TokenKind::KwEnd) && !at(TokenKind::Eof))
        return error_here(); // a statement before the first case
    TRY_VOID(expect_block_end(begin));
    stmt->span = span_from(begin);
    return stmt;
}

PResult<StmtPtr> Parser::parse_try()
{
    SourcePos begin = m_tok.pos;
    auto stmt = std::make_unique<Stmt>(StmtKind::Try);
    TRY_VOID(advance());
    stmt->body = TRY(parse_block(stop(TokenKind::KwCatch) | CLAUSE_END));
    if (at(TokenKind::KwCatch)) {
        uint32_t catch_line = m_tok.pos.line;
        TRY_VOID(advance());
        if (TRY(catch_has_variable(catch_line))) {
            stmt->catch_var = std::string(m_tok.text);
            m_vars.insert(stmt->catch_var);
            TRY_VOID(advance());
        }
        stmt->catch_body = TRY(parse_block(CLAUSE_END));
    }
    TRY_VOID(expect_block_end(begin));
    stmt->span = span_from(begin);
    return stmt;
}

// `catch ME` names the error when the name is on the catch line and does not start a
// statement of its own (`catch disp(x)`, `catch x = 1`).
PResult<bool> Parser::catch_has_variable(uint32_t catch_line)
{
    if (!at(TokenKind::Ident) || m_tok.pos.line != catch_line)
        return false;
    auto next = TRY(peek());
    switch (next.kind) {
    case TokenKind::LParen:
    case TokenKind::LBrace:
    case TokenKind::Assign:
    case TokenKind::Dot:
        return false;
    default:
        return true;
    }
}

PResult<StmtPtr> Parser::parse_names(StmtKind kind)
{
    auto stmt = std::make_unique<Stmt>(kind, SourceSpan { m_tok.pos, m_tok.end_offset });
    TRY_VOID(advance());
    while (at(TokenKind::Ident)) {
        stmt->names.emplace_back(m_tok.text);
        m_vars.insert(stmt->names.back());
        TRY_VOID(advance());
    }
    stmt->span.end_offset = m_prev_end;
    TRY_VOID(finish_statement(*stmt));
    return stmt;
}

PResult<StmtPtr> Parser::parse_simple(StmtKind kind)
{
    auto stmt = std::make_unique<Stmt>(kind, SourceSpan { m_tok.pos, m_tok.end_offset });
    TRY_VOID(advance());
    TRY_VOID(finish_statement(*stmt));
    return stmt;
}

// MATLAB's command-syntax rule, simplified (documented in parser.hpp). Called with the
// statement's first token, an identifier, current.
bool Parser::command_syntax_follows() const
{
    if (!m_tok.space_after || m_tok.text == "async")
        return false;
    uint32_t p = m_tok.end_offset;
    while (p < m_text.size() && is_blank(m_text[p]))
        ++p;
    if (p >= m_text.size())
        return false;
    char c = m_text[p];
    if (c == '\n' || c == ',' || c == ';' || c == '%' || c == '(')
        return false;
    std::string_view rest = m_text.substr(p);
    if (rest.starts_with("...") || (c == '=' && !rest.starts_with("==")))
        return false;
    for (auto op : BINARY_OPERATORS) {
        if (rest.starts_with(op)) {
            uint32_t after = p + op.size();
            if (after >= m_text.size() || is_blank(m_text[after]) || m_text[after] == '\n')
                return false;
            break;
        }
    }
    std::string name(m_tok.text); // checked last: the costliest test
    return !m_vars.contains(name) && !m_base_vars.contains(name);
}

// `name word word ...` up to `,` `;` a line end or a comment. Quotes group blanks into a
// word and are removed ('' is a quote), as in MATLAB: `disp 'a b'` passes 'a b'.
PResult<StmtPtr> Parser::parse_command()
{
    SourcePos begin = m_tok.pos;
    auto stmt = std::make_unique<Stmt>(StmtKind::Command);
    stmt->names.emplace_back(m_tok.text);
    uint32_t p = m_tok.end_offset;
    for (;;) {
        while (p < m_text.size() && is_blank(m_text[p]))
            ++p;
        if (p >= m_text.size())
            break;
        char c = m_text[p];
        if (c == '\n' || c == ',' || c == ';' || c == '%')
            break;
        std::string word;
        p = TRY(scan_command_word(p, word));
        stmt->names.push_back(std::move(word));
    }
    stmt->span = SourceSpan { begin, p };
    m_lexer.seek_on_line(p);
    TRY_VOID(advance());
    TRY_VOID(finish_statement(*stmt));
    return stmt;
}

PResult<uint32_t> Parser::scan_command_word(uint32_t p, std::string& word)
{
    while (p < m_text.size()) {
        char c = m_text[p];
        if (is_blank(c) || c == '\n' || c == ',' || c == ';' || c == '%')
            break;
        if (c == '"') { // kept with its quotes, but groups blanks like '...'
            uint32_t open = p++;
            word.push_back('"');
            for (;;) {
                if (p >= m_text.size() || m_text[p] == '\n')
                    return error(lexer::MSG_STRING_UNTERMINATED, m_lexer.pos_at(open));
                char d = m_text[p++];
                word.push_back(d);
                if (d != '"')
                    continue;
                if (p >= m_text.size() || m_text[p] != '"')
                    break;
                word.push_back(m_text[p++]);
            }
            continue;
        }
        if (c != '\'') {
            word.push_back(c);
            ++p;
            continue;
        }
        uint32_t open = p++;
        for (;;) {
            if (p >= m_text.size() || m_text[p] == '\n')
                return error(lexer::MSG_CHAR_UNTERMINATED, m_lexer.pos_at(open));
            if (m_text[p] == '\'') {
                if (p + 1 < m_text.size() && m_text[p + 1] == '\'') {
                    word.push_back('\'');
                    p += 2;
                    continue;
                }
                ++p;
                break;
            }
            word.push_back(m_text[p++]);
        }
    }
    return p;
}

} // namespace runmat::parser
