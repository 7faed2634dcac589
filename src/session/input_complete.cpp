// Session::input_is_complete: a light scan (not a parse) that tells a REPL whether typed input
// still has an open block, bracket, block comment or `...` continuation.
#include "session/session.hpp"
#include <cctype>
#include <string_view>

namespace runmat::session {

namespace {

bool is_ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

bool opens_block(std::string_view w)
{
    return w == "if" || w == "for" || w == "while" || w == "switch" || w == "try" || w == "function" || w == "parfor";
}

} // namespace

bool Session::input_is_complete(std::string const& src)
{
    int blocks = 0;       // open if/for/while/switch/try/function
    int brackets = 0;     // open ( [ {
    bool continued = false;
    int block_comment = 0;
    size_t i = 0, n = src.size();
    bool line_start = true;
    char prev = '\n';     // last significant character, for quote disambiguation
    while (i < n) {
        char c = src[i];
        if (line_start) {
            // %{ and %} must be alone on their line.
            size_t j = i;
            while (j < n && (src[j] == ' ' || src[j] == '\t'))
                ++j;
            auto rest_blank = [&](size_t k) {
                while (k < n && src[k] != '\n') {
                    if (src[k] != ' ' && src[k] != '\t' && src[k] != '\r')
                        return false;
                    ++k;
                }
                return true;
            };
            if (j + 1 < n && src[j] == '%' && src[j + 1] == '{' && rest_blank(j + 2)) {
                ++block_comment;
                i = src.find('\n', j);
                if (i == std::string::npos)
                    break;
                continue;
            }
            if (block_comment && j + 1 < n && src[j] == '%' && src[j + 1] == '}' && rest_blank(j + 2)) {
                --block_comment;
                i = src.find('\n', j);
                if (i == std::string::npos)
                    break;
                continue;
            }
            line_start = false;
        }
        if (block_comment) {
            i = src.find('\n', i);
            if (i == std::string::npos)
                break;
            continue;
        }
        if (c == '\n') {
            line_start = true;
            continued = false;
            prev = '\n';
            ++i;
            continue;
        }
        if (c == '%' || c == '#') {
            i = src.find('\n', i);
            if (i == std::string::npos)
                break;
            continue;
        }
        if (c == '.' && i + 2 < n && src[i + 1] == '.' && src[i + 2] == '.') {
            continued = true;
            i = src.find('\n', i);
            if (i == std::string::npos)
                break;
            line_start = true;
            ++i;
            continue;
        }
        if (c == '"' || (c == '\'' && !(is_ident_char(prev) || prev == ')' || prev == ']' || prev == '}' || prev == '\'' || prev == '.'))) {
            // A string literal: find its end on this line ('' / "" escape).
            size_t j = i + 1;
            bool closed = false;
            while (j < n && src[j] != '\n') {
                if (src[j] == c) {
                    if (j + 1 < n && src[j + 1] == c) {
                        j += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                ++j;
            }
            if (!closed)
                return true; // an unterminated string is a syntax error, not more input
            i = j + 1;
            prev = 'a';
            continue;
        }
        if (c == '(' || c == '[' || c == '{')
            ++brackets;
        else if ((c == ')' || c == ']' || c == '}') && brackets > 0)
            --brackets;
        if (is_ident_char(c) && !is_ident_char(prev) && prev != '.') {
            size_t j = i;
            while (j < n && is_ident_char(src[j]))
                ++j;
            std::string_view w(src.data() + i, j - i);
            if (brackets == 0) {
                if (opens_block(w))
                    ++blocks;
                else if (w == "end" && blocks > 0)
                    --blocks;
            }
            i = j;
            prev = 'a';
            continue;
        }
        if (c != ' ' && c != '\t' && c != '\r')
            prev = c;
        else if (prev != '\n')
            prev = ' ';
        ++i;
    }
    return blocks == 0 && brackets == 0 && !continued && block_comment == 0;
}

} // namespace runmat::session
