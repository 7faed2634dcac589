// The session's open-file table behind fopen/fclose/fread/fprintf: MATLAB file identifiers
// (3, 4, ... ; 0-2 are stdin/stdout/stderr) mapped to C stdio streams. MATLAB's file API is
// blocking, so plain stdio is right here (the async read_text_async is a separate path).
// Knows nothing of Values; the builtins in builtins/files.cpp give it MATLAB's shape.
#pragma once
#include "runtime/builtin.hpp"
#include "support/result.hpp"
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace runmat::runtime {

// One open file. The stream is owned: FileTable closes it.
struct OpenFile {
    std::FILE* stream = nullptr;
    std::string name;        // as given to fopen
    std::string permission;  // as fopen(fid) reports it: 'rb', 'wt', 'r+b', ...
    bool big_endian = false; // machine format 'ieee-be'
    // C streams need a seek between a read and a write on an update ('+') stream; the last
    // direction used decides whether the next operation must reposition first.
    enum class Direction : uint8_t { None, Read, Write };
    Direction last = Direction::None;
    void prepare(Direction next)
    {
        if (last != Direction::None && last != next)
            std::fseek(stream, 0, SEEK_CUR);
        last = next;
    }
};

class FileTable {
public:
    FileTable() = default;
    FileTable(FileTable const&) = delete;
    FileTable& operator=(FileTable const&) = delete;
    ~FileTable() { close_all(); } // the session ended: nothing stays open

    // fopen: open `name` with the C mode `c_mode`; the new identifier is the lowest free one
    // >= 3 (MATLAB reuses closed identifiers). On failure the error's message is the OS's
    // text ("No such file or directory"), which fopen returns as its second output.
    Result<int> open(std::string const& name, char const* c_mode, OpenFile info);
    // The open file behind `fid`, or nullptr (0-2 and closed identifiers included).
    OpenFile* find(double fid);
    // Close one file; false if `fid` is not open.
    bool close(double fid);
    void close_all();
    // The open identifiers, ascending (fopen('all')).
    std::vector<int> fids() const;

private:
    std::map<int, OpenFile> m_open;
};

// The table of the session that `state` belongs to (created on first use).
FileTable& file_table(RuntimeState& state);

// MATLAB's error for a file identifier that is not open.
RuntimeError invalid_fid_error(CallContext const& cx);

// Write bytes to a MATLAB file identifier: 1 stdout, 2 stderr (through the session's
// Environment), >= 3 an open file. fprintf and fwrite share it.
VoidResult write_to_fid(CallContext& cx, double fid, std::string_view bytes);

} // namespace runmat::runtime
