// Arithmetic that keeps the class of single and integer operands (MATLAB "Integers" and
// "Floating-Point Numbers"): integers saturate and round, int64/uint64 are exact where doubles
// would round, single is computed in single precision. ops.cpp dispatches here whenever an
// operand of an operator is single or an integer; the math and integer builtins share the
// integer kernels. Knows no VM and no builtin table.
#pragma once
#include "runtime/ops.hpp"
#include "runtime/value.hpp"
#include "support/result.hpp"

namespace runmat::runtime {

inline bool is_single_or_integer(ClassId c) { return c == ClassId::Single || is_integer_class(c); }

// Element-wise integer kernels. Divide rounds to nearest (ties away from zero); Idiv* are
// idivide's rounding modes; Mod/Rem follow mod/rem (mod(x, 0) = x, rem(x, 0) = 0).
enum class IntOp : uint8_t {
    Plus, Minus, Times, Divide, LDivide, Power,
    Mod, Rem, IdivFix, IdivFloor, IdivCeil, IdivRound,
};

// a OP b where at least one operand is an integer class: the result class follows
// arithmetic_class() (same integer class, or an integer with a scalar double); implicit
// expansion applies. Errors: "MATLAB:mixedClasses", "MATLAB:sizeDimensionsMustMatch".
Result<Value> integer_binary(IntOp op, Value const& a, Value const& b);

// + - .* ./ .\ .^ with a single or integer operand (the other number-like).
Result<Value> typed_arith(BinOp op, Value const& a, Value const& b);
// * / \ ^ with a single or integer operand: integers only with a scalar operand (MATLAB's
// "MTIMES (*) is not fully supported for integer classes."); single matrices go through the
// double linear algebra and are rounded back to single.
Result<Value> typed_matrix_op(BinOp op, Value const& a, Value const& b);
// == ~= < <= > >= compared exactly when an operand is int64/uint64 (a double holds only 53
// bits: int64(2)^53 + 1 > 2^53 is true).
Result<Value> relational_exact(BinOp op, Value const& a, Value const& b);
// -x for single and the integers (saturating: -int8(-128) is 127, -uint8(5) is 0).
Result<Value> typed_negate(Value const& a);
// Exact value equality of two number-like values of the same shape (isequal across classes).
bool elements_equal_exact(Value const& a, Value const& b);

} // namespace runmat::runtime
