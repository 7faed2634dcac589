// Text helpers for builtins: char arrays as UTF-16 views, char rows and cellstr construction,
// classifying text arguments (char, cellstr, later string), and the character classes MATLAB's
// isspace/isletter/upper/lower use. Header-only; knows nothing of the VM.
#pragma once
#include "runtime/value.hpp"
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace runmat::runtime::text {

// ---------------------------------------------------------------------------------------------
// Reading and building char arrays

// All elements of a char array, column-major, without copying. Requires v to be char.
inline std::u16string_view char_view(Value const& v)
{
    auto* c = v.as_char_array();
    return c ? std::u16string_view(c->data(), c->numel()) : std::u16string_view();
}

// A char row vector or an empty char array of any 2-d shape ('' and 1x0 included): what MATLAB
// calls a "character vector" in argument checks.
inline bool is_char_vector(Value const& v)
{
    auto* c = v.as_char_array();
    if (!c)
        return false;
    Dims const& d = c->shape();
    return d.is_row() || (d.is_matrix() && d.numel() == 0);
}

// MATLAB distinguishes '' (0x0) from the 1x0 char that e.g. 'abc'(1:0) or strtrim('  ') give;
// both print as empty. Builders take the shape wanted for an empty result explicitly.
enum class EmptyShape : uint8_t { ZeroByZero, OneByZero };

// A 1xN char row from UTF-16 code units (empty: 0x0 or 1x0 as asked).
inline Value char_row(std::u16string_view s, EmptyShape empty = EmptyShape::ZeroByZero)
{
    Dims d = s.empty() ? (empty == EmptyShape::ZeroByZero ? Dims(0, 0) : Dims(1, 0)) : Dims(1, s.size());
    auto a = make_ref<CharArray>(d);
    if (!s.empty())
        std::memcpy(a->data(), s.data(), s.size() * sizeof(char16_t));
    return Value::object(std::move(a));
}

// A char row from ASCII/Latin-1 bytes (each byte one code unit: no UTF-8 decoding).
inline Value char_row_latin1(std::string_view s, EmptyShape empty = EmptyShape::ZeroByZero)
{
    Dims d = s.empty() ? (empty == EmptyShape::ZeroByZero ? Dims(0, 0) : Dims(1, 0)) : Dims(1, s.size());
    auto a = make_ref<CharArray>(d);
    char16_t* p = a->data();
    for (size_t i = 0; i < s.size(); ++i)
        p[i] = static_cast<unsigned char>(s[i]);
    return Value::object(std::move(a));
}

// UTF-16 code units <-> UTF-8 (surrogate pairs combined; lone surrogates encoded as is).
inline std::string to_utf8(std::u16string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        uint32_t c = s[i];
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
            continue;
        }
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00u);
            ++i;
        }
        if (c < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        } else if (c < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (c >> 12)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (c >> 18)));
            out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        }
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
    return out;
}

inline std::u16string from_utf8(std::string_view s)
{
    std::u16string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        uint32_t cp = c;
        size_t len = 1;
        if (c >= 0xC0 && c < 0xE0 && i + 1 < s.size()) { cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3F); len = 2; }
        else if (c >= 0xE0 && c < 0xF0 && i + 2 < s.size()) { cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3F); len = 3; }
        else if (c >= 0xF0 && c < 0xF8 && i + 3 < s.size()) { cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3F); len = 4; }
        i += len;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
            out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
        } else {
            out.push_back(static_cast<char16_t>(cp));
        }
    }
    return out;
}

// Row r of a 2-d char matrix (copied: rows are strided in column-major storage).
inline std::u16string char_matrix_row(CharArray const& c, size_t r)
{
    size_t rows = c.shape().rows(), cols = c.numel() / (rows ? rows : 1);
    std::u16string out(cols, u' ');
    for (size_t j = 0; j < cols; ++j)
        out[j] = c.data()[r + j * rows];
    return out;
}

// A rows x width char matrix from rows of possibly different lengths, padded with blanks
// (MATLAB's char(...) / strvcat layout). Zero rows give 0x0.
inline Value char_matrix(std::vector<std::u16string> const& rows)
{
    size_t width = 0;
    for (auto const& r : rows)
        width = std::max(width, r.size());
    if (rows.empty())
        return char_row(u"");
    auto a = make_ref<CharArray>(Dims(rows.size(), width));
    char16_t* p = a->data();
    size_t n = rows.size();
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < width; ++j)
            p[i + j * n] = j < rows[i].size() ? rows[i][j] : u' ';
    return Value::object(std::move(a));
}

// ---------------------------------------------------------------------------------------------
// Cells

