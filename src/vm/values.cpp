// Slow paths of the value ops: everything the dispatch loop does not do inline on unboxed
// doubles. Semantics live in runtime/ (operators, indexing, concatenation, display); these
// functions read registers, call it, and raise its errors.
#include "runtime/concat.hpp"
#include "runtime/display.hpp"
#include "runtime/indexing.hpp"
#include "runtime/mexception.hpp"
#include "runtime/ops.hpp"
#include "runtime/string_array.hpp"
#include "vm/vm.hpp"
#include <cmath>

namespace runmat::vm {

using namespace bytecode;
using runtime::Value;

namespace {

bool is_temp(Frame const& f, uint32_t reg) { return reg >= f.fn->chunk->first_temp; }

void clear(Value* r, uint32_t n)
{
    for (uint32_t i = 0; i < n; ++i)
        r[i] = Value();
}

// obj.name bound to obj: the callee GetMethod leaves for the Index that follows, which calls
// the method through paren_get. Lives only in that temporary register.
class BoundMethod final : public runtime::Object {
public:
    BoundMethod(Value target, std::string name) : m_target(std::move(target)), m_name(std::move(name)) { }
    std::string_view class_name() const override { return "function_handle"; }
    HeapObject* clone() const override { return new BoundMethod(*this); }
    std::optional<Result<Value>> paren_get(std::span<Value const> args) const override
    {
        runtime::Object* o = runtime::as_object(m_target);
        auto r = o->call_method(m_target, m_name, args, 1);
        if (!r)
            return Result<Value>(make_error("MATLAB:noSuchMethodOrField", "Unrecognized method '" + m_name + "'."));
        if (r->is_error())
            return Result<Value>(r->release_error());
        if (r->value().empty())
            return Result<Value>(make_error("MATLAB:TooManyOutputs", "Too many output arguments."));
        return Result<Value>(std::move(r->value()[0]));
    }

private:
    Value m_target;
    std::string m_name;
};

} // namespace

bool Machine::binary_slow(uint8_t op, uint32_t dst, uint32_t lhs, uint32_t rhs)
{
    Frame const& f = m_frames.back();
    Value* R = regs();
    if (!R[lhs].is_defined())
        return raise_undefined(lhs);
    if (!R[rhs].is_defined())
        return raise_undefined(rhs);
    auto bop = static_cast<runtime::BinOp>(op);
    // Temporaries are single-use: hand them over so the runtime can reuse their buffers.
    Result<Value> r = is_temp(f, lhs) && is_temp(f, rhs) && lhs != rhs
        ? runtime::binary_op(bop, std::move(R[lhs]), std::move(R[rhs]))
        : runtime::binary_op(bop, R[lhs], R[rhs]);
    if (r.is_error())
        return raise(r.release_error());
    R[dst] = r.release_value();
    return true;
}

bool Machine::unary_slow(uint8_t op, uint32_t dst, uint32_t src)
{
    Frame const& f = m_frames.back();
    Value* R = regs();
    if (!R[src].is_defined())
        return raise_undefined(src);
    auto uop = static_cast<runtime::UnOp>(op);
    Result<Value> r = is_temp(f, src) ? runtime::unary_op(uop, std::move(R[src])) : runtime::unary_op(uop, R[src]);
    if (r.is_error())
        return raise(r.release_error());
    R[dst] = r.release_value();
    return true;
}

bool Machine::truth_slow(uint32_t dst, uint32_t src, bool oror)
{
    Value* R = regs();
    if (!R[src].is_defined())
        return raise_undefined(src);
    Result<bool> r = runtime::scalar_truth(R[src], oror ? "||" : "&&");
    if (r.is_error())
        return raise(r.release_error());
    R[dst] = Value::logical(r.value());
    return true;
}

int Machine::compare_slow(uint8_t op, uint32_t lhs, uint32_t rhs)
{
    Value* R = regs();
    if (!R[lhs].is_defined()) {
        raise_undefined(lhs);
        return -1;
    }
    if (!R[rhs].is_defined()) {
        raise_undefined(rhs);
        return -1;
    }
    Result<Value> v = runtime::binary_op(static_cast<runtime::BinOp>(op), R[lhs], R[rhs]);
    if (v.is_error()) {
        raise(v.release_error());
        return -1;
    }
    Result<bool> r = runtime::is_true(v.value());
    if (r.is_error()) {
        raise(r.release_error());
        return -1;
    }
    return r.value() ? 1 : 0;
}

int Machine::jump_cond_slow(uint32_t cond)
{
    Value* R = regs();
    if (!R[cond].is_defined()) {
        raise_undefined(cond);
        return -1;
    }
    Result<bool> r = runtime::is_true(R[cond]);
    if (r.is_error()) {
        raise(r.release_error());
        return -1;
    }
    return r.value() ? 1 : 0;
}

bool Machine::range_slow(uint32_t const* pc)
{
    auto const& in = decode<op::Range>(pc);
    Value* R = regs();
    for (uint32_t reg : { in.start, in.step, in.stop })
        if (reg != NO_REG && !R[reg].is_defined())
            return raise_undefined(reg);
    Result<Value> r = in.step == NO_REG ? runtime::make_range(R[in.start], R[in.stop])
                                        : runtime::make_range(R[in.start], R[in.step], R[in.stop]);
    if (r.is_error())
        return raise(r.release_error());
    R[in.dst] = r.release_value();
    return true;
}

bool Machine::concat_slow(uint32_t dst, uint32_t first, uint32_t count, bool vertical)
{
    Value* R = regs();
    std::span<Value const> parts(R + first, count);
    Result<Value> r = vertical ? runtime::vertcat(parts) : runtime::horzcat(parts);
    clear(R + first, count);
    if (r.is_error())
        return raise(r.release_error());
    R[dst] = r.release_value();
    return true;
}

// base(args): a call when base is a function handle, else paren indexing.
Machine::Flow Machine::index_slow(uint32_t const* pc)
{
    auto const& in = decode<op::Index>(pc);
    Frame& fr = m_frames.back();
    Value* R = regs();
    if (!R[in.base].is_defined())
        {
        raise_undefined(in.base);
        return m_finished ? Flow::Finished : Flow::Continue;
    }
    uint32_t nout = in.nout == NOUT_FRAME ? fr.nout : in.nout;
    if (R[in.base].as_function_handle()) {
        CallInfo ci;
        ci.args = fr.base + in.args;
        ci.nargs = in.nargs;
        ci.dst = in.dst;
        ci.nout = nout;
        ci.nout_from_frame = in.nout == NOUT_FRAME;
        ci.next_pc = pc + sizeof(op::Index) / 4;
        return call_value(R[in.base], ci, true); // the caller's register keeps the handle alive
    }
    if (nout > 1) {
        clear(R + in.args, in.nargs);
        return raise_flow(make_error("MATLAB:TooManyOutputs", "Too many output arguments."));
    }
    Result<Value> r = runtime::index_get(R[in.base], std::span<Value const>(R + in.args, in.nargs));
    clear(R + in.args, in.nargs);
    if (r.is_error())
        return raise_flow(r.release_error());
    R[in.dst] = r.release_value();
    fr.pc = pc + sizeof(op::Index) / 4;
    return Flow::Continue;
}

// Brace indexing, fields and cs-lists are in cells.cpp.

// base.name as the callee of base.name(args): a method of base's class (m.keys()) is bound to
// base for the Index that follows; anything else reads the field or property as GetField does.
bool Machine::get_method_op(uint32_t dst, uint32_t base, std::string_view name)
{
    Value* R = regs();
    if (runtime::Object* o = runtime::as_object(R[base]); o && o->has_method(name)) {
        R[dst] = Value::object(runtime::make_ref<BoundMethod>(R[base], std::string(name)));
        return true;
    }
    return get_field_op(dst, base, name);
}

bool Machine::set_index_slow(uint32_t const* pc)
{
    auto const& in = decode<op::SetIndex>(pc);
    Value* R = regs();
    if (!R[in.src].is_defined())
        return raise_undefined(in.src);
    VoidResult r = runtime::index_assign(R[in.base], std::span<Value const>(R + in.args, in.nargs), R[in.src]);
    clear(R + in.args, in.nargs);
    if (r.is_error())
        return raise(r.release_error());
    return true;
}

bool Machine::delete_index_slow(uint32_t const* pc)
{
    auto const& in = decode<op::DeleteIndex>(pc);
    Value* R = regs();
    if (!R[in.base].is_defined())
        return raise_undefined(in.base);
    VoidResult r = runtime::index_delete(R[in.base], std::span<Value const>(R + in.args, in.nargs));
    clear(R + in.args, in.nargs);
    if (r.is_error())
        return raise(r.release_error());
    return true;
}

bool Machine::end_value_slow(uint32_t const* pc)
{
    auto const& in = decode<op::EndValue>(pc);
    Value* R = regs();
    // `x(end+1) = v` on a new variable: end of [] is 0.
    size_t e = R[in.base].is_defined() ? runtime::end_value(R[in.base], in.k, in.n) : 0;
    R[in.dst] = Value::scalar(static_cast<double>(e));
    return true;
}

// switch semantics: a char subject matches a char case with the same text (strcmp); numbers
// match by ==; a char never matches a number.
bool Machine::case_match_slow(uint32_t const* pc)
{
    auto const& in = decode<op::CaseMatch>(pc);
    Value* R = regs();
    if (!R[in.subject].is_defined())
        return raise_undefined(in.subject);
    if (!R[in.value].is_defined())
        return raise_undefined(in.value);
    Value const& a = R[in.subject];
    Value const& b = R[in.value];
    if (a.class_id() == runtime::ClassId::String || b.class_id() == runtime::ClassId::String) {
        R[in.dst] = Value::logical(runtime::string_case_match(a, b));
        return true;
    }
    bool achar = a.class_id() == runtime::ClassId::Char;
    bool bchar = b.class_id() == runtime::ClassId::Char;
    bool match;
    if (achar || bchar) {
        auto* ca = a.as_char_array();
        auto* cb = b.as_char_array();
        match = ca && cb && ca->numel() == cb->numel()
            && (ca->numel() == 0 || (ca->shape().rows() == cb->shape().rows() && std::equal(ca->data(), ca->data() + ca->numel(), cb->data())));
    } else if (b.is_empty() || a.is_empty()) {
        match = false;
    } else {
        if (!a.is_scalar())
            return raise(make_error("MATLAB:switch:caseExpressionMustBeScalar", "SWITCH expression must be a scalar or a character vector."));
        Result<Value> eq = runtime::binary_op(runtime::BinOp::Eq, a, b);
        if (eq.is_error())
            return raise(eq.release_error());
        Result<bool> t = runtime::is_true(eq.value());
        match = t.is_error() ? false : t.value();
    }
    R[in.dst] = Value::logical(match);
    return true;
}

// for i = a:s:b over doubles with integer start and step: count without materialising the
// range (exact: a + k*s). Anything else materialises the range through runtime::make_range
// and iterates it as an array, so the values match colon exactly.
bool Machine::for_range_prep(uint32_t state)
{
    Value* st = regs() + state;
    for (int i = 0; i < 3; ++i)
        if (!st[i].is_defined())
            return raise_undefined(state + i);
    if (st[0].is_num() && st[1].is_num() && st[2].is_num()) {
        double a = st[0].num(), s = st[1].num(), b = st[2].num();
        bool exact = std::isfinite(a) && std::isfinite(s) && a == std::floor(a) && s == std::floor(s) && !std::isnan(b);
        if (exact) {
            double n = 0;
            if (s != 0 && !((s > 0 && a > b) || (s < 0 && a < b)))
                n = std::floor((b - a) / s) + 1;
            st[2] = Value::scalar(n);
            st[3] = Value::scalar(0);
            return true;
        }
    }
    Result<Value> r = runtime::make_range(st[0], st[1], st[2]);
    if (r.is_error())
        return raise(r.release_error());
    st[0] = r.release_value();
    return for_array_prep(state);
}

bool Machine::for_array_prep(uint32_t state)
{
    Value* st = regs() + state;
    if (!st[0].is_defined())
        return raise_undefined(state);
    runtime::Dims d = st[0].dims();
    double cols = 1;
    for (size_t i = 1; i < d.ndims(); ++i)
        cols *= static_cast<double>(d[i]);
    if (d.ndims() == 2 && d[0] == 0 && d[1] == 0)
        cols = 0;
    st[1] = Value(); // array mode
    st[2] = Value::scalar(cols);
    st[3] = Value::scalar(0);
    return true;
}

int Machine::for_array_next(uint32_t var, uint32_t state)
{
    Value* R = regs();
    Value* st = R + state;
    double k = st[3].num();
    if (!(k < st[2].num()))
        return 0;
    st[3] = Value::scalar(k + 1);
    Value const& arr = st[0];
    if (!arr.is_object()) {
        R[var] = arr;
        return 1;
    }
    size_t i = static_cast<size_t>(k);
    if (auto* d = arr.as_double_array(); d && d->shape().rows() == 1 && !d->is_complex()) {
        R[var] = Value::scalar(d->data()[i]);
        return 1;
    }
    Value idx[2] = { shared_colon(), Value::scalar(k + 1) };
    Result<Value> r = runtime::index_get(arr, std::span<Value const>(idx, 2));
    if (r.is_error()) {
        raise(r.release_error());
        return -1;
    }
    R[var] = r.release_value();
    return 1;
}

bool Machine::display(uint32_t src, std::string_view name)
{
    Value* R = regs();
    if (!R[src].is_defined())
        return raise_undefined(src);
    host_env().write_out(runtime::display_value(name, R[src], host_state().format));
    return true;
}

bool Machine::expr_stmt(uint32_t src, uint32_t ans, bool print)
{
    Value* R = regs();
    if (!R[src].is_defined())
        return true; // a call that returned nothing: no ans, no display
    if (ans == NO_REG) {
        bool ok = !print || display(src, "ans");
        R[src] = Value();
        return ok;
    }
    R[ans] = std::move(R[src]);
    return !print || display(ans, "ans");
}

bool Machine::make_closure(uint32_t const* pc)
{
    auto const& in = decode<op::MakeClosure>(pc);
    Frame const& fr = m_frames.back();
    Value* R = regs();
    Module* m = fr.fn->module;
    Function* fn = &m->functions[in.fn];
    auto h = runtime::make_ref<runtime::FunctionHandle>();
    h->text = fn->chunk->name;
    std::shared_ptr<Module> owner = m->shared_from_this();
    h->code = std::shared_ptr<void const>(owner, fn);
    h->scope = owner;
    h->captures.reserve(in.count);
    for (uint32_t i = 0; i < in.count; ++i)
        h->captures.push_back(std::move(R[in.captures + i]));
    R[in.dst] = Value::object(std::move(h));
    return true;
}

bool Machine::make_handle(uint32_t const* pc)
{
    auto const& in = decode<op::MakeHandle>(pc);
    Frame const& fr = m_frames.back();
    Module* m = fr.fn->module;
    auto h = runtime::make_ref<runtime::FunctionHandle>();
    h->name = fr.fn->chunk->names[in.name];
    h->text = "@" + h->name;
    std::shared_ptr<Module> owner = m->shared_from_this();
    if (in.fn >= 0)
        h->code = std::shared_ptr<void const>(owner, &m->functions[static_cast<size_t>(in.fn)]);
    h->scope = owner;
    regs()[in.dst] = Value::object(std::move(h));
    return true;
}

bool Machine::global_op(uint32_t const* pc)
{
    Frame const& fr = m_frames.back();
    Value* R = regs();
    auto& globals = m_host.globals();
    switch (static_cast<Opcode>(*pc)) {
    case Opcode::LoadGlobal: {
        auto const& in = decode<op::LoadGlobal>(pc);
        std::string const& name = fr.fn->chunk->names[in.name];
        auto it = globals.find(name);
        if (it == globals.end() || !it->second.is_defined())
            return raise(make_error("MATLAB:UndefinedFunction", "Unrecognized function or variable '" + name + "'."));
        R[in.dst] = it->second;
        return true;
    }
    case Opcode::StoreGlobal: {
        auto const& in = decode<op::StoreGlobal>(pc);
        Value& g = globals[fr.fn->chunk->names[in.name]];
        if (is_temp(fr, in.src))
            g = std::move(R[in.src]);
        else
            g = R[in.src];
        return true;
    }
    case Opcode::DeclGlobal: {
        auto const& in = decode<op::DeclGlobal>(pc);
        Value& g = globals[fr.fn->chunk->names[in.name]];
        if (!g.is_defined())
            g = Value::empty();
        return true;
    }
    default:
        return true;
    }
}

bool Machine::persistent_op(uint32_t const* pc)
{
    Frame const& fr = m_frames.back();
    Value* R = regs();
    auto& store = fr.fn->persistents;
    switch (static_cast<Opcode>(*pc)) {
    case Opcode::LoadPersist: {
        auto const& in = decode<op::LoadPersist>(pc);
        if (!store[in.index].is_defined())
            return raise(make_error("MATLAB:UndefinedFunction", "Unrecognized function or variable '" + fr.fn->chunk->persistent_names[in.index] + "'."));
        R[in.dst] = store[in.index];
        return true;
    }
    case Opcode::StorePersist: {
        auto const& in = decode<op::StorePersist>(pc);
        if (is_temp(fr, in.src))
            store[in.index] = std::move(R[in.src]);
        else
            store[in.index] = R[in.src];
        return true;
    }
    case Opcode::DeclPersist: {
        auto const& in = decode<op::DeclPersist>(pc);
        if (!store[in.index].is_defined())
            store[in.index] = Value::empty();
        return true;
    }
    default:
        return true;
    }
}

bool Machine::unsupported(std::string_view what)
{
    return raise(make_error("RunMat:unsupported", std::string(what) + " are not supported yet."));
}

} // namespace runmat::vm
