// Compiled code: a Chunk per function (code words, constant pool, names, line table, try/catch
// handlers, frame layout) and a Module per source file. Constants are plain data; the VM
// materialises them as Values when it loads a module. Knows nothing about values or the VM.
#pragma once
#include "bytecode/op.hpp"
#include "support/source.hpp"
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

namespace runmat::bytecode {

struct Constant {
    enum class Kind : uint8_t { Num, Complex, Char, String };
    Kind kind = Kind::Num;
    double re = 0;
    double im = 0;
    std::string text; // Char, String (UTF-8)
};

// Maps an instruction offset to the source position of the expression that emitted it.
struct LineEntry {
    uint32_t pc = 0; // first instruction (word offset) at this position
    uint32_t line = 0;
    uint32_t column = 0;
};

// A try/catch region [begin, end) of instruction offsets. Innermost regions come first.
struct Handler {
    uint32_t begin = 0;
    uint32_t end = 0;
    uint32_t target = 0;        // first instruction of the catch block
    int32_t catch_reg = -1;     // register receiving the MException, or -1
};

enum class ChunkKind : uint8_t { Script, Function, Anonymous };

struct Chunk {
    ChunkKind kind = ChunkKind::Function;
    std::string name;
    std::vector<uint32_t> code;
    std::vector<Constant> constants;
    std::vector<std::string> names;     // identifiers used by Call/GetField/globals
    std::vector<LineEntry> lines;
    std::vector<Handler> handlers;
    std::vector<std::string> slot_names; // register -> variable name, for registers < num_slots
    uint32_t num_slots = 0;             // variables occupy registers [0, num_slots)
    uint32_t num_regs = 0;              // slots + constant registers + temporaries
    uint32_t const_base = 0;            // constant registers [const_base, +const_nums.size()):
    std::vector<double> const_nums;     //   numbers the VM stores at frame entry (operands)
    uint32_t first_temp = 0;            // temporaries start here (single-use values)
    uint32_t num_params = 0;            // named parameters (excluding varargin)
    uint32_t num_captures = 0;          // anonymous: captured values in [capture_base, +num_captures)
    uint32_t capture_base = 0;
    std::vector<uint32_t> outputs;      // output slots (excluding varargout)
    std::vector<std::string> output_names;
    int32_t varargin_slot = -1;
    int32_t varargout_slot = -1;
    int32_t nargin_slot = -1;
    int32_t nargout_slot = -1;
    int32_t ans_slot = -1;
    uint32_t anon_out = 0;              // anonymous: first output register (outputs follow it)
    uint32_t num_sites = 0;             // call sites (per-site caches in the VM)
    uint32_t num_persistents = 0;
    std::vector<std::string> persistent_names;
    bool is_async = false;              // `async function`: a call returns a lazy future of the body

    // Source position of the instruction at `pc` (0/0 if unknown).
    LineEntry position(uint32_t pc) const;
};

struct Module {
    SourceFileRef source;
    bool is_script = false;
    std::vector<Chunk> functions; // [0] = script body or primary function
    std::unordered_map<std::string, int> local_functions;
};

// Human-readable listing (runmat --dump-bytecode, tests).
std::string disassemble(Chunk const& chunk);
std::string disassemble(Module const& module);

// Read an instruction of type T at `pc` (the words were written by Emitter::emit<T>).
template <typename T>
inline T const& decode(uint32_t const* pc) { return *reinterpret_cast<T const*>(pc); }

} // namespace runmat::bytecode
