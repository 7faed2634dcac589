// Array constructors: zeros ones eye true false rand randn randi rng linspace colon repmat
// reshape. They build Values from size arguments; they know nothing about the VM or hosts.
// Random numbers come from RuntimeState::rng (mt19937_64): seedable and deterministic, but
// not MATLAB's exact stream (MATLAB's twister output cannot be reproduced bit for bit here).
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/numeric_class.hpp"
#include "runtime/ops.hpp"
#include "runtime/value.hpp"
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>
#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif

namespace runmat::runtime {

namespace {

// ---------------------------------------------------------------------------------------------
// Argument helpers

bool iequals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

bool is_class_name(std::string_view s)
{
    static constexpr std::string_view names[] = { "double", "single", "logical", "int8", "int16", "int32",
        "int64", "uint8", "uint16", "uint32", "uint64" };
    return std::find(std::begin(names), std::end(names), s) != std::end(names);
}

// The largest array we agree to allocate: the machine's physical memory (MATLAB's default
// "maximum array size preference"), so absurd sizes fail with an error instead of bad_alloc.
double max_array_bytes()
{
#if defined(__unix__) || defined(__APPLE__)
    long pages = sysconf(_SC_PHYS_PAGES);
    long page = sysconf(_SC_PAGE_SIZE);
    if (pages > 0 && page > 0)
        return static_cast<double>(pages) * static_cast<double>(page);
#endif
    return 16.0 * 1024 * 1024 * 1024;
}

std::string format_gb(double bytes)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1fGB", bytes / (1024.0 * 1024.0 * 1024.0));
    return buf;
}

std::string format_size(double v)
{
    if (std::isinf(v))
        return "Inf";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
}

// MATLAB: "Requested 100000x100000 (74.5GB) array exceeds maximum array size preference ...".
VoidResult check_array_size(CallContext const& cx, std::vector<double> const& dims, double elem_bytes)
{
    double numel = 1;
    for (double d : dims)
        numel *= d;
    double bytes = numel * elem_bytes;
    double limit = max_array_bytes();
    if (numel == 0 || bytes <= limit)
        return {};
    std::string shape;
    for (size_t i = 0; i < dims.size(); ++i)
        shape += (i ? "x" : "") + format_size(dims[i]);
    return cx.error("MATLAB:array:SizeLimitExceeded",
        "Requested " + shape + " (" + format_gb(bytes) + ") array exceeds maximum array size preference ("
            + format_gb(limit) + "). This might cause MATLAB to become unresponsive.");
}

// One size entry: integers only; negative sizes mean 0 (MATLAB's rule); +Inf is too large.
Result<double> size_entry(CallContext const& cx, double v)
{
    if (std::isnan(v) || (std::isfinite(v) && v != std::floor(v)))
        return cx.error("MATLAB:NonIntegerInput", "Size inputs must be integers.");
    return v < 0 ? 0.0 : v;
}

// The size vector of zeros(...)-style calls, from the non-option arguments.
Result<std::vector<double>> parse_dims(CallContext const& cx, Args args)
{
    std::vector<double> dims;
    if (args.empty())
        return std::vector<double> { 1, 1 };
    for (Value const& a : args) {
        NumericView nv(a);
        if (!nv.valid() || a.class_id() == ClassId::Char)
            return cx.error("MATLAB:NonNumericInput", "Leading inputs must be numeric.");
        if (nv.is_complex())
            return cx.error("MATLAB:NonRealInput", "Size inputs must be real.");
        if (args.size() > 1 && nv.numel() != 1)
            return cx.error("MATLAB:NonScalarInput", "Size inputs must be scalar.");
        if (args.size() == 1 && nv.numel() != 1 && !(nv.dims().is_row()))
            return cx.error("MATLAB:checkDimRow:rowSize", "Size vector must be a row vector with real elements.");
        for (size_t i = 0; i < nv.numel(); ++i)
            dims.push_back(TRY(size_entry(cx, nv[i])));
    }
    if (dims.size() == 1)
        dims.push_back(dims[0]); // zeros(n) is n-by-n
    if (dims.empty())
        return cx.error("MATLAB:checkDimRow:rowSize", "Size vector must be a row vector with real elements.");
    return dims;
}

Dims to_dims(std::vector<double> const& d)
{
    std::vector<size_t> v(d.size());
    for (size_t i = 0; i < d.size(); ++i)
        v[i] = static_cast<size_t>(d[i]);
    return Dims(v);
}

ClassId class_id_of(std::string_view name)
{
    static constexpr std::pair<std::string_view, ClassId> table[] = { { "double", ClassId::Double },
        { "single", ClassId::Single }, { "logical", ClassId::Logical }, { "int8", ClassId::Int8 },
        { "int16", ClassId::Int16 }, { "int32", ClassId::Int32 }, { "int64", ClassId::Int64 },
        { "uint8", ClassId::UInt8 }, { "uint16", ClassId::UInt16 }, { "uint32", ClassId::UInt32 },
        { "uint64", ClassId::UInt64 } };
    for (auto const& [n, c] : table)
        if (n == name)
            return c;
    return ClassId::Double;
}

size_t element_bytes(ClassId c)
{
    switch (c) {
    case ClassId::Logical: case ClassId::Int8: case ClassId::UInt8: return 1;
    case ClassId::Int16: case ClassId::UInt16: return 2;
    case ClassId::Single: case ClassId::Int32: case ClassId::UInt32: return 4;
    default: return 8;
    }
}

// What the trailing options of zeros/ones/rand/... ask for: the class (double, single,
// logical or an integer class) and shape.
struct CtorSpec {
    std::vector<double> dims;
    ClassId cls = ClassId::Double;
    bool complex = false; // 'like' a complex prototype (zeros/ones keep complexity)
};

// Which classes a constructor accepts: zeros ones eye any numeric class or logical; rand randn
// only double and single; randi double, single and the integer classes; true false logical.
enum class ClassPolicy : uint8_t { Numeric, RandomFloat, RandomInteger, Logical };

bool policy_allows(ClassPolicy p, ClassId c)
{
    switch (p) {
    case ClassPolicy::Numeric: return is_numeric_class(c) || c == ClassId::Logical;
    case ClassPolicy::RandomFloat: return c == ClassId::Double || c == ClassId::Single;
    case ClassPolicy::RandomInteger: return is_numeric_class(c);
    default: return c == ClassId::Logical;
    }
}

// Parse "(sz..., typename)" and "(sz..., 'like', p)" forms.
Result<CtorSpec> parse_ctor(CallContext const& cx, Args args, ClassPolicy policy)
{
    CtorSpec spec;
    spec.cls = policy == ClassPolicy::Logical ? ClassId::Logical : ClassId::Double;
    size_t n = args.size();
    std::optional<Value> like;
    std::optional<std::string> type;
    if (n >= 2) {
        auto kw = char_text(args[n - 2]);
        if (kw && iequals(*kw, "like")) {
            like = args[n - 1];
            n -= 2;
        }
    }
    if (!like && n >= 1) {
        if (auto t = char_text(args[n - 1])) {
            type = *t;
            n -= 1;
        }
    }
    for (size_t i = 0; i < n; ++i)
        if (args[i].class_id() == ClassId::Char)
            return cx.error("MATLAB:NonNumericInput", "Leading inputs must be numeric.");
    if (type) {
        if (policy == ClassPolicy::Logical || !is_class_name(*type) || !policy_allows(policy, class_id_of(*type))) {
            if (policy == ClassPolicy::RandomFloat && is_class_name(*type))
                return cx.error("MATLAB:" + std::string(cx.name) + ":invalidClassName",
                    "Trailing string input must be 'single' or 'double'.");
            return cx.error("MATLAB:" + std::string(cx.name) + ":invalidClassName",
                "Trailing string input must be a valid numeric class name.");
        }
        spec.cls = class_id_of(*type);
    }
    if (like) {
        ClassId c = like->class_id();
        bool ok = policy == ClassPolicy::Logical ? c == ClassId::Logical : policy_allows(policy, c) && c != ClassId::Logical;
        if (c == ClassId::Logical && policy == ClassPolicy::Numeric)
            ok = true;
        if (!ok)
            return cx.error("MATLAB:" + std::string(cx.name) + ":invalidPrototype",
                "Prototype 'like' input of class " + std::string(class_name(c)) + " is not supported.");
        spec.cls = c;
        auto* d = like->as_double_array();
        spec.complex = d && d->is_complex() && policy == ClassPolicy::Numeric;
    }
    spec.dims = TRY(parse_dims(cx, args.first(n)));
    TRY_VOID(check_array_size(cx, spec.dims, static_cast<double>(element_bytes(spec.cls))));
    return spec;
}

// A spec-shaped array filled with `fill` (converted to the spec's class: intmax-saturating).
Value filled(CtorSpec const& spec, double fill)
{
    Dims d = to_dims(spec.dims);
    if (spec.cls == ClassId::Logical)
        return make_logical(new_logical(d, fill != 0));
    if (spec.cls == ClassId::Single)
        return make_single(make_ref<SingleArray>(d, static_cast<float>(fill)));
    if (is_integer_class(spec.cls)) {
        return visit_int_class(spec.cls, [&](auto tag) {
            using T = typename decltype(tag)::type;
            return make_int(make_ref<IntArray<T>>(d, saturate_cast<T>(fill)));
        });
    }
    auto a = new_double(d, fill);
    if (spec.complex) {
        a->make_complex();
        return Value::object(std::move(a));
    }
    return make_double(std::move(a));
}

// ---------------------------------------------------------------------------------------------
// zeros ones true false eye

VoidResult zeros_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = filled(TRY(parse_ctor(cx, args, ClassPolicy::Numeric)), 0.0);
    return {};
}

