// Number-theory and combinatorics builtins: magic primes isprime factor factorial nchoosek
// perms gcd lcm. Integer-valued inputs of any numeric class; results keep the input's class
// where MATLAB does (primes, factor, factorial, nchoosek, gcd, lcm). Knows nothing of the VM.
#include "runtime/builtins/numeric_common.hpp"
#include "runtime/elementwise.hpp"
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace runmat::runtime::numeric {

namespace {

constexpr double FLINTMAX = 9007199254740992.0;

bool is_nonneg_int(double x) { return x >= 0 && x == std::floor(x) && !std::isinf(x); }

// ---- magic ------------------------------------------------------------------------------

// MATLAB's magic.m, element by element (1-based i, j): odd orders by the de la Loubere-like
// formula, doubly even by complementing the diagonal pattern, singly even (LUX-like) from
// magic(n/2) with the column swaps of magic.m.
std::vector<double> magic_square(long n)
{
    size_t N = static_cast<size_t>(n);
    std::vector<double> m(N * N);
    auto at = [&](long i, long j) -> double& { return m[static_cast<size_t>((j - 1) * n + (i - 1))]; };
    auto mod = [](long a, long b) { long r = a % b; return r < 0 ? r + b : r; };
    if (n % 2 == 1) {
        for (long j = 1; j <= n; ++j)
            for (long i = 1; i <= n; ++i)
                at(i, j) = static_cast<double>(n * mod(i + j - (n + 3) / 2, n) + mod(i + 2 * j - 2, n) + 1);
        return m;
    }
    if (n % 4 == 0) {
        for (long j = 1; j <= n; ++j)
            for (long i = 1; i <= n; ++i) {
                double v = static_cast<double>((i - 1) * n + j);
                at(i, j) = (mod(i, 4) / 2 == mod(j, 4) / 2) ? static_cast<double>(n * n + 1) - v : v;
            }
        return m;
    }
    long p = n / 2;
    std::vector<double> q = magic_square(p);
    double pp = static_cast<double>(p * p);
    for (long j = 1; j <= p; ++j)
        for (long i = 1; i <= p; ++i) {
            double v = q[static_cast<size_t>((j - 1) * p + (i - 1))];
            at(i, j) = v;
            at(i, j + p) = v + 2 * pp;
            at(i + p, j) = v + 3 * pp;
            at(i + p, j + p) = v + pp;
        }
    auto swap_rows = [&](long i, long j) { std::swap(at(i, j), at(i + p, j)); };
    long k = (n - 2) / 4;
    for (long j = 1; j <= n; ++j)
        if (j <= k || j >= n - k + 2)
            for (long i = 1; i <= p; ++i)
                swap_rows(i, j);
    // M([i; i+p], [1 i]) = M([i+p; i], [1 i]) with i = k+1 (the same column twice when i == 1).
    long i = k + 1;
    swap_rows(i, 1);
    if (i != 1)
        swap_rows(i, i);
    return m;
}

VoidResult magic_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_number_like(cx, args[0]));
    NumericView nv(args[0]);
    if (nv.numel() == 0)
        return cx.error("MATLAB:magic:emptyInput", "Input must not be empty.");
    double x = std::floor(nv[0]);
    if (!(x >= 1) || std::isnan(x)) {
        outs[0] = Value::empty();
        return {};
    }
    if (x > 65535)
        return cx.error("MATLAB:array:SizeLimitExceeded", "Requested array exceeds the maximum possible variable size.");
    long n = static_cast<long>(x);
    std::vector<double> m = magic_square(n);
    outs[0] = double_from(Dims(static_cast<size_t>(n), static_cast<size_t>(n)), m.data());
    return {};
}

// ---- primes, isprime, factor ------------------------------------------------------------

std::vector<double> primes_upto(double n)
{
    std::vector<double> out;
    if (!(n >= 2))
        return out;
    size_t m = static_cast<size_t>(std::floor(n));
    std::vector<uint8_t> composite(m + 1, 0);
    for (size_t i = 2; i <= m; ++i) {
        if (composite[i])
            continue;
        out.push_back(static_cast<double>(i));
        for (size_t j = i * i; j <= m && i <= m / i; j += i)
            composite[j] = 1;
    }
    return out;
}

uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) { return static_cast<uint64_t>(static_cast<unsigned __int128>(a) * b % m); }

uint64_t powmod(uint64_t a, uint64_t e, uint64_t m)
{
    uint64_t r = 1;
    a %= m;
    for (; e; e >>= 1) {
        if (e & 1)
            r = mulmod(r, a, m);
        a = mulmod(a, a, m);
    }
    return r;
}

// Deterministic Miller-Rabin for 64-bit n (these bases are exact below 3.3e24).
bool is_prime_u64(uint64_t n)
{
    if (n < 2)
        return false;
    for (uint64_t p : { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 }) {
        if (n % p == 0)
            return n == p;
    }
    uint64_t d = n - 1;
    int s = 0;
    for (; (d & 1) == 0; d >>= 1)
        ++s;
    for (uint64_t a : { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 }) {
        uint64_t x = powmod(a, d, n);
        if (x == 1 || x == n - 1)
            continue;
        bool composite = true;
        for (int r = 1; r < s && composite; ++r) {
            x = mulmod(x, x, n);
            composite = x != n - 1;
        }
        if (composite)
            return false;
    }
    return true;
}

// The 64-bit integer values of v (integer classes read exactly, others via double).
std::vector<uint64_t> u64_values(Value const& v)
{
    std::vector<uint64_t> out;
    if (v.class_id() == ClassId::UInt64) {
        auto* a = v.as_int_array<uint64_t>();
        out.assign(a->data(), a->data() + a->numel());
    } else if (v.class_id() == ClassId::Int64) {
        auto* a = v.as_int_array<int64_t>();
        for (size_t i = 0; i < a->numel(); ++i)
            out.push_back(static_cast<uint64_t>(a->data()[i]));
    } else {
        for (double x : real_values(v))
            out.push_back(static_cast<uint64_t>(x));
    }
    return out;
}

VoidResult primes_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_number_like(cx, args[0]));
    if (!args[0].is_scalar())
        return cx.error("MATLAB:primes:InputNotScalar", "N must be a scalar.");
    TRY_VOID(require_real(cx, args[0], "MATLAB:primes:InputNotReal", "N must be real."));
    double n = NumericView(args[0])[0];
    if (n > 4e9)
        return cx.error("MATLAB:array:SizeLimitExceeded", "Requested array exceeds the maximum possible variable size.");
    std::vector<double> p = primes_upto(n);
    ClassId c = args[0].class_id();
    Value r = double_from(Dims(1, p.size()), p.data());
    outs[0] = TRY(as_class(cx, std::move(r), is_numeric_class(c) ? c : ClassId::Double));
    return {};
}

VoidResult isprime_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_number_like(cx, args[0]));
    RuntimeError bad = cx.error("MATLAB:isprime:InputNotPosInt", "All entries of X must be nonnegative integers.");
    TRY_VOID(require_real(cx, args[0], bad.identifier.c_str(), bad.message.c_str()));
    NumericView nv(args[0]);
    auto out = new_logical(nv.dims());
    bool int64ish = args[0].class_id() == ClassId::Int64 || args[0].class_id() == ClassId::UInt64;
    for (size_t i = 0; i < nv.numel(); ++i)
        if (!is_nonneg_int(nv[i]))
            return bad;
    if (int64ish) {
        std::vector<uint64_t> u = u64_values(args[0]);
        for (size_t i = 0; i < u.size(); ++i)
            out->data()[i] = is_prime_u64(u[i]);
    } else {
        for (size_t i = 0; i < nv.numel(); ++i)
            out->data()[i] = is_prime_u64(static_cast<uint64_t>(nv[i]));
    }
    outs[0] = make_logical(std::move(out));
    return {};
}

