// NativeHostIo: async::HostIo over a NativeExecutor's worker pool. The blocking read or write
// runs on a worker thread; only bytes cross back, through the oneshot, whose send wakes the
// waiting task on the executor thread. Asio stays out of this header.
#pragma once
#include "async/host_io.hpp"
#include "hosts/native/native_executor.hpp"

namespace runmat::native {

class NativeHostIo final : public async::HostIo {
public:
    // `executor` must outlive this object; calls come on its thread (a future's first poll).
    explicit NativeHostIo(NativeExecutor& executor) : m_executor(executor) { }
    async::OneshotReceiver<async::IoRead> read_file(std::string path) override;
    async::OneshotReceiver<async::IoWrite> write_file(std::string path, std::string bytes) override;

private:
    NativeExecutor& m_executor;
};

} // namespace runmat::native
