// Instructions derived from ops.def: the Opcode enum, one packed struct per op (a header word
// then one 32-bit word per operand), operand kinds and flags. Code is a vector<uint32_t>;
// an instruction is read in place by reinterpreting the words at pc as its struct.
// Knows nothing about values or the VM.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace runmat::bytecode {

// Operand kinds: each a 32-bit word in the instruction.
using Reg = uint32_t;
using Const = uint32_t;
using Label = uint32_t;
using Count = uint32_t;
using Name = uint32_t;
using Func = uint32_t;
using Site = uint32_t;
using Imm = int32_t;

enum class OperandKind : uint8_t { Reg, Const, Label, Count, Name, Func, Site, Imm };

enum OpFlags : uint8_t { NONE = 0, MAY_RAISE = 1, MAY_SUSPEND = 2 };

// `nout` value meaning "as many outputs as the enclosing frame was asked for" (the body of an
// anonymous function passes its caller's nargout through).
inline constexpr uint32_t NOUT_FRAME = 0xFFFF;

// A register operand that is absent (e.g. the step of a:b).
inline constexpr uint32_t NO_REG = 0xFFFFFFFF;

enum class Opcode : uint32_t {
#define OP(name, flags, ...) name,
#include "bytecode/ops.def"
#undef OP
    Count_
};
inline constexpr size_t OPCODE_COUNT = static_cast<size_t>(Opcode::Count_);

// ---- Preprocessor iteration over the (name, Kind) operand pairs (up to 8) ----
#define RUNMAT_BC_FIELD(pair) RUNMAT_BC_FIELD_ pair
#define RUNMAT_BC_FIELD_(n, k) k n;
#define RUNMAT_BC_KIND(pair) RUNMAT_BC_KIND_ pair
#define RUNMAT_BC_KIND_(n, k) OperandKind::k,
#define RUNMAT_BC_NAME(pair) RUNMAT_BC_NAME_ pair
#define RUNMAT_BC_NAME_(n, k) #n,
#define RUNMAT_BC_FE_0(M)
#define RUNMAT_BC_FE_1(M, a) M(a)
#define RUNMAT_BC_FE_2(M, a, ...) M(a) RUNMAT_BC_FE_1(M, __VA_ARGS__)
#define RUNMAT_BC_FE_3(M, a, ...) M(a) RUNMAT_BC_FE_2(M, __VA_ARGS__)
#define RUNMAT_BC_FE_4(M, a, ...) M(a) RUNMAT_BC_FE_3(M, __VA_ARGS__)
#define RUNMAT_BC_FE_5(M, a, ...) M(a) RUNMAT_BC_FE_4(M, __VA_ARGS__)
#define RUNMAT_BC_FE_6(M, a, ...) M(a) RUNMAT_BC_FE_5(M, __VA_ARGS__)
#define RUNMAT_BC_FE_7(M, a, ...) M(a) RUNMAT_BC_FE_6(M, __VA_ARGS__)
#define RUNMAT_BC_FE_8(M, a, ...) M(a) RUNMAT_BC_FE_7(M, __VA_ARGS__)
#define RUNMAT_BC_PICK(_0, _1, _2, _3, _4, _5, _6, _7, _8, N, ...) N
#define RUNMAT_BC_FOR_EACH(M, ...) \
    RUNMAT_BC_PICK(_0 __VA_OPT__(, ) __VA_ARGS__, RUNMAT_BC_FE_8, RUNMAT_BC_FE_7, RUNMAT_BC_FE_6, RUNMAT_BC_FE_5, RUNMAT_BC_FE_4, RUNMAT_BC_FE_3, RUNMAT_BC_FE_2, RUNMAT_BC_FE_1, RUNMAT_BC_FE_0)(M __VA_OPT__(, ) __VA_ARGS__)

namespace op {
// struct Add { static constexpr Opcode code = Opcode::Add; uint32_t opcode; Reg dst; Reg lhs; Reg rhs; };
#define OP(name, flags, ...)                                              \
    struct name {                                                         \
        static constexpr Opcode code = Opcode::name;                      \
        static constexpr uint8_t op_flags = flags;                        \
        uint32_t opcode = static_cast<uint32_t>(Opcode::name);            \
        RUNMAT_BC_FOR_EACH(RUNMAT_BC_FIELD __VA_OPT__(, ) __VA_ARGS__)    \
    };                                                                    \
    static_assert(sizeof(name) % 4 == 0);
#include "bytecode/ops.def"
#undef OP
} // namespace op

// Static description of each op, for the disassembler and the emitter.
struct OpInfo {
    std::string_view name;
    uint8_t flags;
    uint8_t num_operands;
    OperandKind const* kinds;
    char const* const* operand_names;
};
OpInfo const& op_info(Opcode op);
// Size of an instruction in 32-bit words (header included).
inline size_t op_words(Opcode op) { return 1 + op_info(op).num_operands; }

} // namespace runmat::bytecode
