// Container indexing and concatenation for cells and structs. Positions are computed by
// running the dense-array indexing code (indexing.cpp) on an array of element labels, so
// cells and structs get exactly the subscript rules, growth and error messages of numeric
// arrays; the scalar-subscript cases every loop hits are handled directly, in place.
#include "runtime/cell_ops.hpp"
#include "runtime/indexing.hpp"
#include "runtime/mexception.hpp"
#include "runtime/string_array.hpp"
#include <cmath>
#include <limits>

namespace runmat::runtime {

namespace {

constexpr uint32_t FILL = std::numeric_limits<uint32_t>::max();

// Where an output element comes from: element `elem` of source `src`, or a fresh [] (FILL).
struct Pick {
    uint32_t src = FILL;
    size_t elem = 0;
};

RuntimeError conversion_error(ClassId to, ClassId from)
{
    return make_error("MATLAB:invalidConversion", "Conversion to " + std::string(class_name(to)) + " from "
            + std::string(class_name(from)) + " is not possible.");
}

bool is_null(Value const& v)
{
    auto* d = v.as_double_array();
    return d && d->shape().is_matrix() && d->shape().rows() == 0 && d->shape().cols() == 0;
}

// 1..n as a double array of shape d: indexing it yields positions.
Value labels(Dims d, double first = 1)
{
    auto a = make_ref<DoubleArray>(d);
    double* p = a->data();
    for (size_t i = 0, n = a->numel(); i < n; ++i)
        p[i] = first + double(i);
    return Value::object(std::move(a));
}

// The label values of an indexing result (a double scalar or array).
void read_labels(Value const& v, std::vector<double>& out)
{
    if (v.is_num()) {
        out.assign(1, v.num());
        return;
    }
    auto* a = v.as_double_array();
    out.assign(a->data(), a->data() + a->numel());
}

// A scalar subscript as a 0-based position, when it is a plain positive integer.
bool scalar_position(Value const& v, size_t& out)
{
    double d;
    if (v.is_num())
        d = v.num();
    else if (auto* a = v.as_double_array(); a && a->numel() == 1 && !a->is_complex())
        d = a->data()[0];
    else
        return false;
    if (!(d >= 1) || d != std::floor(d) || d > 9e15)
        return false;
    out = size_t(d) - 1;
    return true;
}

// Build a container of class `cls` and shape d from picks over `srcs` (all of class cls).
// Struct sources may have different field sets: the result has their union, in order of
// first appearance.
Value assemble(ClassId cls, Dims d, std::vector<Pick> const& picks, std::vector<Value const*> const& srcs)
{
    if (cls == ClassId::Cell) {
        auto out = make_ref<CellArray>(d);
        for (size_t i = 0; i < picks.size(); ++i) {
            Pick p = picks[i];
            out->data()[i] = p.src == FILL ? Value::empty() : static_cast<CellArray const*>(srcs[p.src]->obj())->data()[p.elem];
        }
        return Value::object(std::move(out));
    }
    auto out = make_ref<StructArray>(Dims(1, 1));
    std::vector<std::vector<size_t>> maps(srcs.size());
    for (size_t s = 0; s < srcs.size(); ++s) {
        auto* st = static_cast<StructArray const*>(srcs[s]->obj());
        for (auto const& name : st->field_names())
            maps[s].push_back(out->add_field(name));
    }
    out->resize(d);
    for (size_t i = 0; i < picks.size(); ++i) {
        Pick p = picks[i];
        if (p.src == FILL)
            continue;
        auto* st = static_cast<StructArray const*>(srcs[p.src]->obj());
        for (size_t f = 0; f < st->nfields(); ++f)
            out->at(i, maps[p.src][f]) = st->at(p.elem, f);
    }
    return Value::object(std::move(out));
}

// The class an assignment into `base` from `rhs` produces, or the conversion error.
Result<ClassId> container_target(Value const& base, Value const& rhs)
{
    ClassId r = rhs.class_id();
    bool base_blank = !base.is_defined() || is_null(base);
    if (base_blank) {
        if (!is_container_class(r))
            return conversion_error(ClassId::Double, r);
        return r;
    }
    ClassId b = base.class_id();
    if (b == ClassId::Struct && r == ClassId::Struct)
        return b;
    if (b == ClassId::Cell && r == ClassId::Cell)
        return b;
    if (b == ClassId::Struct && is_null(rhs))
        return b;
    return conversion_error(b, r);
}

// Append one element to a uniquely owned row (or empty) cell in place: c(end+1) = {v},
// c{end+1} = v. False when the shape does not allow it.
bool append_in_place(CellArray& c, size_t pos, Value const& v)
{
    Dims const& s = c.shape();
    size_t n = c.numel();
    if (pos != n || !s.is_matrix())
        return false;
    if (n == 0)
        c.resize(Dims(1, 1));
    else if (s.rows() == 1)
        c.resize(Dims(1, n + 1));
    else if (s.cols() == 1)
        c.resize(Dims(n + 1, 1));
    else
        return false;
    c.data()[n] = v;
    return true;
}

} // namespace

CsList* as_cs_list(Value const& v)
{
    return v.is_object() && v.obj()->class_id() == ClassId::Object ? dynamic_cast<CsList*>(v.obj()) : nullptr;
}

RuntimeError empty_cs_list_error()
{
    return make_error("MATLAB:needMoreRhsOutputs",
        "Insufficient number of outputs from right hand side of equal sign to satisfy assignment.");
}

Result<Value> container_index_get(Value const& base, std::span<Value const> idx)
{
    if (idx.empty())
        return base;
    ClassId cls = base.class_id();
    size_t pos;
    if (idx.size() == 1 && scalar_position(idx[0], pos) && pos < base.numel()) {
        std::vector<Pick> picks { Pick { 0, pos } };
        std::vector<Value const*> srcs { &base };
        return assemble(cls, Dims(1, 1), picks, srcs);
    }
    Value sel = TRY(index_get(labels(base.dims()), idx));
    std::vector<double> lab;
    read_labels(sel, lab);
    std::vector<Pick> picks(lab.size());
    for (size_t i = 0; i < lab.size(); ++i)
        picks[i] = Pick { 0, size_t(lab[i]) - 1 };
    std::vector<Value const*> srcs { &base };
    return assemble(cls, sel.dims(), picks, srcs);
}

VoidResult container_index_assign(Value& base, std::span<Value const> idx, Value const& rhs)
{
    ClassId cls = TRY(container_target(base, rhs));
    if (is_null(rhs) && cls == ClassId::Struct)
        return container_index_delete(base, idx);
    bool blank = !base.is_defined() || is_null(base);
    size_t pos;
    if (!blank && cls == ClassId::Cell && idx.size() == 1 && rhs.numel() == 1 && scalar_position(idx[0], pos)) {
        Value const& v = static_cast<CellArray const*>(rhs.obj())->data()[0];
        Value hold = v; // rhs may share storage with base
        auto* c = static_cast<CellArray*>(base.make_unique());
        if (pos < c->numel()) {
            c->data()[pos] = std::move(hold);
            return {};
        }
        if (append_in_place(*c, pos, hold))
            return {};
    }
    size_t n = blank ? 0 : base.numel();
    Value lab = blank ? Value() : labels(base.dims());
    Value rlab = labels(rhs.dims(), double(n) + 1);
    TRY_VOID(index_assign(lab, idx, rlab));
    std::vector<double> out;
    read_labels(lab, out);
    std::vector<Pick> picks(out.size());
    for (size_t i = 0; i < out.size(); ++i) {
        size_t l = size_t(out[i]);
        if (l == 0)
            picks[i] = Pick {};
        else if (l <= n)
            picks[i] = Pick { 0, l - 1 };
        else
            picks[i] = Pick { 1, l - 1 - n };
    }
    Value empty_src = Value::object(cls == ClassId::Cell ? Ref<HeapObject>(make_ref<CellArray>(Dims(0, 0))) : Ref<HeapObject>(make_ref<StructArray>(Dims(0, 0))));
    std::vector<Value const*> srcs { blank ? &empty_src : &base, &rhs };
    base = assemble(cls, lab.dims(), picks, srcs);
    return {};
}

VoidResult container_index_delete(Value& base, std::span<Value const> idx)
{
    Value lab = labels(base.dims());
    TRY_VOID(index_delete(lab, idx));
    std::vector<double> out;
    read_labels(lab, out);
    if (out.size() == base.numel() && lab.dims() == base.dims())
        return {};
    std::vector<Pick> picks(out.size());
    for (size_t i = 0; i < out.size(); ++i)
        picks[i] = Pick { 0, size_t(out[i]) - 1 };
    std::vector<Value const*> srcs { &base };
    base = assemble(base.class_id(), lab.dims(), picks, srcs);
    return {};
}

Result<Value> container_cat(size_t dim, std::span<Value const> parts)
{
    ClassId cls = ClassId::Cell;
    for (Value const& p : parts)
        if (p.class_id() == ClassId::Struct)
            cls = ClassId::Struct;
    // Wrap non-cell parts in 1x1 cells ([{1}, 2] is {1, 2}); [] parts are skipped.
    std::vector<Value> wrapped;
    wrapped.reserve(parts.size());
    for (Value const& p : parts) {
        if (is_null(p))
            continue;
        if (p.class_id() == cls) {
            wrapped.push_back(p);
            continue;
        }
        if (cls == ClassId::Struct || p.class_id() == ClassId::Struct)
            return conversion_error(cls, p.class_id());
        auto c = make_ref<CellArray>(Dims(1, 1));
        c->data()[0] = p;
        wrapped.push_back(Value::object(std::move(c)));
    }
    // Empty containers (0x0) are skipped like [].
    std::vector<Value const*> used;
    for (Value const& w : wrapped) {
        Dims d = w.dims();
        if (!(d.ndims() == 2 && d.rows() == 0 && d.cols() == 0))
            used.push_back(&w);
    }
    if (used.empty())
        return wrapped.empty() ? Value::object(make_ref<CellArray>(Dims(0, 0))) : wrapped[0];
    size_t k = dim - 1;
    std::vector<size_t> od = used[0]->dims().to_vector();
    if (od.size() <= k)
        od.resize(k + 1, 1);
    size_t total = 0;
    for (Value const* u : used) {
        std::vector<size_t> d = u->dims().to_vector();
        d.resize(std::max(d.size(), od.size()), 1);
        for (size_t j = 0; j < d.size(); ++j)
            if (j != k && (j >= od.size() ? 1 : od[j]) != d[j])
                return make_error("MATLAB:catenate:dimensionMismatch", "Dimensions of arrays being concatenated are not consistent.");
        total += d[k];
    }
    od[k] = total;
    Dims out_dims(od);
    size_t outer = 1;
    for (size_t j = k + 1; j < od.size(); ++j)
        outer *= od[j];
    std::vector<Pick> picks;
    picks.reserve(out_dims.numel());
    for (size_t o = 0; o < outer; ++o) {
        for (uint32_t s = 0; s < used.size(); ++s) {
            size_t chunk = used[s]->numel() / outer;
            for (size_t e = 0; e < chunk; ++e)
                picks.push_back(Pick { s, o * chunk + e });
        }
    }
    return assemble(cls, out_dims, picks, used);
}

Result<std::vector<Value>> brace_get(Value const& base, std::span<Value const> idx)
{
    if (base.class_id() == ClassId::String)
        return string_brace_get(base, idx); // s{i}: the element as a char row
    auto* c = as_cell_array(base);
    if (!c)
        return make_error("MATLAB:cellRefFromNonCell", "Brace indexing is not supported for variables of this type.");
    size_t pos;
    if (idx.size() == 1 && scalar_position(idx[0], pos) && pos < c->numel())
        return std::vector<Value> { c->data()[pos] };
    if (idx.empty())
        return make_error("MATLAB:index:lhsNoSubscript", "Brace indexing requires at least one subscript.");
    Value sel = TRY(index_get(labels(base.dims()), idx));
    std::vector<double> lab;
    read_labels(sel, lab);
    std::vector<Value> out(lab.size());
    for (size_t i = 0; i < lab.size(); ++i)
        out[i] = c->data()[size_t(lab[i]) - 1];
    return out;
}

VoidResult brace_set(Value& base, std::span<Value const> idx, Value const& rhs)
{
    if (base.class_id() == ClassId::String)
        return string_brace_set(base, idx, rhs);
    if (base.is_defined() && !is_null(base) && base.class_id() != ClassId::Cell)
        return make_error("MATLAB:cellAssToNonCell", "Unable to perform assignment because brace indexing is not supported for variables of this type.");
    if (idx.empty())
        return make_error("MATLAB:index:lhsNoSubscript", "An indexing expression on the left side of an assignment must have at least one subscript.");
    size_t pos;
    if (base.is_defined() && !is_null(base) && idx.size() == 1 && scalar_position(idx[0], pos)) {
        Value hold = rhs;
        auto* c = static_cast<CellArray*>(base.make_unique());
        if (pos < c->numel()) {
            c->data()[pos] = std::move(hold);
            return {};
        }
        if (append_in_place(*c, pos, hold))
            return {};
    }
    // One element must be selected: every subscript a scalar (or a colon over extent 1).
    for (Value const& a : idx) {
        bool colon = a.as_char_array() && a.numel() == 1 && a.as_char_array()->data()[0] == u':';
        if (!colon && a.numel() != 1 && a.class_id() != ClassId::Logical)
            return make_error("MATLAB:index:expected_one_output_from_expression",
                "Expected one output from a curly brace or dot indexing expression, but there were " + std::to_string(a.numel()) + " results.");
    }
    auto wrap = make_ref<CellArray>(Dims(1, 1));
    wrap->data()[0] = rhs;
    Value w = Value::object(std::move(wrap));
    if (!base.is_defined() || is_null(base))
        base = Value();
    return container_index_assign(base, idx, w);
}

Result<std::vector<Value>> field_get_list(Value const& base, std::string_view name)
{
    if (auto const* ex = as_mexception(base))
        return std::vector<Value> { TRY(mexception_field(*ex, name)) };
    if (Object const* o = as_object(base)) // a class's properties (m.Count)
        if (auto r = o->get_property(base, name))
            return std::vector<Value> { TRY(std::move(*r)) };
    auto* s = as_struct(base);
    if (!s)
        return make_error("MATLAB:structRefFromNonStruct", "Dot indexing is not supported for variables of this type.");
    auto f = s->field_index(name);
    if (!f)
        return make_error("MATLAB:nonExistentField", "Unrecognized field name \"" + std::string(name) + "\".");
    std::vector<Value> out(s->numel());
    for (size_t e = 0; e < out.size(); ++e)
        out[e] = s->at(e, *f);
    return out;
}

Result<Value> field_get(Value const& base, std::string_view name)
{
    if (auto* s = as_struct(base); s && s->numel() == 1) {
        auto f = s->field_index(name);
        if (f)
            return s->at(0, *f);
    }
    std::vector<Value> list = TRY(field_get_list(base, name));
    if (list.empty())
        return empty_cs_list_error();
    return std::move(list[0]);
}

VoidResult field_set(Value& base, std::string_view name, Value const& rhs)
{
    if (Object* o = as_object(base))
        if (auto r = o->set_property(name, rhs))
            return std::move(*r);
    if (!base.is_defined() || is_null(base))
        base = Value::object(new_struct());
    auto* s = as_struct(base);
    if (!s)
        return make_error("MATLAB:structAssToNonStruct", "Unable to perform assignment because dot indexing is not supported for variables of this type.");
    if (s->numel() != 1) {
        if (s->numel() != 0)
            return make_error("MATLAB:index:scalarStructRequired", "Scalar structure required for this assignment.");
    }
    Value hold = rhs;
    s = static_cast<StructArray*>(base.make_unique());
    if (s->numel() == 0)
        s->resize(Dims(1, 1));
    size_t f = s->add_field(name);
    s->at(0, f) = std::move(hold);
    return {};
}

} // namespace runmat::runtime