// A cell array whose elements are all set to [] (CellArray leaves them undefined).
inline Ref<CellArray> new_cell(Dims d)
{
    auto c = make_ref<CellArray>(d);
    Value* p = c->data();
    Value const empty = Value::empty(); // one shared [] (copy-on-write), not one per element
    for (size_t i = 0, n = c->numel(); i < n; ++i)
        p[i] = empty;
    return c;
}

// A cell of the given shape taking ownership of `elems` (elems.size() == d.numel()).
inline Value cell_from(Dims d, std::vector<Value>&& elems)
{
    auto c = make_ref<CellArray>(d);
    Value* p = c->data();
    for (size_t i = 0; i < elems.size(); ++i)
        p[i] = std::move(elems[i]);
    return Value::object(std::move(c));
}
inline Value cell_row(std::vector<Value>&& elems) { Dims d(1, elems.size()); return cell_from(d, std::move(elems)); }
inline Value cell_column(std::vector<Value>&& elems) { Dims d(elems.size(), 1); return cell_from(d, std::move(elems)); }

// True for a cell array every element of which is a char array (MATLAB's iscellstr; {} too).
inline bool is_cellstr(Value const& v)
{
    if (v.class_id() != ClassId::Cell)
        return false;
    auto* c = static_cast<CellArray const*>(v.obj());
    for (size_t i = 0, n = c->numel(); i < n; ++i)
        if (c->data()[i].class_id() != ClassId::Char || !c->data()[i].is_defined())
            return false;
    return true;
}

inline CellArray const* as_cell(Value const& v)
{
    return v.class_id() == ClassId::Cell && v.is_object() ? static_cast<CellArray const*>(v.obj()) : nullptr;
}

// ---------------------------------------------------------------------------------------------
// Classifying text arguments. Builtins switch on this; String is listed so that the string
// class slots in later (today it only yields a "not supported yet" error).
enum class TextKind : uint8_t { Char, CellStr, String, Other };

inline TextKind text_kind(Value const& v)
{
    switch (v.class_id()) {
    case ClassId::Char: return TextKind::Char;
    case ClassId::String: return TextKind::String;
    case ClassId::Cell: return is_cellstr(v) ? TextKind::CellStr : TextKind::Other;
    default: return TextKind::Other;
    }
}

// ---------------------------------------------------------------------------------------------
// Character classes. MATLAB's isspace is Unicode White_Space; "significant" whitespace
// (NEL, NO-BREAK SPACE, FIGURE SPACE, NARROW NO-BREAK SPACE) is kept by strtrim/deblank.

inline bool is_space(char16_t c)
{
    if (c < 0x80)
        return c == u' ' || (c >= 9 && c <= 13);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
        || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

inline bool is_significant_space(char16_t c) { return c == 0x85 || c == 0xA0 || c == 0x2007 || c == 0x202F; }

// Whitespace strtrim and deblank remove: isspace minus significant whitespace, plus NUL.
inline bool is_trimmable(char16_t c) { return c == 0 || (is_space(c) && !is_significant_space(c)); }

inline bool is_digit(char16_t c) { return c >= u'0' && c <= u'9'; }

// Letters: ASCII, Latin-1, Latin Extended, Greek, Cyrillic, Hebrew, Arabic, kana, CJK and
// Hangul syllables. An approximation of Unicode's Alphabetic property beyond those blocks.
inline bool is_alpha(char16_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
    if (c < 0x100)
        return c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
    return (c >= 0x100 && c <= 0x24F) || (c >= 0x370 && c <= 0x3FF && c != 0x37E && c != 0x387)
        || (c >= 0x400 && c <= 0x52F) || (c >= 0x5D0 && c <= 0x5EA) || (c >= 0x620 && c <= 0x64A)
        || (c >= 0x3041 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3);
}

// Case mapping for char arrays: MATLAB's upper/lower map only ASCII and Latin-1 on char data.
inline bool is_upper(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}
inline bool is_lower(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) || c == 0xB5 || c == 0xAA || c == 0xBA;
}
inline char16_t to_upper(char16_t c)
{
    if (c >= u'a' && c <= u'z')
        return static_cast<char16_t>(c - 32);
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7)
        return static_cast<char16_t>(c - 32);
    return c;
}
inline char16_t to_lower(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return static_cast<char16_t>(c + 32);
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return static_cast<char16_t>(c + 32);
    return c;
}

// Case-insensitive comparison of two code-unit ranges of equal length.
inline bool equal_ignore_case(char16_t const* a, char16_t const* b, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        if (a[i] != b[i] && to_lower(a[i]) != to_lower(b[i]))
            return false;
    return true;
}

} // namespace runmat::runtime::text
