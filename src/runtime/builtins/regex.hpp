// A backtracking regular-expression engine with MATLAB's (PCRE-like) syntax, over UTF-16 code
// units: regexp/regexprep/strsplit use it. Supports classes (with [:alpha:]-style POSIX names),
// \w \d \s and negations, anchors ^ $ and the word anchors \< \> (in MATLAB \b is backspace),
// groups, named groups (?<name>...), non-capturing groups, lookahead and lookbehind (variable
// length), atomic groups, greedy/lazy/possessive quantifiers, backreferences \N and \k<name>,
// inline flags (?i) (?-i) (?s) (?m) (?x), comments (?#...). Not supported: conditionals
// (?(cond)...), dynamic expressions (??...) (?@...). Knows nothing of Values.
#pragma once
#include "support/result.hpp"
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace runmat::runtime::regex {

struct Flags {
    bool ignore_case = false;
    bool dot_all = true;      // MATLAB default: '.' matches newline ('dotexceptnewline' clears)
    bool multiline = false;   // 'lineanchors': ^ $ match at line breaks
    bool free_spacing = false; // 'freespacing': blanks and # comments in the pattern ignored
};

// A capture's extent in code units; start == NOT_SET when the group did not participate.
struct Span {
    static constexpr size_t NOT_SET = static_cast<size_t>(-1);
    size_t start = NOT_SET;
    size_t end = NOT_SET;
    bool matched() const { return start != NOT_SET; }
};

struct Match {
    size_t start = 0;
    size_t end = 0;           // one past the last code unit
    std::vector<Span> groups; // groups[k] for capture group k+1
};

struct Program; // compiled form (regex.cpp)

class Regex {
public:
    // Parse and compile; an invalid pattern is an error whose message describes the problem
    // (identifier left for the caller to set).
    static Result<Regex> compile(std::u16string_view pattern, Flags flags);

    size_t group_count() const;
    // Names of the capture groups, in group order ("" for unnamed groups).
    std::vector<std::u16string> const& group_names() const;
    // The first match starting at or after `from`. With `not_empty`, empty matches are
    // rejected (the engine backtracks for a non-empty one), as MATLAB's default 'noemptymatch'.
    bool search(std::u16string_view subject, size_t from, bool not_empty, Match& out) const;

private:
    std::shared_ptr<Program const> m_prog;
};

} // namespace runmat::runtime::regex
