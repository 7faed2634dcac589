// Helpers for runtime unit tests: building values, reading them back, calling builtins by
// name with a throwaway session context, and checking error identifiers/messages.
#pragma once
#include "runtime/builtin.hpp"
#include "runtime/value.hpp"
#include <gtest/gtest.h>
#include <cmath>
#include <string>
#include <vector>

namespace runmat::runtime::test {

// A column-major matrix of doubles: mat(2, 3, {1, 2, 3, 4, 5, 6}) is [1 3 5; 2 4 6].
inline Value mat(size_t r, size_t c, std::vector<double> const& v)
{
    auto a = make_ref<DoubleArray>(Dims(r, c));
    for (size_t i = 0; i < v.size(); ++i)
        a->data()[i] = v[i];
    return make_double(std::move(a));
}

inline Value nd(std::vector<size_t> const& dims, std::vector<double> const& v)
{
    auto a = make_ref<DoubleArray>(Dims(dims));
    for (size_t i = 0; i < v.size(); ++i)
        a->data()[i] = v[i];
    return make_double(std::move(a));
}

inline Value row(std::vector<double> const& v) { return Value::row_vector(v); }
inline Value col(std::vector<double> const& v) { return Value::column_vector(v); }
inline Value num(double x) { return Value::scalar(x); }
inline Value str(std::string_view s) { return Value::char_row(s); }

inline Value cplx_row(std::vector<double> const& re, std::vector<double> const& im)
{
    auto a = make_ref<DoubleArray>(Dims(1, re.size()));
    a->make_complex();
    for (size_t i = 0; i < re.size(); ++i) {
        a->data()[i] = re[i];
        a->imag()[i] = im[i];
    }
    return Value::object(std::move(a));
}

inline Value logical_row(std::vector<int> const& v)
{
    auto a = make_ref<LogicalArray>(Dims(1, v.size()));
    for (size_t i = 0; i < v.size(); ++i)
        a->data()[i] = static_cast<uint8_t>(v[i] != 0);
    return make_logical(std::move(a));
}

inline bool is_complex(Value const& v)
{
    auto* d = v.as_double_array();
    return d && d->is_complex();
}

// Real parts as doubles (double, logical, char; unboxed scalars too).
inline std::vector<double> re(Value const& v)
{
    if (v.is_num())
        return { v.num() };
    if (v.is_bool())
        return { v.boolean() ? 1.0 : 0.0 };
    std::vector<double> out;
    if (auto* d = v.as_double_array())
        out.assign(d->data(), d->data() + d->numel());
    else if (auto* l = v.as_logical_array())
        for (size_t i = 0; i < l->numel(); ++i) out.push_back(l->data()[i]);
    else if (auto* c = v.as_char_array())
        for (size_t i = 0; i < c->numel(); ++i) out.push_back(c->data()[i]);
    return out;
}

inline std::vector<double> im(Value const& v)
{
    auto* d = v.as_double_array();
    if (!d || !d->is_complex())
        return std::vector<double>(v.numel(), 0.0);
    return std::vector<double>(d->imag(), d->imag() + d->numel());
}

inline std::string text(Value const& v)
{
    auto* c = v.as_char_array();
    return c ? c->to_utf8() : std::string("<not char>");
}

class NullEnvironment final : public Environment {
public:
    void write_out(std::string_view t) override { out += t; }
    void write_err(std::string_view t) override { err += t; }
    int exist_kind(std::string_view) override { return 0; }
    void add_path(std::string const&, bool) override { }
    std::vector<std::string> path() const override { return {}; }
    std::string out, err;
};

// Call builtin `name` with nargout outputs (0 behaves as statement context: one slot).
inline Result<std::vector<Value>> call(std::string_view name, std::vector<Value> const& args, int nargout = 1)
{
    static RuntimeState state;
    static NullEnvironment env;
    BuiltinSpec const* spec = builtins().find(name);
    if (!spec)
        return make_error("Test:noBuiltin", std::string(name));
    CallContext cx { state, env, name, nargout, nullptr };
    std::vector<Value> outs(static_cast<size_t>(nargout > 1 ? nargout : 1));
    VoidResult r = spec->fn(cx, args, outs);
    if (r.is_error())
        return r.release_error();
    return outs;
}

// The first output of a builtin call that must succeed.
inline Value call1(std::string_view name, std::vector<Value> const& args)
{
    auto r = call(name, args);
    EXPECT_FALSE(r.is_error()) << name << ": " << (r.is_error() ? r.error().message : "");
    return r.is_error() ? Value() : r.value()[0];
}

template <typename R>
void expect_error(R const& r, std::string_view id, std::string_view message = {})
{
    ASSERT_TRUE(r.is_error()) << "expected error " << id;
    EXPECT_EQ(r.error().identifier, id);
    if (!message.empty()) {
        EXPECT_EQ(r.error().message, message);
    }
}

} // namespace runmat::runtime::test
