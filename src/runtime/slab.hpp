// Working along one dimension of a column-major N-d array: the array is `before` x `len` x
// `after` with the chosen dimension in the middle, so element (i, j, l) is at
// i + before * (j + len * l). Shared by reductions, array and numeric builtins.
#pragma once
#include "runtime/dims.hpp"
#include <cstddef>

namespace runmat::runtime {

struct Slab {
    size_t before = 1, len = 1, after = 1;
    size_t at(size_t i, size_t j, size_t l) const { return i + before * (j + len * l); }
};

// The slab for dimension k (0-based). Beyond ndims, the dimension has length 1.
inline Slab slab_for(Dims const& d, size_t k)
{
    Slab s;
    if (k >= d.ndims()) {
        s.before = d.numel();
        return s;
    }
    for (size_t i = 0; i < k; ++i)
        s.before *= d[i];
    s.len = d[k];
    for (size_t i = k + 1; i < d.ndims(); ++i)
        s.after *= d[i];
    return s;
}

// MATLAB's default working dimension: the first whose size is not 1 (0-based; 0 if none).
inline size_t first_nonsingleton(Dims const& d)
{
    for (size_t k = 0; k < d.ndims(); ++k)
        if (d[k] != 1)
            return k;
    return 0;
}

} // namespace runmat::runtime