VoidResult ones_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = filled(TRY(parse_ctor(cx, args, ClassPolicy::Numeric)), 1.0);
    return {};
}

VoidResult true_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = filled(TRY(parse_ctor(cx, args, ClassPolicy::Logical)), 1.0);
    return {};
}

VoidResult false_builtin(CallContext& cx, Args args, Outs outs)
{
    outs[0] = filled(TRY(parse_ctor(cx, args, ClassPolicy::Logical)), 0.0);
    return {};
}

// eye(n), eye(m,n), eye([m n]): ones on the main diagonal; N-d sizes are an error.
VoidResult eye_builtin(CallContext& cx, Args args, Outs outs)
{
    CtorSpec spec = TRY(parse_ctor(cx, args, ClassPolicy::Numeric));
    if (spec.dims.size() > 2)
        return cx.error("MATLAB:eye:ndimsNotSupported", "N-dimensional arrays are not supported.");
    Value v = filled(spec, 0.0);
    size_t rows = static_cast<size_t>(spec.dims[0]), cols = static_cast<size_t>(spec.dims[1]);
    size_t k = std::min(rows, cols);
    if (!v.is_object()) {
        outs[0] = spec.cls == ClassId::Logical ? Value::logical(true) : Value::scalar(1.0);
        return {};
    }
    visit_elements(v, [&](auto const* p, size_t, Dims const&) {
        using T = std::remove_cv_t<std::remove_pointer_t<decltype(p)>>;
        T* data = const_cast<T*>(p); // v is a fresh, unshared array
        for (size_t i = 0; i < k; ++i)
            data[i * rows + i] = T(1);
    });
    outs[0] = std::move(v);
    return {};
}

