// Paren indexing and indexed assignment on arrays (double/logical/char now; cells, structs,
// strings later). Index arguments are Values: numeric (1-based, must be positive integers),
// logical masks, or the char ':' (what `x(:)` compiles to, as in MATLAB's subsref).
#pragma once
#include "runtime/value.hpp"
#include "support/result.hpp"
#include <span>

namespace runmat::runtime {

// x(i), x(i,j), x(i,j,k,...), x(:), x(mask). Errors follow MATLAB:
//  "MATLAB:badsubscript": "Index exceeds the number of array elements. Index must not exceed 3."
//  "Index in position 2 exceeds array bounds. Index must not exceed 4." (subscripts)
//  "MATLAB:badsubscript": "Array indices must be positive integers or logical values."
Result<Value> index_get(Value const& base, std::span<Value const> idx);

// x(idx...) = rhs, in place when `base` is uniquely owned. Grows with zero fill (char: \0,
// logical: false); an undefined `base` acts as []. rhs must be a scalar (expanded) or have
// as many elements as the indexed region (shape-compatible ignoring singletons), else
// "MATLAB:subsassigndimmismatch": "Unable to perform assignment because the left and right
// sides have different numbers of elements." (or the size-mismatch message MATLAB gives).
// If rhs is [] (0x0 double) this is deletion: x(idx) = [] (errors as MATLAB:
// "Matrix index is out of range for deletion." / "A null assignment can have only one
// non-colon index.").
// The class of the result follows MATLAB: a double rhs into a logical base converts the
// base to double; numbers into a char base stay char; char into a double base gives double.
VoidResult index_set(Value& base, std::span<Value const> idx, Value const& rhs);

// The two halves of index_set, for callers that know which one the source means. MATLAB
// deletes only for a literal `[]` on the right: `e = []; x(2) = e` is an assignment (and a
// "MATLAB:matrix:singleSubscriptNumelMismatch" error), so a compiler that can tell the two
// apart calls index_delete for `x(idx) = []` and index_assign otherwise.
VoidResult index_assign(Value& base, std::span<Value const> idx, Value const& rhs);
VoidResult index_delete(Value& base, std::span<Value const> idx);

// The value of `end` in position k (0-based) of n index arguments of `base`:
// n == 1: numel; k < n-1: size(base, k+1); k == n-1: product of the remaining dims.
size_t end_value(Value const& base, size_t k, size_t n);

} // namespace runmat::runtime
