// Higher-order builtins: cellfun, arrayfun, structfun (they call MATLAB code through a
// Continuation the VM drives, so a callback may await, recurse or nest another cellfun), and
// func2str (str2func is a VM intrinsic: it compiles text). Never calls the VM: calls are CallRequests.
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/indexing.hpp"
#include "runtime/struct.hpp"
#include "runtime/text_util.hpp"
#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace runmat::runtime {

namespace {

enum class MapKind : uint8_t { Cell, Array, Struct };

// 'UniformOutput' and 'ErrorHandler' name-value pairs.
struct MapOptions {
    bool uniform = true;
    Value error_handler; // undefined: errors propagate
};

bool is_option_prefix(std::string const& name, std::string_view option)
{
    if (name.empty() || name.size() > option.size())
        return false;
    for (size_t i = 0; i < name.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(name[i])) != std::tolower(static_cast<unsigned char>(option[i])))
            return false;
    return true;
}

// Strip trailing name-value pairs (scanning back from the end, so the last one given wins)
// off `args`; at least `min_data` arguments stay. Returns the number of arguments left.
Result<size_t> parse_options(CallContext const& cx, Args args, size_t min_data, MapOptions& opts)
{
    size_t end = args.size();
    bool have_uniform = false, have_handler = false;
    while (end >= min_data + 2) {
        std::optional<std::string> name = char_text(args[end - 2]);
        if (!name)
            break;
        Value const& v = args[end - 1];
        if (is_option_prefix(*name, "UniformOutput")) {
            NumericView nv(v);
            if (!nv.valid() || nv.numel() != 1 || v.class_id() == ClassId::Char)
                return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidUniformOutput", "UniformOutput must be a logical scalar.");
            if (!have_uniform)
                opts.uniform = nv[0] != 0;
            have_uniform = true;
        } else if (is_option_prefix(*name, "ErrorHandler")) {
            if (!v.as_function_handle())
                return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidErrorHandler", "ErrorHandler must be a function handle.");
            if (!have_handler)
                opts.error_handler = v;
            have_handler = true;
        } else {
            break;
        }
        end -= 2;
    }
    return end;
}

RuntimeError invalid_function(CallContext const& cx)
{
    return cx.error("MATLAB:" + std::string(cx.name) + ":InvalidFunction", "First input must be a function handle or the name of a function.");
}

// MATLAB: "All of the input arguments must be of the same size and shape.", then where the
// first difference is (inputs are numbered with the function as input #1).
Result<Dims> common_dims(CallContext const& cx, Args inputs)
{
    Dims d = inputs[0].dims();
    for (size_t k = 1; k < inputs.size(); ++k) {
        Dims e = inputs[k].dims();
        if (e == d)
            continue;
        size_t dim = 0;
        while (d[dim] == e[dim])
            ++dim;
        return cx.error("MATLAB:" + std::string(cx.name) + ":AllInputsSameSize",
            "All of the input arguments must be of the same size and shape.\nPrevious inputs had size " + std::to_string(d[dim])
                + " in dimension " + std::to_string(dim + 1) + ". Input #" + std::to_string(k + 2) + " has size " + std::to_string(e[dim]));
    }
    return d;
}

std::string at_index(size_t index, size_t output)
{
    return "at index " + std::to_string(index + 1) + ", output " + std::to_string(output + 1);
}

// Whether a uniform output of this class can be collected (MATLAB concatenates scalars of
// numeric, logical and char classes; cells, structs and handles need 'UniformOutput', false).
bool uniform_class(ClassId c) { return is_numeric_class(c) || c == ClassId::Logical || c == ClassId::Char; }

template <typename T>
T first_element(Value const& v) { return static_cast<DenseArray<T> const*>(v.obj())->data()[0]; }