// ---------------------------------------------------------------------------------------------
// rand randn randi rng

// Uniform on the open interval (0,1), 53 random bits: MATLAB's rand never returns 0 or 1.
inline double uniform01(std::mt19937_64& g)
{
    return (static_cast<double>(g() >> 11) + 0.5) * 0x1.0p-53;
}

// A double result converted to the spec's class (rand(..., 'single'): the same draws rounded to
// single; randi(..., 'int8'): exact).
Result<Value> in_spec_class(Ref<DoubleArray> a, CtorSpec const& spec)
{
    Value v = make_double(std::move(a));
    if (spec.cls == ClassId::Double)
        return v;
    return convert_class(v, spec.cls);
}

VoidResult rand_builtin(CallContext& cx, Args args, Outs outs)
{
    CtorSpec spec = TRY(parse_ctor(cx, args, ClassPolicy::RandomFloat));
    auto a = new_double(to_dims(spec.dims));
    double* p = a->data();
    auto& g = cx.state.rng;
    for (size_t i = 0, n = a->numel(); i < n; ++i)
        p[i] = uniform01(g);
    if (spec.cls == ClassId::Single) // rounding may reach 1.0: keep single draws below 1 too
        for (size_t i = 0, n = a->numel(); i < n; ++i)
            p[i] = std::min(p[i], 0.99999994039535522);
    outs[0] = TRY(in_spec_class(std::move(a), spec));
    return {};
}

