// Internal: the recursive-descent Parser shared by parser.cpp (files, functions),
// parse_stmt.cpp (statements, command syntax) and parse_expr.cpp (expressions).
// Not part of the public API; include parser/parser.hpp instead.
#pragma once
#include "lexer/lexer.hpp"
#include "parser/parser.hpp"
#include <string_view>
#include <unordered_set>

namespace runmat::parser {

template <typename T>
using PResult = Result<T, Diagnostic>;
using PVoid = Result<void, Diagnostic>;

// MATLAB's parser messages (R2023 wording where MATLAB has one).
inline constexpr char const* MSG_INVALID_EXPR = "Invalid expression. Check for missing multiplication operator, missing or unbalanced delimiters, or other syntax error. To construct matrices, use brackets instead of parentheses.";
inline constexpr char const* MSG_MISMATCHED = "Invalid expression. When calling a function or indexing a variable, use parentheses. Otherwise, check for mismatched delimiters.";
inline constexpr char const* MSG_INCOMPLETE = "This statement is incomplete.";
inline constexpr char const* MSG_MISSING_END = "At least one END is missing: the statement may begin here.";
inline constexpr char const* MSG_TOO_DEEP = "Nesting is too deep.";
inline constexpr char const* MSG_TOO_LONG = "Expression is too long or too deeply nested.";
inline constexpr char const* MSG_BAD_ASSIGN = "Incorrect use of '=' operator. To assign a value to a variable, use '='. To compare values for equality, use '=='.";
inline constexpr char const* MSG_BAD_OPERATOR = "Invalid use of operator.";
inline constexpr char const* MSG_FN_CONTEXT = "Function definitions are not permitted in this context.";
inline constexpr char const* MSG_NESTED_FN = "Nested functions are not supported.";
inline constexpr char const* MSG_SCRIPT_FN_END = "All functions in a script must be closed with an 'end'.";

// An expression with the height of its tree, so chains can be bounded while they are built
// (a too-tall tree must never exist: even destroying it recursively could overflow).
struct Node {
    ast::ExprPtr e;
    uint32_t height = 1;
};

// How the functions of a file end; MATLAB forbids mixing the two in one file.
enum class FnStyle : uint8_t { Unknown, End, NoEnd };

// Keyword sets that end a statement block (bit per TokenKind).
using Stops = uint64_t;
constexpr Stops stop(lexer::TokenKind k) { return Stops(1) << static_cast<unsigned>(k); }
static_assert(static_cast<unsigned>(lexer::TokenKind::KwWhile) < 64);

class Parser {
public:
    Parser(SourceFileRef source, ParseOptions const& options);
    PResult<ast::Program> parse_program();

private:
    friend struct DepthGuard;
    friend struct ContextGuard;
    using TK = lexer::TokenKind;

    // Tokens (parser.cpp).
    PVoid advance();
    PResult<lexer::Token> peek();
    bool at(TK kind) const { return m_tok.kind == kind; }
    PVoid expect(TK kind, char const* message);
    Diagnostic error(std::string message, SourcePos pos) const;
    Diagnostic error_here() const; // the right "unexpected token" message for m_tok
    PVoid enter();                 // nesting + 1, or MSG_TOO_DEEP
    PVoid skip_separators();
    SourceSpan span_from(SourcePos begin) const { return SourceSpan { begin, m_prev_end }; }

    // Files and functions (parser.cpp).
    PResult<bool> at_function_start();
    PVoid parse_functions(ast::Program& program);
    PResult<ast::Function> parse_function();
    PVoid parse_function_header(ast::Function& fn);
    PResult<std::vector<std::string>> parse_name_list(TK close, bool allow_tilde);
    PVoid finish_function(ast::Function& fn, SourcePos begin);

