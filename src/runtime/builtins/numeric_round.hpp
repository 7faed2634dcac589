// round(x, n) and round(x, n, type) ("decimals" or "significant"): the digit-rounding forms of
// MATLAB's round, kept apart from math.cpp's one-argument round, which delegates here.
#pragma once
#include "runtime/builtin.hpp"

namespace runmat::runtime::numeric {

// args: x, n[, type]. x of any number-like class (integers unchanged for n >= 0; single stays
// single; complex rounds both parts); n an integer scalar. Writes outs[0].
VoidResult round_digits(CallContext& cx, Args args, Outs outs);

} // namespace runmat::runtime::numeric
