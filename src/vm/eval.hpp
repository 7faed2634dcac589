// Dynamic evaluation state of a Machine: variables that eval/evalin/assignin created in frames
// that have no slot for them, and the eval frames running. Internal to the vm layer; knows
// nothing about parsing or compiling (the session's Evaluator does that).
#pragma once
#include "runtime/value.hpp"
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace runmat::vm {

// Variables of one frame that its chunk has no slot for (ordered: who/whos list them sorted).
using DynVars = std::map<std::string, runtime::Value>;

// An eval/evalin frame. Its chunk was compiled with the target workspace's variables as slots;
// their values were moved in by name when it started and go back by name when it ends
// (normal return, or an error leaving it), so the target sees every assignment.
struct EvalFrame {
    size_t frame = 0;                // index of the EVAL frame in the frame stack
    size_t target = 0;               // index of the frame whose workspace it runs in
    bool has_catch = false;          // eval(try, catch) / evalin(ws, try, catch)
    std::string catch_text;          //   run instead when an error leaves the frame
    std::vector<uint32_t> out_slots; // expression form: the slots holding its outputs
};

struct EvalState {
    std::unordered_map<size_t, DynVars> dyn; // frame index -> its dynamic variables (HAS_DYN)
    std::vector<EvalFrame> evals;            // active eval frames, innermost last
};

} // namespace runmat::vm
