// Blocking file reads/writes with the system's reason on failure, and BlockingHostIo over
// them. Plain C stdio: available natively and under Emscripten alike.
#include "async/host_io.hpp"
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace runmat::async {

namespace {

IoError io_error(int err) { return IoError { std::strerror(err) }; }

// Closes the FILE on every path out.
struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

template <typename T>
OneshotReceiver<T> ready(T value)
{
    auto [tx, rx] = oneshot<T>();
    tx.send(std::move(value));
    return std::move(rx);
}

} // namespace

// A directory opens fine for reading on Linux; the first fread then fails with EISDIR.
IoRead read_file_now(std::string const& path)
{
    errno = 0;
    FilePtr f(std::fopen(path.c_str(), "rb"));
    if (!f)
        return io_error(errno ? errno : ENOENT);
    std::string out;
    char buf[65536];
    for (;;) {
        size_t n = std::fread(buf, 1, sizeof buf, f.get());
        out.append(buf, n);
        if (n < sizeof buf)
            break;
    }
    if (std::ferror(f.get()))
        return io_error(errno ? errno : EIO);
    return out;
}

IoWrite write_file_now(std::string const& path, std::string const& bytes)
{
    errno = 0;
    FilePtr f(std::fopen(path.c_str(), "wb"));
    if (!f)
        return io_error(errno ? errno : EACCES);
    if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), f.get()) != bytes.size())
        return io_error(errno ? errno : EIO);
    if (std::fclose(f.release()) != 0)
        return io_error(errno ? errno : EIO);
    return {};
}

OneshotReceiver<IoRead> BlockingHostIo::read_file(std::string path) { return ready<IoRead>(read_file_now(path)); }

OneshotReceiver<IoWrite> BlockingHostIo::write_file(std::string path, std::string bytes)
{
    return ready<IoWrite>(write_file_now(path, bytes));
}

} // namespace runmat::async