std::vector<uint64_t> factorize(uint64_t n)
{
    std::vector<uint64_t> f;
    if (n < 4) {
        f.push_back(n);
        return f;
    }
    for (uint64_t p = 2; p <= n / p; p += (p == 2 ? 1 : 2)) {
        while (n % p == 0) {
            f.push_back(p);
            n /= p;
        }
        if (n > 1 && is_prime_u64(n))
            break;
    }
    if (n > 1)
        f.push_back(n);
    return f;
}

VoidResult factor_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_number_like(cx, args[0]));
    if (!args[0].is_scalar())
        return cx.error("MATLAB:factor:NonScalarInput", "N must be a scalar.");
    NumericView nv(args[0]);
    if (nv.is_complex() || !is_nonneg_int(nv[0]))
        return cx.error("MATLAB:factor:InputNotPosInt", "N must be a nonnegative integer.");
    ClassId c = args[0].class_id();
    if ((c == ClassId::Double && nv[0] > FLINTMAX) || (c == ClassId::Single && nv[0] > 16777216.0))
        return cx.error("MATLAB:factor:InputOutOfRange", "The maximum value of N allowed is flintmax.");
    std::vector<uint64_t> f = factorize(u64_values(args[0])[0]);
    if (is_int64_class(c)) {
        Value r = new_numeric(c, Dims(1, f.size()));
        visit_int_class(c, [&](auto tag) {
            using T = typename decltype(tag)::type;
            auto* a = r.as_int_array<T>();
            for (size_t i = 0; i < f.size(); ++i)
                a->data()[i] = static_cast<T>(f[i]);
        });
        outs[0] = r;
        return {};
    }
    std::vector<double> d(f.begin(), f.end());
    outs[0] = TRY(as_class(cx, row_from(d), is_numeric_class(c) ? c : ClassId::Double));
    return {};
}

// ---- factorial, nchoosek, perms ---------------------------------------------------------

VoidResult factorial_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_number_like(cx, args[0]));
    RuntimeError bad = cx.error("MATLAB:factorial:NNegativeInt", "N must be a matrix of non-negative integers.");
    TRY_VOID(require_real(cx, args[0], bad.identifier.c_str(), bad.message.c_str()));
    NumericView nv(args[0]);
    ClassId c = args[0].class_id();
    auto out = new_double(nv.dims());
    for (size_t i = 0; i < nv.numel(); ++i) {
        double n = nv[i];
        if (!(n >= 0) || n != std::floor(n))
            return bad;
        double f = 1;
        if (c == ClassId::Single) {
            float g = 1; // single factorials accumulate in single, as MATLAB's cumprod does
            for (double k = 2; k <= n && !std::isinf(g); ++k)
                g *= static_cast<float>(k);
            f = g;
        } else {
            for (double k = 2; k <= n && !std::isinf(f); ++k)
                f *= k;
        }
        out->data()[i] = f;
    }
    outs[0] = TRY(as_class(cx, make_double(std::move(out)), is_numeric_class(c) ? c : ClassId::Double));
    return {};
}

// MATLAB's nchoosek for scalars: k = min(k, n-k), then round(prod(((n-k+1):n) ./ (1:k))).
double binomial(double n, double k)
{
    if (k > n / 2)
        k = n - k;
    if (k <= 1)
        return std::pow(n, k);
    double c = 1;
    for (double i = 1; i <= k; ++i)
        c *= (n - k + i) / i;
    return std::round(c);
}

// Every k-subset of positions 0..n-1 in lexicographic order, rows of the result.
std::vector<std::vector<size_t>> combinations(size_t n, size_t k)
{
    std::vector<std::vector<size_t>> rows;
    std::vector<size_t> c(k);
    std::iota(c.begin(), c.end(), size_t(0));
    while (true) {
        rows.push_back(c);
        size_t i = k;
        while (i > 0 && c[i - 1] == n - k + i - 1)
            --i;
        if (i == 0)
            return rows;
        ++c[i - 1];
        for (size_t j = i; j < k; ++j)
            c[j] = c[j - 1] + 1;
    }
}

