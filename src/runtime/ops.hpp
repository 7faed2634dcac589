// Operators on values: element-wise arithmetic with implicit expansion, relational and
// logical operators, matrix operators (delegating to linalg), unary ops, ranges, truthiness.
// The VM inlines the double-scalar fast paths and calls these for everything else.
#pragma once
#include "runtime/value.hpp"
#include "support/result.hpp"

namespace runmat::runtime {

enum class BinOp : uint8_t {
    Plus, Minus, Times /* .* */, RDivide /* ./ */, LDivide /* .\ */, Power /* .^ */,
    MTimes, MRDivide, MLDivide, MPower,
    Eq, Ne, Lt, Le, Gt, Ge,
    And /* & */, Or /* | */,
};
enum class UnOp : uint8_t { Minus, Plus, Not, Transpose, CTranspose };
// The operator as written in MATLAB source ("+", ".*", "==", ...), for error messages.
char const* binop_symbol(BinOp op);

// Binary operator with MATLAB semantics: class rules (double/logical/char combine to double;
// relational and logical ops give logical), complex support, implicit expansion. Errors:
// "MATLAB:sizeDimensionsMustMatch" "Arrays have incompatible sizes for this operation.",
// "MATLAB:innerdim" "Incorrect dimensions for matrix multiplication. ..." (mtimes) etc.
Result<Value> binary_op(BinOp op, Value const& a, Value const& b);
Result<Value> unary_op(UnOp op, Value const& a);
// The same, for operands the caller gives up (temporaries): a uniquely owned real double
// operand whose shape is the result's is reused as the output buffer (x.*2 + 1 allocates once).
Result<Value> binary_op(BinOp op, Value&& a, Value&& b);
Result<Value> unary_op(UnOp op, Value&& a);

// a:b and a:s:b (colon) as a row vector; MATLAB's rounding rules for non-integer steps.
Result<Value> make_range(Value const& start, Value const& step, Value const& stop);
Result<Value> make_range(Value const& start, Value const& stop);

// Truth value for if/while/&&/||: all elements nonzero and non-empty. Errors for NaN
// ("MATLAB:nologicalnan"), and for non-convertible types.
Result<bool> is_true(Value const& v);
// Operand check for && and ||: "Operands to the || and && operators must be convertible to
// logical scalar values." (MATLAB:nonLogicalConditional) when not a scalar.
Result<bool> scalar_truth(Value const& v, std::string_view op);

// Element-wise equality of whole values for isequal (dims and values; NaN ~= NaN).
bool values_equal(Value const& a, Value const& b);

} // namespace runmat::runtime
