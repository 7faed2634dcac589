// HostIo: the file I/O a host offers to async builtins (read_text_async, write_text_async),
// as bytes delivered through oneshot channels. Knows no values, VM or host library: hosts
// implement it (the native host on its worker pool); BlockingHostIo is the portable default.
#pragma once
#include "async/oneshot.hpp"
#include "support/result.hpp"
#include <memory>
#include <string>

namespace runmat::async {

// Why an I/O operation failed: the system's reason text (strerror: "No such file or
// directory", "Permission denied", ...). The runtime turns it into a MATLAB error.
struct IoError {
    std::string reason;
};

using IoRead = Result<std::string, IoError>; // the file's bytes
using IoWrite = Result<void, IoError>;

// Implemented by hosts. Methods are called on the executor thread, and only when a future is
// first polled (futures are lazy). The result may be sent from any thread; values never
// cross threads, only bytes. Dropping the receiver (a cancelled task) discards the result.
class HostIo {
public:
    virtual ~HostIo() = default;
    // Read the whole file at `path`.
    virtual OneshotReceiver<IoRead> read_file(std::string path) = 0;
    // Create or truncate the file at `path` and write `bytes` to it.
    virtual OneshotReceiver<IoWrite> write_file(std::string path, std::string bytes) = 0;
};

// Does the I/O inside the call, so the receiver is ready at its first poll: the default for
// sessions whose host installs nothing (tests on LocalExecutor are deterministic with it).
class BlockingHostIo final : public HostIo {
public:
    OneshotReceiver<IoRead> read_file(std::string path) override;
    OneshotReceiver<IoWrite> write_file(std::string path, std::string bytes) override;
};

// The blocking operations themselves (thread-safe; hosts run them on worker threads).
IoRead read_file_now(std::string const& path);
IoWrite write_file_now(std::string const& path, std::string const& bytes);

} // namespace runmat::async
