// The regex engine: pattern -> syntax tree -> instructions for a backtracking machine with an
// explicit stack (no C++ recursion per character, so long subjects cannot overflow the stack;
// only lookaround and atomic groups nest, by pattern depth). MATLAB's regexp syntax (doc page
// "Regular Expressions"): \b is backspace, word anchors are \< and \>, '.' matches newline by
// default, \oN / \o{N} octal and \xN / \x{N} hex characters, \N and \k<name> backreferences.
#include "runtime/builtins/regex.hpp"
#include "runtime/text_util.hpp"
#include <algorithm>
#include <array>
#include <bitset>
#include <limits>
#include <optional>

namespace runmat::runtime::regex {

namespace {

constexpr size_t UNBOUNDED = std::numeric_limits<size_t>::max();
constexpr size_t MAX_PROGRAM = 2'000'000; // instructions; counted repeats are expanded

bool is_word(char16_t c) { return text::is_alpha(c) || text::is_digit(c) || c == u'_'; }
bool is_re_space(char16_t c) { return c == u' ' || (c >= 9 && c <= 13); } // \s: [ \f\n\r\t\v]

// A bracket class or a class escape (\w \d \s and negations). Matching folds case when asked.
struct CharClass {
    enum Builtin : uint8_t { Word = 1, NotWord = 2, Digit = 4, NotDigit = 8, Space = 16, NotSpace = 32 };
    // POSIX bracket expressions [:name:] inside a class.
    enum Posix : uint16_t { Alpha = 1, DigitP = 2, Alnum = 4, SpaceP = 8, Upper = 16, Lower = 32, Punct = 64, XDigit = 128, Cntrl = 256, Print = 512, Graph = 1024 };
    std::vector<std::pair<char16_t, char16_t>> ranges;
    uint8_t builtins = 0;
    uint16_t posix = 0;
    bool negate = false;
    bool ignore_case = false;
    std::bitset<256> low; // precomputed answer for c < 256

    bool raw(char16_t c) const
    {
        for (auto [lo, hi] : ranges)
            if (c >= lo && c <= hi)
                return true;
        if (((builtins & Word) && is_word(c)) || ((builtins & NotWord) && !is_word(c)))
            return true;
        if (((builtins & Digit) && text::is_digit(c)) || ((builtins & NotDigit) && !text::is_digit(c)))
            return true;
        if (((builtins & Space) && is_re_space(c)) || ((builtins & NotSpace) && !is_re_space(c)))
            return true;
        return posix && posix_match(c);
    }
    bool posix_match(char16_t c) const
    {
        bool cntrl = c < 32 || c == 127;
        bool punct = c < 128 && c > 32 && c != 127 && !text::is_alpha(c) && !text::is_digit(c);
        return ((posix & Alpha) && text::is_alpha(c)) || ((posix & DigitP) && text::is_digit(c))
            || ((posix & Alnum) && (text::is_alpha(c) || text::is_digit(c))) || ((posix & SpaceP) && is_re_space(c))
            || ((posix & Upper) && text::is_upper(c)) || ((posix & Lower) && text::is_lower(c))
            || ((posix & Punct) && punct) || ((posix & XDigit) && (text::is_digit(c) || ((c | 0x20) >= u'a' && (c | 0x20) <= u'f')))
            || ((posix & Cntrl) && cntrl) || ((posix & Print) && !cntrl) || ((posix & Graph) && !cntrl && c != u' ');
    }
    bool slow(char16_t c) const
    {
        bool in = raw(c) || (ignore_case && (raw(text::to_lower(c)) || raw(text::to_upper(c))));
        return in != negate;
    }
    void finish()
    {
        for (unsigned c = 0; c < 256; ++c)
            low[c] = slow(static_cast<char16_t>(c));
    }
    bool matches(char16_t c) const { return c < 256 ? low[c] : slow(c); }
};

// ---------------------------------------------------------------------------------------------
// Syntax tree

enum class NodeKind : uint8_t { Empty, Char, Any, Class, Seq, Alt, Group, Repeat, Assert, Look, Atomic, Backref };
enum class AssertKind : uint8_t { LineStart, LineEnd, WordStart, WordEnd };
enum class RepeatMode : uint8_t { Greedy, Lazy, Possessive };

struct Node {
    NodeKind kind = NodeKind::Empty;
    char16_t ch = 0;
    bool flag = false;         // Char/Backref: ignore case; Any: dot-all; Assert: multiline; Look: negate
    bool behind = false;       // Look: lookbehind
    AssertKind assert_kind = AssertKind::LineStart;
    RepeatMode mode = RepeatMode::Greedy;
    int index = -1;            // Class: class index; Group: capture number (0 = non-capturing); Backref
    size_t min = 0, max = 0;   // Repeat bounds
    std::vector<std::unique_ptr<Node>> kids;
};
using NodePtr = std::unique_ptr<Node>;

NodePtr make_node(NodeKind k)
{
    auto n = std::make_unique<NodePtr::element_type>();
    n->kind = k;
    return n;
}

// ---------------------------------------------------------------------------------------------
// Parser

class Parser {
public:
    Parser(std::u16string_view p, Flags f, std::vector<CharClass>& classes, std::vector<std::u16string>& names)
        : m_p(p), m_flags(f), m_classes(classes), m_names(names) { }