// One uniform output: an array of the first result's class, filled one scalar at a time.
class UniformSink {
public:
    // Store `v` (result of element `i`, output `k`) or explain why it cannot be.
    VoidResult put(CallContext const& cx, size_t i, size_t k, Value const& v, Dims const& shape)
    {
        if (v.numel() != 1 || !uniform_class(v.class_id()))
            return cx.error("MATLAB:" + std::string(cx.name) + ":NotAScalarOutput",
                "Non-scalar in Uniform output, " + at_index(i, k) + ".\nSet 'UniformOutput' to false.");
        ClassId c = v.class_id();
        if (!m_array) {
            m_class = c;
            m_array = make_array(c, shape);
        } else if (c != m_class) {
            return cx.error("MATLAB:" + std::string(cx.name) + ":MismatchInOutputTypes",
                "Mismatch in type of outputs, " + at_index(i, k) + " (" + std::string(class_name(c)) + " versus "
                    + std::string(class_name(m_class)) + ").\nSet 'UniformOutput' to false.");
        }
        write(i, v);
        return {};
    }
    bool started() const { return static_cast<bool>(m_array); }
    Value take() { return Value::object(std::move(m_array)).normalized(); }

private:
    static Ref<HeapObject> make_array(ClassId c, Dims const& d)
    {
        switch (c) {
        case ClassId::Double: return make_ref<DoubleArray>(d);
        case ClassId::Logical: return make_ref<LogicalArray>(d);
        case ClassId::Char: return make_ref<CharArray>(d);
        case ClassId::Single: return make_ref<SingleArray>(d);
        case ClassId::Int8: return make_ref<Int8Array>(d);
        case ClassId::Int16: return make_ref<Int16Array>(d);
        case ClassId::Int32: return make_ref<Int32Array>(d);
        case ClassId::Int64: return make_ref<Int64Array>(d);
        case ClassId::UInt8: return make_ref<UInt8Array>(d);
        case ClassId::UInt16: return make_ref<UInt16Array>(d);
        case ClassId::UInt32: return make_ref<UInt32Array>(d);
        default: return make_ref<UInt64Array>(d);
        }
    }
    template <typename T>
    void put_typed(size_t i, Value const& v) { static_cast<DenseArray<T>*>(m_array.get())->data()[i] = first_element<T>(v); }
    void write(size_t i, Value const& v)
    {
        switch (m_class) {
        case ClassId::Double: {
            auto* a = static_cast<DoubleArray*>(m_array.get());
            if (v.is_num()) {
                a->data()[i] = v.num();
            } else {
                auto* d = v.as_double_array();
                a->data()[i] = d->data()[0];
                if (d->is_complex()) {
                    a->make_complex(); // earlier elements get a zero imaginary part
                    a->imag()[i] = d->imag()[0];
                }
            }
            if (a->is_complex() && v.is_num())
                a->imag()[i] = 0;
            return;
        }
        case ClassId::Logical:
            static_cast<LogicalArray*>(m_array.get())->data()[i] = v.is_bool() ? v.boolean() : first_element<uint8_t>(v);
            return;
        case ClassId::Char: return put_typed<char16_t>(i, v);
        case ClassId::Single: return put_typed<float>(i, v);
        case ClassId::Int8: return put_typed<int8_t>(i, v);
        case ClassId::Int16: return put_typed<int16_t>(i, v);
        case ClassId::Int32: return put_typed<int32_t>(i, v);
        case ClassId::Int64: return put_typed<int64_t>(i, v);
        case ClassId::UInt8: return put_typed<uint8_t>(i, v);
        case ClassId::UInt16: return put_typed<uint16_t>(i, v);
        case ClassId::UInt32: return put_typed<uint32_t>(i, v);
        default: return put_typed<uint64_t>(i, v);
        }
    }

    Ref<HeapObject> m_array;
    ClassId m_class = ClassId::Double;
};

// The state of one cellfun/arrayfun/structfun call across its callback calls. resume() is
// entered first with no results, then once per callback with that call's outputs; with an
// ErrorHandler, a failing callback's error arrives through resume_error() instead, and the
// handler's outputs then stand for that element's.
class MapContinuation final : public Continuation {
public:
    MapContinuation(MapKind kind, Value fn, std::vector<Value> inputs, size_t count, MapOptions opts, int nargout)
        : m_kind(kind), m_fn(std::move(fn)), m_inputs(std::move(inputs)), m_count(count), m_opts(std::move(opts)), m_nargout(nargout)
    {
        m_nout = std::max(nargout, 1);
        m_shape = kind == MapKind::Struct ? Dims(count, 1) : m_inputs[0].dims();
        if (m_opts.uniform)
            m_sinks.resize(m_nout);
        else
            m_cells.assign(m_nout, std::vector<Value>(count));
    }

