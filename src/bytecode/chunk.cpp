// Op metadata derived from ops.def, line-table lookup and the disassembler.
#include "bytecode/chunk.hpp"
#include <algorithm>
#include <cstdio>

namespace runmat::bytecode {

namespace {

#define OP(name, flags, ...)                                                                   \
    constexpr OperandKind name##_kinds[] = { RUNMAT_BC_FOR_EACH(RUNMAT_BC_KIND __VA_OPT__(, ) __VA_ARGS__) OperandKind::Reg }; \
    constexpr char const* name##_names[] = { RUNMAT_BC_FOR_EACH(RUNMAT_BC_NAME __VA_OPT__(, ) __VA_ARGS__) "" };
#include "bytecode/ops.def"
#undef OP

constexpr OpInfo INFOS[] = {
#define OP(name, flags, ...) \
    OpInfo { #name, static_cast<uint8_t>(flags), static_cast<uint8_t>(sizeof(op::name) / 4 - 1), name##_kinds, name##_names },
#include "bytecode/ops.def"
#undef OP
};

} // namespace

OpInfo const& op_info(Opcode op) { return INFOS[static_cast<size_t>(op)]; }

LineEntry Chunk::position(uint32_t pc) const
{
    auto it = std::upper_bound(lines.begin(), lines.end(), pc, [](uint32_t p, LineEntry const& e) { return p < e.pc; });
    if (it == lines.begin())
        return LineEntry { pc, 0, 0 };
    return *(it - 1);
}

namespace {

std::string constant_text(Constant const& c)
{
    char buf[64];
    switch (c.kind) {
    case Constant::Kind::Num: std::snprintf(buf, sizeof buf, "%.17g", c.re); return buf;
    case Constant::Kind::Complex: std::snprintf(buf, sizeof buf, "%.17g%+.17gi", c.re, c.im); return buf;
    case Constant::Kind::Char: return "'" + c.text + "'";
    case Constant::Kind::String: return "\"" + c.text + "\"";
    }
    return "?";
}

std::string operand_text(Chunk const& chunk, OperandKind k, uint32_t word)
{
    switch (k) {
    case OperandKind::Reg: {
        std::string s = "r" + std::to_string(word);
        if (word < chunk.slot_names.size())
            s += "(" + chunk.slot_names[word] + ")";
        return s;
    }
    case OperandKind::Const: return word < chunk.constants.size() ? constant_text(chunk.constants[word]) : "k?";
    case OperandKind::Label: return "@" + std::to_string(word);
    case OperandKind::Name: return word < chunk.names.size() ? chunk.names[word] : "n?";
    case OperandKind::Func: return "fn" + std::to_string(word);
    case OperandKind::Site: return "site" + std::to_string(word);
    case OperandKind::Imm: return std::to_string(static_cast<int32_t>(word));
    case OperandKind::Count: return word == NOUT_FRAME ? std::string("nargout") : std::to_string(word);
    }
    return "?";
}

} // namespace

std::string disassemble(Chunk const& chunk)
{
    std::string out = "function " + chunk.name + " (slots " + std::to_string(chunk.num_slots) + ", regs "
        + std::to_string(chunk.num_regs) + ", params " + std::to_string(chunk.num_params) + ")\n";
    size_t pc = 0;
    uint32_t last_line = 0;
    while (pc < chunk.code.size()) {
        auto opc = static_cast<Opcode>(chunk.code[pc]);
        OpInfo const& info = op_info(opc);
        LineEntry pos = chunk.position(static_cast<uint32_t>(pc));
        char head[48];
        if (pos.line != last_line) {
            std::snprintf(head, sizeof head, "%5zu %4u  ", pc, pos.line);
            last_line = pos.line;
        } else {
            std::snprintf(head, sizeof head, "%5zu       ", pc);
        }
        out += head;
        out += info.name;
        for (size_t i = 0; i < info.num_operands; ++i) {
            out += i == 0 ? " " : ", ";
            out += info.operand_names[i];
            out += '=';
            out += operand_text(chunk, info.kinds[i], chunk.code[pc + 1 + i]);
        }
        out += '\n';
        pc += 1 + info.num_operands;
    }
    for (auto const& h : chunk.handlers)
        out += "  try [" + std::to_string(h.begin) + ", " + std::to_string(h.end) + ") -> @" + std::to_string(h.target)
            + (h.catch_reg >= 0 ? " catch r" + std::to_string(h.catch_reg) : std::string()) + "\n";
    return out;
}

std::string disassemble(Module const& module)
{
    std::string out;
    for (size_t i = 0; i < module.functions.size(); ++i) {
        out += "fn" + std::to_string(i) + ": " + disassemble(module.functions[i]) + "\n";
    }
    return out;
}

} // namespace runmat::bytecode