    Result<NodePtr> parse()
    {
        NodePtr n = TRY(parse_alt());
        if (m_i < m_p.size())
            return error("Unmatched ) in the expression.");
        // Resolve named backreferences now that every group name is known.
        for (auto& [node, name] : m_named_refs) {
            auto it = std::find(m_names.begin(), m_names.end(), name);
            if (it == m_names.end())
                return error("Reference to an undefined token name '" + text::to_utf8(name) + "'.");
            node->index = static_cast<int>(it - m_names.begin()) + 1;
        }
        return n;
    }

private:
    RuntimeError error(std::string msg) const { return make_error("", std::move(msg)); }
    bool more() const { return m_i < m_p.size(); }
    char16_t peek(size_t k = 0) const { return m_i + k < m_p.size() ? m_p[m_i + k] : 0; }

    void skip_free_spacing()
    {
        while (m_flags.free_spacing && more()) {
            if (text::is_space(peek())) {
                ++m_i;
            } else if (peek() == u'#') {
                while (more() && peek() != u'\n')
                    ++m_i;
            } else {
                break;
            }
        }
    }

    Result<NodePtr> parse_alt()
    {
        NodePtr first = TRY(parse_seq());
        if (peek() != u'|')
            return first;
        NodePtr alt = make_node(NodeKind::Alt);
        alt->kids.push_back(std::move(first));
        while (peek() == u'|') {
            ++m_i;
            alt->kids.push_back(TRY(parse_seq()));
        }
        return alt;
    }

    Result<NodePtr> parse_seq()
    {
        NodePtr seq = make_node(NodeKind::Seq);
        Flags saved = m_flags; // inline flags last to the end of the enclosing group
        for (;;) {
            skip_free_spacing();
            if (!more() || peek() == u'|' || peek() == u')')
                break;
            NodePtr atom = TRY(parse_atom());
            if (!atom)
                continue; // an inline flag group or a comment
            atom = TRY(parse_quantifier(std::move(atom)));
            seq->kids.push_back(std::move(atom));
        }
        if (peek() != u'|')
            m_flags = saved;
        return seq;
    }

    // {n}, {n,}, {n,m}; anything else leaves '{' literal.
    std::optional<std::pair<size_t, size_t>> parse_braces()
    {
        size_t j = m_i + 1;
        auto number = [&](size_t& out) {
            size_t start = j;
            out = 0;
            while (j < m_p.size() && text::is_digit(m_p[j]))
                out = std::min<size_t>(out * 10 + (m_p[j++] - u'0'), 1'000'000);
            return j > start;
        };
        size_t lo = 0, hi = 0;
        if (!number(lo))
            return std::nullopt;
        if (j < m_p.size() && m_p[j] == u'}') {
            m_i = j + 1;
            return std::make_pair(lo, lo);
        }
        if (j >= m_p.size() || m_p[j] != u',')
            return std::nullopt;
        ++j;
        bool has_hi = number(hi);
        if (j >= m_p.size() || m_p[j] != u'}')
            return std::nullopt;
        m_i = j + 1;
        return std::make_pair(lo, has_hi ? hi : UNBOUNDED);
    }

    Result<NodePtr> parse_quantifier(NodePtr atom)
    {
        for (;;) {
            skip_free_spacing();
            size_t lo, hi;
            char16_t c = peek();
            if (c == u'*') { lo = 0; hi = UNBOUNDED; ++m_i; }
            else if (c == u'+') { lo = 1; hi = UNBOUNDED; ++m_i; }
            else if (c == u'?') { lo = 0; hi = 1; ++m_i; }
            else if (c == u'{') {
                auto b = parse_braces();
                if (!b)
                    return atom;
                std::tie(lo, hi) = *b;
                if (hi < lo)
                    return error("Invalid quantifier {" + std::to_string(lo) + "," + std::to_string(hi) + "}.");
            } else {
                return atom;
            }
            if (atom->kind == NodeKind::Assert || atom->kind == NodeKind::Look)
                return error("Quantifier follows an anchor or lookaround that matches no characters.");
            NodePtr rep = make_node(NodeKind::Repeat);
            rep->min = lo;
            rep->max = hi;
            if (peek() == u'?') { rep->mode = RepeatMode::Lazy; ++m_i; }
            else if (peek() == u'+') { rep->mode = RepeatMode::Possessive; ++m_i; }
            rep->kids.push_back(std::move(atom));
            atom = std::move(rep);
        }
    }

    NodePtr char_node(char16_t c)
    {
        NodePtr n = make_node(NodeKind::Char);
        n->ch = c;
        n->flag = m_flags.ignore_case;
        return n;
    }

