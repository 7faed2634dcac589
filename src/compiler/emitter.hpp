// Emitter: appends instructions to a Chunk, interns constants and names, records positions
// in the line table and patches forward jumps. Knows nothing about HIR.
#pragma once
#include "bytecode/chunk.hpp"
#include <cstring>
#include <map>
#include <string>
#include <unordered_map>

namespace runmat::compiler {

class Emitter {
public:
    explicit Emitter(bytecode::Chunk& chunk) : m_chunk(chunk) { }

    // Append `insn`; returns its offset. The current position goes to the line table.
    template <typename T>
    uint32_t emit(T const& insn)
    {
        uint32_t at = here();
        mark_position(at);
        size_t words = sizeof(T) / 4;
        m_chunk.code.resize(m_chunk.code.size() + words);
        std::memcpy(m_chunk.code.data() + at, &insn, sizeof(T));
        return at;
    }
    uint32_t here() const { return static_cast<uint32_t>(m_chunk.code.size()); }
    // Patch the label operand of the instruction at `insn_at`, located `field_offset` bytes in.
    void patch(uint32_t insn_at, size_t field_offset, uint32_t target)
    {
        m_chunk.code[insn_at + field_offset / 4] = target;
    }
    void set_position(SourcePos pos)
    {
        if (pos.line != 0)
            m_pos = pos;
    }
    SourcePos position() const { return m_pos; }

    uint32_t num_constant(double v);
    uint32_t complex_constant(double re, double im);
    uint32_t text_constant(bytecode::Constant::Kind kind, std::string const& text);
    uint32_t name(std::string const& n);

private:
    void mark_position(uint32_t at);

    bytecode::Chunk& m_chunk;
    SourcePos m_pos;
    std::map<uint64_t, uint32_t> m_nums; // bit pattern -> constant index
    std::map<std::pair<int, std::string>, uint32_t> m_texts;
    std::unordered_map<std::string, uint32_t> m_names;
};

} // namespace runmat::compiler