    Result<bool> resume(CallContext& cx, std::span<Value> results, Outs outs, CallRequest& next) override
    {
        if (m_started) {
            TRY_VOID(accept(cx, results));
            m_in_handler = false;
            ++m_index;
        }
        m_started = true;
        if (m_index == m_count)
            return finish(outs);
        TRY_VOID(request(next, m_fn, {}));
        return false;
    }

    bool handles_errors() const override { return m_opts.error_handler.is_defined() && !m_in_handler; }

    // The callback failed: call errorHandler(S, args...) with S.identifier, S.message and
    // S.index (1-based), asking for the same outputs.
    Result<bool> resume_error(CallContext&, RuntimeError error, Outs, CallRequest& next) override
    {
        auto s = new_struct();
        s->at(0, s->add_field("identifier")) = Value::char_row(error.identifier);
        s->at(0, s->add_field("message")) = Value::char_row(error.message);
        s->at(0, s->add_field("index")) = Value::scalar(static_cast<double>(m_index + 1));
        m_in_handler = true;
        TRY_VOID(request(next, m_opts.error_handler, Value::object(std::move(s))));
        return false;
    }

    // Struct inputs: the field names (structfun's results keep them when not uniform).
    std::vector<std::string> field_names;

private:
    VoidResult request(CallRequest& next, Value const& callee, Value first)
    {
        next.callee = callee;
        next.args.clear();
        if (first.is_defined())
            next.args.push_back(std::move(first));
        for (Value const& in : m_inputs)
            next.args.push_back(TRY(element(in, m_index)));
        next.nargout = m_nargout;
        return {};
    }

    // Element i of one input: a cell's content, a struct's i-th field value, an array's A(i).
    Result<Value> element(Value const& in, size_t i) const
    {
        switch (m_kind) {
        case MapKind::Cell: return as_cell_array(in)->data()[i];
        case MapKind::Struct: return as_struct(in)->at(0, i);
        case MapKind::Array: break;
        }
        if (!in.is_object() || in.numel() == 1)
            return in;
        if (auto* d = in.as_double_array(); d && !d->is_complex())
            return Value::scalar(d->data()[i]);
        if (auto* l = in.as_logical_array())
            return Value::logical(l->data()[i] != 0);
        Value idx = Value::scalar(static_cast<double>(i + 1));
        return index_get(in, std::span<Value const>(&idx, 1));
    }

    VoidResult accept(CallContext const& cx, std::span<Value> results)
    {
        size_t got = 0;
        while (got < results.size() && got < size_t(m_nout) && results[got].is_defined())
            ++got;
        if (m_nargout == 0) {
            // Statement context: callbacks without a value (disp) are fine as long as none
            // of the others has one.
            if (got == 0)
                m_valueless = true;
            else
                m_valued = true;
            if (m_valueless && m_valued)
                return cx.error("MATLAB:TooManyOutputs", "Too many output arguments.");
            if (got == 0)
                return {};
        }
        for (size_t k = 0; k < size_t(m_nout); ++k) {
            if (k >= got)
                return cx.error("MATLAB:TooManyOutputs", "Too many output arguments.");
            if (m_opts.uniform)
                TRY_VOID(m_sinks[k].put(cx, m_index, k, results[k], m_shape));
            else
                m_cells[k][m_index] = std::move(results[k]);
        }
        return {};
    }

    Result<bool> finish(Outs outs)
    {
        if (m_valueless)
            return true; // every callback was value-less: no output at all
        for (size_t k = 0; k < size_t(m_nout); ++k) {
            if (m_opts.uniform) {
                outs[k] = m_sinks[k].started() ? m_sinks[k].take() : Value::object(new_double(m_shape, 0.0)).normalized();
                continue;
            }
            if (m_kind == MapKind::Struct) {
                auto s = new_struct();
                for (size_t f = 0; f < m_count; ++f)
                    s->at(0, s->add_field(field_names[f])) = m_cells[k][f].is_defined() ? std::move(m_cells[k][f]) : Value::empty();
                outs[k] = Value::object(std::move(s));
                continue;
            }
            for (Value& v : m_cells[k])
                if (!v.is_defined())
                    v = Value::empty();
            outs[k] = text::cell_from(m_shape, std::move(m_cells[k]));
        }
        return true;
    }