    NodePtr class_node(CharClass cls)
    {
        cls.ignore_case = m_flags.ignore_case;
        cls.finish();
        m_classes.push_back(std::move(cls));
        NodePtr n = make_node(NodeKind::Class);
        n->index = static_cast<int>(m_classes.size() - 1);
        return n;
    }

    Result<NodePtr> parse_atom()
    {
        char16_t c = m_p[m_i++];
        switch (c) {
        case u'.': {
            NodePtr n = make_node(NodeKind::Any);
            n->flag = m_flags.dot_all;
            return n;
        }
        case u'^':
        case u'$': {
            NodePtr n = make_node(NodeKind::Assert);
            n->assert_kind = c == u'^' ? AssertKind::LineStart : AssertKind::LineEnd;
            n->flag = m_flags.multiline;
            return n;
        }
        case u'[': return parse_class();
        case u'(': return parse_group();
        case u'\\': return parse_escape();
        case u'*': case u'+': case u'?':
            return error("Quantifier without an expression to repeat.");
        default: return char_node(c);
        }
    }

    // \xN, \x{N}, \oN, \o{N}: the value, or nullopt if malformed.
    std::optional<char16_t> parse_code(unsigned base)
    {
        auto digit = [&](char16_t d) -> int {
            if (d >= u'0' && d <= u'9' && d - u'0' < static_cast<int>(base)) return d - u'0';
            if (base == 16 && (d | 0x20) >= u'a' && (d | 0x20) <= u'f') return (d | 0x20) - u'a' + 10;
            return -1;
        };
        bool braced = peek() == u'{';
        if (braced)
            ++m_i;
        uint32_t v = 0;
        size_t n = 0;
        while (more() && digit(peek()) >= 0 && v <= 0xFFFF) {
            v = v * base + static_cast<uint32_t>(digit(m_p[m_i++]));
            ++n;
        }
        if (n == 0 || v > 0xFFFF || (braced && peek() != u'}'))
            return std::nullopt;
        if (braced)
            ++m_i;
        return static_cast<char16_t>(v);
    }

    // An escape that stands for one character (shared by atoms and classes), or nullopt.
    std::optional<char16_t> simple_escape(char16_t c)
    {
        switch (c) {
        case u'a': return char16_t(7);
        case u'b': return char16_t(8);
        case u'e': return char16_t(27);
        case u'f': return char16_t(12);
        case u'n': return char16_t(10);
        case u'r': return char16_t(13);
        case u't': return char16_t(9);
        case u'v': return char16_t(11);
        default: return std::nullopt;
        }
    }

    // \w \W \d \D \s \S as a class builtin bit (0 if c is none of them).
    static uint8_t class_escape(char16_t c)
    {
        switch (c) {
        case u'w': return CharClass::Word;
        case u'W': return CharClass::NotWord;
        case u'd': return CharClass::Digit;
        case u'D': return CharClass::NotDigit;
        case u's': return CharClass::Space;
        case u'S': return CharClass::NotSpace;
        default: return 0;
        }
    }

    Result<NodePtr> parse_escape()
    {
        if (!more())
            return error("Expression ends with an incomplete escape sequence '\\'.");
        char16_t c = m_p[m_i++];
        if (uint8_t b = class_escape(c)) {
            CharClass cls;
            cls.builtins = b;
            return class_node(std::move(cls));
        }
        if (auto s = simple_escape(c))
            return char_node(*s);
        if (c == u'x' || c == u'o') {
            auto v = parse_code(c == u'x' ? 16 : 8);
            if (!v)
                return error(std::string("Invalid \\") + static_cast<char>(c) + " escape sequence.");
            return char_node(*v);
        }
        if (c == u'<' || c == u'>') {
            NodePtr n = make_node(NodeKind::Assert);
            n->assert_kind = c == u'<' ? AssertKind::WordStart : AssertKind::WordEnd;
            return n;
        }
        if (c >= u'1' && c <= u'9') {
            int k = c - u'0';
            NodePtr n = make_node(NodeKind::Backref);
            n->index = k;
            n->flag = m_flags.ignore_case;
            return n;
        }
        if (c == u'k' && peek() == u'<') {
            size_t close = m_p.find(u'>', m_i);
            if (close == std::u16string_view::npos)
                return error("Unterminated token name in \\k<name>.");
            NodePtr n = make_node(NodeKind::Backref);
            n->flag = m_flags.ignore_case;
            m_named_refs.emplace_back(n.get(), std::u16string(m_p.substr(m_i + 1, close - m_i - 1)));
            m_i = close + 1;
            return n;
        }
        return char_node(c); // \char: the character itself
    }

