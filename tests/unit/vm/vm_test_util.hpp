// Helpers for VM/session tests: a capturing host, a session runner, a manual poll context and
// an awaitable builtin (test_wait) the test completes by hand.
#pragma once
#include "async/local_executor.hpp"
#include "runtime/builtin.hpp"
#include "session/session.hpp"
#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace runmat::test {

class CaptureHost final : public session::SessionHost {
public:
    void write_out(std::string_view t) override { out += t; }
    void write_err(std::string_view t) override { err += t; }
    std::string out;
    std::string err;
};

// A session with captured output; run() executes to completion.
struct Runner {
    CaptureHost host;
    session::Session session { host };

    session::ExecutionResult run(std::string const& code)
    {
        host.out.clear();
        host.err.clear();
        return session.execute(code, "t.m");
    }
    // Output of code that must succeed.
    std::string out(std::string const& code)
    {
        auto r = run(code);
        EXPECT_TRUE(r.ok) << session::Session::format_error(r);
        return host.out;
    }
    // The identifier of the uncaught error code raises.
    std::string error_id(std::string const& code)
    {
        auto r = run(code);
        EXPECT_FALSE(r.ok);
        if (!r.runtime_error)
            return r.syntax_error ? "syntax: " + r.syntax_error->message : "";
        return r.runtime_error->identifier;
    }
    RuntimeError error(std::string const& code)
    {
        auto r = run(code);
        EXPECT_TRUE(r.runtime_error.has_value()) << (r.syntax_error ? r.syntax_error->message : "ok");
        return r.runtime_error ? *r.runtime_error : RuntimeError {};
    }
    double num(std::string const& name)
    {
        auto v = session.get_variable(name);
        EXPECT_TRUE(v.has_value()) << name;
        if (!v)
            return -999;
        if (v->is_num())
            return v->num();
        if (v->is_bool())
            return v->boolean();
        if (auto* a = v->as_double_array(); a && a->numel() == 1)
            return a->data()[0];
        ADD_FAILURE() << name << " is not a scalar";
        return -999;
    }
};

// Counts wakes; a poll Context for driving futures by hand.
struct CountingWake final : async::WakeTarget {
    int wakes = 0;
    void wake() override { ++wakes; }
};

struct ManualPoller {
    async::LocalExecutor executor;
    std::shared_ptr<CountingWake> target = std::make_shared<CountingWake>();
    async::Context cx { async::Waker(target), executor };
};

// The state behind test_wait(): Pending until the test calls complete()/fail(), then Ready.
struct Gate {
    bool ready = false;
    bool failed = false;
    double value = 42;
    bool cancelled = false;
    int polls = 0;
    async::Waker waker;
    void complete(double v = 42)
    {
        ready = true;
        value = v;
        waker.wake();
    }
    void fail()
    {
        ready = true;
        failed = true;
        waker.wake();
    }
};

// A queue of gates: each test_wait() call takes the next one.
struct Gates {
    std::vector<std::shared_ptr<Gate>> all;
    size_t next = 0;
    std::shared_ptr<Gate> take()
    {
        all.push_back(std::make_shared<Gate>());
        ++next;
        return all.back();
    }
    Gate& last() { return *all.back(); }
};

inline Gates& gates()
{
    static Gates g;
    return g;
}

class GateAwaitable final : public runtime::ValueAwaitable {
public:
    explicit GateAwaitable(std::shared_ptr<Gate> g) : m_gate(std::move(g)) { }
    async::Poll<Result<std::vector<runtime::Value>>> poll(async::Context& cx) override
    {
        m_gate->polls++;
        if (!m_gate->ready) {
            m_gate->waker = cx.waker();
            return async::Pending;
        }
        if (m_gate->failed)
            return Result<std::vector<runtime::Value>>(make_error("test:gateFailed", "gate failed"));
        return Result<std::vector<runtime::Value>>(std::vector<runtime::Value> { runtime::Value::scalar(m_gate->value) });
    }
    void cancel() override { m_gate->cancelled = true; }

private:
    std::shared_ptr<Gate> m_gate;
};

inline VoidResult test_wait_builtin(runtime::CallContext& cx, runtime::Args, runtime::Outs)
{
    cx.pending = std::make_unique<GateAwaitable>(gates().take());
    return {};
}

inline void register_test_wait(session::Session& s)
{
    s.register_builtin({ .name = "test_wait", .fn = test_wait_builtin, .min_in = 0, .max_in = 0, .max_out = 1 });
}

} // namespace runmat::test