// Standard normal by the Box-Muller transform, two values per pair of uniforms: portable and
// deterministic across standard libraries (std::normal_distribution is not).
VoidResult randn_builtin(CallContext& cx, Args args, Outs outs)
{
    CtorSpec spec = TRY(parse_ctor(cx, args, ClassPolicy::RandomFloat));
    auto a = new_double(to_dims(spec.dims));
    double* p = a->data();
    size_t n = a->numel();
    auto& g = cx.state.rng;
    for (size_t i = 0; i < n; i += 2) {
        double r = std::sqrt(-2.0 * std::log(uniform01(g)));
        double t = 2.0 * M_PI * uniform01(g);
        p[i] = r * std::cos(t);
        if (i + 1 < n)
            p[i + 1] = r * std::sin(t);
    }
    outs[0] = TRY(in_spec_class(std::move(a), spec));
    return {};
}

// Uniform integer in [0, range) without modulo bias (rejection sampling).
inline uint64_t uniform_below(std::mt19937_64& g, uint64_t range)
{
    uint64_t limit = UINT64_MAX - UINT64_MAX % range;
    uint64_t x;
    do
        x = g();
    while (x >= limit);
    return x % range;
}

// randi(imax, sz...), randi([imin imax], sz...): integers drawn uniformly from the range.
VoidResult randi_builtin(CallContext& cx, Args args, Outs outs)
{
    auto bad_limits = [&] {
        return cx.error("MATLAB:randi:invalidLimits",
            "The first input must be a positive scalar integer value IMAX, or two integer values [IMIN IMAX] with IMIN less than or equal to IMAX.");
    };
    NumericView lim(args[0]);
    if (!lim.valid() || lim.is_complex() || (lim.numel() != 1 && lim.numel() != 2) || args[0].class_id() == ClassId::Char)
        return bad_limits();
    double lo = lim.numel() == 2 ? lim[0] : 1.0;
    double hi = lim.numel() == 2 ? lim[1] : lim[0];
    if (!std::isfinite(lo) || !std::isfinite(hi) || lo != std::floor(lo) || hi != std::floor(hi) || lo > hi)
        return bad_limits();
    if (hi - lo >= 9007199254740992.0)
        return cx.error("MATLAB:randi:rangeTooLarge", "The range [IMIN IMAX] must be smaller than 2^53.");
    CtorSpec spec = TRY(parse_ctor(cx, args.subspan(1), ClassPolicy::RandomInteger));
    if (is_integer_class(spec.cls)) {
        // MATLAB: the limits must lie within the class's range.
        Value lo_v = TRY(convert_class(Value::scalar(lo), spec.cls)), hi_v = TRY(convert_class(Value::scalar(hi), spec.cls));
        if (NumericView(lo_v)[0] != lo || NumericView(hi_v)[0] != hi)
            return cx.error("MATLAB:randi:invalidLimitsForClass",
                "The limits must be representable in the output class " + std::string(class_name(spec.cls)) + ".");
    }
    auto a = new_double(to_dims(spec.dims));
    double* p = a->data();
    uint64_t range = static_cast<uint64_t>(hi - lo) + 1;
    auto& g = cx.state.rng;
    for (size_t i = 0, n = a->numel(); i < n; ++i)
        p[i] = lo + static_cast<double>(uniform_below(g, range));
    outs[0] = TRY(in_spec_class(std::move(a), spec));
    return {};
}

