// Matrix operators and linear algebra (implemented over Eigen, with OpenBLAS/LAPACK natively,
// in builtins/linalg.cpp: the only translation unit that includes Eigen). binary_op() in
// ops.cpp delegates MTimes/MRDivide/MLDivide/MPower here.
#pragma once
#include "runtime/value.hpp"
#include "support/result.hpp"

namespace runmat::runtime {

// A*B. Scalar operands act element-wise. Error "MATLAB:innerdim": "Incorrect dimensions for
// matrix multiplication. Check that the number of columns in the first matrix matches the
// number of rows in the second matrix. To operate on each element of the matrix
// individually, use TIMES (.*) for elementwise multiplication."
Result<Value> mtimes(Value const& a, Value const& b);
// A\B: square -> LU solve (warning "Matrix is singular to working precision." on singular),
// rectangular -> least squares (QR). Scalar A acts element-wise.
Result<Value> mldivide(Value const& a, Value const& b);
// A/B = (B'\A')'.
Result<Value> mrdivide(Value const& a, Value const& b);
// A^p for square A and scalar p (integer powers by repeated squaring; inverse for negative).
Result<Value> mpower(Value const& a, Value const& b);

} // namespace runmat::runtime
