// Emitter: constant/name interning and the line table.
#include "compiler/emitter.hpp"

namespace runmat::compiler {

using bytecode::Constant;

uint32_t Emitter::num_constant(double v)
{
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    if (auto it = m_nums.find(bits); it != m_nums.end())
        return it->second;
    Constant c;
    c.kind = Constant::Kind::Num;
    c.re = v;
    m_chunk.constants.push_back(c);
    uint32_t k = static_cast<uint32_t>(m_chunk.constants.size() - 1);
    m_nums.emplace(bits, k);
    return k;
}

uint32_t Emitter::complex_constant(double re, double im)
{
    Constant c;
    c.kind = Constant::Kind::Complex;
    c.re = re;
    c.im = im;
    m_chunk.constants.push_back(c);
    return static_cast<uint32_t>(m_chunk.constants.size() - 1);
}

uint32_t Emitter::text_constant(Constant::Kind kind, std::string const& text)
{
    auto key = std::make_pair(static_cast<int>(kind), text);
    if (auto it = m_texts.find(key); it != m_texts.end())
        return it->second;
    Constant c;
    c.kind = kind;
    c.text = text;
    m_chunk.constants.push_back(c);
    uint32_t k = static_cast<uint32_t>(m_chunk.constants.size() - 1);
    m_texts.emplace(std::move(key), k);
    return k;
}

uint32_t Emitter::name(std::string const& n)
{
    if (auto it = m_names.find(n); it != m_names.end())
        return it->second;
    m_chunk.names.push_back(n);
    uint32_t k = static_cast<uint32_t>(m_chunk.names.size() - 1);
    m_names.emplace(n, k);
    return k;
}

void Emitter::mark_position(uint32_t at)
{
    auto& lines = m_chunk.lines;
    if (!lines.empty() && lines.back().line == m_pos.line && lines.back().column == m_pos.column)
        return;
    if (!lines.empty() && lines.back().pc == at) {
        lines.back().line = m_pos.line;
        lines.back().column = m_pos.column;
        return;
    }
    lines.push_back({ at, m_pos.line, m_pos.column });
}

} // namespace runmat::compiler