void reseed(RuntimeState& st, uint64_t seed)
{
    st.rng_seed = seed;
    st.rng.seed(seed);
}

bool is_generator_name(std::string_view s)
{
    static constexpr std::string_view names[] = { "twister", "simdTwister", "combRecursive", "multFibonacci",
        "philox", "threefry", "v4", "v5uniform", "v5normal" };
    for (auto n : names)
        if (iequals(s, n))
            return true;
    return false;
}

// rng(seed), rng(seed, gen), rng('default'), rng('shuffle'), s = rng. Settings are reported as
// the seed (a double) until struct values exist; rng(s) with that double restores the seed.
// Every generator name selects the same stream (see the file comment).
VoidResult rng_builtin(CallContext& cx, Args args, Outs outs)
{
    double previous = static_cast<double>(cx.state.rng_seed);
    auto bad_seed = [&] {
        return cx.error("MATLAB:rng:badFirstOpt",
            "First input must be a nonnegative integer seed less than 2^32, 'shuffle', 'default', or generator settings captured previously using S = RNG.");
    };
    if (args.size() > 2)
        return cx.error("MATLAB:TooManyInputs", "Too many input arguments.");
    if (args.size() == 2) {
        auto gen = char_text(args[1]);
        if (!gen || !is_generator_name(*gen))
            return cx.error("MATLAB:rng:unknownRNGType", "Unrecognized random number generator type.");
    }
    if (!args.empty()) {
        if (auto text = char_text(args[0])) {
            if (iequals(*text, "default"))
                reseed(cx.state, 0);
            else if (iequals(*text, "shuffle"))
                reseed(cx.state, static_cast<uint64_t>(std::chrono::system_clock::now().time_since_epoch().count()) % 4294967296ull);
            else if (args.size() == 1 && is_generator_name(*text))
                reseed(cx.state, 0);
            else
                return bad_seed();
        } else {
            NumericView nv(args[0]);
            if (!nv.valid() || nv.numel() != 1 || nv.is_complex())
                return bad_seed();
            double s = nv[0];
            if (!(s >= 0) || s != std::floor(s) || s >= 4294967296.0)
                return bad_seed();
            reseed(cx.state, static_cast<uint64_t>(s));
        }
    }
    if (cx.nargout >= 1 || args.empty())
        outs[0] = Value::scalar(previous);
    return {};
}

// ---------------------------------------------------------------------------------------------
// linspace colon

// linspace(a, b[, n]): n points (default 100), y(end) == b exactly. MATLAB's formula:
// y = a + (0:n-1) .* (b - a) ./ (n - 1), with an overflow-safe variant when (b - a) overflows.
void linspace_fill(double a, double b, size_t n, double* y)
{
    if (n == 0)
        return;
    double n1 = static_cast<double>(n) - 1;
    double diff = b - a;
    if (std::isinf(diff * (n1 - 1)) && std::isinf(diff)) {
        for (size_t k = 0; k < n; ++k)
            y[k] = a + (b / n1) * static_cast<double>(k) - (a / n1) * static_cast<double>(k);
    } else if (std::isinf(diff * (n1 - 1))) {
        double step = diff / n1;
        for (size_t k = 0; k < n; ++k)
            y[k] = a + static_cast<double>(k) * step;
    } else {
        for (size_t k = 0; k < n; ++k)
            y[k] = a + static_cast<double>(k) * diff / n1;
    }
    if (a == b)
        std::fill(y, y + n, a);
    y[n - 1] = b;
}

