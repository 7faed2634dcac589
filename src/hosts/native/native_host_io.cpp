// NativeHostIo: file reads and writes on the worker pool, answered through oneshots.
#include "hosts/native/native_host_io.hpp"

namespace runmat::native {

namespace {

// Runs `op` on a worker and sends its result. A job whose receiver is already gone (its task
// was cancelled while the job waited in the pool's queue) does no I/O at all. One that is
// running when the task is cancelled finishes, and its result is dropped by send().
template <typename T, typename Op>
async::OneshotReceiver<T> on_worker(NativeExecutor& ex, Op op)
{
    auto [tx, rx] = async::oneshot<T>();
    auto sender = std::make_shared<async::OneshotSender<T>>(std::move(tx));
    ex.post_blocking(
        [sender, op = std::move(op)]() mutable {
            if (!sender->is_receiver_gone())
                sender->send(op());
        },
        nullptr);
    return std::move(rx);
}

} // namespace

async::OneshotReceiver<async::IoRead> NativeHostIo::read_file(std::string path)
{
    return on_worker<async::IoRead>(m_executor, [path = std::move(path)] { return async::read_file_now(path); });
}

async::OneshotReceiver<async::IoWrite> NativeHostIo::write_file(std::string path, std::string bytes)
{
    return on_worker<async::IoWrite>(m_executor, [path = std::move(path), bytes = std::move(bytes)] { return async::write_file_now(path, bytes); });
}

} // namespace runmat::native