    Result<NodePtr> parse_class()
    {
        CharClass cls;
        if (peek() == u'^') {
            cls.negate = true;
            ++m_i;
        }
        bool first = true;
        for (;;) {
            if (!more())
                return error("Unmatched [ or [^ in character class declaration.");
            char16_t c = m_p[m_i++];
            if (c == u']' && !first)
                break;
            first = false;
            if (c == u'[' && peek() == u':') {
                size_t close = m_p.find(u":]", m_i + 1);
                if (close != std::u16string_view::npos) {
                    uint16_t bit = posix_class(m_p.substr(m_i + 1, close - m_i - 1));
                    if (!bit)
                        return error("Unknown POSIX character class in [[:name:]].");
                    cls.posix |= bit;
                    m_i = close + 2;
                    continue;
                }
            }
            char16_t lo = c;
            if (c == u'\\') {
                if (!more())
                    return error("Unmatched [ or [^ in character class declaration.");
                char16_t e = m_p[m_i++];
                if (uint8_t b = class_escape(e)) {
                    cls.builtins |= b;
                    continue;
                }
                if (auto s = simple_escape(e)) {
                    lo = *s;
                } else if (e == u'x' || e == u'o') {
                    auto v = parse_code(e == u'x' ? 16 : 8);
                    if (!v)
                        return error("Invalid escape sequence in character class.");
                    lo = *v;
                } else {
                    lo = e;
                }
            }
            char16_t hi = lo;
            if (peek() == u'-' && peek(1) != u']' && m_i + 1 < m_p.size()) {
                ++m_i;
                char16_t h = m_p[m_i++];
                if (h == u'\\' && more()) {
                    char16_t e = m_p[m_i++];
                    auto s = simple_escape(e);
                    h = s ? *s : e;
                }
                if (h < lo)
                    return error("Invalid range in character class.");
                hi = h;
            }
            cls.ranges.emplace_back(lo, hi);
        }
        return class_node(std::move(cls));
    }

    static uint16_t posix_class(std::u16string_view name)
    {
        static constexpr std::pair<std::u16string_view, uint16_t> NAMES[] = {
            { u"alpha", CharClass::Alpha }, { u"digit", CharClass::DigitP }, { u"alnum", CharClass::Alnum },
            { u"space", CharClass::SpaceP }, { u"upper", CharClass::Upper }, { u"lower", CharClass::Lower },
            { u"punct", CharClass::Punct }, { u"xdigit", CharClass::XDigit }, { u"cntrl", CharClass::Cntrl },
            { u"print", CharClass::Print }, { u"graph", CharClass::Graph },
        };
        for (auto [n, bit] : NAMES)
            if (n == name)
                return bit;
        return 0;
    }

    // Inline flags "(?imsx-imsx)" or "(?imsx-imsx:" ; m_i is just after "(?".
    Result<NodePtr> parse_flag_group()
    {
        Flags f = m_flags;
        bool on = true;
        while (more() && peek() != u')' && peek() != u':') {
            char16_t c = m_p[m_i++];
            switch (c) {
            case u'-': on = false; break;
            case u'i': f.ignore_case = on; break;
            case u's': f.dot_all = on; break;
            case u'm': f.multiline = on; break;
            case u'x': f.free_spacing = on; break;
            default: return error("Unrecognized option in (?...) group.");
            }
        }
        if (!more())
            return error("Unmatched ( in the expression.");
        if (m_p[m_i++] == u')') {
            m_flags = f; // to the end of the enclosing group
            return NodePtr();
        }
        Flags saved = m_flags;
        m_flags = f;
        NodePtr inner = TRY(parse_alt());
        m_flags = saved;
        TRY(expect_close());
        NodePtr g = make_node(NodeKind::Group);
        g->index = 0;
        g->kids.push_back(std::move(inner));
        return g;
    }

    Result<bool> expect_close()
    {
        if (peek() != u')')
            return error("Unmatched ( in the expression.");
        ++m_i;
        return true;
    }

    Result<NodePtr> group_of(NodeKind kind, int index = 0)
    {
        Flags saved = m_flags;
        NodePtr inner = TRY(parse_alt());
        m_flags = saved;
        TRY(expect_close());
        NodePtr g = make_node(kind);
        g->index = index;
        g->kids.push_back(std::move(inner));
        return g;
    }

    Result<NodePtr> parse_group()
    {
        if (peek() != u'?') {
            m_names.emplace_back();
            return group_of(NodeKind::Group, static_cast<int>(m_names.size()));
        }
        ++m_i;
        char16_t c = peek();
        if (c == u':') { ++m_i; return group_of(NodeKind::Group, 0); }
        if (c == u'>') { ++m_i; return group_of(NodeKind::Atomic); }
        if (c == u'=' || c == u'!') {
            ++m_i;
            NodePtr n = TRY(group_of(NodeKind::Look));
            n->flag = c == u'!';
            return n;
        }
        if (c == u'#') {
            while (more() && peek() != u')')
                ++m_i;
            TRY(expect_close());
            return NodePtr();
        }
        if (c == u'<' && (peek(1) == u'=' || peek(1) == u'!')) {
            bool neg = peek(1) == u'!';
            m_i += 2;
            NodePtr n = TRY(group_of(NodeKind::Look));
            n->flag = neg;
            n->behind = true;
            return n;
        }
        if (c == u'<') {
            size_t close = m_p.find(u'>', m_i);
            if (close == std::u16string_view::npos || close == m_i + 1)
                return error("Invalid token name in (?<name>...).");
            m_names.emplace_back(m_p.substr(m_i + 1, close - m_i - 1));
            m_i = close + 1;
            return group_of(NodeKind::Group, static_cast<int>(m_names.size()));
        }
        if (c == u'(')
            return error("Conditional expressions (?(cond)...) are not supported.");
        if (c == u'?' || c == u'@')
            return error("Dynamic expressions are not supported.");
        return parse_flag_group();
    }