// Rows of `v` elements picked by position lists, in v's class.
Value pick_rows(Value const& v, std::vector<std::vector<size_t>> const& rows, size_t k)
{
    NumericView nv(v);
    Dims d(rows.size(), k);
    auto out = new_double(d);
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t j = 0; j < k; ++j)
            out->data()[j * rows.size() + r] = nv[rows[r][j]];
    Value dv = make_double(std::move(out));
    switch (v.class_id()) {
    case ClassId::Double: return dv;
    case ClassId::Logical: return to_logical(dv, LogicalConversion::Function).value();
    case ClassId::Char: {
        auto c = make_ref<CharArray>(d);
        NumericView picked(dv);
        for (size_t i = 0; i < d.numel(); ++i)
            c->data()[i] = char_unit(picked[i]);
        return make_char(std::move(c));
    }
    default: return convert_class(dv, v.class_id()).value();
    }
}

VoidResult nchoosek_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_number_like(cx, args[0]));
    TRY_VOID(require_number_like(cx, args[1]));
    NumericView kv(args[1]);
    if (kv.numel() != 1 || !is_nonneg_int(kv[0]))
        return cx.error("MATLAB:nchoosek:InvalidArg2", "The second input has to be a non-negative integer.");
    if (!args[0].dims().is_vector() && args[0].numel() != 0)
        return cx.error("MATLAB:nchoosek:InvalidArg1", "The first argument has to be a scalar or a vector.");
    double k = kv[0];
    NumericView nv(args[0]);
    if (nv.numel() == 1 && is_nonneg_int(nv[0])) {
        double n = nv[0];
        if (k > n)
            return cx.error("MATLAB:nchoosek:KOutOfRange", "K must be an integer between 0 and N.");
        double c = binomial(n, k);
        if (c > FLINTMAX)
            emit_warning("MATLAB:nchoosek:LargeCoefficient",
                "Result may not be exact. Coefficient is greater than 9.007199e+15 and is only accurate to 15 digits");
        ClassId cls = args[0].class_id() == ClassId::Double ? args[1].class_id() : args[0].class_id();
        outs[0] = TRY(as_class(cx, Value::scalar(c), is_numeric_class(cls) ? cls : ClassId::Double));
        return {};
    }
    size_t n = nv.numel();
    size_t kk = static_cast<size_t>(k);
    if (kk > n || kk == 0) {
        std::vector<std::vector<size_t>> none;
        if (kk == 0)
            none.emplace_back();
        outs[0] = pick_rows(args[0], none, kk);
        return {};
    }
    if (binomial(static_cast<double>(n), k) > 1e8)
        return cx.error("MATLAB:array:SizeLimitExceeded", "Requested array exceeds the maximum possible variable size.");
    outs[0] = pick_rows(args[0], combinations(n, kk), kk);
    return {};
}

// perms(v): every permutation of v's positions in reverse lexicographic order, applied to v.
VoidResult perms_builtin(CallContext& cx, Args args, Outs outs)
{
    TRY_VOID(require_number_like(cx, args[0]));
    size_t n = args[0].numel();
    if (n > 11)
        return cx.error("MATLAB:pmaxsize", "Maximum variable size allowed by the program is exceeded.");
    std::vector<std::vector<size_t>> rows;
    if (n == 0) {
        rows.emplace_back();
        outs[0] = pick_rows(args[0], rows, 0);
        return {};
    }
    std::vector<size_t> p(n);
    std::iota(p.rbegin(), p.rend(), size_t(0));
    do
        rows.push_back(p);
    while (std::prev_permutation(p.begin(), p.end()));
    outs[0] = pick_rows(args[0], rows, n);
    return {};
}

// ---- gcd, lcm ---------------------------------------------------------------------------

// The class of a gcd/lcm result: MATLAB's arithmetic class rule (integers with same class or
// scalar doubles), single beats double.
Result<ClassId> pair_class(CallContext const& cx, Value const& a, Value const& b)
{
    Result<ClassId> c = arithmetic_class(a.class_id(), a.is_scalar(), b.class_id(), b.is_scalar());
    if (!c) {
        RuntimeError e = c.release_error();
        e.raised_by = std::string(cx.name);
        return e;
    }
    ClassId r = c.value();
    return r == ClassId::Logical || r == ClassId::Char ? ClassId::Double : r;
}

