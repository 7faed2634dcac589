// Helpers shared by the numeric builtins (numeric*.cpp): option text, dimension arguments,
// slab views of an array along a dimension, class checks and result class conversion.
// Internal to those files; knows nothing of the VM.
#pragma once
#include "runtime/slab.hpp"
#include "runtime/array_util.hpp"
#include "runtime/builtin.hpp"
#include "runtime/numeric_class.hpp"
#include "runtime/value.hpp"
#include "support/result.hpp"
#include <complex>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace runmat::runtime::numeric {

using Cd = std::complex<double>;
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Inf = std::numeric_limits<double>::infinity();

// The lower-cased text of a char row (or scalar string) argument; nullopt for other values.
std::optional<std::string> option_text(Value const& v);

// The first dimension whose extent is not 1 (0-based), 0 when all are 1.
using runtime::first_nonsingleton;

// Working along dim k views an array as before x len x after (column-major): element
// (i, j, l) is at i + before * (j + len * l).
using runtime::Slab;
using runtime::slab_for;

// d with dimension k set to n.
Dims with_dim(Dims d, size_t k, size_t n);

// A dimension argument (a positive integer scalar), returned 0-based. Error
// "MATLAB:getdimarg:dimensionMustBePositiveInteger".
Result<size_t> dim_arg(CallContext const& cx, Value const& v);

// Number-like values (double, single, integers, logical, char) are accepted; anything else is
// "Undefined function 'NAME' for input arguments of type 'CLASS'.".
VoidResult require_number_like(CallContext const& cx, Value const& v);
// Functions MATLAB defines for floating point only reject integer classes.
VoidResult require_float(CallContext const& cx, Value const& v);
// Real input required: "Input arguments must be real." style error with the given id.
VoidResult require_real(CallContext const& cx, Value const& v, char const* id, char const* message);

// The real elements of v as doubles (v number-like).
std::vector<double> real_values(Value const& v);

// Single if any argument is single, else double (the float class of a computed result).
ClassId float_class(Args args);
// v (a double result) converted to class c (double: unchanged).
Result<Value> as_class(CallContext const& cx, Value v, ClassId c);

// A double array of shape d from contiguous values.
Value double_from(Dims d, double const* p);
Value row_from(std::vector<double> const& v);
Value col_from(std::vector<double> const& v);
// A complex double array (dropped to real when every imaginary part is 0).
Value complex_from(Dims d, std::vector<Cd> const& v);

// Registration of the numeric builtin families (one per numeric_*.cpp).
void register_numeric_integer(BuiltinTable& t); // magic primes isprime factor factorial nchoosek perms gcd lcm
void register_numeric_special(BuiltinTable& t); // gamma erf trig extras nthroot expm1 log1p ...
void register_numeric_stats(BuiltinTable& t);   // var std mode cov corrcoef vecnorm bounds rescale
void register_numeric_poly(BuiltinTable& t);    // polyfit polyval roots conv deconv filter
void register_numeric_calc(BuiltinTable& t);    // trapz cumtrapz interp1 logspace

} // namespace runmat::runtime::numeric
