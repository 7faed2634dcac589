// MException values: construction and field access.
#include "runtime/mexception.hpp"
#include <algorithm>

namespace runmat::runtime {

Value make_mexception(RuntimeError e)
{
    return Value::object(make_ref<MException>(std::move(e)));
}

MException const* as_mexception(Value const& v)
{
    if (!v.is_object() || v.obj()->class_id() != ClassId::Object)
        return nullptr;
    return dynamic_cast<MException const*>(v.obj());
}

namespace {

// Rows of text as a char matrix padded with blanks (MATLAB's char({...})).
Value char_rows(std::vector<std::string> const& rows)
{
    if (rows.empty())
        return Value::object(make_ref<CharArray>(Dims(0, 0)));
    size_t width = 0;
    for (auto const& r : rows)
        width = std::max(width, r.size());
    auto a = make_ref<CharArray>(Dims(rows.size(), width), u' ');
    for (size_t i = 0; i < rows.size(); ++i)
        for (size_t j = 0; j < rows[i].size(); ++j)
            a->data()[i + j * rows.size()] = static_cast<unsigned char>(rows[i][j]);
    return make_char(std::move(a));
}

} // namespace

Result<Value> mexception_field(MException const& ex, std::string_view field)
{
    RuntimeError const& e = ex.error;
    if (field == "identifier")
        return Value::char_row(e.identifier);
    if (field == "message")
        return Value::char_row(e.message);
    if (field == "stack") {
        std::vector<std::string> rows;
        for (auto const& s : e.stack)
            rows.push_back(s.name + " (" + s.file + ":" + std::to_string(s.line) + ")");
        return char_rows(rows);
    }
    return make_error("MATLAB:noSuchMethodOrField",
        "Unrecognized method, property, or field '" + std::string(field) + "' for class 'MException'.");
}

} // namespace runmat::runtime
