// Async builtins that only build values: async, sleep_ms, yield_now, join, race,
// with_timeout_ms, cancellation_token, with_cancel. Running futures (await, spawn) needs the
// VM and lives there (vm/async_ops.cpp). Knows no executor implementation or host.
#include "async/sleep.hpp"
#include "runtime/array_util.hpp"
#include "runtime/future.hpp"
#include <cmath>

namespace runmat::runtime {

RuntimeError future_consumed_error()
{
    return make_error("RunMat:futureConsumed", "This future was already awaited or spawned. A future runs once: create a new one to run it again.");
}

RuntimeError task_consumed_error()
{
    return make_error("RunMat:taskConsumed", "This task was already awaited. A task handle can be awaited once.");
}

RuntimeError cancelled_error() { return make_error("RunMat:cancelled", "The operation was cancelled."); }

bool is_async_extension_name(std::string_view name)
{
    static constexpr std::string_view NAMES[] = { "async", "await", "spawn", "sleep_ms", "yield_now", "race",
        "with_timeout_ms", "cancellation_token", "with_cancel", "read_text_async", "write_text_async" };
    for (auto n : NAMES)
        if (n == name)
            return true;
    return false;
}

namespace {

// sleep_ms: completes with [] once the executor's clock reaches the deadline fixed at the
// first poll. Cancelling (dropping) it removes its timer.
class SleepAwaitable final : public ValueAwaitable {
public:
    RUNMAT_POOLED_CLASS
    explicit SleepAwaitable(int64_t ms) : m_sleep(async::Millis(ms)) { }
    async::Poll<Result<std::vector<Value>>> poll(async::Context& cx) override
    {
        if (m_sleep.poll(cx).is_pending())
            return async::Pending;
        return Result<std::vector<Value>>(std::vector<Value> { Value::empty() });
    }

private:
    async::SleepFuture m_sleep;
};

// yield_now: Pending once (waking itself at once, so it goes to the back of the FIFO ready
// queue), then Ready.
class YieldAwaitable final : public ValueAwaitable {
public:
    async::Poll<Result<std::vector<Value>>> poll(async::Context& cx) override
    {
        if (!m_yielded) {
            m_yielded = true;
            cx.waker().wake();
            return async::Pending;
        }
        return Result<std::vector<Value>>(std::vector<Value> { Value::empty() });
    }

private:
    bool m_yielded = false;
};

Value native_future(CallContext const& cx, std::function<std::unique_ptr<ValueAwaitable>()> make)
{
    auto f = make_ref<FutureObject>(FutureObject::Kind::Native);
    f->make = std::move(make);
    f->label = cx.name;
    return Value::object(std::move(f));
}

Result<int64_t> millis_arg(CallContext const& cx, Value const& v)
{
    double ms = TRY(scalar_arg(cx, v, "The duration in milliseconds"));
    if (std::isnan(ms) || ms < 0)
        return cx.error("RunMat:" + std::string(cx.name) + ":invalidDuration", "The duration in milliseconds must be a nonnegative number.");
    if (ms > 9.0e15)
        ms = 9.0e15; // effectively forever; keeps the deadline arithmetic in range
    return static_cast<int64_t>(std::ceil(ms));
}

VoidResult async_builtin(CallContext& cx, Args args, Outs outs)
{
    if (!args[0].as_function_handle())
        return cx.error("RunMat:async:notCallable", "async requires a function handle taking no arguments, e.g. async @() f(x).");
    auto f = make_ref<FutureObject>(FutureObject::Kind::Call);
    f->callee = args[0];
    outs[0] = Value::object(std::move(f));
    return {};
}

VoidResult sleep_ms_builtin(CallContext& cx, Args args, Outs outs)
{
    int64_t ms = TRY(millis_arg(cx, args[0]));
    outs[0] = native_future(cx, [ms] { return std::make_unique<SleepAwaitable>(ms); });
    return {};
}

VoidResult yield_now_builtin(CallContext& cx, Args, Outs outs)
{
    outs[0] = native_future(cx, [] { return std::make_unique<YieldAwaitable>(); });
    return {};
}

// Take ownership of futures / task handles given to a combinator: each becomes consumed now.
Result<std::vector<Value>> take_children(CallContext& cx, Args args)
{
    for (auto const& a : args) {
        if (auto* f = as_future(a)) {
            if (f->consumed)
                return cx.error(future_consumed_error().identifier, future_consumed_error().message);
        } else if (auto* t = as_task(a)) {
            if (t->task->consumed)
                return cx.error(task_consumed_error().identifier, task_consumed_error().message);
        } else {
            return cx.error("RunMat:" + std::string(cx.name) + ":notAFuture", "Arguments to " + std::string(cx.name) + " must be futures or task handles.");
        }
    }
    std::vector<Value> out;
    for (auto const& a : args) {
        if (auto* f = as_future(a))
            f->consumed = true;
        else
            as_task(a)->task->consumed = true;
        out.push_back(a);
    }
    return out;
}

VoidResult combinator(CallContext& cx, Args args, Outs outs, FutureObject::Kind kind)
{
    auto f = make_ref<FutureObject>(kind);
    f->children = TRY(take_children(cx, args));
    outs[0] = Value::object(std::move(f));
    return {};
}

// MATLAB's join(str, delimiter) (text) keeps working: it is used unless the first argument
// is a future or a task handle.
BuiltinFn g_text_join = nullptr;

VoidResult join_builtin(CallContext& cx, Args args, Outs outs)
{
    if (g_text_join && !as_future(args[0]) && !as_task(args[0])) {
        if (args.size() > 3)
            return cx.error("MATLAB:TooManyInputs", "Too many input arguments.");
        return g_text_join(cx, args, outs);
    }
    return combinator(cx, args, outs, FutureObject::Kind::Join);
}
VoidResult race_builtin(CallContext& cx, Args args, Outs outs) { return combinator(cx, args, outs, FutureObject::Kind::Race); }

VoidResult with_timeout_ms_builtin(CallContext& cx, Args args, Outs outs)
{
    int64_t ms = TRY(millis_arg(cx, args[0]));
    auto f = make_ref<FutureObject>(FutureObject::Kind::Timeout);
    f->children = TRY(take_children(cx, args.subspan(1)));
    f->ms = static_cast<double>(ms);
    outs[0] = Value::object(std::move(f));
    return {};
}

VoidResult with_cancel_builtin(CallContext& cx, Args args, Outs outs)
{
    auto* tok = as_cancel_token(args[0]);
    if (!tok)
        return cx.error("RunMat:with_cancel:notAToken", "The first argument of with_cancel must be a token from cancellation_token().");
    auto f = make_ref<FutureObject>(FutureObject::Kind::WithCancel);
    f->children = TRY(take_children(cx, args.subspan(1)));
    f->token = tok->token; // optional: set only for with_cancel
    outs[0] = Value::object(std::move(f));
    return {};
}

// [cancel, tok] = cancellation_token(): `cancel` is a handle bound to the token (the VM
// passes a named handle's captures as leading arguments), so cancel() triggers it.
VoidResult cancellation_token_builtin(CallContext&, Args, Outs outs)
{
    Value tok = Value::object(make_ref<CancelTokenObject>(async::CancelToken()));
    auto h = make_ref<FunctionHandle>();
    h->name = "runmat_cancel_token";
    h->text = "@()cancel(tok)";
    h->captures.push_back(tok);
    outs[0] = Value::object(std::move(h));
    if (outs.size() > 1)
        outs[1] = tok;
    return {};
}

VoidResult cancel_token_builtin(CallContext& cx, Args args, Outs)
{
    auto* tok = as_cancel_token(args[0]);
    if (!tok)
        return cx.error("RunMat:cancel:notAToken", "Expected a token from cancellation_token().");
    tok->token.cancel();
    return {};
}

} // namespace

void register_async_builtins(BuiltinTable& t)
{
    t.add({ .name = "async", .fn = async_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "sleep_ms", .fn = sleep_ms_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "yield_now", .fn = yield_now_builtin, .min_in = 0, .max_in = 0, .max_out = 1 });
    if (auto const* text = t.find("join"))
        g_text_join = text->fn;
    t.add({ .name = "join", .fn = join_builtin, .min_in = 1, .max_in = -1, .max_out = 1 });
    t.add({ .name = "race", .fn = race_builtin, .min_in = 1, .max_in = -1, .max_out = 1 });
    t.add({ .name = "with_timeout_ms", .fn = with_timeout_ms_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    t.add({ .name = "with_cancel", .fn = with_cancel_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
    t.add({ .name = "cancellation_token", .fn = cancellation_token_builtin, .min_in = 0, .max_in = 0, .max_out = 2 });
    t.add({ .name = "runmat_cancel_token", .fn = cancel_token_builtin, .min_in = 1, .max_in = 1, .max_out = 0 });
}

} // namespace runmat::runtime
