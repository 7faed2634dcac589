// Struct builtins: struct, fieldnames, isfield, rmfield, setfield, getfield, orderfields,
// isstruct, struct2cell, cell2struct. Cell builtins (cell, iscell) live in cells.cpp.
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/cell_ops.hpp"
#include "runtime/struct.hpp"
#include "runtime/text_util.hpp"
#include <algorithm>
#include <numeric>

namespace runmat::runtime {

namespace {

Value char_value(std::string const& s) { return Value::char_row(s); }

// struct(), struct('a', v, 'b', w, ...): cell values make a struct array of the cells'
// shape (scalar cells broadcast); struct([]) is a 0x0 struct with no fields.
VoidResult struct_builtin(CallContext& cx, Args args, Outs outs)
{
    if (args.empty()) {
        outs[0] = Value::object(new_struct());
        return {};
    }
    if (args.size() == 1) {
        if (args[0].class_id() == ClassId::Struct) {
            outs[0] = args[0];
            return {};
        }
        if (args[0].class_id() == ClassId::Double && args[0].is_empty()) {
            outs[0] = Value::object(new_struct(Dims(0, 0)));
            return {};
        }
    }
    if (args.size() % 2 != 0)
        return cx.error("MATLAB:struct:FieldValuePairs", "Field and value input arguments must come in pairs.");
    Dims shape(1, 1);
    bool sized = false;
    for (size_t i = 1; i < args.size(); i += 2) {
        auto* c = as_cell_array(args[i]);
        if (!c || c->numel() == 1)
            continue;
        if (sized && c->shape() != shape)
            return cx.error("MATLAB:struct:fieldValueDimensions", "Array dimensions of input 4 must match those of input 2 or be scalar.");
        shape = c->shape();
        sized = true;
    }
    auto s = new_struct(Dims(1, 1));
    for (size_t i = 0; i < args.size(); i += 2) {
        auto name = char_text(args[i]);
        if (!name)
            return cx.error("MATLAB:struct:invalidFieldName", "Field names must be non-empty character vectors or strings.");
        if (!is_valid_field_name(*name))
            return cx.error("MATLAB:Cell2Struct:InvalidFieldName", "Invalid field name \"" + *name + "\".");
        s->add_field(*name);
    }
    s->resize(shape);
    for (size_t i = 0; i < args.size(); i += 2) {
        size_t f = *s->field_index(*char_text(args[i]));
        auto* c = as_cell_array(args[i + 1]);
        for (size_t e = 0; e < shape.numel(); ++e)
            s->at(e, f) = c ? (c->numel() == 1 ? c->data()[0] : c->data()[e]) : args[i + 1];
    }
    outs[0] = Value::object(std::move(s));
    return {};
}

Result<StructArray*> struct_arg(CallContext& cx, Value const& v, char const* fn)
{
    auto* s = as_struct(v);
    if (!s)
        return cx.error(std::string("MATLAB:") + fn + ":InvalidInput", std::string("Input must be a structure."));
    return s;
}

VoidResult fieldnames_builtin(CallContext& cx, Args args, Outs outs)
{
    std::vector<Value> names;
    if (auto* s = as_struct(args[0])) {
        for (auto const& n : s->field_names())
            names.push_back(char_value(n));
    } else {
        return cx.error("MATLAB:UndefinedFunction", "Invalid input argument of type '" + std::string(value_class_name(args[0])) + "'. Input must be a structure or a Java or COM object.");
    }
    outs[0] = text::cell_column(std::move(names));
    return {};
}

VoidResult isfield_builtin(CallContext&, Args args, Outs outs)
{
    auto* s = as_struct(args[0]);
    if (auto* c = as_cell_array(args[1])) {
        auto out = make_ref<LogicalArray>(c->shape(), 0);
        for (size_t i = 0; i < c->numel(); ++i) {
            auto n = char_text(c->data()[i]);
            out->data()[i] = s && n && s->field_index(*n);
        }
        outs[0] = make_logical(std::move(out));
        return {};
    }
    auto n = char_text(args[1]);
    outs[0] = Value::logical(s && n && s->field_index(*n));
    return {};
}

VoidResult isstruct_builtin(CallContext&, Args args, Outs outs)
{
    outs[0] = Value::logical(args[0].class_id() == ClassId::Struct);
    return {};
}

VoidResult rmfield_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY(struct_arg(cx, args[0], "rmfield"));
    std::vector<std::string> names;
    if (auto* c = as_cell_array(args[1])) {
        for (size_t i = 0; i < c->numel(); ++i)
            if (auto n = char_text(c->data()[i]))
                names.push_back(*n);
    } else if (auto n = char_text(args[1])) {
        names.push_back(*n);
    }
    Value out = args[0];
    auto* s = static_cast<StructArray*>(out.make_unique());
    for (auto const& n : names) {
        auto f = s->field_index(n);
        if (!f)
            return cx.error("MATLAB:rmfield:InvalidFieldname", "Unrecognized field name \"" + n + "\".");
        s->remove_field(*f);
    }
    outs[0] = std::move(out);
    return {};
}

VoidResult getfield_builtin(CallContext& cx, Args args, Outs outs)
{
    auto n = char_text(args[1]);
    if (!n)
        return cx.error("MATLAB:getfield:InvalidFieldName", "Field names must be character vectors.");
    outs[0] = TRY(field_get(args[0], *n));
    return {};
}

VoidResult setfield_builtin(CallContext& cx, Args args, Outs outs)
{
    auto n = char_text(args[1]);
    if (!n)
        return cx.error("MATLAB:setfield:InvalidFieldName", "Field names must be character vectors.");
    Value out = args[0];
    TRY_VOID(field_set(out, *n, args[2]));
    outs[0] = std::move(out);
    return {};
}

VoidResult orderfields_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY(struct_arg(cx, args[0], "orderfields"));
    Value out = args[0];
    auto* s = static_cast<StructArray*>(out.make_unique());
    std::vector<size_t> order(s->nfields());
    std::iota(order.begin(), order.end(), size_t(0));
    auto const& names = s->field_names();
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return names[a] < names[b]; });
    std::vector<double> perm;
    for (size_t i : order)
        perm.push_back(double(i + 1));
    s->permute_fields(order);
    outs[0] = std::move(out);
    if (outs.size() > 1)
        outs[1] = Value::column_vector(perm);
    return {};
}