    std::u16string_view m_p;
    size_t m_i = 0;
    Flags m_flags;
    std::vector<CharClass>& m_classes;
    std::vector<std::u16string>& m_names;
    std::vector<std::pair<Node*, std::u16string>> m_named_refs;
};

// ---------------------------------------------------------------------------------------------
// Instructions

enum class Op : uint8_t {
    Char, CharFold, Any, AnyNoNewline, Class, Split, Jmp, Save, Assert, Look, Atomic, Backref,
    Mark, Check, Match,
};

struct Inst {
    Op op;
    uint8_t a = 0;  // Assert: kind; Look: bit0 negate, bit1 behind; Split: unused
    bool b = false; // Assert: multiline; Backref: fold case
    char16_t c = 0;
    int32_t x = 0;  // Split: first choice; Jmp: target; Save/Mark/Check: register; Class: index;
                    // Look/Atomic: body start; Backref: group
    int32_t y = 0;  // Split: second choice; Look/Atomic: continuation; Look: min length
    size_t max_len = 0; // Look behind: longest body match (UNBOUNDED if unknown)
};

} // namespace

struct Program {
    std::vector<Inst> code;
    std::vector<CharClass> classes;
    std::vector<std::u16string> names;
    size_t groups = 0;
    size_t registers = 0;               // 2 per group, then loop marks
    std::optional<char16_t> first_char; // every match starts with this code unit
    bool anchored = false;              // starts with ^ (not multiline): only position 0
};

namespace {

// Shortest and longest match lengths of a subtree (max UNBOUNDED if unknown).
std::pair<size_t, size_t> length_bounds(Node const& n)
{
    auto add = [](size_t a, size_t b) { return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : a + b; };
    switch (n.kind) {
    case NodeKind::Char: case NodeKind::Any: case NodeKind::Class: return { 1, 1 };
    case NodeKind::Empty: case NodeKind::Assert: case NodeKind::Look: return { 0, 0 };
    case NodeKind::Backref: return { 0, UNBOUNDED };
    case NodeKind::Group: case NodeKind::Atomic: return length_bounds(*n.kids[0]);
    case NodeKind::Seq: {
        size_t lo = 0, hi = 0;
        for (auto const& k : n.kids) {
            auto [a, b] = length_bounds(*k);
            lo = add(lo, a);
            hi = add(hi, b);
        }
        return { lo, hi };
    }
    case NodeKind::Alt: {
        size_t lo = UNBOUNDED, hi = 0;
        for (auto const& k : n.kids) {
            auto [a, b] = length_bounds(*k);
            lo = std::min(lo, a);
            hi = std::max(hi, b);
        }
        return { lo, hi };
    }
    case NodeKind::Repeat: {
        auto [a, b] = length_bounds(*n.kids[0]);
        size_t lo = a == UNBOUNDED || n.min == 0 ? (n.min == 0 ? 0 : UNBOUNDED) : a * n.min;
        size_t hi = (n.max == UNBOUNDED && b != 0) || b == UNBOUNDED ? UNBOUNDED : b * n.max;
        if (n.max == UNBOUNDED && b == 0)
            hi = 0;
        return { lo, hi };
    }
    }
    return { 0, UNBOUNDED };
}

class Compiler {
public:
    explicit Compiler(Program& p) : m_p(p) { }

    Result<bool> compile(Node const& n)
    {
        if (m_p.code.size() > MAX_PROGRAM)
            return make_error("", "The regular expression is too large (counted repetitions expand it).");
        switch (n.kind) {
        case NodeKind::Empty: return true;
        case NodeKind::Char: {
            Inst i { n.flag && text::to_lower(n.ch) != text::to_upper(n.ch) ? Op::CharFold : Op::Char };
            i.c = n.flag ? text::to_lower(n.ch) : n.ch;
            emit(i);
            return true;
        }
        case NodeKind::Any: emit(Inst { n.flag ? Op::Any : Op::AnyNoNewline }); return true;
        case NodeKind::Class: {
            Inst i { Op::Class };
            i.x = n.index;
            emit(i);
            return true;
        }
        case NodeKind::Seq:
            for (auto const& k : n.kids)
                TRY(compile(*k));
            return true;
        case NodeKind::Alt: return compile_alt(n);
        case NodeKind::Group: return compile_group(n);
        case NodeKind::Repeat: return compile_repeat(n);
        case NodeKind::Assert: {
            Inst i { Op::Assert };
            i.a = static_cast<uint8_t>(n.assert_kind);
            i.b = n.flag;
            emit(i);
            return true;
        }
        case NodeKind::Look:
        case NodeKind::Atomic: return compile_sub(n);
        case NodeKind::Backref: {
            if (static_cast<size_t>(n.index) > m_p.groups)
                return make_error("", "Reference to a token that does not exist: \\" + std::to_string(n.index) + ".");
            Inst i { Op::Backref };
            i.x = n.index;
            i.b = n.flag;
            emit(i);
            return true;
        }
        }
        return true;
    }

private:
    int32_t pc() const { return static_cast<int32_t>(m_p.code.size()); }
    int32_t emit(Inst i)
    {
        m_p.code.push_back(i);
        return pc() - 1;
    }

