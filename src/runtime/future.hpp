// Futures, task handles and cancellation tokens as MATLAB values (class 'future' / 'task').
// A future is a lazy description of work: creating one runs nothing. The VM runs it, in the
// awaiting task (await) or as a new task (spawn). Knows no VM, executor implementation or host.
#pragma once
#include "async/cancel.hpp"
#include "async/task_record.hpp"
#include "runtime/builtin.hpp"
#include "runtime/value.hpp"
#include "support/pool.hpp"
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace runmat::runtime {

// A task's result: its outputs (at most its first output for an anonymous body; [] if none).
using TaskResult = std::vector<Value>;
using ValueTaskRecord = async::TaskRecord<TaskResult, RuntimeError>;

// What a spawned task shares between its handles, its group and its driver (one allocation
// with its record).
struct TaskShared {
    TaskShared(uint64_t n, async::CancelToken token, bool is_internal)
        : record(n, std::move(token)), consumed(is_internal), internal(is_internal)
    {
    }
    // 1, 2, ... within its top-level run (warnings name tasks by it): the record's id.
    uint64_t number() const { return record.id(); }
    ValueTaskRecord record;
    bool consumed = false; // awaited, or handed to join/race: a second await is an error
    bool internal = false; // started by a combinator (join, race, ...): it owns the result
};

// The record of `t` as a JoinWait needs it: sharing t's ownership.
inline std::shared_ptr<async::TaskRecordBase> record_of(std::shared_ptr<TaskShared> const& t)
{
    return std::shared_ptr<async::TaskRecordBase>(t, &t->record);
}

class FutureObject final : public HeapObject {
public:
    enum class Kind : uint8_t {
        Call,       // callee(args...): an `async F` or a call of an async function
        Native,     // a runtime awaitable (sleep_ms, yield_now, host I/O): make() builds it
        Join,       // children: all results, in order
        Race,       // children: the first to finish
        Timeout,    // children[0] within `ms`
        WithCancel, // children[0] unless `token` is cancelled first
    };
    RUNMAT_POOLED_CLASS
    explicit FutureObject(Kind k) : HeapObject(ClassId::Future), kind(k) { }
    // Copies share the consumed flag (copying a variable copies the handle, not the work).
    HeapObject* clone() const override { return new FutureObject(*this); }

    Kind kind;
    // Values copy the reference, so copies of a variable share this flag; clone() (copy on
    // write, which no operation on futures triggers) copies it.
    bool consumed = false;
    Value callee;                 // Call: a function handle (or fn, below)
    void const* fn = nullptr;     // Call of an async function: its vm::Function, run directly
    std::shared_ptr<void const> keep; // fn: keeps its module alive
    std::vector<Value> args;      // Call
    std::function<std::unique_ptr<ValueAwaitable>()> make; // Native
    std::string_view label;       // Native: the builtin that made it (a static name; traces)
    std::vector<Value> children;  // Join/Race/Timeout/WithCancel: futures or task handles
    double ms = 0;                // Timeout
    std::optional<async::CancelToken> token; // WithCancel (other futures allocate no token)
};

class TaskObject final : public HeapObject {
public:
    RUNMAT_POOLED_CLASS
    explicit TaskObject(std::shared_ptr<TaskShared> t) : HeapObject(ClassId::Task), task(std::move(t)) { }
    HeapObject* clone() const override { return new TaskObject(*this); }
    std::shared_ptr<TaskShared> task;
};

// The `tok` of [cancel, tok] = cancellation_token(). Class 'cancellation_token'-like object.
class CancelTokenObject final : public Object {
public:
    explicit CancelTokenObject(async::CancelToken t) : token(std::move(t)) { }
    std::string_view class_name() const override { return "cancellation_token"; }
    HeapObject* clone() const override { return new CancelTokenObject(*this); }
    async::CancelToken token;
};

inline FutureObject* as_future(Value const& v)
{
    return v.is_object() && v.obj()->class_id() == ClassId::Future ? static_cast<FutureObject*>(v.obj()) : nullptr;
}
inline TaskObject* as_task(Value const& v)
{
    return v.is_object() && v.obj()->class_id() == ClassId::Task ? static_cast<TaskObject*>(v.obj()) : nullptr;
}
inline CancelTokenObject* as_cancel_token(Value const& v)
{
    return v.is_object() && v.obj()->class_id() == ClassId::Object ? dynamic_cast<CancelTokenObject*>(v.obj()) : nullptr;
}

// The errors of single-use handles.
RuntimeError future_consumed_error();
RuntimeError task_consumed_error();
RuntimeError cancelled_error();

// Names of the async extension functions (await, spawn, sleep_ms, ...): `--compat matlab`
// rejects them with a clear error instead of resolving them.
bool is_async_extension_name(std::string_view name);

} // namespace runmat::runtime