// struct2cell(s): nfields x size(s) cell (for a 1x1 struct, an nfields x 1 column).
VoidResult struct2cell_builtin(CallContext& cx, Args args, Outs outs)
{
    StructArray* s = TRY(struct_arg(cx, args[0], "struct2cell"));
    size_t nf = s->nfields(), n = s->numel();
    std::vector<size_t> d { nf };
    for (size_t k = 0; k < s->shape().ndims(); ++k)
        d.push_back(s->shape()[k]);
    if (n == 1)
        d = { nf, 1 };
    auto c = make_ref<CellArray>(Dims(d));
    for (size_t e = 0; e < n; ++e)
        for (size_t f = 0; f < nf; ++f)
            c->data()[e * nf + f] = s->at(e, f);
    outs[0] = Value::object(std::move(c));
    return {};
}

// cell2struct(c, fields, dim): the fields run along dimension dim of c (2-D cells).
VoidResult cell2struct_builtin(CallContext& cx, Args args, Outs outs)
{
    auto* c = as_cell_array(args[0]);
    if (!c)
        return cx.error("MATLAB:cell2struct:ArgumentMustBeCell", "CELL2STRUCT: Argument must be a cell array.");
    std::vector<std::string> names;
    if (auto* fc = as_cell_array(args[1])) {
        for (size_t i = 0; i < fc->numel(); ++i) {
            auto n = char_text(fc->data()[i]);
            if (!n)
                return cx.error("MATLAB:cell2struct:InvalidField", "Field names must be character vectors.");
            names.push_back(*n);
        }
    } else if (auto* ca = args[1].as_char_array()) {
        size_t rows = ca->shape().rows(), cols = ca->shape().cols();
        for (size_t r = 0; r < rows; ++r) {
            std::u16string row;
            for (size_t k = 0; k < cols; ++k)
                row += ca->data()[r + k * rows];
            CharArray tmp(Dims(1, row.size()));
            std::copy(row.begin(), row.end(), tmp.data());
            std::string u = tmp.to_utf8();
            while (!u.empty() && u.back() == ' ')
                u.pop_back();
            names.push_back(u);
        }
    }
    size_t dim = 1;
    if (args.size() > 2) {
        if (!args[2].is_num())
            return cx.error("MATLAB:cell2struct:InvalidDim", "Dimension must be a positive integer.");
        dim = size_t(args[2].num());
    }
    size_t rows = c->shape().rows(), cols = c->shape().cols();
    size_t along = dim == 1 ? rows : cols, other = dim == 1 ? cols : rows;
    if (along != names.size())
        return cx.error("MATLAB:cell2struct:FieldsAndCellDimsMismatch", "Number of field names must match number of fields in new structure.");
    auto s = new_struct(Dims(1, 1));
    for (auto const& n : names)
        s->add_field(n);
    s->resize(Dims(other, 1));
    for (size_t e = 0; e < other; ++e)
        for (size_t f = 0; f < names.size(); ++f)
            s->at(e, f) = dim == 1 ? c->data()[f + e * rows] : c->data()[e + f * rows];
    outs[0] = Value::object(std::move(s));
    return {};
}

} // namespace

void register_struct_builtins(BuiltinTable& t)
{
    t.add({ .name = "struct", .fn = struct_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    t.add({ .name = "fieldnames", .fn = fieldnames_builtin, .min_in = 1, .max_in = 2, .max_out = 1 });
    t.add({ .name = "isfield", .fn = isfield_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    t.add({ .name = "isstruct", .fn = isstruct_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "rmfield", .fn = rmfield_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    t.add({ .name = "getfield", .fn = getfield_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    t.add({ .name = "setfield", .fn = setfield_builtin, .min_in = 3, .max_in = 3, .max_out = 1 });
    t.add({ .name = "orderfields", .fn = orderfields_builtin, .min_in = 1, .max_in = 1, .max_out = 2 });
    t.add({ .name = "struct2cell", .fn = struct2cell_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "cell2struct", .fn = cell2struct_builtin, .min_in = 2, .max_in = 3, .max_out = 1 });
}

} // namespace runmat::runtime
