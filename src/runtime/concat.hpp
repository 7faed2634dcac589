// Concatenation: the [a, b; c, d] literal and horzcat/vertcat/cat. Class rules (see
// concat_class in numeric_class.hpp): char wins over numbers, then the leftmost integer
// class, then single, then double; logical+logical stays logical; [] (0x0) operands are skipped. Error "MATLAB:catenate:dimensionMismatch"
// ("Dimensions of arrays being concatenated are not consistent.").
#pragma once
#include "runtime/value.hpp"
#include "support/result.hpp"
#include <span>

namespace runmat::runtime {

Result<Value> horzcat(std::span<Value const> parts);
Result<Value> vertcat(std::span<Value const> parts);
Result<Value> cat(size_t dim /* 1-based */, std::span<Value const> parts);

} // namespace runmat::runtime