VoidResult linspace_builtin(CallContext& cx, Args args, Outs outs)
{
    NumericView va(args[0]), vb(args[1]);
    if (!va.valid() || !vb.valid() || va.numel() != 1 || vb.numel() != 1)
        return cx.error("MATLAB:linspace:scalarInputs", "Inputs must be scalars.");
    double count = 100;
    if (args.size() == 3) {
        NumericView vn(args[2]);
        if (!vn.valid() || vn.numel() != 1)
            return cx.error("MATLAB:linspace:scalarInputs", "Inputs must be scalars.");
        count = vn[0];
        if (std::isnan(count))
            return cx.error("MATLAB:linspace:NaNInput", "Number of points must not be NaN.");
        count = std::floor(count);
    }
    size_t n = count < 1 ? 0 : static_cast<size_t>(std::min(count, 1e15));
    TRY_VOID(check_array_size(cx, { 1, static_cast<double>(n) }, 8.0));
    auto y = new_double(Dims(1, n));
    linspace_fill(va[0], vb[0], n, y->data());
    if (va.is_complex() || vb.is_complex()) {
        y->make_complex();
        linspace_fill(va.imag(0), vb.imag(0), n, y->imag());
        outs[0] = Value::object(std::move(y));
        return {};
    }
    outs[0] = make_double(std::move(y));
    return {};
}

// colon(a, b) is a:b and colon(a, s, b) is a:s:b; the range rules live in runtime/ops.
VoidResult colon_builtin(CallContext& cx, Args args, Outs outs)
{
    auto r = args.size() == 2 ? make_range(args[0], args[1]) : make_range(args[0], args[1], args[2]);
    if (!r) {
        RuntimeError e = r.release_error();
        e.raised_by = std::string(cx.name);
        return e;
    }
    outs[0] = r.release_value();
    return {};
}

// ---------------------------------------------------------------------------------------------
// repmat reshape

// Tile `src` (shape sd) into `dst` (shape sd .* reps). Walks destination columns with an
// odometer over dims 2..N so each source column is copied whole (memcpy-sized runs).
template <typename T>
void tile(T const* src, Dims const& sd, T* dst, std::vector<size_t> const& reps)
{
    size_t nd = std::max(sd.ndims(), reps.size());
    size_t rows = sd[0];
    size_t out_rows = rows * reps[0];
    std::vector<size_t> out_dims(nd), counter(nd, 0);
    size_t out_cols = 1;
    for (size_t k = 0; k < nd; ++k) {
        out_dims[k] = sd[k] * (k < reps.size() ? reps[k] : 1);
        if (k > 0)
            out_cols *= out_dims[k];
    }
    if (out_rows == 0 || out_cols == 0)
        return;
    for (size_t c = 0; c < out_cols; ++c) {
        // Source column index: each coordinate taken modulo the source extent.
        size_t src_col = 0, stride = 1;
        for (size_t k = 1; k < nd; ++k) {
            src_col += (counter[k] % sd[k]) * stride;
            stride *= sd[k];
        }
        T const* s = src + src_col * rows;
        T* d = dst + c * out_rows;
        if (rows == 1)
            std::fill(d, d + out_rows, s[0]);
        else
            for (size_t r = 0; r < reps[0]; ++r)
                std::memcpy(d + r * rows, s, rows * sizeof(T));
        for (size_t k = 1; k < nd && ++counter[k] == out_dims[k]; ++k)
            counter[k] = 0;
    }
}

Result<std::vector<size_t>> parse_reps(CallContext const& cx, Args args)
{
    auto bad = [&] {
        return cx.error("MATLAB:repmat:invalidReplications",
            "Replication factors must be a row vector of integers or integer scalars.");
    };
    std::vector<size_t> reps;
    for (Value const& a : args) {
        NumericView nv(a);
        if (!nv.valid() || nv.is_complex() || a.class_id() == ClassId::Char)
            return bad();
        if (args.size() > 1 && nv.numel() != 1)
            return bad();
        if (args.size() == 1 && nv.numel() != 1 && !nv.dims().is_row())
            return bad();
        for (size_t i = 0; i < nv.numel(); ++i) {
            double v = nv[i];
            if (std::isnan(v) || (std::isfinite(v) && v != std::floor(v)))
                return bad();
            reps.push_back(v <= 0 ? 0 : static_cast<size_t>(std::min(v, 1e15)));
        }
    }
    if (reps.empty())
        return bad();
    if (reps.size() == 1)
        reps.push_back(reps[0]); // repmat(A, n) is n-by-n tiles
    return reps;
}

