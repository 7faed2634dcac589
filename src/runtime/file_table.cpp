// The open-file table: identifiers to stdio streams, owned by the session's RuntimeState.
#include "runtime/file_table.hpp"
#include <cerrno>
#include <cmath>
#include <cstring>

namespace runmat::runtime {

Result<int> FileTable::open(std::string const& name, char const* c_mode, OpenFile info)
{
    errno = 0;
    std::FILE* f = std::fopen(name.c_str(), c_mode);
    if (!f)
        return make_error("MATLAB:fopen:OSError", errno ? std::strerror(errno) : "Unable to open file.");
    int fid = 3;
    for (auto const& [k, v] : m_open) {
        if (k != fid)
            break;
        ++fid;
    }
    info.stream = f;
    info.name = name;
    m_open.emplace(fid, std::move(info));
    return fid;
}

OpenFile* FileTable::find(double fid)
{
    if (!(fid >= 3) || fid != std::floor(fid) || fid > 1e9)
        return nullptr;
    auto it = m_open.find(static_cast<int>(fid));
    return it == m_open.end() ? nullptr : &it->second;
}

bool FileTable::close(double fid)
{
    OpenFile* f = find(fid);
    if (!f)
        return false;
    std::fclose(f->stream);
    m_open.erase(static_cast<int>(fid));
    return true;
}

void FileTable::close_all()
{
    for (auto& [fid, f] : m_open)
        std::fclose(f.stream);
    m_open.clear();
}

std::vector<int> FileTable::fids() const
{
    std::vector<int> out;
    for (auto const& [fid, f] : m_open)
        out.push_back(fid);
    return out;
}

FileTable& file_table(RuntimeState& state)
{
    if (!state.files)
        state.files = std::make_shared<FileTable>();
    return *state.files;
}

RuntimeError invalid_fid_error(CallContext const& cx)
{
    // MATLAB's text has two blanks after the first sentence.
    return cx.error("MATLAB:FileIO:InvalidFid", "Invalid file identifier.  Use fopen to generate a valid file identifier.");
}

VoidResult write_to_fid(CallContext& cx, double fid, std::string_view bytes)
{
    if (fid == 1) {
        cx.env.write_out(bytes);
        return {};
    }
    if (fid == 2) {
        cx.env.write_err(bytes);
        return {};
    }
    OpenFile* f = file_table(cx.state).find(fid);
    if (!f)
        return invalid_fid_error(cx);
    f->prepare(OpenFile::Direction::Write);
    std::fwrite(bytes.data(), 1, bytes.size(), f->stream);
    return {};
}

} // namespace runmat::runtime