    Result<bool> compile_alt(Node const& n)
    {
        std::vector<int32_t> jumps;
        for (size_t k = 0; k < n.kids.size(); ++k) {
            int32_t split = -1;
            if (k + 1 < n.kids.size())
                split = emit(Inst { Op::Split });
            if (split >= 0)
                m_p.code[split].x = pc();
            TRY(compile(*n.kids[k]));
            if (k + 1 < n.kids.size()) {
                jumps.push_back(emit(Inst { Op::Jmp }));
                m_p.code[split].y = pc();
            }
        }
        for (int32_t j : jumps)
            m_p.code[j].x = pc();
        return true;
    }

    Result<bool> compile_group(Node const& n)
    {
        if (n.index <= 0)
            return compile(*n.kids[0]);
        Inst open { Op::Save };
        open.x = 2 * (n.index - 1);
        emit(open);
        TRY(compile(*n.kids[0]));
        Inst close { Op::Save };
        close.x = 2 * (n.index - 1) + 1;
        emit(close);
        return true;
    }

    // A body followed by Match at [start, end): Look/Atomic run it as a nested machine.
    Result<bool> compile_sub(Node const& n)
    {
        int32_t at = emit(Inst { n.kind == NodeKind::Look ? Op::Look : Op::Atomic });
        m_p.code[at].x = pc();
        TRY(compile(*n.kids[0]));
        emit(Inst { Op::Match });
        m_p.code[at].y = pc();
        if (n.kind == NodeKind::Look) {
            m_p.code[at].a = static_cast<uint8_t>((n.flag ? 1 : 0) | (n.behind ? 2 : 0));
            m_p.code[at].max_len = length_bounds(*n.kids[0]).second;
        }
        return true;
    }

    Result<bool> compile_repeat(Node const& n)
    {
        Node const& body = *n.kids[0];
        if (n.mode == RepeatMode::Possessive) {
            int32_t at = emit(Inst { Op::Atomic });
            m_p.code[at].x = pc();
            TRY(compile_repeat_body(body, n.min, n.max, RepeatMode::Greedy));
            emit(Inst { Op::Match });
            m_p.code[at].y = pc();
            return true;
        }
        return compile_repeat_body(body, n.min, n.max, n.mode);
    }

    Result<bool> compile_repeat_body(Node const& body, size_t min, size_t max, RepeatMode mode)
    {
        bool lazy = mode == RepeatMode::Lazy;
        for (size_t k = 0; k < min; ++k)
            TRY(compile(body));
        if (max == UNBOUNDED) {
            bool nullable = length_bounds(body).first == 0;
            int32_t loop = emit(Inst { Op::Split });
            int32_t reg = nullable ? static_cast<int32_t>(m_p.registers++) : -1;
            int32_t body_start = pc();
            if (nullable) {
                Inst mark { Op::Mark };
                mark.x = reg;
                emit(mark);
            }
            TRY(compile(body));
            if (nullable) {
                Inst check { Op::Check };
                check.x = reg;
                emit(check);
            }
            Inst back { Op::Jmp };
            back.x = loop;
            emit(back);
            m_p.code[loop].x = lazy ? pc() : body_start;
            m_p.code[loop].y = lazy ? body_start : pc();
            return true;
        }
        std::vector<int32_t> exits;
        for (size_t k = min; k < max; ++k) {
            int32_t split = emit(Inst { Op::Split });
            exits.push_back(split);
            int32_t body_start = pc();
            TRY(compile(body));
            m_p.code[split].x = body_start; // patched below for lazy
        }
        for (int32_t s : exits) {
            if (lazy) {
                m_p.code[s].y = m_p.code[s].x;
                m_p.code[s].x = pc();
            } else {
                m_p.code[s].y = pc();
            }
        }
        return true;
    }

