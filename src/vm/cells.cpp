// The cell, struct and cs-list ops: brace indexing with any number of outputs, field access
// and assignment, the lenient reads inside assignment targets (s(2).x = 1 grows s), and calls,
// indexing and concatenation whose arguments include cs-lists (f(c{:}), [s.x], {c{:}}).
// Semantics live in runtime/cell_ops.*; these functions read registers and raise errors.
#include "runtime/cell_ops.hpp"
#include "runtime/concat.hpp"
#include "runtime/indexing.hpp"
#include "vm/vm.hpp"

namespace runmat::vm {

using namespace bytecode;
using runtime::Value;

namespace {

void clear_regs(Value* r, uint32_t n)
{
    for (uint32_t i = 0; i < n; ++i)
        r[i] = Value();
}

Value marker(std::vector<Value>&& list)
{
    auto m = runtime::make_ref<runtime::CsList>();
    m->values = std::move(list);
    return Value::object(std::move(m));
}

// The elements of a Pack (a 1xN cell built by op Pack).
std::span<Value const> pack_span(Value const& v)
{
    auto* c = runtime::as_cell_array(v);
    return c ? std::span<Value const>(c->data(), c->numel()) : std::span<Value const>();
}

} // namespace

// base{args}: nout values (0 or 1: the first, if any) into dst.. .
bool Machine::cell_index_op(uint32_t const* pc)
{
    auto const& in = decode<op::CellIndex>(pc);
    Frame const& fr = m_frames.back();
    Value* R = regs();
    if (!R[in.base].is_defined())
        return raise_undefined(in.base);
    auto list = runtime::brace_get(R[in.base], std::span<Value const>(R + in.args, in.nargs));
    clear_regs(R + in.args, in.nargs);
    if (list.is_error())
        return raise(list.release_error());
    std::vector<Value>& v = list.value();
    uint32_t nout = in.nout == NOUT_FRAME ? fr.nout : in.nout;
    if (nout <= 1) {
        if (v.empty()) {
            if (nout == 1)
                return raise(runtime::empty_cs_list_error());
            R[in.dst] = Value(); // statement context: nothing to display
            return true;
        }
        R[in.dst] = std::move(v[0]);
        return true;
    }
    if (v.size() < nout)
        return raise(runtime::empty_cs_list_error());
    for (uint32_t i = 0; i < nout; ++i)
        R[in.dst + i] = std::move(v[i]);
    return true;
}

bool Machine::set_cell_index_op(uint32_t const* pc)
{
    auto const& in = decode<op::SetCellIndex>(pc);
    Value* R = regs();
    if (!R[in.src].is_defined())
        return raise_undefined(in.src);
    VoidResult r = runtime::brace_set(R[in.base], std::span<Value const>(R + in.args, in.nargs), R[in.src]);
    clear_regs(R + in.args, in.nargs);
    if (r.is_error())
        return raise(r.release_error());
    return true;
}

bool Machine::get_field_op(uint32_t dst, uint32_t base, std::string_view name)
{
    Value* R = regs();
    if (!R[base].is_defined())
        return raise_undefined(base);
    Result<Value> r = runtime::field_get(R[base], name);
    if (r.is_error())
        return raise(r.release_error());
    R[dst] = r.release_value();
    return true;
}

bool Machine::set_field_op(uint32_t base, std::string_view name, uint32_t src)
{
    Value* R = regs();
    if (!R[src].is_defined())
        return raise_undefined(src);
    VoidResult r = runtime::field_set(R[base], name, R[src]);
    if (r.is_error())
        return raise(r.release_error());
    return true;
}

// The field name of a dynamic field op (s.(name)): a char row.
Result<std::string> Machine::dyn_field_name(uint32_t reg)
{
    Value* R = regs();
    runtime::CharArray const* text = R[reg].as_char_array();
    if (!text)
        return make_error("MATLAB:dynamicFieldName", "Dynamic field names must be text.");
    return text->to_utf8();
}

// The ops without calls: cs-list producers, Pack, HorzcatPack and the lvalue reads.
bool Machine::cell_op(uint32_t const* pc)
{
    Value* R = regs();
    Chunk const& chunk = *m_frames.back().fn->chunk;
    switch (static_cast<Opcode>(*pc)) {
    case Opcode::CsList: {
        auto const& in = decode<op::CsList>(pc);
        if (!R[in.base].is_defined())
            return raise_undefined(in.base);
        auto list = runtime::brace_get(R[in.base], std::span<Value const>(R + in.args, in.nargs));
        clear_regs(R + in.args, in.nargs);
        if (list.is_error())
            return raise(list.release_error());
        std::vector<Value>& v = list.value();
        // One element (c{i}, the common case): the value itself, which Pack takes as one item.
        R[in.dst] = v.size() == 1 ? std::move(v[0]) : marker(std::move(v));
        return true;
    }
    case Opcode::FieldList:
    case Opcode::DynFieldList: {
        auto const& in = decode<op::FieldList>(pc);
        if (!R[in.base].is_defined())
            return raise_undefined(in.base);
        std::string name;
        if (static_cast<Opcode>(*pc) == Opcode::FieldList) {
            name = chunk.names[in.name];
        } else {
            auto n = dyn_field_name(in.name);
            if (n.is_error())
                return raise(n.release_error());
            name = n.release_value();
        }
        auto list = runtime::field_get_list(R[in.base], name);
        if (list.is_error())
            return raise(list.release_error());
        R[in.dst] = list.value().size() == 1 ? std::move(list.value()[0]) : marker(list.release_value());
        return true;
    }
    case Opcode::Pack: {
        auto const& in = decode<op::Pack>(pc);
        size_t total = 0;
        for (uint32_t i = 0; i < in.count; ++i) {
            Value const& v = R[in.first + i];
            if (auto* m = runtime::as_cs_list(v))
                total += m->values.size();
            else if (!v.is_defined())
                return raise_undefined(in.first + i);
            else
                ++total;
        }
        auto cell = runtime::make_ref<runtime::CellArray>(runtime::Dims(1, total));
        Value* out = cell->data();
        for (uint32_t i = 0; i < in.count; ++i) {
            Value& v = R[in.first + i];
            if (auto* m = runtime::as_cs_list(v)) {
                for (Value& x : m->values)
                    *out++ = std::move(x);
            } else {
                *out++ = std::move(v);
            }
            v = Value();
        }
        R[in.dst] = Value::object(std::move(cell));
        return true;
    }
    case Opcode::HorzcatPack: {
        auto const& in = decode<op::HorzcatPack>(pc);
        Value pack = std::move(R[in.pack]);
        Result<Value> r = runtime::horzcat(pack_span(pack));
        if (r.is_error())
            return raise(r.release_error());
        R[in.dst] = r.release_value();
        return true;
    }
    case Opcode::IndexLvalue:
    case Opcode::CellIndexLvalue: {
        // Reads inside an assignment target: a missing element (out of range, undefined
        // base) reads as undefined so that the assignment that follows creates it.
        auto const& in = decode<op::IndexLvalue>(pc);
        std::span<Value const> idx(R + in.args, in.nargs);
        Value const& base = R[in.base];
        bool brace = static_cast<Opcode>(*pc) == Opcode::CellIndexLvalue;
        // A read that fails (out of range, wrong class) leaves the target undefined: the
        // assignment that follows, with the same subscripts, grows or raises the real error.
        Value out;
        if (base.is_defined()) {
            if (brace) {
                auto list = runtime::brace_get(base, idx);
                if (!list.is_error() && list.value().size() == 1)
                    out = std::move(list.value()[0]);
            } else {
                Result<Value> r = runtime::index_get(base, idx);
                if (!r.is_error())
                    out = r.release_value();
            }
        }
        R[in.dst] = std::move(out); // the args stay: the assignment reuses them
        return true;
    }
    case Opcode::GetFieldLvalue:
    case Opcode::GetDynFieldLvalue: {
        auto const& in = decode<op::GetFieldLvalue>(pc);
        std::string name;
        if (static_cast<Opcode>(*pc) == Opcode::GetFieldLvalue) {
            name = chunk.names[in.name];
        } else {
            auto n = dyn_field_name(in.name);
            if (n.is_error())
                return raise(n.release_error());
            name = n.release_value();
        }
        Value out;
        if (auto* s = runtime::as_struct(R[in.base]); s && s->numel() == 1) {
            if (auto f = s->field_index(name))
                out = s->at(0, *f);
        } else if (R[in.base].is_defined() && !runtime::as_struct(R[in.base]) && !R[in.base].is_empty()) {
            auto r = runtime::field_get(R[in.base], name);
            if (r.is_error())
                return raise(r.release_error());
            out = r.release_value();
        }
        R[in.dst] = std::move(out);
        return true;
    }
    default:
        break;
    }
    return unsupported("cell op");
}

// name(pack{:}) and base(pack{:}): the arguments go above the caller's registers, where a
// callee frame starts (as a native frame's requests do).
Machine::Flow Machine::pack_call(uint32_t const* pc)
{
    Frame& fr = m_frames.back();
    Value* R = regs();
    bool by_name = static_cast<Opcode>(*pc) == Opcode::CallPack;
    uint32_t pack_reg = by_name ? decode<op::CallPack>(pc).pack : decode<op::IndexPack>(pc).pack;
    uint32_t dst = by_name ? decode<op::CallPack>(pc).dst : decode<op::IndexPack>(pc).dst;
    uint32_t nout_raw = by_name ? decode<op::CallPack>(pc).nout : decode<op::IndexPack>(pc).nout;
    uint32_t nout = nout_raw == NOUT_FRAME ? fr.nout : nout_raw;
    Value pack = std::move(R[pack_reg]);
    std::span<Value const> args = pack_span(pack);
    Callee callee;
    Value handle;
    if (by_name) {
        auto const& in = decode<op::CallPack>(pc);
        SiteCache& site = fr.fn->sites[in.site];
        std::string const& name = fr.fn->chunk->names[in.name];
        if (site.epoch != *m_epoch) {
            Result<Callee> r = resolve_in(fr.fn->module, name);
            if (r.is_error())
                return raise_flow(r.release_error());
            site.set(r.release_value(), fr.fn->module);
            site.epoch = *m_epoch;
            site.fast = nullptr;
        }
        if (site.callee.kind == Callee::Kind::None)
            return raise_flow(make_error("MATLAB:UndefinedFunction", "Unrecognized function or variable '" + name + "'."));
        callee = site.callee;
    } else {
        auto const& in = decode<op::IndexPack>(pc);
        if (!R[in.base].is_defined()) {
            raise_undefined(in.base);
            return m_finished ? Flow::Finished : Flow::Continue;
        }
        if (!R[in.base].as_function_handle()) {
            if (nout > 1)
                return raise_flow(make_error("MATLAB:TooManyOutputs", "Too many output arguments."));
            Result<Value> r = runtime::index_get(R[in.base], args);
            if (r.is_error())
                return raise_flow(r.release_error());
            R[in.dst] = r.release_value();
            fr.pc = pc + sizeof(op::IndexPack) / 4;
            return Flow::Continue;
        }
        handle = R[in.base];
    }
    uint32_t first = fr.base + fr.size;
    uint32_t n = static_cast<uint32_t>(args.size());
    ensure_stack(size_t(first) + n + 1);
    for (uint32_t i = 0; i < n; ++i)
        m_stack[first + i] = args[i];
    pack = Value();
    CallInfo ci;
    ci.args = first;
    ci.nargs = n;
    ci.dst = dst;
    ci.nout = nout;
    ci.nout_from_frame = nout_raw == NOUT_FRAME;
    ci.next_pc = pc + op_words(static_cast<Opcode>(*pc));
    if (by_name)
        return call_callee(callee, ci, false);
    return call_value(handle, ci);
}

} // namespace runmat::vm