template <typename Arr>
Ref<Arr> tiled(Arr const& src, std::vector<size_t> const& reps, Dims const& out)
{
    auto dst = make_ref<Arr>(out);
    tile(src.data(), src.shape(), dst->data(), reps);
    return dst;
}

VoidResult repmat_builtin(CallContext& cx, Args args, Outs outs)
{
    std::vector<size_t> reps = TRY(parse_reps(cx, args.subspan(1)));
    Value a = args[0].boxed();
    Dims sd = a.dims();
    size_t nd = std::max(sd.ndims(), reps.size());
    std::vector<double> out(nd);
    for (size_t k = 0; k < nd; ++k)
        out[k] = static_cast<double>(sd[k]) * static_cast<double>(k < reps.size() ? reps[k] : 1);
    reps.resize(nd, 1);
    if (auto* d = a.as_double_array()) {
        TRY_VOID(check_array_size(cx, out, d->is_complex() ? 16.0 : 8.0));
        Dims od = to_dims(out);
        auto r = tiled(*d, reps, od);
        if (d->is_complex()) {
            r->make_complex();
            tile(d->imag(), sd, r->imag(), reps);
            outs[0] = Value::object(std::move(r));
        } else {
            outs[0] = make_double(std::move(r));
        }
        return {};
    }
    if (auto* l = a.as_logical_array()) {
        TRY_VOID(check_array_size(cx, out, 1.0));
        outs[0] = make_logical(tiled(*l, reps, to_dims(out)));
        return {};
    }
    if (auto* c = a.as_char_array()) {
        TRY_VOID(check_array_size(cx, out, 2.0));
        outs[0] = make_char(tiled(*c, reps, to_dims(out)));
        return {};
    }
    if (auto* f = a.as_single_array()) {
        TRY_VOID(check_array_size(cx, out, 4.0));
        outs[0] = make_single(tiled(*f, reps, to_dims(out)));
        return {};
    }
    if (is_integer_class(a.class_id())) {
        TRY_VOID(check_array_size(cx, out, static_cast<double>(element_bytes(a.class_id()))));
        outs[0] = visit_int_class(a.class_id(), [&](auto tag) {
            return make_int(tiled(*a.as_int_array<typename decltype(tag)::type>(), reps, to_dims(out)));
        });
        return {};
    }
    return cx.error("MATLAB:repmat:unsupportedClass",
        "repmat is not supported for inputs of class '" + std::string(value_class_name(a)) + "' yet.");
}