    MapKind m_kind;
    Value m_fn;                   // the callback (handle or function name)
    std::vector<Value> m_inputs;  // the cell/array/struct inputs
    size_t m_count;               // elements (struct: fields) to map over
    MapOptions m_opts;
    int m_nargout;                // as requested of the builtin (0: statement context)
    int m_nout = 1;               // outputs collected per element
    Dims m_shape;                 // shape of uniform outputs / output cells
    size_t m_index = 0;           // the element whose call is in flight
    bool m_started = false;       // the first resume() happened
    bool m_in_handler = false;    // the call in flight is the ErrorHandler's
    bool m_valueless = false;     // nargout 0: some callback returned no value
    bool m_valued = false;        // nargout 0: some callback returned a value
    std::vector<UniformSink> m_sinks;           // uniform: one per output
    std::vector<std::vector<Value>> m_cells;    // not uniform: one list per output
};

bool is_callable(Value const& f) { return f.as_function_handle() || is_char_row(f); }

// ---- cellfun's legacy string functions: answered natively, without calling anything ----

bool legacy_is_real(Value const& v)
{
    if (auto* d = v.as_double_array())
        return !d->is_complex();
    ClassId c = v.class_id();
    return is_numeric_class(c) || c == ClassId::Logical || c == ClassId::Char;
}

double legacy_length(Value const& v)
{
    Dims d = v.dims();
    if (d.is_empty())
        return 0;
    size_t n = 0;
    for (size_t k = 0; k < d.ndims(); ++k)
        n = std::max(n, d[k]);
    return static_cast<double>(n);
}

// cellfun('isempty', C) and friends (MATLAB keeps them for speed and backward
// compatibility): true when `name` is one, with the result in outs[0].
Result<bool> legacy_cellfun(CallContext const& cx, std::string const& name, Args args, Outs outs)
{
    static constexpr std::string_view LOGICAL[] = { "isempty", "islogical", "isnumeric", "isreal", "isclass" };
    static constexpr std::string_view DOUBLE[] = { "length", "ndims", "prodofsize", "size" };
    bool logical = std::find(std::begin(LOGICAL), std::end(LOGICAL), name) != std::end(LOGICAL);
    bool numeric = std::find(std::begin(DOUBLE), std::end(DOUBLE), name) != std::end(DOUBLE);
    bool extra = name == "size" || name == "isclass";
    if (!(logical || numeric) || args.size() != (extra ? 3u : 2u))
        return false;
    auto* cell = as_cell_array(args[1]);
    if (!cell)
        return cx.error("MATLAB:cellfun:NotACell", "Input #2 expected to be a cell array, was " + std::string(value_class_name(args[1])) + " instead.");
    size_t dim = 0;
    std::string cls;
    if (name == "size") {
        double k = TRY(scalar_arg(cx, args[2], "Dimension"));
        if (!(k >= 1) || k != std::floor(k))
            return cx.error("MATLAB:cellfun:InvalidDimension", "Dimension must be a positive integer.");
        dim = static_cast<size_t>(k) - 1;
    } else if (name == "isclass") {
        std::optional<std::string> c = char_text(args[2]);
        if (!c)
            return cx.error("MATLAB:cellfun:InvalidClass", "Class name must be a character vector.");
        cls = *c;
    }
    Dims shape = cell->shape();
    size_t n = cell->numel();
    Value const* in = cell->data();
    if (logical) {
        auto out = new_logical(shape);
        for (size_t i = 0; i < n; ++i) {
            Value const& v = in[i];
            bool b = name == "isempty" ? v.is_empty()
                : name == "islogical"  ? v.class_id() == ClassId::Logical
                : name == "isnumeric"  ? is_numeric_class(v.class_id())
                : name == "isreal"     ? legacy_is_real(v)
                                       : value_class_name(v) == cls;
            out->data()[i] = b;
        }
        outs[0] = make_logical(std::move(out));
        return true;
    }
    auto out = new_double(shape);
    for (size_t i = 0; i < n; ++i) {
        Value const& v = in[i];
        double x = name == "length" ? legacy_length(v)
            : name == "ndims"      ? static_cast<double>(v.dims().ndims())
            : name == "prodofsize" ? static_cast<double>(v.numel())
                                   : static_cast<double>(v.dims()[dim]);
        out->data()[i] = x;
    }
    outs[0] = make_double(std::move(out));
    return true;
}

