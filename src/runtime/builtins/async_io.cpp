// read_text_async / write_text_async: lazy futures of host file I/O. The bytes move through
// the session's async::HostIo (the native host's worker pool; synchronous by default); text
// becomes a Value only here, on the executor thread. Knows no executor or host library.
#include "async/host_io.hpp"
#include "runtime/array_util.hpp"
#include "runtime/future.hpp"
#include "runtime/text_util.hpp"

namespace runmat::runtime {

namespace {

using ValueResult = Result<std::vector<Value>>;

// Errors are attributed to the builtin that made the future, not to `await`.
RuntimeError io_error(std::string_view builtin, std::string id, std::string message)
{
    RuntimeError e = make_error("RunMat:" + std::string(builtin) + ":" + std::move(id), std::move(message));
    e.raised_by = std::string(builtin);
    return e;
}

// The host dropped the operation without an answer (its executor is shutting down).
RuntimeError lost_error(std::string_view builtin)
{
    return io_error(builtin, "ioFailed", "The file operation ended without a result.");
}

// Starts the host operation at the first poll (futures are lazy: creating one has no side
// effect), then waits on its oneshot. Cancelling drops the receiver: a result the worker
// sends later is discarded.
template <typename Io>
class HostIoAwaitable : public ValueAwaitable {
public:
    using Start = std::function<async::OneshotReceiver<Io>()>;
    explicit HostIoAwaitable(Start start) : m_start(std::move(start)) { }

    async::Poll<ValueResult> poll(async::Context& cx) override
    {
        if (m_start) {
            m_rx = m_start();
            m_start = nullptr;
        }
        auto p = m_rx.poll(cx);
        if (p.is_pending())
            return async::Pending;
        async::Received<Io> r = p.take();
        if (r.is_closed())
            return ValueResult(lost());
        return finish(r.take());
    }
    void cancel() override
    {
        m_start = nullptr;
        m_rx = async::OneshotReceiver<Io> {};
    }

protected:
    virtual ValueResult finish(Io result) = 0;
    virtual RuntimeError lost() = 0;

private:
    Start m_start;                   // set until the first poll
    async::OneshotReceiver<Io> m_rx; // the host's answer, after the first poll
};

class ReadTextAwaitable final : public HostIoAwaitable<async::IoRead> {
public:
    ReadTextAwaitable(std::shared_ptr<async::HostIo> io, std::string path)
        : HostIoAwaitable([io, path] { return io->read_file(path); }), m_path(std::move(path))
    {
    }

private:
    // MATLAB's fileread reports "Could not open file NAME. <reason>."; so does this.
    ValueResult finish(async::IoRead r) override
    {
        if (r.is_error())
            return ValueResult(io_error("read_text_async", "cannotOpenFile", "Could not open file " + m_path + ". " + r.error().reason + "."));
        return ValueResult(std::vector<Value> { text::char_row(text::from_utf8(r.value()), text::EmptyShape::OneByZero) });
    }
    RuntimeError lost() override { return lost_error("read_text_async"); }
    std::string m_path;
};

class WriteTextAwaitable final : public HostIoAwaitable<async::IoWrite> {
public:
    WriteTextAwaitable(std::shared_ptr<async::HostIo> io, std::string path, std::string bytes)
        : HostIoAwaitable([io, path, bytes = std::move(bytes)]() mutable { return io->write_file(path, std::move(bytes)); })
        , m_path(std::move(path))
    {
    }

private:
    ValueResult finish(async::IoWrite r) override
    {
        if (r.is_error())
            return ValueResult(io_error("write_text_async", "cannotOpenFile", "Could not open file " + m_path + " for writing. " + r.error().reason + "."));
        return ValueResult(std::vector<Value> { Value::empty() });
    }
    RuntimeError lost() override { return lost_error("write_text_async"); }
    std::string m_path;
};

// A char row as UTF-8. (String scalars arrive as char rows through the string class's
// argument adapters.)
std::optional<std::string> text_scalar(Value const& v) { return char_text(v); }

std::shared_ptr<async::HostIo> host_io(CallContext& cx)
{
    if (auto io = cx.env.host_io())
        return io;
    static auto const fallback = std::make_shared<async::BlockingHostIo>();
    return fallback;
}

Result<std::string> path_arg(CallContext& cx, Value const& v)
{
    auto path = text_scalar(v);
    if (!path || path->empty())
        return cx.error("RunMat:" + std::string(cx.name) + ":invalidInput", "The file name must be a nonempty character vector or string scalar.");
    return *path;
}

Value native_future(std::function<std::unique_ptr<ValueAwaitable>()> make)
{
    auto f = make_ref<FutureObject>(FutureObject::Kind::Native);
    f->make = std::move(make);
    return Value::object(std::move(f));
}

// text = await(read_text_async(path)): the file's UTF-8 text as a 1xN char row.
VoidResult read_text_async_builtin(CallContext& cx, Args args, Outs outs)
{
    std::string path = TRY(path_arg(cx, args[0]));
    outs[0] = native_future([io = host_io(cx), path] { return std::make_unique<ReadTextAwaitable>(io, path); });
    return {};
}

// await(write_text_async(path, text)): creates or replaces the file with text (UTF-8).
VoidResult write_text_async_builtin(CallContext& cx, Args args, Outs outs)
{
    std::string path = TRY(path_arg(cx, args[0]));
    auto bytes = text_scalar(args[1]);
    if (!bytes)
        return cx.error("RunMat:write_text_async:invalidInput", "The text to write must be a character vector or string scalar.");
    outs[0] = native_future([io = host_io(cx), path, bytes = std::move(*bytes)] { return std::make_unique<WriteTextAwaitable>(io, path, bytes); });
    return {};
}

} // namespace

void register_async_io_builtins(BuiltinTable& t)
{
    t.add({ .name = "read_text_async", .fn = read_text_async_builtin, .min_in = 1, .max_in = 1, .max_out = 1 });
    t.add({ .name = "write_text_async", .fn = write_text_async_builtin, .min_in = 2, .max_in = 2, .max_out = 1 });
}

} // namespace runmat::runtime