// The target shape of reshape: sizes as separate scalars (one may be []) or one size vector.
Result<Dims> reshape_dims(CallContext const& cx, Args sizes, size_t numel)
{
    std::vector<double> d;
    std::optional<size_t> unknown;
    auto not_int = [&] { return cx.error("MATLAB:getReshapeDims:notRealInt", "Size arguments must be real integers."); };
    if (sizes.size() == 1) {
        NumericView nv(sizes[0]);
        if (!nv.valid() || nv.is_complex() || sizes[0].class_id() == ClassId::Char)
            return not_int();
        if (nv.numel() < 2)
            return cx.error("MATLAB:getReshapeDims:sizeVector", "Size vector must have at least two elements.");
        if (!nv.dims().is_row())
            return cx.error("MATLAB:checkDimRow:rowSize", "Size vector must be a row vector with real elements.");
        for (size_t i = 0; i < nv.numel(); ++i)
            d.push_back(nv[i]);
    } else {
        for (size_t i = 0; i < sizes.size(); ++i) {
            NumericView nv(sizes[i]);
            if (nv.valid() && nv.numel() == 0 && sizes[i].class_id() != ClassId::Char) {
                if (unknown)
                    return cx.error("MATLAB:getReshapeDims:unknownDim", "Size can only have one unknown dimension.");
                unknown = i;
                d.push_back(1);
                continue;
            }
            if (!nv.valid() || nv.is_complex() || nv.numel() != 1 || sizes[i].class_id() == ClassId::Char)
                return not_int();
            d.push_back(nv[0]);
        }
    }
    for (double v : d) {
        if (!std::isfinite(v) || v != std::floor(v))
            return not_int();
        if (v < 0)
            return cx.error("MATLAB:checkDimCommon:nonnegativeSize", "Size vector elements should be nonnegative.");
    }
    double known = 1;
    for (size_t i = 0; i < d.size(); ++i)
        if (!unknown || i != *unknown)
            known *= d[i];
    if (unknown) {
        if (known == 0 || std::fmod(static_cast<double>(numel), known) != 0) {
            char buf[160];
            std::snprintf(buf, sizeof buf, "Product of known dimensions, %.0f, not divisible into total number of elements, %zu.", known, numel);
            return cx.error("MATLAB:getReshapeDims:notDivisible", buf);
        }
        d[*unknown] = static_cast<double>(numel) / known;
    } else if (known != static_cast<double>(numel)) {
        return cx.error("MATLAB:getReshapeDims:notSameNumel",
            "Number of elements must not change. Use [] as one of the size inputs to automatically calculate the appropriate size for that dimension.");
    }
    return to_dims(d);
}

// Reshape a uniquely owned dense array of any number-like class in place.
void set_dense_shape(Value& v, Dims const& d)
{
    visit_elements(v, [&](auto const* p, size_t, Dims const&) {
        using T = std::remove_cv_t<std::remove_pointer_t<decltype(p)>>;
        static_cast<DenseArray<T>*>(v.obj())->set_shape(d);
    });
}

// reshape(A, m, n, ...), reshape(A, [m n ...]): same elements in column-major order.
VoidResult reshape_builtin(CallContext& cx, Args args, Outs outs)
{
    Value const& a = args[0];
    ClassId c = a.class_id();
    if (!is_number_like(c))
        return cx.error("MATLAB:reshape:unsupportedClass",
            "reshape is not supported for inputs of class '" + std::string(class_name(c)) + "' yet.");
    Dims d = TRY(reshape_dims(cx, args.subspan(1), a.numel()));
    if (d == a.dims()) {
        outs[0] = a;
        return {};
    }
    Value r = a;
    r.make_unique(); // boxes unboxed scalars, clones shared arrays
    set_dense_shape(r, d);
    outs[0] = std::move(r).normalized();
    return {};
}

} // namespace

void register_construct_builtins(BuiltinTable& table)
{
    table.add({ .name = "zeros", .fn = zeros_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "ones", .fn = ones_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "eye", .fn = eye_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "true", .fn = true_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "false", .fn = false_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "rand", .fn = rand_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "randn", .fn = randn_builtin, .min_in = 0, .max_in = -1, .max_out = 1 });
    table.add({ .name = "randi", .fn = randi_builtin, .min_in = 1, .max_in = -1, .max_out = 1 });
    table.add({ .name = "rng", .fn = rng_builtin, .min_in = 0, .max_in = 2, .max_out = 1 });
    table.add({ .name = "linspace", .fn = linspace_builtin, .min_in = 2, .max_in = 3, .max_out = 1 });
    table.add({ .name = "colon", .fn = colon_builtin, .min_in = 2, .max_in = 3, .max_out = 1 });
    table.add({ .name = "repmat", .fn = repmat_builtin, .min_in = 2, .max_in = -1, .max_out = 1 });
    table.add({ .name = "reshape", .fn = reshape_builtin, .min_in = 2, .max_in = -1, .max_out = 1 });
}

} // namespace runmat::runtime