// cellfun(func, C1, ..., Cn, Name, Value): func(C1{i}, ..., Cn{i}) for every i (MATLAB doc:
// "Apply function to each cell in cell array").
VoidResult cellfun_builtin(CallContext& cx, Args args, Outs outs)
{
    if (std::optional<std::string> name = char_text(args[0]))
        if (TRY(legacy_cellfun(cx, *name, args, outs)))
            return {};
    if (!is_callable(args[0]))
        return invalid_function(cx);
    MapOptions opts;
    size_t n = TRY(parse_options(cx, args, 2, opts));
    for (size_t k = 1; k < n; ++k)
        if (!as_cell_array(args[k]))
            return cx.error("MATLAB:cellfun:NotACell", "Input #" + std::to_string(k + 1) + " expected to be a cell array, was "
                    + std::string(value_class_name(args[k])) + " instead.");
    Dims d = TRY(common_dims(cx, args.subspan(1, n - 1)));
    std::vector<Value> inputs(args.begin() + 1, args.begin() + static_cast<std::ptrdiff_t>(n));
    cx.continuation = std::make_unique<MapContinuation>(MapKind::Cell, args[0], std::move(inputs), d.numel(), std::move(opts), cx.nargout);
    return {};
}

// arrayfun(func, A1, ..., An, Name, Value): func(A1(i), ..., An(i)) for every i.
VoidResult arrayfun_builtin(CallContext& cx, Args args, Outs)
{
    if (!is_callable(args[0]))
        return invalid_function(cx);
    MapOptions opts;
    size_t n = TRY(parse_options(cx, args, 2, opts));
    Dims d = TRY(common_dims(cx, args.subspan(1, n - 1)));
    std::vector<Value> inputs(args.begin() + 1, args.begin() + static_cast<std::ptrdiff_t>(n));
    cx.continuation = std::make_unique<MapContinuation>(MapKind::Array, args[0], std::move(inputs), d.numel(), std::move(opts), cx.nargout);
    return {};
}

// structfun(func, S, Name, Value): func applied to each field of the scalar struct S; uniform
// results form a column (one row per field), others a struct with S's field names.
VoidResult structfun_builtin(CallContext& cx, Args args, Outs)
{
    if (!is_callable(args[0]))
        return invalid_function(cx);
    MapOptions opts;
    size_t n = TRY(parse_options(cx, args, 2, opts));
    if (n > 2)
        return cx.error("MATLAB:TooManyInputs", "Too many input arguments.");
    StructArray* s = as_struct(args[1]);
    if (!s || s->numel() != 1)
        return cx.error("MATLAB:structfun:NotAScalarStructure", "Input #2 expected to be a scalar structure.");
    auto cont = std::make_unique<MapContinuation>(MapKind::Struct, args[0], std::vector<Value> { args[1] }, s->nfields(), std::move(opts), cx.nargout);
    cont->field_names = s->field_names();
    cx.continuation = std::move(cont);
    return {};
}

// func2str(f): a named handle's function name (no '@'), an anonymous function's text.
VoidResult func2str_builtin(CallContext& cx, Args args, Outs outs)
{
    auto* fh = args[0].as_function_handle();
    if (!fh)
        return cx.error("MATLAB:func2str:InputNotAFunctionHandle", "Input must be a function handle.");
    std::string text = fh->is_anonymous() ? fh->text : fh->name;
    outs[0] = Value::char_row(text);
    return {};
}

} // namespace

void register_higher_order_builtins(BuiltinTable& t)
{
    t.add({ .name = "cellfun", .fn = cellfun_builtin, .min_in = 2, .max_in = -1, .max_out = -1 });
    t.add({ .name = "arrayfun", .fn = arrayfun_builtin, .min_in = 2, .max_in = -1, .max_out = -1 });
    t.add({ .name = "structfun", .fn = structfun_builtin, .min_in = 2, .max_in = -1, .max_out = -1 });
    t.add({ .name = "func2str", .fn = func2str_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
}

} // namespace runmat::runtime