    Program& m_p;
};

// The code unit every match must start with, if the pattern makes that plain.
std::optional<char16_t> leading_char(Node const& n)
{
    switch (n.kind) {
    case NodeKind::Char: return n.flag ? std::nullopt : std::optional<char16_t>(n.ch);
    case NodeKind::Seq:
        for (auto const& k : n.kids) {
            if (k->kind == NodeKind::Assert && k->assert_kind != AssertKind::LineStart)
                continue;
            return leading_char(*k);
        }
        return std::nullopt;
    case NodeKind::Group: case NodeKind::Atomic: return leading_char(*n.kids[0]);
    case NodeKind::Repeat: return n.min > 0 ? leading_char(*n.kids[0]) : std::nullopt;
    default: return std::nullopt;
    }
}

bool anchored_at_start(Node const& n)
{
    if (n.kind == NodeKind::Assert)
        return n.assert_kind == AssertKind::LineStart && !n.flag;
    if (n.kind == NodeKind::Seq)
        return !n.kids.empty() && anchored_at_start(*n.kids[0]);
    if (n.kind == NodeKind::Group || n.kind == NodeKind::Atomic)
        return anchored_at_start(*n.kids[0]);
    return false;
}

// ---------------------------------------------------------------------------------------------
// The machine

class Machine {
public:
    Machine(Program const& p, std::u16string_view s) : m_p(p), m_s(s) { }

    // Run from `pc` at `pos` with registers `regs`; on success regs hold the captures and
    // `end` the position reached. `need_end`: Match only there (lookbehind). `not_empty_from`:
    // Match only beyond that position (noemptymatch).
    bool run(int32_t pc, size_t pos, std::vector<size_t>& regs, size_t& end, size_t need_end, size_t not_empty_from)
    {
        // The outermost run reuses one stack across start positions; nested runs get their own.
        if (m_depth == 0) {
            m_stack.clear();
            return run_with(m_stack, pc, pos, regs, end, need_end, not_empty_from);
        }
        std::vector<Entry> stack;
        return run_with(stack, pc, pos, regs, end, need_end, not_empty_from);
    }

private:
    struct Entry {
        int32_t pc;
        size_t pos;
        int32_t reg; // >= 0: restore regs[reg] = old; else a choice point (pc, pos)
        size_t old;
    };

    bool run_with(std::vector<Entry>& stack, int32_t pc, size_t pos, std::vector<size_t>& regs, size_t& end, size_t need_end, size_t not_empty_from)
    {
        for (;;) {
            Inst const& in = m_p.code[static_cast<size_t>(pc)];
            bool ok = true;
            switch (in.op) {
            case Op::Char: ok = pos < m_s.size() && m_s[pos] == in.c; if (ok) { ++pos; ++pc; } break;
            case Op::CharFold: ok = pos < m_s.size() && text::to_lower(m_s[pos]) == in.c; if (ok) { ++pos; ++pc; } break;
            case Op::Any: ok = pos < m_s.size(); if (ok) { ++pos; ++pc; } break;
            case Op::AnyNoNewline: ok = pos < m_s.size() && m_s[pos] != u'\n'; if (ok) { ++pos; ++pc; } break;
            case Op::Class: ok = pos < m_s.size() && m_p.classes[static_cast<size_t>(in.x)].matches(m_s[pos]); if (ok) { ++pos; ++pc; } break;
            case Op::Split:
                stack.push_back({ in.y, pos, -1, 0 });
                pc = in.x;
                break;
            case Op::Jmp: pc = in.x; break;
            case Op::Save:
            case Op::Mark:
                stack.push_back({ 0, 0, in.x, regs[static_cast<size_t>(in.x)] });
                regs[static_cast<size_t>(in.x)] = pos;
                ++pc;
                break;
            case Op::Check: ok = regs[static_cast<size_t>(in.x)] != pos; if (ok) ++pc; break;
            case Op::Assert: ok = check_assert(in, pos); if (ok) ++pc; break;
            case Op::Backref: ok = backref(in, pos, regs); if (ok) ++pc; break;
            case Op::Look: ok = look(in, pos, regs, stack); if (ok) pc = in.y; break;
            case Op::Atomic: ok = atomic(in, pos, regs, stack); if (ok) pc = in.y; break;
            case Op::Match:
                ok = (need_end == Span::NOT_SET || pos == need_end) && (not_empty_from == Span::NOT_SET || pos > not_empty_from);
                if (ok) {
                    end = pos;
                    return true;
                }
                break;
            }
            if (ok)
                continue;
            // Backtrack: undo register writes down to the latest choice point.
            for (;;) {
                if (stack.empty())
                    return false;
                Entry e = stack.back();
                stack.pop_back();
                if (e.reg >= 0) {
                    regs[static_cast<size_t>(e.reg)] = e.old;
                    continue;
                }
                pc = e.pc;
                pos = e.pos;
                break;
            }
        }
    }

    bool word_at(size_t i) const { return i < m_s.size() && is_word(m_s[i]); }

