// Expressions: MATLAB operator precedence, postfix chains, matrices and cell literals
// (blank-separated elements), function handles, anonymous functions and RunMat's
// `@() do ... end` block lambdas and `async F`.
#include "parser/parser_impl.hpp"
#include <algorithm>
#include <optional>

namespace runmat::parser {

using ast::BinaryOp;
using ast::Expr;
using ast::ExprKind;
using ast::UnaryOp;
using lexer::TokenKind;

namespace {

// Binary precedence levels, lowest first; unary operators and power bind tighter than Mul.
enum Level : int { NoLevel = -1, OrOr, AndAnd, Or, And, Rel, RangeLevel, Add, Mul };

struct BinaryInfo {
    int level = NoLevel;
    BinaryOp op {};
};

BinaryInfo binary_info(TokenKind k)
{
    switch (k) {
    case TokenKind::PipePipe: return { OrOr, BinaryOp::OrOr };
    case TokenKind::AmpAmp: return { AndAnd, BinaryOp::AndAnd };
    case TokenKind::Pipe: return { Or, BinaryOp::ElemOr };
    case TokenKind::Amp: return { And, BinaryOp::ElemAnd };
    case TokenKind::EqEq: return { Rel, BinaryOp::Eq };
    case TokenKind::NotEq: return { Rel, BinaryOp::Ne };
    case TokenKind::Lt: return { Rel, BinaryOp::Lt };
    case TokenKind::Le: return { Rel, BinaryOp::Le };
    case TokenKind::Gt: return { Rel, BinaryOp::Gt };
    case TokenKind::Ge: return { Rel, BinaryOp::Ge };
    case TokenKind::Colon: return { RangeLevel, BinaryOp {} };
    case TokenKind::Plus: return { Add, BinaryOp::Add };
    case TokenKind::Minus: return { Add, BinaryOp::Sub };
    case TokenKind::Star: return { Mul, BinaryOp::MatMul };
    case TokenKind::Slash: return { Mul, BinaryOp::MatDiv };
    case TokenKind::Backslash: return { Mul, BinaryOp::MatLeftDiv };
    case TokenKind::DotStar: return { Mul, BinaryOp::ElemMul };
    case TokenKind::DotSlash: return { Mul, BinaryOp::ElemDiv };
    case TokenKind::DotBackslash: return { Mul, BinaryOp::ElemLeftDiv };
    default: return {};
    }
}

std::optional<UnaryOp> prefix_op(TokenKind k)
{
    switch (k) {
    case TokenKind::Plus: return UnaryOp::Plus;
    case TokenKind::Minus: return UnaryOp::Neg;
    case TokenKind::Not: return UnaryOp::Not;
    default: return std::nullopt;
    }
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

} // namespace

PResult<Node> Parser::make(ast::ExprPtr e, uint32_t height)
{
    if (height > MAX_EXPR_HEIGHT)
        return error(MSG_TOO_LONG, e->span.begin);
    m_max_height = std::max(m_max_height, height);
    return Node { std::move(e), height };
}

PResult<Node> Parser::leaf(ExprKind kind, SourcePos begin)
{
    auto e = std::make_unique<Expr>(kind, SourceSpan { begin, m_tok.end_offset });
    TRY_VOID(advance());
    return make(std::move(e), 1);
}

PResult<Node> Parser::parse_expr()
{
    RUNMAT_ENTER();
    return parse_binary(OrOr);
}

// Inside [] / {}, `a -b` is two elements: a + or - with a blank before and none after.
bool Parser::element_ends_here() const
{
    return m_in_matrix && m_tok.space_before && !m_tok.space_after
        && (at(TokenKind::Plus) || at(TokenKind::Minus));
}

// Precedence climbing over the binary levels: operators at `min_level` or above are taken
// here, left-associatively (a loop, so a long chain costs no stack).
PResult<Node> Parser::parse_binary(int min_level)
{
    Node lhs = TRY(parse_unary());
    for (;;) {
        BinaryInfo info = binary_info(m_tok.kind);
        if (info.level < min_level || (info.level == Add && element_ends_here()))
            return lhs;
        if (info.level == RangeLevel) {
            lhs = TRY(parse_range(std::move(lhs)));
            continue;
        }
        TRY_VOID(advance());
        Node rhs = TRY(parse_binary(info.level + 1));
        uint32_t height = std::max(lhs.height, rhs.height) + 1;
        SourcePos begin = lhs.e->span.begin;
        auto e = std::make_unique<Expr>(ExprKind::Binary, span_from(begin));
        e->bop = info.op;
        e->lhs = std::move(lhs.e);
        e->rhs = std::move(rhs.e);
        lhs = TRY(make(std::move(e), height));
    }
}

// first:b or first:s:b (at the colon); a further colon starts a range on the result, so
// a:b:c:d is (a:b:c):d as in MATLAB.
PResult<Node> Parser::parse_range(Node first)
{
    SourcePos begin = first.e->span.begin;
    auto range = std::make_unique<Expr>(ExprKind::Range);
    uint32_t height = first.height;
    range->args.reserve(3);
    range->args.push_back(std::move(first.e));
    for (int i = 0; i < 2 && at(TokenKind::Colon); ++i) {
        TRY_VOID(advance());
        Node part = TRY(parse_binary(Add));
        height = std::max(height, part.height);
        range->args.push_back(std::move(part.e));
    }
    range->span = span_from(begin);
    return make(std::move(range), height + 1);
}

// Unary + - ~ bind looser than ^ (so -2^2 == -4) and tighter than * /.
PResult<Node> Parser::parse_unary()
{
    auto op = prefix_op(m_tok.kind);
    if (!op)
        return parse_power();
    RUNMAT_ENTER();
    SourcePos begin = m_tok.pos;
    TRY_VOID(advance());
    Node operand = TRY(parse_unary());
    auto e = std::make_unique<Expr>(ExprKind::Unary, span_from(begin));
    e->uop = *op;
    e->lhs = std::move(operand.e);
    return make(std::move(e), operand.height + 1);
}

// Power is left-associative (2^3^2 == 64); its right operand may carry prefix operators
// (2^-2), which then apply to that operand only.
PResult<Node> Parser::parse_power()
{
    Node base = TRY(parse_postfix());
    while (at(TokenKind::Caret) || at(TokenKind::DotCaret)) {
        BinaryOp op = at(TokenKind::Caret) ? BinaryOp::MatPow : BinaryOp::ElemPow;
        TRY_VOID(advance());
        Node rhs = TRY(parse_power_operand());
        uint32_t height = std::max(base.height, rhs.height) + 1;
        SourcePos begin = base.e->span.begin;
        auto e = std::make_unique<Expr>(ExprKind::Binary, span_from(begin));
        e->bop = op;
        e->lhs = std::move(base.e);
        e->rhs = std::move(rhs.e);
        base = TRY(make(std::move(e), height));
    }
    return base;
}

PResult<Node> Parser::parse_power_operand()
{
    auto op = prefix_op(m_tok.kind);
    if (!op)
        return parse_postfix();
    RUNMAT_ENTER();
    SourcePos begin = m_tok.pos;
    TRY_VOID(advance());
    Node operand = TRY(parse_power_operand());
    auto e = std::make_unique<Expr>(ExprKind::Unary, span_from(begin));
    e->uop = *op;
    e->lhs = std::move(operand.e);
    return make(std::move(e), operand.height + 1);
}

PResult<Node> Parser::parse_postfix()
{
    Node base = TRY(parse_primary());
    return parse_postfix_ops(std::move(base));
}

// Indexing (), {}, fields .name and .(expr), transposes ' and .'. Inside [] / {} a blank
// before ( or { starts a new element instead: [a (1)] is two elements.
PResult<Node> Parser::parse_postfix_ops(Node base)
{
    SourcePos begin = base.e->span.begin;
    for (;;) {
        TokenKind k = m_tok.kind;
        ast::ExprPtr e;
        uint32_t height = base.height;
        if (k == TokenKind::LParen || k == TokenKind::LBrace) {
            if (m_in_matrix && m_tok.space_before)
                return base;
            e = std::make_unique<Expr>(k == TokenKind::LParen ? ExprKind::Index : ExprKind::CellIndex);
            e->base = std::move(base.e);
            uint32_t args_height = TRY(parse_args(*e, k == TokenKind::LParen ? TokenKind::RParen : TokenKind::RBrace));
            height = std::max(height, args_height);
        } else if (k == TokenKind::Dot) {
            TRY_VOID(advance());
            if (at(TokenKind::Ident)) {
                e = std::make_unique<Expr>(ExprKind::Field);
                e->text = std::string(m_tok.text);
                TRY_VOID(advance());
            } else if (at(TokenKind::LParen)) {
                e = std::make_unique<Expr>(ExprKind::DynField);
                TRY_VOID(advance());
                ContextGuard ctx(*this, false, m_index_depth);
                Node name = TRY(parse_expr());
                if (!at(TokenKind::RParen))
                    return error_here();
                TRY_VOID(advance());
                height = std::max(height, name.height);
                e->lhs = std::move(name.e);
            } else {
                return error_here();
            }
            e->base = std::move(base.e);
        } else if (k == TokenKind::Quote || k == TokenKind::DotQuote) {
            e = std::make_unique<Expr>(ExprKind::Unary);
            e->uop = k == TokenKind::Quote ? UnaryOp::CTranspose : UnaryOp::Transpose;
            e->lhs = std::move(base.e);
            TRY_VOID(advance());
        } else {
            return base;
        }
        e->span = span_from(begin);
        base = TRY(make(std::move(e), height + 1));
    }
}

// Arguments of x(...) / x{...}; returns the tallest argument's height. `:` alone is
// ExprKind::Colon; `f(Name=Value)` (R2021a) becomes the two arguments "Name", Value.
PResult<uint32_t> Parser::parse_args(Expr& call, TokenKind close)
{
    ContextGuard ctx(*this, false, m_index_depth + 1);
    TRY_VOID(advance());
    uint32_t height = 0;
    if (at(close)) {
        TRY_VOID(advance());
        return height;
    }
    for (;;) {
        Node arg;
        if (at(TokenKind::Colon)) {
            arg = TRY(leaf(ExprKind::Colon, m_tok.pos));
            if (!at(TokenKind::Comma) && !at(close))
                return error_here();
        } else {
            arg = TRY(parse_expr());
        }
        if (close == TokenKind::RParen && at(TokenKind::Assign) && arg.e->kind == ExprKind::Ident && !arg.e->parenthesized) {
            arg.e->kind = ExprKind::StringLit;
            call.args.push_back(std::move(arg.e));
            TRY_VOID(advance());
            arg = TRY(parse_expr());
        }
        height = std::max(height, arg.height);
        call.args.push_back(std::move(arg.e));
        if (at(TokenKind::Comma)) {
            TRY_VOID(advance());
            continue;
        }
        if (at(close)) {
            TRY_VOID(advance());
            return height;
        }
        if (at(TokenKind::Eof))
            return error(MSG_MISMATCHED, m_tok.pos);
        return error_here();
    }
}

PResult<Node> Parser::parse_primary()
{
    SourcePos begin = m_tok.pos;
    switch (m_tok.kind) {
    case TokenKind::Number: {
        auto e = std::make_unique<Expr>(ExprKind::Number, SourceSpan { begin, m_tok.end_offset });
        e->num = m_tok.num;
        e->imag = m_tok.imag;
        TRY_VOID(advance());
        return make(std::move(e), 1);
    }
    case TokenKind::CharLit:
    case TokenKind::StringLit: {
        auto kind = at(TokenKind::CharLit) ? ExprKind::CharLit : ExprKind::StringLit;
        auto e = std::make_unique<Expr>(kind, SourceSpan { begin, m_tok.end_offset });
        e->text = std::move(m_tok.value);
        TRY_VOID(advance());
        return make(std::move(e), 1);
    }
    case TokenKind::Ident: {
        if (m_tok.text == "async" && m_tok.space_after) {
            auto next = TRY(peek());
            if (next.kind == TokenKind::At || next.kind == TokenKind::Ident)
                return parse_async();
        }
        auto e = std::make_unique<Expr>(ExprKind::Ident, SourceSpan { begin, m_tok.end_offset });
        e->text = std::string(m_tok.text);
        TRY_VOID(advance());
        return make(std::move(e), 1);
    }
    case TokenKind::LParen:
        return parse_paren();
    case TokenKind::LBracket:
        return parse_matrix(TokenKind::RBracket, ExprKind::Matrix);
    case TokenKind::LBrace:
        return parse_matrix(TokenKind::RBrace, ExprKind::CellLit);
    case TokenKind::At:
        return parse_at();
    case TokenKind::KwEnd:
        if (m_index_depth > 0)
            return leaf(ExprKind::End, begin);
        return error_here();
    default:
        return error_here();
    }
}

PResult<Node> Parser::parse_paren()
{
    ContextGuard ctx(*this, false, m_index_depth);
    TRY_VOID(advance());
    Node inner = TRY(parse_expr());
    if (at(TokenKind::Eof) || at(TokenKind::Newline))
        return error(MSG_MISMATCHED, m_tok.pos);
    if (!at(TokenKind::RParen))
        return error_here();
    TRY_VOID(advance());
    inner.e->parenthesized = true;
    return inner;
}

// [rows] / {rows}: `,` or blanks separate elements, `;` or a line end separates rows;
// empty rows (leading, trailing or doubled separators) are dropped.
PResult<Node> Parser::parse_matrix(TokenKind close, ExprKind kind)
{
    RUNMAT_ENTER();
    SourcePos begin = m_tok.pos;
    ContextGuard ctx(*this, true, m_index_depth);
    TRY_VOID(advance());
    auto m = std::make_unique<Expr>(kind);
    std::vector<ast::ExprPtr> row;
    uint32_t height = 0;
    bool need_separator = false;
    auto end_row = [&] {
        if (!row.empty())
            m->rows.push_back(std::move(row));
        row.clear();
        need_separator = false;
    };
    for (;;) {
        TokenKind k = m_tok.kind;
        if (k == close) {
            end_row();
            TRY_VOID(advance());
            break;
        }
        if (k == TokenKind::Semicolon || k == TokenKind::Newline) {
            end_row();
            TRY_VOID(advance());
        } else if (k == TokenKind::Comma) {
            need_separator = false;
            TRY_VOID(advance());
        } else if (k == TokenKind::Eof || k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace) {
            return error(MSG_MISMATCHED, m_tok.pos);
        } else {
            if (need_separator && !m_tok.space_before)
                return error_here();
            Node element = TRY(parse_matrix_element(close == TokenKind::RBracket && begin.offset == m_targets_at));
            height = std::max(height, element.height);
            row.push_back(std::move(element.e));
            need_separator = true;
        }
    }
    m->span = span_from(begin);
    return make(std::move(m), height + 1);
}

// An element, or `~` as an output placeholder when it stands alone in the bracket that
// starts a statement ([~, b] = f()); the statement checks that `=` follows.
PResult<Node> Parser::parse_matrix_element(bool tilde_allowed)
{
    if (tilde_allowed && at(TokenKind::Not)) {
        auto next = TRY(peek());
        if (next.kind == TokenKind::Comma || next.kind == TokenKind::RBracket) {
            if (m_tildes++ == 0)
                m_first_tilde = m_tok.pos;
            return leaf(ExprKind::Tilde, m_tok.pos);
        }
    }
    return parse_expr();
}

// @name, @pkg.name, @(params) expr, @(params) do ... end.
PResult<Node> Parser::parse_at()
{
    SourcePos begin = m_tok.pos;
    TRY_VOID(advance());
    if (at(TokenKind::LParen))
        return parse_anon_fn(begin);
    if (!at(TokenKind::Ident))
        return error_here();
    auto e = std::make_unique<Expr>(ExprKind::FuncHandle);
    e->text = std::string(m_tok.text);
    TRY_VOID(advance());
    while (at(TokenKind::Dot) && !m_tok.space_before) {
        TRY_VOID(advance());
        if (!at(TokenKind::Ident))
            return error_here();
        e->text += '.';
        e->text += m_tok.text;
        TRY_VOID(advance());
    }
    e->span = span_from(begin);
    return make(std::move(e), 1);
}

PResult<Node> Parser::parse_anon_fn(SourcePos begin)
{
    RUNMAT_ENTER();
    TRY_VOID(advance());
    auto params = TRY(parse_name_list(TokenKind::RParen, true));
    if (at(TokenKind::Ident) && m_tok.text == "do" && do_block_follows())
        return parse_block_lambda(begin, std::move(params));
    ContextGuard ctx(*this, m_in_matrix, 0); // `end` in the body is not the caller's index
    Node body = TRY(parse_expr());
    auto e = std::make_unique<Expr>(ExprKind::AnonFn, span_from(begin));
    e->params = std::move(params);
    e->lhs = std::move(body.e);
    return make(std::move(e), body.height + 1);
}

// `do` starts a block lambda when what follows cannot continue an expression that uses a
// name `do`: a line end, `,`, `;`, a comment, or a blank then a statement-like start.
bool Parser::do_block_follows() const
{
    uint32_t p = m_tok.end_offset;
    auto ends_line = [&](uint32_t q) {
        char c = q < m_text.size() ? m_text[q] : '\n';
        return c == '\n' || c == ',' || c == ';' || c == '%';
    };
    if (ends_line(p))
        return true;
    if (!is_blank(m_text[p]))
        return false;
    while (p < m_text.size() && is_blank(m_text[p]))
        ++p;
    return ends_line(p) || is_alpha(m_text[p]) || m_text[p] == '[' || m_text[p] == '@';
}

// The body is a statement block closed by `end`; its value is computed by later layers.
PResult<Node> Parser::parse_block_lambda(SourcePos begin, std::vector<std::string> params)
{
    ContextGuard ctx(*this, false, 0);
    uint32_t saved_tildes = m_tildes;
    SourcePos saved_first_tilde = m_first_tilde;
    uint32_t saved_targets_at = m_targets_at;
    uint32_t saved_max_height = m_max_height;
    m_max_height = 0;
    m_lexer.push_block(); // blanks inside this block separate nothing, even within [ ]
    TRY_VOID(advance());
    auto e = std::make_unique<Expr>(ExprKind::BlockLambda);
    e->params = std::move(params);
    for (auto const& p : e->params)
        m_vars.insert(p);
    e->block = TRY(parse_block(stop(TokenKind::KwEnd)));
    if (!at(TokenKind::KwEnd))
        return error(MSG_MISSING_END, begin);
    m_lexer.pop_block();
    TRY_VOID(advance());
    e->span = span_from(begin);
    uint32_t height = m_max_height + 1;
    m_max_height = saved_max_height;
    m_tildes = saved_tildes;
    m_first_tilde = saved_first_tilde;
    m_targets_at = saved_targets_at;
    return make(std::move(e), height);
}

// `async F`: a lazy future of F(); the operand is a postfix expression (a handle, a name).
PResult<Node> Parser::parse_async()
{
    RUNMAT_ENTER();
    SourcePos begin = m_tok.pos;
    TRY_VOID(advance());
    Node operand = TRY(parse_postfix());
    auto e = std::make_unique<Expr>(ExprKind::Async, span_from(begin));
    e->lhs = std::move(operand.e);
    return make(std::move(e), operand.height + 1);
}

} // namespace runmat::parser
