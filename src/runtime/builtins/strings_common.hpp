// Shared pieces of the text builtins (strings*.cpp): reading char/cellstr arguments as lists
// of UTF-16 views, building results of the input's kind, name-value options, MATLAB escape
// sequences. Private to runtime/builtins; the VM never sees it.
#pragma once
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/text_util.hpp"
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace runmat::runtime::strings {

using text::TextKind;

// A text argument seen as a list of items: a char array is one item (all its elements), a
// cellstr one item per cell element. Views point into the argument: keep it alive.
struct TextList {
    TextKind kind = TextKind::Other;
    Dims dims;                              // the cell's shape; 1x1 for a char array
    std::vector<std::u16string_view> items; // column-major
    bool is_cell() const { return kind == TextKind::CellStr; }
};

inline TextList text_list(Value const& v)
{
    TextList t;
    t.kind = text::text_kind(v);
    if (t.kind == TextKind::Char) {
        t.dims = Dims(1, 1);
        t.items.push_back(text::char_view(v));
    } else if (t.kind == TextKind::CellStr) {
        auto* c = text::as_cell(v);
        t.dims = c->shape();
        t.items.reserve(c->numel());
        for (size_t i = 0; i < c->numel(); ++i)
            t.items.push_back(text::char_view(c->data()[i]));
    }
    return t;
}

// The error for a string-class argument until the string class exists.
inline RuntimeError string_unsupported(CallContext const& cx)
{
    return cx.error("RunMat:" + std::string(cx.name) + ":stringNotSupported",
        "String arrays are not supported yet in " + std::string(cx.name) + ".");
}

// Read a char/cellstr argument; anything else is `bad` (a string is string_unsupported).
inline Result<TextList> require_text(CallContext const& cx, Value const& v, RuntimeError (*bad)(CallContext const&))
{
    TextList t = text_list(v);
    if (t.kind == TextKind::String)
        return string_unsupported(cx);
    if (t.kind == TextKind::Other)
        return bad(cx);
    return t;
}

// A result shaped like `like`: a char row for a char input, a cell of char rows otherwise.
inline Value text_result(TextList const& like, std::vector<std::u16string>&& items,
    text::EmptyShape empty = text::EmptyShape::ZeroByZero)
{
    if (!like.is_cell())
        return text::char_row(items.empty() ? std::u16string_view() : std::u16string_view(items[0]), empty);
    std::vector<Value> out;
    out.reserve(items.size());
    for (auto const& s : items)
        out.push_back(text::char_row(s, empty));
    return text::cell_from(like.dims, std::move(out));
}

// A logical array of the cell's shape (or a scalar for a char input).
inline Value logical_result(TextList const& like, std::vector<uint8_t> const& bits)
{
    if (!like.is_cell())
        return Value::logical(!bits.empty() && bits[0]);
    auto a = new_logical(like.dims);
    for (size_t i = 0; i < bits.size(); ++i)
        a->data()[i] = bits[i];
    return make_logical(std::move(a));
}

// ASCII case-insensitive equality of a char argument with an option name.
inline bool option_is(Value const& v, std::string_view name)
{
    if (!text::is_char_vector(v))
        return false;
    std::u16string_view s = text::char_view(v);
    if (s.size() != name.size())
        return false;
    for (size_t i = 0; i < s.size(); ++i)
        if (text::to_lower(s[i]) != text::to_lower(static_cast<char16_t>(name[i])))
            return false;
    return true;
}

// A logical-like scalar (true/false, 0/1) for a name-value option.
inline Result<bool> bool_option(CallContext const& cx, Value const& v, std::string_view name)
{
    if (v.is_bool())
        return v.boolean();
    if (v.is_num() && (v.num() == 0 || v.num() == 1))
        return v.num() != 0;
    NumericView nv(v);
    if (nv.valid() && nv.numel() == 1 && v.class_id() != ClassId::Char && (nv[0] == 0 || nv[0] == 1))
        return nv[0] != 0;
    return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidParameterValue",
        "Value of '" + std::string(name) + "' must be a logical scalar (true or false).");
}

// MATLAB's strescape (strjoin/strsplit delimiters): \\ \0 \a \b \f \n \r \t \v become the
// characters they name; an unknown escape keeps the character after the backslash; a trailing
// lone backslash stays.
inline std::u16string escape_sequences(std::u16string_view s)
{
    std::u16string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != u'\\' || i + 1 >= s.size()) {
            out.push_back(s[i]);
            continue;
        }
        char16_t c = s[++i];
        switch (c) {
        case u'0': out.push_back(0); break;
        case u'a': out.push_back(7); break;
        case u'b': out.push_back(8); break;
        case u'f': out.push_back(12); break;
        case u'n': out.push_back(10); break;
        case u'r': out.push_back(13); break;
        case u't': out.push_back(9); break;
        case u'v': out.push_back(11); break;
        default: out.push_back(c); break;
        }
    }
    return out;
}

// A non-negative integer scalar argument (strncmp's n, blanks' n), or nullopt.
inline std::optional<size_t> count_arg(Value const& v)
{
    NumericView nv(v);
    if (!nv.valid() || nv.numel() != 1 || v.class_id() == ClassId::Char)
        return std::nullopt;
    double d = nv[0];
    if (!(d >= 0) || d != static_cast<double>(static_cast<size_t>(d)))
        return std::nullopt;
    return static_cast<size_t>(d);
}

// Per-file registration (all called from register_string_builtins in strings.cpp).
void register_string_search_builtins(BuiltinTable&); // strcmp* strfind strrep contains startsWith endsWith replace
void register_string_split_builtins(BuiltinTable&);  // strcat strvcat strsplit strjoin split join
void register_regexp_builtins(BuiltinTable&);        // regexp regexpi regexprep

} // namespace runmat::runtime::strings