double gcd_abs(double a, double b)
{
    a = std::fabs(a);
    b = std::fabs(b);
    while (b != 0) {
        double t = std::fmod(a, b);
        a = b;
        b = t;
    }
    return a;
}

// [g, c, d] with g = a*c + b*d: MATLAB gcd.m's extended Euclid on |a|, |b|.
void gcd_ext(double a, double b, double& g, double& c, double& d)
{
    double u[3] = { 1, 0, std::fabs(a) }, v[3] = { 0, 1, std::fabs(b) };
    while (v[2] != 0) {
        double q = std::floor(u[2] / v[2]);
        double t[3] = { u[0] - v[0] * q, u[1] - v[1] * q, u[2] - v[2] * q };
        std::copy(v, v + 3, u);
        std::copy(t, t + 3, v);
    }
    auto sign = [](double x) { return static_cast<double>((x > 0) - (x < 0)); };
    c = u[0] * sign(a);
    d = u[1] * sign(b);
    g = u[2];
}

template <typename F>
VoidResult int_pair_builtin(CallContext& cx, Args args, Outs outs, char const* id, char const* msg, bool positive, F f)
{
    TRY_VOID(require_number_like(cx, args[0]));
    TRY_VOID(require_number_like(cx, args[1]));
    ClassId cls = TRY(pair_class(cx, args[0], args[1]));
    DoubleOperand a(args[0]), b(args[1]);
    if (a.is_complex() || b.is_complex())
        return cx.error(id, msg);
    for (DoubleOperand const* op : { &a, &b })
        for (size_t i = 0; i < op->numel(); ++i) {
            double x = op->re()[i];
            if (x != std::round(x) || std::isinf(x) || (positive && x < 1))
                return cx.error(id, msg);
        }
    Dims od = TRY(broadcast_dims(a.dims(), b.dims()));
    size_t nout = outs.size() < 3 ? 1 : 3;
    std::vector<Ref<DoubleArray>> res;
    for (size_t k = 0; k < nout; ++k)
        res.push_back(new_double(od));
    for_each_run(a.dims(), b.dims(), od, [&](size_t o, size_t ia, size_t sa, size_t ib, size_t sb, size_t n) {
        for (size_t i = 0; i < n; ++i) {
            double g, c = 0, d = 0;
            f(a.re()[ia + i * sa], b.re()[ib + i * sb], g, c, d);
            res[0]->data()[o + i] = g;
            if (nout == 3) {
                res[1]->data()[o + i] = c;
                res[2]->data()[o + i] = d;
            }
        }
    });
    for (size_t k = 0; k < nout; ++k)
        outs[k] = TRY(as_class(cx, make_double(std::move(res[k])), cls));
    return {};
}

VoidResult gcd_builtin(CallContext& cx, Args args, Outs outs)
{
    return int_pair_builtin(cx, args, outs, "MATLAB:gcd:NonIntInputs", "Inputs must be real integers.", false,
        [](double a, double b, double& g, double& c, double& d) { gcd_ext(a, b, g, c, d); });
}

VoidResult lcm_builtin(CallContext& cx, Args args, Outs outs)
{
    return int_pair_builtin(cx, args, outs, "MATLAB:lcm:InputNotPosInt", "Input arguments must contain positive integers.", true,
        [](double a, double b, double& l, double&, double&) {
            double g = gcd_abs(a, b);
            l = g == 0 ? 0 : std::fabs(a * (b / g));
        });
}

} // namespace

void register_numeric_integer(BuiltinTable& t)
{
    t.add({ .name = "magic", .fn = magic_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "primes", .fn = primes_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "isprime", .fn = isprime_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "factor", .fn = factor_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "factorial", .fn = factorial_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "nchoosek", .fn = nchoosek_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    t.add({ .name = "perms", .fn = perms_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "gcd", .fn = gcd_builtin, .min_in = 2, .max_in = 2, .max_out = 3 });
    t.add({ .name = "lcm", .fn = lcm_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
}

} // namespace runmat::runtime::numeric