    // Statements (parse_stmt.cpp).
    PResult<ast::Block> parse_block(Stops stops);
    PResult<ast::StmtPtr> parse_statement();
    PResult<ast::StmtPtr> parse_expression_statement();
    PResult<ast::StmtPtr> parse_if();
    PResult<ast::StmtPtr> parse_for();
    PResult<ast::StmtPtr> parse_while();
    PResult<ast::StmtPtr> parse_switch();
    PResult<ast::StmtPtr> parse_try();
    PResult<ast::StmtPtr> parse_names(ast::StmtKind kind);
    PResult<ast::StmtPtr> parse_simple(ast::StmtKind kind);
    PVoid expect_block_end(SourcePos opener);
    PVoid finish_statement(ast::Stmt& stmt);
    PResult<bool> catch_has_variable(uint32_t catch_line);
    bool command_syntax_follows() const;
    PResult<ast::StmtPtr> parse_command();
    PResult<uint32_t> scan_command_word(uint32_t p, std::string& word);
    PVoid check_target(ast::Expr const& e) const;
    void note_assigned(ast::Expr const& target);

    // Expressions (parse_expr.cpp).
    PResult<Node> parse_expr();
    PResult<Node> parse_binary(int min_level);
    PResult<Node> parse_range(Node first);
    PResult<Node> parse_unary();
    PResult<Node> parse_power();
    PResult<Node> parse_power_operand();
    PResult<Node> parse_postfix();
    PResult<Node> parse_postfix_ops(Node base);
    PResult<Node> parse_primary();
    PResult<Node> parse_paren();
    PResult<Node> parse_matrix(TK close, ast::ExprKind kind);
    PResult<Node> parse_matrix_element(bool tilde_allowed);
    PResult<Node> parse_at();
    PResult<Node> parse_anon_fn(SourcePos begin);
    PResult<Node> parse_block_lambda(SourcePos begin, std::vector<std::string> params);
    PResult<Node> parse_async();
    PResult<uint32_t> parse_args(ast::Expr& call, TK close);
    PResult<Node> parse_arg();
    bool element_ends_here() const;
    bool do_block_follows() const;
    PResult<Node> make(ast::ExprPtr e, uint32_t height);
    PResult<Node> leaf(ast::ExprKind kind, SourcePos begin);

    SourceFileRef m_source;
    std::string_view m_text;
    lexer::Lexer m_lexer;
    lexer::Token m_tok;         // the current token
    uint32_t m_prev_end = 0;    // end offset of the last consumed token (span ends)
    int m_depth = 0;            // current nesting, see MAX_NESTING
    uint32_t m_max_height = 0;  // tallest expression built so far (for block lambda heights)
    bool m_in_matrix = false;   // directly inside [] / {}: blanks separate elements
    int m_index_depth = 0;      // inside x(...) / x{...}: `end` is an expression
    uint32_t m_tildes = 0;      // `~` placeholders created in the current statement
    SourcePos m_first_tilde;
    uint32_t m_targets_at = UINT32_MAX; // offset of a statement-initial `[` (may hold `~`)
    bool m_is_script = true;
    FnStyle m_fn_style = FnStyle::Unknown;
    std::string m_fn_closed_by_end; // first function of the file closed by `end` (messages)
    std::unordered_set<std::string> m_vars;      // names known to be variables (command syntax)
    std::unordered_set<std::string> m_base_vars; // ParseOptions::known_variables
};

// RAII nesting counter paired with Parser::enter().
struct DepthGuard {
    Parser& p;
    ~DepthGuard() { --p.m_depth; }
};

// Saves the expression context (matrix / index) and restores it on scope exit.
struct ContextGuard {
    Parser& p;
    bool in_matrix;
    int index_depth;
    ContextGuard(Parser& parser, bool matrix, int index)
        : p(parser)
        , in_matrix(parser.m_in_matrix)
        , index_depth(parser.m_index_depth)
    {
        p.m_in_matrix = matrix;
        p.m_index_depth = index;
    }
    ~ContextGuard()
    {
        p.m_in_matrix = in_matrix;
        p.m_index_depth = index_depth;
    }
};

#define RUNMAT_ENTER()        \
    TRY_VOID(enter());        \
    DepthGuard _depth_guard { *this }

} // namespace runmat::parser
