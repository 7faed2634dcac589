// Shared plumbing of the reduction builtins (reduce.cpp, reduce_typed.cpp): the slab view of
// an array along one dimension, and the class-preserving kernels for the integer classes and
// single (exact 128-bit accumulation for integers). Private to runtime/builtins; no VM.
#pragma once
#include "runtime/slab.hpp"
#include "runtime/value.hpp"
#include <cstddef>

namespace runmat::runtime::reduce {

// Reducing along dim k views the array as before x len x after (column-major): element
// (i, j, l) is at i + before * (j + len * l). before == 1 means each slice is contiguous.
using runtime::Slab;
using runtime::slab_for;

// What an integer fold computes per slice.
enum class IntFold : uint8_t { Sum, Prod, Mean };

// sum/prod/mean of integer-class x (an IntArray) along s, into shape `out`. Sums and products
// are exact (128-bit, products clamped once beyond every integer range) and saturate once at
// the end (MATLAB: sum(int8([100 100 -100])) is 100). `result` is x's class (saturating;
// mean rounds half away from zero) or double.
Value int_fold(Value const& x, Slab s, Dims const& out, IntFold kind, ClassId result);

// cumsum/cumprod of integer-class x along s: x's class, each running value exact then
// saturated.
Value int_cumulative(Value const& x, Slab s, bool reverse, bool prod);

// median of integer-class or single x along s, in x's class. The two middle values' midpoint
// is computed in the class as MATLAB's median does (median(int8([1 2])) is 2); single: NaN
// unless omitnan; an empty slice gives NaN (integers: 0).
Value typed_median(Value const& x, Slab s, Dims const& out, bool omitnan);

// sort of integer-class or single x along s, in x's class; positions (1-based) into idx when
// given. Stable; single NaNs go last ascending and first descending.
Value typed_sort(Value const& x, Slab s, bool descend, DoubleArray* idx);

} // namespace runmat::runtime::reduce