    bool check_assert(Inst const& in, size_t pos) const
    {
        switch (static_cast<AssertKind>(in.a)) {
        case AssertKind::LineStart: return pos == 0 || (in.b && m_s[pos - 1] == u'\n');
        case AssertKind::LineEnd: return pos == m_s.size() || (in.b && m_s[pos] == u'\n');
        case AssertKind::WordStart: return word_at(pos) && (pos == 0 || !word_at(pos - 1));
        case AssertKind::WordEnd: return pos > 0 && word_at(pos - 1) && !word_at(pos);
        }
        return false;
    }

    bool backref(Inst const& in, size_t& pos, std::vector<size_t> const& regs) const
    {
        size_t k = static_cast<size_t>(in.x - 1);
        size_t a = regs[2 * k], b = regs[2 * k + 1];
        if (a == Span::NOT_SET || b == Span::NOT_SET || b < a)
            return false;
        size_t len = b - a;
        if (m_s.size() - pos < len)
            return false;
        bool eq = in.b ? text::equal_ignore_case(m_s.data() + a, m_s.data() + pos, len)
                       : m_s.compare(pos, len, m_s.substr(a, len)) == 0;
        if (eq)
            pos += len;
        return eq;
    }

    // Adopt registers from a nested run, recording the old values for backtracking.
    static void adopt(std::vector<size_t>& regs, std::vector<size_t> const& sub, std::vector<Entry>& stack)
    {
        for (size_t r = 0; r < regs.size(); ++r) {
            if (regs[r] == sub[r])
                continue;
            stack.push_back({ 0, 0, static_cast<int32_t>(r), regs[r] });
            regs[r] = sub[r];
        }
    }

    bool look(Inst const& in, size_t pos, std::vector<size_t>& regs, std::vector<Entry>& stack)
    {
        bool negate = in.a & 1, behind = in.a & 2;
        std::vector<size_t> sub = regs;
        size_t end = 0;
        bool found = false;
        if (!behind) {
            found = nested(in.x, pos, sub, end, Span::NOT_SET);
        } else {
            size_t lowest = in.max_len == UNBOUNDED || in.max_len > pos ? 0 : pos - in.max_len;
            for (size_t start = pos + 1; start-- > lowest && !found;) {
                sub = regs;
                found = nested(in.x, start, sub, end, pos);
            }
        }
        if (found && !negate)
            adopt(regs, sub, stack);
        return found != negate;
    }

    bool atomic(Inst const& in, size_t& pos, std::vector<size_t>& regs, std::vector<Entry>& stack)
    {
        std::vector<size_t> sub = regs;
        size_t end = 0;
        if (!nested(in.x, pos, sub, end, Span::NOT_SET))
            return false;
        adopt(regs, sub, stack);
        pos = end;
        return true;
    }

    // A nested run (lookaround, atomic group) from the current machine state.
    bool nested(int32_t pc, size_t pos, std::vector<size_t>& regs, size_t& end, size_t need_end)
    {
        ++m_depth;
        bool ok = run(pc, pos, regs, end, need_end, Span::NOT_SET);
        --m_depth;
        return ok;
    }

    Program const& m_p;
    std::u16string_view m_s;
    std::vector<Entry> m_stack;
    int m_depth = 0;
};

} // namespace

Result<Regex> Regex::compile(std::u16string_view pattern, Flags flags)
{
    auto prog = std::make_shared<Program>();
    Parser parser(pattern, flags, prog->classes, prog->names);
    NodePtr tree = TRY(parser.parse());
    prog->groups = prog->names.size();
    prog->registers = 2 * prog->groups;
    Compiler c(*prog);
    TRY(c.compile(*tree));
    prog->code.push_back(Inst { Op::Match });
    prog->first_char = leading_char(*tree);
    prog->anchored = anchored_at_start(*tree);
    Regex r;
    r.m_prog = std::move(prog);
    return r;
}

size_t Regex::group_count() const { return m_prog->groups; }

std::vector<std::u16string> const& Regex::group_names() const { return m_prog->names; }

bool Regex::search(std::u16string_view subject, size_t from, bool not_empty, Match& out) const
{
    Program const& p = *m_prog;
    Machine m(p, subject);
    std::vector<size_t> regs(p.registers);
    for (size_t start = from; start <= subject.size(); ++start) {
        if (p.anchored && start > 0)
            return false;
        if (p.first_char) {
            size_t at = subject.find(*p.first_char, start);
            if (at == std::u16string_view::npos)
                return false;
            start = at;
        }
        std::fill(regs.begin(), regs.end(), Span::NOT_SET);
        size_t end = 0;
        if (!m.run(0, start, regs, end, Span::NOT_SET, not_empty ? start : Span::NOT_SET))
            continue;
        out.start = start;
        out.end = end;
        out.groups.assign(p.groups, Span {});
        for (size_t g = 0; g < p.groups; ++g) {
            size_t a = regs[2 * g], b = regs[2 * g + 1];
            if (a != Span::NOT_SET && b != Span::NOT_SET && b >= a)
                out.groups[g] = Span { a, b };
        }
        return true;
    }
    return false;
}

} // namespace runmat::runtime::regex
